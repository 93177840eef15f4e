package org.communique.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.communique.records.DocumentRecord;

/**
 * The dataset folder: {@code records/<doc_id>.json}, {@code dataset.jsonl} (one line per document,
 * sorted by doc_id), {@code manifest.json} and {@code errors.jsonl}. Every file is written
 * atomically; nothing in a record depends on time or on where the program ran.
 */
public final class OutputWriter {
  private final Path outDir;
  private final Path recordsDir;
  /** The dataset line of each record written by this writer. */
  private final Map<String, byte[]> written = new java.util.concurrent.ConcurrentHashMap<>();

  public OutputWriter(Path outDir) {
    this.outDir = outDir;
    this.recordsDir = outDir.resolve("records");
  }

  public Path recordFile(String docId) {
    return recordsDir.resolve(docId + ".json");
  }

  /** Fails with a clear message, before anything is written, when the folder cannot be written to. */
  public void checkWritable() throws IOException {
    try {
      Files.createDirectories(outDir);
      Path probe = Files.createTempFile(outDir, ".write-check", ".tmp");
      Files.delete(probe);
    } catch (IOException e) {
      throw new IOException("cannot write to output folder " + outDir + ": " + e.getClass().getSimpleName() + " " + e.getMessage(), e);
    }
  }

  /** The text extracted from a markup statement, beside its record: the text its offsets refer to. */
  public void writeText(String docId, String text) throws IOException {
    JsonFiles.writeAtomically(outDir.resolve("text").resolve(docId + ".txt"), text);
  }

  public void removeTextsExcept(Set<String> keep) throws IOException {
    Path dir = outDir.resolve("text");
    if (Files.isDirectory(dir)) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.toList()) {
          String name = f.getFileName().toString();
          if (name.endsWith(".txt") && !keep.contains(name.substring(0, name.length() - 4))) {
            Files.delete(f);
          }
        }
      }
    }
  }

  /** A record as a JSON tree (with the curation applied): written like {@link #writeRecord(DocumentRecord)}. */
  public void writeRecord(String docId, com.fasterxml.jackson.databind.JsonNode record) throws IOException {
    JsonFiles.writeAtomically(recordFile(docId), JsonFiles.pretty(record));
    written.put(docId, JsonFiles.line(record).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  public void writeRecord(DocumentRecord record) throws IOException {
    JsonFiles.writeAtomically(recordFile(record.docId()), JsonFiles.pretty(record));
    written.put(record.docId(), JsonFiles.line(record).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** The doc_ids of the records that {@link #removeRecordsExcept} would remove, removing nothing. */
  public List<String> recordsExcept(Set<String> keep) throws IOException {
    List<String> out = new ArrayList<>();
    if (Files.isDirectory(recordsDir)) {
      try (Stream<Path> files = Files.list(recordsDir)) {
        for (Path f : files.sorted().toList()) {
          String name = f.getFileName().toString();
          if (name.endsWith(".json") && !keep.contains(name.substring(0, name.length() - 5))) {
            out.add(name.substring(0, name.length() - 5));
          }
        }
      }
    }
    return out;
  }

  /** Removes records of documents that are no longer in the corpus; returns their doc_ids. */
  public List<String> removeRecordsExcept(Set<String> keep) throws IOException {
    List<String> removed = new ArrayList<>();
    if (!Files.isDirectory(recordsDir)) {
      return removed;
    }
    try (Stream<Path> files = Files.list(recordsDir)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        if (name.endsWith(".json") && !keep.contains(name.substring(0, name.length() - 5))) {
          Files.delete(f);
          removed.add(name.substring(0, name.length() - 5));
        }
      }
    }
    return removed;
  }

  /**
   * Rebuilds dataset.jsonl from the record files, sorted by doc_id. The line of a record that was
   * not written since the previous dataset.jsonl (by this writer, or by hand: it would be newer) is
   * taken from it rather than read again.
   */
  public void writeDataset() throws IOException {
    Path dataset = outDir.resolve("dataset.jsonl");
    // lines are handled as bytes: a doc_id is ASCII, and nothing else of a reused line is looked at
    byte[] old = new byte[0];
    Map<String, int[]> previous = new java.util.HashMap<>();
    java.nio.file.attribute.FileTime previousTime = null;
    if (Files.isRegularFile(dataset)) {
      previousTime = Files.getLastModifiedTime(dataset);
      old = Files.readAllBytes(dataset);
      for (int start = 0; start < old.length; ) {
        int end = start;
        while (end < old.length && old[end] != '\n') {
          end++;
        }
        String docId = docIdOfLine(old, start, end);
        if (docId != null) {
          previous.put(docId, new int[] {start, end});
        }
        start = end + 1;
      }
    }
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(old.length + 1024);
    int reused = 0;
    boolean fresh = false;
    if (Files.isDirectory(recordsDir)) {
      try (Stream<Path> files = Files.list(recordsDir)) {
        for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
          String name = f.getFileName().toString();
          String docId = name.substring(0, name.length() - 5);
          int[] line = previous.get(docId);
          if (written.containsKey(docId)) {
            bytes.writeBytes(written.get(docId));
            fresh = true;
          } else if (line == null || Files.getLastModifiedTime(f).compareTo(previousTime) >= 0) {
            bytes.writeBytes(JsonFiles.line(JsonFiles.MAPPER.readTree(f.toFile())).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            fresh = true;
          } else {
            bytes.write(old, line[0], line[1] - line[0]);
            reused++;
          }
          bytes.write('\n');
        }
      }
    }
    if (!fresh && reused == previous.size() && previousTime != null) {
      return; // every line as it is
    }
    JsonFiles.writeAtomically(dataset, bytes.toByteArray());
  }

  /** The doc_id a dataset line starts with, or null. */
  private static String docIdOfLine(byte[] text, int start, int end) {
    byte[] prefix = DOC_ID_PREFIX.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    if (end - start <= prefix.length || !java.util.Arrays.equals(text, start, start + prefix.length, prefix, 0, prefix.length)) {
      return null;
    }
    for (int i = start + prefix.length; i < end; i++) {
      if (text[i] == '"') {
        return new String(text, start + prefix.length, i - start - prefix.length, java.nio.charset.StandardCharsets.US_ASCII);
      }
    }
    return null;
  }

  private static final String DOC_ID_PREFIX = "{\"doc_id\":\"";

  /** Per-document sha256 plus the fingerprints and tool version the records were made with. */
  public void writeManifest(String toolVersion, String rulesFingerprint, String nlpFingerprint,
      Map<String, String> sha256ByDocId) throws IOException {
    JsonFiles.writeAtomically(outDir.resolve("manifest.json"), manifest(toolVersion, rulesFingerprint, nlpFingerprint, sha256ByDocId));
  }

  /** The text of manifest.json. */
  public static String manifest(String toolVersion, String rulesFingerprint, String nlpFingerprint, Map<String, String> sha256ByDocId) {
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("tool", "communique");
    manifest.put("version", toolVersion);
    manifest.put("rules_fingerprint", rulesFingerprint);
    manifest.put("nlp_fingerprint", nlpFingerprint);
    Map<String, Object> docs = new TreeMap<>();
    sha256ByDocId.forEach((id, sha) -> docs.put(id, Map.of("sha256", sha)));
    manifest.put("documents", docs);
    return JsonFiles.pretty(manifest);
  }

  /** errors.jsonl lists this run's failed documents; it is absent when there were none. */
  public void writeErrors(List<DocumentError> errors) throws IOException {
    Path file = outDir.resolve("errors.jsonl");
    if (errors.isEmpty()) {
      Files.deleteIfExists(file);
      return;
    }
    StringBuilder sb = new StringBuilder();
    errors.stream().sorted((a, b) -> a.path().compareTo(b.path())).forEach(e -> sb.append(JsonFiles.line(e)).append('\n'));
    JsonFiles.writeAtomically(file, sb.toString());
  }
}
