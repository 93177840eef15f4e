package org.communique.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.pipeline.TokenizerAnnotator;
import edu.stanford.nlp.process.AbstractTokenizer;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Tokens, parts of speech, lemmas and entity classes from CoreNLP, for one sentence at a time
 * (sentences come from OpenNLP). Only a CRF entity classifier runs: no SUTime, no numeric
 * classifiers, no fine-grained KBP rules; the rule stages find dates themselves.
 * This is the one place that turns {@link NlpSettings} into CoreNLP properties.
 */
public final class CoreNlpTagger {
  private final StanfordCoreNLP pipeline;
  /** The pipeline's tokenizer on its own (no sentence splitting): what a sentence's tokens are. */
  private final TokenizerAnnotator tokenizer;

  public CoreNlpTagger(NlpSettings settings) {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("tokenize.language", "en");
    p.setProperty("tokenize.options", "invertible=true,splitHyphenated=false,normalizeParentheses=false,normalizeOtherBrackets=false");
    p.setProperty("ssplit.isOneSentence", "true");
    p.setProperty("pos.model", settings.posModel());
    p.setProperty("ner.model", settings.nerModel());
    p.setProperty("ner.combinationMode", "NORMAL");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    p.setProperty("ner.docdate.usePresent", "false");
    this.pipeline = new StanfordCoreNLP(p);
    this.tokenizer = new TokenizerAnnotator(false, p);
  }

  /** Tags {@code text.substring(start, end)}; token offsets are document offsets. */
  public List<Token> tag(String text, int start, int end) {
    String sentence = text.substring(start, end);
    Annotation annotation = new Annotation(sentence);
    try {
      pipeline.annotate(annotation);
    } catch (IllegalStateException e) {
      // CoreNLP's sentence splitter refuses a sentence with no tokens ("unexpected empty sentence"):
      // one made only of characters its tokenizer drops (U+0590, zero-width and format characters,
      // controls, private use). Such a sentence simply has no tokens.
      if (hasNoTokens(sentence)) {
        return List.of();
      }
      throw e;
    }
    List<Token> tokens = new ArrayList<>();
    for (CoreLabel label : annotation.get(CoreAnnotations.TokensAnnotation.class)) {
      int s = start + label.beginPosition();
      int e = start + label.endPosition();
      String ner = label.ner() == null ? "O" : label.ner();
      tokens.add(new Token(tokens.size(), text.substring(s, e), s, e, label.tag(), label.lemma(), ner));
    }
    return tokens;
  }

  /** The tokenizer finds nothing in {@code sentence} (line breaks aside). */
  boolean hasNoTokens(String sentence) {
    for (CoreLabel label : tokenizer.getTokenizer(new StringReader(sentence)).tokenize()) {
      if (!AbstractTokenizer.NEWLINE_TOKEN.equals(label.word())) {
        return false;
      }
    }
    return true;
  }
}
