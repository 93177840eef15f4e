package org.communique.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The quality half of {@code verify}: fresh figures against the committed baseline
 * ({@code output/scores.json}, written by {@code eval --by-rule --write-baseline}). It fails when
 * macro F1 or the precision of any rule in the baseline drops below its baseline value (beyond
 * {@link #TOLERANCE}), and when a rule without a baseline has precision below
 * {@link #NEW_RULE_FLOOR}. Figures are recomputed from the stored counts, not the rounded values.
 */
public final class QualityGate {
  /** Slack for floating-point noise only: one more false alarm anywhere is far above it. */
  public static final double TOLERANCE = 1e-9;
  /** A rule with no baseline fails when its precision is below this. */
  public static final double NEW_RULE_FLOOR = 0.5;

  /**
   * What the gate found.
   *
   * @param lines        one line per finding, failures first
   * @param failed       what failed: "macro F1" and rule names
   * @param improvements how many figures are above their baseline (the baseline could be raised)
   */
  public record Result(List<String> lines, List<String> failed, int improvements) {
    public boolean passed() {
      return failed.isEmpty();
    }
  }

  private QualityGate() {}

  public static Result check(JsonNode baseline, RuleScores fresh) {
    List<String> failures = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    int improvements = 0;
    double baseMacro = macro(baseline.path("types"));
    double macro = fresh.macroF1();
    if (macro < baseMacro - TOLERANCE) {
      failed.add("macro F1");
      failures.add(String.format(Locale.ROOT, "FAIL macro F1 %s < baseline %s", f4(macro), f4(baseMacro)));
    } else {
      improvements += macro > baseMacro + TOLERANCE ? 1 : 0;
      notes.add(String.format(Locale.ROOT, "ok   macro F1 %s (baseline %s)", f4(macro), f4(baseMacro)));
    }
    Map<String, int[]> base = new LinkedHashMap<>();
    for (JsonNode r : baseline.path("rules")) {
      base.put(key(r.path("type").asText(), r.path("rule").asText()), new int[] {r.path("tp").asInt(), r.path("fp").asInt()});
    }
    List<RuleScores.RuleCount> ordered = new ArrayList<>(fresh.rules());
    ordered.sort(RuleScores.BY_TYPE);
    Map<String, RuleScores.RuleCount> now = new LinkedHashMap<>();
    for (RuleScores.RuleCount r : ordered) {
      now.put(key(r.type(), r.rule()), r);
      int[] b = base.get(key(r.type(), r.rule()));
      String name = r.rule() + " (" + r.type() + ")";
      if (b == null) {
        if (r.precision() < NEW_RULE_FLOOR - TOLERANCE) {
          failed.add(r.rule());
          failures.add(String.format(Locale.ROOT, "FAIL new rule %s: precision %s %s < %.2f, the floor for rules without a baseline",
              name, f3(r.precision()), counts(r.tp(), r.fp()), NEW_RULE_FLOOR));
        } else {
          notes.add(String.format(Locale.ROOT, "new  rule %s: precision %s %s, no baseline yet", name, f3(r.precision()),
              counts(r.tp(), r.fp())));
        }
        continue;
      }
      double bp = precision(b[0], b[1]);
      if (r.precision() < bp - TOLERANCE) {
        failed.add(r.rule());
        failures.add(String.format(Locale.ROOT, "FAIL rule %s: precision %s %s < baseline %s %s", name, f3(r.precision()),
            counts(r.tp(), r.fp()), f3(bp), counts(b[0], b[1])));
      } else if (r.precision() > bp + TOLERANCE) {
        improvements++;
      }
    }
    base.forEach((k, b) -> {
      if (!now.containsKey(k)) {
        int cut = k.indexOf('\u0000');
        notes.add(String.format(Locale.ROOT, "gone rule %s (%s) produces no item now (baseline %s)", k.substring(cut + 1),
            k.substring(0, cut), counts(b[0], b[1])));
      }
    });
    List<String> lines = new ArrayList<>(failures);
    lines.addAll(notes);
    return new Result(lines, failed, improvements);
  }

  private static String key(String type, String rule) {
    return type + "\u0000" + rule;
  }

  private static double precision(int tp, int fp) {
    return tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
  }

  /** Macro F1 recomputed from the baseline's counts per type. */
  static double macro(JsonNode types) {
    double sum = 0;
    for (String t : Records.TYPES) {
      JsonNode c = types.path(t);
      sum += new Scorer.Counts(c.path("tp").asInt(), c.path("fp").asInt(), c.path("fn").asInt()).f1();
    }
    return sum / Records.TYPES.size();
  }

  private static String counts(int tp, int fp) {
    return "(" + tp + " tp, " + fp + " fp)";
  }

  private static String f3(double x) {
    return RuleScores.fixed(Scorer.round(x, 4), 3);
  }

  private static String f4(double x) {
    return RuleScores.fixed(Scorer.round(x, 4), 4);
  }
}
