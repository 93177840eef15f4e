package org.communique.rules;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.SequenceMatchResult;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communique.nlp.AnnotatedDocument;
import org.communique.nlp.Deadline;
import org.communique.nlp.Sentence;
import org.communique.nlp.Token;

/**
 * Runs every rule of a {@link RuleSet} over every sentence of a document, plus the matches taken
 * straight from the gazetteers (known agencies, countries). Matches of a rule whose fingerprint is
 * among the remembered ones are reused rather than computed.
 */
public final class RuleEngine {
  /** Matches that come straight from the gazetteers rather than from a rule file. */
  public static final String KNOWN_AGENCY_RULE = "agency.gazetteer";
  public static final String COUNTRY_RULE = "country.gazetteer";
  public static final String KNOWN_GROUP_RULE = "group.gazetteer";

  /** All matches in document order, and the matches of each rule by rule fingerprint (to remember). */
  public record Result(List<RuleMatch> matches, Map<String, List<RuleMatch>> byRule) {}

  private final RuleSet ruleSet;

  private final List<String> keys;

  public RuleEngine(RuleSet ruleSet) {
    this.ruleSet = ruleSet;
    this.keys = computeKeys();
  }

  public List<RuleMatch> match(AnnotatedDocument doc) {
    return match(doc, Map.of(), Deadline.NONE).matches();
  }

  public Result match(AnnotatedDocument doc, Map<String, List<RuleMatch>> remembered, Deadline deadline) {
    Map<String, List<RuleMatch>> computed = run(doc, remembered.keySet(), deadline);
    Map<String, List<RuleMatch>> byRule = new LinkedHashMap<>();
    for (String key : keys()) {
      byRule.put(key, remembered.containsKey(key) ? remembered.get(key) : computed.get(key));
    }
    List<RuleMatch> all = new ArrayList<>();
    byRule.values().forEach(all::addAll);
    // sentence by sentence; within a sentence gazetteer matches first, then rules in file order
    all.sort(Comparator.comparingInt(m -> m.span().sentence()));
    return new Result(all, byRule);
  }

  /**
   * The keys of a document's match lists, in the order the record stages see their matches: the
   * gazetteer matches, then each rule's by its fingerprint.
   */
  public List<String> keys() {
    return keys;
  }

  private List<String> computeKeys() {
    List<String> out = new ArrayList<>();
    out.add("gazetteer:" + ruleSet.gazetteerFingerprint().substring(0, 16));
    ruleSet.rules().forEach(r -> out.add(r.fingerprint()));
    return List.copyOf(out);
  }

  /** The matches of every key not in {@code known}, by key. */
  public Map<String, List<RuleMatch>> run(AnnotatedDocument doc, java.util.Set<String> known, Deadline deadline) {
    Map<Integer, List<CoreLabel>> labels = new HashMap<>();
    Map<String, List<RuleMatch>> out = new LinkedHashMap<>();
    String gazetteerKey = keys.get(0);
    if (!known.contains(gazetteerKey)) {
      out.put(gazetteerKey, gazetteerMatches(doc));
    }
    for (Rule rule : ruleSet.rules()) {
      if (known.contains(rule.fingerprint())) {
        continue;
      }
      List<RuleMatch> found = new ArrayList<>();
      for (Sentence sentence : doc.sentences()) {
        deadline.check();
        List<CoreLabel> ls = labels.computeIfAbsent(sentence.index(), i -> labels(sentence));
        find(doc, sentence, ls, rule, found);
      }
      out.put(rule.fingerprint(), found);
    }
    return out;
  }

  private List<RuleMatch> gazetteerMatches(AnnotatedDocument doc) {
    List<RuleMatch> out = new ArrayList<>();
    for (Sentence sentence : doc.sentences()) {
      for (int[] r : ruleSet.gazetteers().find(sentence.tokens(), Gazetteers.KNOWN_AGENCY)) {
        TokenSpan s = span(doc, sentence, r[0], r[1]);
        out.add(new RuleMatch(KNOWN_AGENCY_RULE, "agency", s, Map.of("name", s)));
      }
      for (int[] r : ruleSet.gazetteers().find(sentence.tokens(), Gazetteers.KNOWN_GROUP)) {
        TokenSpan s = span(doc, sentence, r[0], r[1]);
        out.add(new RuleMatch(KNOWN_GROUP_RULE, "group", s, Map.of("name", s)));
      }
      for (int[] r : ruleSet.gazetteers().find(sentence.tokens(), Gazetteers.COUNTRY)) {
        TokenSpan s = span(doc, sentence, r[0], r[1]);
        out.add(new RuleMatch(COUNTRY_RULE, "country", s, Map.of("name", s)));
      }
    }
    return out;
  }

  private static void find(AnnotatedDocument doc, Sentence sentence, List<CoreLabel> labels, Rule rule, List<RuleMatch> out) {
    if (!rule.mayMatch(labels)) {
      return;
    }
    TokenSequenceMatcher m = rule.pattern().getMatcher(labels);
    while (m.find()) {
      if (m.end() <= m.start()) {
        continue;
      }
      Map<String, TokenSpan> slots = new HashMap<>();
      for (int g = 1; g <= m.groupCount(); g++) {
        SequenceMatchResult.MatchedGroupInfo<?> info = m.groupInfo(g);
        if (info != null && info.varName != null && m.start(g) >= 0 && m.end(g) > m.start(g)) {
          slots.put(info.varName.startsWith("$") ? info.varName.substring(1) : info.varName, span(doc, sentence, m.start(g), m.end(g)));
        }
      }
      out.add(new RuleMatch(rule.id(), rule.family(), span(doc, sentence, m.start(), m.end()), slots));
    }
  }

  public static TokenSpan span(AnnotatedDocument doc, Sentence sentence, int first, int end) {
    List<Token> tokens = sentence.tokens();
    int start = tokens.get(first).start();
    int stop = tokens.get(end - 1).end();
    return new TokenSpan(sentence.index(), first, end, start, stop, doc.text().substring(start, stop));
  }

  private List<CoreLabel> labels(Sentence sentence) {
    return RuleToken.of(sentence, ruleSet.gazetteers());
  }

}
