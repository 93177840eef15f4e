package org.communique.db;

import java.util.ArrayList;
import java.util.List;

/**
 * A query's rows as an aligned text table for people: the header, a separator, the rows, and a
 * count. Columns are separated by {@code " | "}; numbers are right-aligned; SQL NULL is shown as
 * {@code NULL} (an empty string as nothing); line breaks and tabs inside a value are shown as
 * {@code \n}, {@code \r}, {@code \t} so that every row stays on one line. Widths count code points.
 */
public final class TextTable {
  public static final String NULL = "NULL";

  private TextTable() {}

  public static String render(QueryResult result) {
    int n = result.columns().size();
    if (n == 0) {
      return "";
    }
    List<List<String>> cells = new ArrayList<>();
    for (List<Object> row : result.rows()) {
      List<String> line = new ArrayList<>(n);
      row.forEach(v -> line.add(v == null ? NULL : oneLine(v.toString())));
      cells.add(line);
    }
    int[] width = new int[n];
    boolean[] right = new boolean[n];
    for (int c = 0; c < n; c++) {
      width[c] = length(oneLine(result.columns().get(c)));
      right[c] = result.numeric(c);
      for (List<String> line : cells) {
        width[c] = Math.max(width[c], length(line.get(c)));
      }
    }
    StringBuilder out = new StringBuilder();
    List<String> header = result.columns().stream().map(TextTable::oneLine).toList();
    appendLine(out, header, width, new boolean[n]);
    List<String> rule = new ArrayList<>(n);
    for (int c = 0; c < n; c++) {
      rule.add("-".repeat(width[c]));
    }
    out.append(String.join("-+-", rule)).append('\n');
    for (List<String> line : cells) {
      appendLine(out, line, width, right);
    }
    int rows = result.rows().size();
    out.append('(').append(rows).append(rows == 1 ? " row)" : " rows)").append('\n');
    return out.toString();
  }

  private static void appendLine(StringBuilder out, List<String> values, int[] width, boolean[] right) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < values.size(); c++) {
      if (c > 0) {
        line.append(" | ");
      }
      String pad = " ".repeat(width[c] - length(values.get(c)));
      line.append(right[c] ? pad + values.get(c) : values.get(c) + pad);
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }

  private static String oneLine(String value) {
    return value.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
  }

  private static int length(String s) {
    return s.codePointCount(0, s.length());
  }
}
