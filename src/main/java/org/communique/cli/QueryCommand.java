package org.communique.cli;

import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.communique.db.Csv;
import org.communique.db.QueryResult;
import org.communique.db.ReadOnlyDatabase;
import org.communique.db.TextTable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code query "SELECT ..."}: one SQL statement over the dataset's database, read-only. */
@Command(name = "query", mixinStandardHelpOptions = true,
    description = "Run one SQL statement (SQLite) over OUT/communique.db, read-only, and print its rows as an aligned table "
        + "(NULL shown as NULL) or as CSV.")
public final class QueryCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "SQL", description = "The statement, e.g. \"SELECT name, kind FROM group_entities\".")
  String sql;

  @Option(names = "--csv", description = "Print CSV (RFC 4180; NULL as an empty field, an empty string as \"\") instead of a table.")
  boolean csv;

  @Mixin
  DatabaseLocation location;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    QueryResult result;
    try (ReadOnlyDatabase db = ReadOnlyDatabase.open(location.file(spec.commandLine()))) {
      result = db.query(sql);
    } catch (SQLException e) {
      throw new SQLException("SQL error: " + e.getMessage(), e);
    }
    spec.commandLine().getOut().print(csv ? Csv.render(result) : TextTable.render(result));
    return Main.OK;
  }
}
