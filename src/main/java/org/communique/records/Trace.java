package org.communique.records;

/**
 * Where the record stages report their decisions ({@link Decision}). Off by default: then the
 * stages build nothing to report (they ask {@link #enabled()} first, or hand over a supplier that
 * is never called), so the extract path does the same work as without tracing.
 */
public interface Trace {
  /** Tracing off: takes nothing, costs nothing. */
  Trace OFF = new Trace() {
    @Override
    public boolean enabled() {
      return false;
    }

    @Override
    public void decision(Decision decision) {}
  };

  /** Whether decisions are wanted; when false, {@link #decision} is never called. */
  boolean enabled();

  void decision(Decision decision);
}
