package org.communique.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.communique.TestModels;
import org.communique.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code why-not} on hand-written sentences, one per record type: the rule that got furthest and the
 * element that failed on which token, and the candidate a record stage dropped with the reason.
 */
class WhyNotTest {
  private static String whyNot(String text, String phrase) {
    Extraction x = Extraction.of(TestModels.extractor(), TestModels.annotate(text));
    return new WhyNot(TestModels.extractor().rules()).report(x, Phrase.find(text, phrase));
  }

  @Test
  void aGroupHeadAloneIsDroppedAndTheTopicRuleStopsAtAWeekday() {
    String r = whyNot("Officials of both sides attended the Working Group on Tuesday.", "Working Group");
    assertTrue(r.startsWith("test: \"Working Group\" [37,50) in sentence #0\n"
        + "  | Officials of both sides attended the Working Group on Tuesday.\n"
        + "  tokens: Working/NNP/{GROUP_HEAD} Group/NNP/{GROUP_HEAD}\n"
        + "in the record here: nothing\n"), r);
    assertTrue(r.contains("    group.headed: matched \"Working Group\" [37,50) name=\"Working Group\"; dropped by the record stage (below)\n"), r);
    assertTrue(r.contains("    group.head-topic: elements 1-5 of 10 match \"the Working Group on\" [33,53); element 6 $NW+ (in $GTOPIC) does not match Tuesday/NNP\n"), r);
    assertTrue(r.contains("dropped by the record stages here:\n"
        + "  groups dropped: a head alone (\"Working Group\") names no group: it refers to one  (group.headed \"Working Group\" [37,50))\n"), r);
    String council = whyNot("The United States and Japan will convene the Cyber Council next year.", "Cyber Council");
    assertTrue(council.contains("  groups dropped: \"Council\" names a group only with its parties, and none is named"), council);
  }

  @Test
  void aPersonInsideACountryNameAndLowerCaseWordsThatNoPersonRuleTakes() {
    String r = whyNot("Saint Vincent and the Grenadines will host the talks.", "Vincent");
    assertTrue(r.contains("    person.ner: matched \"Vincent\" [6,13) name=\"Vincent\"; dropped by the record stage (below)\n"), r);
    assertTrue(r.contains("    person.parenthesised-title: element 1 of 7 matches \"Vincent\" [6,13); element 2 /\\(/ does not match and/CC/{COUNTRY}\n"), r);
    assertTrue(r.contains("  people dropped: inside the name of a country, \"Saint Vincent and the Grenadines\"  (person.ner \"Vincent\" [6,13))\n"), r);
    String lower = whyNot("The meeting was chaired by deputy minister jane roe of Kenya.", "deputy minister jane roe");
    assertTrue(lower.contains("  people:\n    nothing fits from any token of the phrase; at deputy/NN/{TITLE}: "
        + "person.title-name (element 5 [{gaz:/.*\\bTITLE\\b.*/} & {word:/\\p{Lu}.*/}])"), lower);
    assertTrue(lower.contains("person.ner (element 1 $PNAME)"), lower);
    String rank = whyNot("Minister of Trade Jane Roe met U.S. Secretary of Commerce Gina Raimondo in Washington.", "Jane Roe");
    assertTrue(rank.contains("    person.title-rank-name: elements 1-5 of 8 match \"Minister of Trade\" [0,17); element 6 /,/ does not match Jane/NNP/PERSON\n"), rank);
  }

  @Test
  void anAgencyHeadWithNoNameIsDropped() {
    String r = whyNot("The Office will publish the findings in May.", "Office");
    assertTrue(r.contains("    agency.headed: matched \"Office\" [4,10) name=\"Office\"; dropped by the record stage (below)\n"), r);
    assertTrue(r.contains("    agency.of-three: elements 1-3 of 11 match \"Office\" [4,10); element 4 /of|for/ does not match will/MD\n"), r);
    assertTrue(r.contains("  agencies dropped: no name: no capitalised word besides its head noun and connectors  (agency.headed \"Office\" [4,10))\n"), r);
  }

  @Test
  void aDateRuleStopsAtAnArticleAndAShorterDateIsDroppedForTheLonger() {
    String r = whyNot("The ministers will meet again on June the 10th.", "June the 10th");
    assertTrue(r.contains("    date.month-day-year: element 1 of 3 matches \"June\" [33,37); element 2 $DAYNUM does not match the/DT\n"), r);
    assertTrue(r.contains("    date.month-alone: element 1 of 2 matches \"the\" [38,41); element 2 $FULL_MONTH does not match 10th/NN\n"), r);
    String year = whyNot("The talks on June 10, 2013 were productive.", "2013");
    assertTrue(year.contains("in the record here:\n  dates \"June 10, 2013\" (rule date.month-day-year) [13,26)\n"), year);
    assertTrue(year.contains("    date.year: matched \"2013\" [22,26) date=\"2013\"; in the record as dates \"June 10, 2013\"\n"), year);
    assertTrue(year.contains("  dates dropped: overlaps the longer \"June 10, 2013\" (date.month-day-year), which is kept  (date.year \"2013\" [22,26))\n"), year);
  }

  @Test
  void aCommitmentWhoseSubjectIsNoParty() {
    String r = whyNot("The report will highlight new risks to critical infrastructure.", "The report will highlight");
    assertTrue(r.contains("    commitment.modal: matched \"will highlight\" [11,25) trigger=\"will\" verb=\"highlight\"; dropped by the record stage (below)\n"), r);
    assertTrue(r.contains("    commitment.modal-progressive: elements 1-2 of 5 match \"will\" [11,15); element 3 /be/ does not match highlight/VB\n"), r);
    assertTrue(r.contains("  commitments dropped: its subject \"The report\" is no party: its head \"report\" is no party noun or title, no country, "
        + "and no group, person or agency of the record  (commitment.modal \"The report will highlight\" [0,25))\n"), r);
  }

  @Test
  void phrasesAreFoundAsWrittenElseLoosely() {
    String text = "The  Working\nGroup met. The working group met again.";
    assertEquals(new Phrase(5, 18, 2), Phrase.find(text, "Working Group")); // across a line break, and in lower case later
    assertEquals(new Phrase(28, 41, 1), Phrase.find(text, "working group"));
    assertNull(Phrase.find(text, "Steering Committee"));
    assertNull(Phrase.at(text, 10, 5));
  }

  @Test
  void theCommandOnATemporaryCorpus(@TempDir Path dir) throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("wn_1.txt"), "Officials of both sides attended the Working Group on Tuesday.\n", StandardCharsets.UTF_8);
    String[] common = {"--corpus", corpus.toString(), "--models", TestModels.MODELS.toString(), "--out", dir.resolve("out").toString()};

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertEquals(2, Main.run(concat(new String[] {"why-not", "wn_1", "Steering Committee"}, common), new PrintWriter(out), new PrintWriter(err)));
    assertTrue(err.toString().contains("\"Steering Committee\" is not in wn_1 (not even ignoring case and white space)"), err.toString());
    assertEquals(2, Main.run(concat(new String[] {"why-not", "wn_1", "--at", "50", "20"}, common), new PrintWriter(out), new PrintWriter(err)));
    assertTrue(err.toString().contains("[50,20) is no span of wn_1"), err.toString());
    assertEquals(2, Main.run(concat(new String[] {"why-not", "wn_1"}, common), new PrintWriter(out), new PrintWriter(err)));
    assertTrue(err.toString().contains("give PHRASE or --at START END"), err.toString());

    out = new StringWriter();
    assertEquals(0, Main.run(concat(new String[] {"why-not", "wn_1", "--at", "37", "50"}, common), new PrintWriter(out), new PrintWriter(err)), err.toString());
    assertTrue(out.toString().startsWith("wn_1: \"Working Group\" [37,50) in sentence #0\n"), out.toString());
    assertTrue(out.toString().contains("  groups dropped: a head alone (\"Working Group\") names no group"), out.toString());
  }

  private static String[] concat(String[] a, String[] b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
