package org.communique.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.communique.RecordAssertions;
import org.communique.TestModels;
import org.communique.records.DocumentRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
  void aShortPlaceNameEndsItsSentenceButATitleCutShortDoesNot() {
    assertEquals(List.of("The ministers agreed to meet again in Lima.", "Experts will draft the protocol with Gen. Ortiz."),
        sentences("The ministers agreed to meet again in Lima. Experts will draft the protocol with Gen. Ortiz."));
  }

  @Test
  void aDayWrittenWithAFullStopEndsNoSentence() {
    assertEquals(List.of("The ministers met on 21. November 2024 in Oslo.", "They agreed."),
        sentences("The ministers met on 21. November 2024 in Oslo. They agreed."));
  }

  @Test
  void aSentenceEndGluedToTheNextSentenceIsABoundaryButAnInitialOrANewsSiteIsNot() {
    assertEquals(List.of("They met in the Joint Committee.", "Representatives signed it, Caliber.Az reports, citing S.Umurzakov."),
        sentences("They met in the Joint Committee.Representatives signed it, Caliber.Az reports, citing S.Umurzakov."));
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

  /**
   * A sentence made only of characters CoreNLP's tokenizer drops (an unassigned Hebrew code point,
   * zero-width and format characters, controls, private use, a lone surrogate) made CoreNLP throw
   * "unexpected empty sentence" and the whole statement failed. Such a sentence has no tokens; the
   * rest of the statement is extracted with exact offsets.
   */
  @ParameterizedTest
  @ValueSource(strings = {"\u0590", "\u0590\u0590.", "\u200B", "\uFEFF", "\u0007", "\uE000", "\uDB80\uDC00", "\uD800",
      "\u0590\r\n\u0007", "\u0590 \u200B \u0590"})
  void sentenceOfCharactersTheTokenizerDropsHasNoTokensAndTheStatementIsExtracted(String dropped) {
    String text = "The United States and Japan will establish a Cyber Working Group.\n\n" + dropped
        + "\n\nSecretary of State John Kerry met Foreign Minister Fumio Kishida on July 27, 2016.";
    AnnotatedDocument doc = TestModels.annotate(text);
    for (Sentence s : doc.sentences()) {
      assertTrue(!s.tokens().isEmpty());
      for (Token t : s.tokens()) {
        assertEquals(t.text(), text.substring(t.start(), t.end()));
      }
    }
    DocumentRecord r = RecordAssertions.extractChecked(text);
    RecordAssertions.assertMentionOf(text, RecordAssertions.person(r, "John Kerry").mentions(), "John Kerry");
    RecordAssertions.assertMentionOf(text, RecordAssertions.date(r, "July 27, 2016").mentions(), "July 27, 2016");
    assertEquals(1, RecordAssertions.commitments(r, "establish").size(), r.commitments().toString());
  }
}
