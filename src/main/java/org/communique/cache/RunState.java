package org.communique.cache;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.communique.output.JsonFiles;

/**
 * What each record was made from, kept in one journal ({@code state.jsonl}): a line is appended
 * right after a record is written, so a killed run never redoes what it had finished; a torn last
 * line is ignored. The journal also keeps, per rules fingerprint, the keys of the rules that set
 * had, so that a later run knows which rules a record has already seen. {@link #compact} rewrites
 * the journal with the latest line of each document.
 */
public final class RunState implements AutoCloseable {

  /**
   * The inputs a record was made from.
   *
   * @param sha256  the statement file's digest
   * @param source  digest of everything read from the corpus for it (text, sidecar date and url, file name)
   * @param code    tool version and build
   * @param nlp     NLP settings fingerprint
   * @param rules   rules fingerprint (its rule keys are in the journal)
   * @param matched digest of the matches of each rule key that matched at all
   * @param matches digest of all matches in the order the record stages see them
   * @param counts  items per type in the record
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Stamp(@JsonProperty("sha256") String sha256, @JsonProperty("source") String source, @JsonProperty("code") String code,
      @JsonProperty("nlp") String nlp, @JsonProperty("rules") String rules, @JsonProperty("matched") Map<String, String> matched,
      @JsonProperty("matches") String matches, @JsonProperty("counts") Map<String, Integer> counts) {

    /** True when the record was made from this text, build and NLP settings (rules aside). */
    public boolean sameInputs(String source, String code, String nlp) {
      return source.equals(this.source) && code.equals(this.code) && nlp.equals(this.nlp);
    }
  }

  /** One journal line: a document's stamp, or the rule keys of a rules fingerprint. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Line(@JsonProperty("doc") String doc, @JsonProperty("stamp") Stamp stamp, @JsonProperty("ruleset") String ruleset,
      @JsonProperty("keys") List<String> keys) {}

  private final Path journal;
  private final Map<String, Stamp> stamps = new HashMap<>();
  private final Map<String, List<String>> ruleSets = new HashMap<>();
  private FileChannel appender;
  private int lines;

  private RunState(Path journal) {
    this.journal = journal;
  }

  /** The state in {@code dir}; an absent journal is an empty state. */
  public static RunState open(Path dir) throws IOException {
    RunState state = new RunState(dir.resolve("state.jsonl"));
    try (BufferedReader in = Files.newBufferedReader(state.journal, StandardCharsets.UTF_8)) {
      for (String text = in.readLine(); text != null; text = in.readLine()) {
        state.apply(text);
      }
    } catch (NoSuchFileException e) {
      // first run
    }
    return state;
  }

  private void apply(String text) {
    lines++;
    Line line;
    try {
      line = JsonFiles.MAPPER.readValue(text, Line.class);
    } catch (IOException e) {
      return; // a line torn by a killed run
    }
    if (line.doc() != null && line.stamp() != null) {
      stamps.put(line.doc(), line.stamp());
    } else if (line.ruleset() != null && line.keys() != null) {
      ruleSets.put(line.ruleset(), List.copyOf(line.keys()));
    }
  }

  /** The stamp of the record of {@code docId}, or null. */
  public synchronized Stamp get(String docId) {
    return stamps.get(docId);
  }

  /** The rule keys of a rules fingerprint seen before, or null. */
  public synchronized List<String> ruleKeys(String rulesFingerprint) {
    return ruleSets.get(rulesFingerprint);
  }

  public synchronized void putRuleKeys(String rulesFingerprint, List<String> keys) throws IOException {
    if (!List.copyOf(keys).equals(ruleSets.get(rulesFingerprint))) {
      ruleSets.put(rulesFingerprint, List.copyOf(keys));
      append(new Line(null, null, rulesFingerprint, keys));
    }
  }

  public synchronized void put(String docId, Stamp stamp) throws IOException {
    stamps.put(docId, stamp);
    append(new Line(docId, stamp, null, null));
  }

  private void append(Line line) throws IOException {
    if (appender == null) {
      Files.createDirectories(journal.getParent());
      appender = FileChannel.open(journal, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
      if (appender.size() > 0 && !endsWithNewline()) {
        appender.write(ByteBuffer.wrap(new byte[] {'\n'})); // after a torn line
      }
    }
    lines++;
    ByteBuffer bytes = ByteBuffer.wrap((JsonFiles.line(line) + "\n").getBytes(StandardCharsets.UTF_8));
    while (bytes.hasRemaining()) {
      appender.write(bytes);
    }
  }

  private boolean endsWithNewline() throws IOException {
    try (FileChannel in = FileChannel.open(journal, StandardOpenOption.READ)) {
      ByteBuffer last = ByteBuffer.allocate(1);
      in.read(last, in.size() - 1);
      return last.get(0) == '\n';
    }
  }

  /**
   * Compacts the journal once it holds more than twice the lines a compact one would: most runs
   * only append (a rule edit re-stamps every document, so this happens about every other edit).
   */
  public synchronized void tidy(Set<String> keep, String currentRules) throws IOException {
    if (lines > 2 * (keep.size() + ruleSets.size()) + 16) {
      compact(keep, currentRules);
    } else {
      close();
    }
  }

  /**
   * Rewrites the journal with the documents in {@code keep} (sorted) and the rule sets their
   * stamps refer to, plus {@code currentRules}.
   */
  public synchronized void compact(Set<String> keep, String currentRules) throws IOException {
    close();
    stamps.keySet().retainAll(keep);
    Set<String> used = new HashSet<>();
    used.add(currentRules);
    stamps.values().forEach(s -> used.add(s.rules()));
    ruleSets.keySet().retainAll(used);
    StringBuilder sb = new StringBuilder();
    new TreeMap<>(ruleSets).forEach((fp, keys) -> sb.append(JsonFiles.line(new Line(null, null, fp, keys))).append('\n'));
    new TreeMap<>(stamps).forEach((doc, stamp) -> sb.append(JsonFiles.line(new Line(doc, stamp, null, null))).append('\n'));
    JsonFiles.writeAtomically(journal, sb.toString());
    lines = stamps.size() + ruleSets.size();
  }

  @Override
  public synchronized void close() throws IOException {
    if (appender != null) {
      appender.close();
      appender = null;
    }
  }
}
