package org.communique.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.communique.eval.GoldSet;
import org.communique.eval.Matching;
import org.communique.eval.Records;
import org.communique.eval.RuleScores;
import org.communique.eval.Scorer;
import org.communique.eval.Sentences;

/**
 * Compares two runs record by record: items paired by type and identity (names and aliases for
 * groups, people and agencies; text for dates; action and overlapping place for commitments),
 * reported as added, removed or changed. With gold, each change is a fix or a break.
 */
public final class RecordDiffer {
  private final Path corpus;
  private final Path gold;
  private final java.util.function.Function<String, String> texts;
  private GoldSet goldSet;

  /** {@code gold} may be null. Texts are read from {@code corpus} as the scorer reads them. */
  public RecordDiffer(Path corpus, Path gold) {
    this.corpus = corpus;
    this.gold = gold;
    this.texts = doc -> Records.text(corpus, doc);
  }

  /**
   * Texts of documents from {@code texts}; gold (may be null) from a gold set, whose own texts
   * come first for its documents so that verdicts agree with the scorer.
   */
  public RecordDiffer(java.util.function.Function<String, String> texts, GoldSet gold) {
    this.corpus = null;
    this.gold = null;
    this.goldSet = gold;
    this.texts = doc -> gold != null && gold.get(doc) != null ? gold.get(doc).text() : texts.apply(doc);
  }

  public DiffReport diff(Map<String, JsonNode> oldRun, Map<String, JsonNode> newRun) throws IOException {
    if (goldSet == null && gold != null) {
      goldSet = GoldSet.of(gold, corpus);
    }
    Map<String, int[]> counts = new LinkedHashMap<>();
    Records.TYPES.forEach(t -> counts.put(t, new int[3]));
    List<Change> changes = new ArrayList<>();
    Set<String> docs = new TreeSet<>(oldRun.keySet());
    docs.addAll(newRun.keySet());
    int[] tally = new int[4];
    for (String doc : docs) {
      String text = texts.apply(doc);
      JsonNode goldRecord = goldRecord(doc);
      for (String type : Records.TYPES) {
        List<JsonNode> olds = Scorer.items(oldRun.get(doc), type);
        List<JsonNode> news = Scorer.items(newRun.get(doc), type);
        Set<JsonNode> oldTp = truePositives(type, olds, goldRecord, text);
        Set<JsonNode> newTp = truePositives(type, news, goldRecord, text);
        boolean[] newPaired = new boolean[news.size()];
        for (JsonNode o : olds) {
          int match = -1;
          for (int k = 0; k < news.size() && match < 0; k++) {
            if (!newPaired[k] && same(type, o, news.get(k))) {
              match = k;
            }
          }
          if (match < 0) {
            counts.get(type)[1]++;
            String verdict = goldRecord == null ? null : oldTp.contains(o) ? "break" : "fix";
            tally(tally, verdict, oldTp.contains(o), true);
            changes.add(new Change(doc, type, "removed", label(o), Matching.spans(o).isEmpty() ? null : str(o, "rule"),
                Sentences.around(text, Matching.spans(o)), null, verdict));
            continue;
          }
          newPaired[match] = true;
          JsonNode n = news.get(match);
          Map<String, String[]> attrs = changedAttributes(o, n);
          if (!attrs.isEmpty()) {
            counts.get(type)[2]++;
            String verdict = null;
            if (goldRecord != null && oldTp.contains(o) != newTp.contains(n)) {
              verdict = newTp.contains(n) ? "fix" : "break";
            }
            changes.add(new Change(doc, type, "changed", label(n), str(n, "rule"), Sentences.around(text, Matching.spans(n)),
                attrs, verdict));
          }
        }
        for (int k = 0; k < news.size(); k++) {
          if (!newPaired[k]) {
            JsonNode n = news.get(k);
            counts.get(type)[0]++;
            String verdict = goldRecord == null ? null : newTp.contains(n) ? "fix" : "break";
            tally(tally, verdict, newTp.contains(n), false);
            changes.add(new Change(doc, type, "added", label(n), str(n, "rule"), Sentences.around(text, Matching.spans(n)),
                null, verdict));
          }
        }
      }
    }
    Map<String, DiffReport.Counts> c = new LinkedHashMap<>();
    counts.forEach((t, v) -> c.put(t, new DiffReport.Counts(v[0], v[1], v[2])));
    List<String> onlyOld = oldRun.keySet().stream().filter(d -> !newRun.containsKey(d)).sorted().toList();
    List<String> onlyNew = newRun.keySet().stream().filter(d -> !oldRun.containsKey(d)).sorted().toList();
    DiffReport.GoldSummary goldSummary = null;
    if (goldSet != null) {
      RuleScores before = RuleScores.score(goldSet, oldRun);
      RuleScores after = RuleScores.score(goldSet, newRun);
      Map<String, double[]> f1 = new LinkedHashMap<>();
      for (String t : Records.TYPES) {
        f1.put(t, new double[] {Scorer.round(before.types().get(t).f1(), 4), Scorer.round(after.types().get(t).f1(), 4)});
      }
      f1.put("macro", new double[] {Scorer.round(before.macroF1(), 4), Scorer.round(after.macroF1(), 4)});
      goldSummary = new DiffReport.GoldSummary(tally[0], tally[1], tally[2], tally[3], f1);
    }
    return new DiffReport(c, onlyOld, onlyNew, changes, goldSummary);
  }

  /** tally: [tp gained, tp lost, fp added, fp removed]. */
  private static void tally(int[] tally, String verdict, boolean truePositive, boolean removed) {
    if (verdict == null) {
      return;
    }
    if (removed) {
      tally[truePositive ? 1 : 3]++;
    } else {
      tally[truePositive ? 0 : 2]++;
    }
  }

  private JsonNode goldRecord(String doc) {
    GoldSet.Doc d = goldSet == null ? null : goldSet.get(doc);
    return d == null ? null : d.gold();
  }

  private static Set<JsonNode> truePositives(String type, List<JsonNode> preds, JsonNode goldRecord, String text) {
    Set<JsonNode> out = Collections.newSetFromMap(new IdentityHashMap<>());
    if (goldRecord != null) {
      for (Scorer.Pair p : Scorer.match(type, preds, Scorer.items(goldRecord, type), text).pairs()) {
        out.add(p.pred());
      }
    }
    return out;
  }

  /** The same item in two runs. */
  static boolean same(String type, JsonNode a, JsonNode b) {
    return switch (type) {
      case "dates" -> Objects.equals(Matching.norm(str(a, "text")), Matching.norm(str(b, "text")));
      case "commitments" -> Objects.equals(str(a, "action"), str(b, "action"))
          && Matching.spans(a).stream().anyMatch(x -> Matching.spans(b).stream().anyMatch(y -> x[0] < y[1] && y[0] < x[1]));
      default -> {
        Set<String> n = Matching.names(a);
        n.retainAll(Matching.names(b));
        yield !n.isEmpty();
      }
    };
  }

  private static Map<String, String[]> changedAttributes(JsonNode o, JsonNode n) {
    Map<String, String[]> out = new LinkedHashMap<>();
    Set<String> fields = new TreeSet<>();
    o.fieldNames().forEachRemaining(fields::add);
    n.fieldNames().forEachRemaining(fields::add);
    for (String f : fields) {
      JsonNode a = o.get(f);
      JsonNode b = n.get(f);
      if (!Objects.equals(a, b)) {
        out.put(f, new String[] {show(f, a), show(f, b)});
      }
    }
    return out;
  }

  private static String show(String field, JsonNode v) {
    if (v == null) {
      return "(absent)";
    }
    if (v.isNull()) {
      return "null";
    }
    if (field.equals("mentions") && v.isArray()) {
      List<String> spans = new ArrayList<>();
      v.forEach(m -> spans.add(m.path("start").asInt() + "-" + m.path("end").asInt()));
      return String.join(",", spans);
    }
    return v.isTextual() ? v.asText() : v.toString();
  }

  static String label(JsonNode item) {
    if (item.has("action")) {
      return str(item, "action") + ": " + str(item, "text");
    }
    String name = str(item, "name");
    return name != null ? name : str(item, "text");
  }

  private static String str(JsonNode item, String field) {
    JsonNode v = item.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
