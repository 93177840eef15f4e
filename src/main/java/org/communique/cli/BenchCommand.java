package org.communique.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.communique.bench.Benchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench}: speed and memory figures, with CoreNLP's default pipeline as the reference. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure model load, full and rule-only runs, memory, and CoreNLP's default pipeline on the same texts.")
public final class BenchCommand implements Callable<Integer> {
  @Option(names = "--corpus", defaultValue = "corpus", description = "Statements to copy (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Option(names = "--models", defaultValue = "models", description = "Models folder (default: ${DEFAULT-VALUE}).")
  Path models;

  @Option(names = "--copies", defaultValue = "20", description = "Copies of the corpus to process (default: ${DEFAULT-VALUE}).")
  int copies;

  @Option(names = "--threads", description = "Threads of the parallel run (default: available processors).")
  Integer threads;

  @Option(names = "--reference-docs", defaultValue = "0", description = "Documents for the reference pipeline; 0 = all (default: ${DEFAULT-VALUE}).")
  int referenceDocs;

  @Option(names = "--regeneration-docs", defaultValue = "1000", description = "Statements of the whole-command regeneration "
      + "figures (a run with nothing to do, an edit changing no record, one changing every record); 0 skips them (default: ${DEFAULT-VALUE}).")
  int regenerationDocs;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (copies < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--copies must be at least 1");
    }
    int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    new Benchmark(corpus, models, copies, n, referenceDocs, regenerationDocs, spec.commandLine().getOut()).run();
    return Main.OK;
  }
}
