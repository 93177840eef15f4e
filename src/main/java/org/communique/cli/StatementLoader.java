package org.communique.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.communique.cache.AnnotationCache;
import org.communique.explain.Extraction;
import org.communique.ingest.CorpusReader;
import org.communique.ingest.SourceDocument;
import org.communique.nlp.AnnotatedDocument;
import org.communique.pipeline.Extractor;
import picocli.CommandLine;

/**
 * What {@code explain} and {@code why-not} start from: one statement of the corpus, its annotations
 * (from the output folder's cache when there, read only; else the NLP models run), and its record
 * assembled afresh with the current rules and tracing on.
 */
final class StatementLoader {
  private StatementLoader() {}

  /** The statement {@code docId} of the corpus; a usage error when there is none. */
  static SourceDocument find(CommandLine cli, Path corpus, String docId) throws IOException, org.communique.ingest.IngestException {
    if (!Files.isDirectory(corpus)) {
      throw new CommandLine.ParameterException(cli, "--corpus is not a folder: " + corpus);
    }
    CorpusReader reader = new CorpusReader(corpus);
    Path file = reader.list().stream().filter(f -> CorpusReader.docIdOf(f).equals(docId)).findFirst()
        .orElseThrow(() -> new CommandLine.ParameterException(cli, "no statement " + docId + " in " + corpus));
    return reader.read(file);
  }

  /** The statement's record assembled afresh with tracing on, from cached annotations when {@code out} has them. */
  static Extraction extract(Extractor extractor, Path out, SourceDocument doc) {
    AnnotatedDocument annotated = new AnnotationCache(out.resolve(".cache/annotations"), extractor.models().fingerprint(), (f, r) -> { })
        .get(doc);
    if (annotated == null) {
      annotated = extractor.annotate(doc);
    }
    return Extraction.of(extractor, annotated);
  }
}
