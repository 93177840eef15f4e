package org.communique.pipeline;

import java.util.List;
import java.util.Map;
import org.communique.output.DocumentError;

/**
 * What an extract run did.
 *
 * @param documents  statements in the corpus
 * @param succeeded  statements with a record after the run
 * @param errors     statements that failed, with the reason
 * @param removed    records removed because their statement left the corpus
 * @param itemsByType items per type over all records
 * @param tokens     tokens of the documents processed in this run
 * @param seconds    wall time of the run
 * @param added      documents processed for the first time
 * @param changed    documents whose record was made again (text, rules or NLP settings changed)
 * @param unchanged  documents whose record was kept
 * @param rematched  of those, documents whose edited rules ran again and left every match as it was
 * @param annotated  documents run through OpenNLP and CoreNLP (the others came from the cache)
 * @param modelsLoaded whether the NLP models were loaded at all
 */
public record RunSummary(
    int documents,
    int succeeded,
    List<DocumentError> errors,
    List<String> removed,
    Map<String, Integer> itemsByType,
    long tokens,
    double seconds,
    int added,
    int changed,
    int unchanged,
    int rematched,
    int annotated,
    boolean modelsLoaded) {

  public double tokensPerSecond() {
    return seconds > 0 ? tokens / seconds : 0;
  }

  public int processed() {
    return added + changed + rematched;
  }
}
