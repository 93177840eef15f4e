package org.communique.faults;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.communique.TestModels;
import org.communique.cli.Main;
import org.communique.output.JsonFiles;
import org.communique.pipeline.ExtractJob;
import org.communique.pipeline.RunSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 during extract, then run again: nothing half-written, nothing finished redone, same result. */
class KillAndResumeTest {
  @TempDir Path dir;

  private static long recordCount(Path out) throws IOException {
    Path records = out.resolve("records");
    if (!Files.isDirectory(records)) {
      return 0;
    }
    try (Stream<Path> s = Files.list(records)) {
      return s.filter(p -> p.toString().endsWith(".json")).count();
    }
  }

  @Test
  void killedRunResumesAndEndsLikeACleanRun() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    List<Path> seeds;
    try (Stream<Path> s = Files.list(TestModels.CORPUS)) {
      // ten statements of the dev corpus (it grows; the test's size stays fixed), four copies of each
      seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().limit(10).toList();
    }
    for (int copy = 0; copy < 4; copy++) {
      for (Path seed : seeds) {
        Files.copy(seed, corpus.resolve(copy + "_" + seed.getFileName()));
      }
    }
    Path out = dir.resolve("out");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-Xmx2g", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "extract", "--corpus", corpus.toString(), "--out", out.toString(), "--threads", "1")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (recordCount(out) < 3 && child.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    child.destroyForcibly();
    assertTrue(child.waitFor(30, TimeUnit.SECONDS));
    long finished = recordCount(out);
    int total = 4 * seeds.size();
    assertTrue(finished >= 3 && finished < total, "killed after " + finished + " records");

    try (Stream<Path> files = Files.walk(out)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
        JsonFiles.MAPPER.readTree(f.toFile()); // every JSON file parses: nothing half-written
      }
    }

    RunSummary resumed = new ExtractJob(TestModels.extractor(), 2, Main.version()).run(corpus, out, p -> { });
    assertTrue(resumed.unchanged() >= finished - 1, "finished documents were redone: " + resumed);
    assertEquals(total, resumed.succeeded());

    Path clean = dir.resolve("clean");
    new ExtractJob(TestModels.extractor(), 2, Main.version()).run(corpus, clean, p -> { });
    for (String f : List.of("dataset.jsonl", "manifest.json")) {
      assertArrayEquals(Files.readAllBytes(clean.resolve(f)), Files.readAllBytes(out.resolve(f)), f);
    }
    try (Stream<Path> s = Files.list(clean.resolve("records"))) {
      for (Path f : s.toList()) {
        assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(out.resolve("records").resolve(f.getFileName())), f.toString());
      }
    }
  }

  @Test
  void outputThatCannotBeAFolderIsAClearErrorAndIsLeftAlone() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("c"));
    Files.writeString(corpus.resolve("a.txt"), "The United States will host the talks.");
    Path notAFolder = dir.resolve("out-file");
    Files.writeString(notAFolder, "keep me");
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"extract", "--corpus", corpus.toString(), "--out", notAFolder.toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertEquals(2, code);
    assertTrue(err.toString().contains("cannot write to output folder " + notAFolder), err.toString());
    assertEquals("keep me", Files.readString(notAFolder));
    assertTrue(new File(notAFolder.toString()).isFile());
  }
}
