package org.communique.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.communique.cli.Main;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval --by-rule} on hand-made records, and its agreement with the plain metric on the committed dataset. */
class RuleScoresTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TEXT = "The Cyber Dialogue met on Monday. Mexico will expand cooperation. The Ministry of Defense attended.";

  @TempDir Path dir;
  Path corpus;
  Path pred;

  @BeforeEach
  void setUp() throws Exception {
    corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("d1.txt"), TEXT);
    Files.writeString(Files.createDirectories(corpus.resolve("gold")).resolve("d1.json"), """
        {"doc_id": "d1", "groups": [{"name": "Cyber Dialogue", "kind": "dialogue", "aliases": [], "members": [], "mentions": []}],
         "people": [{"name": "Ann Lee", "aliases": [], "title": null, "agency": null, "country": null, "mentions": []}],
         "agencies": [{"name": "Ministry of Defense", "aliases": [], "country": "Mexico", "mentions": []},
                      {"name": "Defense", "aliases": [], "country": null, "mentions": [], "optional": true}],
         "dates": [{"text": "Monday", "value": null, "mentions": []}],
         "commitments": [{"actor": "Mexico", "action": "expand", "text": "Mexico will expand cooperation", "mentions": []}]}
        """);
    // a second split: corpus/probe with its own gold
    Path probe = Files.createDirectories(corpus.resolve("probe"));
    Files.writeString(probe.resolve("p1.txt"), "Japan will host the talks on Friday.");
    Files.writeString(Files.createDirectories(probe.resolve("gold")).resolve("p1.json"), """
        {"doc_id": "p1", "groups": [], "people": [], "agencies": [],
         "dates": [{"text": "Friday", "value": null, "mentions": []}],
         "commitments": [{"actor": "Japan", "action": "host", "text": "Japan will host the talks", "mentions": []}]}
        """);
    pred = Files.createDirectories(dir.resolve("out/records"));
    Files.writeString(pred.resolve("d1.json"), """
        {"doc_id": "d1",
         "groups": [{"name": "Cyber Dialogue", "kind": "dialogue", "aliases": [], "members": [], "mentions": [{"start": 4, "end": 18}], "rule": "group.headed"}],
         "people": [],
         "agencies": [{"name": "Ministry of Defense", "aliases": [], "country": null, "mentions": [{"start": 70, "end": 89}], "rule": "agency.headed"},
                      {"name": "Defense", "aliases": [], "country": null, "mentions": [{"start": 82, "end": 89}], "rule": "agency.headed"},
                      {"name": "Cyber", "aliases": [], "country": null, "mentions": [{"start": 4, "end": 9}], "rule": "agency.headed"}],
         "dates": [{"text": "Monday", "value": null, "mentions": [{"start": 26, "end": 32}], "rule": "date.weekday"},
                   {"text": "met", "value": null, "mentions": [{"start": 19, "end": 22}], "rule": "date.bogus"},
                   {"text": "on", "value": null, "mentions": [{"start": 23, "end": 25}], "rule": "date.bogus"}],
         "commitments": [{"actor": "Mexico", "action": "expand", "text": "Mexico will expand cooperation", "mentions": [{"start": 34, "end": 64}], "rule": "commitment.modal"}]}
        """);
    Files.writeString(pred.resolve("p1.json"), """
        {"doc_id": "p1", "groups": [], "people": [], "agencies": [],
         "dates": [{"text": "Friday", "value": null, "mentions": [{"start": 29, "end": 35}], "rule": "date.weekday"}],
         "commitments": [{"actor": "Japan", "action": "host", "text": "Japan will host the talks", "mentions": [{"start": 0, "end": 25}]}]}
        """);
  }

  private static String rows(RuleScores s) {
    StringBuilder sb = new StringBuilder();
    s.rules().forEach(r -> sb.append(r.rule()).append(' ').append(r.type()).append(' ').append(r.tp()).append('/').append(r.fp()).append('\n'));
    return sb.toString();
  }

  @Test
  void everyItemIsCountedForItsRuleAndMissesForTheirType() throws Exception {
    RuleScores s = RuleScores.score(GoldSet.of(corpus.resolve("gold"), corpus), Records.load(pred));
    // most false alarms first, then by name; the item matched to optional gold counts neither way
    assertEquals("""
        date.bogus dates 0/2
        agency.headed agencies 1/1
        commitment.modal commitments 1/0
        date.weekday dates 1/0
        group.headed groups 1/0
        """, rows(s));
    assertEquals(List.of("gold"), s.gold());
    assertEquals(1, s.documents());
    assertEquals(1, s.types().get("people").fn());
    assertEquals(0, s.types().get("agencies").fn());
    assertEquals(new Scorer.Counts(1, 2, 0), s.types().get("dates"));
    assertEquals(List.of("agency.headed d1 agencies 'Cyber'", "date.bogus d1 dates 'met'", "date.bogus d1 dates 'on'"),
        s.falseAlarms().stream().map(f -> f.rule() + " " + f.docId() + " " + f.type() + " " + f.item()).toList());
    String table = s.table(true);
    assertTrue(table.startsWith("per rule, 1 documents (gold); most false alarms first\n"), table);
    assertTrue(table.contains("date.bogus                     dates            0     2      0.000\n"), table);
    assertTrue(table.contains("agency.headed                  agencies         1     1      0.500\n"), table);
    assertTrue(table.contains("gold items no rule produced (fn): groups 0, people 1, agencies 0, dates 0, commitments 0\n"), table);
    assertTrue(table.contains("date.bogus\n  d1 dates 'met'\n    | The Cyber Dialogue met on Monday.\n"), table);
  }

  @Test
  void everyGoldFolderIsASplitWithItsOwnTexts() throws Exception {
    GoldSet all = GoldSet.discover(corpus);
    assertEquals(List.of("gold", "probe/gold"), all.splits());
    assertEquals("Japan will host the talks on Friday.", all.get("p1").text());
    RuleScores s = RuleScores.score(all, Records.load(pred));
    assertEquals(2, s.documents());
    // p1's commitment carries no rule; its text comes from corpus/probe, so it matches
    assertTrue(rows(s).contains("(no rule) commitments 1/0\n"), rows(s));
    assertTrue(rows(s).contains("date.weekday dates 2/0\n"), rows(s));
    assertEquals(List.of("gold", "probe/gold"), s.splits().stream().map(RuleScores.SplitScores::name).toList());
    assertEquals(1.0, s.splits().get(1).macroF1() * 5 / 2, 1e-9); // dates and commitments perfect, the other types empty
  }

  @Test
  void cliPrintsJsonAndWritesADeterministicBaseline() throws Exception {
    StringWriter out = new StringWriter();
    Path baseline = dir.resolve("scores.json");
    String[] args = {"eval", "--by-rule", "--write-baseline", "--corpus", corpus.toString(), "--pred", dir.resolve("out").toString(),
        "--baseline", baseline.toString(), "--json"};
    assertEquals(0, Main.run(args, new PrintWriter(out), new PrintWriter(new StringWriter())));
    JsonNode json = JSON.readTree(out.toString());
    assertEquals("date.bogus", json.get("rules").get(0).get("rule").asText());
    assertEquals(2, json.get("rules").get(0).get("fp").asInt());
    assertEquals(2, json.get("documents").asInt());
    byte[] first = Files.readAllBytes(baseline);
    JsonNode base = JSON.readTree(first);
    assertEquals("[\"gold\",\"probe/gold\"]", base.get("gold").toString());
    // baseline order: by type, then rule
    assertEquals("group.headed", base.get("rules").get(0).get("rule").asText());
    assertEquals(0.5, base.get("rules").get(1).get("precision").asDouble());
    assertEquals(1, base.get("splits").get("probe/gold").get("documents").asInt());
    assertEquals(0, Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())));
    assertArrayEquals(first, Files.readAllBytes(baseline));
  }

  @Test
  void typeTotalsAreThoseOfThePlainMetricOnTheCommittedDataset() throws Exception {
    Path gold = Path.of("corpus/gold");
    Scorer.Report plain = Scorer.score(gold, Path.of("corpus"), Path.of("output"));
    RuleScores byRule = RuleScores.score(GoldSet.of(gold, Path.of("corpus")), Records.load(Path.of("output")));
    assertEquals(plain.types(), byRule.types());
    for (String t : Records.TYPES) {
      List<RuleScores.RuleCount> rules = byRule.rules().stream().filter(r -> r.type().equals(t)).toList();
      assertEquals(plain.types().get(t).tp(), rules.stream().mapToInt(RuleScores.RuleCount::tp).sum(), t);
      assertEquals(plain.types().get(t).fp(), rules.stream().mapToInt(RuleScores.RuleCount::fp).sum(), t);
    }
    assertTrue(byRule.rules().stream().noneMatch(r -> r.rule().equals(RuleScores.NO_RULE)), "every committed item carries its rule");
  }
}
