package org.communique.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.communique.TestModels;
import org.communique.ingest.CorpusReader;
import org.communique.nlp.AnnotatedDocument;
import org.communique.nlp.Sentence;
import org.junit.jupiter.api.Test;

/**
 * A rule is skipped in a sentence that lacks one of its required tokens; that must never lose a
 * match: optional parts, alternatives and repetitions are not required.
 */
class RequiredTokensTest {

  private static List<int[]> matches(TokenSequencePattern pattern, List<CoreLabel> tokens) {
    List<int[]> out = new ArrayList<>();
    TokenSequenceMatcher m = pattern.getMatcher(tokens);
    while (m.find()) {
      out.add(new int[] {m.start(), m.end()});
    }
    return out;
  }

  private static List<CoreLabel> tokens(Sentence s) {
    return RuleToken.of(s, TestModels.extractor().rules().gazetteers());
  }

  private static Rule rule(String pattern) {
    return new Rule("date.t", "date", "test:1", TokenSequencePattern.compile(pattern), "x");
  }

  @Test
  void optionalPartsAlternativesAndRepeatsAreNotRequired() {
    AnnotatedDocument doc = TestModels.annotate("The Secretary of State said the talks will resume.");
    List<CoreLabel> tokens = tokens(doc.sentences().get(0));
    List<String> patterns = List.of(
        "(?$x /the/ /Department/)? /of/ /State/",
        "(/Department/ /of/)* /State/",
        "/Minister/ | /State/",
        "(/Minister/ | /Secretary/) /of/ /State/",
        "[{tag:NNP}]{0,3} /said/",
        "/said/ (/nothing/)?",
        "/said/ /the/ /talks/ [{word:/will|shall/}]{1,2} /resume/",
        "/Secretary/ []{0,8}? /resume/", "/Secretary/ []{2,9} /resume/",
        "(?: /of/ /State/ | /Defense/ ) /said/",
        "[!{word:/Ministry/}] /of/ /State/");
    for (String p : patterns) {
      Rule r = rule(p);
      List<int[]> expected = matches(r.pattern(), tokens);
      assertFalse(expected.isEmpty(), "the test sentence should match " + p);
      assertTrue(r.mayMatch(tokens), "required tokens rule out a sentence the pattern matches: " + p + " requires " + r.required());
    }
  }

  @Test
  void aSentenceWithoutARequiredTokenIsRuledOut() {
    AnnotatedDocument doc = TestModels.annotate("The Secretary of State said the talks will resume.");
    List<CoreLabel> tokens = tokens(doc.sentences().get(0));
    assertFalse(rule("(?$date /Christmas/ )").mayMatch(tokens));
    assertFalse(rule("/Secretary/ /of/ /Defense/").mayMatch(tokens));
    assertEquals(3, rule("/Secretary/ /of/ /Defense/").required().size());
    assertTrue(rule("/Secretary/ /of/ /State/").mayMatch(tokens));
  }

  @Test
  void noProjectRuleLosesAMatchOnTheDevCorpus() throws IOException {
    RuleSet rules = TestModels.extractor().rules();
    int ruledOut = 0;
    int matched = 0;
    for (Path f : new CorpusReader(TestModels.CORPUS).list()) {
      AnnotatedDocument doc = TestModels.annotate(Files.readString(f, StandardCharsets.UTF_8));
      for (Sentence s : doc.sentences()) {
        List<CoreLabel> tokens = tokens(s);
        for (Rule r : rules.rules()) {
          List<int[]> found = matches(r.pattern(), tokens);
          matched += found.size();
          if (!r.mayMatch(tokens)) {
            ruledOut++;
            assertTrue(found.isEmpty(), r.id() + " was ruled out of a sentence it matches in " + f.getFileName());
          }
        }
      }
    }
    assertTrue(matched > 100, "the rules should match on the dev corpus: " + matched);
    assertTrue(ruledOut > 1000, "required tokens should rule out most rule/sentence pairs: " + ruledOut);
  }
}
