package org.communique.records;

import java.util.ArrayList;
import java.util.List;

/** A trace that keeps every decision of one record's assembly, in the order they were taken. */
public final class DecisionLog implements Trace {
  private final List<Decision> decisions = new ArrayList<>();

  @Override
  public boolean enabled() {
    return true;
  }

  @Override
  public void decision(Decision decision) {
    decisions.add(decision);
  }

  public List<Decision> decisions() {
    return List.copyOf(decisions);
  }
}
