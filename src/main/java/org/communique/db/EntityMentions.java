package org.communique.db;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which entity a record item belongs to: the entity files list, per entity, its mentions as
 * {@code {"doc_id", "name"}} where name is the item's name in that statement's record. Looked up
 * per item type, so that a group and an agency of one name stay apart. Were two entities of a
 * type to claim the same item, the first by id is taken (the files are written so that none do).
 */
final class EntityMentions {
  private final Map<String, Map<Key, String>> idsByType;

  private record Key(String docId, String name) {}

  private EntityMentions(Map<String, Map<Key, String>> idsByType) {
    this.idsByType = idsByType;
  }

  static EntityMentions of(List<JsonNode> groups, List<JsonNode> people, List<JsonNode> agencies) {
    return new EntityMentions(Map.of(
        ItemType.GROUP, index(groups), ItemType.PERSON, index(people), ItemType.AGENCY, index(agencies)));
  }

  private static Map<Key, String> index(List<JsonNode> entities) {
    Map<Key, String> ids = new HashMap<>();
    for (JsonNode entity : entities) {
      String id = Json.text(entity, "id");
      if (id == null) {
        continue;
      }
      for (JsonNode m : Json.list(entity, "mentions")) {
        ids.merge(new Key(Json.text(m, "doc_id"), Json.text(m, "name")), id, (a, b) -> a.compareTo(b) <= 0 ? a : b);
      }
    }
    return ids;
  }

  /** The id of the entity the item {@code name} of {@code docId} belongs to, or null. */
  String entityId(String itemType, String docId, String name) {
    return idsByType.getOrDefault(itemType, Map.of()).get(new Key(docId, name));
  }
}
