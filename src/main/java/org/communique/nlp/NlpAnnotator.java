package org.communique.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;
import org.communique.ingest.SourceDocument;

/** The NLP stages in order: OpenNLP sentences, then CoreNLP tokens and tags inside each sentence. */
public final class NlpAnnotator {
  private final SentenceSplitter splitter;
  private final CoreNlpTagger tagger;
  private final int maxSentenceChars;

  public NlpAnnotator(SentenceSplitter splitter, CoreNlpTagger tagger, NlpSettings settings) {
    this.splitter = splitter;
    this.tagger = tagger;
    this.maxSentenceChars = settings.maxSentenceChars();
  }

  public AnnotatedDocument annotate(SourceDocument doc) {
    return annotate(doc, Deadline.NONE);
  }

  public AnnotatedDocument annotate(SourceDocument doc, Deadline deadline) {
    String text = doc.text();
    List<Sentence> sentences = new ArrayList<>();
    for (Span span : splitter.split(text)) {
      for (Span piece : pieces(text, span.getStart(), span.getEnd(), maxSentenceChars)) {
        deadline.check();
        List<Token> tokens = tagger.tag(text, piece.getStart(), piece.getEnd());
        if (!tokens.isEmpty()) {
          sentences.add(new Sentence(sentences.size(), piece.getStart(), piece.getEnd(), tokens));
        }
      }
    }
    return new AnnotatedDocument(doc, sentences);
  }

  /** Cuts an over-long sentence at white space so tagging time stays linear in its length. */
  static List<Span> pieces(String text, int start, int end, int max) {
    List<Span> out = new ArrayList<>();
    int from = start;
    while (end - from > max) {
      int cut = from + max;
      while (cut > from + max / 2 && !Character.isWhitespace(text.charAt(cut))) {
        cut--;
      }
      if (cut == from + max / 2) {
        cut = from + max;
      }
      out.add(new Span(from, cut));
      from = cut;
      while (from < end && Character.isWhitespace(text.charAt(from))) {
        from++;
      }
    }
    if (from < end) {
      out.add(new Span(from, end));
    }
    return out;
  }
}
