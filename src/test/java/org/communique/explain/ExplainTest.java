package org.communique.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.communique.TestModels;
import org.communique.cli.Main;
import org.communique.eval.GoldSet;
import org.communique.ingest.CorpusReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code explain} on a dev statement: the item, its rule, the tokens it matched, the competing rules and the gold verdict. */
class ExplainTest {
  private static final String DOC = "000_db605b4fcb38a225";
  private static Explainer explainer;
  private static Extraction x;
  private static GoldSet.Doc gold;

  @BeforeAll
  static void extract() throws Exception {
    explainer = new Explainer(TestModels.extractor());
    x = explainer.extract(TestModels.extractor().annotate(new CorpusReader(TestModels.CORPUS).read(TestModels.CORPUS.resolve(DOC + ".txt"))));
    gold = GoldSet.discover(TestModels.CORPUS).get(DOC);
  }

  private static String explain(List<Explainer.Found> found) {
    StringBuilder sb = new StringBuilder();
    found.forEach(f -> sb.append(explainer.explain(x, f, gold)));
    return sb.toString();
  }

  @Test
  void anAgencyByItsAlias() {
    List<Explainer.Found> found = Explainer.byName(x.record(), "the State Department");
    assertEquals(1, found.size());
    String text = explain(found);
    assertTrue(text.startsWith(DOC + " agencies \"Department of State\" (rule agency.gazetteer)\n"), text);
    assertTrue(text.contains("  against gold (gold): true positive, matches \"Department of State\"\n"), text);
    assertTrue(text.contains("mention 1 [4,20) \"State Department\" in sentence #0\n"
        + "  matched by agency.gazetteer \"State Department\" [4,20) name=\"State Department\"\n"
        + "    tokens: State/NNP/ORGANIZATION/{KNOWN_AGENCY} Department/NNP/ORGANIZATION/{KNOWN_AGENCY,AGENCY_HEAD}\n"
        + "  also matched here: agency.headed \"State Department\" [4,20)"), text);
    assertTrue(text.contains("mention 3 [1119,1138) \"Department of State\""), text);
  }

  @Test
  void aFalseAlarmIsCalledOne() throws Exception {
    // a body the gold does not count ("U.S. Embassy Country Team" are people of the embassy, not a body of its own)
    String doc = "311_us-uk-strategic-policy-dialogue-2024";
    Extraction other = explainer.extract(TestModels.extractor().annotate(new CorpusReader(TestModels.CORPUS).read(TestModels.CORPUS.resolve(doc + ".txt"))));
    GoldSet.Doc otherGold = GoldSet.discover(TestModels.CORPUS).get(doc);
    StringBuilder sb = new StringBuilder();
    Explainer.byName(other.record(), "Embassy Country Team").forEach(f -> sb.append(explainer.explain(other, f, otherGold)));
    String text = sb.toString();
    assertTrue(text.startsWith(doc + " agencies \"Embassy Country Team\" (rule agency.headed)\n"), text);
    assertTrue(text.contains("against gold (gold): false alarm: no gold item of its type matches it\n"), text);
    assertTrue(text.contains("tokens: U.S./NNP/ORGANIZATION/{COUNTRY} Embassy/NNP/ORGANIZATION/{AGENCY_HEAD} Country/NNP/ORGANIZATION Team/NNP/ORGANIZATION/{AGENCY_HEAD}\n"), text);
  }

  @Test
  void itemsAtAnOffsetAndAPersonWithItsSlots() {
    List<Explainer.Found> at = Explainer.at(x.record(), 80); // inside "establish"
    assertEquals(List.of("commitments"), at.stream().map(Explainer.Found::type).toList());
    String commitment = explain(at);
    assertTrue(commitment.contains("matched by commitment.modal \"will establish\" [77,91) trigger=\"will\" verb=\"establish\"\n"
        + "    tokens: will/MD establish/VB\n"), commitment);
    String person = explain(Explainer.byName(x.record(), "Christopher Painter"));
    assertTrue(person.startsWith(DOC + " people \"Christopher Painter\" (rule person.apposition)\n"), person);
    assertTrue(person.contains("agency=\"Department of State\" name=\"Christopher Painter\" title=\"coordinator for cyber Issues\"\n"), person);
    assertTrue(person.contains("  also matched here: person.ner \"Christopher Painter\" [1062,1081)"), person);
    assertTrue(!person.contains("commitments"), "a name picks the person, not the commitments whose clause holds it");
  }

  @Test
  void usageErrors() {
    StringWriter err = new StringWriter();
    assertEquals(2, Main.run(new String[] {"explain", DOC}, new PrintWriter(new StringWriter()), new PrintWriter(err)));
    assertTrue(err.toString().contains("give ITEM or --at OFFSET"), err.toString());
    assertEquals(2, Main.run(new String[] {"explain", "nope", "x", "--corpus", Path.of("corpus").toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(err)));
    assertTrue(err.toString().contains("no statement nope in corpus"), err.toString());
  }
}
