package org.communique.pipeline;

import java.io.IOException;
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
import java.util.function.Consumer;
import org.communique.ingest.CorpusReader;
import org.communique.ingest.IngestException;
import org.communique.ingest.SourceDocument;
import org.communique.nlp.AnnotatedDocument;
import org.communique.output.DocumentError;
import org.communique.output.OutputWriter;
import org.communique.records.DocumentRecord;

/**
 * Extracts every statement of a corpus folder into an output folder, {@code threads} documents at
 * a time. A document that fails is reported and skipped; the others go on.
 */
public final class ExtractJob {
  /** Progress as documents finish: how many are done out of how many. */
  public record Progress(int done, int total, String docId) {}

  private final Extractor extractor;
  private final int threads;
  private final String toolVersion;

  public ExtractJob(Extractor extractor, int threads, String toolVersion) {
    this.extractor = extractor;
    this.threads = Math.max(1, threads);
    this.toolVersion = toolVersion;
  }

  private record Outcome(String docId, String path, String sha256, DocumentRecord record, long tokens, String error) {}

  public RunSummary run(Path corpusDir, Path outDir, Consumer<Progress> progress) throws IOException {
    long t0 = System.nanoTime();
    CorpusReader reader = new CorpusReader(corpusDir);
    OutputWriter writer = new OutputWriter(outDir);
    List<Path> files = reader.list();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "extract");
      t.setDaemon(true);
      return t;
    });
    List<Future<Outcome>> futures = new ArrayList<>();
    for (Path file : files) {
      futures.add(pool.submit(() -> process(reader, writer, file)));
    }
    List<DocumentError> errors = new ArrayList<>();
    Map<String, String> shas = new TreeMap<>();
    Map<String, Integer> items = new LinkedHashMap<>();
    for (String type : List.of("groups", "people", "agencies", "dates", "commitments")) {
      items.put(type, 0);
    }
    Set<String> written = new HashSet<>();
    long tokens = 0;
    try {
      for (int i = 0; i < futures.size(); i++) {
        Outcome o = get(futures.get(i), files.get(i));
        if (o.error() != null) {
          errors.add(new DocumentError(o.docId(), o.path(), o.error()));
        } else {
          written.add(o.docId());
          shas.put(o.docId(), o.sha256());
          tokens += o.tokens();
          DocumentRecord r = o.record();
          items.merge("groups", r.groups().size(), Integer::sum);
          items.merge("people", r.people().size(), Integer::sum);
          items.merge("agencies", r.agencies().size(), Integer::sum);
          items.merge("dates", r.dates().size(), Integer::sum);
          items.merge("commitments", r.commitments().size(), Integer::sum);
        }
        progress.accept(new Progress(i + 1, files.size(), o.docId()));
      }
    } finally {
      pool.shutdownNow();
    }
    List<String> removed = writer.removeRecordsExcept(written);
    writer.writeDataset();
    writer.writeManifest(toolVersion, extractor.rules().fingerprint(), extractor.models().fingerprint(), shas);
    writer.writeErrors(errors);
    return new RunSummary(files.size(), written.size(), errors, removed, items, tokens, (System.nanoTime() - t0) / 1e9);
  }

  private Outcome process(CorpusReader reader, OutputWriter writer, Path file) {
    String docId = CorpusReader.docIdOf(file);
    String path = file.getFileName().toString();
    try {
      SourceDocument doc = reader.read(file);
      AnnotatedDocument annotated = extractor.annotate(doc);
      DocumentRecord record = extractor.extract(annotated);
      writer.writeRecord(record);
      return new Outcome(docId, path, doc.sha256(), record, annotated.tokenCount(), null);
    } catch (IngestException e) {
      return new Outcome(docId, path, null, null, 0, e.getMessage());
    } catch (IOException e) {
      return new Outcome(docId, path, null, null, 0, "cannot write record: " + e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      return new Outcome(docId, path, null, null, 0, "internal error: " + e);
    }
  }

  private static Outcome get(Future<Outcome> f, Path file) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      return new Outcome(CorpusReader.docIdOf(file), file.getFileName().toString(), null, null, 0, "internal error: " + e.getCause());
    }
  }
}
