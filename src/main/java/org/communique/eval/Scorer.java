package org.communique.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.stream.Stream;

/**
 * The contract's metric (contract/RECORDS.md, the same figures as tools/score.py): one-to-one
 * greedy matching per document and type, optional gold first; micro precision, recall and F1 per
 * type; their mean as macro F1; attribute accuracy on matched pairs.
 */
public final class Scorer {
  /** A matched pair. */
  public record Pair(JsonNode pred, JsonNode gold) {}

  /** One document and type: counts, pairs, false alarms and misses. */
  public record DocMatch(int tp, int fp, int fn, List<Pair> pairs, List<JsonNode> falseAlarms, List<JsonNode> misses) {}

  /** Counts of one type. */
  public record Counts(int tp, int fp, int fn) {
    public double precision() {
      return tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 0.0 : (double) tp / (tp + fn);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    Counts plus(DocMatch m) {
      return new Counts(tp + m.tp(), fp + m.fp(), fn + m.fn());
    }
  }

  /** An error line: what went wrong where, with the sentence it is in. */
  public record ErrorLine(String docId, String type, String kind, String message, String sentence) {}

  /** The whole evaluation. */
  public record Report(int documents, Map<String, Counts> types, Map<String, int[]> attributes, List<ErrorLine> errors) {
    public double macroF1() {
      return types.values().stream().mapToDouble(Counts::f1).sum() / types.size();
    }
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper GOLD_READER = new com.fasterxml.jackson.databind.ObjectMapper();

  private Scorer() {}

  public static DocMatch match(String type, List<JsonNode> preds, List<JsonNode> golds, String text) {
    BiPredicate<JsonNode, JsonNode> same = Matching.matcher(type, text);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < golds.size(); i++) {
      if (optional(golds.get(i))) {
        order.add(i);
      }
    }
    for (int i = 0; i < golds.size(); i++) {
      if (!optional(golds.get(i))) {
        order.add(i);
      }
    }
    List<Integer> predLeft = new ArrayList<>();
    for (int i = 0; i < preds.size(); i++) {
      predLeft.add(i);
    }
    boolean[] used = new boolean[golds.size()];
    List<Pair> pairs = new ArrayList<>();
    for (int gi : order) {
      for (int k = 0; k < predLeft.size(); k++) {
        int pi = predLeft.get(k);
        if (same.test(preds.get(pi), golds.get(gi))) {
          used[gi] = true;
          predLeft.remove(k);
          pairs.add(new Pair(preds.get(pi), golds.get(gi)));
          break;
        }
      }
    }
    List<Pair> counted = pairs.stream().filter(p -> !optional(p.gold())).toList();
    List<JsonNode> fps = predLeft.stream().map(preds::get).toList();
    List<JsonNode> fns = new ArrayList<>();
    for (int i = 0; i < golds.size(); i++) {
      if (!used[i] && !optional(golds.get(i))) {
        fns.add(golds.get(i));
      }
    }
    return new DocMatch(counted.size(), fps.size(), fns.size(), counted, fps, fns);
  }

  static boolean optional(JsonNode gold) {
    JsonNode o = gold.get("optional");
    return o != null && o.asBoolean(false);
  }

  public static List<JsonNode> items(JsonNode record, String type) {
    List<JsonNode> out = new ArrayList<>();
    if (record != null && record.has(type) && record.get(type).isArray()) {
      record.get(type).forEach(out::add);
    }
    return out;
  }

  public static Report score(Path goldDir, Path corpus, Path pred) throws IOException {
    return score(goldDir, corpus, Records.load(pred));
  }

  public static Report score(Path goldDir, Path corpus, Map<String, JsonNode> preds) throws IOException {
    Map<String, Counts> counts = new LinkedHashMap<>();
    Map<String, int[]> attrs = new LinkedHashMap<>();
    for (String t : Records.TYPES) {
      counts.put(t, new Counts(0, 0, 0));
      for (String a : Matching.attributes(t).keySet()) {
        attrs.put(t + "." + a, new int[2]);
      }
    }
    List<ErrorLine> errors = new ArrayList<>();
    List<Path> goldFiles;
    try (Stream<Path> s = Files.list(goldDir)) {
      goldFiles = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    }
    for (Path f : goldFiles) {
      JsonNode gold = GOLD_READER.readTree(f.toFile());
      String doc = gold.get("doc_id").asText();
      String text = Records.text(corpus, doc);
      JsonNode pred = preds.get(doc);
      for (String t : Records.TYPES) {
        DocMatch m = match(t, items(pred, t), items(gold, t), text);
        counts.put(t, counts.get(t).plus(m));
        for (Pair p : m.pairs()) {
          for (var a : Matching.attributes(t).entrySet()) {
            int[] c = attrs.get(t + "." + a.getKey());
            c[1]++;
            if (a.getValue().test(p.pred(), p.gold())) {
              c[0]++;
            } else {
              errors.add(new ErrorLine(doc, t, "ATTR", a.getKey() + ": got " + show(p.pred().get(a.getKey()))
                  + " want " + show(p.gold().get(a.getKey())) + " (" + label(p.gold()) + ")", Sentences.around(text, Matching.spans(p.pred()))));
            }
          }
        }
        for (JsonNode p : m.falseAlarms()) {
          errors.add(new ErrorLine(doc, t, "FALSE", label(p), Sentences.around(text, Matching.spans(p))));
        }
        for (JsonNode g : m.misses()) {
          int[] gs = t.equals("commitments") ? Matching.goldSpan(g, text) : firstOccurrence(g, text);
          errors.add(new ErrorLine(doc, t, "MISS", label(g), gs == null ? "" : Sentences.around(text, List.of(gs))));
        }
      }
    }
    return new Report(goldFiles.size(), counts, attrs, errors);
  }

  private static int[] firstOccurrence(JsonNode gold, String text) {
    String name = Matching.str(gold, "name") != null ? Matching.str(gold, "name") : Matching.str(gold, "text");
    int i = name == null ? -1 : text.indexOf(name);
    return i < 0 ? null : new int[] {i, i + name.length()};
  }

  static String label(JsonNode item) {
    String name = Matching.str(item, "name");
    String text = Matching.str(item, "text");
    String action = Matching.str(item, "action");
    String l = "'" + (name != null ? name : text) + "'";
    return action != null ? l + " " + action : l;
  }

  private static String show(JsonNode v) {
    return v == null || v.isNull() ? "None" : v.isTextual() ? "'" + v.asText() + "'" : v.toString();
  }

  /** Python's round(x, n): correctly rounded, half to even, on the exact binary value. */
  public static double round(double x, int places) {
    return new BigDecimal(x).setScale(places, RoundingMode.HALF_EVEN).doubleValue();
  }

  private static String fixed(double x, int places) {
    return new BigDecimal(x).setScale(places, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** The reference scorer's table. */
  public static String table(Report r, boolean withErrors) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%-12s %6s %6s %6s   tp   fp   fn%n", "type", "P", "R", "F1"));
    for (var e : r.types().entrySet()) {
      Counts c = e.getValue();
      sb.append(String.format(Locale.ROOT, "%-12s %6s %6s %6s %4d %4d %4d%n", e.getKey(),
          fixed(round(c.precision(), 4), 3), fixed(round(c.recall(), 4), 3), fixed(round(c.f1(), 4), 3), c.tp(), c.fp(), c.fn()));
    }
    sb.append("attribute accuracy on matched pairs:\n");
    for (var e : r.attributes().entrySet()) {
      int[] c = e.getValue();
      String acc = c[1] == 0 ? "-" : fixed(round((double) c[0] / c[1], 4), 3);
      sb.append(String.format(Locale.ROOT, "  %-22s %6s (%d/%d)%n", e.getKey(), acc, c[0], c[1]));
    }
    if (withErrors) {
      for (ErrorLine e : r.errors()) {
        sb.append(e.docId()).append(' ').append(e.type()).append(' ').append(e.kind()).append(": ").append(e.message()).append('\n');
        if (!e.sentence().isEmpty()) {
          sb.append("    | ").append(e.sentence()).append('\n');
        }
      }
    }
    sb.append(String.format(Locale.ROOT, "macro F1: %s over %d documents%n", fixed(round(r.macroF1(), 4), 4), r.documents()));
    return sb.toString();
  }

  /** The reference scorer's --json structure. */
  public static ObjectNode json(Report r) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    root.put("documents", r.documents());
    ObjectNode types = root.putObject("types");
    for (var e : r.types().entrySet()) {
      Counts c = e.getValue();
      ObjectNode t = types.putObject(e.getKey());
      t.put("tp", c.tp());
      t.put("fp", c.fp());
      t.put("fn", c.fn());
      t.put("precision", round(c.precision(), 4));
      t.put("recall", round(c.recall(), 4));
      t.put("f1", round(c.f1(), 4));
    }
    ObjectNode attrs = root.putObject("attributes");
    for (var e : r.attributes().entrySet()) {
      ObjectNode a = attrs.putObject(e.getKey());
      a.put("correct", e.getValue()[0]);
      a.put("pairs", e.getValue()[1]);
      if (e.getValue()[1] == 0) {
        a.putNull("accuracy");
      } else {
        a.put("accuracy", round((double) e.getValue()[0] / e.getValue()[1], 4));
      }
    }
    root.put("macro_f1", round(r.macroF1(), 4));
    return root;
  }
}
