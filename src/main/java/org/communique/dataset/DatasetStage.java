package org.communique.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.communique.curation.Curation;
import org.communique.curation.CurationLine;
import org.communique.knowledge.OfficeHolders;
import org.communique.output.JsonFiles;
import org.communique.rules.Gazetteers;

/**
 * The dataset across statements: reads every record of {@code output/records/}, resolves its
 * groups, people and agencies to entities of the whole corpus, applies the entity curation, and
 * writes {@code output/entities/*.jsonl} (a file whose bytes would not change is not touched) and
 * {@code output/curation-stale.txt} (the curation edits that found nothing to apply to).
 */
public final class DatasetStage {
  public static final String GIVEN_NAMES = "dataset/given-names.tsv";
  public static final String STALE_FILE = "curation-stale.txt";

  /** What the stage wrote: entities per file, and the curation edits that found nothing to apply to. */
  /**
   * What the stage did: entities per file, the curation edits that found nothing to apply to,
   * whether any entity file changed, whether it ran at all (not when its inputs were those of the
   * last run), and its time.
   */
  public record Result(Map<String, Integer> entities, List<String> stale, boolean changed, boolean ran, double seconds) {}

  private static final String STAMP = ".cache/dataset.stamp";
  private static final List<String> FILES = List.of("agencies.jsonl", "commitments.jsonl", "countries.jsonl", "groups.jsonl", "people.jsonl");

  private final DatasetBuilder builder;
  private final String givenNamesKey;

  public DatasetStage(Gazetteers gazetteers, OfficeHolders officeHolders, Map<String, String> givenNames) {
    NameForms forms = new NameForms(gazetteers);
    this.givenNamesKey = new java.util.TreeMap<>(givenNames).toString();
    this.builder = new DatasetBuilder(gazetteers, new AgencyEntities(gazetteers, forms),
        new PersonEntities(officeHolders, givenNames), new GroupEntities(gazetteers, forms));
  }

  /**
   * The id of a commitment: its statement, the start of its first mention and its action (one
   * clause can hold two commitments).
   */
  public static String commitmentId(String docId, long start, String action) {
    return "commitment:" + docId + ":" + start + ":" + NameForms.slug(String.valueOf(action));
  }

  /** The given-name forms of {@code models/dataset/given-names.tsv} (none when absent): short form to name, lower case. */
  public static Map<String, String> givenNames(Path modelsDir) throws IOException {
    return PersonEntities.loadGivenNames(modelsDir.resolve(GIVEN_NAMES));
  }

  public Result run(Path outDir, Curation curation) throws IOException {
    return run(outDir, curation, "");
  }

  /**
   * Builds the entity files, unless its inputs (every record file's name, size and time, the
   * curation, the given names and {@code codeKey}, the build) are those of the last run and the
   * files are there: a run with nothing to do reads no record.
   */
  public Result run(Path outDir, Curation curation, String codeKey) throws IOException {
    long t0 = System.nanoTime();
    String inputs = inputsKey(outDir, curation, codeKey);
    Path stampFile = outDir.resolve(STAMP);
    if (Files.isRegularFile(stampFile) && FILES.stream().allMatch(f -> Files.isRegularFile(outDir.resolve("entities").resolve(f)))) {
      List<String> stamp = Files.readAllLines(stampFile, StandardCharsets.UTF_8);
      if (!stamp.isEmpty() && stamp.get(0).equals(inputs)) {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (int i = 1; i < stamp.size() && i <= FILES.size(); i++) {
          counts.put(FILES.get(i - 1), Integer.parseInt(stamp.get(i)));
        }
        Path staleFile = outDir.resolve(STALE_FILE);
        List<String> stale = Files.isRegularFile(staleFile) ? Files.readAllLines(staleFile, StandardCharsets.UTF_8) : List.of();
        return new Result(counts, stale, false, false, (System.nanoTime() - t0) / 1e9);
      }
    }
    List<Statement> statements = Statement.load(outDir.resolve("records"));
    EntityCuration entityCuration = new EntityCuration(curation.entityLines());
    DatasetBuilder.Files files = builder.build(statements, entityCuration);
    Path dir = outDir.resolve("entities");
    Files.createDirectories(dir);
    Map<String, Integer> counts = new java.util.LinkedHashMap<>();
    boolean changed = false;
    for (var e : files.lines().entrySet()) {
      StringBuilder s = new StringBuilder();
      for (ObjectNode line : e.getValue()) {
        s.append(JsonFiles.line(line)).append('\n');
      }
      changed |= writeIfChanged(dir.resolve(e.getKey()), s.toString());
      counts.put(e.getKey(), e.getValue().size());
    }
    List<String> stale = new ArrayList<>();
    for (CurationLine l : itemLinesNotApplied(curation, statements)) {
      stale.add(l.where() + ": " + l.text() + ": no such item in " + l.arg(0) + " (or no record)");
    }
    for (CurationLine l : entityCuration.stale()) {
      stale.add(l.where() + ": " + l.text() + ": no such entity");
    }
    Path staleFile = outDir.resolve(STALE_FILE);
    if (stale.isEmpty()) {
      Files.deleteIfExists(staleFile);
    } else {
      writeIfChanged(staleFile, String.join("\n", stale) + "\n");
    }
    StringBuilder stamp = new StringBuilder(inputs).append('\n');
    FILES.forEach(f -> stamp.append(counts.getOrDefault(f, 0)).append('\n'));
    Files.createDirectories(stampFile.getParent());
    JsonFiles.writeAtomically(stampFile, stamp.toString());
    return new Result(counts, stale, changed, true, (System.nanoTime() - t0) / 1e9);
  }

  private String inputsKey(Path outDir, Curation curation, String codeKey) throws IOException {
    StringBuilder key = new StringBuilder(codeKey).append('\u0000').append(givenNamesKey);
    curation.lines().forEach(l -> key.append('\u0000').append(l.where()).append(' ').append(l.text()));
    Path records = outDir.resolve("records");
    if (Files.isDirectory(records)) {
      try (java.util.stream.Stream<Path> files = Files.list(records)) {
        for (Path f : files.sorted().toList()) {
          var attrs = Files.readAttributes(f, java.nio.file.attribute.BasicFileAttributes.class);
          key.append('\u0000').append(f.getFileName()).append(' ').append(attrs.size()).append(' ').append(attrs.lastModifiedTime().toMillis());
        }
      }
    }
    return org.communique.ingest.CorpusReader.sha256(key.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** An item edit applied is listed in its record's {@code curation}; one that is not was stale when the record was made. */
  private static List<CurationLine> itemLinesNotApplied(Curation curation, List<Statement> statements) {
    Set<String> applied = new HashSet<>();
    for (Statement s : statements) {
      JsonNode c = s.record().get("curation");
      if (c != null) {
        c.forEach(t -> applied.add(s.docId() + "\u0000" + t.asText()));
      }
    }
    return curation.itemLines().stream().filter(l -> !applied.contains(l.arg(0) + "\u0000" + l.text())).toList();
  }

  private static boolean writeIfChanged(Path file, String content) throws IOException {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    if (Files.isRegularFile(file) && java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
      return false;
    }
    JsonFiles.writeAtomically(file, bytes);
    return true;
  }
}
