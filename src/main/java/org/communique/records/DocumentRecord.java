package org.communique.records;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** Everything extracted from one statement, in the contract's shape. */
@JsonPropertyOrder({"doc_id", "statement_date", "statement_place", "groups", "people", "agencies", "dates", "commitments"})
public record DocumentRecord(
    @JsonProperty("doc_id") String docId,
    @JsonProperty("statement_date") String statementDate,
    @JsonProperty("statement_place") String statementPlace,
    List<Group> groups,
    List<Person> people,
    List<Agency> agencies,
    List<DateItem> dates,
    List<Commitment> commitments) {

  public int itemCount() {
    return groups.size() + people.size() + agencies.size() + dates.size() + commitments.size();
  }
}
