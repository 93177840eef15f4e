package org.communique.db;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * A table's rows ready to insert, sorted column by column (nulls first) so that the database
 * holds them in the same order on every build. A row's values are Strings, Longs or null.
 */
public record Table(TableSchema schema, List<List<Object>> rows) {
  private static final Comparator<List<Object>> ROW_ORDER = Table::compareRows;

  public Table {
    List<List<Object>> sorted = new ArrayList<>(rows.size());
    for (List<Object> row : rows) {
      if (row.size() != schema.columns().size()) {
        throw new IllegalArgumentException(schema.name() + ": row of " + row.size() + " values for "
            + schema.columns().size() + " columns: " + row);
      }
      sorted.add(Collections.unmodifiableList(new ArrayList<>(row)));
    }
    sorted.sort(ROW_ORDER);
    rows = Collections.unmodifiableList(sorted);
  }

  /** The rows sorted, each distinct row once (link tables, where one pair read twice is one link). */
  public static Table distinct(TableSchema schema, List<List<Object>> rows) {
    List<List<Object>> sorted = new Table(schema, rows).rows();
    List<List<Object>> unique = new ArrayList<>(sorted.size());
    for (List<Object> row : sorted) {
      if (unique.isEmpty() || compareRows(unique.get(unique.size() - 1), row) != 0) {
        unique.add(row);
      }
    }
    return new Table(schema, unique);
  }

  public static Table empty(TableSchema schema) {
    return new Table(schema, List.of());
  }

  /** A row of values that may be null (List.of refuses nulls). */
  public static List<Object> row(Object... values) {
    return Arrays.asList(values);
  }

  private static int compareRows(List<Object> a, List<Object> b) {
    for (int i = 0; i < a.size(); i++) {
      int c = compareValues(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private static int compareValues(Object a, Object b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : -1) : 1;
    }
    if (a instanceof Long x && b instanceof Long y) {
      return Long.compare(x, y);
    }
    return a.toString().compareTo(b.toString());
  }
}
