package org.communique.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.communique.TestModels;
import org.communique.nlp.AnnotatedDocument;
import org.communique.pipeline.Extractor;
import org.communique.rules.RuleEngine;
import org.communique.rules.RuleMatch;
import org.junit.jupiter.api.Test;

/** Tracing only watches: the record is the same with it off, on, and through the ordinary extract path. */
class TraceTest {
  private static final List<String> TEXTS = List.of(
      "The U.S.-Japan Cyber Dialogue met in Tokyo on June 10, 2013. The Cyber Dialogue will meet again next year.",
      "Minister for Foreign Affairs of Japan Taro Kono met the delegation. Kono said the talks went well.",
      "The Department of Homeland Security (DHS) and the State Department met in Washington. DHS will lead the work.",
      "Officials of both sides attended the Working Group. The Office will publish the findings in May.",
      "The United States and Argentina will strengthen cooperation and expand information sharing. The report will highlight new risks.");

  @Test
  void tracingOffAndOnGiveTheSameRecord() {
    Extractor extractor = TestModels.extractor();
    for (String text : TEXTS) {
      AnnotatedDocument doc = TestModels.annotate(text);
      List<RuleMatch> matches = new RuleEngine(extractor.rules()).match(doc);
      DecisionLog log = new DecisionLog();
      DocumentRecord off = extractor.assemble(doc, matches, Trace.OFF);
      DocumentRecord on = extractor.assemble(doc, matches, log);
      assertEquals(off, on, text);
      assertEquals(extractor.extract(doc), on, text);
      assertFalse(log.decisions().isEmpty(), "decisions were traced for: " + text);
    }
  }

  @Test
  void offAsksForNothing() {
    assertFalse(Trace.OFF.enabled());
    StageTrace trace = new StageTrace(Trace.OFF);
    trace.item(Decision.GROUPS, Decision.Kind.NAME, new Item("x", "r"), () -> {
      throw new AssertionError("a decision's text was built with tracing off");
    });
    assertTrue(trace.dropped(true, Decision.PEOPLE, new Item("x", "r"), () -> {
      throw new AssertionError("a decision's text was built with tracing off");
    }), "the condition passes through unchanged");
  }
}
