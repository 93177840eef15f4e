package org.communique.explain;

import java.util.List;
import org.communique.nlp.Token;

/** Tokens as {@code annotate}, {@code explain} and {@code why-not} print them: word/POS[/NER][/{gazetteer classes}]. */
final class TokenText {
  private TokenText() {}

  static String of(Token t, String classes) {
    StringBuilder sb = new StringBuilder(t.text()).append('/').append(t.pos());
    if (!t.ner().equals("O")) {
      sb.append('/').append(t.ner());
    }
    if (!classes.isEmpty()) {
      sb.append("/{").append(classes.replace(' ', ',')).append('}');
    }
    return sb.toString();
  }

  /** Tokens [from, to) of a sentence's tokens with their classes, space separated. */
  static String of(List<Token> tokens, String[] classes, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      sb.append(i > from ? " " : "").append(of(tokens.get(i), classes[i]));
    }
    return sb.toString();
  }
}
