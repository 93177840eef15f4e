package org.communique.diff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** diff on hand-made record pairs. */
class RecordDifferTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TEXT = "The Cyber Dialogue met on Monday. Mexico will expand cooperation. The Ministry of Defense attended.";

  @TempDir Path dir;
  Path corpus;
  Path gold;

  @BeforeEach
  void setUp() throws Exception {
    corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("d1.txt"), TEXT);
    gold = Files.createDirectories(dir.resolve("gold"));
    Files.writeString(gold.resolve("d1.json"), """
        {"doc_id": "d1", "groups": [{"name": "Cyber Dialogue", "kind": "dialogue", "aliases": [], "members": [], "mentions": []}],
         "people": [], "agencies": [{"name": "Ministry of Defense", "aliases": [], "country": "Mexico", "mentions": []}],
         "dates": [{"text": "Monday", "value": null, "mentions": []}],
         "commitments": [{"actor": "Mexico", "action": "expand", "text": "Mexico will expand cooperation", "mentions": []}]}
        """);
  }

  private static Map<String, JsonNode> run(String... records) throws Exception {
    Map<String, JsonNode> out = new TreeMap<>();
    for (String r : records) {
      JsonNode n = JSON.readTree(r);
      out.put(n.get("doc_id").asText(), n);
    }
    return out;
  }

  private static String record(String id, String groups, String agencies, String dates, String commitments) {
    return "{\"doc_id\":\"" + id + "\",\"groups\":[" + groups + "],\"people\":[],\"agencies\":[" + agencies + "],\"dates\":["
        + dates + "],\"commitments\":[" + commitments + "]}";
  }

  private static final String GROUP = "{\"name\":\"Cyber Dialogue\",\"kind\":\"dialogue\",\"aliases\":[],\"members\":[],\"mentions\":[{\"start\":4,\"end\":18}],\"rule\":\"group.headed\"}";
  private static final String GROUP_MEETING = GROUP.replace("\"dialogue\"", "\"meeting\"");
  private static final String MONDAY = "{\"text\":\"Monday\",\"value\":null,\"mentions\":[{\"start\":26,\"end\":32}],\"rule\":\"date.weekday\"}";
  private static final String MINISTRY = "{\"name\":\"Ministry of Defense\",\"aliases\":[],\"country\":null,\"mentions\":[{\"start\":67,\"end\":86}],\"rule\":\"agency.headed\"}";
  private static final String EXPAND = "{\"actor\":\"Mexico\",\"action\":\"expand\",\"text\":\"Mexico will expand cooperation\",\"mentions\":[{\"start\":34,\"end\":64}],\"rule\":\"commitment.modal\"}";
  private static final String EXPAND_MOVED = EXPAND.replace("\"start\":34", "\"start\":46");

  @Test
  void addedRemovedChangedMovedAndOneSidedDocuments() throws Exception {
    Map<String, JsonNode> oldRun = run(record("d1", GROUP, "", MONDAY, EXPAND), record("gone", "", "", MONDAY, ""));
    Map<String, JsonNode> newRun = run(record("d1", GROUP_MEETING, MINISTRY, "", EXPAND_MOVED), record("fresh", GROUP, "", "", ""));
    DiffReport r = new RecordDiffer(corpus, null).diff(oldRun, newRun);
    assertEquals(List.of("gone"), r.documentsOnlyOld());
    assertEquals(List.of("fresh"), r.documentsOnlyNew());
    assertEquals(new DiffReport.Counts(1, 0, 1), r.counts().get("groups"));
    assertEquals(new DiffReport.Counts(1, 0, 0), r.counts().get("agencies"));
    assertEquals(new DiffReport.Counts(0, 2, 0), r.counts().get("dates"));
    assertEquals(new DiffReport.Counts(0, 0, 1), r.counts().get("commitments"));
    Change kind = r.changes().stream().filter(c -> c.type().equals("groups") && c.change().equals("changed")).findFirst().orElseThrow();
    assertArrayEquals(new String[] {"dialogue", "meeting"}, kind.attributes().get("kind"));
    assertEquals("The Cyber Dialogue met on Monday.", kind.sentence());
    Change moved = r.changes().stream().filter(c -> c.type().equals("commitments")).findFirst().orElseThrow();
    assertArrayEquals(new String[] {"34-64", "46-64"}, moved.attributes().get("mentions"));
    Change added = r.changes().stream().filter(c -> c.type().equals("agencies")).findFirst().orElseThrow();
    assertEquals("agency.headed", added.rule());
    assertNull(added.verdict());
    String text = DiffFormats.text(r, false);
    assertTrue(text.contains("+ d1 agencies Ministry of Defense  (agency.headed)"), text);
    assertTrue(text.contains("kind: dialogue → meeting"), text);
    assertTrue(text.contains("document only in old: gone"), text);
    assertFalse(text.contains("\u001b["), "colour only on a terminal");
  }

  @Test
  void jsonCarriesTheSameFacts() throws Exception {
    DiffReport r = new RecordDiffer(corpus, null).diff(run(record("d1", GROUP, "", MONDAY, EXPAND)),
        run(record("d1", GROUP_MEETING, MINISTRY, MONDAY, EXPAND)));
    JsonNode json = JSON.readTree(DiffFormats.json(r));
    assertEquals(1, json.at("/counts/groups/changed").asInt());
    assertEquals(1, json.at("/counts/agencies/added").asInt());
    assertEquals(2, json.get("changes").size());
    JsonNode changed = json.get("changes").get(0);
    assertEquals("changed", changed.get("change").asText());
    assertEquals("meeting", changed.at("/attributes/kind/1").asText());
    assertEquals("Ministry of Defense", json.get("changes").get(1).get("item").asText());
  }

  @Test
  void goldMarksFixesAndBreaksAndF1() throws Exception {
    String wrongDate = "{\"text\":\"Sunday\",\"value\":null,\"mentions\":[{\"start\":0,\"end\":3}],\"rule\":\"date.weekday\"}";
    DiffReport r = new RecordDiffer(corpus, gold).diff(run(record("d1", GROUP, "", wrongDate, "")),
        run(record("d1", GROUP, MINISTRY, MONDAY, EXPAND)));
    assertEquals(3, r.gold().tpGained());
    assertEquals(1, r.gold().fpRemoved());
    assertEquals(0, r.gold().fpAdded());
    assertTrue(r.changes().stream().allMatch(c -> "fix".equals(c.verdict())), r.changes().toString());
    assertArrayEquals(new double[] {0.0, 1.0}, r.gold().f1().get("dates"));
    assertTrue(DiffFormats.text(r, false).contains("against gold: +3 TP, -1 FP, agencies F1 0.0000 → 1.0000"), DiffFormats.text(r, false));
  }

  @Test
  void identicalRunsHaveNoDifferences() throws Exception {
    DiffReport r = new RecordDiffer(corpus, null).diff(run(record("d1", GROUP, MINISTRY, MONDAY, EXPAND)),
        run(record("d1", GROUP, MINISTRY, MONDAY, EXPAND)));
    assertTrue(r.isEmpty());
    assertTrue(DiffFormats.text(r, false).endsWith("no differences\n"));
  }
}
