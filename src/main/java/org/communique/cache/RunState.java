package org.communique.cache;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.communique.output.JsonFiles;

/**
 * What each record was made from: the text's sha256 and the rules and NLP fingerprints, one small
 * file per document, written right after its record. A run skips a document whose state matches;
 * a killed run therefore never redoes what it had finished.
 */
public final class RunState {
  /** The inputs a record was made from. */
  public record Stamp(@JsonProperty("sha256") String sha256, @JsonProperty("rules") String rules, @JsonProperty("nlp") String nlp) {}

  private final Path dir;

  public RunState(Path dir) {
    this.dir = dir;
  }

  private Path file(String docId) {
    return dir.resolve(docId + ".json");
  }

  /** The stamp of the record of {@code docId}, or null. */
  public Stamp get(String docId) {
    Path f = file(docId);
    if (!Files.isRegularFile(f)) {
      return null;
    }
    try {
      return JsonFiles.MAPPER.readValue(f.toFile(), Stamp.class);
    } catch (IOException e) {
      return null;
    }
  }

  public void put(String docId, Stamp stamp) throws IOException {
    JsonFiles.writeAtomically(file(docId), JsonFiles.line(stamp));
  }

  public void remove(String docId) throws IOException {
    Files.deleteIfExists(file(docId));
  }
}
