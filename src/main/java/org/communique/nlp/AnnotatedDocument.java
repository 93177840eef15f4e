package org.communique.nlp;

import java.util.List;
import org.communique.ingest.SourceDocument;

/** A statement with its sentences and tokens: everything the rule stages read. */
public record AnnotatedDocument(SourceDocument source, List<Sentence> sentences) {
  public AnnotatedDocument {
    sentences = List.copyOf(sentences);
  }

  public String text() {
    return source.text();
  }

  public int tokenCount() {
    return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
  }
}
