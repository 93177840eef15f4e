package org.communique.pipeline;

import static org.communique.RecordAssertions.agency;
import static org.communique.RecordAssertions.assertMentionsInside;
import static org.communique.RecordAssertions.commitments;
import static org.communique.RecordAssertions.date;
import static org.communique.RecordAssertions.group;
import static org.communique.RecordAssertions.person;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.communique.TestModels;
import org.communique.output.JsonFiles;
import org.communique.records.Commitment;
import org.communique.records.DocumentRecord;
import org.communique.records.Group;
import org.communique.records.Person;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two seed statements through the whole job, with real OpenNLP and CoreNLP. */
class EndToEndTest {
  private static final String SEED_A = "000_db605b4fcb38a225";
  private static final String SEED_B = "003_3b863f523a2c1672";

  @TempDir static Path dir;
  static Path corpus;
  static Path out;
  static RunSummary summary;

  @BeforeAll
  static void run() throws IOException {
    corpus = Files.createDirectories(dir.resolve("corpus"));
    for (String id : List.of(SEED_A, SEED_B)) {
      Files.copy(TestModels.CORPUS.resolve(id + ".txt"), corpus.resolve(id + ".txt"));
    }
    out = dir.resolve("out");
    summary = new ExtractJob(TestModels.extractor(), 2, "test").run(corpus, out, p -> { });
  }

  private static DocumentRecord record(String id) throws IOException {
    return JsonFiles.MAPPER.readValue(out.resolve("records/" + id + ".json").toFile(), DocumentRecord.class);
  }

  private static String text(String id) throws IOException {
    return Files.readString(corpus.resolve(id + ".txt"), StandardCharsets.UTF_8);
  }

  @Test
  void summaryCountsBothDocuments() {
    assertEquals(2, summary.documents());
    assertEquals(2, summary.succeeded());
    assertEquals(List.of(), summary.errors());
    assertTrue(summary.tokens() > 1000);
  }

  @Test
  void argentinaSeed() throws IOException {
    DocumentRecord r = record(SEED_A);
    Person painter = person(r, "Christopher Painter");
    assertEquals("coordinator for cyber Issues", painter.title());
    assertEquals("Department of State", painter.agency());
    assertEquals("United States", painter.country());
    Group g = group(r, "Cyber Policy Working Group");
    assertEquals(List.of("United States", "Argentina"), g.members());
    Commitment establish = commitments(r, "establish").get(0);
    assertEquals("United States and Argentina", establish.actor());
    assertEquals("the United States and Argentina will establish an intergovernmental, bilateral Cyber Policy Working Group",
        establish.text());
    assertEquals(List.of("State Department"), agency(r, "Department of State").aliases());
    assertEquals("Argentina", agency(r, "Ministry of Justice and Human Rights").country());
    date(r, "Thursday");
  }

  @Test
  void mexicoSeed() throws IOException {
    DocumentRecord r = record(SEED_B);
    Group g = group(r, "U.S.-Mexico Working Group on Cyber Issues");
    assertEquals(List.of("United States", "Mexico"), g.members());
    assertEquals("working_group", g.kind());
    assertTrue(g.aliases().contains("US-Mexico Working Group on Cyber Issues"));
    date(r, "Aug. 10");
    assertEquals(List.of("CISA"), agency(r, "Cybersecurity and Infrastructure Security Agency").aliases());
    assertTrue(agency(r, "Department of Homeland Security").aliases().contains("DHS"));
    assertEquals("U.S.-Mexico Working Group on Cyber Issues", commitments(r, "increase").get(0).actor());
    assertFalse(r.commitments().stream().anyMatch(c -> c.action().equals("bolster")));
  }

  @Test
  void everyMentionIsInsideItsText() throws IOException {
    for (String id : List.of(SEED_A, SEED_B)) {
      assertMentionsInside(text(id), record(id));
    }
  }

  @Test
  void datasetManifestAndNoErrorsFile() throws IOException {
    List<String> lines = Files.readAllLines(out.resolve("dataset.jsonl"));
    assertEquals(2, lines.size());
    assertEquals(SEED_A, JsonFiles.MAPPER.readTree(lines.get(0)).get("doc_id").asText());
    assertEquals(SEED_B, JsonFiles.MAPPER.readTree(lines.get(1)).get("doc_id").asText());
    JsonNode manifest = JsonFiles.MAPPER.readTree(out.resolve("manifest.json").toFile());
    assertEquals(64, manifest.get("documents").get(SEED_A).get("sha256").asText().length());
    assertEquals(64, manifest.get("rules_fingerprint").asText().length());
    assertFalse(Files.exists(out.resolve("errors.jsonl")));
    try (Stream<Path> files = Files.walk(out)) {
      assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "temporary files left behind");
    }
  }

  @Test
  void runsAreByteIdenticalWhateverTheThreads() throws IOException {
    Path again = dir.resolve("again");
    new ExtractJob(TestModels.extractor(), 1, "test").run(corpus, again, p -> { });
    for (String f : List.of("dataset.jsonl", "manifest.json", "records/" + SEED_A + ".json", "records/" + SEED_B + ".json")) {
      assertArrayEquals(Files.readAllBytes(out.resolve(f)), Files.readAllBytes(again.resolve(f)), f);
    }
    String json = Files.readString(out.resolve("dataset.jsonl"));
    assertFalse(json.contains(dir.toString()), "absolute paths in records");
  }

  @Test
  void removedDocumentLosesItsRecordAndBadDocumentIsReported() throws IOException {
    Path c2 = Files.createDirectories(dir.resolve("corpus2"));
    Files.copy(corpus.resolve(SEED_A + ".txt"), c2.resolve(SEED_A + ".txt"));
    Files.write(c2.resolve("broken.txt"), new byte[] {'x', 0, 'y'});
    Path o2 = dir.resolve("out2");
    Files.createDirectories(o2.resolve("records"));
    Files.writeString(o2.resolve("records/gone.json"), "{\"doc_id\": \"gone\"}");
    RunSummary s = new ExtractJob(TestModels.extractor(), 2, "test").run(c2, o2, p -> { });
    assertEquals(List.of("gone"), s.removed());
    assertEquals(1, s.errors().size());
    assertEquals("broken.txt", s.errors().get(0).path());
    assertFalse(Files.exists(o2.resolve("records/gone.json")));
    assertTrue(Files.exists(o2.resolve("records/" + SEED_A + ".json")));
    assertEquals("{\"doc_id\":\"broken\",\"path\":\"broken.txt\",\"reason\":\"not text: contains NUL bytes\"}",
        Files.readString(o2.resolve("errors.jsonl")).strip());
  }
}
