package org.communique.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import opennlp.tools.sentdetect.SentenceModel;
import org.communique.nlp.CoreNlpTagger;
import org.communique.nlp.NlpAnnotator;
import org.communique.nlp.NlpSettings;
import org.communique.nlp.SentenceSplitter;

/**
 * The statistical models, loaded once on first use and shared by every thread. Loading is lazy
 * so that a run that needs no annotation never pays for it.
 */
public final class NlpModels {
  private final NlpSettings settings;
  private volatile NlpAnnotator annotator;
  private volatile double loadSeconds;

  private final String fingerprint;

  public NlpModels(NlpSettings settings) {
    this.settings = settings;
    String s = settings.describe() + "|" + jarName(edu.stanford.nlp.pipeline.StanfordCoreNLP.class)
        + "|" + jarName(SentenceModel.class) + "|" + CoreNlpTagger.class.getName() + ":v1|" + SentenceSplitter.class.getName() + ":v5";
    this.fingerprint = org.communique.ingest.CorpusReader.sha256(s.getBytes(StandardCharsets.UTF_8));
  }

  public NlpAnnotator annotator() {
    NlpAnnotator a = annotator;
    if (a == null) {
      synchronized (this) {
        a = annotator;
        if (a == null) {
          long t0 = System.nanoTime();
          SentenceModel sentenceModel;
          try (InputStream in = NlpModels.class.getClassLoader().getResourceAsStream(settings.sentenceModel())) {
            sentenceModel = new SentenceModel(in);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot load sentence model " + settings.sentenceModel(), e);
          }
          a = new NlpAnnotator(new SentenceSplitter(sentenceModel), new CoreNlpTagger(settings), settings);
          loadSeconds = (System.nanoTime() - t0) / 1e9;
          annotator = a;
        }
      }
    }
    return a;
  }

  public boolean loaded() {
    return annotator != null;
  }

  public double loadSeconds() {
    return loadSeconds;
  }

  /** Identifies what the annotations depend on: settings and library versions. */
  public String fingerprint() {
    return fingerprint;
  }

  private static String jarName(Class<?> c) {
    var src = c.getProtectionDomain().getCodeSource();
    if (src == null || src.getLocation() == null) {
      return c.getName();
    }
    String path = src.getLocation().getPath();
    return path.substring(path.lastIndexOf('/', path.length() - 2) + 1);
  }
}
