package org.communique.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.io.FileUtils;
import org.communique.TestModels;
import org.communique.cache.RunSnapshot;
import org.communique.curation.Curation;
import org.communique.pipeline.ExtractJob;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run with nothing to do stops after comparing file sizes and times with those of the last run
 * (no rule loaded, no statement read), and prints what the full check would; any change to a
 * statement, a rule file or the output folder, or an input too fresh to trust by its time, makes
 * the next run do the full check.
 */
class NothingToDoTest {
  private static final String A = "000_db605b4fcb38a225";
  private static final String B = "022_us-netherlands-cyber-dialogue-2019";
  private static final Instant AN_HOUR_AGO = Instant.now().minusSeconds(3600);

  @TempDir Path dir;
  Path corpus;
  Path models;
  Path out;

  @BeforeEach
  void setUp() throws IOException {
    corpus = Files.createDirectories(dir.resolve("corpus"));
    for (String id : List.of(A, B)) {
      Files.copy(TestModels.CORPUS.resolve(id + ".txt"), corpus.resolve(id + ".txt"));
    }
    models = dir.resolve("models");
    FileUtils.copyDirectory(TestModels.MODELS.toFile(), models.toFile());
    out = dir.resolve("out");
    // the statements annotated by the shared models, so that the command runs below need not load CoreNLP
    new ExtractJob(TestModels.extractor(), 2, "seed", ExtractJob.Options.INCREMENTAL, w -> { }, Curation.NONE).run(corpus, out, p -> { });
    age(corpus);
    age(models);
  }

  /** Every file under {@code root} last modified an hour ago: old enough to be trusted by its time. */
  private static void age(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(f, FileTime.from(AN_HOUR_AGO));
      }
    }
  }

  private record Result(int code, String out, String err) {}

  private Result extract() {
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    int code = Main.run(new String[] {"extract", "--corpus", corpus.toString(), "--models", models.toString(), "--out", out.toString(),
        "--curation", dir.resolve("no-curation").toString(), "--threads", "2"}, new PrintWriter(stdout), new PrintWriter(stderr));
    return new Result(code, stdout.toString(), stderr.toString());
  }

  private static String line(String printed, String start) {
    return printed.lines().filter(l -> l.startsWith(start)).findFirst().orElse("(no line starting " + start + ")");
  }

  @Test
  void aRunWithNothingToDoStopsAtTheFilesTimesAndPrintsTheSameSummary() throws IOException {
    Result first = extract();
    assertEquals(0, first.code(), first.err());
    assertFalse(first.out().contains("nothing to do"), first.out());
    assertTrue(Files.isRegularFile(out.resolve(RunSnapshot.FILE)), "a run without failures over old inputs leaves its snapshot");
    String record = Files.readString(out.resolve("records/" + A + ".json"));

    Result second = extract();
    assertEquals(0, second.code(), second.err());
    assertTrue(second.out().contains("nothing to do"), second.out());
    assertEquals("2 documents: 0 new, 0 changed, 2 unchanged, 0 failed, 0 removed", line(second.out(), "2 documents"));
    assertEquals(line(first.out(), "items: "), line(second.out(), "items: "));
    assertEquals(line(first.out(), "entities: "), line(second.out(), "entities: "));
    assertEquals(record, Files.readString(out.resolve("records/" + A + ".json")));
  }

  @Test
  void aStatementWithAnotherTimeIsCheckedAgain() throws IOException {
    assertEquals(0, extract().code());
    Files.setLastModifiedTime(corpus.resolve(B + ".txt"), FileTime.from(AN_HOUR_AGO.plusSeconds(60)));
    Result touched = extract();
    assertEquals(0, touched.code(), touched.err());
    assertFalse(touched.out().contains("nothing to do"), touched.out());
    assertEquals("2 documents: 0 new, 0 changed, 2 unchanged, 0 failed, 0 removed", line(touched.out(), "2 documents"),
        "same text: the full check keeps both records");
    assertTrue(extract().out().contains("nothing to do"), "checked once, trusted again");
  }

  @Test
  void anAddedRuleFileIsCheckedAgain() throws IOException {
    assertEquals(0, extract().code());
    Path rule = models.resolve("rules/99-extra.rules");
    Files.writeString(rule, "rule date.never-here: (?$date /Quasimodogeniti/ )\n");
    Files.setLastModifiedTime(rule, FileTime.from(AN_HOUR_AGO));
    Result edited = extract();
    assertEquals(0, edited.code(), edited.err());
    assertFalse(edited.out().contains("nothing to do"), edited.out());
    assertTrue(edited.out().contains("edited rules re-run on 2 unchanged document(s)"), edited.out());
  }

  @Test
  void aRemovedRecordIsMadeAgain() throws IOException {
    assertEquals(0, extract().code());
    Path record = out.resolve("records/" + A + ".json");
    String before = Files.readString(record);
    Files.delete(record);
    Result again = extract();
    assertEquals(0, again.code(), again.err());
    assertFalse(again.out().contains("nothing to do"), again.out());
    assertEquals(before, Files.readString(record));
  }

  @Test
  void anInputEditedJustNowIsNotTrustedByItsTime() throws IOException {
    // a time later than the run's end: within any clock tick of it, however long the run takes
    Files.setLastModifiedTime(models.resolve("pipeline.properties"), FileTime.from(Instant.now().plusSeconds(600)));
    Result first = extract();
    assertEquals(0, first.code(), first.err());
    assertFalse(Files.exists(out.resolve(RunSnapshot.FILE)), "an input modified within the clock's tick of the run: no snapshot");
    assertFalse(extract().out().contains("nothing to do"), "the next run checks everything");
  }
}
