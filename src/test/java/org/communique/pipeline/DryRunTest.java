package org.communique.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.io.FileUtils;
import org.communique.TestModels;
import org.communique.cli.Main;
import org.communique.diff.Change;
import org.communique.ingest.CorpusReader;
import org.communique.rules.RuleSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extract --dry-run} shows what a run would change and writes nothing to the output folder, caches included. */
class DryRunTest {
  private static final String A = "000_db605b4fcb38a225";
  private static final String B = "003_3b863f523a2c1672";

  @TempDir Path dir;
  Path corpus;
  Path models;
  Path out;

  @BeforeEach
  void setUp() throws Exception {
    corpus = Files.createDirectories(dir.resolve("corpus/gold"));
    corpus = dir.resolve("corpus");
    for (String doc : List.of(A, B)) {
      Files.copy(TestModels.CORPUS.resolve(doc + ".txt"), corpus.resolve(doc + ".txt"));
      Files.copy(TestModels.CORPUS.resolve("gold/" + doc + ".json"), corpus.resolve("gold/" + doc + ".json"));
    }
    models = dir.resolve("models");
    FileUtils.copyDirectory(TestModels.MODELS.toFile(), models.toFile());
    out = dir.resolve("output");
    new ExtractJob(new Extractor(TestModels.nlp(), RuleSet.load(models)), 1, Main.version()).run(corpus, out, p -> { });
  }

  /** Every file under the output folder (caches, journal and lock included) with its digest. */
  private static Map<String, String> snapshot(Path folder) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(folder)) {
      for (Path p : s.sorted().toList()) {
        out.put(folder.relativize(p).toString(), Files.isRegularFile(p) ? CorpusReader.sha256(Files.readAllBytes(p)) : "dir");
      }
    }
    return out;
  }

  private void worsenWeekday() throws IOException {
    Path dates = models.resolve("rules/10-dates.rules");
    String rules = Files.readString(dates);
    assertTrue(rules.contains("rule date.weekday: (?$date $WEEKDAY )"));
    Files.writeString(dates, rules.replace("rule date.weekday: (?$date $WEEKDAY )", "rule date.weekday: (?$date $WEEKDAY | /meeting/ )"));
  }

  @Test
  void aRuleEditIsShownAndNothingIsWritten() throws Exception {
    worsenWeekday();
    Map<String, String> before = snapshot(out);
    StringWriter text = new StringWriter();
    int code = Main.run(new String[] {"extract", "--dry-run", "--corpus", corpus.toString(), "--models", models.toString(),
        "--out", out.toString()}, new PrintWriter(text), new PrintWriter(new StringWriter()));
    String printed = text.toString();
    assertEquals(0, code, printed);
    assertEquals(before, snapshot(out), "the dry run wrote to the output folder");
    assertTrue(printed.startsWith("dry run: nothing written to " + out + "\n"), printed);
    assertTrue(printed.contains("2 documents: 0 new, 2 changed, 0 unchanged, 0 failed, 0 removed\n"), printed);
    assertTrue(printed.contains("records that would be written with other bytes: 2; removed: 0\n"), printed);
    assertTrue(printed.contains("  write  " + A + "  dates +1 -0 ~0\n"), printed);
    assertTrue(printed.contains("+ " + A + " dates meeting  [break]  (date.weekday)\n"), printed);
    assertTrue(printed.contains("+ " + B + " dates meeting  [break]  (date.weekday)\n"), printed);
    assertTrue(printed.contains("against gold: +0 TP, +2 FP"), printed);

    // the real run then changes exactly those records
    Map<String, String> records = snapshot(out.resolve("records"));
    new ExtractJob(new Extractor(TestModels.nlp(), RuleSet.load(models)), 1, Main.version()).run(corpus, out, p -> { });
    Map<String, String> after = snapshot(out.resolve("records"));
    assertEquals(List.of(A + ".json", B + ".json"), records.keySet().stream().filter(k -> !records.get(k).equals(after.get(k))).toList());
  }

  @Test
  void newAndRemovedStatementsAreShownAndNothingIsWritten() throws Exception {
    Files.delete(corpus.resolve(B + ".txt"));
    Files.writeString(corpus.resolve("new.txt"), "The United States and Japan will establish a Cyber Working Group on Monday.");
    Map<String, String> before = snapshot(out);
    ExtractJob.DryRun run = new ExtractJob(new Extractor(TestModels.nlp(), RuleSet.load(models)), 1, Main.version())
        .dryRun(corpus, out, p -> { });
    assertEquals(before, snapshot(out), "the dry run wrote to the output folder");
    assertEquals(List.of(B), run.summary().removed());
    assertEquals(1, run.summary().added());
    assertEquals(1, run.summary().unchanged());
    DryRunReport r = DryRunReport.of(run, corpus, out);
    assertEquals(List.of("new"), r.wouldWrite());
    assertEquals(List.of(B), r.wouldRemove());
    assertEquals(List.of("new"), r.diff().documentsOnlyNew());
    assertEquals(List.of(B), r.diff().documentsOnlyOld());
    List<String> added = r.diff().changes().stream().filter(c -> c.doc().equals("new") && c.change().equals("added"))
        .map(c -> c.type() + " " + c.item() + " " + c.rule()).toList();
    assertTrue(added.contains("dates Monday date.weekday"), added.toString());
    assertTrue(added.contains("groups Cyber Working Group group.headed"), added.toString());
    Change removed = r.diff().changes().stream().filter(c -> c.doc().equals(B)).findFirst().orElseThrow();
    assertEquals("removed", removed.change());
  }
}
