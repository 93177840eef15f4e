package org.communique.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a run with nothing to do can know without reading a statement or loading a rule: the
 * names, sizes and modification times of every file a run reads (corpus, models, curation) and of
 * every file it leaves in the output folder, as two digests, and the summary that run printed.
 * A later run whose files all look the same has nothing to do, as {@code make} decides.
 *
 * <p>Written only after a run without failures whose inputs did not change while it ran, and
 * were all last modified some seconds before it ended: an input edited twice within one tick of
 * the file system's clock could keep its size and time (git's "racily clean" entries), so such a
 * file is never trusted by its time; the next run then does the full check.
 */
public final class RunSnapshot {
  /** Where the snapshot lives, inside the output folder's cache. */
  public static final String FILE = ".cache/last-run.tsv";
  /** A file modified this close to the end of a run is not trusted by its time. */
  static final long RACY_MILLIS = 2_000;
  /** Output entries other commands write, or the run's own lock and caches: not part of what a run leaves. */
  private static final Set<String> NOT_OUTPUT = Set.of(".cache", ".lock", "review", "scores.json");
  private static final Set<String> NOT_CORPUS = Set.of("gold");

  /**
   * The files a run reads, as one digest.
   *
   * @param digest  over the settings and every file's relative path, size and modification time
   * @param newest  the latest modification time among them (milliseconds)
   */
  public record Inputs(String digest, long newest) {}

  /** The summary lines of the run that left the output folder as it is, by name. */
  public record Summary(Map<String, String> lines) {}

  private RunSnapshot() {}

  /** The files a run over these folders reads; {@code settings} names the build and the options that shape records. */
  public static Inputs inputs(Path corpus, Path models, Path curation, String settings) throws IOException {
    Listing listing = new Listing();
    listing.add("settings", settings);
    listing.walk("corpus", corpus, NOT_CORPUS);
    listing.walk("models", models, Set.of());
    listing.walk("curation", curation, Set.of());
    return new Inputs(listing.digest(), listing.newest);
  }

  /**
   * What a run over these folders reads ({@link #inputs}), and the summary of the last run when it
   * left the output folder as it is now and read files that look the same (else null: a run has work
   * to do, or cannot tell); the output folder is listed while the inputs are.
   */
  public static Check check(Path corpus, Path models, Path curation, String settings, Path out) throws IOException {
    java.util.concurrent.FutureTask<String> outputs = new java.util.concurrent.FutureTask<>(() -> outputDigest(out));
    Thread lister = new Thread(outputs, "list-output");
    lister.setDaemon(true);
    lister.start();
    Inputs inputs = inputs(corpus, models, curation, settings);
    try {
      return new Check(inputs, upToDate(out, inputs, outputs.get()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
    }
  }

  /** What a run reads, and the last run's summary when there is nothing to do (else null). */
  public record Check(Inputs inputs, Summary upToDate) {}

  private static String outputDigest(Path out) throws IOException {
    return outputs(out).digest();
  }

  private static Summary upToDate(Path out, Inputs inputs, String outputs) throws IOException {
    Map<String, String> saved = read(out.resolve(FILE));
    if (saved == null || !inputs.digest().equals(saved.get("inputs")) || !outputs.equals(saved.get("outputs"))) {
      return null;
    }
    Map<String, String> lines = new LinkedHashMap<>(saved);
    lines.remove("inputs");
    lines.remove("outputs");
    return new Summary(lines);
  }

  /**
   * Saves the snapshot of a run that read {@code before}: only when the inputs still look the same
   * ({@code after}) and none was modified within {@link #RACY_MILLIS} of now. Else removes any
   * earlier snapshot, so that the next run checks everything.
   */
  public static void save(Path out, Inputs before, Inputs after, Summary summary, long nowMillis) throws IOException {
    Path file = out.resolve(FILE);
    Listing output = outputs(out);
    // the output files were written by this run, just now: only an input is edited by hand
    if (!before.digest().equals(after.digest()) || after.newest() > nowMillis - RACY_MILLIS) {
      Files.deleteIfExists(file);
      return;
    }
    StringBuilder sb = new StringBuilder();
    sb.append("inputs\t").append(before.digest()).append('\n');
    sb.append("outputs\t").append(output.digest()).append('\n');
    summary.lines().forEach((k, v) -> sb.append(k).append('\t').append(v.replace('\n', ' ')).append('\n'));
    org.communique.output.JsonFiles.writeAtomically(file, sb.toString());
  }

  /** Forgets the snapshot: the next run checks everything. */
  public static void forget(Path out) throws IOException {
    Files.deleteIfExists(out.resolve(FILE));
  }

  private static Listing outputs(Path out) throws IOException {
    Listing listing = new Listing();
    listing.walk("output", out, NOT_OUTPUT);
    return listing;
  }

  private static Map<String, String> read(Path file) throws IOException {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (java.nio.file.FileSystemException e) {
      return null; // no snapshot, or an output "folder" that is not one: the run says what is wrong
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : lines) {
      int tab = line.indexOf('\t');
      if (tab <= 0) {
        return null; // torn or foreign: check everything
      }
      out.put(line.substring(0, tab), line.substring(tab + 1));
    }
    return out.containsKey("inputs") && out.containsKey("outputs") ? out : null;
  }

  /** Relative paths, sizes and modification times of the files under some roots, sorted. */
  private static final class Listing {
    private final List<String> entries = new ArrayList<>();
    /** The latest modification time among the files (milliseconds). */
    long newest;

    void add(String name, String value) {
      entries.add(name + "\t" + value);
    }

    void walk(String root, Path dir, Set<String> skipped) throws IOException {
      if (!Files.isDirectory(dir)) {
        add(root, "absent");
        return;
      }
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
          return !d.equals(dir) && skipped.contains(d.getFileName().toString()) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
          String rel = dir.relativize(f).toString();
          if (!skipped.contains(rel)) {
            long millis = attrs.lastModifiedTime().toMillis();
            newest = Math.max(newest, millis);
            entries.add(root + "/" + rel + "\t" + attrs.size() + "\t" + attrs.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS));
          }
          return FileVisitResult.CONTINUE;
        }
      });
    }

    String digest() {
      entries.sort(null);
      try {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        for (String e : entries) {
          md.update(e.getBytes(StandardCharsets.UTF_8));
          md.update((byte) '\n');
        }
        return HexFormat.of().formatHex(md.digest());
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
