package org.communique.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.communique.TestModels;
import org.communique.ingest.SourceDocument;
import org.junit.jupiter.api.Test;

/** {@code explain} ends with the record-stage decisions that shaped the item, in order: one hand-written statement per record type. */
class ExplainDecisionsTest {
  private static String explain(String text, String item) {
    return explain(text, item, null);
  }

  private static String explain(String text, String item, LocalDate date) {
    Explainer explainer = new Explainer(TestModels.extractor());
    Extraction x = explainer.extract(TestModels.extractor().annotate(new SourceDocument("test", "test.txt", text, "0", date, null)));
    List<Explainer.Found> found = Explainer.byName(x.record(), item);
    assertEquals(1, found.size(), found.toString());
    return explainer.explain(x, found.get(0), null);
  }

  /** The lines after "record-stage decisions". */
  private static String decisions(String explained) {
    return explained.substring(explained.indexOf("record-stage decisions"));
  }

  @Test
  void anAgencyNamedByTheGazetteerWithItsAcronym() {
    String d = decisions(explain("The Department of Homeland Security (DHS) and the State Department met in Washington. DHS will lead the work.", "DHS"));
    assertTrue(d.startsWith("record-stage decisions, in order:\n"
        + "  country: United States: the gazetteer's entry for Department of Homeland Security  (agency.gazetteer \"Department of Homeland Security\" [4,35))\n"
        + "  name: \"DHS\" is the gazetteer's \"Department of Homeland Security\"  (agency.gazetteer \"DHS\" [37,40))\n"), d);
    assertTrue(d.contains("  dropped: overlaps the gazetteer's \"Department of Homeland Security\" (agency.gazetteer), which is taken instead"
        + "  (agency.headed \"Department of Homeland Security\" [4,35))\n"), d);
    assertTrue(d.contains("  alias: \"DHS\": the acronym in parentheses after a mention; its other uses are mentions"), d);
    assertFalse(d.contains("State Department"), "another agency's decisions are not this one's: " + d);
  }

  @Test
  void aPersonsTitleCountryAndShortForm() {
    String d = decisions(explain("Minister for Foreign Affairs of Japan Taro Kono met the delegation. Kono said the talks went well.", "Taro Kono"));
    assertTrue(d.contains("  title: Minister for Foreign Affairs of Japan: the title slot of person.title-name, \"Minister for Foreign Affairs of Japan\""
        + "  (person.title-name \"Taro Kono\" [38,47))\n"
        + "  country: Japan: the country closing the title \"Minister for Foreign Affairs of Japan\"  (person.title-name \"Taro Kono\" [38,47))\n"
        + "  title: Minister for Foreign Affairs: the title without the country closing it  (person.title-name \"Taro Kono\" [38,47))\n"), d);
    assertTrue(d.contains("  merged: \"Kono\": its words all belong to this name  (person.title-name \"Taro Kono\" [38,47))\n"), d);
  }

  @Test
  void aGroupsMembersAndItsShortForm() {
    String d = decisions(explain("The U.S.-Japan Cyber Dialogue met in Tokyo. The Cyber Dialogue will meet again next year.", "Cyber Dialogue"));
    assertTrue(d.contains("  members: [United States, Japan]: the chain of parties opening its name  (group.headed \"U.S.-Japan Cyber Dialogue\" [4,29))\n"), d);
    assertTrue(d.contains("  merged: \"Cyber Dialogue\" is a short form of it: it ends \"U.S.-Japan Cyber Dialogue\"  (group.headed \"U.S.-Japan Cyber Dialogue\" [4,29))\n"), d);
  }

  @Test
  void aDatesValueAndTheShorterDateItOverlaps() {
    String d = decisions(explain("The talks on June 10, 2013 were productive.", "June 10, 2013"));
    assertTrue(d.contains("  dropped: overlaps the longer \"June 10, 2013\" (date.month-day-year), which is kept  (date.year \"2013\" [22,26))\n"), d);
    assertTrue(d.contains("  value: 2013-06-10: fixed by the text alone  (date.month-day-year \"June 10, 2013\" [13,26))\n"), d);
    String weekday = decisions(explain("The ministers met on Tuesday.", "Tuesday", LocalDate.of(2024, 3, 14)));
    assertTrue(weekday.contains("  value: 2024-03-12: from the statement's date 2024-03-14  (date.weekday \"Tuesday\" [21,28))\n"), weekday);
  }

  @Test
  void theActorOfASecondVerbIsResolvedFromTheSubjectBeforeTheFirst() {
    String text = "The United States and Argentina will strengthen cooperation and expand information sharing.";
    String d = decisions(explain(text, "expand"));
    assertTrue(d.contains("  actor: \"The United States and Argentina\" → \"United States and Argentina\": the countries it names"
        + "  (\"The United States and Argentina\" [0,31))\n"), d);
  }
}
