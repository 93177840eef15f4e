package org.communique.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.communique.diff.DiffFormats;
import org.communique.pipeline.DatasetGate;
import org.communique.pipeline.Extractor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code verify}: the committed dataset is exactly what the corpus and rules produce (the CI gate). */
@Command(name = "verify", mixinStandardHelpOptions = true,
    description = "Regenerate the dataset in a temporary folder; exit 1 and print the diff when it differs from OUT.")
public final class VerifyCommand implements Callable<Integer> {
  @Option(names = "--corpus", defaultValue = "corpus", description = "Statements (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Option(names = "--models", defaultValue = "models", description = "Models folder (default: ${DEFAULT-VALUE}).")
  Path models;

  @Option(names = "--out", defaultValue = "output", description = "The committed dataset (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--threads", description = "Documents processed at once (default: available processors).")
  Integer threads;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(corpus)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--corpus is not a folder: " + corpus);
    }
    PrintWriter w = spec.commandLine().getOut();
    Extractor extractor = Extractor.load(models);
    int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    DatasetGate.Result r = new DatasetGate(extractor, n, Main.version()).check(corpus, out);
    if (r.upToDate()) {
      w.println("dataset up to date: " + out);
      return Main.OK;
    }
    w.println("dataset " + out + " is stale: these files differ from a fresh run: " + r.differingFiles());
    w.print(DiffFormats.text(r.diff(), false));
    w.println("regenerate it with 'java -jar target/communique.jar extract' and commit " + out + "/ with the rule change");
    return Main.SOME_FAILED;
  }
}
