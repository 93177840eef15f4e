package org.communique.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.io.FileUtils;
import org.communique.ingest.CorpusReader;

/**
 * The rule author's loop as a user runs it: whole {@code extract} commands in a cold JVM over a
 * corpus of {@code documents} statements (the dev corpus copied), after a run that left everything
 * up to date. Three figures: a run with nothing to do, an edit that changes no record, an edit that
 * changes every record (and its cost per changed record over a run with nothing to do).
 */
final class RegenerationBench {
  private static final Pattern CHANGED = Pattern.compile("(\\d+) changed");
  private static final int RUNS = 3;

  private final Path corpus;
  private final Path models;
  private final int documents;
  private final PrintWriter out;

  RegenerationBench(Path corpus, Path models, int documents, PrintWriter out) {
    this.corpus = corpus;
    this.models = models;
    this.documents = documents;
    this.out = out;
  }

  /** {@code annotations}: a folder of cached annotations of the corpus's texts, so that the first run need not annotate. */
  void run(Path tmp, Path annotations) throws IOException, InterruptedException {
    Path big = Files.createDirectories(tmp.resolve("regen-corpus"));
    List<Path> files = new CorpusReader(corpus).list();
    for (int i = 0; i < documents; i++) {
      Path f = files.get(i % files.size());
      Files.copy(f, big.resolve(String.format(Locale.ROOT, "%s__r%04d.txt", CorpusReader.docIdOf(f), i)));
    }
    Path editedModels = tmp.resolve("regen-models");
    FileUtils.copyDirectory(models.toFile(), editedModels.toFile());
    Path output = tmp.resolve("regen-out");
    if (Files.isDirectory(annotations)) {
      FileUtils.copyDirectory(annotations.toFile(), output.resolve(".cache/annotations").toFile());
    }
    extract(big, editedModels, output); // brings everything up to date; not measured
    out.printf(Locale.ROOT, "regeneration, whole commands (cold JVM, %s), %d statements:%n", jvm(), documents);
    double idle = median(() -> extract(big, editedModels, output));
    double noChange = median(() -> {
      addRule(editedModels, n -> "rule date.regen-none" + n + ": (?$date /Christmas" + n + "/ )\n");
      return extract(big, editedModels, output);
    });
    List<Integer> changed = new ArrayList<>();
    double every = median(() -> {
      // alternating, so that every run changes every record again
      String punctuation = changed.size() % 2 == 0 ? "[.]" : "[,]";
      addRule(editedModels, n -> "rule date.regen-every" + n + ": (?$date [{word:/" + punctuation + "/}] )\n");
      Result r = extract(big, editedModels, output);
      changed.add(r.changed());
      return r;
    });
    int rewritten = changed.stream().mapToInt(Integer::intValue).max().orElse(0);
    double perRecordMs = rewritten == 0 ? Double.NaN : (every - idle) * 1000 / rewritten;
    out.printf(Locale.ROOT, "  a run with nothing to do:        %6.2f s   (target <= 0.6 s)%n", idle);
    out.printf(Locale.ROOT, "  an edit that changes no record:  %6.2f s   %.2f x the run with nothing to do (target <= 1.5 x)%n", noChange, noChange / idle);
    out.printf(Locale.ROOT, "  an edit that changes every record (%d rewritten): %6.2f s   %.2f ms per changed record over the run with nothing to do (target <= 1 ms)%n",
        rewritten, every, perRecordMs);
    out.flush();
  }

  private int rules;

  /** A rule file of its own, its text made from a number no other added rule has. */
  private void addRule(Path models, java.util.function.IntFunction<String> rule) throws IOException {
    int n = rules++;
    Files.writeString(models.resolve("rules/99-regen-" + n + ".rules"), rule.apply(n), StandardCharsets.UTF_8);
  }

  private record Result(double seconds, int changed) {}

  private interface Run {
    Result run() throws IOException, InterruptedException;
  }

  private static double median(Run run) throws IOException, InterruptedException {
    List<Double> seconds = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) {
      seconds.add(run.run().seconds());
    }
    seconds.sort(Double::compare);
    return seconds.get(RUNS / 2);
  }

  /** One {@code extract} as a user types it, timed from process start to exit. */
  private Result extract(Path corpusDir, Path modelsDir, Path outDir) throws IOException, InterruptedException {
    List<String> command = List.of(javaBinary(), "-Xmx2g", "-jar", jar().toString(), "extract", "--corpus", corpusDir.toString(),
        "--models", modelsDir.toString(), "--out", outDir.toString(), "--curation", outDir.resolve("no-curation").toString());
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int code = p.waitFor();
    double seconds = (System.nanoTime() - t0) / 1e9;
    if (code != 0) {
      throw new IOException("extract exited " + code + ": " + printed);
    }
    Matcher m = CHANGED.matcher(printed);
    return new Result(seconds, m.find() ? Integer.parseInt(m.group(1)) : 0);
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static String jvm() {
    return "java " + System.getProperty("java.version");
  }

  /** The jar this code runs from. */
  private static Path jar() throws IOException {
    try {
      Path p = Path.of(RegenerationBench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (!Files.isRegularFile(p)) {
        throw new IOException("the regeneration figures need the built jar (mvn package): running from " + p);
      }
      return p;
    } catch (java.net.URISyntaxException e) {
      throw new IOException(e);
    }
  }
}
