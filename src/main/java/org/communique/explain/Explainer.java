package org.communique.explain;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.communique.eval.GoldSet;
import org.communique.eval.Matching;
import org.communique.eval.Records;
import org.communique.eval.Scorer;
import org.communique.nlp.AnnotatedDocument;
import org.communique.nlp.Sentence;
import org.communique.output.JsonFiles;
import org.communique.pipeline.Extractor;
import org.communique.records.Decision;
import org.communique.rules.RuleMatch;
import org.communique.rules.TokenSpan;

/**
 * {@code explain}: where an item of a record comes from. The record is assembled afresh from the
 * document's annotations with the current rules; for each item asked for it shows the item, its
 * rule, and at each mention the matches of that rule there, with the tokens they cover (word, POS,
 * NER, gazetteer classes) and their slots; then the other rules that matched at the mention, how
 * the item fares against gold, and the record stages' decisions that shaped it, in the order they
 * were taken.
 */
public final class Explainer {
  private final Extractor extractor;

  public Explainer(Extractor extractor) {
    this.extractor = extractor;
  }

  /** An item of the record and its type. */
  public record Found(String type, JsonNode item) {}

  /**
   * The items named {@code query} (name, alias or date text, as the scorer normalises them), and
   * the commitments whose action it is; when none, the commitments whose clause contains it.
   */
  public static List<Found> byName(JsonNode record, String query) {
    String q = Matching.norm(query);
    List<Found> out = new ArrayList<>();
    for (String type : Records.TYPES) {
      for (JsonNode item : Scorer.items(record, type)) {
        boolean hit = type.equals("commitments") ? q.equals(Matching.norm(item.path("action").asText())) : Matching.names(item).contains(q);
        if (hit) {
          out.add(new Found(type, item));
        }
      }
    }
    if (out.isEmpty()) {
      for (JsonNode item : Scorer.items(record, "commitments")) {
        if (Matching.norm(item.path("text").asText()).contains(q)) {
          out.add(new Found("commitments", item));
        }
      }
    }
    return out;
  }

  /** The rule families whose matches can make items of a type. */
  static List<String> families(String type) {
    return switch (type) {
      case "groups" -> List.of("group");
      case "people" -> List.of("person");
      case "agencies" -> List.of("agency", "agency_list", "acronym");
      case "dates" -> List.of("date");
      default -> List.of("commitment");
    };
  }

  /** The items with a mention covering character {@code offset}. */
  public static List<Found> at(JsonNode record, int offset) {
    List<Found> out = new ArrayList<>();
    for (String type : Records.TYPES) {
      for (JsonNode item : Scorer.items(record, type)) {
        if (Matching.spans(item).stream().anyMatch(s -> s[0] <= offset && offset < s[1])) {
          out.add(new Found(type, item));
        }
      }
    }
    return out;
  }

  public Extraction extract(AnnotatedDocument doc) {
    return Extraction.of(extractor, doc);
  }

  /** The explanation of one item; {@code gold} may be null (no gold for the document). */
  public String explain(Extraction x, Found found, GoldSet.Doc gold) {
    StringBuilder sb = new StringBuilder();
    JsonNode item = found.item();
    String rule = item.path("rule").asText(null);
    sb.append(String.format(Locale.ROOT, "%s %s %s (rule %s)%n", x.doc().source().docId(), found.type(), label(item), rule));
    sb.append("  ").append(JsonFiles.line(item)).append('\n');
    sb.append("  against gold").append(gold == null ? "" : " (" + gold.split() + ")").append(": ").append(verdict(x, found, gold))
        .append('\n');
    List<int[]> spans = Matching.spans(item);
    for (int i = 0; i < spans.size(); i++) {
      int[] s = spans.get(i);
      Sentence sentence = sentenceAt(x.doc(), s[0]);
      sb.append(String.format(Locale.ROOT, "mention %d [%d,%d) \"%s\"%s%n", i + 1, s[0], s[1], x.doc().text().substring(s[0], s[1]),
          sentence == null ? "" : " in sentence #" + sentence.index()));
      List<RuleMatch> own = new ArrayList<>();
      List<RuleMatch> others = new ArrayList<>();
      for (RuleMatch m : x.matches()) {
        if (m.span().start() < s[1] && s[0] < m.span().end()) {
          if (m.ruleId().equals(rule)) {
            own.add(m);
          } else if (families(found.type()).contains(m.family())) {
            others.add(m);
          }
        }
      }
      if (own.isEmpty()) {
        sb.append("  no match of ").append(rule).append(" here: the record stage added this mention to the item ")
            .append("(same name, alias or acronym, or a reference back to it)\n");
      }
      for (RuleMatch m : own) {
        sb.append(matchLine(x, m, "  matched by "));
      }
      for (RuleMatch m : others) {
        sb.append(matchLine(x, m, "  also matched here: "));
      }
    }
    List<Decision> decisions = decisionsAbout(x, found);
    sb.append("record-stage decisions").append(decisions.isEmpty() ? ": none\n" : ", in order:\n");
    for (Decision d : decisions) {
      sb.append("  ").append(x.describe(d)).append('\n');
    }
    return sb.toString();
  }

  /**
   * The decisions about an item, in the order they were taken: those of its type taken at one of its
   * mentions or under one of its names; for a commitment, those taken on its clause and the
   * resolution of its actor (the last one to that actor at or before the clause: a clause of a second
   * verb, "... and support ...", lies after its subject).
   */
  static List<Decision> decisionsAbout(Extraction x, Found found) {
    JsonNode item = found.item();
    List<int[]> spans = Matching.spans(item);
    java.util.Set<String> names = found.type().equals("commitments") ? java.util.Set.of() : Matching.names(item);
    List<Decision> out = new ArrayList<>();
    for (Decision d : x.decisions()) {
      if (d.type().equals(found.type()) && (spans.stream().anyMatch(s -> d.overlaps(s[0], s[1])) || names.contains(Matching.norm(d.item())))) {
        out.add(d);
      }
    }
    if (found.type().equals("commitments") && !spans.isEmpty()) {
      String actor = item.path("actor").asText(null);
      int start = spans.get(0)[0];
      x.decisions().stream()
          .filter(d -> d.kind() == Decision.Kind.ACTOR && d.item().equals(actor) && d.start() >= 0 && d.start() <= start)
          .reduce((a, b) -> b.start() >= a.start() ? b : a)
          .filter(d -> !out.contains(d))
          .ifPresent(d -> out.add(0, d));
      out.sort(java.util.Comparator.comparingInt(x.decisions()::indexOf));
    }
    return out;
  }

  private String matchLine(Extraction x, RuleMatch m, String prefix) {
    StringBuilder sb = new StringBuilder(prefix).append(m.ruleId()).append(String.format(Locale.ROOT, " \"%s\" [%d,%d)",
        m.span().text(), m.span().start(), m.span().end()));
    m.slots().forEach((k, v) -> sb.append(' ').append(k).append("=\"").append(v.text()).append('"'));
    sb.append('\n').append("    tokens: ").append(tokens(x.doc(), m.span())).append('\n');
    return sb.toString();
  }

  /** The tokens of a span as {@code annotate} prints them: word/POS[/NER][/{gazetteer classes}]. */
  String tokens(AnnotatedDocument doc, TokenSpan span) {
    Sentence s = doc.sentences().get(span.sentence());
    return TokenText.of(s.tokens(), extractor.rules().gazetteers().classify(s.tokens()), span.firstToken(), span.endToken());
  }

  static Sentence sentenceAt(AnnotatedDocument doc, int offset) {
    for (Sentence s : doc.sentences()) {
      if (s.start() <= offset && offset < s.end()) {
        return s;
      }
    }
    return null;
  }

  private static String verdict(Extraction x, Found found, GoldSet.Doc gold) {
    if (gold == null) {
      return "no gold record for this document";
    }
    Scorer.DocMatch m = Scorer.match(found.type(), Scorer.items(x.record(), found.type()), Scorer.items(gold.gold(), found.type()),
        gold.text());
    for (Scorer.Pair p : m.pairs()) {
      if (p.pred() == found.item() || p.pred().equals(found.item())) {
        return "true positive, matches " + label(p.gold());
      }
    }
    for (JsonNode fa : m.falseAlarms()) {
      if (fa.equals(found.item())) {
        return "false alarm: no gold item of its type matches it";
      }
    }
    return "matches an optional gold item: counts neither way";
  }

  static String label(JsonNode item) {
    if (item.has("action")) {
      return item.path("action").asText() + ": \"" + item.path("text").asText() + "\"";
    }
    return "\"" + (item.has("name") ? item.path("name").asText() : item.path("text").asText()) + "\"";
  }
}
