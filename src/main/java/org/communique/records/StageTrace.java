package org.communique.records;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.communique.rules.TokenSpan;

/**
 * The record stages' side of a {@link Trace}: one-line calls that place a decision at a candidate
 * or at an item's first mention. Texts come as suppliers, or as strings that are constants or built
 * under {@link #on()}, so that nothing is built when tracing is off.
 */
final class StageTrace {
  private final Trace trace;

  StageTrace(Trace trace) {
    this.trace = trace;
  }

  boolean on() {
    return trace.enabled();
  }

  /** A decision about an item being assembled, placed at its first mention. */
  void item(String type, Decision.Kind kind, Item item, Supplier<String> what) {
    if (trace.enabled()) {
      record(type, kind, item, what.get());
    }
  }

  /** The same with the text at hand (a constant, or built under {@link #on()}). */
  void item(String type, Decision.Kind kind, Item item, String what) {
    if (trace.enabled()) {
      record(type, kind, item, what);
    }
  }

  /** An attribute an item was given: {@code value}, and how it was found; nothing when the value is null. */
  void set(String type, Decision.Kind kind, Item item, String value, Supplier<String> how) {
    if (trace.enabled() && value != null) {
      record(type, kind, item, value + ": " + how.get());
    }
  }

  /** The same with the text at hand (a constant, or built under {@link #on()}). */
  void set(String type, Decision.Kind kind, Item item, String value, String how) {
    if (trace.enabled() && value != null) {
      record(type, kind, item, value + ": " + how);
    }
  }

  /** A decision about a candidate of {@code rule} at {@code span}. */
  void at(String type, Decision.Kind kind, String name, String rule, TokenSpan span, Supplier<String> what) {
    if (trace.enabled()) {
      trace.decision(new Decision(type, kind, name, rule, span.start(), span.end(), what.get()));
    }
  }

  /** {@code drop}, unchanged; when true, the item is recorded as dropped for {@code why}. */
  boolean dropped(boolean drop, String type, Item item, Supplier<String> why) {
    if (drop) {
      item(type, Decision.Kind.DROPPED, item, why);
    }
    return drop;
  }

  /**
   * The candidates of {@code all} that {@code kept} (the longest of overlapping ones) left out, each
   * dropped for the kept one it overlaps.
   */
  <T> void shadowed(String type, List<T> all, List<T> kept, Function<T, TokenSpan> spanOf, Function<T, String> ruleOf) {
    if (!trace.enabled()) {
      return;
    }
    for (T c : all) {
      if (kept.contains(c)) {
        continue;
      }
      TokenSpan s = spanOf.apply(c);
      T winner = kept.stream().filter(k -> spanOf.apply(k).overlaps(s)).findFirst().orElse(null);
      at(type, Decision.Kind.DROPPED, s.text(), ruleOf.apply(c), s, () -> winner == null ? "overlaps a longer candidate, which is kept"
          : "overlaps the longer \"" + spanOf.apply(winner).text() + "\" (" + ruleOf.apply(winner) + "), which is kept");
    }
  }

  /** {@code actor}, unchanged: a commitment's subject resolved to it, for {@code how}. */
  String actor(TokenSpan subject, String actor, String how) {
    if (trace.enabled()) {
      trace.decision(new Decision(Decision.COMMITMENTS, Decision.Kind.ACTOR, actor, null, subject.start(), subject.end(),
          "\"" + subject.text() + "\" → \"" + actor + "\": " + how));
    }
    return actor;
  }

  private void record(String type, Decision.Kind kind, Item item, String what) {
    TokenSpan first = item.spans.isEmpty() ? null : item.spans.get(0);
    trace.decision(new Decision(type, kind, item.name, item.rule, first == null ? -1 : first.start(), first == null ? -1 : first.end(), what));
  }
}
