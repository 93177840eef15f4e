package org.communique.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestTest {
  @TempDir Path dir;

  @Test
  void bomIsRemovedAndLineEndingsKept() throws Exception {
    Path f = dir.resolve("a.txt");
    Files.write(f, ("\uFEFFLine one.\r\nLine two.").getBytes(StandardCharsets.UTF_8));
    SourceDocument doc = new CorpusReader(dir).read(f);
    assertEquals("a", doc.docId());
    assertEquals("Line one.\r\nLine two.", doc.text());
    assertEquals(64, doc.sha256().length());
  }

  @Test
  void sidecarDateWinsOverDateline() throws Exception {
    Files.writeString(dir.resolve("b.txt"), "Media Note\nJuly 27, 2016\n\nText.");
    assertEquals(LocalDate.of(2016, 7, 27), new CorpusReader(dir).read(dir.resolve("b.txt")).date());
    Files.writeString(dir.resolve("b.meta.json"), "{\"date\": \"2016-08-01\", \"url\": \"https://example.org/b\"}");
    SourceDocument doc = new CorpusReader(dir).read(dir.resolve("b.txt"));
    assertEquals(LocalDate.of(2016, 8, 1), doc.date());
    assertEquals("https://example.org/b", doc.url());
  }

  @Test
  void subFoldersAreListedGoldAndHiddenFoldersAreNot() throws Exception {
    Files.createDirectories(dir.resolve("probe/gold"));
    Files.createDirectories(dir.resolve("gold"));
    Files.createDirectories(dir.resolve(".cache"));
    Files.writeString(dir.resolve("a.txt"), "A.");
    Files.writeString(dir.resolve("probe/b.txt"), "B.");
    Files.writeString(dir.resolve("probe/gold/c.txt"), "not a statement");
    Files.writeString(dir.resolve("gold/d.txt"), "not a statement");
    Files.writeString(dir.resolve(".cache/e.txt"), "not a statement");
    assertEquals(java.util.List.of(dir.resolve("a.txt"), dir.resolve("probe/b.txt")), new CorpusReader(dir).list());
  }

  @Test
  void catalogueDateComesAfterSidecarAndBeforeDateline() throws Exception {
    Files.createDirectories(dir.resolve("probe"));
    Files.writeString(dir.resolve("probe/SOURCES.tsv"),
        "doc_id\turl\tpublisher\tdate\nc\thttps://example.org/c\tA ministry\t2008-03-04\nd\t\tA ministry\tnot a date\n");
    Files.writeString(dir.resolve("probe/c.txt"), "Title\nJuly 27, 2016\n\nText.");
    Files.writeString(dir.resolve("probe/d.txt"), "Title\nJuly 27, 2016\n\nText.");
    CorpusReader reader = new CorpusReader(dir);
    SourceDocument c = reader.read(dir.resolve("probe/c.txt"));
    assertEquals(LocalDate.of(2008, 3, 4), c.date());
    assertEquals("https://example.org/c", c.url());
    assertEquals(LocalDate.of(2016, 7, 27), reader.read(dir.resolve("probe/d.txt")).date());
    Files.writeString(dir.resolve("probe/c.meta.json"), "{\"date\": \"2009-01-02\"}");
    assertEquals(LocalDate.of(2009, 1, 2), new CorpusReader(dir).read(dir.resolve("probe/c.txt")).date());
  }

  @Test
  void datelines() {
    assertEquals(LocalDate.of(2016, 7, 27), DatelineFinder.find("The 4th Dialogue\n\nWashington, DC\nJuly 27, 2016\n\nBody."));
    assertEquals(LocalDate.of(2022, 12, 15), DatelineFinder.find("Title\n\n12/15/2022 12:22 PM EST\n\nBody."));
    assertEquals(LocalDate.of(2014, 6, 26), DatelineFinder.find("WASHINGTON, June 26, 2014\nBody text follows here."));
    assertEquals(LocalDate.of(2006, 11, 24), DatelineFinder.find("Talks with Samoa\n\n24 November 2006\n\nBody."));
    assertEquals(LocalDate.of(2003, 12, 8), DatelineFinder.find("Title\nMonday, Dec. 8, 2003\nBody."));
    assertEquals(LocalDate.of(2001, 3, 9), DatelineFinder.find("Summit\nNAMIBIA – WINDHOEK: 9 MARCH, 2001\nBody."));
    assertEquals(LocalDate.of(2012, 6, 21), DatelineFinder.find("Title\n21/06/2012\nBody."), "a first number over 12 is the day");
    assertEquals(LocalDate.of(2009, 11, 6), DatelineFinder.find("2009 11 06\nTitle\nBody."));
    assertEquals(LocalDate.of(2024, 11, 21), DatelineFinder.find("NORDEFCO Ministerial Meeting in Copenhagen 21. November 2024\nBody."));
    assertEquals(LocalDate.of(2007, 1, 23), DatelineFinder.find("OSCE and EU agree\nBRUSSELS, 23 January 2007 - The OSCE Ministerial "
        + "Troika and the EU Troika pledged today to co-operate closely on Central Asia, a priority area for both organizations."));
    // a date deep in a long opening line is no dateline, and a month and year are no full date
    assertNull(DatelineFinder.find("Title\nThe ministers, who had met several times in the capitals of both countries and at the margins of "
        + "regional meetings and international conferences over many years, recalled the summit of June 26, 2014 in Berlin."));
    assertNull(DatelineFinder.find("Talks\nIn June 2014 the ministers met in Berlin.\nBody."));
  }

  @Test
  void nulBytesAndInvalidUtf8AreRejected() throws Exception {
    Files.write(dir.resolve("bin.txt"), new byte[] {'a', 0, 'b'});
    Files.write(dir.resolve("bad.txt"), new byte[] {'a', (byte) 0xC3, '(', 'b'});
    CorpusReader reader = new CorpusReader(dir);
    assertEquals("not text: contains NUL bytes", assertThrows(IngestException.class, () -> reader.read(dir.resolve("bin.txt"))).getMessage());
    assertEquals("not valid UTF-8 text (first bad byte at offset 1)", assertThrows(IngestException.class, () -> reader.read(dir.resolve("bad.txt"))).getMessage());
  }

  @Test
  void aRealReplacementCharacterIsTextButABadByteAfterItIsNot() throws Exception {
    byte[] replacement = "\uFFFD".getBytes(StandardCharsets.UTF_8);
    Files.write(dir.resolve("ok.txt"), new byte[] {'a', replacement[0], replacement[1], replacement[2], 'b'});
    Files.write(dir.resolve("bad.txt"), new byte[] {'a', replacement[0], replacement[1], replacement[2], (byte) 0xFF, 'b'});
    CorpusReader reader = new CorpusReader(dir);
    assertEquals("a\uFFFDb", reader.read(dir.resolve("ok.txt")).text());
    assertEquals("not valid UTF-8 text (first bad byte at offset 4)", assertThrows(IngestException.class, () -> reader.read(dir.resolve("bad.txt"))).getMessage());
  }
}
