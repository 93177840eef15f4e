package org.communique;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.communique.ingest.SourceDocument;
import org.communique.nlp.AnnotatedDocument;
import org.communique.nlp.NlpSettings;
import org.communique.pipeline.Extractor;
import org.communique.pipeline.NlpModels;
import org.communique.records.DocumentRecord;
import org.communique.rules.RuleSet;

/**
 * The shared fixture: the project's real models and rules, loaded once per test JVM and used by
 * every test that needs OpenNLP or CoreNLP.
 */
public final class TestModels {
  public static final Path MODELS = Path.of("models");
  public static final Path CORPUS = Path.of("corpus");

  private static NlpModels nlp;
  private static Extractor extractor;

  private TestModels() {}

  public static synchronized NlpModels nlp() {
    if (nlp == null) {
      try {
        nlp = new NlpModels(NlpSettings.load(MODELS.resolve("pipeline.properties")));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return nlp;
  }

  public static synchronized Extractor extractor() {
    if (extractor == null) {
      try {
        extractor = new Extractor(nlp(), RuleSet.load(MODELS), org.communique.dataset.DatasetStage.givenNames(MODELS));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return extractor;
  }

  public static AnnotatedDocument annotate(String text) {
    return extractor().annotate(new SourceDocument("test", "test.txt", text, "0", null, null));
  }

  public static DocumentRecord extract(String text) {
    return extractor().extract(annotate(text));
  }

  /** The record of a statement dated {@code date} (as a sidecar or SOURCES.tsv would date it). */
  public static DocumentRecord extract(String text, java.time.LocalDate date) {
    return extractor().extract(extractor().annotate(new SourceDocument("test", "test.txt", text, "0", date, null)));
  }
}
