package org.communique.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
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
 * Lists and reads the statements of a corpus folder and its sub-folders (a held-out split such as
 * {@code corpus/probe/}; folders named {@code gold} and hidden ones are skipped): every
 * {@code *.txt} / {@code *.html} file, decoded as strict UTF-8 with a leading BOM removed, and every
 * {@code *.pdf} file, whose text PDFBox extracts ({@link PdfText}). A
 * statement's own date comes from its {@code <doc_id>.meta.json} sidecar, else from the
 * {@code SOURCES.tsv} catalogue of its folder (columns doc_id, url, publisher, date), else from its
 * dateline.
 */
public final class CorpusReader {
  /** doc_ids become file names under output/: keep them to a safe alphabet. */
  private static final Pattern SAFE_DOC_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");

  /** Statement files: plain text, or HTML pages and PDFs whose text is extracted. */
  public static final List<String> EXTENSIONS = List.of(".txt", ".html", ".htm", ".pdf");
  public static final long DEFAULT_MAX_BYTES = 5_000_000;

  private final Path corpusDir;
  private final long maxBytes;
  private final ObjectMapper json = new ObjectMapper();

  public CorpusReader(Path corpusDir) {
    this(corpusDir, DEFAULT_MAX_BYTES);
  }

  public CorpusReader(Path corpusDir, long maxBytes) {
    this.corpusDir = corpusDir;
    this.maxBytes = maxBytes;
  }

  /** Folders of gold records beside the statements: never read as statements. */
  private static final String GOLD_FOLDER = "gold";
  private static final String SOURCES_FILE = "SOURCES.tsv";

  private final java.util.Map<Path, java.util.Map<String, Source>> catalogues = new java.util.concurrent.ConcurrentHashMap<>();

  /** The statement files of the corpus and its sub-folders, sorted by path. */
  public List<Path> list() throws IOException {
    List<Path> out = new java.util.ArrayList<>();
    collect(corpusDir, out);
    out.sort(null);
    return out;
  }

  private static void collect(Path dir, List<Path> out) throws IOException {
    List<Path> entries;
    try (Stream<Path> files = Files.list(dir)) {
      entries = files.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
    }
    for (Path p : entries) {
      String name = p.getFileName().toString();
      if (EXTENSIONS.stream().anyMatch(name::endsWith)) {
        out.add(p);
      } else if (!name.equals(GOLD_FOLDER) && Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        collect(p, out);
      }
    }
  }

  public static String docIdOf(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  public SourceDocument read(Path file) throws IngestException {
    return read(file, () -> { });
  }

  /**
   * Reads a statement. {@code checkpoint} runs now and then while a PDF's text is extracted (the
   * document's deadline); what it throws goes through unchanged.
   */
  public SourceDocument read(Path file, Runnable checkpoint) throws IngestException {
    String docId = docIdOf(file);
    checkDocId(docId);
    byte[] bytes;
    try {
      java.nio.file.attribute.BasicFileAttributes attributes;
      try {
        attributes = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
      } catch (java.nio.file.FileSystemException e) { // includes no such file and a loop of links
        if (Files.isSymbolicLink(file)) {
          throw new IngestException("symbolic link that leads nowhere (dangling, or a loop)");
        }
        throw e;
      }
      if (!attributes.isRegularFile()) {
        throw new IngestException("not a regular file");
      }
      checkSize(attributes.size(), maxBytes);
      bytes = Files.readAllBytes(file);
    } catch (java.nio.file.AccessDeniedException e) {
      throw new IngestException("cannot read file: permission denied", e);
    } catch (IOException e) {
      throw new IngestException("cannot read file: " + e.getClass().getSimpleName() + " " + e.getMessage(), e);
    }
    Path sidecar = file.resolveSibling(docId + ".meta.json");
    return document(file.getFileName().toString(), bytes, maxBytes, () -> readMeta(sidecar),
        catalogue(file.getParent()).get(docId), checkpoint);
  }

  /** What a statement's sidecar says; either may be null. */
  public interface SidecarSource {
    Meta read() throws IngestException;
  }

  /**
   * A statement from its file's bytes, however they were read (a Spark job reads them through
   * Hadoop): the same checks, text and date as {@link #read}. {@code sidecar} gives what its
   * {@code <doc_id>.meta.json} says (read after the text is decoded, as {@link #read} does),
   * {@code listed} its line in the folder's {@code SOURCES.tsv} or null.
   */
  public static SourceDocument document(String name, byte[] bytes, long maxBytes, SidecarSource sidecar, Source listed,
      Runnable checkpoint) throws IngestException {
    String docId = docIdOf(Path.of(name));
    checkDocId(docId);
    checkSize(bytes.length, maxBytes);
    boolean extracted = !name.endsWith(".txt");
    String text;
    if (name.endsWith(".pdf")) {
      text = PdfText.extract(bytes, maxBytes, checkpoint);
    } else {
      text = decode(bytes);
      if (extracted) {
        text = HtmlText.extract(text);
      }
    }
    Meta meta = sidecar.read();
    LocalDate date = meta.date() != null ? meta.date()
        : listed != null && listed.date() != null ? listed.date() : DatelineFinder.find(text);
    String url = meta.url() != null ? meta.url() : listed != null ? listed.url() : null;
    return new SourceDocument(docId, name, text, sha256(bytes), date, url, extracted);
  }

  /** Refuses a doc_id that is no safe file name. */
  public static void checkDocId(String docId) throws IngestException {
    if (!SAFE_DOC_ID.matcher(docId).matches()) {
      throw new IngestException("file name is not a usable doc_id (letters, digits, '.', '_' and '-' only)");
    }
  }

  /** Refuses a statement file larger than {@code maxBytes}. */
  public static void checkSize(long size, long maxBytes) throws IngestException {
    if (size > maxBytes) {
      throw new IngestException(String.format(java.util.Locale.ROOT, "too large: %,d bytes (limit %,d; see --max-bytes)", size, maxBytes));
    }
  }

  static String decode(byte[] bytes) throws IngestException {
    for (byte b : bytes) {
      if (b == 0) {
        throw new IngestException("not text: contains NUL bytes");
      }
    }
    // the JDK's lenient decoding is much faster and marks every bad sequence with U+FFFD; only a
    // text with U+FFFD in it needs the strict decoder (to tell a real U+FFFD from a bad byte)
    String lenient = new String(bytes, StandardCharsets.UTF_8);
    if (lenient.indexOf('\uFFFD') < 0) {
      return lenient.startsWith("\uFEFF") ? lenient.substring(1) : lenient;
    }
    ByteBuffer in = ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
    java.nio.charset.CoderResult result = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(in, out, true);
    if (result.isError()) {
      throw new IngestException("not valid UTF-8 text (first bad byte at offset " + in.position() + ")");
    }
    String text = out.flip().toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** What a statement's {@code <doc_id>.meta.json} sidecar says (nulls when absent). */
  public record Meta(LocalDate date, String url) {}

  /** A statement's line in its folder's SOURCES.tsv. */
  public record Source(String url, LocalDate date) {}

  /** doc_id → url and date from {@code SOURCES.tsv} of a folder; a malformed date is ignored. */
  private java.util.Map<String, Source> catalogue(Path dir) {
    Path key = dir == null ? Path.of("") : dir;
    return catalogues.computeIfAbsent(key, d -> {
      Path file = d.resolve(SOURCES_FILE);
      if (!Files.isRegularFile(file)) {
        return new java.util.HashMap<>();
      }
      try {
        return parseCatalogue(Files.readAllLines(file, StandardCharsets.UTF_8));
      } catch (IOException e) {
        // an unreadable catalogue gives no dates; statements still have their sidecars and datelines
        return new java.util.HashMap<>();
      }
    });
  }

  /** doc_id → url and date from the lines of a {@code SOURCES.tsv}; a malformed date is ignored. */
  public static java.util.Map<String, Source> parseCatalogue(List<String> lines) {
    java.util.Map<String, Source> out = new java.util.HashMap<>();
    for (String line : lines) {
      String[] cells = line.split("\t", -1);
      if (cells.length < 4 || cells[0].equals("doc_id")) {
        continue;
      }
      LocalDate date = null;
      try {
        date = cells[3].isBlank() ? null : LocalDate.parse(cells[3].strip());
      } catch (DateTimeParseException e) {
        // a catalogue date that is no ISO date says nothing
      }
      out.put(cells[0].strip(), new Source(cells[1].isBlank() ? null : cells[1].strip(), date));
    }
    return out;
  }

  private Meta readMeta(Path sidecar) throws IngestException {
    if (!Files.isRegularFile(sidecar)) {
      return new Meta(null, null);
    }
    try {
      return parseSidecar(json.readTree(sidecar.toFile()));
    } catch (IOException | DateTimeParseException e) {
      throw new IngestException("unreadable sidecar " + sidecar.getFileName() + ": " + e.getMessage(), e);
    }
  }

  /** The date and url of a sidecar's JSON; a date that is no ISO date throws DateTimeParseException. */
  public static Meta parseSidecar(JsonNode node) {
    LocalDate date = node.hasNonNull("date") ? LocalDate.parse(node.get("date").asText()) : null;
    String url = node.hasNonNull("url") ? node.get("url").asText() : null;
    return new Meta(date, url);
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

}
