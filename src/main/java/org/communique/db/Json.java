package org.communique.db;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reading fields of the dataset's JSON as column values: absent and JSON null are both null. */
final class Json {
  private Json() {}

  static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  static Long number(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || !v.canConvertToLong() ? null : v.asLong();
  }

  /** The elements of an array field; none when it is absent or null. */
  static List<JsonNode> list(JsonNode node, String field) {
    JsonNode v = node.get(field);
    List<JsonNode> out = new ArrayList<>();
    if (v != null && v.isArray()) {
      v.forEach(out::add);
    }
    return out;
  }

  /** The strings of an array field of strings. */
  static List<String> strings(JsonNode node, String field) {
    return list(node, field).stream().filter(e -> !e.isNull()).map(JsonNode::asText).toList();
  }
}
