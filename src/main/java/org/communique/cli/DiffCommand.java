package org.communique.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.communique.diff.DiffFormats;
import org.communique.diff.DiffReport;
import org.communique.diff.RecordDiffer;
import org.communique.eval.Records;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code diff OLD NEW}: what a rule change adds, removes and alters. */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = "Compare two runs (output folders or dataset.jsonl files) item by item.")
public final class DiffCommand implements Callable<Integer> {
  enum Format { text, json, html }

  @Parameters(index = "0", description = "The old run: an output folder or a dataset.jsonl.")
  Path oldRun;

  @Parameters(index = "1", description = "The new run: an output folder or a dataset.jsonl.")
  Path newRun;

  @Option(names = "--gold", description = "Gold records: mark each change as a fix or a break, and show F1 per type.")
  Path gold;

  @Option(names = "--corpus", defaultValue = "corpus", description = "Statement texts, for the sentences (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Option(names = "--format", defaultValue = "text", description = "text, json or html (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--exit-code", description = "Exit 1 when anything differs.")
  boolean exitCode;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    for (Path p : new Path[] {oldRun, newRun}) {
      if (!p.toFile().exists()) {
        throw new CommandLine.ParameterException(spec.commandLine(), "no such folder or file: " + p);
      }
    }
    DiffReport report = new RecordDiffer(corpus, gold).diff(Records.load(oldRun), Records.load(newRun));
    String rendered = switch (format) {
      case json -> DiffFormats.json(report);
      case html -> DiffFormats.html(report);
      default -> DiffFormats.text(report, System.console() != null && System.getenv("NO_COLOR") == null);
    };
    spec.commandLine().getOut().print(rendered);
    return exitCode && !report.isEmpty() ? Main.SOME_FAILED : Main.OK;
  }
}
