package org.communique.rules;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.communique.nlp.Sentence;
import org.communique.nlp.Token;

/**
 * A token as the rule patterns see it: {@code word}, {@code tag}, {@code lemma}, {@code ner} and
 * {@code gaz}, read from the {@link Token} when a pattern asks rather than copied into the map. The
 * gazetteer classes are looked up for the whole sentence the first time a pattern asks for one:
 * most sentences are ruled out by a rule's required tokens before any pattern needs them.
 */
final class RuleToken extends CoreLabel {
  private static final long serialVersionUID = 1L;

  /** The gazetteer classes of one sentence, computed once on demand. */
  private static final class SentenceClasses {
    private final Gazetteers gazetteers;
    private final List<Token> tokens;
    private String[] classes;

    SentenceClasses(Gazetteers gazetteers, List<Token> tokens) {
      this.gazetteers = gazetteers;
      this.tokens = tokens;
    }

    String of(int index) {
      if (classes == null) {
        classes = gazetteers.classify(tokens);
      }
      return classes[index];
    }
  }

  private final transient Token token;
  private final transient SentenceClasses classes;

  private RuleToken(Token token, SentenceClasses classes) {
    super(0);
    this.token = token;
    this.classes = classes;
  }

  static List<CoreLabel> of(Sentence sentence, Gazetteers gazetteers) {
    SentenceClasses classes = new SentenceClasses(gazetteers, sentence.tokens());
    List<CoreLabel> out = new ArrayList<>(sentence.tokens().size());
    for (Token t : sentence.tokens()) {
      out.add(new RuleToken(t, classes));
    }
    return out;
  }

  /** The token's own value for the attributes above, read from the token rather than copied in. */
  private Object attribute(Class<?> key) {
    if (key == CoreAnnotations.TextAnnotation.class) {
      return token.text();
    } else if (key == CoreAnnotations.PartOfSpeechAnnotation.class) {
      return token.pos();
    } else if (key == CoreAnnotations.LemmaAnnotation.class) {
      return token.lemma();
    } else if (key == CoreAnnotations.NamedEntityTagAnnotation.class) {
      return token.ner();
    } else if (key == RuleSet.GazetteerClass.class) {
      return classes.of(token.index());
    }
    return null;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <V> V get(Class<? extends Key<V>> key) {
    Object value = attribute(key);
    return value != null ? (V) value : super.get(key);
  }

  @Override
  public <V> boolean containsKey(Class<? extends Key<V>> key) {
    return attribute(key) != null || super.containsKey(key);
  }
}
