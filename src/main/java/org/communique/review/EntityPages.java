package org.communique.review;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.communique.output.JsonFiles;

/**
 * One page per entity of {@code output/entities/} (its names, timeline, members, meetings,
 * people, commitments and statements, each statement linked to its document page), an index of
 * them, and the link from a document's item to its entity.
 */
final class EntityPages {
  private static final Map<String, String> FILES = Map.of("agencies", "agencies.jsonl", "people", "people.jsonl", "groups", "groups.jsonl");

  private final Map<String, JsonNode> byId = new java.util.TreeMap<>();
  private final Map<String, String> typeOf = new HashMap<>();
  private final Map<String, String> entityOfItem = new HashMap<>();
  private final Map<String, JsonNode> commitments = new HashMap<>();

  EntityPages(Path outDir) throws IOException {
    Path dir = outDir.resolve("entities");
    for (var f : FILES.entrySet()) {
      for (JsonNode e : lines(dir.resolve(f.getValue()))) {
        String id = e.path("id").asText();
        byId.put(id, e);
        typeOf.put(id, f.getKey());
        e.path("mentions").forEach(m -> entityOfItem.put(key(m.path("doc_id").asText(), f.getKey(), m.path("name").asText()), id));
      }
    }
    for (JsonNode c : lines(dir.resolve("commitments.jsonl"))) {
      commitments.put(c.path("id").asText(), c);
    }
  }

  private static List<JsonNode> lines(Path file) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    if (Files.isRegularFile(file)) {
      for (String line : Files.readAllLines(file)) {
        if (!line.isBlank()) {
          out.add(JsonFiles.MAPPER.readTree(line));
        }
      }
    }
    return out;
  }

  private static String key(String doc, String type, String name) {
    return doc + "\u0000" + type + "\u0000" + name;
  }

  boolean isEmpty() {
    return byId.isEmpty();
  }

  static String fileName(String id) {
    return id.replaceAll("[^A-Za-z0-9._@+-]", "_") + ".html";
  }

  /** The link from a document page to the entity of its item, or null. */
  String href(String doc, String type, String name) {
    String id = entityOfItem.get(key(doc, type, name));
    return id == null ? null : "entities/" + fileName(id);
  }

  /** Writes {@code review/entities/}: a page per entity and an index; returns the index. */
  Path write(Path reviewDir, java.util.function.Function<String, String> head) throws IOException {
    Path dir = reviewDir.resolve("entities");
    Files.createDirectories(dir);
    StringBuilder index = new StringBuilder(head.apply("entities"));
    index.append("<p><a href=\"../index.html\">← all documents</a></p>\n<h1>Entities</h1>\n");
    for (String type : List.of("groups", "people", "agencies")) {
      index.append("<h2>").append(type).append("</h2>\n<table><tr><th>name</th><th>id</th><th>statements</th></tr>\n");
      for (var e : byId.entrySet()) {
        if (typeOf.get(e.getKey()).equals(type)) {
          index.append("<tr><td><a href=\"").append(Html.escape(fileName(e.getKey()))).append("\">")
              .append(Html.escape(e.getValue().path("name").asText())).append("</a></td><td>").append(Html.escape(e.getKey()))
              .append("</td><td>").append(e.getValue().path("statements").size()).append("</td></tr>\n");
        }
      }
      index.append("</table>\n");
    }
    index.append("</body></html>\n");
    for (var e : byId.entrySet()) {
      JsonFiles.writeAtomically(dir.resolve(fileName(e.getKey())), page(e.getKey(), e.getValue(), head));
    }
    Path indexFile = dir.resolve("index.html");
    JsonFiles.writeAtomically(indexFile, index.toString());
    return indexFile;
  }

  private String page(String id, JsonNode e, java.util.function.Function<String, String> head) {
    StringBuilder sb = new StringBuilder(head.apply(e.path("name").asText()));
    sb.append("<p><a href=\"index.html\">← all entities</a> · <a href=\"../index.html\">all documents</a></p>\n<h1>")
        .append(Html.escape(e.path("name").asText())).append("</h1>\n<p class=\"rule\">").append(Html.escape(id)).append("</p>\n<table>");
    row(sb, "kind", e.path("kind").asText(null));
    row(sb, "country", e.path("country").asText(null));
    row(sb, "names", join(e.path("names")));
    row(sb, "curation", join(e.path("curation")));
    sb.append("</table>\n");
    if (e.has("positions")) {
      sb.append("<h2>positions</h2>\n<table><tr><th>first</th><th>last</th><th>title</th><th>agency</th><th>country</th><th>statements</th></tr>\n");
      for (JsonNode p : e.path("positions")) {
        sb.append("<tr><td>").append(text(p, "first")).append("</td><td>").append(text(p, "last")).append("</td><td>")
            .append(text(p, "title")).append("</td><td>").append(entityLink(p.path("agency_id").asText(null), p.path("agency").asText("")))
            .append("</td><td>").append(text(p, "country")).append("</td><td>").append(docLinks(p.path("statements"))).append("</td></tr>\n");
      }
      sb.append("</table>\n");
    }
    if (e.has("members")) {
      sb.append("<h2>members</h2>\n<ul>");
      e.path("members").forEach(m -> sb.append("<li>").append(Html.escape(m.path("name").asText())).append(" — ")
          .append(docLinks(m.path("statements"))).append("</li>"));
      sb.append("</ul>\n<h2>meetings</h2>\n<table><tr><th>date</th><th>place</th><th>led by</th><th>statement</th></tr>\n");
      for (JsonNode m : e.path("meetings")) {
        List<String> leads = new ArrayList<>();
        m.path("leads").forEach(l -> leads.add(Html.escape(l.path("country").asText()) + ": "
            + entityLink(l.path("person_id").asText(null), l.path("name").asText())));
        sb.append("<tr><td>").append(text(m, "date")).append("</td><td>").append(text(m, "place")).append("</td><td>")
            .append(String.join("; ", leads)).append("</td><td>").append(docLink(m.path("doc_id").asText())).append("</td></tr>\n");
      }
      sb.append("</table>\n<h2>commitments</h2>\n<ul>");
      for (JsonNode cid : e.path("commitments")) {
        JsonNode c = commitments.get(cid.asText());
        if (c != null) {
          sb.append("<li>").append(text(c, "date")).append(" <b>").append(text(c, "actor")).append("</b> ").append(text(c, "action"))
              .append(": ").append(text(c, "text")).append(" (").append(docLink(c.path("doc_id").asText())).append(")</li>");
        }
      }
      sb.append("</ul>\n");
    }
    if (e.has("people")) {
      sb.append("<h2>people</h2>\n<ul>");
      e.path("people").forEach(p -> sb.append("<li>").append(entityLink(p.asText(), byId.containsKey(p.asText())
          ? byId.get(p.asText()).path("name").asText() : p.asText())).append("</li>"));
      sb.append("</ul>\n");
    }
    sb.append("<h2>statements</h2>\n<p>").append(docLinks(e.path("statements"))).append("</p>\n</body></html>\n");
    return sb.toString();
  }

  private static void row(StringBuilder sb, String label, String value) {
    if (value != null && !value.isEmpty()) {
      sb.append("<tr><th>").append(label).append("</th><td>").append(Html.escape(value)).append("</td></tr>");
    }
  }

  private static String text(JsonNode n, String field) {
    return Html.escape(n.path(field).isNull() || n.path(field).isMissingNode() ? "" : n.path(field).asText());
  }

  private static String join(JsonNode array) {
    List<String> parts = new ArrayList<>();
    array.forEach(x -> parts.add(x.asText()));
    return String.join("; ", parts);
  }

  private String entityLink(String id, String label) {
    if (id == null || !byId.containsKey(id)) {
      return Html.escape(label);
    }
    return "<a href=\"" + Html.escape(fileName(id)) + "\">" + Html.escape(label) + "</a>";
  }

  private static String docLink(String doc) {
    return "<a href=\"../" + Html.escape(ReviewWriter.fileName(doc)) + "\">" + Html.escape(doc) + "</a>";
  }

  private static String docLinks(JsonNode docs) {
    List<String> out = new ArrayList<>();
    docs.forEach(d -> out.add(docLink(d.asText())));
    return String.join(", ", out);
  }
}
