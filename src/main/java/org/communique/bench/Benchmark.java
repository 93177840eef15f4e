package org.communique.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.ProtobufAnnotationSerializer;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.io.FileUtils;
import org.communique.ingest.CorpusReader;
import org.communique.nlp.NlpSettings;
import org.communique.pipeline.ExtractJob;
import org.communique.pipeline.Extractor;
import org.communique.pipeline.NlpModels;
import org.communique.pipeline.RunSummary;
import org.communique.rules.RuleSet;

/**
 * The speed and memory figures of issue "fast regeneration", measured in one run on one machine:
 * model load, full runs with 1 and N threads, rule-only regeneration, time to the first record
 * after a rule edit, peak heap and RSS, and CoreNLP's default pipeline on the same texts as the
 * reference.
 */
public final class Benchmark {
  private static final int WARMUP_EDITS = 10;
  private final Path corpus;
  private final Path models;
  private final int copies;
  private final int threads;
  private final int referenceDocs;
  private final PrintWriter out;

  /** Statements of the whole-command regeneration figures ({@link RegenerationBench}); 0 skips them. */
  private final int regenerationDocs;

  public Benchmark(Path corpus, Path models, int copies, int threads, int referenceDocs, int regenerationDocs, PrintWriter out) {
    this.regenerationDocs = regenerationDocs;
    this.corpus = corpus;
    this.models = models;
    this.copies = copies;
    this.threads = threads;
    this.referenceDocs = referenceDocs;
    this.out = out;
  }

  public void run() throws IOException {
    Path tmp = Files.createTempDirectory("communique-bench");
    try {
      Path bigCorpus = copies(tmp.resolve("corpus"));
      int docs = new CorpusReader(bigCorpus).list().size();
      out.printf(Locale.ROOT, "corpus: %s x %d = %d documents; %d threads available, %d used for the parallel run%n", corpus, copies,
          docs, Runtime.getRuntime().availableProcessors(), threads);

      NlpSettings settings = NlpSettings.load(models.resolve("pipeline.properties"));
      NlpModels nlp = new NlpModels(settings);
      nlp.annotator();
      out.printf(Locale.ROOT, "model load (OpenNLP + CoreNLP):       %6.2f s%n", nlp.loadSeconds());
      Extractor extractor = new Extractor(nlp, RuleSet.load(models));

      // one unmeasured full run first: the measured runs are then both past the JIT's warm-up
      RunSummary warmup = new ExtractJob(extractor, threads, "bench", ExtractJob.Options.FULL, w -> { }).run(bigCorpus, tmp.resolve("warmup"), p -> { });
      out.printf(Locale.ROOT, "warm-up full run (not counted):       %6.2f s%n", warmup.seconds());
      RunSummary one = new ExtractJob(extractor, 1, "bench", ExtractJob.Options.FULL, w -> { }).run(bigCorpus, tmp.resolve("out1"), p -> { });
      line("full run, 1 thread", one.documents(), one.tokens(), one.seconds());
      RunSummary many = new ExtractJob(extractor, threads, "bench", ExtractJob.Options.FULL, w -> { }).run(bigCorpus, tmp.resolve("outN"), p -> { });
      line("full run, " + threads + " threads", many.documents(), many.tokens(), many.seconds());
      out.printf(Locale.ROOT, "parallel speed-up:                    %6.2f x%n", one.seconds() / many.seconds());

      RuleEdits edits = new RuleEdits(bigCorpus, tmp.resolve("outN"), tmp.resolve("models"), many.seconds());
      out.printf(Locale.ROOT, "rule-only regeneration (%d threads; rules loaded, cached annotations, NLP models never loaded):%n", threads);
      RuleEdits.Timing first = edits.run("rule date.bench-edit0: (?$date /Christmas/ )\n", null);
      out.printf(Locale.ROOT, "  first rule-only run in this JVM:     %6.3f s  %7.1f documents/s  first record after %.3f s; NLP models %s%n",
          first.seconds(), first.documentsPerSecond(), first.firstRecordSeconds(), first.modelsLoaded() ? "LOADED" : "not loaded");
      for (int i = 0; i < WARMUP_EDITS; i++) {
        edits.run("rule date.bench-warmup" + i + ": (?$date /Christmas" + i + "/ )\n", null);
      }
      out.printf(Locale.ROOT, "  after %d unmeasured edits (JIT warm-up):%n", WARMUP_EDITS);
      edits.header();
      RuleEdits.Timing none = edits.median("a rule added that matches nothing", 7,
          i -> "rule date.bench-none" + i + ": (?$date /Christmas" + i + "/ )\n");
      RuleEdits.Timing deleted = edits.deleteRule(narrowestRule(extractor));
      RuleEdits.Timing every = edits.median("a rule added that matches in every record", 3,
          i -> "rule date.bench-every" + i + ": (?$date [{word:/" + (i % 2 == 0 ? "[.]" : "[,]") + "/}] )\n");
      out.printf(Locale.ROOT, "  rule-only vs full (%d threads): %.0f x when no record changes, %.0f x after deleting a rule, %.0f x when every record changes%n",
          threads, many.seconds() / none.seconds(), many.seconds() / deleted.seconds(), many.seconds() / every.seconds());
      double command = nlp.loadSeconds() + many.seconds();
      out.printf(Locale.ROOT, "  the same against a full run with its model load (%.2f s, as a command runs it): %.0f x, %.0f x, %.0f x%n",
          command, command / none.seconds(), command / deleted.seconds(), command / every.seconds());
      // out1 was made by this extractor's rules (outN has seen the edited ones): only the new statement is work
      newStatement(extractor, bigCorpus, tmp.resolve("out1"));
      if (regenerationDocs > 0) {
        try {
          new RegenerationBench(corpus, models, regenerationDocs, out).run(tmp, tmp.resolve("out1/.cache/annotations"));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted", e);
        }
      }
      out.printf(Locale.ROOT, "peak heap:                            %6.0f MB%n", peakHeapMb());
      out.printf(Locale.ROOT, "peak RSS (our runs):                  %6.0f MB%n", peakRssMb());

      double refDocsPerSecond = reference(bigCorpus, tmp.resolve("outN"), nlp);
      out.printf(Locale.ROOT, "ratios to the reference: full 1 thread %.1f x, full %d threads %.1f x, rule-only %.0f x (no record changes)"
          + " to %.0f x (every record changes) (documents/s)%n",
          one.documents() / one.seconds() / refDocsPerSecond, threads, many.documents() / many.seconds() / refDocsPerSecond,
          none.documentsPerSecond() / refDocsPerSecond, every.documentsPerSecond() / refDocsPerSecond);
    } finally {
      FileUtils.deleteDirectory(tmp.toFile());
    }
  }

  private void line(String what, int docs, long tokens, double seconds) {
    out.printf(Locale.ROOT, "%-37s %6.2f s  %8.1f documents/s  %9.0f tokens/s%n", what + ":", seconds, docs / seconds, tokens / seconds);
    out.flush();
  }

  /** CoreNLP's default tokenize,ssplit,pos,lemma,ner over the same texts, one thread. */
  private double reference(Path bigCorpus, Path cachedOut, NlpModels nlp) throws IOException {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    long t0 = System.nanoTime();
    StanfordCoreNLP pipeline = new StanfordCoreNLP(p);
    double load = (System.nanoTime() - t0) / 1e9;
    List<Path> files = new CorpusReader(bigCorpus).list();
    if (referenceDocs > 0 && referenceDocs < files.size()) {
      files = files.subList(0, referenceDocs);
    }
    long tokens = 0;
    List<byte[]> protobufs = new java.util.ArrayList<>();
    ProtobufAnnotationSerializer proto = new ProtobufAnnotationSerializer(false);
    double seconds = 0;
    for (Path f : files) {
      long s0 = System.nanoTime();
      Annotation a = new Annotation(Files.readString(f, StandardCharsets.UTF_8));
      pipeline.annotate(a);
      seconds += (System.nanoTime() - s0) / 1e9;
      tokens += a.get(CoreAnnotations.TokensAnnotation.class).size();
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      proto.write(a, bytes).close();
      protobufs.add(bytes.toByteArray());
    }
    cacheFormats(files, protobufs, proto, cachedOut, nlp);
    out.printf(Locale.ROOT, "reference model load (CoreNLP default): %4.2f s%n", load);
    line("reference: CoreNLP default ner, 1 thread (" + files.size() + " docs)", files.size(), tokens, seconds);
    return files.size() / seconds;
  }

  /** How fast cached annotations load: our Smile entries against CoreNLP's protobuf of the same texts. */
  private void cacheFormats(List<Path> files, List<byte[]> protobufs, ProtobufAnnotationSerializer proto, Path cachedOut,
      NlpModels nlp) throws IOException {
    CorpusReader reader = new CorpusReader(files.get(0).getParent());
    org.communique.cache.AnnotationCache cache = new org.communique.cache.AnnotationCache(cachedOut.resolve(".cache/annotations"),
        nlp.fingerprint(), (f, r) -> { });
    List<org.communique.ingest.SourceDocument> docs = new java.util.ArrayList<>();
    for (Path f : files) {
      try {
        docs.add(reader.read(f));
      } catch (org.communique.ingest.IngestException e) {
        throw new IOException(e);
      }
    }
    long smileBytes = 0;
    for (Path f : Files.list(cachedOut.resolve(".cache/annotations")).limit(files.size()).toList()) {
      smileBytes += Files.size(f);
    }
    double smile = Double.MAX_VALUE;
    double protobuf = Double.MAX_VALUE;
    for (int round = 0; round < 5; round++) {
      long t0 = System.nanoTime();
      for (org.communique.ingest.SourceDocument d : docs) {
        if (cache.get(d) == null) {
          throw new IOException("no cache entry for " + d.docId());
        }
      }
      smile = Math.min(smile, (System.nanoTime() - t0) / 1e6 / docs.size());
      t0 = System.nanoTime();
      for (byte[] b : protobufs) {
        try {
          proto.read(new java.io.ByteArrayInputStream(b));
        } catch (ClassNotFoundException e) {
          throw new IOException(e);
        }
      }
      protobuf = Math.min(protobuf, (System.nanoTime() - t0) / 1e6 / protobufs.size());
    }
    long protoBytes = protobufs.stream().mapToLong(b -> b.length).sum();
    out.printf(Locale.ROOT, "cache load per document: Smile (ours, from disk) %.2f ms, %d B/doc; CoreNLP protobuf (in memory) %.2f ms, %d B/doc%n",
        smile, smileBytes / Math.max(1, docs.size()), protobuf, protoBytes / Math.max(1, protobufs.size()));
  }

  /**
   * Rule edits on a copy of the models folder, each followed by an incremental run over the output
   * of the full run: a fresh rule set and fresh, unloaded NLP models every time, as a new command.
   */
  /**
   * A statement arrives: only it is annotated and extracted, then the entity files are rebuilt from
   * every record (the others are read, not redone).
   */
  private void newStatement(Extractor extractor, Path bigCorpus, Path output) throws IOException {
    Path first = new CorpusReader(corpus).list().get(0);
    String name = first.getFileName().toString();
    Path added = bigCorpus.resolve("zz-bench-new" + name.substring(name.lastIndexOf('.')));
    Files.writeString(added, Files.readString(first, StandardCharsets.UTF_8) + "\nA statement added for the benchmark.\n", StandardCharsets.UTF_8);
    ExtractJob job = new ExtractJob(extractor, threads, "bench");
    RunSummary s = job.run(bigCorpus, output, p -> { });
    var d = job.lastDataset();
    out.printf(Locale.ROOT, "one new statement among %d: %6.3f s for the run (%d annotated, %d unchanged); entity files rebuilt from every record in %.3f s (%d entities)%n",
        s.documents(), s.seconds(), s.annotated(), s.unchanged(), d.seconds(), d.entities().values().stream().mapToInt(Integer::intValue).sum());
    Files.delete(added);
  }

  private final class RuleEdits {
    record Timing(double seconds, int documents, int rewritten, double firstRecordSeconds, boolean modelsLoaded) {
      double documentsPerSecond() {
        return documents / seconds;
      }
    }

    private final Path bigCorpus;
    private final Path output;
    private final Path editedModels;
    private final double fullSeconds;
    private int extraFiles;

    RuleEdits(Path bigCorpus, Path output, Path editedModels, double fullSeconds) throws IOException {
      this.bigCorpus = bigCorpus;
      this.output = output;
      this.editedModels = editedModels;
      this.fullSeconds = fullSeconds;
      FileUtils.copyDirectory(models.toFile(), editedModels.toFile());
    }

    /** Adds {@code rule} in a file of its own (or applies {@code edit}), then regenerates. */
    Timing run(String rule, java.util.function.Consumer<Path> edit) throws IOException {
      if (rule != null) {
        Files.writeString(editedModels.resolve("rules/99-bench-" + (extraFiles++) + ".rules"), rule, StandardCharsets.UTF_8);
      } else {
        edit.accept(editedModels.resolve("rules"));
      }
      long start = System.nanoTime();
      AtomicLong firstWritten = new AtomicLong();
      NlpModels unloaded = new NlpModels(NlpSettings.load(editedModels.resolve("pipeline.properties")));
      Extractor edited = new Extractor(unloaded, RuleSet.load(editedModels));
      RunSummary s = new ExtractJob(edited, threads, "bench").run(bigCorpus, output, p -> firstWritten.compareAndSet(0, System.nanoTime()));
      double seconds = (System.nanoTime() - start) / 1e9;
      return new Timing(seconds, s.processed(), s.changed() + s.added(), (firstWritten.get() - start) / 1e9, unloaded.loaded());
    }

    void header() {
      out.printf(Locale.ROOT, "  %-46s %9s %9s %12s %13s%n", "edit (median of runs)", "rewritten", "seconds", "documents/s", "vs full run");
    }

    Timing median(String what, int runs, java.util.function.IntFunction<String> rule) throws IOException {
      List<Timing> timings = new java.util.ArrayList<>();
      for (int i = 0; i < runs; i++) {
        timings.add(run(rule.apply(i), null));
      }
      timings.sort(java.util.Comparator.comparingDouble(Timing::seconds));
      Timing t = timings.get(runs / 2);
      print(what + " (" + runs + ")", t);
      return t;
    }

    /** Deletes one rule (its line and the indented lines that continue it) from its rule file. */
    Timing deleteRule(org.communique.rules.Rule rule) throws IOException {
      Timing t = run(null, dir -> {
        try {
          Path file = dir.resolve(rule.source().substring(0, rule.source().lastIndexOf(':')));
          List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
          int at = Integer.parseInt(rule.source().substring(rule.source().lastIndexOf(':') + 1)) - 1;
          lines.remove(at);
          while (at < lines.size() && !lines.get(at).isEmpty() && Character.isWhitespace(lines.get(at).charAt(0))) {
            lines.remove(at);
          }
          Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      print("rule " + rule.id() + " deleted", t);
      return t;
    }

    private void print(String what, Timing t) {
      out.printf(Locale.ROOT, "  %-46s %4d/%-4d %9.3f %12.1f %11.0f x%n", what, t.rewritten(), t.documents(), t.seconds(), t.documentsPerSecond(),
          fullSeconds / t.seconds());
      out.flush();
    }
  }

  /**
   * The rule that matches in the fewest statements of the corpus (at least one): deleting it is a
   * typical narrow rule edit, whatever the rule files hold.
   */
  private org.communique.rules.Rule narrowestRule(Extractor extractor) throws IOException {
    Map<String, Integer> documents = new java.util.HashMap<>();
    CorpusReader reader = new CorpusReader(corpus);
    for (Path f : reader.list()) {
      try {
        var doc = extractor.annotate(reader.read(f));
        extractor.matchOthers(doc, java.util.Set.of(), org.communique.nlp.Deadline.NONE)
            .forEach((key, matches) -> documents.merge(key, matches.isEmpty() ? 0 : 1, Integer::sum));
      } catch (org.communique.ingest.IngestException e) {
        throw new IOException(e);
      }
    }
    org.communique.rules.Rule best = null;
    for (org.communique.rules.Rule r : extractor.rules().rules()) {
      int n = documents.getOrDefault(r.fingerprint(), 0);
      if (n > 0 && (best == null || n < documents.get(best.fingerprint()))) {
        best = r;
      }
    }
    if (best == null) {
      throw new IOException("no rule matches in " + corpus);
    }
    return best;
  }

  private Path copies(Path target) throws IOException {
    Files.createDirectories(target);
    for (Path f : new CorpusReader(corpus).list()) {
      String id = CorpusReader.docIdOf(f);
      for (int i = 0; i < copies; i++) {
        Files.copy(f, target.resolve(String.format(Locale.ROOT, "%s__copy%02d.txt", id, i)));
      }
    }
    return target;
  }

  private static double peakHeapMb() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak / 1e6;
  }

  /** VmHWM of this process (Linux), or -1. */
  private static double peakRssMb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }
}
