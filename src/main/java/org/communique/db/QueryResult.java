package org.communique.db;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The columns and rows a query returned. A value is a String, a Long, a Double or null (SQL NULL). */
public record QueryResult(List<String> columns, List<List<Object>> rows) {
  public QueryResult {
    columns = List.copyOf(columns);
    List<List<Object>> copy = new ArrayList<>(rows.size());
    rows.forEach(r -> copy.add(Collections.unmodifiableList(new ArrayList<>(r))));
    rows = Collections.unmodifiableList(copy);
  }

  /** Whether every value of the column that is not null is a number (such columns are right-aligned). */
  public boolean numeric(int column) {
    boolean any = false;
    for (List<Object> row : rows) {
      Object v = row.get(column);
      if (v != null) {
        if (!(v instanceof Number)) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }
}
