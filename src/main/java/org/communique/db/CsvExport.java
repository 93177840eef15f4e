package org.communique.db;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Every table of a database as {@code <table>.csv} in a folder (header row, rows in the table's order). */
public final class CsvExport {
  private CsvExport() {}

  /** Writes one CSV per table, each through a temporary file moved into place; returns the rows written per file. */
  public static Map<Path, Integer> export(ReadOnlyDatabase db, Path dir) throws IOException, SQLException {
    Files.createDirectories(dir);
    Map<Path, Integer> written = new LinkedHashMap<>();
    for (String table : db.tableNames()) {
      if (!table.matches("[A-Za-z0-9_]+")) {
        throw new IOException("table name not usable as a file name: " + table);
      }
      QueryResult rows = db.table(table);
      Path target = dir.resolve(table + ".csv");
      writeAtomically(target, rows);
      written.put(target, rows.rows().size());
    }
    return written;
  }

  private static void writeAtomically(Path target, QueryResult rows) throws IOException {
    AtomicFile.write(target, tmp -> {
      try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        Csv.write(out, rows);
      }
    });
  }
}
