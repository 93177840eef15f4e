package org.communique.pipeline;

import java.util.List;
import java.util.Map;
import org.communique.output.DocumentError;

/** What an extract run did. */
public record RunSummary(
    int documents,
    int succeeded,
    List<DocumentError> errors,
    List<String> removed,
    Map<String, Integer> itemsByType,
    long tokens,
    double seconds) {

  public double tokensPerSecond() {
    return seconds > 0 ? tokens / seconds : 0;
  }
}
