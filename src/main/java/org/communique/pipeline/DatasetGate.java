package org.communique.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.io.FileUtils;
import org.communique.diff.DiffReport;
import org.communique.diff.RecordDiffer;
import org.communique.eval.Records;

/**
 * Regenerates the dataset into a temporary folder and compares it with the committed one, so that
 * a rule change always lands together with its dataset change.
 */
public final class DatasetGate {
  /** What differs: the item diff and the files whose bytes differ; {@code fresh} is the regenerated records by doc_id. */
  public record Result(DiffReport diff, List<String> differingFiles, java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> fresh) {
    public boolean upToDate() {
      return differingFiles.isEmpty();
    }
  }

  private final Extractor extractor;
  private final int threads;
  private final String toolVersion;
  private final org.communique.curation.Curation curation;

  public DatasetGate(Extractor extractor, int threads, String toolVersion) {
    this(extractor, threads, toolVersion, org.communique.curation.Curation.NONE);
  }

  public DatasetGate(Extractor extractor, int threads, String toolVersion, org.communique.curation.Curation curation) {
    this.curation = curation;
    this.extractor = extractor;
    this.threads = threads;
    this.toolVersion = toolVersion;
  }

  public Result check(Path corpus, Path committed) throws IOException {
    Path tmp = Files.createTempDirectory("communique-gate");
    try {
      Path fresh = tmp.resolve("output");
      new ExtractJob(extractor, threads, toolVersion, ExtractJob.Options.INCREMENTAL, w -> { }, curation).run(corpus, fresh, p -> { });
      java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> records = load(fresh);
      DiffReport diff = new RecordDiffer(corpus, null).diff(load(committed), records);
      return new Result(diff, differingFiles(committed, fresh), records);
    } finally {
      FileUtils.deleteDirectory(tmp.toFile());
    }
  }

  private static java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> load(Path out) throws IOException {
    Path records = out.resolve("records");
    return Files.isDirectory(records) ? Records.load(records) : new java.util.TreeMap<>();
  }

  /** Dataset files (records, dataset.jsonl, manifest.json, errors.jsonl) present on one side only or with other bytes. */
  static List<String> differingFiles(Path a, Path b) throws IOException {
    TreeSet<String> names = new TreeSet<>();
    names.addAll(datasetFiles(a));
    names.addAll(datasetFiles(b));
    List<String> out = new ArrayList<>();
    for (String n : names) {
      Path x = a.resolve(n);
      Path y = b.resolve(n);
      if (!Files.isRegularFile(x) || !Files.isRegularFile(y) || !Arrays.equals(Files.readAllBytes(x), Files.readAllBytes(y))) {
        out.add(n);
      }
    }
    return out;
  }

  private static List<String> datasetFiles(Path out) throws IOException {
    List<String> names = new ArrayList<>();
    for (String top : List.of("dataset.jsonl", "manifest.json", "errors.jsonl", org.communique.dataset.DatasetStage.STALE_FILE)) {
      if (Files.isRegularFile(out.resolve(top))) {
        names.add(top);
      }
    }
    Path records = out.resolve("records");
    if (Files.isDirectory(records)) {
      try (Stream<Path> s = Files.list(records)) {
        s.filter(p -> p.getFileName().toString().endsWith(".json")).forEach(p -> names.add("records/" + p.getFileName()));
      }
    }
    Path entities = out.resolve("entities");
    if (Files.isDirectory(entities)) {
      try (Stream<Path> s = Files.list(entities)) {
        s.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().forEach(p -> names.add("entities/" + p.getFileName()));
      }
    }
    return names;
  }
}
