package org.communique.curation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.communique.ingest.CorpusReader;
import org.communique.output.JsonFiles;

/**
 * The analysts' edits in {@code curation/*.txt}, applied after the rules on every run. Item edits
 * name a statement, an item type and the item (its name or text, or {@code @START}, the offset of
 * its first mention):
 * <pre>
 * reject DOC TYPE ITEM
 * set DOC TYPE ITEM FIELD VALUE        VALUE may be null
 * </pre>
 * Entity edits name entity ids of {@code output/entities/}:
 * <pre>
 * merge ID OTHER_ID                     OTHER_ID's items become ID's
 * split ID DOC...                       ID's items in those statements become an entity of their own
 * alias ID NAME
 * set-entity ID FIELD VALUE             FIELD: name, country, kind
 * </pre>
 * Words with spaces are written in double quotes; {@code #} starts a comment.
 */
public final class Curation {
  public static final Curation NONE = new Curation(List.of());

  static final Map<String, Set<String>> FIELDS = Map.of(
      "groups", Set.of("name", "kind"),
      "people", Set.of("name", "title", "agency", "country"),
      "agencies", Set.of("name", "country"),
      "dates", Set.of("text", "value"),
      "commitments", Set.of("actor", "action"));
  private static final Set<String> ENTITY_FIELDS = Set.of("name", "country", "kind");

  private final List<CurationLine> lines;
  private final Map<String, List<CurationLine>> itemLinesByDoc = new TreeMap<>();

  private Curation(List<CurationLine> lines) {
    this.lines = List.copyOf(lines);
    for (CurationLine l : lines) {
      if (l.verb().equals("reject") || l.verb().equals("set")) {
        itemLinesByDoc.computeIfAbsent(l.arg(0), k -> new ArrayList<>()).add(l);
      }
    }
  }

  /** Every {@code *.txt} of {@code dir} in name order; none when the folder is absent. Bad lines fail with file:line. */
  public static Curation load(Path dir) throws IOException {
    if (dir == null || !Files.isDirectory(dir)) {
      return NONE;
    }
    List<CurationLine> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList()) {
        List<String> text = Files.readAllLines(f, StandardCharsets.UTF_8);
        for (int i = 0; i < text.size(); i++) {
          String where = dir.getFileName() + "/" + f.getFileName() + ":" + (i + 1);
          CurationLine l = parse(where, text.get(i));
          if (l != null) {
            lines.add(l);
          }
        }
      }
    }
    return new Curation(lines);
  }

  static CurationLine parse(String where, String line) {
    List<String> words = words(where, line);
    if (words.isEmpty()) {
      return null;
    }
    String verb = words.get(0);
    List<String> args = words.subList(1, words.size());
    switch (verb) {
      case "reject" -> arity(where, verb, args, 3, 3);
      case "set" -> {
        arity(where, verb, args, 5, 5);
        Set<String> fields = FIELDS.get(args.get(1));
        if (fields != null && !fields.contains(args.get(3))) {
          throw new CurationException(where + ": " + args.get(1) + " have no field '" + args.get(3) + "' to set (one of " + new java.util.TreeSet<>(fields) + ")");
        }
      }
      case "merge", "alias" -> arity(where, verb, args, 2, 2);
      case "split" -> arity(where, verb, args, 2, Integer.MAX_VALUE);
      case "set-entity" -> {
        arity(where, verb, args, 3, 3);
        if (!ENTITY_FIELDS.contains(args.get(1))) {
          throw new CurationException(where + ": set-entity can set " + new java.util.TreeSet<>(ENTITY_FIELDS) + ", not '" + args.get(1) + "'");
        }
      }
      default -> throw new CurationException(where + ": unknown edit '" + verb + "' (reject, set, merge, split, alias, set-entity)");
    }
    if ((verb.equals("reject") || verb.equals("set")) && !FIELDS.containsKey(args.get(1))) {
      throw new CurationException(where + ": unknown item type '" + args.get(1) + "' (one of " + new java.util.TreeSet<>(FIELDS.keySet()) + ")");
    }
    return new CurationLine(where, verb, args, String.join(" ", words.stream().map(Curation::quoted).toList()));
  }

  private static void arity(String where, String verb, List<String> args, int min, int max) {
    if (args.size() < min || args.size() > max) {
      throw new CurationException(where + ": '" + verb + "' takes " + (min == max ? String.valueOf(min) : "at least " + min)
          + " argument(s), found " + args.size());
    }
  }

  /** Words separated by spaces; "double quoted" words may hold spaces, \" and \\. */
  private static List<String> words(String where, String line) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '#') {
        break;
      } else if (c == '"') {
        StringBuilder w = new StringBuilder();
        i++;
        boolean closed = false;
        while (i < line.length()) {
          char d = line.charAt(i++);
          if (d == '\\' && i < line.length()) {
            w.append(line.charAt(i++));
          } else if (d == '"') {
            closed = true;
            break;
          } else {
            w.append(d);
          }
        }
        if (!closed) {
          throw new CurationException(where + ": unclosed quote");
        }
        out.add(w.toString());
      } else {
        int start = i;
        while (i < line.length() && !Character.isWhitespace(line.charAt(i))) {
          i++;
        }
        out.add(line.substring(start, i));
      }
    }
    return out;
  }

  private static String quoted(String w) {
    return w.matches("[^\\s\"#\\\\]+") ? w : "\"" + w.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  public List<CurationLine> lines() {
    return lines;
  }

  /** The entity edits (merge, split, alias, set-entity), in file order. */
  public List<CurationLine> entityLines() {
    return lines.stream().filter(l -> !l.verb().equals("reject") && !l.verb().equals("set")).toList();
  }

  /** The item edits of one statement, in file order. */
  public List<CurationLine> itemLines(String docId) {
    return itemLinesByDoc.getOrDefault(docId, List.of());
  }

  /** The item edits of every statement. */
  public List<CurationLine> itemLines() {
    return itemLinesByDoc.values().stream().flatMap(List::stream).toList();
  }

  /**
   * What a record made from {@code source} with this statement's edits depends on: {@code source}
   * itself when there are none, so that records without edits keep their stamps.
   */
  public String stampKey(String docId, String source) {
    List<CurationLine> mine = itemLines(docId);
    if (mine.isEmpty()) {
      return source;
    }
    StringBuilder s = new StringBuilder(source);
    mine.forEach(l -> s.append('\u0000').append(l.text()));
    return CorpusReader.sha256(s.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The record with this statement's item edits applied: an edited item lists the edits in its
   * {@code curation} field, and the record lists every edit applied to it (rejections too) in
   * its own; an edit whose item is not there is left out (and reported as stale later).
   */
  public ObjectNode apply(Object record, String docId) {
    ObjectNode tree = JsonFiles.MAPPER.valueToTree(record);
    List<CurationLine> mine = itemLines(docId);
    if (mine.isEmpty()) {
      return tree;
    }
    List<String> applied = new ArrayList<>();
    for (CurationLine l : mine) {
      JsonNode list = tree.get(l.arg(1));
      if (!(list instanceof ArrayNode items)) {
        continue;
      }
      Iterator<JsonNode> it = items.iterator();
      while (it.hasNext()) {
        JsonNode item = it.next();
        if (!selects(item, l.arg(2))) {
          continue;
        }
        if (l.verb().equals("reject")) {
          it.remove();
        } else {
          ObjectNode o = (ObjectNode) item;
          if (l.arg(4).equals("null")) {
            o.putNull(l.arg(3));
          } else {
            o.put(l.arg(3), l.arg(4));
          }
          (o.has("curation") ? (ArrayNode) o.get("curation") : o.putArray("curation")).add(l.text());
        }
        applied.add(l.text());
        break;
      }
    }
    if (!applied.isEmpty()) {
      ArrayNode a = tree.putArray("curation");
      applied.forEach(a::add);
    }
    return tree;
  }

  /** An item named {@code selector}, with that text, or whose first mention starts at {@code @N}. */
  static boolean selects(JsonNode item, String selector) {
    if (selector.startsWith("@") && selector.substring(1).matches("\\d+")) {
      int start = Integer.parseInt(selector.substring(1));
      JsonNode first = item.path("mentions").path(0);
      return first.path("start").asInt(-1) == start;
    }
    return selector.equals(item.path("name").asText(null)) || selector.equals(item.path("text").asText(null));
  }
}
