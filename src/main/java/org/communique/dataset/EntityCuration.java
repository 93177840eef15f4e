package org.communique.dataset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.communique.curation.CurationLine;

/**
 * The entity edits of the curation (merge, split, alias, set-entity) applied to the resolved
 * entities of one type; remembers which edits applied to which entity (its provenance) and which
 * found nothing to apply to (stale).
 */
final class EntityCuration {
  private final List<CurationLine> lines;
  private final Map<String, List<String>> provenance = new TreeMap<>();
  private final Map<String, TreeSet<String>> aliases = new TreeMap<>();
  private final Map<String, Map<String, String>> attributes = new TreeMap<>();
  private final Set<CurationLine> applied = new java.util.HashSet<>();

  EntityCuration(List<CurationLine> lines) {
    this.lines = List.copyOf(lines);
  }

  private static String typeOf(String id) {
    return id.startsWith("agency:") ? "agencies" : id.startsWith("person:") ? "people" : id.startsWith("group:") ? "groups" : "";
  }

  List<Entity> apply(String type, List<Entity> entities) {
    Map<String, Entity> byId = new LinkedHashMap<>();
    for (Entity e : entities) {
      Entity before = byId.get(e.id());
      // two clusters given one id are one entity: ids say what a thing is
      byId.put(e.id(), before == null ? e : joined(before, e));
    }
    for (CurationLine l : lines) {
      if (!typeOf(l.arg(0)).equals(type)) {
        continue;
      }
      Entity target = byId.get(l.arg(0));
      switch (l.verb()) {
        case "merge" -> {
          Entity other = byId.get(l.arg(1));
          if (target != null && other != null && other != target) {
            byId.put(target.id(), joined(target, other));
            byId.remove(other.id());
            mark(l, target.id());
          }
        }
        case "split" -> {
          if (target != null) {
            Set<String> docs = new TreeSet<>(l.args().subList(1, l.args().size()));
            List<ItemRef> out = target.items().stream().filter(i -> docs.contains(i.docId())).toList();
            List<ItemRef> stay = target.items().stream().filter(i -> !docs.contains(i.docId())).toList();
            if (!out.isEmpty() && !stay.isEmpty()) {
              String newId = target.id() + "~" + String.join("+", docs);
              byId.put(target.id(), new Entity(target.id(), target.name(), target.country(), stay));
              byId.put(newId, new Entity(newId, NameForms.clean(out.get(0).name()), out.get(0).country(), out));
              mark(l, target.id());
              mark(l, newId);
            }
          }
        }
        case "alias" -> {
          if (target != null) {
            aliases.computeIfAbsent(target.id(), k -> new TreeSet<>()).add(l.arg(1));
            mark(l, target.id());
          }
        }
        case "set-entity" -> {
          if (target != null) {
            String value = l.arg(2).equals("null") ? null : l.arg(2);
            attributes.computeIfAbsent(target.id(), k -> new TreeMap<>()).put(l.arg(1), value);
            if (l.arg(1).equals("name")) {
              byId.put(target.id(), new Entity(target.id(), value, target.country(), target.items()));
            } else if (l.arg(1).equals("country")) {
              byId.put(target.id(), new Entity(target.id(), target.name(), value, target.items()));
            }
            mark(l, target.id());
          }
        }
        default -> { }
      }
    }
    return new ArrayList<>(byId.values());
  }

  private static Entity joined(Entity a, Entity b) {
    List<ItemRef> items = new ArrayList<>(a.items());
    items.addAll(b.items());
    return new Entity(a.id(), a.name(), a.country() != null ? a.country() : b.country(), items);
  }

  private void mark(CurationLine l, String id) {
    applied.add(l);
    provenance.computeIfAbsent(id, k -> new ArrayList<>()).add(l.text());
  }

  List<String> provenance(String id) {
    return provenance.getOrDefault(id, List.of());
  }

  Set<String> aliases(String id) {
    return aliases.getOrDefault(id, new TreeSet<>());
  }

  /** A value an edit set on the entity, or null. */
  String attribute(String id, String field) {
    return attributes.getOrDefault(id, Map.of()).get(field);
  }

  /** The edits that found no entity to apply to. */
  List<CurationLine> stale() {
    return lines.stream().filter(l -> !applied.contains(l)).toList();
  }
}
