package org.communique.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunStateTest {
  @TempDir Path dir;

  private static RunState.Stamp stamp(String rules) {
    return new RunState.Stamp("sha", "src", "code", "nlp", rules, Map.of("k1", "d1"), "all", Map.of("people", 2));
  }

  @Test
  void theLatestLineWinsATornLineIsIgnoredAndCompactionKeepsOnlyWhatIsUsed() throws IOException {
    try (RunState state = RunState.open(dir)) {
      state.putRuleKeys("r1", List.of("k1", "k2"));
      state.put("a", stamp("r1"));
      state.put("b", stamp("r1"));
      state.putRuleKeys("r2", List.of("k1", "k3"));
      state.put("a", stamp("r2"));
    }
    Path journal = dir.resolve("state.jsonl");
    // a run killed in the middle of a line
    Files.writeString(journal, "{\"doc\":\"b\",\"stamp\":{\"sha2", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

    RunState state = RunState.open(dir);
    assertEquals(stamp("r2"), state.get("a"));
    assertEquals(stamp("r1"), state.get("b"));
    assertEquals(List.of("k1", "k2"), state.ruleKeys("r1"));
    state.put("c", stamp("r2")); // appended after the torn line, on a line of its own
    state.close();
    assertEquals(stamp("r2"), RunState.open(dir).get("c"));

    state = RunState.open(dir);
    state.compact(Set.of("a", "c"), "r2");
    List<String> lines = Files.readAllLines(journal);
    assertEquals(3, lines.size(), lines.toString());
    RunState compacted = RunState.open(dir);
    assertNull(compacted.get("b"));
    assertNull(compacted.ruleKeys("r1"), "no kept record refers to the rules r1");
    assertEquals(List.of("k1", "k3"), compacted.ruleKeys("r2"));
    assertEquals(stamp("r2"), compacted.get("c"));
  }
}
