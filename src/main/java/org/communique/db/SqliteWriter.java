package org.communique.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import org.sqlite.SQLiteConfig;

/** Writes tables into a new SQLite file: creates them, inserts their rows in order in one transaction, then indexes. */
final class SqliteWriter {
  private SqliteWriter() {}

  static void write(Path file, List<Table> tables) throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    // a file that is moved into place when complete needs no journal of its own
    config.setJournalMode(SQLiteConfig.JournalMode.OFF);
    config.setSynchronous(SQLiteConfig.SynchronousMode.OFF);
    try (Connection db = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
      db.setAutoCommit(false);
      try (Statement ddl = db.createStatement()) {
        for (Table t : tables) {
          ddl.execute(t.schema().createSql());
        }
      }
      for (Table t : tables) {
        insert(db, t);
      }
      try (Statement ddl = db.createStatement()) {
        for (Table t : tables) {
          for (String index : t.schema().indexSql()) {
            ddl.execute(index);
          }
        }
      }
      db.commit();
    }
  }

  private static void insert(Connection db, Table table) throws SQLException {
    List<Column> columns = table.schema().columns();
    try (PreparedStatement insert = db.prepareStatement(table.schema().insertSql())) {
      for (List<Object> row : table.rows()) {
        for (int i = 0; i < columns.size(); i++) {
          Object v = row.get(i);
          if (v == null) {
            insert.setNull(i + 1, columns.get(i).integer() ? Types.INTEGER : Types.VARCHAR);
          } else if (v instanceof Long n) {
            insert.setLong(i + 1, n);
          } else {
            insert.setString(i + 1, v.toString());
          }
        }
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }
}
