package org.communique.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.communique.output.JsonFiles;

/** One statement's record as written to {@code output/records/}, with its date. */
record Statement(String docId, String date, JsonNode record) {

  /** Every record of {@code recordsDir}, sorted by doc_id; none when the folder is absent. */
  static List<Statement> load(Path recordsDir) throws IOException {
    List<Statement> out = new ArrayList<>();
    if (!Files.isDirectory(recordsDir)) {
      return out;
    }
    try (Stream<Path> files = Files.list(recordsDir)) {
      for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
        JsonNode r = JsonFiles.MAPPER.readTree(f.toFile());
        if (r != null && r.hasNonNull("doc_id")) {
          JsonNode date = r.get("statement_date");
          out.add(new Statement(r.get("doc_id").asText(), date == null || date.isNull() ? null : date.asText(), r));
        }
      }
    }
    out.sort(java.util.Comparator.comparing(Statement::docId));
    return out;
  }

  /** The items of one type ("groups", "people", "agencies", "dates", "commitments"). */
  List<JsonNode> items(String type) {
    List<JsonNode> out = new ArrayList<>();
    JsonNode list = record.get(type);
    if (list != null) {
      list.forEach(out::add);
    }
    return out;
  }
}
