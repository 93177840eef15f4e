package org.communique.db;

import java.io.IOException;
import java.util.List;

/**
 * CSV as RFC 4180 writes it: records end with CRLF, a field holding a comma, a double quote, CR
 * or LF is put in double quotes with its double quotes doubled. SQL NULL is an empty field and
 * an empty string a quoted empty field ({@code ""}), so that the two stay apart.
 */
public final class Csv {
  public static final String RECORD_END = "\r\n";

  private Csv() {}

  public static String render(QueryResult result) {
    StringBuilder out = new StringBuilder();
    try {
      write(out, result);
    } catch (IOException e) {
      throw new IllegalStateException(e); // a StringBuilder does not fail
    }
    return out.toString();
  }

  /** The header record and every row. */
  public static void write(Appendable out, QueryResult result) throws IOException {
    if (result.columns().isEmpty()) {
      return;
    }
    record(out, List.copyOf(result.columns()));
    for (List<Object> row : result.rows()) {
      record(out, row);
    }
  }

  private static void record(Appendable out, List<?> values) throws IOException {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(field(values.get(i)));
    }
    out.append(RECORD_END);
  }

  static String field(Object value) {
    if (value == null) {
      return "";
    }
    String s = value.toString();
    if (s.isEmpty() || s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\r') >= 0 || s.indexOf('\n') >= 0) {
      return '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }
}
