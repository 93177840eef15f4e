package org.communique.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.communique.TestModels;
import org.junit.jupiter.api.Test;

class NlpAnnotatorTest {
  private static List<String> sentences(String text) {
    return TestModels.annotate(text).sentences().stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  @Test
  void headlineAndDatelineLinesAreSentencesOfTheirOwn() {
    String text = "Joint Statement on the U.S.-Mexico Cyber Dialogue\nMedia Note\nJuly 27, 2016\n\n"
        + "The delegations met. They agreed to meet again.";
    assertEquals(List.of("Joint Statement on the U.S.-Mexico Cyber Dialogue", "Media Note", "July 27, 2016",
        "The delegations met.", "They agreed to meet again."), sentences(text));
  }

  @Test
  void wrappedLinesOfAParagraphJoin() {
    assertEquals(List.of("The United States and Japan held\ntheir dialogue in Tokyo on Monday.", "Both sides met again."),
        sentences("The United States and Japan held\ntheir dialogue in Tokyo on Monday. Both sides met again."));
  }

  @Test
  void abbreviationBeforeDigitDoesNotEndSentence() {
    assertEquals(List.of("The meeting on Aug. 10 was the first.", "It went well."),
        sentences("The meeting on Aug. 10 was the first. It went well."));
  }

  @Test
  void tokenOffsetsPointAtTheOriginalTextWithCrlfAndCurlyQuotes() {
    String text = "“Both sides” met in\r\nWashington D.C. on Thursday.\r\n\r\nThe U.S.-Japan dialogue’s work goes on.";
    AnnotatedDocument doc = TestModels.annotate(text);
    int count = 0;
    for (Sentence s : doc.sentences()) {
      for (Token t : s.tokens()) {
        assertEquals(t.text(), text.substring(t.start(), t.end()));
        count++;
      }
    }
    assertTrue(count > 15);
    Token chain = doc.sentences().stream().flatMap(s -> s.tokens().stream()).filter(t -> t.text().startsWith("U.S.-")).findFirst().orElseThrow();
    assertEquals("U.S.-Japan", chain.text());
  }

  @Test
  void overlongSentenceIsTaggedInPiecesCutAtWhiteSpace() {
    String text = "word ".repeat(1000).strip();
    List<opennlp.tools.util.Span> pieces = NlpAnnotator.pieces(text, 0, text.length(), 2000);
    assertTrue(pieces.size() >= 3);
    for (opennlp.tools.util.Span p : pieces) {
      assertTrue(p.length() <= 2000);
      assertTrue(!Character.isWhitespace(text.charAt(p.getStart())));
    }
  }
}
