package org.communique.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The hand-written output folder {@code src/test/resources/db/output}: four statements (the
 * U.S.-Japan Cyber Dialogue in 2016 and 2017, the U.S.-Mexico Working Group in 2018, an undated
 * note without {@code statement_date}) and their entity files as issue 10's spec writes them,
 * with two commitments of one clause sharing an id, as extract's entity stage makes them.
 */
public final class DatasetFixture {
  public static final Path OUTPUT = Path.of("src/test/resources/db/output");
  public static final String A = "a_us-japan-cyber-dialogue-2016";
  public static final String B = "b_us-japan-cyber-dialogue-2017";
  public static final String C = "c_us-mexico-working-group-2018";
  public static final String D = "d_mexico-note-undated";

  private DatasetFixture() {}

  /** A copy of the fixture folder in {@code dir} (tests never write under src/). */
  public static Path copyTo(Path dir) {
    try (Stream<Path> files = Files.walk(OUTPUT)) {
      for (Path f : files.toList()) {
        Path target = dir.resolve(OUTPUT.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dir;
  }
}
