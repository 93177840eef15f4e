package org.communique.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfficeTitlesTest {
  @TempDir Path dir;

  @Test
  void theProjectsPositionsSayWhoseTheyAre() throws Exception {
    OfficeTitles t = OfficeTitles.load(Path.of("models/knowledge"));
    assertEquals("United States", t.country("Acting Assistant Secretary of Defense for Indo-Pacific Security Affairs"));
    assertEquals("United States", t.country("Deputy Assistant Secretary of State for Oceans"));
    assertEquals("United States", t.country("Secretary of the Treasury"));
    assertEquals("United Kingdom", t.country("Secretary of State for Defence"));
    assertEquals("India", t.country("External Affairs Minister"));
    assertNull(t.country("Minister of Foreign Affairs"));
    assertEquals("United States", t.country("Secretary of State"), "British press writes 'Foreign Secretary' or 'Secretary of State for'");
    assertNull(t.country(null));
  }

  @Test
  void aBadPatternIsNamedWithFileAndLine() throws Exception {
    Files.writeString(dir.resolve(OfficeTitles.FILE), "# pattern\tcountry\n^Minister (of\tChile\n");
    DataFileException e = assertThrows(DataFileException.class, () -> OfficeTitles.load(dir));
    assertEquals("office-titles.tsv:2: bad pattern: Unclosed group", e.getMessage());
  }
}
