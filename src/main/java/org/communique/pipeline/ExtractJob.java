package org.communique.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.communique.cache.AnnotationCache;
import org.communique.cache.MatchCache;
import org.communique.cache.RunState;
import org.communique.eval.Records;
import org.communique.ingest.CorpusReader;
import org.communique.ingest.IngestException;
import org.communique.ingest.SourceDocument;
import org.communique.nlp.AnnotatedDocument;
import org.communique.nlp.Deadline;
import org.communique.output.DocumentError;
import org.communique.output.JsonFiles;
import org.communique.output.OutputWriter;
import org.communique.records.DocumentRecord;

/**
 * Extracts the statements of a corpus folder into an output folder, {@code threads} documents at
 * a time. By default only new or changed work is done: a document whose text, rules and NLP
 * settings are those its record was made from is kept as it is; a document whose text is known
 * to the annotation cache is not annotated again. A document that fails is reported and skipped.
 */
public final class ExtractJob {
  /** Progress as documents finish. */
  public record Progress(int done, int total, String docId) {}

  /**
   * How a run treats earlier work, and its limits.
   *
   * @param full        redo every document, annotations included
   * @param useCache    read cached annotations and rule matches
   * @param maxBytes    larger statement files are refused
   * @param docTimeout  a document taking longer is reported and skipped (zero: no limit)
   */
  public record Options(boolean full, boolean useCache, long maxBytes, java.time.Duration docTimeout) {
    public static final java.time.Duration DEFAULT_TIMEOUT = java.time.Duration.ofSeconds(120);
    public static final Options INCREMENTAL = new Options(false, true, CorpusReader.DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT);
    public static final Options FULL = new Options(true, false, CorpusReader.DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT);

    public Options withLimits(long maxBytes, java.time.Duration docTimeout) {
      return new Options(full, useCache, maxBytes, docTimeout);
    }
  }

  /** What happened to a document. */
  enum Status { NEW, CHANGED, UNCHANGED, FAILED }

  private final Extractor extractor;
  private final int threads;
  private final String toolVersion;
  private final Options options;
  private final Consumer<String> warnings;

  public ExtractJob(Extractor extractor, int threads, String toolVersion) {
    this(extractor, threads, toolVersion, Options.INCREMENTAL, w -> { });
  }

  public ExtractJob(Extractor extractor, int threads, String toolVersion, Options options, Consumer<String> warnings) {
    this.extractor = extractor;
    this.threads = Math.max(1, threads);
    this.toolVersion = toolVersion;
    this.options = options;
    this.warnings = warnings;
    this.codeFingerprint = codeFingerprint();
  }

  private final String codeFingerprint;

  /** The build's own jar, so that a new build of the record stages redoes the records; "classes" when run from classes. */
  private static String codeFingerprint() {
    try {
      var src = ExtractJob.class.getProtectionDomain().getCodeSource();
      Path location = src == null ? null : Path.of(src.getLocation().toURI());
      if (location == null || !Files.isRegularFile(location)) {
        return "classes";
      }
      return CorpusReader.sha256(Files.readAllBytes(location));
    } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
      return "unknown";
    }
  }

  private record Outcome(String docId, String path, Status status, String sha256, Map<String, Integer> items, long tokens,
      boolean annotated, String error) {}

  public RunSummary run(Path corpusDir, Path outDir, Consumer<Progress> progress) throws IOException {
    long t0 = System.nanoTime();
    CorpusReader reader = new CorpusReader(corpusDir, options.maxBytes());
    OutputWriter writer = new OutputWriter(outDir);
    writer.checkWritable();
    RunState state = new RunState(outDir.resolve(".cache/state"));
    AnnotationCache cache = new AnnotationCache(outDir.resolve(".cache/annotations"), extractor.models().fingerprint(),
        (file, reason) -> warnings.accept("annotation cache entry " + file.getFileName() + " is damaged (" + reason + "); rebuilding it"));
    MatchCache matchCache = new MatchCache(outDir.resolve(".cache/matches"), extractor.models().fingerprint(),
        (file, reason) -> warnings.accept("match cache entry " + file.getFileName() + " is damaged (" + reason + "); rebuilding it"));
    List<Path> listed = reader.list();
    List<DocumentError> errors = new ArrayList<>(duplicates(listed));
    Set<String> duplicated = new HashSet<>();
    errors.forEach(e -> duplicated.add(e.docId()));
    List<Path> files = listed.stream().filter(f -> !duplicated.contains(CorpusReader.docIdOf(f))).toList();
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "extract");
      t.setDaemon(true);
      return t;
    });
    List<Future<Outcome>> futures = new ArrayList<>();
    for (Path file : files) {
      futures.add(pool.submit(() -> {
        Outcome o = process(reader, writer, state, cache, matchCache, file);
        progress.accept(new Progress(done.incrementAndGet(), files.size(), o.docId()));
        return o;
      }));
    }
    Map<String, String> shas = new TreeMap<>();
    Map<String, Integer> items = new LinkedHashMap<>();
    Records.TYPES.forEach(t -> items.put(t, 0));
    Map<Status, Integer> statuses = new TreeMap<>();
    Set<String> kept = new HashSet<>();
    long tokens = 0;
    int annotated = 0;
    try {
      for (int i = 0; i < futures.size(); i++) {
        Outcome o = get(futures.get(i), files.get(i));
        statuses.merge(o.status(), 1, Integer::sum);
        if (o.error() != null) {
          errors.add(new DocumentError(o.docId(), o.path(), o.error()));
          continue;
        }
        kept.add(o.docId());
        shas.put(o.docId(), o.sha256());
        tokens += o.tokens();
        annotated += o.annotated() ? 1 : 0;
        o.items().forEach((t, n) -> items.merge(t, n, Integer::sum));
      }
    } finally {
      pool.shutdownNow();
    }
    List<String> removed = writer.removeRecordsExcept(kept);
    for (String id : removed) {
      state.remove(id);
    }
    writer.removeTextsExcept(kept);
    writer.writeDataset();
    writer.writeManifest(toolVersion, extractor.rules().fingerprint(), extractor.models().fingerprint(), shas);
    writer.writeErrors(errors);
    return new RunSummary(listed.size(), kept.size(), errors, removed, items, tokens, (System.nanoTime() - t0) / 1e9,
        statuses.getOrDefault(Status.NEW, 0), statuses.getOrDefault(Status.CHANGED, 0),
        statuses.getOrDefault(Status.UNCHANGED, 0), annotated, extractor.models().loaded());
  }

  private Outcome process(CorpusReader reader, OutputWriter writer, RunState state, AnnotationCache cache, MatchCache matchCache,
      Path file) {
    String docId = CorpusReader.docIdOf(file);
    String path = file.getFileName().toString();
    try {
      SourceDocument doc = reader.read(file);
      Deadline deadline = Deadline.after(options.docTimeout());
      RunState.Stamp stamp = new RunState.Stamp(doc.sha256(), toolVersion + ":" + codeFingerprint + ":" + extractor.rules().fingerprint(),
          extractor.models().fingerprint());
      RunState.Stamp previous = state.get(docId);
      Path recordFile = writer.recordFile(docId);
      if (!options.full() && stamp.equals(previous) && Files.isRegularFile(recordFile)) {
        Map<String, Integer> counts = counts(recordFile);
        if (counts != null) {
          return new Outcome(docId, path, Status.UNCHANGED, doc.sha256(), counts, 0, false, null);
        }
      }
      Status status = previous == null || !Files.isRegularFile(recordFile) ? Status.NEW : Status.CHANGED;
      AnnotatedDocument annotated = options.useCache() ? cache.get(doc) : null;
      boolean computed = annotated == null;
      if (computed) {
        annotated = extractor.annotate(doc, deadline);
        cache.put(annotated);
      }
      Map<String, List<org.communique.rules.RuleMatch>> remembered = options.useCache() && !computed ? matchCache.get(doc) : Map.of();
      List<Map<String, List<org.communique.rules.RuleMatch>>> fresh = new ArrayList<>(1);
      DocumentRecord record = extractor.extract(annotated, remembered, fresh::add, deadline);
      if (!fresh.get(0).equals(remembered)) {
        matchCache.put(doc, fresh.get(0));
      }
      if (doc.extracted()) {
        writer.writeText(docId, doc.text());
      }
      writer.writeRecord(record);
      state.put(docId, stamp);
      Map<String, Integer> counts = new LinkedHashMap<>();
      counts.put("groups", record.groups().size());
      counts.put("people", record.people().size());
      counts.put("agencies", record.agencies().size());
      counts.put("dates", record.dates().size());
      counts.put("commitments", record.commitments().size());
      return new Outcome(docId, path, status, doc.sha256(), counts, annotated.tokenCount(), computed, null);
    } catch (IngestException | Deadline.Exceeded e) {
      return failed(docId, path, e.getMessage());
    } catch (IOException e) {
      return failed(docId, path, "cannot write output: " + e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      return failed(docId, path, "internal error: " + e);
    }
  }

  /** Two files for one doc_id ("a.txt", "a.html"): both are reported, neither is used. */
  private static List<DocumentError> duplicates(List<Path> files) {
    Map<String, List<String>> byId = new TreeMap<>();
    files.forEach(f -> byId.computeIfAbsent(CorpusReader.docIdOf(f), k -> new ArrayList<>()).add(f.getFileName().toString()));
    List<DocumentError> out = new ArrayList<>();
    byId.forEach((id, names) -> {
      if (names.size() > 1) {
        for (String n : names) {
          out.add(new DocumentError(id, n, "doc_id '" + id + "' is given by " + String.join(" and ", names) + "; neither is used"));
        }
      }
    });
    return out;
  }

  private static Outcome failed(String docId, String path, String reason) {
    return new Outcome(docId, path, Status.FAILED, null, Map.of(), 0, false, reason);
  }

  /** Item counts of an existing record, or null when it cannot be read (then it is made again). */
  private static Map<String, Integer> counts(Path recordFile) {
    try {
      var node = JsonFiles.MAPPER.readTree(recordFile.toFile());
      Map<String, Integer> counts = new LinkedHashMap<>();
      for (String t : Records.TYPES) {
        if (!node.has(t) || !node.get(t).isArray()) {
          return null;
        }
        counts.put(t, node.get(t).size());
      }
      return counts;
    } catch (IOException e) {
      return null;
    }
  }

  private static Outcome get(Future<Outcome> f, Path file) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      return failed(CorpusReader.docIdOf(file), file.getFileName().toString(), "internal error: " + e.getCause());
    }
  }
}
