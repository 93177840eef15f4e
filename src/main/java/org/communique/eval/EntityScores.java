package org.communique.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.communique.output.JsonFiles;

/**
 * Pairwise scores of the merges across statements against a gold file of entities
 * ({@code entities.jsonl}: which gold items of which statements are one body, person or group).
 * Each gold item is paired with the predicted item of its statement that the record scorer
 * would match it with; over the gold items that have one, a pair of items is a gold pair when the
 * gold puts them in one entity and a predicted pair when {@code output/entities/} does. Precision
 * is the share of predicted pairs that are gold pairs, recall the share of gold pairs predicted.
 * Items the extractor missed are left out: this scores the merging, not the extraction.
 */
public final class EntityScores {
  /** Figures of one type (or all): items scored, gold pairs, predicted pairs, pairs in both. */
  public record Figures(int items, long goldPairs, long predictedPairs, long bothPairs) {
    public double precision() {
      return predictedPairs == 0 ? 1.0 : (double) bothPairs / predictedPairs;
    }

    public double recall() {
      return goldPairs == 0 ? 1.0 : (double) bothPairs / goldPairs;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Figures plus(Figures o) {
      return new Figures(items + o.items, goldPairs + o.goldPairs, predictedPairs + o.predictedPairs, bothPairs + o.bothPairs);
    }
  }

  private static final Map<String, String> RECORD_TYPE = Map.of("agency", "agencies", "person", "people", "group", "groups");
  private static final Map<String, String> ENTITY_FILE = Map.of("agencies", "agencies.jsonl", "people", "people.jsonl",
      "groups", "groups.jsonl");

  private EntityScores() {}

  /**
   * Scores {@code predDir} (records/ and entities/) against {@code goldEntities} and the gold
   * records beside it; {@code corpus} gives the texts. Returns figures per record type and "all".
   */
  public static Map<String, Figures> score(Path goldEntities, Path corpus, Path predDir) throws IOException {
    return score(goldEntities, corpus, predDir, new ArrayList<>());
  }

  /**
   * As {@link #score(Path, Path, Path)}, adding to {@code errors} one line per merge missed ("split")
   * and per merge made wrongly ("merged"), naming both items and their entities.
   */
  public static Map<String, Figures> score(Path goldEntities, Path corpus, Path predDir, List<String> errors) throws IOException {
    Path goldDir = goldEntities.getParent();
    Map<String, JsonNode> goldRecords = Records.load(goldDir);
    Map<String, JsonNode> predRecords = Records.load(predDir.resolve("records"));
    Map<String, String> entityOf = predictedEntities(predDir.resolve("entities"));
    Map<String, List<String[]>> labelled = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(goldEntities);
    for (int n = 0; n < lines.size(); n++) {
      if (lines.get(n).isBlank()) {
        continue;
      }
      JsonNode entity = JsonFiles.MAPPER.readTree(lines.get(n));
      String type = RECORD_TYPE.get(entity.path("type").asText());
      if (type == null) {
        throw new IOException(goldEntities + ":" + (n + 1) + ": unknown type " + entity.path("type"));
      }
      for (JsonNode ref : entity.path("items")) {
        String doc = ref.path("doc_id").asText();
        JsonNode gold = item(goldRecords.get(doc), type, ref.path("name").asText());
        if (gold == null) {
          throw new IOException(goldEntities + ":" + (n + 1) + ": no " + type + " item '" + ref.path("name").asText() + "' in gold " + doc);
        }
        JsonNode pred = matched(predRecords.get(doc), type, gold, Records.text(corpus, doc));
        String predEntity = pred == null ? null : entityOf.get(doc + "\u0000" + type + "\u0000" + pred.path("name").asText());
        if (predEntity != null) {
          labelled.computeIfAbsent(type, k -> new ArrayList<>()).add(new String[] {String.valueOf(n), predEntity,
              doc + "/" + ref.path("name").asText(), entity.path("name").asText()});
        }
      }
    }
    Map<String, Figures> out = new LinkedHashMap<>();
    Figures all = new Figures(0, 0, 0, 0);
    for (String type : List.of("groups", "people", "agencies")) {
      Figures f = pairs(labelled.getOrDefault(type, List.of()));
      List<String[]> items = labelled.getOrDefault(type, List.of());
      for (int a = 0; a < items.size(); a++) {
        for (int b = a + 1; b < items.size(); b++) {
          String[] x = items.get(a);
          String[] y = items.get(b);
          boolean gold = x[0].equals(y[0]);
          boolean pred = x[1].equals(y[1]);
          if (gold && !pred) {
            errors.add(type + " split:  " + x[2] + " (" + x[1] + ") and " + y[2] + " (" + y[1] + ") are one: " + x[3]);
          } else if (pred && !gold) {
            errors.add(type + " merged: " + x[2] + " (" + x[3] + ") and " + y[2] + " (" + y[3] + ") are not one, both " + x[1]);
          }
        }
      }
      out.put(type, f);
      all = all.plus(f);
    }
    out.put("all", all);
    return out;
  }

  /** Pairs counted from label counts: n items sharing a label give n(n-1)/2 pairs. */
  private static Figures pairs(List<String[]> items) {
    Map<String, Integer> gold = new HashMap<>();
    Map<String, Integer> pred = new HashMap<>();
    Map<String, Integer> both = new HashMap<>();
    for (String[] i : items) {
      gold.merge(i[0], 1, Integer::sum);
      pred.merge(i[1], 1, Integer::sum);
      both.merge(i[0] + "\u0000" + i[1], 1, Integer::sum);
    }
    return new Figures(items.size(), choose2(gold), choose2(pred), choose2(both));
  }

  private static long choose2(Map<String, Integer> counts) {
    return counts.values().stream().mapToLong(c -> (long) c * (c - 1) / 2).sum();
  }

  private static JsonNode item(JsonNode record, String type, String name) {
    if (record == null) {
      return null;
    }
    for (JsonNode i : record.path(type)) {
      if (name.equals(i.path("name").asText())) {
        return i;
      }
    }
    return null;
  }

  private static JsonNode matched(JsonNode record, String type, JsonNode gold, String text) {
    if (record == null) {
      return null;
    }
    BiPredicate<JsonNode, JsonNode> same = Matching.matcher(type, text);
    for (JsonNode p : record.path(type)) {
      if (same.test(p, gold)) {
        return p;
      }
    }
    return null;
  }

  /** doc_id, type and item name to entity id, from the mentions of the entity files. */
  private static Map<String, String> predictedEntities(Path dir) throws IOException {
    Map<String, String> out = new HashMap<>();
    for (var e : ENTITY_FILE.entrySet()) {
      Path f = dir.resolve(e.getValue());
      if (!Files.isRegularFile(f)) {
        continue;
      }
      for (String line : Files.readAllLines(f)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode entity = JsonFiles.MAPPER.readTree(line);
        for (JsonNode m : entity.path("mentions")) {
          out.put(m.path("doc_id").asText() + "\u0000" + e.getKey() + "\u0000" + m.path("name").asText(), entity.path("id").asText());
        }
      }
    }
    return out;
  }
}
