package org.communique.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Lists and reads the statements of a corpus folder: every {@code *.txt} file, decoded as strict
 * UTF-8 with a leading BOM removed, plus an optional {@code <doc_id>.meta.json} sidecar.
 */
public final class CorpusReader {
  /** doc_ids become file names under output/: keep them to a safe alphabet. */
  private static final Pattern SAFE_DOC_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");

  private final Path corpusDir;
  private final ObjectMapper json = new ObjectMapper();

  public CorpusReader(Path corpusDir) {
    this.corpusDir = corpusDir;
  }

  /** The statement files of the corpus, sorted by name. */
  public List<Path> list() throws IOException {
    try (Stream<Path> files = Files.list(corpusDir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".txt"))
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted()
          .toList();
    }
  }

  public static String docIdOf(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  public SourceDocument read(Path file) throws IngestException {
    String docId = docIdOf(file);
    if (!SAFE_DOC_ID.matcher(docId).matches()) {
      throw new IngestException("file name is not a usable doc_id (letters, digits, '.', '_' and '-' only)");
    }
    byte[] bytes;
    try {
      if (!Files.isRegularFile(file)) {
        throw new IngestException("not a regular file");
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new IngestException("cannot read file: " + e.getClass().getSimpleName() + " " + e.getMessage(), e);
    }
    String text = decode(bytes);
    Meta meta = readMeta(file.resolveSibling(docId + ".meta.json"));
    LocalDate date = meta.date() != null ? meta.date() : DatelineFinder.find(text);
    return new SourceDocument(docId, file.getFileName().toString(), text, sha256(bytes), date, meta.url());
  }

  static String decode(byte[] bytes) throws IngestException {
    for (byte b : bytes) {
      if (b == 0) {
        throw new IngestException("not text: contains NUL bytes");
      }
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new IngestException("not valid UTF-8 text", e);
    }
  }

  private record Meta(LocalDate date, String url) {}

  private Meta readMeta(Path sidecar) throws IngestException {
    if (!Files.isRegularFile(sidecar)) {
      return new Meta(null, null);
    }
    try {
      JsonNode node = json.readTree(sidecar.toFile());
      LocalDate date = node.hasNonNull("date") ? LocalDate.parse(node.get("date").asText()) : null;
      String url = node.hasNonNull("url") ? node.get("url").asText() : null;
      return new Meta(date, url);
    } catch (IOException | DateTimeParseException e) {
      throw new IngestException("unreadable sidecar " + sidecar.getFileName() + ": " + e.getMessage(), e);
    }
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

}
