package org.communique.spark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.communique.ingest.CorpusReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Speed and memory of the job in one JVM that is both driver and executor (Spark local mode):
 * the dev corpus copied {@code --copies} times, run twice on {@code --master local[N]}: first as
 * a new executor meets it (NLP models loaded, JIT cold), then again with the models in place (a
 * long-running executor's rate). {@code spark/bench.sh} runs it for local[1] and local[2], each in
 * its own JVM; with spark-submit: {@code --class org.communique.spark.SparkBench}.
 */
@Command(name = "communique-spark-bench", mixinStandardHelpOptions = true,
    description = "Documents per second and memory of the Spark job in local mode.")
public final class SparkBench implements Callable<Integer> {
  @Option(names = "--master", defaultValue = "local[2]", description = "Spark master (default: ${DEFAULT-VALUE}).")
  String master;

  @Option(names = "--corpus", defaultValue = "corpus", description = "Statements to copy (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Option(names = "--copies", defaultValue = "20", description = "Copies of every statement (default: ${DEFAULT-VALUE}).")
  int copies;

  @Option(names = "--models", defaultValue = ExecutorModels.BUNDLED, description = "Models folder, or 'bundled' (default).")
  String models;

  public static void main(String[] args) {
    System.exit(new CommandLine(new SparkBench()).execute(args));
  }

  @Override
  public Integer call() throws IOException {
    Path tmp = Files.createTempDirectory("communique-spark-bench");
    try {
      Path input = tmp.resolve("corpus");
      Files.createDirectories(input);
      List<Path> files = new CorpusReader(corpus).list();
      for (Path f : files) {
        String name = f.getFileName().toString();
        int dot = name.lastIndexOf('.');
        for (int i = 0; i < copies; i++) {
          Files.copy(f, input.resolve(String.format(Locale.ROOT, "%s__copy%02d%s", name.substring(0, dot), i, name.substring(dot))));
        }
      }
      SparkSession spark = SparkSession.builder().master(master).appName("communique-bench").config("spark.ui.enabled", "false").getOrCreate();
      int cores = spark.sparkContext().defaultParallelism();
      System.out.printf(Locale.ROOT, "corpus: %s x %d = %d statements; master %s (%d core(s)); max heap %d MB; load average %s on %d processors%n",
          corpus, copies, files.size() * copies, master, cores, Runtime.getRuntime().maxMemory() >> 20, loadAverage(),
          Runtime.getRuntime().availableProcessors());
      try {
        SparkExtractJob.Options o = SparkExtractJob.Options.of(input.toString(), tmp.resolve("out1").toString()).withModels(models);
        long cpu0 = cpuNanos();
        SparkExtractJob.Summary cold = SparkExtractJob.run(spark, o);
        line("first run (new executor: models loaded, JIT cold)", cold, cores, cpuNanos() - cpu0);
        System.out.printf(Locale.ROOT, "  NLP model load: %d load(s), %.2f s%n", cold.modelLoads(), cold.modelLoadSeconds());
        long cpu1 = cpuNanos();
        SparkExtractJob.Summary warm = SparkExtractJob.run(spark,
            SparkExtractJob.Options.of(input.toString(), tmp.resolve("out2").toString()).withModels(models));
        line("second run (models in place)", warm, cores, cpuNanos() - cpu1);
      } finally {
        spark.stop();
      }
      long peakHeap = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
          peakHeap += pool.getPeakUsage().getUsed();
        }
      }
      System.gc();
      long live = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
      System.out.printf(Locale.ROOT, "memory of this JVM (driver and executor): peak heap %d MB (sum of pool peaks), heap after GC %d MB, peak RSS %s%n",
          peakHeap >> 20, live >> 20, peakRss());
      return 0;
    } finally {
      try (Stream<Path> all = Files.walk(tmp)) {
        all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** CPU time of this process, all threads (tasks, GC, JIT, Spark's own): what a statement costs whatever else the machine runs. */
  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static void line(String what, SparkExtractJob.Summary s, int cores, long cpu) {
    System.out.printf(Locale.ROOT, "%-50s %7.2f s  %7.1f statements/s  %6.1f per core%n", what + ":", s.seconds(),
        s.documents() / s.seconds(), s.documents() / s.seconds() / cores);
    System.out.printf(Locale.ROOT, "  of which the statements' stage %.2f s (%.1f statements/s, %.1f per core), outputs %.2f s; %d annotated, %d tokens%n",
        s.processSeconds(), s.documents() / s.processSeconds(), s.documents() / s.processSeconds() / cores, s.seconds() - s.processSeconds(),
        s.annotated(), s.tokens());
    System.out.printf(Locale.ROOT, "  CPU time of the process %.1f s: %.1f statements per CPU-second; load average now %s%n", cpu / 1e9,
        s.documents() / (cpu / 1e9), loadAverage());
  }

  private static String peakRss() {
    try {
      for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (l.startsWith("VmHWM:")) {
          long kb = Long.parseLong(l.replaceAll("[^0-9]", ""));
          return (kb >> 10) + " MB";
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux
    }
    return "unknown";
  }
}
