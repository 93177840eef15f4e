package org.communique.properties;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * A small seeded-random property harness on plain JUnit 5 (dynamic tests): a property is checked
 * on the inputs a generator makes from a list of seeds, first the seeds recorded because they once
 * found a bug, then {@code property.tries} fresh ones derived from {@code property.seed}.
 *
 * <ul>
 *   <li>{@code -Dproperty.seed=S} — the first try uses seed S itself, so a failing seed printed in
 *       an assertion message is replayed with {@code -Dproperty.seed=S -Dproperty.tries=1};
 *       {@code -Dproperty.seed=random} starts from a new seed (printed). Default: a fixed seed, so
 *       that the suite is the same on every run.</li>
 *   <li>{@code -Dproperty.tries=N} — how many fresh seeds each property tries (default: each
 *       property's own, chosen to keep the suite fast).</li>
 * </ul>
 *
 * A failure names the property and the seed and saves the input under
 * {@code target/property-failures/}.
 */
final class Seeds {
  /** The default base seed: fixed, so that a plain {@code mvn test} checks the same inputs every time. */
  static final long DEFAULT_BASE = 0x13C0_FFEEL;

  private Seeds() {}

  /** The base seed of this run. */
  static long base() {
    String s = System.getProperty("property.seed", "").strip();
    if (s.isEmpty()) {
      return DEFAULT_BASE;
    }
    if (s.equals("random")) {
      long seed = ThreadLocalRandom.current().nextLong();
      System.out.println("property.seed=random: base seed " + seed);
      return seed;
    }
    return Long.parseLong(s);
  }

  static int tries(int defaultTries) {
    return Integer.getInteger("property.tries", defaultTries);
  }

  private static final long BASE = base();

  /** The fresh seeds of a run: the base itself, then a SplitMix64 sequence from it. */
  static List<Long> fresh(int count) {
    List<Long> out = new ArrayList<>();
    long state = BASE;
    for (int i = 0; i < count; i++) {
      out.add(i == 0 ? BASE : mix(state += 0x9E3779B97F4A7C15L));
    }
    return out;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** A check of one input: null when the property holds, else what went wrong. */
  interface Check {
    String failure(String input);
  }

  /**
   * One dynamic test per seed: the recorded ones ({@code "recorded seed S"}), then the fresh ones
   * ({@code "seed S"}). {@code generator} makes the input of a seed; {@code check} tests it.
   */
  static Stream<DynamicTest> property(String name, List<Long> recorded, int defaultTries, LongFunction<String> generator, Check check) {
    List<DynamicTest> tests = new ArrayList<>();
    for (long seed : recorded) {
      tests.add(DynamicTest.dynamicTest("recorded seed " + seed, () -> run(name, seed, generator, check)));
    }
    for (long seed : fresh(tries(defaultTries))) {
      tests.add(DynamicTest.dynamicTest("seed " + seed, () -> run(name, seed, generator, check)));
    }
    return tests.stream();
  }

  private static void run(String name, long seed, LongFunction<String> generator, Check check) {
    String input = generator.apply(seed);
    String failure;
    try {
      failure = check.failure(input);
    } catch (RuntimeException | StackOverflowError | AssertionError e) {
      java.io.StringWriter trace = new java.io.StringWriter();
      e.printStackTrace(new java.io.PrintWriter(trace));
      failure = "threw " + trace;
    }
    if (failure != null) {
      Path saved = save(name, seed, input);
      throw new AssertionError("property '" + name + "' fails for seed " + seed + " (replay: mvn -B test -Dtest=PipelinePropertiesTest#"
          + name + " -Dproperty.seed=" + seed + " -Dproperty.tries=1; input of " + input.length() + " chars saved as " + saved + "): "
          + failure);
    }
  }

  private static Path save(String name, long seed, String input) {
    try {
      Path dir = Files.createDirectories(Path.of("target", "property-failures"));
      Path file = dir.resolve(name + "-" + seed + ".txt");
      // the input is valid UTF-16 (generators make code points), so UTF-8 keeps it exactly
      Files.write(file, input.getBytes(StandardCharsets.UTF_8));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
