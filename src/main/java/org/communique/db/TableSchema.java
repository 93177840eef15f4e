package org.communique.db;

import java.util.List;
import java.util.stream.Collectors;

/** The name and columns of one table of the database, and the SQL that creates, fills and indexes it. */
public record TableSchema(String name, List<Column> columns) {
  public TableSchema {
    columns = List.copyOf(columns);
  }

  public static TableSchema of(String name, Column... columns) {
    return new TableSchema(name, List.of(columns));
  }

  public List<String> columnNames() {
    return columns.stream().map(Column::name).toList();
  }

  String createSql() {
    return "CREATE TABLE " + quote(name) + " (" + columns.stream().map(Column::sql).collect(Collectors.joining(", ")) + ")";
  }

  String insertSql() {
    return "INSERT INTO " + quote(name) + " VALUES (" + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
  }

  /** One index per id or doc_id column. */
  List<String> indexSql() {
    return columns.stream().filter(Column::indexed)
        .map(c -> "CREATE INDEX " + quote(name + "_" + c.name()) + " ON " + quote(name) + " (" + quote(c.name()) + ")")
        .toList();
  }

  static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }
}
