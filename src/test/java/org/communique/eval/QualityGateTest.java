package org.communique.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate's rules on hand-made figures, and the committed dataset against its committed baseline. */
class QualityGateTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  RuleScores scores;

  @BeforeEach
  void setUp() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("d1.txt"), "They met on Monday and Friday in 2020.");
    Files.writeString(Files.createDirectories(corpus.resolve("gold")).resolve("d1.json"), """
        {"doc_id": "d1", "groups": [], "people": [], "agencies": [], "commitments": [],
         "dates": [{"text": "Monday", "value": null, "mentions": []}, {"text": "Friday", "value": null, "mentions": []}]}
        """);
    Path pred = Files.createDirectories(dir.resolve("out/records"));
    Files.writeString(pred.resolve("d1.json"), """
        {"doc_id": "d1", "groups": [], "people": [], "agencies": [], "commitments": [],
         "dates": [{"text": "Monday", "value": null, "mentions": [{"start": 13, "end": 19}], "rule": "date.weekday"},
                   {"text": "Friday", "value": null, "mentions": [{"start": 24, "end": 30}], "rule": "date.weekday"},
                   {"text": "2020", "value": "2020", "mentions": [{"start": 34, "end": 38}], "rule": "date.year"}]}
        """);
    scores = RuleScores.score(GoldSet.discover(corpus), Records.load(dir.resolve("out")));
  }

  @Test
  void theSameFiguresPass() {
    QualityGate.Result r = QualityGate.check(scores.baselineJson(), scores);
    assertTrue(r.passed(), r.lines().toString());
    assertEquals(0, r.improvements());
    assertTrue(r.lines().get(0).startsWith("ok   macro F1 "), r.lines().toString());
  }

  @Test
  void precisionIsComparedNotCounts() {
    ObjectNode base = scores.baselineJson();
    // the baseline had date.weekday perfect and no date.year at all
    for (JsonNode r : base.get("rules")) {
      if (r.get("rule").asText().equals("date.weekday")) {
        ((ObjectNode) r).put("tp", 3).put("fp", 0);
      }
    }
    QualityGate.Result r = QualityGate.check(base, scores);
    assertTrue(r.passed(), r.lines().toString()); // date.weekday 2/0 now: fewer items, same precision
  }

  @Test
  void failuresNameTheRules() throws Exception {
    ObjectNode base = scores.baselineJson();
    // baseline: date.year was 1 tp 0 fp (now 0 tp 1 fp); a rule that is gone now; a perfect macro F1 for dates
    ((ObjectNode) base.get("rules").get(1)).put("tp", 1).put("fp", 0);
    base.withArray("rules").addObject().put("rule", "date.gone").put("type", "dates").put("tp", 4).put("fp", 1);
    ((ObjectNode) base.get("types").get("dates")).put("tp", 3).put("fp", 0).put("fn", 0);
    QualityGate.Result r = QualityGate.check(base, scores);
    assertEquals(List.of("macro F1", "date.year"), r.failed());
    assertTrue(r.lines().contains("FAIL rule date.year (dates): precision 0.000 (0 tp, 1 fp) < baseline 1.000 (1 tp, 0 fp)"), r.lines().toString());
    assertTrue(r.lines().contains("gone rule date.gone (dates) produces no item now (baseline (4 tp, 1 fp))"), r.lines().toString());
  }

  @Test
  void aNewRuleBelowTheFloorFails() {
    ObjectNode base = scores.baselineJson();
    base.withArray("rules").remove(1); // date.year, 0 tp 1 fp, has no baseline
    QualityGate.Result r = QualityGate.check(base, scores);
    assertEquals(List.of("date.year"), r.failed());
    assertTrue(r.lines().get(0).startsWith("FAIL new rule date.year (dates): precision 0.000 (0 tp, 1 fp) < 0.50"), r.lines().toString());
  }

  @Test
  void committedDatasetIsNotBelowItsCommittedBaseline() throws Exception {
    JsonNode baseline = JSON.readTree(Path.of("output/scores.json").toFile());
    QualityGate.Result r = QualityGate.check(baseline, RuleScores.score(GoldSet.discover(Path.of("corpus")), Records.load(Path.of("output"))));
    assertTrue(r.passed(), String.join("\n", r.lines()));
  }
}
