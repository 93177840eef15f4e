package org.communique.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.apache.spark.SparkFiles;
import org.communique.pipeline.Extractor;

/**
 * The models of this JVM, the driver's or an executor's: one {@link Extractor} per models folder,
 * made on first use and kept for the life of the JVM. Every task an executor runs shares it: the
 * rules and gazetteers are read once per executor, and the NLP models (OpenNLP, CoreNLP: about
 * 2.5 s and several hundred MB) are loaded once, lazily, by the first statement that needs them;
 * a run whose statements all come from the previous output's annotations never loads them.
 *
 * <p>This is the usual Spark idiom for an expensive resource that cannot travel with a task: a
 * task is a deserialized closure, so whatever it carries is rebuilt per task, and a broadcast
 * would serialize the models and still deserialize one copy per executor. A static, lazily filled
 * holder in the executor JVM is the one place such a resource lives across tasks. The core keeps
 * no models in static fields (its {@code ExtractJob} is handed an {@code Extractor}); the holder is
 * confined to this module and keyed by the models folder, so two jobs with different models in one
 * JVM (the tests, local mode) do not mix them.
 */
final class ExecutorModels {
  /** The copy of models/ inside the job jar (the default). */
  static final String BUNDLED = "bundled";
  private static final String RESOURCE_PREFIX = "communique-models/";

  /** The models of one folder in this JVM. */
  static final class Loaded {
    final Path folder;
    final Extractor extractor;
    /** Set by the first task that saw the NLP models loaded, so that their load time is counted once. */
    final AtomicBoolean loadCounted = new AtomicBoolean();

    Loaded(Path folder, Extractor extractor) {
      this.folder = folder;
      this.extractor = extractor;
    }
  }

  private static final ConcurrentHashMap<String, Loaded> LOADED = new ConcurrentHashMap<>();

  private ExecutorModels() {}

  /** The extractor of the models {@code spec} names, made on first use in this JVM. */
  static Loaded get(String spec) {
    return LOADED.computeIfAbsent(spec, s -> {
      Path folder = resolve(s);
      try {
        return new Loaded(folder, Extractor.load(folder));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read models folder " + folder + ": " + e.getMessage(), e);
      }
    });
  }

  /**
   * Where the models named {@code spec} are on this node: {@code bundled} is the copy inside the
   * job jar (unpacked once per JVM); anything else is a folder on this node, or a name shipped by
   * spark-submit's {@code --archives}/{@code --files} (found in the working directory, as YARN and
   * Kubernetes unpack them, or through {@link SparkFiles}).
   */
  static Path resolve(String spec) {
    if (BUNDLED.equals(spec)) {
      return unpackBundled();
    }
    Path direct = Path.of(spec);
    if (Files.isDirectory(direct)) {
      return direct;
    }
    try {
      Path shipped = Path.of(SparkFiles.get(spec));
      if (Files.isDirectory(shipped)) {
        return shipped;
      }
    } catch (RuntimeException e) {
      // no SparkEnv here (not inside a Spark JVM): only the direct path counts
    }
    throw new IllegalStateException("models folder '" + spec + "' is not on this node: give a folder every node has, "
        + "ship it with spark-submit --archives models.zip#" + spec + ", or leave --models out to use the copy in the job jar");
  }

  private static Path unpackBundled() {
    URL marker = ExecutorModels.class.getClassLoader().getResource(RESOURCE_PREFIX + "pipeline.properties");
    if (marker == null) {
      throw new IllegalStateException("the job jar holds no models folder (" + RESOURCE_PREFIX + ")");
    }
    try {
      if ("file".equals(marker.getProtocol())) {
        return Path.of(marker.toURI()).getParent(); // classes folder (tests, an IDE)
      }
      Path target = Files.createTempDirectory("communique-models-");
      deleteOnExit(target);
      JarURLConnection connection = (JarURLConnection) marker.openConnection();
      connection.setUseCaches(false);
      try (JarFile jar = connection.getJarFile()) {
        Enumeration<JarEntry> entries = jar.entries();
        while (entries.hasMoreElements()) {
          JarEntry e = entries.nextElement();
          if (e.isDirectory() || !e.getName().startsWith(RESOURCE_PREFIX)) {
            continue;
          }
          Path out = target.resolve(e.getName().substring(RESOURCE_PREFIX.length())).normalize();
          if (!out.startsWith(target)) {
            continue;
          }
          Files.createDirectories(out.getParent());
          try (InputStream in = jar.getInputStream(e)) {
            Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot unpack the models of the job jar: " + e.getMessage(), e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void deleteOnExit(Path dir) {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException | RuntimeException e) {
        // a temporary folder left behind
      }
    }));
  }
}
