package org.communique.db;

import static org.communique.db.DatasetFixture.A;
import static org.communique.db.DatasetFixture.B;
import static org.communique.db.DatasetFixture.C;
import static org.communique.db.DatasetFixture.D;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.io.FileUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database built from the fixture output folder, read back through SQLite. */
class DatasetDatabaseTest {
  @TempDir Path dir;

  private static List<List<Object>> rows(Path db, String sql) throws Exception {
    try (ReadOnlyDatabase database = ReadOnlyDatabase.open(db)) {
      return database.query(sql).rows();
    }
  }

  private static List<Object> row(Object... values) {
    return Arrays.asList(values);
  }

  @Test
  void everyTableIsThereWithItsRows() throws Exception {
    DatasetDatabase.Built built = DatasetDatabase.rebuild(DatasetFixture.copyTo(dir));
    assertEquals(dir.resolve("communique.db"), built.file());
    Map<String, Integer> expected = new LinkedHashMap<>();
    expected.put("statements", 4);
    expected.put("groups", 3);
    expected.put("people", 6);
    expected.put("agencies", 7);
    expected.put("dates", 3);
    expected.put("commitments", 7);
    expected.put("mentions", 31);
    expected.put("aliases", 6);
    expected.put("group_members_in_statement", 6);
    expected.put("agency_entities", 3);
    expected.put("person_entities", 4);
    expected.put("group_entities", 2);
    expected.put("country_entities", 3);
    expected.put("entity_names", 18);
    expected.put("entity_statements", 22);
    expected.put("group_member", 6);
    expected.put("group_meeting", 3);
    expected.put("meeting_lead", 5);
    expected.put("person_position", 5);
    expected.put("commitment_actor", 10); // the two commitments of one clause (coordinate, share) have two actors each
    expected.put("commitment_group", 6);
    expected.put("agency_person", 4);
    assertEquals(expected, built.rowsByTable());
    assertEquals(DatabaseSchema.ALL.stream().map(TableSchema::name).toList(), List.copyOf(built.rowsByTable().keySet()));
    for (Map.Entry<String, Integer> e : expected.entrySet()) {
      assertEquals(List.of(row((long) e.getValue())), rows(built.file(), "SELECT count(*) FROM " + e.getKey()), e.getKey());
    }
    try (ReadOnlyDatabase db = ReadOnlyDatabase.open(built.file())) {
      assertEquals(expected.keySet().stream().sorted().toList(), db.tableNames());
      assertEquals(List.of("id", "doc_id", "actor", "action", "text", "start", "end", "rule"), db.table("commitments").columns());
    }
  }

  @Test
  void recordTablesHoldWhatTheRecordsSay() throws Exception {
    Path db = DatasetDatabase.rebuild(DatasetFixture.copyTo(dir)).file();
    assertEquals(List.of(row(A, "2016-07-27"), row(B, "2017-07-24"), row(C, "2018-05-10"), row(D, null)),
        rows(db, "SELECT doc_id, statement_date FROM statements"));
    assertEquals(List.of(
            row("commitment:" + A + ":400:strengthen", A, "United States and Japan", "strengthen", 400L, 455L, "commitment.modal"),
            row("commitment:" + A + ":60:lead", A, "Christopher Painter", "lead", 60L, 110L, "commitment.modal"),
            row("commitment:" + B + ":600:host", B, "Japan", "host", 600L, 645L, "commitment.modal"),
            row("commitment:" + B + ":800:coordinate", B, "United States and Japan", "coordinate", 800L, 866L, "commitment.coordinated"),
            row("commitment:" + B + ":800:share", B, "United States and Japan", "share", 800L, 866L, "commitment.coordinated"),
            row("commitment:" + C + ":300:share", C, "Department of State", "share", 300L, 333L, "commitment.modal"),
            row("commitment:" + D + ":0:convene", D, "Mexico", "convene", 0L, 29L, "commitment.modal")),
        rows(db, "SELECT id, doc_id, actor, action, start, \"end\", rule FROM commitments"));
    assertEquals(List.of(
            row(A, "agency", "Department of State", "State Department"),
            row(A, "agency", "Ministry of Foreign Affairs", "MOFA"),
            row(A, "group", "U.S.-Japan Cyber Dialogue", "Cyber Dialogue"),
            row(B, "group", "U.S.-Japan Cyber Dialogue", "5th U.S.-Japan Cyber Dialogue"),
            row(B, "person", "Robert Strayer", "Rob Strayer"),
            row(C, "agency", "Secretariat of Foreign Affairs", "SRE")),
        rows(db, "SELECT * FROM aliases"));
    assertEquals(List.of(row("agency", "Ministry of Foreign Affairs", 180L, 207L), row("agency", "Ministry of Foreign Affairs", 260L, 264L)),
        rows(db, "SELECT item_type, item_name, start, end FROM mentions WHERE doc_id = '" + A + "' AND item_name LIKE 'Ministry%'"));
    assertEquals(List.of(row("commitment:" + C + ":300:share", 300L, 333L)),
        rows(db, "SELECT item_name, start, end FROM mentions WHERE item_type = 'commitment' AND doc_id = '" + C + "'"));
    assertEquals(List.of(row("2018", "2018", "date.year"), row("July 24, 2017", "2017-07-24", "date.month-day-year")),
        rows(db, "SELECT text, value, rule FROM dates WHERE doc_id = '" + B + "'"));
    assertEquals(List.of(row("Mexico"), row("United States")),
        rows(db, "SELECT member FROM group_members_in_statement WHERE doc_id = '" + C + "'"));
  }

  @Test
  void recordItemsCarryTheirEntityIdFromTheEntityFilesMentions() throws Exception {
    Path db = DatasetDatabase.rebuild(DatasetFixture.copyTo(dir)).file();
    assertEquals(List.of(
            row(A, "Department of State", "agency:department-of-state@united-states"),
            row(A, "Ministry of Foreign Affairs", "agency:ministry-of-foreign-affairs@japan"),
            row(A, "Office of the Spokesperson", null),
            row(B, "Department of State", "agency:department-of-state@united-states"),
            row(B, "Ministry of Foreign Affairs", "agency:ministry-of-foreign-affairs@japan"),
            row(C, "Department of State", "agency:department-of-state@united-states"),
            row(C, "Secretariat of Foreign Affairs", "agency:secretariat-of-foreign-affairs@mexico")),
        rows(db, "SELECT doc_id, name, entity_id FROM agencies"));
    // the join analysts write: each person with the statements and titles of its items
    assertEquals(List.of(
            row("Christopher Painter", A, "Coordinator for Cyber Issues"),
            row("Christopher Painter", B, "Coordinator for Cyber Issues"),
            row("Koichi Mizushima", A, "Ambassador in charge of Cyber Policy"),
            row("Masato Otaka", B, "Ambassador for Cyber Policy"),
            row("Robert Strayer", B, "Deputy Assistant Secretary for Cyber and International Communications and Information Policy"),
            row("Robert Strayer", C, "Deputy Assistant Secretary of State")),
        rows(db, "SELECT e.name, p.doc_id, p.title FROM people p JOIN person_entities e ON e.id = p.entity_id ORDER BY e.name, p.doc_id"));
    assertEquals(List.of(row("group:cyber-dialogue@japan+united-states", 2L), row("group:working-group-on-cyber-issues@mexico+united-states", 1L)),
        rows(db, "SELECT entity_id, count(*) FROM groups GROUP BY entity_id ORDER BY entity_id"));
  }

  @Test
  void linkTablesHoldEachLinkOnce() throws Exception {
    Path db = DatasetDatabase.rebuild(DatasetFixture.copyTo(dir)).file();
    // share and coordinate are two commitments of one clause with one id: their actors are two links, not four
    assertEquals(List.of(row("country:japan"), row("country:united-states")),
        rows(db, "SELECT actor_id FROM commitment_actor WHERE commitment_id = 'commitment:" + B + ":800:coordinate'"));
    assertEquals(List.of(
            row("group:cyber-dialogue@japan+united-states", "Japan", "country:japan", A),
            row("group:cyber-dialogue@japan+united-states", "Japan", "country:japan", B),
            row("group:cyber-dialogue@japan+united-states", "United States", "country:united-states", A),
            row("group:cyber-dialogue@japan+united-states", "United States", "country:united-states", B),
            row("group:working-group-on-cyber-issues@mexico+united-states", "Mexico", "country:mexico", C),
            row("group:working-group-on-cyber-issues@mexico+united-states", "United States", "country:united-states", C)),
        rows(db, "SELECT * FROM group_member"));
    assertEquals(List.of(row("person:christopher-painter"), row("person:robert-strayer")),
        rows(db, "SELECT person_id FROM agency_person WHERE agency_id = 'agency:department-of-state@united-states'"));
    assertEquals(List.of(row("Cyber Dialogue"), row("5th U.S.-Japan Cyber Dialogue"), row("U.S.-Japan Cyber Dialogue")),
        rows(db, "SELECT name FROM entity_names WHERE entity_id LIKE 'group:cyber%' ORDER BY name = 'U.S.-Japan Cyber Dialogue', name DESC"));
  }

  /** Every meeting of a group, with its date, place and who led each side. */
  static final String MEETINGS_OF_A_GROUP = """
      SELECT m.date, m.doc_id, m.place, l.country, l.name AS lead
      FROM group_entities g
      JOIN group_meeting m ON m.group_id = g.id
      LEFT JOIN meeting_lead l ON l.group_id = m.group_id AND l.doc_id = m.doc_id
      WHERE g.id IN (SELECT entity_id FROM entity_names WHERE name = 'U.S.-Japan Cyber Dialogue')
      ORDER BY m.date, m.doc_id, l.country""";

  /** Every commitment by a country, by year: made by the country itself or by one of its agencies or people. */
  static final String COMMITMENTS_OF_A_COUNTRY = """
      WITH actor_country AS (
        SELECT id AS actor_id, name AS country FROM country_entities
        UNION SELECT id, country FROM agency_entities
        UNION SELECT id, country FROM person_entities)
      SELECT DISTINCT substr(s.statement_date, 1, 4) AS year, c.doc_id, c.actor, c.action, c.start
      FROM commitments c
      JOIN commitment_actor ca ON ca.commitment_id = c.id
      JOIN actor_country ac ON ac.actor_id = ca.actor_id
      JOIN statements s ON s.doc_id = c.doc_id
      WHERE ac.country = 'United States'
      ORDER BY year, c.doc_id, c.start, c.action""";

  /** The positions a person held, found by any name the person was seen under. */
  static final String POSITIONS_OF_A_PERSON = """
      SELECT p.name, pp.title, pp.agency, pp.country, pp.first, pp.last
      FROM person_entities p
      JOIN person_position pp ON pp.person_id = p.id
      WHERE p.id IN (SELECT entity_id FROM entity_names WHERE name = 'Rob Strayer')
      ORDER BY pp.first, pp.title""";

  @Test
  void threeQuestionsAnalystsAsk() throws Exception {
    Path db = DatasetDatabase.rebuild(DatasetFixture.copyTo(dir)).file();
    assertEquals(List.of(
            row("2016-07-27", A, "Washington", "Japan", "Koichi Mizushima"),
            row("2016-07-27", A, "Washington", "United States", "Christopher Painter"),
            row("2017-07-24", B, "Tokyo", "Japan", "Masato Otaka"),
            row("2017-07-24", B, "Tokyo", "United States", "Christopher Painter")),
        rows(db, MEETINGS_OF_A_GROUP));
    assertEquals(List.of(
            row("2016", A, "Christopher Painter", "lead", 60L),
            row("2016", A, "United States and Japan", "strengthen", 400L),
            row("2017", B, "United States and Japan", "coordinate", 800L),
            row("2017", B, "United States and Japan", "share", 800L),
            row("2018", C, "Department of State", "share", 300L)),
        rows(db, COMMITMENTS_OF_A_COUNTRY));
    assertEquals(List.of(
            row("Robert Strayer", "Deputy Assistant Secretary for Cyber and International Communications and Information Policy",
                "Department of State", "United States", "2017-07-24", "2017-07-24"),
            row("Robert Strayer", "Deputy Assistant Secretary of State", null, "United States", "2018-05-10", "2018-05-10")),
        rows(db, POSITIONS_OF_A_PERSON));
  }

  @Test
  void withoutEntityFilesTheEntityTablesAreThereAndEmpty() throws Exception {
    Path out = DatasetFixture.copyTo(dir);
    FileUtils.deleteDirectory(out.resolve("entities").toFile());
    DatasetDatabase.Built built = DatasetDatabase.rebuild(out);
    assertEquals(4, built.rowsByTable().get("statements"));
    assertEquals(7, built.rowsByTable().get("agencies"));
    for (String table : List.of("agency_entities", "person_entities", "group_entities", "country_entities", "entity_names",
        "entity_statements", "group_member", "group_meeting", "meeting_lead", "person_position", "commitment_actor",
        "commitment_group", "agency_person")) {
      assertEquals(List.of(row(0L)), rows(built.file(), "SELECT count(*) FROM " + table), table);
    }
    assertEquals(List.of(row(0L)), rows(built.file(), "SELECT count(entity_id) FROM agencies"));
  }

  @Test
  void aRebuildReplacesTheDatabaseWholeAndLeavesNoTemporaryFile() throws Exception {
    Path out = DatasetFixture.copyTo(dir);
    Path db = DatasetDatabase.rebuild(out).file();
    List<List<Object>> first = rows(db, "SELECT * FROM mentions ORDER BY rowid");
    Files.delete(out.resolve("records/" + D + ".json"));
    DatasetDatabase.rebuild(out);
    assertEquals(List.of(row(3L)), rows(db, "SELECT count(*) FROM statements"));
    Files.copy(DatasetFixture.OUTPUT.resolve("records/" + D + ".json"), out.resolve("records/" + D + ".json"));
    DatasetDatabase.rebuild(out);
    assertEquals(first, rows(db, "SELECT * FROM mentions ORDER BY rowid"), "the same rows in the same order");
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(List.of("communique.db", "entities", "records"), files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void rowsAreWrittenSorted() throws Exception {
    Path db = DatasetDatabase.rebuild(DatasetFixture.copyTo(dir)).file();
    for (String table : List.of("statements", "people", "mentions", "entity_names", "meeting_lead")) {
      List<List<Object>> asWritten = rows(db, "SELECT * FROM " + table + " ORDER BY rowid");
      List<List<Object>> sorted = new ArrayList<>(new Table(tableSchema(table), asWritten).rows());
      assertEquals(sorted, asWritten, table);
    }
  }

  private static TableSchema tableSchema(String name) {
    return DatabaseSchema.ALL.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void aDamagedEntityFileIsNamedWithItsLine() throws Exception {
    Path out = DatasetFixture.copyTo(dir);
    Files.writeString(out.resolve("entities/people.jsonl"), "{\"id\":\"person:x\",\"name\":\"X\"}\n{\"id\": \n");
    IOException e = assertThrows(IOException.class, () -> DatasetDatabase.rebuild(out));
    assertTrue(e.getMessage().contains("people.jsonl:2: not JSON"), e.getMessage());
    assertTrue(Files.notExists(out.resolve("communique.db")));
  }

  @Test
  void anOutputFolderWithoutRecordsIsAnError() {
    IOException e = assertThrows(IOException.class, () -> DatasetDatabase.rebuild(dir));
    assertEquals("no records under " + dir + " (run extract first)", e.getMessage());
  }
}
