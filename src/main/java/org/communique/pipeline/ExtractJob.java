package org.communique.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.communique.output.OutputLock;
import org.communique.output.OutputWriter;
import org.communique.records.DocumentRecord;
import org.communique.rules.MatchDigest;
import org.communique.rules.RuleMatch;

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
   * @param waitForLock when another run is writing the output folder, wait for it (else fail at once)
   */
  public record Options(boolean full, boolean useCache, long maxBytes, java.time.Duration docTimeout, boolean waitForLock) {
    public static final java.time.Duration DEFAULT_TIMEOUT = java.time.Duration.ofSeconds(120);
    public static final Options INCREMENTAL = new Options(false, true, CorpusReader.DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, false);
    public static final Options FULL = new Options(true, false, CorpusReader.DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, false);

    public Options withLimits(long maxBytes, java.time.Duration docTimeout) {
      return new Options(full, useCache, maxBytes, docTimeout, waitForLock);
    }

    public Options withWaitForLock(boolean wait) {
      return new Options(full, useCache, maxBytes, docTimeout, wait);
    }
  }

  /** What a dry run would write for a document: its record, and the statement text its offsets refer to. */
  public record Planned(com.fasterxml.jackson.databind.JsonNode record, String text) {}

  /**
   * A dry run: the summary a run would print, and the record of every document it would make
   * again (unchanged documents keep their record and are not listed).
   */
  public record DryRun(RunSummary summary, Map<String, Planned> planned) {}

  /** What happened to a document. */
  enum Status { NEW, CHANGED, REMATCHED, UNCHANGED, FAILED }

  private final Extractor extractor;
  private final int threads;
  private final String toolVersion;
  private final Options options;
  private final Consumer<String> warnings;
  private final org.communique.curation.Curation curation;
  /** The entity files' figures of the last real run, or null. */
  private volatile org.communique.dataset.DatasetStage.Result lastDataset;

  public ExtractJob(Extractor extractor, int threads, String toolVersion) {
    this(extractor, threads, toolVersion, Options.INCREMENTAL, w -> { });
  }

  public ExtractJob(Extractor extractor, int threads, String toolVersion, Options options, Consumer<String> warnings) {
    this(extractor, threads, toolVersion, options, warnings, org.communique.curation.Curation.NONE);
  }

  /** {@code curation}: the analysts' edits, applied to the records (item edits) and the entities (entity edits). */
  public ExtractJob(Extractor extractor, int threads, String toolVersion, Options options, Consumer<String> warnings,
      org.communique.curation.Curation curation) {
    this.curation = curation;
    this.extractor = extractor;
    this.threads = Math.max(1, threads);
    this.toolVersion = toolVersion;
    this.options = options;
    this.warnings = warnings;
    this.code = code(toolVersion);
  }

  /** The build a record is made by, as its run-state stamp names it: the tool version and the jar's digest. */
  public static String code(String toolVersion) {
    return toolVersion + ":" + CodeFingerprint.VALUE;
  }

  /** The tool version and build a record is made by. */
  private final String code;

  /** Computed once per JVM, when first asked for: the jar does not change under a running program. */
  private static final class CodeFingerprint {
    static final String VALUE = codeFingerprint();
  }

  /** The build's own jar, so that a new build of the record stages redoes the records; "classes" when run from classes. */
  private static String codeFingerprint() {
    try {
      Path location = codeJar();
      return location == null ? "classes" : CorpusReader.sha256(Files.readAllBytes(location));
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  /** The jar this code runs from, or null when it runs from a folder of classes. */
  public static Path codeJar() {
    try {
      var src = ExtractJob.class.getProtectionDomain().getCodeSource();
      Path location = src == null ? null : Path.of(src.getLocation().toURI());
      return location != null && Files.isRegularFile(location) ? location : null;
    } catch (java.net.URISyntaxException | RuntimeException e) {
      return null;
    }
  }

  private record Outcome(String docId, String path, Status status, String sha256, Map<String, Integer> items, long tokens,
      boolean annotated, String error) {}

  /**
   * Runs over the corpus. The output folder is locked for the whole run ({@link OutputLock}): when
   * another run holds it this fails at once with {@link OutputLock.Busy}, or waits for it with
   * {@link Options#waitForLock()}.
   */
  public RunSummary run(Path corpusDir, Path outDir, Consumer<Progress> progress) throws IOException {
    return run(corpusDir, outDir, progress, s -> { });
  }

  /** Something done with a run's summary while the output folder is still locked. */
  public interface Finisher {
    void finish(RunSummary summary) throws IOException;
  }

  /** As {@link #run(Path, Path, Consumer)}, then {@code finished} with the output folder still locked. */
  public RunSummary run(Path corpusDir, Path outDir, Consumer<Progress> progress, Finisher finished) throws IOException {
    long t0 = System.nanoTime();
    OutputWriter writer = new OutputWriter(outDir);
    writer.checkWritable();
    try (OutputLock lock = OutputLock.acquire(outDir, options.waitForLock(), warnings)) {
      // a run that stops half-way leaves no snapshot saying the folder is up to date
      org.communique.cache.RunSnapshot.forget(outDir);
      RunSummary summary = runLocked(corpusDir, writer, outDir, progress, t0);
      finished.finish(summary);
      return summary;
    }
  }

  /**
   * What a run would do, with nothing written to the output folder (no record, dataset, manifest,
   * cache entry or journal line; no lock taken): the caches and the run state are only read.
   */
  public DryRun dryRun(Path corpusDir, Path outDir, Consumer<Progress> progress) throws IOException {
    Map<String, Planned> planned = new java.util.concurrent.ConcurrentHashMap<>();
    RunSummary s = runLocked(corpusDir, new OutputWriter(outDir), outDir, progress, System.nanoTime(), planned);
    return new DryRun(s, new TreeMap<>(planned));
  }

  private RunSummary runLocked(Path corpusDir, OutputWriter writer, Path outDir, Consumer<Progress> progress, long t0) throws IOException {
    return runLocked(corpusDir, writer, outDir, progress, t0, null);
  }

  /** {@code planned} null: a real run; else a dry run that puts there what it would write. */
  private RunSummary runLocked(Path corpusDir, OutputWriter writer, Path outDir, Consumer<Progress> progress, long t0,
      Map<String, Planned> planned) throws IOException {
    boolean dry = planned != null;
    CorpusReader reader = new CorpusReader(corpusDir, options.maxBytes());
    RunState state = RunState.open(outDir.resolve(".cache"));
    if (!dry) {
      state.putRuleKeys(extractor.rules().fingerprint(), extractor.ruleKeys());
    }
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
        Outcome o = process(reader, writer, state, cache, matchCache, file, planned);
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
      state.close();
    }
    List<String> removed;
    if (dry) {
      removed = writer.recordsExcept(kept);
    } else {
      removed = writer.removeRecordsExcept(kept);
      state.tidy(kept, extractor.rules().fingerprint());
      writer.removeTextsExcept(kept);
      writer.writeDataset();
      writer.writeManifest(toolVersion, extractor.rules().fingerprint(), extractor.models().fingerprint(), shas);
      writer.writeErrors(errors);
      // the gazetteers and registry the entities are resolved with belong to the rules' inputs
      lastDataset = extractor.dataset().run(outDir, curation, code + "\u0000" + extractor.rules().recordInputsFingerprint());
      lastDataset.stale().forEach(line -> warnings.accept("curation edit applies to nothing: " + line));
      // no records folder: every document failed on the first run, there is nothing to query yet
      if (Files.isDirectory(outDir.resolve("records"))
          && (lastDataset.ran() || !Files.isRegularFile(org.communique.db.DatasetDatabase.location(outDir)))) {
        org.communique.db.DatasetDatabase.rebuild(outDir);
      }
    }
    return new RunSummary(listed.size(), kept.size(), errors, removed, items, tokens, (System.nanoTime() - t0) / 1e9,
        statuses.getOrDefault(Status.NEW, 0), statuses.getOrDefault(Status.CHANGED, 0),
        statuses.getOrDefault(Status.UNCHANGED, 0) + statuses.getOrDefault(Status.REMATCHED, 0),
        statuses.getOrDefault(Status.REMATCHED, 0), annotated, extractor.models().loaded());
  }

  /** The entity files' figures of the last run that wrote them, or null. */
  public org.communique.dataset.DatasetStage.Result lastDataset() {
    return lastDataset;
  }

  private Outcome process(CorpusReader reader, OutputWriter writer, RunState state, AnnotationCache cache, MatchCache matchCache,
      Path file, Map<String, Planned> planned) {
    boolean dry = planned != null;
    String docId = CorpusReader.docIdOf(file);
    String path = file.getFileName().toString();
    try {
      Deadline deadline = Deadline.after(options.docTimeout());
      SourceDocument doc = reader.read(file, deadline::check);
      String source = curation.stampKey(docId, sourceKey(doc));
      String nlp = extractor.models().fingerprint();
      String rules = extractor.rules().fingerprint();
      RunState.Stamp previous = state.get(docId);
      boolean recordExists = Files.isRegularFile(writer.recordFile(docId));
      boolean sameInputs = !options.full() && recordExists && previous != null && previous.counts() != null
          && previous.sameInputs(source, code, nlp);
      if (sameInputs && rules.equals(previous.rules())) {
        return new Outcome(docId, path, Status.UNCHANGED, doc.sha256(), previous.counts(), 0, false, null);
      }
      Status status = previous == null || !recordExists ? Status.NEW : Status.CHANGED;
      AnnotatedDocument annotated = options.useCache() ? cache.get(doc) : null;
      boolean computed = annotated == null;
      if (computed) {
        annotated = extractor.annotate(doc, deadline);
        if (!dry) {
          cache.put(annotated);
        }
      }
      List<String> seenKeys = sameInputs && !computed ? state.ruleKeys(previous.rules()) : null;
      Map<String, List<RuleMatch>> remembered = Map.of();
      if (seenKeys != null) {
        // rules were edited: run only the rules this record has not seen, and keep the record when
        // all matches are still what it was made from
        Map<String, List<RuleMatch>> fresh = extractor.matchOthers(annotated, new HashSet<>(seenKeys), deadline);
        Map<String, String> digests = digests(previous.matched(), fresh);
        String matches = combine(digests);
        if (matches.equals(previous.matches())) {
          if (!dry && fresh.values().stream().anyMatch(l -> !l.isEmpty())) {
            Map<String, List<RuleMatch>> merged = new HashMap<>(matchCache.get(doc));
            merged.putAll(fresh);
            matchCache.put(doc, merged);
          }
          if (!dry) {
            state.put(docId, stamp(doc, source, nlp, digests, matches, previous.counts()));
          }
          return new Outcome(docId, path, Status.REMATCHED, doc.sha256(), previous.counts(), annotated.tokenCount(), false, null);
        }
        remembered = new HashMap<>(matchCache.get(doc));
        for (String key : seenKeys) {
          if (!previous.matched().containsKey(key)) {
            remembered.putIfAbsent(key, List.of());
          }
        }
        remembered.putAll(fresh);
      } else if (options.useCache() && !computed && (previous == null || code.equals(previous.code()))) {
        // cached matches are reused only under the build that found them: a new build may match
        // differently (how gazetteer phrases are tokenised, how a slot is read)
        remembered = matchCache.get(doc);
      }
      List<Map<String, List<RuleMatch>>> byRule = new ArrayList<>(1);
      DocumentRecord extracted = extractor.extract(annotated, remembered, byRule::add, deadline);
      // a record no curation line edits is written as it is: a JSON tree of it costs a serialisation more
      boolean edited = !curation.itemLines(docId).isEmpty();
      com.fasterxml.jackson.databind.node.ObjectNode record = edited || dry ? curation.apply(extracted, docId) : null;
      if (dry) {
        planned.put(docId, new Planned(record, doc.text()));
      } else {
        if (!byRule.get(0).equals(remembered)) {
          matchCache.put(doc, byRule.get(0));
        }
        if (doc.extracted()) {
          writer.writeText(docId, doc.text());
        }
        if (record != null) {
          writer.writeRecord(docId, record);
        } else {
          writer.writeRecord(extracted);
        }
      }
      Map<String, Integer> counts = new LinkedHashMap<>();
      if (record != null) {
        for (String type : Records.TYPES) {
          counts.put(type, record.path(type).size());
        }
      } else {
        counts.put("groups", extracted.groups().size());
        counts.put("people", extracted.people().size());
        counts.put("agencies", extracted.agencies().size());
        counts.put("dates", extracted.dates().size());
        counts.put("commitments", extracted.commitments().size());
      }
      if (!dry) {
        Map<String, String> digests = digests(Map.of(), byRule.get(0));
        state.put(docId, stamp(doc, source, nlp, digests, combine(digests), counts));
      }
      return new Outcome(docId, path, status, doc.sha256(), counts, annotated.tokenCount(), computed, null);
    } catch (IngestException | Deadline.Exceeded e) {
      return failed(docId, path, e.getMessage());
    } catch (IOException e) {
      return failed(docId, path, "cannot write output: " + e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      return failed(docId, path, "internal error: " + e);
    }
  }

  /** Everything read from the corpus for a document that its record depends on. */
  public static String sourceKey(SourceDocument doc) {
    return CorpusReader.sha256(String.join("\u0000", doc.sha256(), doc.fileName(), String.valueOf(doc.date()), String.valueOf(doc.url()),
        String.valueOf(doc.extracted())).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /**
   * The match digest of every current rule key, in key order: from {@code fresh} when it was run
   * now, else from what the previous record saw ({@code matched} holds the digests of the rules
   * that matched anything; the others matched nothing).
   */
  private Map<String, String> digests(Map<String, String> matched, Map<String, List<RuleMatch>> fresh) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String key : extractor.ruleKeys()) {
      List<RuleMatch> found = fresh.get(key);
      out.put(key, found != null ? MatchDigest.of(found) : matched.getOrDefault(key, MatchDigest.NONE));
    }
    return out;
  }

  private String combine(Map<String, String> digests) {
    return MatchDigest.combine(extractor.rules().recordInputsFingerprint(), List.copyOf(digests.values()));
  }

  private RunState.Stamp stamp(SourceDocument doc, String source, String nlp, Map<String, String> digests, String matches,
      Map<String, Integer> counts) {
    Map<String, String> matched = new TreeMap<>();
    digests.forEach((key, d) -> {
      if (!MatchDigest.NONE.equals(d)) {
        matched.put(key, d);
      }
    });
    return new RunState.Stamp(doc.sha256(), source, code, nlp, extractor.rules().fingerprint(), matched, matches, counts);
  }

  /** Two files for one doc_id ("a.txt", "a.html"): both are reported, neither is used. */
  public static List<DocumentError> duplicates(List<Path> files) {
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
