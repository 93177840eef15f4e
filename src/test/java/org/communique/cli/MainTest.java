package org.communique.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  @TempDir Path dir;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void missingCorpusIsAUsageError() {
    assertEquals(2, run("extract", "--corpus", dir.resolve("nope").toString()));
    assertTrue(err.toString().contains("--corpus is not a folder"), err.toString());
  }

  @Test
  void unknownOptionAndMissingCommandAreUsageErrors() {
    assertEquals(2, run("extract", "--bogus"));
    assertEquals(2, run());
  }

  @Test
  void brokenRuleFileIsReportedWithFileAndLineAndNothingIsWritten() throws Exception {
    Path models = Files.createDirectories(dir.resolve("models/rules"));
    org.apache.commons.io.FileUtils.copyDirectory(Path.of("models/gazetteers").toFile(), dir.resolve("models/gazetteers").toFile());
    Files.copy(Path.of("models/pipeline.properties"), dir.resolve("models/pipeline.properties"));
    Files.writeString(models.resolve("a.rules"), "rule date.x: (?$date /x/\n");
    Files.createDirectories(dir.resolve("corpus"));
    assertEquals(2, run("extract", "--corpus", dir.resolve("corpus").toString(), "--models", dir.resolve("models").toString(),
        "--out", dir.resolve("out").toString()));
    assertTrue(err.toString().contains("a.rules:1: bad TokensRegex pattern"), err.toString());
    assertTrue(Files.notExists(dir.resolve("out")));
  }

  @Test
  void missingGazetteerFileIsNamed() throws Exception {
    Path models = dir.resolve("models");
    org.apache.commons.io.FileUtils.copyDirectory(Path.of("models").toFile(), models.toFile());
    Files.delete(models.resolve("gazetteers/topic-words.txt"));
    Files.createDirectories(dir.resolve("corpus"));
    assertEquals(2, run("extract", "--corpus", dir.resolve("corpus").toString(), "--models", models.toString(),
        "--out", dir.resolve("out").toString()));
    assertTrue(err.toString().contains("missing gazetteer file") && err.toString().contains("topic-words.txt"), err.toString());
    assertTrue(Files.notExists(dir.resolve("out")));
  }

  @Test
  void failedDocumentsGiveExitOneAndAreNamed() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.write(corpus.resolve("bin.txt"), new byte[] {1, 0, 2});
    int code = run("extract", "--corpus", corpus.toString(), "--out", dir.resolve("out").toString(), "--threads", "1");
    assertEquals(1, code, err.toString());
    assertTrue(err.toString().contains("bin.txt: not text: contains NUL bytes"), err.toString());
    assertTrue(out.toString().startsWith("1 documents: 0 new, 0 changed, 0 unchanged, 1 failed, 0 removed"), out.toString());
    assertTrue(Files.readString(dir.resolve("out/errors.jsonl")).contains("\"doc_id\":\"bin\""));
  }
}
