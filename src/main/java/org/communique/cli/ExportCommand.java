package org.communique.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.communique.db.CsvExport;
import org.communique.db.ReadOnlyDatabase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code export --csv DIR}: every table of the dataset's database as a CSV file. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Write every table of OUT/communique.db as DIR/<table>.csv (RFC 4180, header row).")
public final class ExportCommand implements Callable<Integer> {
  @Option(names = "--csv", required = true, paramLabel = "DIR", description = "Folder to write the CSV files to (created when missing).")
  Path csvDir;

  @Mixin
  DatabaseLocation location;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Map<Path, Integer> written;
    try (ReadOnlyDatabase db = ReadOnlyDatabase.open(location.file(spec.commandLine()))) {
      written = CsvExport.export(db, csvDir);
    }
    spec.commandLine().getOut().printf("wrote %d CSV files to %s%n", written.size(), csvDir);
    return Main.OK;
  }
}
