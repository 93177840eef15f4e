package org.communique.db;

import java.nio.file.Path;

/** There is no database file where one was asked for. */
public final class MissingDatabaseException extends RuntimeException {
  public MissingDatabaseException(Path file) {
    super("no database at " + file + ": run extract to build it (or give its place with --db FILE or --out DIR)");
  }
}
