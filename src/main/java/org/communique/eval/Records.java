package org.communique.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads records as the contract's scorer does: a folder searched recursively for
 * {@code <doc_id>.json} files, or a {@code .jsonl} file with one record per line. Records are
 * kept as JSON trees so that gold (with "optional") and predictions read alike.
 */
public final class Records {
  public static final List<String> TYPES = List.of("groups", "people", "agencies", "dates", "commitments");
  private static final ObjectMapper JSON = new ObjectMapper();

  private Records() {}

  /** Records by doc_id. */
  public static Map<String, JsonNode> load(Path path) throws IOException {
    Map<String, JsonNode> out = new TreeMap<>();
    if (Files.isRegularFile(path)) {
      for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          JsonNode r = JSON.readTree(line);
          out.put(r.get("doc_id").asText(), r);
        }
      }
      return out;
    }
    if (!Files.isDirectory(path)) {
      throw new IOException("no such folder or file: " + path);
    }
    try (Stream<Path> files = Files.walk(path)) {
      for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
        JsonNode r;
        try {
          r = JSON.readTree(f.toFile());
        } catch (IOException e) {
          continue;
        }
        if (r != null && r.isObject() && r.has("doc_id")) {
          out.putIfAbsent(r.get("doc_id").asText(), r);
        }
      }
    }
    return out;
  }

  /** The statement text of a document, as the scorer reads it (BOM removed), or "" when absent. */
  public static String text(Path corpus, String docId) {
    for (String ext : List.of(".txt", ".html", ".htm", ".md", "")) {
      Path p = corpus.resolve(docId + ext);
      if (Files.isRegularFile(p)) {
        try {
          String t = Files.readString(p, StandardCharsets.UTF_8);
          return t.startsWith("\uFEFF") ? t.substring(1) : t;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return "";
  }
}
