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
  private final Path corpus;
  private final Path models;
  private final int copies;
  private final int threads;
  private final int referenceDocs;
  private final PrintWriter out;

  public Benchmark(Path corpus, Path models, int copies, int threads, int referenceDocs, PrintWriter out) {
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

      RunSummary one = new ExtractJob(extractor, 1, "bench", ExtractJob.Options.FULL, w -> { }).run(bigCorpus, tmp.resolve("out1"), p -> { });
      line("full run, 1 thread", one.documents(), one.tokens(), one.seconds());
      RunSummary many = new ExtractJob(extractor, threads, "bench", ExtractJob.Options.FULL, w -> { }).run(bigCorpus, tmp.resolve("outN"), p -> { });
      line("full run, " + threads + " threads", many.documents(), many.tokens(), many.seconds());
      out.printf(Locale.ROOT, "parallel speed-up:                    %6.2f x%n", one.seconds() / many.seconds());

      // a rule edit: a copy of the models with one more rule; fresh, unloaded NLP models
      Path editedModels = tmp.resolve("models");
      FileUtils.copyDirectory(models.toFile(), editedModels.toFile());
      Files.writeString(editedModels.resolve("rules/99-bench.rules"), "rule date.bench-edit: (?$date /Christmas/ )\n", StandardCharsets.UTF_8);
      long start = System.nanoTime();
      AtomicLong firstWritten = new AtomicLong();
      NlpModels unloaded = new NlpModels(NlpSettings.load(editedModels.resolve("pipeline.properties")));
      Extractor edited = new Extractor(unloaded, RuleSet.load(editedModels));
      RunSummary rules = new ExtractJob(edited, threads, "bench").run(bigCorpus, tmp.resolve("outN"),
          p -> firstWritten.compareAndSet(0, System.nanoTime()));
      double ruleSeconds = (System.nanoTime() - start) / 1e9;
      line("rule-only regeneration", rules.processed(), rules.tokens(), ruleSeconds);
      out.printf(Locale.ROOT, "  first record written after:         %6.2f s (rules loaded, NLP models %s)%n",
          (firstWritten.get() - start) / 1e9, unloaded.loaded() ? "LOADED" : "not loaded");
      out.printf(Locale.ROOT, "  rule-only vs full (%d threads):      %6.1f x faster%n", threads, many.seconds() / ruleSeconds);
      out.printf(Locale.ROOT, "peak heap:                            %6.0f MB%n", peakHeapMb());
      out.printf(Locale.ROOT, "peak RSS (our runs):                  %6.0f MB%n", peakRssMb());

      double refDocsPerSecond = reference(bigCorpus, tmp.resolve("outN"), nlp);
      out.printf(Locale.ROOT, "ratios to the reference: full 1 thread %.1f x, full %d threads %.1f x, rule-only %.1f x (documents/s)%n",
          one.documents() / one.seconds() / refDocsPerSecond, threads, many.documents() / many.seconds() / refDocsPerSecond,
          rules.processed() / ruleSeconds / refDocsPerSecond);
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
