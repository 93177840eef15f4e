package org.communique.rules;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.SequenceMatchResult;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.communique.nlp.AnnotatedDocument;
import org.communique.nlp.Sentence;
import org.communique.nlp.Token;

/** Runs every rule of a {@link RuleSet} over every sentence of a document. */
public final class RuleEngine {
  /** Matches that come straight from the gazetteers rather than from a rule file. */
  public static final String KNOWN_AGENCY_RULE = "agency.gazetteer";
  public static final String COUNTRY_RULE = "country.gazetteer";

  private final RuleSet ruleSet;

  public RuleEngine(RuleSet ruleSet) {
    this.ruleSet = ruleSet;
  }

  public List<RuleMatch> match(AnnotatedDocument doc) {
    List<RuleMatch> out = new ArrayList<>();
    for (Sentence sentence : doc.sentences()) {
      List<CoreLabel> labels = labels(sentence);
      for (int[] r : ruleSet.gazetteers().find(sentence.tokens(), Gazetteers.KNOWN_AGENCY)) {
        TokenSpan s = span(doc, sentence, r[0], r[1]);
        out.add(new RuleMatch(KNOWN_AGENCY_RULE, "agency", s, Map.of("name", s)));
      }
      for (int[] r : ruleSet.gazetteers().find(sentence.tokens(), Gazetteers.COUNTRY)) {
        TokenSpan s = span(doc, sentence, r[0], r[1]);
        out.add(new RuleMatch(COUNTRY_RULE, "country", s, Map.of("name", s)));
      }
      for (Rule rule : ruleSet.rules()) {
        TokenSequenceMatcher m = rule.pattern().getMatcher(labels);
        while (m.find()) {
          if (m.end() <= m.start()) {
            continue;
          }
          Map<String, TokenSpan> slots = new HashMap<>();
          for (int g = 1; g <= m.groupCount(); g++) {
            SequenceMatchResult.MatchedGroupInfo<?> info = m.groupInfo(g);
            if (info != null && info.varName != null && m.start(g) >= 0 && m.end(g) > m.start(g)) {
              slots.put(info.varName.replaceFirst("^\\$", ""), span(doc, sentence, m.start(g), m.end(g)));
            }
          }
          out.add(new RuleMatch(rule.id(), rule.family(), span(doc, sentence, m.start(), m.end()), slots));
        }
      }
    }
    return out;
  }

  public static TokenSpan span(AnnotatedDocument doc, Sentence sentence, int first, int end) {
    List<Token> tokens = sentence.tokens();
    int start = tokens.get(first).start();
    int stop = tokens.get(end - 1).end();
    return new TokenSpan(sentence.index(), first, end, start, stop, doc.text().substring(start, stop));
  }

  private List<CoreLabel> labels(Sentence sentence) {
    String[] classes = ruleSet.gazetteers().classify(sentence.tokens());
    List<CoreLabel> labels = new ArrayList<>(sentence.tokens().size());
    for (Token t : sentence.tokens()) {
      CoreLabel l = new CoreLabel();
      l.setWord(t.text());
      l.setOriginalText(t.text());
      l.setValue(t.text());
      l.setTag(t.pos());
      l.setLemma(t.lemma());
      l.setNER(t.ner());
      l.setBeginPosition(t.start());
      l.setEndPosition(t.end());
      l.set(CoreAnnotations.IndexAnnotation.class, t.index() + 1);
      l.set(RuleSet.GazetteerClass.class, classes[t.index()]);
      labels.add(l);
    }
    return labels;
  }
}
