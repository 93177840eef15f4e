package org.communique.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.communique.eval.Scorer;
import org.communique.output.JsonFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code eval}: the contract's metric of predicted records against gold records. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score records against gold: precision, recall, F1 per type, attribute accuracy, macro F1.")
public final class EvalCommand implements Callable<Integer> {
  @Option(names = "--gold", defaultValue = "corpus/gold", description = "Gold records folder (default: ${DEFAULT-VALUE}).")
  Path gold;

  @Option(names = "--pred", defaultValue = "output", description = "Predicted records: a folder or a .jsonl file (default: ${DEFAULT-VALUE}).")
  Path pred;

  @Option(names = "--corpus", defaultValue = "corpus", description = "Statement texts (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Option(names = "--errors", description = "List misses, false alarms and wrong attributes with their sentence.")
  boolean errors;

  @Option(names = "--json", description = "Print the figures as JSON (the reference scorer's --json).")
  boolean json;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!gold.toFile().isDirectory()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--gold is not a folder: " + gold);
    }
    Scorer.Report report = Scorer.score(gold, corpus, pred);
    spec.commandLine().getOut().print(json ? JsonFiles.pretty(Scorer.json(report)) : Scorer.table(report, errors));
    return Main.OK;
  }
}
