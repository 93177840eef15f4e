package org.communique.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.io.FileUtils;
import org.communique.TestModels;
import org.communique.curation.Curation;
import org.communique.dataset.DatasetStage;
import org.communique.nlp.NlpSettings;
import org.communique.output.JsonFiles;
import org.communique.rules.RuleSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The entity files and the curation through real extract runs: ids survive --full, a new
 * statement and an unrelated rule edit; curation edits survive them too and are recorded in the
 * items they change; an edit that applies to nothing is reported.
 */
class DatasetRunTest {
  private static final String A = "000_db605b4fcb38a225";
  private static final String B = "022_us-netherlands-cyber-dialogue-2019";
  private static final String C = "020_us-rok-cyber-policy-consultations-2022";

  @TempDir Path dir;
  Path corpus;
  Path out;
  Path curationDir;
  List<String> warnings = new ArrayList<>();

  @BeforeEach
  void setUp() throws IOException {
    corpus = Files.createDirectories(dir.resolve("corpus"));
    for (String id : List.of(A, B)) {
      Files.copy(TestModels.CORPUS.resolve(id + ".txt"), corpus.resolve(id + ".txt"));
    }
    out = dir.resolve("out");
    curationDir = Files.createDirectories(dir.resolve("curation"));
    Files.writeString(curationDir.resolve("fixes.txt"), String.join("\n",
        "# a title an analyst corrected, and an alias",
        "set " + A + " people \"Christopher Painter\" title \"Coordinator for Cyber Issues\"",
        "reject " + A + " dates Thursday",
        "alias agency:department-of-state@united-states \"Foggy Bottom\"",
        "set " + A + " people \"Nobody Here\" country Japan", ""));
  }

  private RunSummary run(Extractor extractor, ExtractJob.Options options) throws IOException {
    return new ExtractJob(extractor, 2, "test", options, warnings::add, Curation.load(curationDir)).run(corpus, out, p -> { });
  }

  private Map<String, String> ids() throws IOException {
    Map<String, String> ids = new TreeMap<>();
    for (String f : List.of("agencies.jsonl", "people.jsonl", "groups.jsonl")) {
      for (String line : Files.readAllLines(out.resolve("entities/" + f))) {
        JsonNode e = JsonFiles.MAPPER.readTree(line);
        e.path("mentions").forEach(m -> ids.put(f + " " + m.path("doc_id").asText() + "/" + m.path("name").asText(), e.path("id").asText()));
      }
    }
    return ids;
  }

  private void assertCurated() throws IOException {
    assertCurated(true);
  }

  /** {@code thursdayFound}: the rules still find the date the curation rejects (else that edit is stale). */
  private void assertCurated(boolean thursdayFound) throws IOException {
    JsonNode record = JsonFiles.MAPPER.readTree(out.resolve("records/" + A + ".json").toFile());
    JsonNode painter = null;
    for (JsonNode p : record.path("people")) {
      if (p.path("name").asText().equals("Christopher Painter")) {
        painter = p;
      }
    }
    assertEquals("Coordinator for Cyber Issues", painter.path("title").asText());
    assertEquals("set " + A + " people \"Christopher Painter\" title \"Coordinator for Cyber Issues\"",
        painter.path("curation").get(0).asText(), "the edit is the item's provenance");
    for (JsonNode d : record.path("dates")) {
      assertFalse(d.path("text").asText().equals("Thursday"), "rejected");
    }
    assertEquals(thursdayFound ? 2 : 1, record.path("curation").size(), record.path("curation").toString());
    String state = Files.readAllLines(out.resolve("entities/agencies.jsonl")).stream()
        .filter(l -> l.contains("\"agency:department-of-state@united-states\"")).findFirst().orElseThrow();
    assertTrue(state.contains("\"Foggy Bottom\""), state);
    String stale = Files.readString(out.resolve(DatasetStage.STALE_FILE));
    assertTrue(stale.contains("curation/fixes.txt:5: set " + A + " people \"Nobody Here\" country Japan: no such item"), stale);
    assertEquals(!thursdayFound, stale.contains("curation/fixes.txt:3: reject " + A + " dates Thursday: no such item"), stale);
    assertTrue(warnings.stream().anyMatch(w -> w.contains("fixes.txt:5")), warnings.toString());
  }

  @Test
  void idsAndCurationSurviveFullRunsNewStatementsAndRuleEdits() throws IOException {
    run(TestModels.extractor(), ExtractJob.Options.INCREMENTAL);
    Map<String, String> first = ids();
    assertEquals("agency:department-of-state@united-states", first.get("agencies.jsonl " + A + "/Department of State"));
    assertCurated();

    run(TestModels.extractor(), ExtractJob.Options.FULL);
    assertEquals(first, ids(), "--full");
    assertCurated();

    Files.copy(TestModels.CORPUS.resolve(C + ".txt"), corpus.resolve(C + ".txt"));
    RunSummary added = run(TestModels.extractor(), ExtractJob.Options.INCREMENTAL);
    assertEquals(1, added.added());
    assertEquals(2, added.unchanged(), "the others are not redone");
    Map<String, String> grown = ids();
    assertTrue(grown.keySet().stream().anyMatch(k -> k.contains(C)), "the new statement's items have entities");
    java.io.StringWriter count = new java.io.StringWriter();
    org.communique.cli.Main.run(new String[] {"query", "--out", out.toString(), "--csv", "SELECT count(*) AS n FROM statements"},
        new java.io.PrintWriter(count), new java.io.PrintWriter(new java.io.StringWriter()));
    assertEquals("n\r\n3\r\n", count.toString(), "the database has the new statement");
    assertTrue(Files.readString(out.resolve("entities/agencies.jsonl")).contains(C), "the entity files name the new statement");
    first.forEach((item, id) -> assertEquals(id, grown.get(item), "after adding a statement: " + item));
    assertCurated();

    Path models = dir.resolve("models");
    FileUtils.copyDirectory(TestModels.MODELS.toFile(), models.toFile());
    Path rules = models.resolve("rules/10-dates.rules");
    Files.writeString(rules, Files.readString(rules).replace("rule date.weekday:", "rule date.weekday-disabled: /NEVER-MATCHES/ /x/\n#"));
    Extractor edited = new Extractor(new NlpModels(NlpSettings.load(models.resolve("pipeline.properties"))), RuleSet.load(models),
        DatasetStage.givenNames(models));
    run(edited, ExtractJob.Options.INCREMENTAL);
    assertEquals(grown, ids(), "after a rule edit that touches no entity");
    assertCurated(false);
  }

  @Test
  void extractBuildsTheDatabaseAndQueryAnswersOverIt() throws IOException {
    run(TestModels.extractor(), ExtractJob.Options.INCREMENTAL);
    assertTrue(Files.isRegularFile(out.resolve("communique.db")));
    java.io.StringWriter text = new java.io.StringWriter();
    int code = org.communique.cli.Main.run(new String[] {"query", "--out", out.toString(), "--csv",
        "SELECT g.id, m.doc_id, m.place FROM group_entities g JOIN group_meeting m ON m.group_id = g.id ORDER BY g.id"},
        new java.io.PrintWriter(text), new java.io.PrintWriter(new java.io.StringWriter()));
    assertEquals(0, code);
    assertEquals(String.join("\r\n", "id,doc_id,place",
        "group:cyber-dialogue@netherlands+united-states," + B + ",",
        "group:cyber-policy-working-group@argentina+united-states," + A + ",", ""), text.toString());
    java.io.StringWriter positions = new java.io.StringWriter();
    org.communique.cli.Main.run(new String[] {"query", "--out", out.toString(), "--csv",
        "SELECT pp.title, pp.agency_id FROM person_position pp WHERE pp.person_id = 'person:christopher-painter'"},
        new java.io.PrintWriter(positions), new java.io.PrintWriter(new java.io.StringWriter()));
    assertEquals("title,agency_id\r\nCoordinator for Cyber Issues,agency:department-of-state@united-states\r\n", positions.toString(),
        "the curated title, linked to the State Department's entity");
  }

  @Test
  void editingACurationLineRedoesOnlyItsStatement() throws IOException {
    run(TestModels.extractor(), ExtractJob.Options.INCREMENTAL);
    Files.writeString(curationDir.resolve("fixes.txt"), "set " + A + " people \"Christopher Painter\" country Japan\n");
    RunSummary s = run(TestModels.extractor(), ExtractJob.Options.INCREMENTAL);
    assertEquals(1, s.changed());
    assertEquals(1, s.unchanged());
    assertEquals(0, s.annotated(), "annotations from the cache");
    assertTrue(Files.readString(out.resolve("records/" + A + ".json")).contains("\"country\" : \"Japan\""));
    assertFalse(Files.exists(out.resolve(DatasetStage.STALE_FILE)));
    String painter = Files.readAllLines(out.resolve("entities/people.jsonl")).stream()
        .filter(l -> l.contains("Christopher Painter")).findFirst().orElseThrow();
    assertTrue(painter.contains("\"country\":\"Japan\""), painter);
  }
}
