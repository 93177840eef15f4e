package org.communique.cli;

import java.nio.file.Path;
import org.communique.db.DatasetDatabase;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Where {@code query} and {@code export} find the database: {@code --db FILE}, or {@code communique.db} in {@code --out DIR}. */
final class DatabaseLocation {
  @Option(names = "--db", description = "The database file (default: communique.db in the output folder).")
  Path db;

  @Option(names = "--out", defaultValue = "output", description = "Output folder of an extract run, holding communique.db (default: ${DEFAULT-VALUE}).")
  Path out;

  Path file(CommandLine commandLine) {
    if (db != null && commandLine.getParseResult().hasMatchedOption("--out")) {
      throw new CommandLine.ParameterException(commandLine, "give --db or --out, not both");
    }
    return db != null ? db : DatasetDatabase.location(out);
  }
}
