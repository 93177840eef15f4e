package org.communique.diff;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * Everything {@code diff} found.
 *
 * @param counts       per type: added, removed, changed
 * @param documentsOnlyOld doc_ids only in the old run
 * @param documentsOnlyNew doc_ids only in the new run
 * @param changes      every change, by document, type, change
 * @param gold         with gold: per type the F1 of the old and the new run, and the fix/break tallies
 */
@JsonPropertyOrder({"counts", "documents_only_old", "documents_only_new", "gold", "changes"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DiffReport(
    Map<String, Counts> counts,
    @JsonProperty("documents_only_old") List<String> documentsOnlyOld,
    @JsonProperty("documents_only_new") List<String> documentsOnlyNew,
    List<Change> changes,
    GoldSummary gold) {

  /** Per type: how many items were added, removed, changed. */
  public record Counts(int added, int removed, int changed) {}

  /** F1 per type before and after, and the new true and false positives the change brings. */
  @JsonPropertyOrder({"tp_gained", "tp_lost", "fp_added", "fp_removed", "f1"})
  public record GoldSummary(
      @JsonProperty("tp_gained") int tpGained,
      @JsonProperty("tp_lost") int tpLost,
      @JsonProperty("fp_added") int fpAdded,
      @JsonProperty("fp_removed") int fpRemoved,
      Map<String, double[]> f1) {}

  public boolean isEmpty() {
    return changes.isEmpty() && documentsOnlyOld.isEmpty() && documentsOnlyNew.isEmpty();
  }
}
