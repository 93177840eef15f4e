package org.communique.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.io.FileUtils;
import org.communique.TestModels;
import org.communique.pipeline.ExtractJob;
import org.communique.pipeline.Extractor;
import org.communique.rules.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quality half of {@code verify}: a rule made to overmatch, with the dataset regenerated and
 * committed but the baseline left as it was, fails the gate by name; so does a new rule whose
 * precision is below the floor.
 */
class VerifyGateTest {
  private static final String DOC = "000_db605b4fcb38a225";

  @TempDir Path dir;

  private static String run(Extractor extractor, Path corpus, Path out, int[] code) throws Exception {
    StringWriter text = new StringWriter();
    code[0] = VerifyCommand.verify(extractor, 1, corpus, out, out.resolve("scores.json"), new PrintWriter(text, true));
    return text.toString();
  }

  @Test
  void aWorsenedRuleFailsVerifyAndIsNamed() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus/gold"));
    Files.copy(TestModels.CORPUS.resolve(DOC + ".txt"), dir.resolve("corpus").resolve(DOC + ".txt"));
    Files.copy(TestModels.CORPUS.resolve("gold").resolve(DOC + ".json"), corpus.resolve(DOC + ".json"));
    corpus = dir.resolve("corpus");
    Path models = dir.resolve("models");
    FileUtils.copyDirectory(TestModels.MODELS.toFile(), models.toFile());
    Path out = dir.resolve("output");
    Extractor good = new Extractor(TestModels.nlp(), RuleSet.load(models));
    new ExtractJob(good, 1, Main.version()).run(corpus, out, p -> { });
    StringWriter ignored = new StringWriter();
    assertEquals(0, Main.run(new String[] {"eval", "--by-rule", "--write-baseline", "--corpus", corpus.toString(), "--pred",
        out.toString(), "--baseline", out.resolve("scores.json").toString()}, new PrintWriter(ignored), new PrintWriter(ignored)));

    int[] code = new int[1];
    String passed = run(good, corpus, out, code);
    assertEquals(0, code[0], passed);
    assertTrue(passed.contains("dataset up to date") && passed.contains("quality gate passed"), passed);

    // date.weekday now also takes "meeting"; a new rule takes "Internet": both are false alarms
    Path dates = models.resolve("rules/10-dates.rules");
    String rules = Files.readString(dates);
    assertTrue(rules.contains("rule date.weekday: (?$date $WEEKDAY )"));
    Files.writeString(dates, rules.replace("rule date.weekday: (?$date $WEEKDAY )", "rule date.weekday: (?$date $WEEKDAY | /meeting/ )")
        + "rule date.zz-internet: (?$date /Internet/ )\n");
    Extractor worse = new Extractor(TestModels.nlp(), RuleSet.load(models));
    new ExtractJob(worse, 1, Main.version()).run(corpus, out, p -> { }); // the dataset is regenerated, the baseline is not

    String failed = run(worse, corpus, out, code);
    assertEquals(1, code[0], failed);
    assertTrue(failed.contains("dataset up to date"), failed);
    assertTrue(failed.contains("FAIL rule date.weekday (dates): precision 0.500 (1 tp, 1 fp) < baseline 1.000 (1 tp, 0 fp)"), failed);
    assertTrue(failed.contains("FAIL new rule date.zz-internet (dates): precision 0.000 (0 tp, 1 fp) < 0.50"), failed);
    assertTrue(failed.contains("FAIL macro F1"), failed);
    assertTrue(failed.contains("quality gate failed: macro F1, date.weekday, date.zz-internet below the baseline"), failed);
    assertFalse(failed.contains("FAIL rule date.year"), failed);
  }
}
