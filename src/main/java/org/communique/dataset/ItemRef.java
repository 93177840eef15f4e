package org.communique.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** A group, person or agency item of one statement's record, as the dataset stage reads it. */
record ItemRef(Statement statement, String type, JsonNode node) {

  String docId() {
    return statement.docId();
  }

  String name() {
    return node.path("name").asText();
  }

  /** The item's country ({@code country} of people and agencies), or null. */
  String country() {
    JsonNode c = node.get("country");
    return c == null || c.isNull() ? null : c.asText();
  }

  String text(String field) {
    JsonNode c = node.get(field);
    return c == null || c.isNull() ? null : c.asText();
  }

  List<String> aliases() {
    return strings("aliases");
  }

  List<String> strings(String field) {
    List<String> out = new ArrayList<>();
    node.path(field).forEach(a -> out.add(a.asText()));
    return out;
  }

  /** The name and every alias. */
  List<String> names() {
    List<String> out = new ArrayList<>();
    out.add(name());
    out.addAll(aliases());
    return out;
  }

  /** [start, end] of each mention. */
  List<int[]> mentions() {
    List<int[]> out = new ArrayList<>();
    node.path("mentions").forEach(m -> out.add(new int[] {m.path("start").asInt(), m.path("end").asInt()}));
    return out;
  }

  int firstOffset() {
    return mentions().stream().mapToInt(m -> m[0]).min().orElse(Integer.MAX_VALUE);
  }
}
