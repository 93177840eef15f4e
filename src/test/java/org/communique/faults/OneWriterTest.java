package org.communique.faults;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.communique.TestModels;
import org.communique.cli.Main;
import org.communique.pipeline.ExtractJob;
import org.communique.pipeline.RunSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two extract processes on one output folder: one writes, the other exits 2 or waits; a killed writer's lock is taken over. */
class OneWriterTest {
  @TempDir Path dir;

  private static final Pattern BUSY = Pattern.compile("communique: another extract \\(pid (\\d+), started (\\S+)\\) is writing (.+)/");

  /** The dev corpus twice over: long enough for the others to find the first run at work. */
  private Path corpus() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    List<Path> seeds;
    try (Stream<Path> s = Files.list(TestModels.CORPUS)) {
      seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    for (int copy = 0; copy < 2; copy++) {
      for (Path seed : seeds) {
        Files.copy(seed, corpus.resolve(copy + "_" + seed.getFileName()));
      }
    }
    return corpus;
  }

  /** {@code communique extract} in a JVM of its own, on the test class path; stdout and stderr go to files named after {@code name}. */
  private Process extract(String name, Path corpus, Path out, String... more) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-Xmx2g", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "extract", "--corpus", corpus.toString(), "--out", out.toString(), "--threads", "1"));
    command.addAll(List.of(more));
    return new ProcessBuilder(command)
        .redirectOutput(dir.resolve(name + ".out").toFile())
        .redirectError(dir.resolve(name + ".err").toFile())
        .start();
  }

  /** Waits until {@code process} holds the lock of {@code out}: its pid is in the lock file (written once the OS lock is taken). */
  private static void awaitLock(Process process, Path out) throws Exception {
    Path lock = out.resolve(".lock");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline && process.isAlive()) {
      if (Files.isRegularFile(lock) && Files.readString(lock).startsWith("pid=" + process.pid() + "\n")) {
        return;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the first run never held the lock (alive: " + process.isAlive() + ")");
  }

  private String read(String file) throws IOException {
    return Files.readString(dir.resolve(file));
  }

  @Test
  void aSecondRunExitsTwoAtOnceAWaitingOneGoesOnAfterAndTheOutputIsAsAfterOneCleanRun() throws Exception {
    Path corpus = corpus();
    Path out = dir.resolve("out");
    Process first = extract("first", corpus, out);
    awaitLock(first, out);
    Process second = extract("second", corpus, out);
    Process waiting = extract("waiting", corpus, out, "--wait");

    assertTrue(second.waitFor(60, TimeUnit.SECONDS), "the second run did not stop");
    assertTrue(first.isAlive(), "the second run was to find the first at work");
    assertEquals(2, second.exitValue(), read("second.err"));
    String err = read("second.err").strip();
    Matcher m = BUSY.matcher(err);
    assertTrue(m.matches(), err);
    assertEquals(first.pid(), Long.parseLong(m.group(1)));
    Instant.parse(m.group(2));
    assertEquals(out.toString(), m.group(3));
    assertEquals("", read("second.out"), "the second run wrote no summary");

    assertTrue(first.waitFor(180, TimeUnit.SECONDS), "the first run did not finish");
    assertEquals(0, first.exitValue(), read("first.err"));
    assertTrue(waiting.waitFor(120, TimeUnit.SECONDS), "the waiting run did not finish");
    assertEquals(0, waiting.exitValue(), read("waiting.err"));
    String notice = read("waiting.err");
    assertTrue(notice.startsWith("communique: warning: another extract (pid " + first.pid() + ", started "), notice);
    assertTrue(notice.contains(") is writing " + out + "/; waiting for it to finish (--wait)"), notice);
    int documents = 2 * (int) Files.list(TestModels.CORPUS).filter(p -> p.toString().endsWith(".txt")).count();
    assertTrue(read("first.out").startsWith(documents + " documents: " + documents + " new, 0 changed, 0 unchanged, 0 failed"), read("first.out"));
    assertTrue(read("waiting.out").startsWith(documents + " documents: 0 new, 0 changed, " + documents + " unchanged, 0 failed"),
        read("waiting.out"));

    Path clean = dir.resolve("clean");
    RunSummary s = new ExtractJob(TestModels.extractor(), 2, Main.version()).run(corpus, clean, p -> { });
    assertEquals(documents, s.succeeded());
    assertSameDataset(clean, out);
    assertEquals(0, Files.size(out.resolve(".lock")), "a run that ended emptied the lock file");
  }

  @Test
  void theLockOfAKilledRunIsTakenOver() throws Exception {
    Path corpus = corpus();
    Path out = dir.resolve("out");
    Process killed = extract("killed", corpus, out);
    awaitLock(killed, out);
    killed.destroyForcibly(); // kill -9: no chance to release anything
    assertTrue(killed.waitFor(30, TimeUnit.SECONDS));
    assertTrue(Files.readString(out.resolve(".lock")).startsWith("pid=" + killed.pid() + "\n"), "the killed run's name is left");

    List<String> warnings = new ArrayList<>();
    RunSummary s = new ExtractJob(TestModels.extractor(), 2, Main.version(), ExtractJob.Options.INCREMENTAL, warnings::add)
        .run(corpus, out, p -> { });
    assertTrue(s.errors().isEmpty(), s.errors().toString());
    assertEquals(1, warnings.stream().filter(w -> w.startsWith("the lock of an extract that is no longer running (pid " + killed.pid()
        + ", started ") && w.endsWith(") is taken over")).count(), warnings.toString());
    Path clean = dir.resolve("clean");
    new ExtractJob(TestModels.extractor(), 2, Main.version()).run(corpus, clean, p -> { });
    assertSameDataset(clean, out);
  }

  static void assertSameDataset(Path expected, Path actual) throws IOException {
    for (String f : List.of("dataset.jsonl", "manifest.json")) {
      assertArrayEquals(Files.readAllBytes(expected.resolve(f)), Files.readAllBytes(actual.resolve(f)), f);
    }
    List<Path> records;
    try (Stream<Path> s = Files.list(expected.resolve("records"))) {
      records = s.sorted().toList();
    }
    try (Stream<Path> s = Files.list(actual.resolve("records"))) {
      assertEquals(records.size(), s.count());
    }
    for (Path f : records) {
      assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(actual.resolve("records").resolve(f.getFileName())), f.toString());
    }
    assertTrue(Files.notExists(actual.resolve("errors.jsonl")));
  }
}
