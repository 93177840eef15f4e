package org.communique.db;

/** A column of a database table: its name and whether it holds whole numbers (offsets) or text. */
public record Column(String name, boolean integer) {
  public static Column text(String name) {
    return new Column(name, false);
  }

  public static Column integer(String name) {
    return new Column(name, true);
  }

  /** The column as written in SQL: quoted, since some of our names (end, first, last) are SQL key words. */
  String sql() {
    return TableSchema.quote(name) + (integer ? " INTEGER" : " TEXT");
  }

  /** Entity ids and statement ids are what analysts join on: each such column gets an index. */
  boolean indexed() {
    return name.equals("id") || name.equals("doc_id") || name.endsWith("_id");
  }
}
