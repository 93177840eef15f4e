package org.communique.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDF statements through PDFBox, on PDFs made by {@link PdfFixtures}. */
class PdfTextTest {
  @TempDir Path dir;

  private static final long LIMIT = 5_000_000;

  private static String text(byte[] pdf) throws IngestException {
    return PdfText.extract(pdf, LIMIT, () -> { });
  }

  private static String error(byte[] pdf, long limit) {
    return assertThrows(IngestException.class, () -> PdfText.extract(pdf, limit, () -> { })).getMessage();
  }

  @Test
  void twoColumnsAreReadOneAfterTheOther() throws Exception {
    String text = text(PdfFixtures.twoColumns());
    assertEquals(PdfFixtures.TWO_COLUMNS_TEXT, text);
    // the whole left column (both paragraphs) comes before the right one
    assertTrue(text.indexOf("led the U.S. delegation.") < text.indexOf("The two countries will establish"), text);
    assertTrue(text.contains("growing cooperation on clean energy"), text);
    assertFalse(text.contains("coopera-"), text);
    assertFalse(text.lines().anyMatch(l -> l.strip().equals("1")), "the page number is gone: " + text);
  }

  @Test
  void runningHeaderAndPageNumbersAreGoneAndAParagraphRunsOverThePageBreak() throws Exception {
    String text = text(PdfFixtures.threePages());
    assertEquals(String.join("\n\n", PdfFixtures.THREE_PAGES_PARAGRAPHS) + "\n", text);
    assertFalse(text.contains(PdfFixtures.HEADER), text);
    assertFalse(text.contains("Page 1") || text.contains("Page 2") || text.contains("of 3"), text);
    assertTrue(text.contains("The two sides will continue to meet every year."), text);
  }

  @Test
  void encryptedPdfIsRefusedAndOneThatOpensWithoutPasswordIsRead() throws Exception {
    assertEquals("PDF is encrypted", error(PdfFixtures.encrypted(), LIMIT));
    assertEquals("The United States and Japan will hold a dialogue.\n", text(PdfFixtures.restricted()));
  }

  @Test
  void imageOnlyPdfHasNoTextLayer() {
    assertEquals("PDF has no text layer (scanned image?)", error(PdfFixtures.imageOnly(), LIMIT));
  }

  @Test
  void truncatedAndDamagedFilesAreNoValidPdf() {
    assertEquals("not a valid PDF: truncated (no %%EOF at the end)", error(PdfFixtures.truncated(0.6), LIMIT));
    assertEquals("not a valid PDF: truncated (no %%EOF at the end)", error(PdfFixtures.truncated(0.97), LIMIT));
    assertEquals("not a valid PDF: no %PDF header", error("Joint statement".getBytes(StandardCharsets.US_ASCII), LIMIT));
    assertEquals("not a valid PDF: no %PDF header", error(new byte[0], LIMIT));
    assertEquals("not a valid PDF: Page tree root must be a dictionary",
        error("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), LIMIT));
  }

  @Test
  void deflateBombIsStoppedBeforePdfBoxInflatesIt() {
    byte[] bomb = PdfFixtures.deflateBomb(25_000_000);
    assertTrue(bomb.length < 100_000, "the bomb is small on disk: " + bomb.length);
    assertEquals("too large: the PDF's streams inflate to over 20,000,000 bytes (limit 20 times --max-bytes; a PDF bomb?)",
        error(bomb, 1_000_000));
  }

  @Test
  void textBombIsStoppedAtTheSizeLimit() {
    byte[] bomb = PdfFixtures.textBomb(100); // a million characters
    assertTrue(bomb.length < 10_000, "the bomb is small on disk: " + bomb.length);
    assertEquals("too large: the PDF's text passes 100,000 characters (see --max-bytes)", error(bomb, 100_000));
  }

  @Test
  void theCheckpointRunsBetweenPagesAndWhatItThrowsGoesThrough() {
    RuntimeException stop = new IllegalStateException("deadline");
    int[] calls = {0};
    RuntimeException thrown = assertThrows(RuntimeException.class, () -> PdfText.extract(PdfFixtures.manyPages(50), LIMIT, () -> {
      if (++calls[0] == 10) {
        throw stop;
      }
    }));
    assertSame(stop, thrown);
    assertEquals(10, calls[0]);
  }

  @Test
  void aFormThatDrawsItselfIsDrawnOnce() throws Exception {
    // PDFBox alone draws it 50 levels deep: 2^50 copies of the sentence
    assertEquals("The form draws itself.\n", text(PdfFixtures.selfDrawingForm(2)));
    assertEquals("The first form draws the second. The second form draws the first.\n", text(PdfFixtures.formsDrawingEachOther()));
  }

  @Test
  void drawingOperatorsAreBoundedByTheSizeLimit() throws Exception {
    byte[] bomb = PdfFixtures.formBomb(7); // about 3 x 10^6 operators
    assertTrue(bomb.length < 10_000, "the bomb is small on disk: " + bomb.length);
    assertEquals("PDF too complex: more than 200,000 drawing operators (see --max-bytes)", error(bomb, 100_000));
    assertEquals("The United States and Japan will hold a dialogue.\n", PdfText.extract(PdfFixtures.formBomb(3), 100_000, () -> { }));
  }

  @Test
  void pageCountIsBoundedByTheSizeLimit() throws Exception {
    byte[] bomb = PdfFixtures.repeatedPage(200_000);
    assertTrue(bomb.length < 10_000, "the bomb is small on disk: " + bomb.length);
    assertEquals("PDF too complex: more than 10,000 pages (see --max-bytes)", error(bomb, 1_000_000));
    assertEquals("The United States and Japan will hold a dialogue.\n", text(PdfFixtures.repeatedPage(1)));
  }

  @Test
  void theCheckpointRunsWhileOnePageDrawsManyOperators() {
    RuntimeException stop = new IllegalStateException("deadline");
    int[] calls = {0};
    RuntimeException thrown = assertThrows(RuntimeException.class, () -> PdfText.extract(PdfFixtures.formBomb(7), LIMIT, () -> {
      if (++calls[0] == 100) {
        throw stop;
      }
    }));
    assertSame(stop, thrown);
  }

  @Test
  void loneSurrogatesBecomeReplacementCharactersAndReversedPairsArePutBack() throws Exception {
    // PDFBox turns a right-to-left run around char by char, reversing the emoji's surrogate pair
    String text = text(PdfFixtures.unicodeMap("ABA AEA C D"));
    assertValidUtf16(text);
    assertTrue(text.contains("\uD83D\uDE00"), text);
    assertTrue(text.contains("\u05D0"), text);
    assertEquals(text, new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    for (String shown : List.of("A B C D E F AB BA AEA BC CD DC FA AF", "BBBB", "FBAF")) {
      assertValidUtf16(text(PdfFixtures.unicodeMap(shown)));
    }
    assertEquals("a\uD83D\uDE00b", PdfText.validUtf16("a\uDE00\uD83Db"));
    assertEquals("\uFFFDa\uFFFD", PdfText.validUtf16("\uD800a\uDC00"));
    assertEquals("\uD83D\uDE00\uFFFD", PdfText.validUtf16("\uD83D\uDE00\uD83D"));
    assertEquals("\uD83D\uDE00\uFFFD", PdfText.validUtf16("\uDE00\uD83D\uDE00")); // read left to right
    String plain = "no surrogates";
    assertSame(plain, PdfText.validUtf16(plain));
  }

  private static void assertValidUtf16(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        assertTrue(i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)), "lone high surrogate at " + i + ": " + text);
        i++;
      } else {
        assertFalse(Character.isLowSurrogate(c), "lone low surrogate at " + i + ": " + text);
      }
    }
  }

  @Test
  void noPdfFileIsLeftOpen() throws Exception {
    List<Path> files = new ArrayList<>();
    files.add(Files.write(dir.resolve("two-columns.pdf"), PdfFixtures.twoColumns()));
    files.add(Files.write(dir.resolve("encrypted.pdf"), PdfFixtures.encrypted()));
    files.add(Files.write(dir.resolve("scanned.pdf"), PdfFixtures.imageOnly()));
    files.add(Files.write(dir.resolve("truncated.pdf"), PdfFixtures.truncated(0.6)));
    files.add(Files.write(dir.resolve("damaged.pdf"), "%PDF-1.7\nxx\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
    CorpusReader reader = new CorpusReader(dir);
    assertEquals(files.stream().sorted().toList(), reader.list());
    SourceDocument doc = reader.read(dir.resolve("two-columns.pdf"));
    assertEquals(PdfFixtures.TWO_COLUMNS_TEXT, doc.text());
    assertTrue(doc.extracted());
    assertEquals(java.time.LocalDate.of(2022, 3, 3), doc.date(), "the dateline of the PDF's text");
    assertEquals(CorpusReader.sha256(Files.readAllBytes(files.get(0))), doc.sha256());
    for (Path f : files.subList(1, files.size())) {
      assertThrows(IngestException.class, () -> reader.read(f));
    }
    for (Path f : files) {
      assertFalse(openFiles().contains(f.toRealPath()), "still open: " + f);
    }
  }

  /** What this JVM holds open (Linux: /proc/self/fd). */
  private static List<Path> openFiles() throws IOException {
    List<Path> out = new ArrayList<>();
    Path fds = Path.of("/proc/self/fd");
    if (!Files.isDirectory(fds)) {
      return out;
    }
    try (Stream<Path> s = Files.list(fds)) {
      for (Path fd : s.toList()) {
        try {
          out.add(Files.readSymbolicLink(fd));
        } catch (IOException e) {
          // closed meanwhile
        }
      }
    }
    return out;
  }
}
