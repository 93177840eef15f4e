package org.communique.faults;

import static org.communique.RecordAssertions.assertMentionOf;
import static org.communique.RecordAssertions.assertMentionsInside;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.communique.TestModels;
import org.communique.cli.Main;
import org.communique.ingest.PdfFixtures;
import org.communique.output.DocumentError;
import org.communique.output.JsonFiles;
import org.communique.pipeline.ExtractJob;
import org.communique.pipeline.RunSummary;
import org.communique.records.DocumentRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDF statements in a corpus beside a text one: records for the readable ones, an error each for the others, the batch goes on. */
class PdfStatementsTest {
  @TempDir static Path dir;
  static Path corpus;
  static Path out;
  static RunSummary summary;
  static Map<String, String> reasons;

  @BeforeAll
  static void run() throws IOException {
    corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.write(corpus.resolve("two-columns.pdf"), PdfFixtures.twoColumns());
    Files.write(corpus.resolve("three-pages.pdf"), PdfFixtures.threePages());
    Files.write(corpus.resolve("encrypted.pdf"), PdfFixtures.encrypted());
    Files.write(corpus.resolve("scanned.pdf"), PdfFixtures.imageOnly());
    Files.write(corpus.resolve("truncated.pdf"), PdfFixtures.truncated(0.6));
    Files.write(corpus.resolve("bomb.pdf"), PdfFixtures.deflateBomb(25_000_000));
    Files.writeString(corpus.resolve("plain.txt"), "The United States and Brazil will hold the next Energy Dialogue in 2023.\n");
    out = dir.resolve("out");
    ExtractJob.Options options = ExtractJob.Options.INCREMENTAL.withLimits(1_000_000, Duration.ofSeconds(120));
    summary = new ExtractJob(TestModels.extractor(), 2, Main.version(), options, w -> { }).run(corpus, out, p -> { });
    reasons = summary.errors().stream().collect(Collectors.toMap(DocumentError::path, DocumentError::reason, (a, b) -> a, TreeMap::new));
  }

  private static DocumentRecord record(String id) throws IOException {
    return JsonFiles.MAPPER.readValue(out.resolve("records/" + id + ".json").toFile(), DocumentRecord.class);
  }

  @Test
  void unreadablePdfsAreNamedWithTheirReasonAndTheOthersAreExtracted() throws IOException {
    assertEquals(Map.of(
        "encrypted.pdf", "PDF is encrypted",
        "scanned.pdf", "PDF has no text layer (scanned image?)",
        "truncated.pdf", "not a valid PDF: truncated (no %%EOF at the end)",
        "bomb.pdf", "too large: the PDF's streams inflate to over 20,000,000 bytes (limit 20 times --max-bytes; a PDF bomb?)"), reasons);
    assertEquals(3, summary.succeeded());
    for (String ok : List.of("two-columns", "three-pages", "plain")) {
      assertTrue(Files.isRegularFile(out.resolve("records/" + ok + ".json")), ok);
    }
    String errors = Files.readString(out.resolve("errors.jsonl"));
    assertTrue(errors.contains("{\"doc_id\":\"encrypted\",\"path\":\"encrypted.pdf\",\"reason\":\"PDF is encrypted\"}"), errors);
    assertEquals(4, errors.lines().count());
  }

  @Test
  void pdfTextIsSavedBesideItsRecordAndOffsetsReferToIt() throws IOException {
    String text = Files.readString(out.resolve("text/two-columns.txt"));
    assertEquals(PdfFixtures.TWO_COLUMNS_TEXT, text);
    assertFalse(Files.exists(out.resolve("text/plain.txt")), "a text statement is its own text");
    DocumentRecord r = record("two-columns");
    assertMentionsInside(text, r);
    assertEquals("two-columns", r.docId());
    var date = r.dates().stream().filter(d -> d.text().equals("March 3, 2022")).findFirst().orElseThrow(() -> new AssertionError(r.dates()));
    assertEquals("2022-03-03", date.value());
    assertMentionOf(text, date.mentions(), "March 3, 2022");
    var granholm = r.people().stream().filter(p -> p.name().equals("Jennifer Granholm")).findFirst()
        .orElseThrow(() -> new AssertionError(r.people()));
    assertMentionOf(text, granholm.mentions(), "Jennifer Granholm");
    assertTrue(r.commitments().stream().anyMatch(c -> c.action().equals("establish")), r.commitments().toString());
  }

  @Test
  void multiPagePdfHasNeitherHeaderNorPageNumbersInItsText() throws IOException {
    String text = Files.readString(out.resolve("text/three-pages.txt"));
    assertEquals(String.join("\n\n", PdfFixtures.THREE_PAGES_PARAGRAPHS) + "\n", text);
    DocumentRecord r = record("three-pages");
    assertMentionsInside(text, r);
    var painter = r.people().stream().filter(p -> p.name().equals("Christopher Painter")).findFirst()
        .orElseThrow(() -> new AssertionError(r.people()));
    assertMentionOf(text, painter.mentions(), "Christopher Painter");
  }

  @Test
  void theCommandExitsOneNamesEachFailedPdfAndKeepsTheOthers() throws IOException {
    // the same corpus again through the command: the readable statements are unchanged, the others fail again
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    int code = Main.run(new String[] {"extract", "--corpus", corpus.toString(), "--out", out.toString(), "--max-bytes", "1000000",
        "--threads", "2"}, new PrintWriter(stdout), new PrintWriter(stderr));
    assertEquals(1, code, stderr.toString());
    assertTrue(stderr.toString().contains("communique: encrypted.pdf: PDF is encrypted"), stderr.toString());
    assertTrue(stderr.toString().contains("communique: scanned.pdf: PDF has no text layer (scanned image?)"), stderr.toString());
    assertTrue(stderr.toString().contains("communique: truncated.pdf: not a valid PDF: truncated (no %%EOF at the end)"), stderr.toString());
    assertFalse(stderr.toString().contains("\tat "), "no stack trace: " + stderr);
    assertTrue(stdout.toString().startsWith("7 documents: 0 new, 0 changed, 3 unchanged, 4 failed, 0 removed"), stdout.toString());
    assertEquals(PdfFixtures.TWO_COLUMNS_TEXT, Files.readString(out.resolve("text/two-columns.txt")));
  }

  @Test
  void aPdfOfManyPagesIsStoppedByTheDocumentTimeLimit() throws IOException {
    Path one = Files.createDirectories(dir.resolve("pages"));
    Files.write(one.resolve("pages.pdf"), PdfFixtures.manyPages(2000));
    ExtractJob.Options tight = ExtractJob.Options.FULL.withLimits(5_000_000, Duration.ofMillis(1));
    RunSummary s = new ExtractJob(TestModels.extractor(), 1, "test", tight, w -> { }).run(one, dir.resolve("pages-out"), p -> { });
    assertEquals(1, s.errors().size());
    assertEquals("took longer than the limit of 0 s (see --doc-timeout)", s.errors().get(0).reason());
  }

  @Test
  void pdfBombsAreBoundedByTheSizeLimitAndTheOthersGiveValidRecords() throws IOException {
    Path bombs = Files.createDirectories(dir.resolve("bombs"));
    Files.write(bombs.resolve("forms.pdf"), PdfFixtures.formBomb(7));
    Files.write(bombs.resolve("pages.pdf"), PdfFixtures.repeatedPage(20_000));
    Files.write(bombs.resolve("self-drawing.pdf"), PdfFixtures.selfDrawingForm(2));
    Files.write(bombs.resolve("surrogates.pdf"), PdfFixtures.unicodeMap("ABA AEA C D"));
    Path bombsOut = dir.resolve("bombs-out");
    ExtractJob.Options options = ExtractJob.Options.FULL.withLimits(100_000, Duration.ofSeconds(120));
    RunSummary s = new ExtractJob(TestModels.extractor(), 2, "test", options, w -> { }).run(bombs, bombsOut, p -> { });
    Map<String, String> failed = s.errors().stream().collect(Collectors.toMap(DocumentError::path, DocumentError::reason));
    assertEquals(Map.of(
        "forms.pdf", "PDF too complex: more than 200,000 drawing operators (see --max-bytes)",
        "pages.pdf", "PDF too complex: more than 1,000 pages (see --max-bytes)"), failed);
    assertEquals("The form draws itself.\n", Files.readString(bombsOut.resolve("text/self-drawing.txt")));
    String text = Files.readString(bombsOut.resolve("text/surrogates.txt"));
    assertTrue(text.contains("\uD83D\uDE00") && text.endsWith("The United States and Japan will meet.\n"), text);
    assertFalse(text.contains("?"), "no lone surrogate was written as '?': " + text);
    DocumentRecord r = JsonFiles.MAPPER.readValue(bombsOut.resolve("records/surrogates.json").toFile(), DocumentRecord.class);
    assertMentionsInside(text, r);
  }

  @Test
  void theReviewPageOfAPdfShowsItsExtractedText() throws IOException {
    Path index = new org.communique.review.ReviewWriter(corpus, null).write(out);
    String page = Files.readString(index.resolveSibling("two-columns.html"));
    assertTrue(page.contains("growing cooperation on clean energy"), page);
    assertTrue(page.contains("Jennifer Granholm"), page);
  }
}
