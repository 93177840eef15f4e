package org.communique.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.sqlite.SQLiteConfig;

/** A database file opened read-only: queries can read it, never change it. */
public final class ReadOnlyDatabase implements AutoCloseable {
  private final Connection connection;

  private ReadOnlyDatabase(Connection connection) {
    this.connection = connection;
  }

  /** Opens {@code file}; a file that is not there is a {@link MissingDatabaseException} (SQLite would create it). */
  public static ReadOnlyDatabase open(Path file) throws SQLException {
    if (!Files.isRegularFile(file)) {
      throw new MissingDatabaseException(file);
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    return new ReadOnlyDatabase(config.createConnection("jdbc:sqlite:" + file.toAbsolutePath()));
  }

  /** Runs one SQL statement and returns its rows (none for a statement that returns no rows). */
  public QueryResult query(String sql) throws SQLException {
    try {
      return run(sql);
    } catch (SQLException e) {
      throw new SQLException(readable(e), e.getSQLState(), e.getErrorCode(), e);
    }
  }

  private QueryResult run(String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      if (!statement.execute(sql)) {
        return new QueryResult(List.of(), List.of());
      }
      try (ResultSet rs = statement.getResultSet()) {
        ResultSetMetaData meta = rs.getMetaData();
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          columns.add(meta.getColumnLabel(i));
        }
        List<List<Object>> rows = new ArrayList<>();
        while (rs.next()) {
          List<Object> row = new ArrayList<>(columns.size());
          for (int i = 1; i <= columns.size(); i++) {
            row.add(value(rs.getObject(i)));
          }
          rows.add(row);
        }
        return new QueryResult(columns, rows);
      }
    }
  }

  /** The tables of the database, by name. */
  public List<String> tableNames() throws SQLException {
    List<String> names = new ArrayList<>();
    for (List<Object> row : query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").rows()) {
      names.add((String) row.get(0));
    }
    return names;
  }

  /** Every row of a table, in the order it was written. */
  public QueryResult table(String name) throws SQLException {
    return query("SELECT * FROM " + TableSchema.quote(name) + " ORDER BY rowid");
  }

  /** SQLite's own words: "no such table: x" out of "[SQLITE_ERROR] SQL error or missing database (no such table: x)". */
  static String readable(SQLException e) {
    String message = String.valueOf(e.getMessage());
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?s)^\\[\\w+\\][^(]*\\((.*)\\)$").matcher(message);
    return m.matches() ? m.group(1) : message;
  }

  private static Object value(Object v) {
    if (v == null || v instanceof String || v instanceof Double) {
      return v;
    }
    if (v instanceof Number n) {
      return n.longValue();
    }
    if (v instanceof byte[] bytes) {
      return "x'" + HexFormat.of().formatHex(bytes) + "'";
    }
    return v.toString();
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
