package org.communique.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Gold records of one or more folders ("splits"), each with the statement texts the scorer reads
 * for them: a {@code gold/} folder's texts are in the folder that holds it ({@code corpus/gold} →
 * {@code corpus/}, {@code corpus/probe/gold} → {@code corpus/probe/}).
 */
public final class GoldSet {
  /** One gold record, its split (the gold folder's path relative to the corpus) and its text as the scorer reads it. */
  public record Doc(String docId, String split, JsonNode gold, String text) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String GOLD_FOLDER = "gold";

  private final List<String> splits;
  private final Map<String, Doc> docs;

  private GoldSet(List<String> splits, Map<String, Doc> docs) {
    this.splits = List.copyOf(splits);
    this.docs = Collections.unmodifiableMap(docs);
  }

  /** One gold folder whose statements are in {@code corpus}, as {@code eval --gold G --corpus C} reads them. */
  public static GoldSet of(Path gold, Path corpus) throws IOException {
    Map<String, Doc> docs = new TreeMap<>();
    String split = name(gold, corpus);
    read(gold, corpus, split, docs);
    return new GoldSet(List.of(split), docs);
  }

  /** Every folder named {@code gold} under {@code corpus} (sorted by path), each with its parent's statements. */
  public static GoldSet discover(Path corpus) throws IOException {
    List<Path> folders;
    try (Stream<Path> s = Files.walk(corpus)) {
      folders = s.filter(p -> Files.isDirectory(p) && p.getFileName() != null && p.getFileName().toString().equals(GOLD_FOLDER))
          .sorted().toList();
    }
    Map<String, Doc> docs = new TreeMap<>();
    List<String> splits = new ArrayList<>();
    for (Path g : folders) {
      String split = name(g, corpus);
      splits.add(split);
      read(g, g.getParent(), split, docs);
    }
    return new GoldSet(splits, docs);
  }

  private static String name(Path gold, Path corpus) {
    Path abs = gold.toAbsolutePath().normalize();
    Path base = corpus.toAbsolutePath().normalize();
    String rel = abs.startsWith(base) ? base.relativize(abs).toString() : gold.toString();
    return rel.replace('\\', '/');
  }

  private static void read(Path gold, Path texts, String split, Map<String, Doc> docs) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(gold)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    }
    for (Path f : files) {
      JsonNode g = JSON.readTree(f.toFile());
      String doc = g.get("doc_id").asText();
      docs.putIfAbsent(doc, new Doc(doc, split, g, Records.text(texts, doc)));
    }
  }

  /** The split names, in path order. */
  public List<String> splits() {
    return splits;
  }

  /** Gold documents by doc_id. */
  public Map<String, Doc> docs() {
    return docs;
  }

  public Doc get(String docId) {
    return docs.get(docId);
  }

  public boolean isEmpty() {
    return docs.isEmpty();
  }
}
