package org.communique.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.communique.cache.RunSnapshot;
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
    // what the run reads, as file sizes and times, before anything is read: a run with nothing to
    // do stops here, without loading a rule or reading a statement
    // the build by its jar's size and time, as the other inputs: hashing it costs a tenth of a second
    java.nio.file.Path jar = ExtractJob.codeJar();
    String build = jar == null ? "classes"
        : jar.toAbsolutePath() + "\t" + Files.size(jar) + "\t" + Files.getLastModifiedTime(jar).to(java.util.concurrent.TimeUnit.NANOSECONDS);
    String settings = Main.version() + "\t" + build + "\t" + maxBytes + "\t" + docTimeout;
    RunSnapshot.Check check = RunSnapshot.check(corpus, models, curationDir, settings, this.out);
    RunSnapshot.Inputs inputs = check.inputs();
    if (!full && !dryRun && check.upToDate() != null) {
      return printUpToDate(check.upToDate(), out, err, n);
    }
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
    RunSummary s = job.run(corpus, this.out, progress, summary -> {
      if (summary.errors().isEmpty()) {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("documents", String.valueOf(summary.documents()));
        lines.put("items", String.valueOf(summary.itemsByType()));
        if (job.lastDataset() != null) {
          lines.put("entities", String.valueOf(job.lastDataset().entities()));
        }
        RunSnapshot.save(this.out, inputs, RunSnapshot.inputs(corpus, models, curationDir, settings), new RunSnapshot.Summary(lines),
            System.currentTimeMillis());
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

  /** The summary of a run with nothing to do, as the full check would print it. */
  private int printUpToDate(RunSnapshot.Summary last, PrintWriter out, PrintWriter err, int threads) throws java.io.IOException {
    Path stale = this.out.resolve(org.communique.dataset.DatasetStage.STALE_FILE);
    List<String> staleEdits = Files.isRegularFile(stale)
        ? Files.readAllLines(stale, java.nio.charset.StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList() : List.of();
    staleEdits.forEach(line -> err.println("communique: warning: curation edit applies to nothing: " + line));
    String documents = last.lines().getOrDefault("documents", "0");
    out.printf(Locale.ROOT, "%s documents: 0 new, 0 changed, %s unchanged, 0 failed, 0 removed%n", documents, documents);
    out.printf(Locale.ROOT, "items: %s%n", last.lines().getOrDefault("items", "{}"));
    if (last.lines().containsKey("entities")) {
      out.printf(Locale.ROOT, "entities: %s%s%n", last.lines().get("entities"),
          staleEdits.isEmpty() ? "" : "; " + staleEdits.size() + " curation edit(s) apply to nothing (see " + stale + ")");
    }
    out.println("nothing to do: no statement, rule, model, curation or output file changed since the last run (by size and time)");
    out.printf(Locale.ROOT, "annotated 0 document(s), 0 from the cache; NLP models not loaded%n");
    out.printf(Locale.ROOT, "0.0 s, 0 tokens processed, 0 tokens/s, %d thread(s)%n", threads);
    return Main.OK;
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
