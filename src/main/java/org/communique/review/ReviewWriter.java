package org.communique.review;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.communique.eval.Records;
import org.communique.eval.Scorer;
import org.communique.output.JsonFiles;

/**
 * Static review pages: {@code review/index.html} (documents, item counts, per-document F1 when
 * there is gold) and one page per document with every item highlighted in the text, its fields
 * and rule on hover, and the records listed beside the text. No scripts, fonts or styles from
 * outside; every piece of text is escaped.
 */
public final class ReviewWriter {
  private static final String CSS = "body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}"
      + "main{display:flex;gap:2em;align-items:flex-start}#text{flex:3;white-space:pre-wrap;line-height:1.6;"
      + "font-family:Georgia,serif;max-width:48em}#items{flex:2;font-size:.9em}"
      + "a.m{color:inherit;text-decoration:none;border-radius:3px;padding:0 1px}"
      + ".groups{background:#dbeafe}.people{background:#fde2e4}.agencies{background:#dcfce7}.dates{background:#fef3c7}"
      + ".c{border-bottom:2px solid #7c3aed}h2{font-size:1.05em;margin:1.2em 0 .3em}"
      + ".card{border-left:4px solid #ccc;padding:.3em .6em;margin:.4em 0}.card.groups{border-color:#60a5fa}"
      + ".card.people{border-color:#f472b6}.card.agencies{border-color:#4ade80}.card.dates{border-color:#fbbf24}"
      + ".card.commitments{border-color:#7c3aed}.card table td,.card table th{border:0;padding:0 .6em 0 0;font-size:.92em;vertical-align:top}"
      + ".card th{color:#555;font-weight:500}.rule{color:#666;font-size:.85em}"
      + "table{border-collapse:collapse}td,th{padding:.25em .8em;border-bottom:1px solid #ddd;text-align:left}"
      + ".legend span{padding:0 .4em;margin-right:.5em;border-radius:3px}:target{outline:2px solid #7c3aed}";

  private final Path corpus;
  private final Path gold;

  /** {@code gold} may be null. */
  public ReviewWriter(Path corpus, Path gold) {
    this.corpus = corpus;
    this.gold = gold;
  }

  /** Writes the pages for the records under {@code outDir} into {@code outDir/review}; returns the index. */
  public Path write(Path outDir) throws IOException {
    Map<String, JsonNode> records = Records.load(outDir.resolve("records"));
    Path dir = outDir.resolve("review");
    Files.createDirectories(dir);
    EntityPages entities = new EntityPages(outDir);
    StringBuilder index = new StringBuilder(head("communique review"));
    index.append("<h1>Review</h1>\n");
    if (!entities.isEmpty()) {
      entities.write(dir, ReviewWriter::head);
      index.append("<p><a href=\"entities/index.html\">entities across statements</a></p>\n");
    }
    index.append("<table><tr><th>document</th>");
    Records.TYPES.forEach(t -> index.append("<th>").append(t).append("</th>"));
    index.append(gold != null ? "<th>F1</th>" : "").append("</tr>\n");
    for (Map.Entry<String, JsonNode> e : records.entrySet()) {
      String doc = e.getKey();
      String text = Records.text(corpus, doc);
      JsonFiles.writeAtomically(dir.resolve(fileName(doc)), page(doc, shownText(outDir, doc, text), e.getValue(), entities));
      index.append("<tr><td><a href=\"").append(Html.escape(fileName(doc))).append("\">").append(Html.escape(doc)).append("</a></td>");
      Records.TYPES.forEach(t -> index.append("<td>").append(Scorer.items(e.getValue(), t).size()).append("</td>"));
      if (gold != null) {
        index.append("<td>").append(documentF1(doc, text, e.getValue())).append("</td>");
      }
      index.append("</tr>\n");
    }
    index.append("</table>\n</body></html>\n");
    Path indexFile = dir.resolve("index.html");
    JsonFiles.writeAtomically(indexFile, index.toString());
    return indexFile;
  }

  static String fileName(String docId) {
    return docId.replaceAll("[^A-Za-z0-9._-]", "_") + ".html";
  }

  /**
   * The text a record's offsets refer to: for an HTML or PDF statement the text extracted from it
   * ({@code text/<doc_id>.txt} beside the records), else the statement as the scorer reads it.
   */
  private static String shownText(Path outDir, String doc, String statement) throws IOException {
    Path extracted = outDir.resolve("text").resolve(doc + ".txt");
    return Files.isRegularFile(extracted) ? Files.readString(extracted, java.nio.charset.StandardCharsets.UTF_8) : statement;
  }

  private String documentF1(String doc, String text, JsonNode record) throws IOException {
    Path g = gold.resolve(doc + ".json");
    if (!Files.isRegularFile(g)) {
      return "–";
    }
    JsonNode goldRecord = JsonFiles.MAPPER.readTree(g.toFile());
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (String t : Records.TYPES) {
      Scorer.DocMatch m = Scorer.match(t, Scorer.items(record, t), Scorer.items(goldRecord, t), text);
      tp += m.tp();
      fp += m.fp();
      fn += m.fn();
    }
    return String.format(Locale.ROOT, "%.3f", new Scorer.Counts(tp, fp, fn).f1());
  }

  private record Mark(int start, int end, String type, String id, String label) {}

  private static String page(String doc, String text, JsonNode record, EntityPages entities) {
    List<Mark> marks = new ArrayList<>();
    StringBuilder items = new StringBuilder();
    for (String type : Records.TYPES) {
      List<JsonNode> list = Scorer.items(record, type);
      items.append("<h2>").append(type).append(" (").append(list.size()).append(")</h2>\n");
      for (int i = 0; i < list.size(); i++) {
        JsonNode item = list.get(i);
        String id = type + "-" + i;
        String label = describe(type, item);
        items.append("<div class=\"card ").append(type).append("\" id=\"").append(id).append("\"><b>")
            .append(Html.escape(heading(item))).append("</b><table>");
        item.fields().forEachRemaining(f -> {
          JsonNode v = f.getValue();
          if (!Set.of("mentions", "name", "text").contains(f.getKey()) && !v.isNull() && !(v.isArray() && v.isEmpty())) {
            items.append("<tr><th>").append(Html.escape(f.getKey())).append("</th><td").append(f.getKey().equals("rule") ? " class=\"rule\"" : "")
                .append('>').append(Html.escape(v.isTextual() ? v.asText() : v.isArray() ? join(v) : v.toString())).append("</td></tr>");
          }
        });
        String entity = item.has("name") ? entities.href(doc, type, item.path("name").asText()) : null;
        if (entity != null) {
          items.append("<tr><th>entity</th><td><a href=\"").append(Html.escape(entity)).append("\">")
              .append(Html.escape(entity.substring("entities/".length(), entity.length() - ".html".length()))).append("</a></td></tr>");
        }
        if (item.has("action")) {
          items.append("<tr><th>text</th><td>").append(Html.escape(item.path("text").asText())).append("</td></tr>");
        }
        items.append("</table></div>\n");
        for (JsonNode m : item.path("mentions")) {
          int s = m.path("start").asInt();
          int e = m.path("end").asInt();
          if (0 <= s && s < e && e <= text.length()) {
            marks.add(new Mark(s, e, type, id, label));
          }
        }
      }
    }
    StringBuilder sb = new StringBuilder(head(doc));
    sb.append("<p><a href=\"index.html\">← all documents</a></p>\n<h1>").append(Html.escape(doc)).append("</h1>\n")
        .append("<p class=\"legend\"><span class=\"groups\">group</span><span class=\"people\">person</span>")
        .append("<span class=\"agencies\">agency</span><span class=\"dates\">date</span><span class=\"c\">commitment</span></p>\n")
        .append("<main><div id=\"text\">").append(highlight(text, marks)).append("</div>\n<div id=\"items\">").append(items)
        .append("</div></main>\n</body></html>\n");
    return sb.toString();
  }

  /** The text cut at every mention boundary; each piece marked by the innermost item over it. */
  static String highlight(String text, List<Mark> marks) {
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
    marks.forEach(m -> {
      cuts.add(m.start());
      cuts.add(m.end());
    });
    StringBuilder sb = new StringBuilder();
    Integer prev = null;
    for (int cut : cuts) {
      if (prev != null && cut > prev) {
        int from = prev;
        int to = cut;
        List<Mark> over = marks.stream().filter(m -> m.start() <= from && to <= m.end()).toList();
        String piece = Html.escape(text.substring(from, to));
        Mark entity = over.stream().filter(m -> !m.type().equals("commitments"))
            .min(Comparator.comparingInt(m -> m.end() - m.start())).orElse(null);
        Mark commitment = over.stream().filter(m -> m.type().equals("commitments")).findFirst().orElse(null);
        if (entity == null && commitment == null) {
          sb.append(piece);
        } else {
          Mark target = entity != null ? entity : commitment;
          StringBuilder title = new StringBuilder();
          over.forEach(m -> title.append(title.length() == 0 ? "" : "\n").append(m.label()));
          sb.append("<a class=\"m ").append(entity != null ? entity.type() : "").append(commitment != null ? " c" : "")
              .append("\" href=\"#").append(target.id()).append("\" title=\"").append(Html.escape(title.toString())).append("\">")
              .append(piece).append("</a>");
        }
      }
      prev = cut;
    }
    return sb.toString();
  }

  private static String heading(JsonNode item) {
    if (item.has("action")) {
      return item.path("action").asText() + " — " + item.path("actor").asText();
    }
    return item.has("name") ? item.path("name").asText() : item.path("text").asText();
  }

  private static String join(JsonNode array) {
    List<String> parts = new ArrayList<>();
    array.forEach(x -> parts.add(x.asText()));
    return String.join("; ", parts);
  }

  private static String describe(String type, JsonNode item) {
    StringBuilder sb = new StringBuilder(type.substring(0, type.length() - 1)).append(": ");
    item.fields().forEachRemaining(f -> {
      if (!f.getKey().equals("mentions") && !f.getValue().isNull() && !(f.getValue().isArray() && f.getValue().isEmpty())) {
        sb.append(f.getKey()).append('=').append(f.getValue().isTextual() ? f.getValue().asText() : f.getValue().toString()).append("; ");
      }
    });
    return sb.toString().replaceAll("; $", "");
  }

  private static String head(String title) {
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + Html.escape(title)
        + "</title>\n<style>" + CSS + "</style></head><body>\n";
  }
}
