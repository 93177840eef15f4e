package org.communique.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.communique.diff.DiffFormats;
import org.communique.output.DocumentError;
import org.communique.pipeline.DryRunReport;
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

  @Option(names = "--dry-run", description = "Write nothing: list the records that would be written or removed and the items "
      + "that would change (a diff of the output folder against what the run would leave; fix/break against the corpus's gold). "
      + "Caches are read, never written; no lock is taken.")
  boolean dryRun;

  @Option(names = "--curation", defaultValue = "curation", description = "Folder of curation files, *.txt (default: ${DEFAULT-VALUE}; absent: none).")
  Path curationDir;

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
    org.communique.curation.Curation curation = org.communique.curation.Curation.load(curationDir);
    ExtractJob job = new ExtractJob(extractor, n, Main.version(), options, w -> {
      synchronized (err) {
        err.println("communique: warning: " + w);
      }
    }, curation);
    java.util.function.Consumer<ExtractJob.Progress> progress = p -> {
      if (terminal) {
        err.printf("\r[%d/%d] %s\u001b[K", p.done(), p.total(), p.docId());
        err.flush();
      }
    };
    if (dryRun) {
      ExtractJob.DryRun run = job.dryRun(corpus, this.out, progress);
      if (terminal) {
        err.print("\r\u001b[K");
      }
      return printDryRun(run, out, err, terminal);
    }
    RunSummary s = job.run(corpus, this.out, progress);
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
    if (job.lastDataset() != null) {
      out.printf(Locale.ROOT, "entities: %s%s%n", job.lastDataset().entities(),
          job.lastDataset().stale().isEmpty() ? "" : "; " + job.lastDataset().stale().size() + " curation edit(s) apply to nothing (see "
              + this.out.resolve(org.communique.dataset.DatasetStage.STALE_FILE) + ")");
    }
    out.printf(Locale.ROOT, "annotated %d document(s), %d from the cache; NLP models %s%n", s.annotated(),
        s.processed() - s.annotated(), s.modelsLoaded() ? "loaded" : "not loaded");
    out.printf(Locale.ROOT, "%.1f s, %d tokens processed, %.0f tokens/s, %d thread(s)%n", s.seconds(), s.tokens(), s.tokensPerSecond(), n);
    return s.errors().isEmpty() ? Main.OK : Main.SOME_FAILED;
  }

  private int printDryRun(ExtractJob.DryRun run, PrintWriter out, PrintWriter err, boolean terminal) throws java.io.IOException {
    RunSummary s = run.summary();
    for (DocumentError e : s.errors()) {
      err.println("communique: " + e.path() + ": " + e.reason());
    }
    DryRunReport r = DryRunReport.of(run, corpus, this.out);
    out.printf(Locale.ROOT, "dry run: nothing written to %s%n", this.out);
    out.printf(Locale.ROOT, "%d documents: %d new, %d changed, %d unchanged, %d failed, %d removed%n", s.documents(),
        s.added(), s.changed(), s.unchanged(), s.errors().size(), s.removed().size());
    out.printf(Locale.ROOT, "records that would be written with other bytes: %d; removed: %d%n", r.wouldWrite().size(),
        r.wouldRemove().size());
    java.util.Map<String, java.util.Map<String, int[]>> perDoc = new java.util.TreeMap<>();
    for (org.communique.diff.Change c : r.diff().changes()) {
      int k = switch (c.change()) {
        case "added" -> 0;
        case "removed" -> 1;
        default -> 2;
      };
      perDoc.computeIfAbsent(c.doc(), d -> new java.util.LinkedHashMap<>()).computeIfAbsent(c.type(), t -> new int[3])[k]++;
    }
    for (String doc : r.wouldWrite()) {
      StringBuilder line = new StringBuilder("  write  ").append(doc);
      perDoc.getOrDefault(doc, java.util.Map.of()).forEach((type, n) ->
          line.append(String.format(Locale.ROOT, "  %s +%d -%d ~%d", type, n[0], n[1], n[2])));
      out.println(line);
    }
    r.wouldRemove().forEach(doc -> out.println("  remove " + doc));
    out.print(DiffFormats.text(r.diff(), terminal && System.getenv("NO_COLOR") == null));
    return s.errors().isEmpty() ? Main.OK : Main.SOME_FAILED;
  }
}
