package org.communique.explain;

import com.fasterxml.jackson.databind.JsonNode;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.communique.eval.Matching;
import org.communique.eval.Records;
import org.communique.eval.Scorer;
import org.communique.nlp.Sentence;
import org.communique.nlp.Token;
import org.communique.records.Decision;
import org.communique.rules.PatternProgress;
import org.communique.rules.Rule;
import org.communique.rules.RuleEngine;
import org.communique.rules.RuleMatch;
import org.communique.rules.RuleSet;

/**
 * {@code why-not}: why a phrase of a statement produced nothing (or not what was expected). Shows
 * the sentence and the phrase's tokens, what the record has there, then per record type the rules
 * whose required tokens occur in the sentence and how far each got from the phrase (the rule's
 * matches there, or its longest matching prefix and the element that failed, on which token; see
 * {@link PatternProgress}), and last the candidates there that a record stage dropped, with the
 * reason, and its other decisions there.
 */
public final class WhyNot {
  private final RuleSet rules;
  private final PatternProgress progress;

  public WhyNot(RuleSet rules) {
    this.rules = rules;
    this.progress = new PatternProgress(rules);
  }

  /** The record type a rule family makes items of. */
  static String typeOf(String family) {
    return switch (family) {
      case "group" -> "groups";
      case "person" -> "people";
      case "date" -> "dates";
      case "commitment" -> "commitments";
      default -> "agencies";
    };
  }

  public String report(Extraction x, Phrase phrase) {
    String text = x.doc().text();
    Sentence sentence = Explainer.sentenceAt(x.doc(), phrase.start());
    if (sentence == null) {
      sentence = x.doc().sentences().stream().filter(s -> s.start() >= phrase.start() && s.start() < phrase.end()).findFirst().orElse(null);
    }
    if (sentence == null) {
      return String.format(Locale.ROOT, "%s: [%d,%d) lies in no sentence: no rule sees it%n", x.doc().source().docId(), phrase.start(), phrase.end());
    }
    int first = firstToken(sentence, phrase);
    int end = endToken(sentence, phrase);
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%s: \"%s\" [%d,%d) in sentence #%d%s%n", x.doc().source().docId(), oneLine(text.substring(phrase.start(),
        phrase.end())), phrase.start(), phrase.end(), sentence.index(),
        phrase.occurrences() > 1 ? " (the first of " + phrase.occurrences() + " places it is written; --at START END for another)" : ""));
    if (phrase.end() > sentence.end()) {
      sb.append("  the phrase goes on past the sentence's end: rules match inside one sentence, so none can match it whole\n");
    }
    sb.append("  | ").append(oneLine(text.substring(sentence.start(), sentence.end()))).append('\n');
    String[] classes = rules.gazetteers().classify(sentence.tokens());
    sb.append("  tokens: ").append(TokenText.of(sentence.tokens(), classes, first, end)).append('\n');
    sb.append(inTheRecord(x, phrase));
    sb.append(rulesHere(x, sentence, classes, phrase, first, end));
    sb.append(decisionsHere(x, phrase));
    return sb.toString();
  }

  /** The record's items with a mention overlapping the phrase. */
  private static String inTheRecord(Extraction x, Phrase phrase) {
    StringBuilder sb = new StringBuilder();
    for (String type : Records.TYPES) {
      for (JsonNode item : Scorer.items(x.record(), type)) {
        for (int[] s : Matching.spans(item)) {
          if (s[0] < phrase.end() && phrase.start() < s[1]) {
            sb.append(String.format(Locale.ROOT, "  %s %s (rule %s) [%d,%d)%n", type, Explainer.label(item), item.path("rule").asText(), s[0], s[1]));
            break;
          }
        }
      }
    }
    return sb.length() == 0 ? "in the record here: nothing\n" : "in the record here:\n" + sb;
  }

  /** Per record type, each rule that may match the sentence and how far it got from the phrase. */
  private String rulesHere(Extraction x, Sentence sentence, String[] classes, Phrase phrase, int first, int end) {
    List<CoreLabel> tokens = progress.tokens(sentence);
    Map<String, StringBuilder> byType = new LinkedHashMap<>();
    Map<String, List<String>> nothing = new LinkedHashMap<>();
    Records.TYPES.forEach(t -> {
      byType.put(t, new StringBuilder());
      nothing.put(t, new ArrayList<>());
    });
    List<String> ruledOut = new ArrayList<>();
    for (RuleMatch m : x.matches()) {
      boolean gazetteer = m.ruleId().equals(RuleEngine.KNOWN_AGENCY_RULE) || m.ruleId().equals(RuleEngine.KNOWN_GROUP_RULE);
      if (gazetteer && m.span().sentence() == sentence.index() && overlaps(m, phrase)) {
        byType.get(typeOf(m.family())).append("    ").append(m.ruleId()).append(" (no rule: the gazetteer): ").append(matched(x, m)).append('\n');
      }
    }
    for (Rule rule : rules.rules()) {
      if (!rule.mayMatch(tokens)) {
        ruledOut.add(rule.id());
        continue;
      }
      String type = typeOf(rule.family());
      List<RuleMatch> own = x.matches().stream()
          .filter(m -> m.ruleId().equals(rule.id()) && m.span().sentence() == sentence.index() && overlaps(m, phrase)).toList();
      if (!own.isEmpty()) {
        own.forEach(m -> byType.get(type).append("    ").append(rule.id()).append(": ").append(matched(x, m)).append(stopsInside(m, phrase, sentence, classes))
            .append('\n'));
        continue;
      }
      PatternProgress.Progress p = progress.of(rule, tokens, first, end);
      if (p.matched() == 0 || p.endToken() == p.startToken()) {
        // at most optional elements, matching no token: the first element that needs one fails on the phrase's first token
        nothing.get(type).add(rule.id() + " (element " + (p.matched() + 1) + " " + shortened(p.elements().get(p.matched()).text(), 60) + ")");
      } else {
        byType.get(type).append("    ").append(rule.id()).append(": ").append(progressLine(x.doc().text(), sentence, classes, p)).append('\n');
      }
    }
    StringBuilder sb = new StringBuilder("rules whose required tokens occur in the sentence, and how far each got from the phrase:\n");
    sb.append("  (element N: the rule's N-th top-level pattern element, named groups and sequence macros opened; see README)\n");
    for (String type : Records.TYPES) {
      if (byType.get(type).length() == 0 && nothing.get(type).isEmpty()) {
        continue;
      }
      sb.append("  ").append(type).append(":\n").append(byType.get(type));
      if (!nothing.get(type).isEmpty()) {
        sb.append("    nothing fits from any token of the phrase; at ").append(TokenText.of(sentence.tokens().get(first), classes[first])).append(": ")
            .append(String.join(", ", nothing.get(type))).append('\n');
      }
    }
    if (!ruledOut.isEmpty()) {
      sb.append("  ruled out, a required token or class is not in the sentence: ").append(String.join(", ", ruledOut)).append('\n');
    }
    return sb.toString();
  }

  /** "matched "X" [a,b) slots; in the record as ..." or what became of the match. */
  private static String matched(Extraction x, RuleMatch m) {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "matched \"%s\" [%d,%d)", oneLine(m.span().text()), m.span().start(), m.span().end()));
    m.slots().forEach((k, v) -> sb.append(' ').append(k).append("=\"").append(oneLine(v.text())).append('"'));
    String type = typeOf(m.family());
    for (JsonNode item : Scorer.items(x.record(), type)) {
      if (Matching.spans(item).stream().anyMatch(s -> s[0] < m.span().end() && m.span().start() < s[1])) {
        return sb.append("; in the record as ").append(type).append(' ').append(Explainer.label(item)).toString();
      }
    }
    boolean dropped = x.decisions().stream().anyMatch(d -> d.kind() == Decision.Kind.DROPPED && m.ruleId().equals(d.rule())
        && d.overlaps(m.span().start(), m.span().end()));
    return sb.append(dropped ? "; dropped by the record stage (below)" : "; no item of the record comes from it").toString();
  }

  /** For a match that ends before the phrase does: the token it stops at. */
  private static String stopsInside(RuleMatch m, Phrase phrase, Sentence sentence, String[] classes) {
    int next = m.span().endToken();
    if (m.span().end() >= phrase.end() || next >= sentence.tokens().size() || sentence.tokens().get(next).start() >= phrase.end()) {
      return "";
    }
    return "; it stops inside the phrase, before " + TokenText.of(sentence.tokens().get(next), classes[next]);
  }

  /** "elements 1-3 of 5 match "X" [a,b); element 4 $GHEAD+ does not match counterparts/NNS". */
  private static String progressLine(String text, Sentence sentence, String[] classes, PatternProgress.Progress p) {
    List<Token> tokens = sentence.tokens();
    StringBuilder sb = new StringBuilder(p.matched() == 1 ? "element 1" : "elements 1-" + p.matched()).append(" of ").append(p.elements().size())
        .append(p.matched() == 1 ? " matches" : " match");
    if (p.endToken() > p.startToken()) {
      int from = tokens.get(p.startToken()).start();
      int to = tokens.get(p.endToken() - 1).end();
      sb.append(String.format(Locale.ROOT, " \"%s\" [%d,%d)", oneLine(text.substring(from, to)), from, to));
    }
    if (p.complete()) {
      sb.append("; the whole pattern matches here, but the rule's matches (leftmost first, never overlapping) took other words");
    } else {
      sb.append("; element ").append(p.matched() + 1).append(' ').append(shortened(p.failed().described(), 90)).append(" does not match ")
          .append(p.endToken() < tokens.size() ? TokenText.of(tokens.get(p.endToken()), classes[p.endToken()]) : "at the end of the sentence");
    }
    if (p.alternatives() > 1) {
      sb.append(" (alternative ").append(p.alternative() + 1).append(" of ").append(p.alternatives()).append(')');
    }
    return sb.toString();
  }

  /** The candidates there that a record stage dropped, then its other decisions there. */
  private static String decisionsHere(Extraction x, Phrase phrase) {
    List<Decision> here = x.decisions().stream().filter(d -> d.overlaps(phrase.start(), phrase.end())).toList();
    StringBuilder sb = new StringBuilder();
    List<Decision> dropped = here.stream().filter(d -> d.kind() == Decision.Kind.DROPPED).toList();
    sb.append("dropped by the record stages here").append(dropped.isEmpty() ? ": nothing\n" : ":\n");
    dropped.forEach(d -> sb.append("  ").append(d.type()).append(' ').append(x.describe(d)).append('\n'));
    List<Decision> others = here.stream().filter(d -> d.kind() != Decision.Kind.DROPPED).toList();
    if (!others.isEmpty()) {
      sb.append("other record-stage decisions here:\n");
      others.forEach(d -> sb.append("  ").append(d.type()).append(' ').append(x.describe(d)).append('\n'));
    }
    return sb.toString();
  }

  /** A long element (a whole alternation) cut to a readable length. */
  private static String shortened(String element, int length) {
    return element.length() <= length ? element : element.substring(0, length - 2) + " …";
  }

  private static boolean overlaps(RuleMatch m, Phrase phrase) {
    return m.span().start() < phrase.end() && phrase.start() < m.span().end();
  }

  private static int firstToken(Sentence s, Phrase phrase) {
    List<Token> tokens = s.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).end() > phrase.start()) {
        return i;
      }
    }
    return tokens.size() - 1;
  }

  private static int endToken(Sentence s, Phrase phrase) {
    List<Token> tokens = s.tokens();
    int end = firstToken(s, phrase) + 1;
    while (end < tokens.size() && tokens.get(end).start() < phrase.end()) {
      end++;
    }
    return end;
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
