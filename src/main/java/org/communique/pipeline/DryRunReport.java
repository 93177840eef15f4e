package org.communique.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.communique.diff.DiffReport;
import org.communique.diff.RecordDiffer;
import org.communique.eval.GoldSet;
import org.communique.eval.Records;
import org.communique.output.JsonFiles;

/**
 * What {@code extract --dry-run} shows: the record files a run would write with other bytes or
 * remove, and the item diff between the records in the output folder and the records the run
 * would leave there (against every gold folder of the corpus when there is one).
 *
 * @param wouldWrite  documents whose record would be written with other bytes (new ones included)
 * @param wouldRemove documents whose record would be removed (left the corpus, or failed)
 * @param diff        the item diff, old = the output folder's records, new = what the run would leave
 */
public record DryRunReport(List<String> wouldWrite, List<String> wouldRemove, DiffReport diff) {

  public static DryRunReport of(ExtractJob.DryRun run, Path corpus, Path outDir) throws IOException {
    Path records = outDir.resolve("records");
    Map<String, JsonNode> before = Files.isDirectory(records) ? Records.load(records) : new TreeMap<>();
    Map<String, JsonNode> after = new TreeMap<>(before);
    run.summary().removed().forEach(after::remove);
    List<String> write = new ArrayList<>();
    Map<String, String> texts = new TreeMap<>();
    for (var e : run.planned().entrySet()) {
      String pretty = JsonFiles.pretty(e.getValue().record());
      Path file = records.resolve(e.getKey() + ".json");
      if (!Files.isRegularFile(file) || !Arrays.equals(Files.readAllBytes(file), pretty.getBytes(StandardCharsets.UTF_8))) {
        write.add(e.getKey());
      }
      after.put(e.getKey(), JsonFiles.MAPPER.readTree(pretty));
      texts.put(e.getKey(), e.getValue().text());
    }
    GoldSet gold = GoldSet.discover(corpus);
    RecordDiffer differ = new RecordDiffer(doc -> texts.containsKey(doc) ? texts.get(doc) : Records.text(corpus, doc),
        gold.isEmpty() ? null : gold);
    return new DryRunReport(List.copyOf(write), List.copyOf(run.summary().removed()), differ.diff(before, after));
  }
}
