package org.communique.db;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of an output folder the database is built from: {@code records/<doc_id>.json} and
 * {@code entities/*.jsonl}. An entity file that is absent reads as no entities (they are written
 * by a later stage, and may not be there yet); a file that is there and cannot be read is an
 * error naming it (and its line, for JSON Lines).
 */
public final class DatasetFiles {
  public static final String AGENCIES = "agencies.jsonl";
  public static final String PEOPLE = "people.jsonl";
  public static final String GROUPS = "groups.jsonl";
  public static final String COUNTRIES = "countries.jsonl";
  public static final String COMMITMENTS = "commitments.jsonl";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path outputDir;

  public DatasetFiles(Path outputDir) {
    this.outputDir = outputDir;
  }

  public Path recordsDir() {
    return outputDir.resolve("records");
  }

  public Path entitiesDir() {
    return outputDir.resolve("entities");
  }

  /** Every record, in file name order. */
  public List<JsonNode> records() throws IOException {
    Path dir = recordsDir();
    if (!Files.isDirectory(dir)) {
      throw new IOException("no records under " + outputDir + " (run extract first)");
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
    }
    List<JsonNode> records = new ArrayList<>(files.size());
    for (Path f : files) {
      JsonNode record;
      try {
        record = JSON.readTree(f.toFile());
      } catch (JsonProcessingException e) {
        throw new IOException(f + ": not a JSON record: " + e.getOriginalMessage(), e);
      }
      if (record == null || !record.isObject()) {
        throw new IOException(f + ": not a JSON record (an object)");
      }
      records.add(record);
    }
    return records;
  }

  /** The lines of {@code entities/<fileName>}, or none when the file is not there. */
  public List<JsonNode> entities(String fileName) throws IOException {
    Path file = entitiesDir().resolve(fileName);
    if (!Files.exists(file)) {
      return List.of();
    }
    List<JsonNode> lines = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
          throw new IOException(file + ":" + number + ": not JSON: " + e.getOriginalMessage(), e);
        }
        if (!node.isObject()) {
          throw new IOException(file + ":" + number + ": not a JSON object");
        }
        lines.add(node);
      }
    }
    return lines;
  }
}
