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
  public record Result(Map<String, Integer> entities, List<String> stale, boolean changed, double seconds) {}

  private final DatasetBuilder builder;

  public DatasetStage(Gazetteers gazetteers, OfficeHolders officeHolders, Map<String, String> givenNames) {
    NameForms forms = new NameForms(gazetteers);
    this.builder = new DatasetBuilder(gazetteers, new AgencyEntities(gazetteers, forms),
        new PersonEntities(officeHolders, givenNames), new GroupEntities(gazetteers, forms));
  }

  /** The given-name forms of {@code models/dataset/given-names.tsv} (none when absent): short form to name, lower case. */
  public static Map<String, String> givenNames(Path modelsDir) throws IOException {
    return PersonEntities.loadGivenNames(modelsDir.resolve(GIVEN_NAMES));
  }

  public Result run(Path outDir, Curation curation) throws IOException {
    long t0 = System.nanoTime();
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
    return new Result(counts, stale, changed, (System.nanoTime() - t0) / 1e9);
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
