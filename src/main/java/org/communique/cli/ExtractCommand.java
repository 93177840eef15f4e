package org.communique.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.communique.output.DocumentError;
import org.communique.pipeline.ExtractJob;
import org.communique.pipeline.Extractor;
import org.communique.pipeline.RunSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code extract}: every statement of the corpus into records in the output folder. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extract groups, people, agencies, dates and commitments from every statement.")
public final class ExtractCommand implements Callable<Integer> {
  @Option(names = "--corpus", defaultValue = "corpus", description = "Folder of statements: *.txt, *.html, *.htm, *.pdf (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Option(names = "--models", defaultValue = "models", description = "Folder with pipeline.properties, rules/ and gazetteers/ (default: ${DEFAULT-VALUE}).")
  Path models;

  @Option(names = "--out", defaultValue = "output", description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--threads", description = "Documents processed at once (default: available processors).")
  Integer threads;

  @Option(names = "--max-bytes", defaultValue = "5000000", description = "Refuse statement files larger than this (default: ${DEFAULT-VALUE}).")
  long maxBytes;

  @Option(names = "--doc-timeout", defaultValue = "120", description = "Seconds one document may take; 0 = no limit (default: ${DEFAULT-VALUE}).")
  long docTimeout;

  @Option(names = "--wait", description = "When another extract is writing the output folder, wait for it to finish (default: exit 2 at once).")
  boolean waitForLock;

  @Option(names = "--full", description = "Redo every document, annotations included (default: only new or changed work).")
  boolean full;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(corpus)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--corpus is not a folder: " + corpus);
    }
    if (!Files.isDirectory(models)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--models is not a folder: " + models);
    }
    if (threads != null && threads < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
    }
    int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    Extractor extractor = Extractor.load(models);
    boolean terminal = System.console() != null;
    ExtractJob.Options options = (full ? ExtractJob.Options.FULL : ExtractJob.Options.INCREMENTAL)
        .withLimits(maxBytes, java.time.Duration.ofSeconds(docTimeout)).withWaitForLock(waitForLock);
    ExtractJob job = new ExtractJob(extractor, n, Main.version(), options, w -> {
      synchronized (err) {
        err.println("communique: warning: " + w);
      }
    });
    RunSummary s = job.run(corpus, this.out, p -> {
      if (terminal) {
        err.printf("\r[%d/%d] %s\u001b[K", p.done(), p.total(), p.docId());
        err.flush();
      }
    });
    if (terminal) {
      err.print("\r\u001b[K");
    }
    for (DocumentError e : s.errors()) {
      err.println("communique: " + e.path() + ": " + e.reason());
    }
    out.printf(Locale.ROOT, "%d documents: %d new, %d changed, %d unchanged, %d failed, %d removed%s%n", s.documents(),
        s.added(), s.changed(), s.unchanged(), s.errors().size(), s.removed().size(),
        s.removed().isEmpty() ? "" : " " + s.removed());
    if (s.rematched() > 0) {
      out.printf(Locale.ROOT, "edited rules re-run on %d unchanged document(s): every match as before, records kept%n", s.rematched());
    }
    out.printf(Locale.ROOT, "items: %s%n", s.itemsByType());
    out.printf(Locale.ROOT, "annotated %d document(s), %d from the cache; NLP models %s%n", s.annotated(),
        s.processed() - s.annotated(), s.modelsLoaded() ? "loaded" : "not loaded");
    out.printf(Locale.ROOT, "%.1f s, %d tokens processed, %.0f tokens/s, %d thread(s)%n", s.seconds(), s.tokens(), s.tokensPerSecond(), n);
    return s.errors().isEmpty() ? Main.OK : Main.SOME_FAILED;
  }
}
