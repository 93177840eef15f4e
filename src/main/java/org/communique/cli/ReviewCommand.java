package org.communique.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.communique.review.ReviewWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code review}: static HTML pages to read the records against their statements. */
@Command(name = "review", mixinStandardHelpOptions = true,
    description = "Write OUT/review/index.html and one page per statement with every item highlighted.")
public final class ReviewCommand implements Callable<Integer> {
  @Option(names = "--out", defaultValue = "output", description = "Output folder of an extract run (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--corpus", defaultValue = "corpus", description = "Statement texts (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Option(names = "--gold", defaultValue = "corpus/gold", description = "Gold records for per-document F1, when the folder exists (default: ${DEFAULT-VALUE}).")
  Path gold;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(out.resolve("records"))) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no records under " + out + " (run extract first)");
    }
    Path index = new ReviewWriter(corpus, Files.isDirectory(gold) ? gold : null).write(out);
    spec.commandLine().getOut().println("wrote " + index);
    return Main.OK;
  }
}
