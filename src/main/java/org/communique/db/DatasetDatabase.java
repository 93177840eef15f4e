package org.communique.db;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code output/communique.db}: the dataset of an output folder as an SQLite database for
 * analysts, built from the folder's files only ({@code records/} and, when there,
 * {@code entities/}). Generated, never committed; built again whole whenever the dataset changes.
 */
public final class DatasetDatabase {
  public static final String FILE_NAME = "communique.db";

  private DatasetDatabase() {}

  /** The rows of each table of a database just built, in schema order. */
  public record Built(Path file, Map<String, Integer> rowsByTable) {
    public Built {
      rowsByTable = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rowsByTable));
    }
  }

  /** Where the database of an output folder lives. */
  public static Path location(Path outputDir) {
    return outputDir.resolve(FILE_NAME);
  }

  /**
   * Builds {@code outputDir/communique.db} from the records and entity files of {@code outputDir}:
   * written to a temporary file beside it, then moved into place, so that a reader sees the old
   * database or the new one, never half of one. Entity and link tables are created empty when
   * {@code outputDir/entities/} is not there.
   */
  public static Built rebuild(Path outputDir) throws IOException {
    List<Table> tables = tables(new DatasetFiles(outputDir));
    Path target = location(outputDir);
    AtomicFile.write(target, tmp -> SqliteWriter.write(tmp, tables));
    Map<String, Integer> rows = new LinkedHashMap<>();
    tables.forEach(t -> rows.put(t.schema().name(), t.rows().size()));
    return new Built(target, rows);
  }

  /** Every table of the database, filled from the dataset files. */
  static List<Table> tables(DatasetFiles files) throws IOException {
    var groups = files.entities(DatasetFiles.GROUPS);
    var people = files.entities(DatasetFiles.PEOPLE);
    var agencies = files.entities(DatasetFiles.AGENCIES);
    List<Table> tables = new ArrayList<>(RecordTables.of(files.records(), EntityMentions.of(groups, people, agencies)));
    tables.addAll(EntityTables.of(agencies, people, groups, files.entities(DatasetFiles.COUNTRIES),
        files.entities(DatasetFiles.COMMITMENTS)));
    return tables;
  }
}
