package org.communique.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.communique.diff.DiffFormats;
import org.communique.eval.GoldSet;
import org.communique.eval.QualityGate;
import org.communique.eval.RuleScores;
import org.communique.output.JsonFiles;
import org.communique.pipeline.DatasetGate;
import org.communique.pipeline.Extractor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code verify}: the committed dataset is exactly what the corpus and rules produce, and its
 * quality is not below the committed baseline (the CI gate).
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
    description = {"Regenerate the dataset in a temporary folder; exit 1 and print the diff when it differs from OUT.",
        "Then score the regenerated records against every gold folder of the corpus: exit 1, naming them, when macro F1 or a "
            + "rule's precision is below the baseline (OUT/scores.json, written by 'eval --by-rule --write-baseline'), "
            + "or a rule without a baseline has precision below " + QualityGate.NEW_RULE_FLOOR + "."})
public final class VerifyCommand implements Callable<Integer> {
  @Option(names = "--corpus", defaultValue = "corpus", description = "Statements (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Option(names = "--models", defaultValue = "models", description = "Models folder (default: ${DEFAULT-VALUE}).")
  Path models;

  @Option(names = "--out", defaultValue = "output", description = "The committed dataset (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--baseline", description = "The quality baseline (default: OUT/scores.json).")
  Path baseline;

  @Option(names = "--threads", description = "Documents processed at once (default: available processors).")
  Integer threads;

  @Option(names = "--curation", defaultValue = "curation", description = "Folder of curation files (default: ${DEFAULT-VALUE}; absent: none).")
  Path curationDir;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(corpus)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--corpus is not a folder: " + corpus);
    }
    int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    return verify(Extractor.load(models), n, corpus, out, baseline != null ? baseline : out.resolve("scores.json"),
        spec.commandLine().getOut(), org.communique.curation.Curation.load(curationDir));
  }

  public static int verify(Extractor extractor, int threads, Path corpus, Path out, Path baseline, PrintWriter w) throws IOException {
    return verify(extractor, threads, corpus, out, baseline, w, org.communique.curation.Curation.NONE);
  }

  /** The whole check with a given extractor; returns the exit code. */
  public static int verify(Extractor extractor, int threads, Path corpus, Path out, Path baseline, PrintWriter w,
      org.communique.curation.Curation curation) throws IOException {
    DatasetGate.Result r = new DatasetGate(extractor, threads, Main.version(), curation).check(corpus, out);
    boolean ok = r.upToDate();
    if (r.upToDate()) {
      w.println("dataset up to date: " + out);
    } else {
      w.println("dataset " + out + " is stale: these files differ from a fresh run: " + r.differingFiles());
      w.print(DiffFormats.text(r.diff(), false));
      w.println("regenerate it with 'java -jar target/communique.jar extract' and commit " + out + "/ with the rule change");
    }
    GoldSet gold = GoldSet.discover(corpus);
    if (!Files.isRegularFile(baseline)) {
      w.println("no quality baseline " + baseline + ": quality gate skipped (write one with 'eval --by-rule --write-baseline')");
    } else if (gold.isEmpty()) {
      w.println("no gold folder under " + corpus + ": quality gate skipped");
    } else {
      JsonNode base = JsonFiles.MAPPER.readTree(baseline.toFile());
      RuleScores scores = RuleScores.score(gold, r.fresh());
      QualityGate.Result q = QualityGate.check(base, scores);
      w.printf(java.util.Locale.ROOT, "quality of the regenerated records against %s (%d documents: %s):%n", baseline,
          scores.documents(), String.join(", ", scores.gold()));
      if (base.path("documents").asInt() != scores.documents() || !base.path("gold").toString().equals(
          JsonFiles.MAPPER.valueToTree(scores.gold()).toString())) {
        w.printf(java.util.Locale.ROOT, "  note: the baseline was scored on %d documents (%s); gold changed since%n",
            base.path("documents").asInt(), base.path("gold").toString());
      }
      q.lines().forEach(line -> w.println("  " + line));
      if (q.passed()) {
        w.println("quality gate passed" + (q.improvements() == 0 ? "" : "; " + q.improvements()
            + " figure(s) above the baseline: raise it with 'eval --by-rule --write-baseline' and commit " + baseline));
      } else {
        ok = false;
        w.println("quality gate failed: " + String.join(", ", q.failed()) + " below the baseline " + baseline);
      }
    }
    return ok ? Main.OK : Main.SOME_FAILED;
  }
}
