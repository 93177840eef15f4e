package org.communique.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.io.FileUtils;
import org.communique.TestModels;
import org.communique.nlp.NlpSettings;
import org.communique.rules.RuleSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Incremental runs: only new or changed work is done, and the result equals a clean run. */
class IncrementalTest {
  private static final String A = "000_db605b4fcb38a225";
  private static final String B = "022_us-netherlands-cyber-dialogue-2019";

  @TempDir Path dir;
  Path corpus;
  Path out;

  @BeforeEach
  void firstRun() throws IOException {
    corpus = Files.createDirectories(dir.resolve("corpus"));
    for (String id : List.of(A, B)) {
      Files.copy(TestModels.CORPUS.resolve(id + ".txt"), corpus.resolve(id + ".txt"));
    }
    out = dir.resolve("out");
    RunSummary first = new ExtractJob(TestModels.extractor(), 2, "test").run(corpus, out, p -> { });
    assertEquals(2, first.added());
  }

  private static Extractor freshExtractor(Path models) throws IOException {
    return new Extractor(new NlpModels(NlpSettings.load(models.resolve("pipeline.properties"))), RuleSet.load(models));
  }

  private Path copyModels() throws IOException {
    Path models = dir.resolve("models");
    FileUtils.copyDirectory(TestModels.MODELS.toFile(), models.toFile());
    return models;
  }

  @Test
  void secondRunKeepsEverythingAndLoadsNoModel() throws IOException {
    Extractor fresh = freshExtractor(TestModels.MODELS);
    RunSummary again = new ExtractJob(fresh, 2, "test").run(corpus, out, p -> { });
    assertEquals(2, again.unchanged());
    assertEquals(0, again.processed());
    assertFalse(fresh.models().loaded());
  }

  @Test
  void ruleEditRegeneratesFromCachedAnnotationsWithoutLoadingModels() throws IOException {
    Path models = copyModels();
    Path rules = models.resolve("rules/10-dates.rules");
    Files.writeString(rules, Files.readString(rules).replace("rule date.weekday:", "rule date.weekday-disabled: /NEVER-MATCHES/ /x/\n#"));
    byte[] recordB = Files.readAllBytes(out.resolve("records/" + B + ".json"));
    Extractor fresh = freshExtractor(models);
    RunSummary s = new ExtractJob(fresh, 2, "test").run(corpus, out, p -> { });
    assertEquals(0, s.annotated());
    assertFalse(fresh.models().loaded(), "rule-only regeneration loaded the NLP models");
    // A names a weekday, B does not: only A's matches changed
    assertEquals(1, s.changed());
    assertEquals(1, s.rematched());
    assertEquals(1, s.unchanged());
    String record = Files.readString(out.resolve("records/" + A + ".json"));
    assertFalse(record.contains("\"Thursday\""), "the weekday rule was removed, its date must go");
    assertTrue(record.contains("Christopher Painter"));
    assertArrayEquals(recordB, Files.readAllBytes(out.resolve("records/" + B + ".json")));
    assertSameAsCleanRun(fresh);
  }

  @Test
  void ruleRewrittenWithTheSameMatchesKeepsEveryRecordAndTheNextEditStillAgrees() throws IOException {
    Path models = copyModels();
    Path rules = models.resolve("rules/10-dates.rules");
    // the same weekdays, written another way: a new fingerprint, the same matches
    Files.writeString(rules, Files.readString(rules).replace("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday",
        "Sunday|Saturday|Friday|Thursday|Wednesday|Tuesday|Monday"));
    Path recordA = out.resolve("records/" + A + ".json");
    java.nio.file.attribute.FileTime before = Files.getLastModifiedTime(recordA);
    Extractor rewritten = freshExtractor(models);
    RunSummary s = new ExtractJob(rewritten, 2, "test").run(corpus, out, p -> { });
    assertEquals(2, s.rematched());
    assertEquals(0, s.changed());
    assertEquals(before, Files.getLastModifiedTime(recordA), "a record whose matches did not change was written again");
    assertSameAsCleanRun(rewritten);

    // the next edit builds A again from the remembered matches, the rewritten rule's among them
    Files.writeString(rules, Files.readString(rules).replace("rule date.deictic:", "rule date.deictic-disabled: /NEVER-MATCHES/ /x/\n#"));
    Files.writeString(rules, Files.readString(rules) + "rule date.thursday-again: (?$date /Thursday/ )\n");
    Extractor edited = freshExtractor(models);
    RunSummary t = new ExtractJob(edited, 1, "test").run(corpus, out, p -> { });
    assertEquals(1, t.changed(), t.toString());
    assertSameAsCleanRun(edited);
  }

  /** The output folder holds what a clean, full run with the same extractor writes. */
  private void assertSameAsCleanRun(Extractor extractor) throws IOException {
    Path clean = dir.resolve("clean-" + System.nanoTime());
    new ExtractJob(extractor, 1, "test", ExtractJob.Options.FULL, w -> { }).run(corpus, clean, p -> { });
    for (String f : List.of("dataset.jsonl", "manifest.json", "records/" + A + ".json", "records/" + B + ".json")) {
      assertArrayEquals(Files.readAllBytes(clean.resolve(f)), Files.readAllBytes(out.resolve(f)), f);
    }
  }

  @Test
  void corruptedCacheEntryIsReportedRebuiltAndOutputEqualsACleanRun() throws IOException {
    List<Path> entries;
    try (Stream<Path> s = Files.list(out.resolve(".cache/annotations"))) {
      entries = s.sorted().toList();
    }
    assertEquals(2, entries.size());
    byte[] bytes = Files.readAllBytes(entries.get(0));
    Files.write(entries.get(0), java.util.Arrays.copyOf(bytes, bytes.length / 2));
    byte[] other = Files.readAllBytes(entries.get(1));
    other[other.length - 3] ^= 0x5A;
    Files.write(entries.get(1), other);

    Path models = copyModels();
    Files.writeString(models.resolve("rules/99-extra.rules"), "rule date.christmas: (?$date /Christmas/ )\n");
    List<String> warnings = new ArrayList<>();
    Extractor fresh = freshExtractor(models);
    RunSummary s = new ExtractJob(fresh, 1, "test", ExtractJob.Options.INCREMENTAL, warnings::add).run(corpus, out, p -> { });
    assertEquals(2, s.annotated(), "both damaged entries are rebuilt");
    assertEquals(2, warnings.size(), warnings.toString());
    assertTrue(warnings.stream().anyMatch(w -> w.contains("truncated")), warnings.toString());
    assertTrue(warnings.stream().anyMatch(w -> w.contains("checksum")), warnings.toString());

    Path clean = dir.resolve("clean");
    new ExtractJob(fresh, 1, "test", ExtractJob.Options.FULL, w -> { }).run(corpus, clean, p -> { });
    for (String f : List.of("dataset.jsonl", "manifest.json", "records/" + A + ".json", "records/" + B + ".json")) {
      assertArrayEquals(Files.readAllBytes(clean.resolve(f)), Files.readAllBytes(out.resolve(f)), f);
    }
    RunSummary third = new ExtractJob(freshExtractor(models), 1, "test").run(corpus, out, p -> { });
    assertEquals(2, third.unchanged());
  }

  @Test
  void editedStatementIsTheOnlyOneProcessedAndDeletedOneLosesItsRecord() throws IOException {
    Path a = corpus.resolve(A + ".txt");
    Files.writeString(a, Files.readString(a).replace("Thursday", "Friday"));
    RunSummary s = new ExtractJob(TestModels.extractor(), 2, "test").run(corpus, out, p -> { });
    assertEquals(1, s.changed());
    assertEquals(1, s.unchanged());
    assertEquals(1, s.annotated());
    assertTrue(Files.readString(out.resolve("records/" + A + ".json")).contains("\"Friday\""));

    Files.delete(corpus.resolve(B + ".txt"));
    RunSummary t = new ExtractJob(TestModels.extractor(), 2, "test").run(corpus, out, p -> { });
    assertEquals(List.of(B), t.removed());
    assertFalse(Files.exists(out.resolve("records/" + B + ".json")));
    assertEquals(1, Files.readAllLines(out.resolve("dataset.jsonl")).size());
  }

  @Test
  void datasetFollowsARecordChangedByHandEvenWhenNothingIsRedone() throws IOException {
    Path record = out.resolve("records/" + B + ".json");
    String edited = Files.readString(record).replace("\"people\" : [", "\"people\" : [ ]," + "\"x\" : [");
    Files.writeString(record, edited);
    Files.setLastModifiedTime(record, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5_000));
    RunSummary s = new ExtractJob(TestModels.extractor(), 2, "test").run(corpus, out, p -> { });
    assertEquals(2, s.unchanged());
    String line = Files.readAllLines(out.resolve("dataset.jsonl")).stream().filter(l -> l.contains(B)).findFirst().orElseThrow();
    assertTrue(line.contains("\"x\":["), line);
  }

  @Test
  void aNewBuildDoesNotReuseTheMatchesAnOlderBuildFound() throws IOException {
    // every cached match entry damaged: a run that read them would say so
    try (java.util.stream.Stream<Path> entries = Files.list(out.resolve(".cache/matches"))) {
      for (Path e : entries.toList()) {
        Files.write(e, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
      }
    }
    List<String> warnings = new java.util.ArrayList<>();
    ExtractJob newBuild = new ExtractJob(TestModels.extractor(), 2, "test-2", ExtractJob.Options.INCREMENTAL, warnings::add);
    RunSummary s = newBuild.run(corpus, out, p -> { });
    assertEquals(2, s.changed(), "another build remakes every record");
    assertTrue(warnings.stream().noneMatch(w -> w.contains("match cache")), "the old build's matches were read: " + warnings);
    assertTrue(Files.readString(out.resolve("records/" + A + ".json")).contains("Christopher Painter"));
  }
}
