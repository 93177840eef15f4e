package org.communique.cache;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.communique.ingest.CorpusReader;
import org.communique.ingest.SourceDocument;
import org.communique.output.JsonFiles;
import org.communique.rules.RuleMatch;

/**
 * Each rule's matches in a document, keyed by the rule's own fingerprint: after an edit of one
 * rule only that rule runs again. Entries are keyed like the annotation cache (text and NLP
 * settings) and framed the same way; a damaged entry is reported and ignored.
 */
public final class MatchCache {
  private static final TypeReference<Map<String, List<RuleMatch>>> TYPE = new TypeReference<>() { };

  private final Path dir;
  private final String nlpFingerprint;
  private final AnnotationCache.Listener listener;

  public MatchCache(Path dir, String nlpFingerprint, AnnotationCache.Listener listener) {
    this.dir = dir;
    this.nlpFingerprint = nlpFingerprint;
    this.listener = listener;
  }

  private Path file(SourceDocument doc) {
    return dir.resolve(CorpusReader.sha256((doc.sha256() + "|" + nlpFingerprint).getBytes(StandardCharsets.UTF_8)) + ".bin");
  }

  /** Matches by rule fingerprint; empty when there are none. */
  public Map<String, List<RuleMatch>> get(SourceDocument doc) {
    Path f = file(doc);
    try {
      return FramedSmile.decode(Files.readAllBytes(f), TYPE);
    } catch (NoSuchFileException e) {
      return Map.of();
    } catch (IOException | RuntimeException e) {
      listener.corrupt(f, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
      return Map.of();
    }
  }

  public void put(SourceDocument doc, Map<String, List<RuleMatch>> matches) throws IOException {
    Files.createDirectories(dir);
    JsonFiles.writeAtomically(file(doc), FramedSmile.encode(matches));
  }
}
