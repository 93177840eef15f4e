package org.communique.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.communique.db.DatabaseSchema;
import org.communique.db.DatasetDatabase;
import org.communique.db.DatasetFixture;
import org.communique.db.TableSchema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code query} and {@code export} through {@link Main#run}, over the database of the fixture output folder. */
class DatabaseCommandsTest {
  @TempDir Path dir;
  Path out;
  final StringWriter stdout = new StringWriter();
  final StringWriter stderr = new StringWriter();

  @BeforeEach
  void buildTheDatabase() throws Exception {
    out = DatasetFixture.copyTo(dir.resolve("output"));
    DatasetDatabase.rebuild(out);
  }

  private int run(String... args) {
    return Main.run(args, new PrintWriter(stdout), new PrintWriter(stderr));
  }

  @Test
  void queryPrintsAnAlignedTable() {
    int code = run("query", "--out", out.toString(),
        "SELECT doc_id, statement_date AS date, (SELECT count(*) FROM people p WHERE p.doc_id = s.doc_id) AS people FROM statements s");
    assertEquals(0, code, stderr.toString());
    assertEquals("""
        doc_id                         | date       | people
        -------------------------------+------------+-------
        a_us-japan-cyber-dialogue-2016 | 2016-07-27 |      2
        b_us-japan-cyber-dialogue-2017 | 2017-07-24 |      3
        c_us-mexico-working-group-2018 | 2018-05-10 |      1
        d_mexico-note-undated          | NULL       |      0
        (4 rows)
        """, stdout.toString());
    assertEquals("", stderr.toString());
  }

  @Test
  void queryPrintsCsvWithTheDatabaseNamedByDb() {
    int code = run("query", "--csv", "--db", out.resolve("communique.db").toString(),
        "SELECT actor, action, text FROM commitments WHERE action IN ('host', 'share') ORDER BY doc_id, action");
    assertEquals(0, code, stderr.toString());
    assertEquals("actor,action,text\r\n"
        + "Japan,host,\"Japan will host the next round in Tokyo, \"\"as agreed\"\", in 2018\"\r\n"
        + "United States and Japan,share,The two countries will share information and coordinate responses\r\n"
        + "Department of State,share,\"The Department of State will share best practices\nwith the SRE\"\r\n", stdout.toString());
  }

  @Test
  void aMissingDatabaseIsNamedWithWhatToRun() {
    Path missing = dir.resolve("elsewhere");
    assertEquals(2, run("query", "--out", missing.toString(), "SELECT 1"));
    assertEquals("communique: no database at " + missing.resolve("communique.db")
        + ": run extract to build it (or give its place with --db FILE or --out DIR)\n", stderr.toString());
    assertTrue(Files.notExists(missing), "nothing created");
    assertEquals(2, run("export", "--csv", dir.resolve("csv").toString(), "--db", missing.resolve("x.db").toString()));
    assertTrue(stderr.toString().contains("no database at " + missing.resolve("x.db")), stderr.toString());
    assertTrue(Files.notExists(dir.resolve("csv")));
  }

  @Test
  void anSqlErrorIsReportedOnStderrWithExitTwo() {
    assertEquals(2, run("query", "--out", out.toString(), "SELECT * FROM nope"));
    assertEquals("communique: SQL error: no such table: nope\n", stderr.toString());
    assertEquals("", stdout.toString());
  }

  @Test
  void theDatabaseIsOpenedReadOnly() {
    assertEquals(2, run("query", "--out", out.toString(), "DELETE FROM statements"));
    assertEquals("communique: SQL error: attempt to write a readonly database\n", stderr.toString());
    assertEquals(0, run("query", "--csv", "--out", out.toString(), "SELECT count(*) AS n FROM statements"));
    assertEquals("n\r\n4\r\n", stdout.toString());
  }

  @Test
  void dbAndOutTogetherAreAUsageError() {
    assertEquals(2, run("query", "--out", out.toString(), "--db", out.resolve("communique.db").toString(), "SELECT 1"));
    assertTrue(stderr.toString().startsWith("give --db or --out, not both"), stderr.toString());
  }

  @Test
  void exportWritesOneCsvPerTableWithItsHeader() throws Exception {
    Path csv = dir.resolve("csv");
    assertEquals(0, run("export", "--csv", csv.toString(), "--out", out.toString()), stderr.toString());
    assertEquals("wrote 22 CSV files to " + csv + "\n", stdout.toString());
    try (Stream<Path> files = Files.list(csv)) {
      assertEquals(DatabaseSchema.ALL.stream().map(t -> t.name() + ".csv").sorted().toList(),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
    for (TableSchema table : DatabaseSchema.ALL) {
      List<String> lines = Files.readAllLines(csv.resolve(table.name() + ".csv"), StandardCharsets.UTF_8);
      assertEquals(String.join(",", table.columnNames()), lines.get(0), table.name());
    }
    assertEquals("doc_id,statement_date\r\n"
        + "a_us-japan-cyber-dialogue-2016,2016-07-27\r\n"
        + "b_us-japan-cyber-dialogue-2017,2017-07-24\r\n"
        + "c_us-mexico-working-group-2018,2018-05-10\r\n"
        + "d_mexico-note-undated,\r\n", Files.readString(csv.resolve("statements.csv")));
    assertEquals("person_id,title,agency,agency_id,country,first,last\r\n"
        + "person:christopher-painter,Coordinator for Cyber Issues,Department of State,agency:department-of-state@united-states,United States,2016-07-27,2017-07-24\r\n"
        + "person:koichi-mizushima,Ambassador in charge of Cyber Policy,Ministry of Foreign Affairs,agency:ministry-of-foreign-affairs@japan,Japan,2016-07-27,2016-07-27\r\n"
        + "person:masato-otaka,Ambassador for Cyber Policy,Ministry of Foreign Affairs,agency:ministry-of-foreign-affairs@japan,Japan,2017-07-24,2017-07-24\r\n"
        + "person:robert-strayer,Deputy Assistant Secretary for Cyber and International Communications and Information Policy,Department of State,agency:department-of-state@united-states,United States,2017-07-24,2017-07-24\r\n"
        + "person:robert-strayer,Deputy Assistant Secretary of State,,,United States,2018-05-10,2018-05-10\r\n",
        Files.readString(csv.resolve("person_position.csv")));
    // an export over an earlier one replaces its files and leaves no temporary file
    assertEquals(0, run("export", "--csv", csv.toString(), "--out", out.toString()));
    try (Stream<Path> files = Files.list(csv)) {
      assertEquals(22, files.count());
    }
  }
}
