package org.communique.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The contract's metric broken down by the rule that produced each item ({@code eval --by-rule}):
 * the same one-to-one matching as {@link Scorer} (optional gold first; a prediction matched to an
 * optional gold item counts neither way), then every matched prediction is a true positive of its
 * rule and every unmatched one a false alarm of its rule; gold items nothing matched are false
 * negatives of their type (no rule produced them). Per type, the rules' TP and FP add up to the
 * type's TP and FP.
 */
public final class RuleScores {
  /** The rule of items that carry none. */
  public static final String NO_RULE = "(no rule)";

  /** One rule's items of one type: true positives and false alarms. */
  public record RuleCount(String type, String rule, int tp, int fp) {
    public double precision() {
      return tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
    }
  }

  /** A false alarm of a rule, with its sentence. */
  public record FalseAlarm(String docId, String type, String rule, String item, String sentence) {}

  /** The figures of one gold folder. */
  public record SplitScores(String name, int documents, Map<String, Scorer.Counts> types) {
    public double macroF1() {
      return types.values().stream().mapToDouble(Scorer.Counts::f1).sum() / types.size();
    }
  }

  /** Table order: most false alarms first, then rule name, then type. */
  public static final Comparator<RuleCount> BY_FALSE_ALARMS = Comparator.comparingInt(RuleCount::fp).reversed()
      .thenComparing(RuleCount::rule).thenComparing(RuleCount::type);
  /** Baseline order: type (contract order), then rule name. */
  static final Comparator<RuleCount> BY_TYPE = Comparator.<RuleCount>comparingInt(r -> Records.TYPES.indexOf(r.type()))
      .thenComparing(RuleCount::rule);

  private final List<String> gold;
  private final int documents;
  private final Map<String, Scorer.Counts> types;
  private final List<RuleCount> rules;
  private final List<SplitScores> splits;
  private final List<FalseAlarm> falseAlarms;

  private RuleScores(List<String> gold, int documents, Map<String, Scorer.Counts> types, List<RuleCount> rules,
      List<SplitScores> splits, List<FalseAlarm> falseAlarms) {
    this.gold = gold;
    this.documents = documents;
    this.types = types;
    this.rules = rules;
    this.splits = splits;
    this.falseAlarms = falseAlarms;
  }

  /** Scores predicted records (by doc_id) against every document of a gold set. */
  public static RuleScores score(GoldSet goldSet, Map<String, JsonNode> preds) {
    Map<String, Scorer.Counts> total = zero();
    Map<String, Map<String, Scorer.Counts>> bySplit = new LinkedHashMap<>();
    Map<String, Integer> docsBySplit = new LinkedHashMap<>();
    goldSet.splits().forEach(s -> {
      bySplit.put(s, zero());
      docsBySplit.put(s, 0);
    });
    Map<String, int[]> byRule = new TreeMap<>();
    List<FalseAlarm> alarms = new ArrayList<>();
    for (GoldSet.Doc doc : goldSet.docs().values()) {
      docsBySplit.merge(doc.split(), 1, Integer::sum);
      JsonNode pred = preds.get(doc.docId());
      for (String t : Records.TYPES) {
        Scorer.DocMatch m = Scorer.match(t, Scorer.items(pred, t), Scorer.items(doc.gold(), t), doc.text());
        total.put(t, total.get(t).plus(m));
        bySplit.get(doc.split()).put(t, bySplit.get(doc.split()).get(t).plus(m));
        for (Scorer.Pair p : m.pairs()) {
          byRule.computeIfAbsent(t + "\u0000" + rule(p.pred()), k -> new int[2])[0]++;
        }
        for (JsonNode fa : m.falseAlarms()) {
          byRule.computeIfAbsent(t + "\u0000" + rule(fa), k -> new int[2])[1]++;
          alarms.add(new FalseAlarm(doc.docId(), t, rule(fa), Scorer.label(fa), Sentences.around(doc.text(), Matching.spans(fa))));
        }
      }
    }
    List<RuleCount> rules = new ArrayList<>();
    byRule.forEach((key, c) -> {
      int cut = key.indexOf('\u0000');
      rules.add(new RuleCount(key.substring(0, cut), key.substring(cut + 1), c[0], c[1]));
    });
    rules.sort(BY_FALSE_ALARMS);
    List<SplitScores> splits = new ArrayList<>();
    bySplit.forEach((name, counts) -> splits.add(new SplitScores(name, docsBySplit.get(name), counts)));
    alarms.sort(Comparator.comparing(FalseAlarm::rule).thenComparing(FalseAlarm::docId));
    return new RuleScores(goldSet.splits(), goldSet.docs().size(), total, List.copyOf(rules), List.copyOf(splits), List.copyOf(alarms));
  }

  private static Map<String, Scorer.Counts> zero() {
    Map<String, Scorer.Counts> m = new LinkedHashMap<>();
    Records.TYPES.forEach(t -> m.put(t, new Scorer.Counts(0, 0, 0)));
    return m;
  }

  static String rule(JsonNode item) {
    String r = Matching.str(item, "rule");
    return r == null || r.isEmpty() ? NO_RULE : r;
  }

  public List<String> gold() {
    return gold;
  }

  public int documents() {
    return documents;
  }

  public Map<String, Scorer.Counts> types() {
    return types;
  }

  /** Every rule that produced an item of a type, most false alarms first. */
  public List<RuleCount> rules() {
    return rules;
  }

  public List<SplitScores> splits() {
    return splits;
  }

  public List<FalseAlarm> falseAlarms() {
    return falseAlarms;
  }

  public double macroF1() {
    return types.values().stream().mapToDouble(Scorer.Counts::f1).sum() / types.size();
  }

  static String fixed(double x, int places) {
    return new BigDecimal(x).setScale(places, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** The text table: rules by false alarms, the misses per type, the type figures, per split when there are several. */
  public String table(boolean withErrors) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "per rule, %d documents (%s); most false alarms first%n", documents, String.join(", ", gold)));
    int width = Math.max(30, rules.stream().mapToInt(r -> r.rule().length()).max().orElse(0));
    String row = "%-" + width + "s %-12s %5s %5s  %9s%n";
    sb.append(String.format(Locale.ROOT, row, "rule", "type", "tp", "fp", "precision"));
    for (RuleCount r : rules) {
      sb.append(String.format(Locale.ROOT, row, r.rule(), r.type(), r.tp(), r.fp(), fixed(Scorer.round(r.precision(), 4), 3)));
    }
    List<String> fns = new ArrayList<>();
    types.forEach((t, c) -> fns.add(t + " " + c.fn()));
    sb.append("gold items no rule produced (fn): ").append(String.join(", ", fns)).append('\n');
    sb.append(String.format(Locale.ROOT, "%n%-12s %6s %6s %6s %5s %5s %5s%n", "type", "P", "R", "F1", "tp", "fp", "fn"));
    for (var e : types.entrySet()) {
      Scorer.Counts c = e.getValue();
      sb.append(String.format(Locale.ROOT, "%-12s %6s %6s %6s %5d %5d %5d%n", e.getKey(), fixed(Scorer.round(c.precision(), 4), 3),
          fixed(Scorer.round(c.recall(), 4), 3), fixed(Scorer.round(c.f1(), 4), 3), c.tp(), c.fp(), c.fn()));
    }
    if (splits.size() > 1) {
      for (SplitScores s : splits) {
        sb.append(String.format(Locale.ROOT, "macro F1 %-16s %s over %d documents%n", s.name() + ":", fixed(Scorer.round(s.macroF1(), 4), 4),
            s.documents()));
      }
    }
    sb.append(String.format(Locale.ROOT, "macro F1: %s over %d documents%n", fixed(Scorer.round(macroF1(), 4), 4), documents));
    if (withErrors && !falseAlarms.isEmpty()) {
      sb.append("\nfalse alarms by rule:\n");
      String last = null;
      for (FalseAlarm f : falseAlarms) {
        if (!f.rule().equals(last)) {
          sb.append(f.rule()).append('\n');
          last = f.rule();
        }
        sb.append("  ").append(f.docId()).append(' ').append(f.type()).append(' ').append(f.item()).append('\n');
        if (!f.sentence().isEmpty()) {
          sb.append("    | ").append(f.sentence()).append('\n');
        }
      }
    }
    return sb.toString();
  }

  /** {@code eval --by-rule --json}: the figures, rules in table order; false alarms listed with {@code withErrors}. */
  public ObjectNode json(boolean withErrors) {
    ObjectNode root = json(rules);
    if (withErrors) {
      ArrayNode list = root.putArray("false_alarms");
      for (FalseAlarm f : falseAlarms) {
        ObjectNode o = list.addObject();
        o.put("rule", f.rule());
        o.put("doc", f.docId());
        o.put("type", f.type());
        o.put("item", f.item());
        o.put("sentence", f.sentence());
      }
    }
    return root;
  }

  /** The baseline ({@code output/scores.json}): the same figures, rules by type and name so that edits diff well. */
  public ObjectNode baselineJson() {
    List<RuleCount> ordered = new ArrayList<>(rules);
    ordered.sort(BY_TYPE);
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("about", "quality baseline of the committed dataset: written by 'eval --by-rule --write-baseline', "
        + "checked by 'verify' (fails when macro F1 or a rule's precision drops below it)");
    root.setAll(json(ordered));
    return root;
  }

  private ObjectNode json(List<RuleCount> ordered) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    ArrayNode g = root.putArray("gold");
    gold.forEach(g::add);
    root.put("documents", documents);
    root.put("macro_f1", Scorer.round(macroF1(), 4));
    root.set("types", types(types));
    ArrayNode list = root.putArray("rules");
    for (RuleCount r : ordered) {
      ObjectNode o = list.addObject();
      o.put("rule", r.rule());
      o.put("type", r.type());
      o.put("tp", r.tp());
      o.put("fp", r.fp());
      o.put("precision", Scorer.round(r.precision(), 4));
    }
    ObjectNode fn = root.putObject("fn");
    types.forEach((t, c) -> fn.put(t, c.fn()));
    ObjectNode sp = root.putObject("splits");
    for (SplitScores s : splits) {
      ObjectNode o = sp.putObject(s.name());
      o.put("documents", s.documents());
      o.put("macro_f1", Scorer.round(s.macroF1(), 4));
      o.set("types", types(s.types()));
    }
    return root;
  }

  private static ObjectNode types(Map<String, Scorer.Counts> counts) {
    ObjectNode types = JsonNodeFactory.instance.objectNode();
    counts.forEach((t, c) -> {
      ObjectNode o = types.putObject(t);
      o.put("tp", c.tp());
      o.put("fp", c.fp());
      o.put("fn", c.fn());
      o.put("precision", Scorer.round(c.precision(), 4));
      o.put("recall", Scorer.round(c.recall(), 4));
      o.put("f1", Scorer.round(c.f1(), 4));
    });
    return types;
  }
}
