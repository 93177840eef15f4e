package org.communique.faults;

import static org.communique.RecordAssertions.assertMentionOf;
import static org.communique.RecordAssertions.assertMentionsInside;
import static org.communique.RecordAssertions.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.io.FileUtils;
import org.communique.TestModels;
import org.communique.output.DocumentError;
import org.communique.output.JsonFiles;
import org.communique.pipeline.ExtractJob;
import org.communique.pipeline.RunSummary;
import org.communique.records.DocumentRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixture corpus of bad inputs (src/test/resources/hostile plus files made here): the batch goes on. */
class HostileInputTest {
  @TempDir static Path dir;
  static Path corpus;
  static Path out;
  static RunSummary summary;
  static Map<String, String> reasons;

  @BeforeAll
  static void run() throws IOException {
    corpus = dir.resolve("corpus");
    FileUtils.copyDirectory(Path.of("src/test/resources/hostile").toFile(), corpus.toFile());
    // made here: too big to commit, or not committable at all
    byte[] big = new byte[2_000_000];
    java.util.Arrays.fill(big, (byte) 'a');
    Files.write(corpus.resolve("huge.txt"), big);
    Files.writeString(corpus.resolve("long-line.txt"), "word and the united states meet again ".repeat(2700));
    Files.createDirectory(corpus.resolve("folder.txt"));
    Files.createSymbolicLink(corpus.resolve("loop-a.txt"), corpus.resolve("loop-b.txt"));
    Files.createSymbolicLink(corpus.resolve("loop-b.txt"), corpus.resolve("loop-a.txt"));
    out = dir.resolve("out");
    ExtractJob.Options options = ExtractJob.Options.INCREMENTAL.withLimits(1_000_000, Duration.ofSeconds(120));
    summary = new ExtractJob(TestModels.extractor(), 2, "test", options, w -> { }).run(corpus, out, p -> { });
    reasons = summary.errors().stream().collect(Collectors.toMap(DocumentError::path, DocumentError::reason, (a, b) -> a, TreeMap::new));
  }

  private static DocumentRecord record(String id) throws IOException {
    return JsonFiles.MAPPER.readValue(out.resolve("records/" + id + ".json").toFile(), DocumentRecord.class);
  }

  @Test
  void everyBadDocumentIsNamedWithItsReasonAndTheOthersAreExtracted() throws IOException {
    assertEquals("not text: contains NUL bytes", reasons.get("binary.txt"));
    assertEquals("not valid UTF-8 text (first bad byte at offset 10)", reasons.get("latin1.txt"));
    assertEquals("too large: 2,000,000 bytes (limit 1,000,000; see --max-bytes)", reasons.get("huge.txt"));
    assertEquals("not a regular file", reasons.get("folder.txt"));
    assertEquals("symbolic link that leads nowhere (dangling, or a loop)", reasons.get("loop-a.txt"));
    assertEquals("doc_id 'dup' is given by dup.html and dup.txt; neither is used", reasons.get("dup.txt"));
    assertEquals(reasons.get("dup.txt"), reasons.get("dup.html"));
    assertTrue(reasons.get("odd name!.txt").startsWith("file name is not a usable doc_id"));
    assertEquals(9, summary.errors().size(), reasons.toString());
    for (String ok : List.of("empty", "blank", "bom-crlf", "page", "good", "long-line")) {
      assertTrue(Files.isRegularFile(out.resolve("records/" + ok + ".json")), ok);
    }
    String errors = Files.readString(out.resolve("errors.jsonl"));
    assertEquals(9, errors.lines().count());
    assertTrue(errors.contains("{\"doc_id\":\"binary\",\"path\":\"binary.txt\",\"reason\":\"not text: contains NUL bytes\"}"), errors);
  }

  @Test
  void emptyAndBlankStatementsGiveEmptyRecords() throws IOException {
    for (String id : List.of("empty", "blank")) {
      assertEquals(0, record(id).itemCount());
    }
  }

  @Test
  void bomAndCrlfKeepOffsetsExactAgainstTheTextAsRead() throws IOException {
    String text = Files.readString(corpus.resolve("bom-crlf.txt"), StandardCharsets.UTF_8).substring(1);
    DocumentRecord r = record("bom-crlf");
    assertMentionsInside(text, r);
    assertMentionOf(text, person(r, "John Smith").mentions(), "John Smith");
    assertEquals("Department of State", person(r, "John Smith").agency());
  }

  @Test
  void htmlStatementIsItsMainTextSavedBesideTheRecord() throws IOException {
    String text = Files.readString(out.resolve("text/page.txt"));
    assertTrue(text.startsWith("Joint Statement on the U.S.-Brazil Cyber Dialogue\n\nThe United States and Brazil held"), text);
    assertFalse(text.contains("attack") || text.contains("alert") || text.contains("resign") || text.contains("color"), text);
    DocumentRecord r = record("page");
    assertMentionsInside(text, r);
    assertTrue(r.commitments().stream().anyMatch(c -> c.action().equals("expand")));
    assertTrue(r.dates().stream().anyMatch(d -> d.text().equals("March 3, 2022") && "2022-03-03".equals(d.value())));
  }

  @Test
  void longLineWithoutPunctuationIsProcessedOrStoppedByTheTimeLimit() throws IOException {
    assertTrue(Files.isRegularFile(out.resolve("records/long-line.json")));
    Path one = Files.createDirectories(dir.resolve("one"));
    Files.copy(corpus.resolve("long-line.txt"), one.resolve("long-line.txt"));
    ExtractJob.Options tight = ExtractJob.Options.FULL.withLimits(1_000_000, Duration.ofMillis(1));
    RunSummary s = new ExtractJob(TestModels.extractor(), 1, "test", tight, w -> { }).run(one, dir.resolve("one-out"), p -> { });
    assertEquals(1, s.errors().size());
    assertTrue(s.errors().get(0).reason().startsWith("took longer than the limit"), s.errors().get(0).reason());
  }

  @Test
  void noFileIsWrittenOutsideTheOutputFolderAndNoTemporaryFileIsLeft() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        boolean inside = p.startsWith(out) || p.startsWith(corpus) || p.startsWith(dir.resolve("one")) || p.startsWith(dir.resolve("one-out"));
        assertTrue(inside, "file outside the output folder: " + p);
        assertFalse(p.getFileName().toString().endsWith(".tmp"), "temporary file left: " + p);
      }
    }
  }
}
