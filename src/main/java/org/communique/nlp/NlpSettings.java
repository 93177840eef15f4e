package org.communique.nlp;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The statistical part of the pipeline, read from {@code models/pipeline.properties} and checked
 * when the program starts: which model resources (from the Maven model artifacts) are used.
 *
 * @param sentenceModel classpath resource of the OpenNLP sentence model
 * @param posModel      classpath resource of the CoreNLP part-of-speech tagger
 * @param nerModel      classpath resource of the CoreNLP CRF entity classifier
 * @param maxSentenceChars longer sentences are cut into pieces before tagging (keeps tagging linear)
 */
public record NlpSettings(String sentenceModel, String posModel, String nerModel, int maxSentenceChars) {
  private static final Set<String> KEYS = Set.of("sentence.model", "pos.model", "ner.model", "sentence.maxChars");

  public NlpSettings {
    requireResource("sentence.model", sentenceModel);
    requireResource("pos.model", posModel);
    requireResource("ner.model", nerModel);
    if (maxSentenceChars < 200) {
      throw new IllegalArgumentException("sentence.maxChars must be at least 200, got " + maxSentenceChars);
    }
  }

  public static NlpSettings load(Path file) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    for (String key : p.stringPropertyNames()) {
      if (!KEYS.contains(key)) {
        throw new IllegalArgumentException(file + ": unknown setting '" + key + "' (known: " + KEYS + ")");
      }
    }
    return new NlpSettings(
        required(p, "sentence.model", file),
        required(p, "pos.model", file),
        required(p, "ner.model", file),
        Integer.parseInt(p.getProperty("sentence.maxChars", "2000").strip()));
  }

  /** A stable description of the settings, part of the NLP fingerprint. */
  public String describe() {
    TreeMap<String, String> m = new TreeMap<>();
    m.put("sentence.model", sentenceModel);
    m.put("pos.model", posModel);
    m.put("ner.model", nerModel);
    m.put("sentence.maxChars", Integer.toString(maxSentenceChars));
    return m.toString();
  }

  private static String required(Properties p, String key, Path file) {
    String v = p.getProperty(key);
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException(file + ": missing setting '" + key + "'");
    }
    return v.strip();
  }

  private static void requireResource(String key, String resource) {
    if (resource == null || NlpSettings.class.getClassLoader().getResource(resource) == null) {
      throw new IllegalArgumentException(key + ": model resource not on the classpath: " + resource);
    }
  }
}
