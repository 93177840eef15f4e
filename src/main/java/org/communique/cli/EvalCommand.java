package org.communique.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.communique.eval.GoldSet;
import org.communique.eval.Records;
import org.communique.eval.RuleScores;
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

  @Option(names = "--by-rule", description = "Per rule: gold items it produced (tp), false alarms (fp), precision, per type; "
      + "gold items no rule produced (fn) per type. Most false alarms first; --errors lists each rule's false alarms.")
  boolean byRule;

  @Option(names = "--all-gold", description = "With --by-rule: every folder named gold under --corpus (corpus/gold, corpus/probe/gold), "
      + "each with its own statements, instead of --gold.")
  boolean allGold;

  @Option(names = "--write-baseline", description = "With --by-rule: score every gold folder under --corpus (as --all-gold) and "
      + "write the figures to --baseline, the baseline 'verify' checks.")
  boolean writeBaseline;

  @Option(names = "--baseline", defaultValue = "output/scores.json", description = "The baseline file (default: ${DEFAULT-VALUE}).")
  Path baseline;

  @Option(names = "--entities", description = "Score the merges across statements (output/entities/) against every "
      + "entities.jsonl gold file under --corpus: pairwise precision, recall and F1 per type and per split.")
  boolean entities;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (entities) {
      return scoreEntities();
    }
    if (!gold.toFile().isDirectory() && !(byRule && (allGold || writeBaseline))) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--gold is not a folder: " + gold);
    }
    if (!byRule && (allGold || writeBaseline)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--all-gold and --write-baseline go with --by-rule");
    }
    if (byRule) {
      GoldSet goldSet = allGold || writeBaseline ? GoldSet.discover(corpus) : GoldSet.of(gold, corpus);
      if (goldSet.isEmpty()) {
        throw new CommandLine.ParameterException(spec.commandLine(), "no gold records in " + (allGold || writeBaseline ? corpus : gold));
      }
      RuleScores scores = RuleScores.score(goldSet, Records.load(pred));
      spec.commandLine().getOut().print(json ? JsonFiles.pretty(scores.json(errors)) : scores.table(errors));
      if (writeBaseline) {
        JsonFiles.writeAtomically(baseline, JsonFiles.pretty(scores.baselineJson()));
        spec.commandLine().getErr().println("baseline written: " + baseline);
      }
      return Main.OK;
    }
    Scorer.Report report = Scorer.score(gold, corpus, pred);
    spec.commandLine().getOut().print(json ? JsonFiles.pretty(Scorer.json(report)) : Scorer.table(report, errors));
    return Main.OK;
  }

  private int scoreEntities() throws java.io.IOException {
    java.util.List<Path> files;
    try (var walk = java.nio.file.Files.walk(corpus)) {
      files = walk.filter(f -> f.getFileName().toString().equals("entities.jsonl") && f.getParent().getFileName().toString().equals("gold"))
          .sorted().toList();
    }
    if (files.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no gold/entities.jsonl under " + corpus);
    }
    if (!java.nio.file.Files.isDirectory(pred) || !java.nio.file.Files.isDirectory(pred.resolve("entities"))) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--pred must be an output folder with entities/: " + pred);
    }
    java.io.PrintWriter out = spec.commandLine().getOut();
    out.printf(java.util.Locale.ROOT, "%-28s %-9s %6s %10s %10s %10s %6s %6s %6s%n", "gold", "type", "items", "gold_pairs",
        "pred_pairs", "both", "P", "R", "F1");
    for (Path f : files) {
      java.util.List<String> wrong = new java.util.ArrayList<>();
      for (var e : org.communique.eval.EntityScores.score(f, corpus, pred, wrong).entrySet()) {
        var x = e.getValue();
        out.printf(java.util.Locale.ROOT, "%-28s %-9s %6d %10d %10d %10d %6.3f %6.3f %6.3f%n", corpus.relativize(f), e.getKey(),
            x.items(), x.goldPairs(), x.predictedPairs(), x.bothPairs(), x.precision(), x.recall(), x.f1());
      }
      if (errors) {
        wrong.forEach(line -> out.println("  " + line));
      }
    }
    return Main.OK;
  }
}
