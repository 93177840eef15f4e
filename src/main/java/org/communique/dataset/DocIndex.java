package org.communique.dataset;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.communique.eval.Matching;

/**
 * The entity of each item of each statement, and the entity a name stands for inside one
 * statement (an agency named in a person's {@code agency}, a party named in a commitment's
 * actor): by the item's name, its aliases, and for people their surname.
 */
final class DocIndex {
  private final Map<String, String> byItem = new HashMap<>();
  private final Map<String, String> byName = new HashMap<>();

  void add(Entity entity, String type) {
    for (ItemRef item : entity.items()) {
      byItem.put(item.docId() + "\u0000" + type + "\u0000" + item.name(), entity.id());
      for (String n : item.names()) {
        byName.putIfAbsent(item.docId() + "\u0000" + type + "\u0000" + Matching.norm(n), entity.id());
      }
      if (type.equals("people")) {
        String[] words = item.name().split(" ");
        byName.putIfAbsent(item.docId() + "\u0000" + type + "\u0000" + Matching.norm(words[words.length - 1]), entity.id());
      }
    }
  }

  /** The entity of the item {@code name} of type {@code type} in statement {@code docId}, or null. */
  String item(String docId, String type, String name) {
    return byItem.get(docId + "\u0000" + type + "\u0000" + name);
  }

  /** The entity of type {@code type} that {@code written} names in statement {@code docId}, or null. */
  String named(String docId, String type, String written) {
    return written == null ? null : byName.get(docId + "\u0000" + type + "\u0000" + Matching.norm(written));
  }

  /** The first of the types whose entity {@code written} names in {@code docId}, or null. */
  String named(String docId, String written, List<String> types) {
    for (String t : types) {
      String id = named(docId, t, written);
      if (id != null) {
        return id;
      }
    }
    return null;
  }
}
