package org.communique.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval} gives every figure of the reference scorer, on the committed dataset and on a damaged copy. */
class ScorerAgreementTest {
  private static final Path SCORER = Path.of("../shared/tools/score.py");
  private static final Path GOLD = Path.of("corpus/gold");
  private static final Path CORPUS = Path.of("corpus");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static JsonNode reference(Path pred) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("python3", SCORER.toString(), "--gold", GOLD.toString(), "--corpus", CORPUS.toString(),
        "--pred", pred.toString(), "--json").redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
    return JSON.readTree(out);
  }

  private static boolean scorerAvailable() {
    try {
      return Files.isRegularFile(SCORER) && new ProcessBuilder("python3", "--version").start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  @Test
  void sameFiguresOnTheCommittedDataset() throws Exception {
    assumeTrue(scorerAvailable(), "reference scorer or python3 not available");
    assertEquals(reference(Path.of("output")), Scorer.json(Scorer.score(GOLD, CORPUS, Path.of("output"))));
  }

  @Test
  void sameFiguresOnADamagedDataset() throws Exception {
    assumeTrue(scorerAvailable(), "reference scorer or python3 not available");
    Map<String, JsonNode> records = Records.load(Path.of("output"));
    StringBuilder jsonl = new StringBuilder();
    int n = 0;
    for (JsonNode r : records.values()) {
      ObjectNode copy = r.deepCopy();
      for (String type : Records.TYPES) {
        ArrayNode items = (ArrayNode) copy.get(type);
        if (items.size() > 1 && n % 2 == 0) {
          items.remove(0);
        }
        for (JsonNode item : items) {
          ObjectNode o = (ObjectNode) item;
          if (n % 3 == 0 && o.has("country")) {
            o.put("country", "Atlantis");
          }
          if (n % 4 == 1 && o.has("action")) {
            ((ArrayNode) o.get("mentions")).removeAll();
          }
          if (n % 5 == 2 && o.has("value")) {
            o.put("text", o.get("text").asText() + " x");
          }
          n++;
        }
      }
      jsonl.append(JSON.writeValueAsString(copy)).append('\n');
    }
    Path pred = dir.resolve("damaged.jsonl");
    Files.writeString(pred, jsonl);
    JsonNode mine = Scorer.json(Scorer.score(GOLD, CORPUS, pred));
    assertEquals(reference(pred), mine);
    assertTrue(mine.get("macro_f1").asDouble() < 0.95, mine.toString());
  }

  @Test
  void tableMatchesTheReferenceLayout() throws Exception {
    assumeTrue(scorerAvailable(), "reference scorer or python3 not available");
    Process p = new ProcessBuilder("python3", SCORER.toString(), "--gold", GOLD.toString(), "--corpus", CORPUS.toString(),
        "--pred", "output").redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    assertEquals(out, Scorer.table(Scorer.score(GOLD, CORPUS, Path.of("output")), false));
  }
}
