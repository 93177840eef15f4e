package org.communique.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfficeHoldersTest {
  @TempDir Path dir;

  private OfficeHolders load(String rows) throws Exception {
    Files.writeString(dir.resolve(OfficeHolders.FILE), "# name\tvariants\tcountry\toffice\tfrom\tto\n" + rows);
    return OfficeHolders.load(dir);
  }

  @Test
  void theStatementDatePicksTheTermAndAnyWrittenFormFindsIt() throws Exception {
    OfficeHolders r = load("""
        Luiz Inácio Lula da Silva\tLula|Lula da Silva\tBrazil\tPresident\t2003-01-01\t2010-12-31
        Luiz Inácio Lula da Silva\tLula|Lula da Silva\tBrazil\tPresident\t2023-01-01\t
        Jane Roe\t\tCanada\tMinister of Foreign Affairs\t2001-05-01\t2004-06-30
        Jane Roe\t\tNew Zealand\tPrime Minister\t2010-01-01\t2012-01-01
        Kofi Annan\t\t\tSecretary-General\t1997-01-01\t2006-12-31
        """);
    assertEquals("Brazil", r.country("Lula", LocalDate.of(2008, 5, 1)));
    assertEquals("Brazil", r.country("LUIZ INACIO LULA DA SILVA", null));
    assertEquals("Brazil", r.country("Lula", LocalDate.of(2015, 1, 1)), "one country over all terms");
    assertEquals("President", r.termOn("Lula", LocalDate.of(2024, 2, 2)).office());
    assertNull(r.termOn("Lula", LocalDate.of(2015, 1, 1)));
    assertEquals("Canada", r.country("Jane Roe", LocalDate.of(2003, 1, 1)));
    assertEquals("New Zealand", r.country("Jane Roe", LocalDate.of(2011, 1, 1)));
    assertNull(r.country("Jane Roe", null), "two countries and no date: no guess");
    assertNull(r.country("Kofi Annan", LocalDate.of(2000, 1, 1)), "an intergovernmental office has no country");
    assertNull(r.country("John Doe", LocalDate.of(2000, 1, 1)));
    assertEquals("Canada", r.country("Jane Q. Roe", LocalDate.of(2003, 1, 1)), "a middle initial");
  }

  @Test
  void badLinesAreNamedWithFileAndLine() throws Exception {
    DataFileException e = assertThrows(DataFileException.class, () -> load("A B\t\tChile\tPresident\t2010-13-01\t\n"));
    assertEquals("officeholders.tsv:2: from is not a date (YYYY-MM-DD): 2010-13-01", e.getMessage());
    e = assertThrows(DataFileException.class, () -> load("A B\t\tChile\tPresident\t2010-01-01\t2009-01-01\n"));
    assertTrue(e.getMessage().startsWith("officeholders.tsv:2: the term ends"), e.getMessage());
    e = assertThrows(DataFileException.class, () -> load("A B\tChile\tPresident\n"));
    assertTrue(e.getMessage().contains("expected 6 tab-separated columns"), e.getMessage());
  }

  @Test
  void noFileIsAnEmptyRegistry() throws Exception {
    assertTrue(OfficeHolders.load(dir).isEmpty());
  }
}
