package org.communique.nlp;

import java.time.Duration;

/** A per-document time limit, checked between sentences by the NLP and rule stages. */
public final class Deadline {
  /** A document took longer than its limit. */
  public static final class Exceeded extends RuntimeException {
    Exceeded(Duration limit) {
      super("took longer than the limit of " + limit.toSeconds() + " s (see --doc-timeout)");
    }
  }

  public static final Deadline NONE = new Deadline(Duration.ZERO, Long.MAX_VALUE);

  private final Duration limit;
  private final long endNanos;

  private Deadline(Duration limit, long endNanos) {
    this.limit = limit;
    this.endNanos = endNanos;
  }

  /** A deadline {@code limit} from now; a zero or negative limit means none. */
  public static Deadline after(Duration limit) {
    return limit.isZero() || limit.isNegative() ? NONE : new Deadline(limit, System.nanoTime() + limit.toNanos());
  }

  public void check() {
    if (endNanos != Long.MAX_VALUE && System.nanoTime() - endNanos > 0) {
      throw new Exceeded(limit);
    }
  }
}
