package org.communique.spark;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.communique.ingest.CorpusReader;
import org.communique.output.DocumentError;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code spark-submit ... communique-spark.jar --input IN --out OUT}: the job's command line.
 * Exit status as extract's: 0 every statement extracted, 1 some failed (listed in errors.jsonl),
 * 2 usage or configuration error.
 */
@Command(name = "communique-spark", mixinStandardHelpOptions = true,
    description = "Extract groups, people, agencies, dates and commitments from statements, as a Spark job.")
public final class SparkExtract implements Callable<Integer> {
  @Option(names = "--input", required = true,
      description = "A folder of statement files (*.txt, *.html, *.htm, *.pdf), or JSON Lines of {doc_id, text, date?, url?}; any path the cluster reads.")
  String input;

  @Option(names = "--out", required = true, description = "Output folder.")
  String out;

  @Option(names = "--models", defaultValue = ExecutorModels.BUNDLED,
      description = "Models folder: 'bundled' (the copy in the job jar, default), a folder every node has, or the name given to --archives.")
  String models;

  @Option(names = "--previous", description = "Output folder of an earlier run: statements whose inputs are unchanged are not annotated again.")
  String previous;

  @Option(names = "--format", defaultValue = "auto", description = "files, jsonl or auto (jsonl when the input ends in .jsonl or .jsonl.gz).")
  String format;

  @Option(names = "--partitions", defaultValue = "0", description = "Tasks for the statements (default: 4 per core, at most 500 statements a task).")
  int partitions;

  @Option(names = "--max-bytes", defaultValue = "" + CorpusReader.DEFAULT_MAX_BYTES, description = "Refuse larger statements (default: ${DEFAULT-VALUE}).")
  long maxBytes;

  @Option(names = "--doc-timeout", defaultValue = "120", description = "Seconds one statement may take; 0 = no limit (default: ${DEFAULT-VALUE}).")
  long docTimeout;

  @Option(names = "--master", description = "Spark master when run without spark-submit (e.g. local[2]).")
  String master;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    CommandLine cli = new CommandLine(new SparkExtract());
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("communique-spark: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
      return 2;
    });
    System.exit(cli.execute(args));
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter o = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SparkSession.Builder builder = SparkSession.builder().appName("communique");
    if (master != null) {
      builder.master(master);
    }
    SparkSession spark = builder.getOrCreate();
    try {
      SparkExtractJob.Options options = new SparkExtractJob.Options(input, out, models, previous, format, partitions, maxBytes, docTimeout,
          org.communique.cli.Main.version());
      SparkExtractJob.Summary s = SparkExtractJob.run(spark, options);
      for (DocumentError e : s.errors()) {
        err.println("communique-spark: " + e.path() + ": " + e.reason());
      }
      print(o, s, spark.sparkContext().defaultParallelism());
      return s.errors().isEmpty() ? 0 : 1;
    } finally {
      spark.stop();
    }
  }

  static void print(PrintWriter o, SparkExtractJob.Summary s, int cores) {
    o.printf(Locale.ROOT, "%d statements: %d new, %d changed, %d unchanged, %d failed%n", s.documents(), s.added(), s.changed(),
        s.unchanged(), s.errors().size());
    o.printf(Locale.ROOT, "items: %s%n", s.itemsByType());
    o.printf(Locale.ROOT, "annotated %d statement(s); NLP models loaded %d time(s), %.2f s%n", s.annotated(), s.modelLoads(),
        s.modelLoadSeconds());
    o.printf(Locale.ROOT, "%.1f s (statements %.1f s, outputs %.1f s), %.1f statements/s, %d tokens, %d core(s)%n", s.seconds(),
        s.processSeconds(), s.seconds() - s.processSeconds(), s.documents() / s.seconds(), s.tokens(), cores);
    o.flush();
  }
}
