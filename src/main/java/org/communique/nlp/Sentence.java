package org.communique.nlp;

import java.util.List;

/** A sentence of a document: its character span and its tokens. */
public record Sentence(int index, int start, int end, List<Token> tokens) {
  public Sentence {
    tokens = List.copyOf(tokens);
  }
}
