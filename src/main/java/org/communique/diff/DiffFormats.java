package org.communique.diff;

import java.util.Locale;
import java.util.Map;
import org.communique.output.JsonFiles;
import org.communique.review.Html;

/** The three renderings of a {@link DiffReport}: text (optionally coloured), JSON, one HTML file. */
public final class DiffFormats {
  private static final String RESET = "\u001b[0m";

  private DiffFormats() {}

  public static String text(DiffReport r, boolean colour) {
    StringBuilder sb = new StringBuilder();
    r.counts().forEach((type, c) -> sb.append(String.format(Locale.ROOT, "%-12s +%d -%d ~%d%n", type, c.added(), c.removed(), c.changed())));
    r.documentsOnlyOld().forEach(d -> sb.append("document only in old: ").append(d).append('\n'));
    r.documentsOnlyNew().forEach(d -> sb.append("document only in new: ").append(d).append('\n'));
    if (r.gold() != null) {
      sb.append(goldLine(r.gold())).append('\n');
    }
    for (Change c : r.changes()) {
      String sign = switch (c.change()) {
        case "added" -> "+";
        case "removed" -> "-";
        default -> "~";
      };
      String col = !colour ? "" : switch (c.change()) {
        case "added" -> "\u001b[32m";
        case "removed" -> "\u001b[31m";
        default -> "\u001b[33m";
      };
      sb.append(col).append(sign).append(' ').append(c.doc()).append(' ').append(c.type()).append(' ').append(c.item());
      if (c.verdict() != null) {
        sb.append("  [").append(c.verdict()).append(']');
      }
      if (c.rule() != null) {
        sb.append("  (").append(c.rule()).append(')');
      }
      sb.append(colour ? RESET : "").append('\n');
      if (c.attributes() != null) {
        for (Map.Entry<String, String[]> a : c.attributes().entrySet()) {
          sb.append("    ").append(a.getKey()).append(": ").append(a.getValue()[0]).append(" → ").append(a.getValue()[1]).append('\n');
        }
      }
      if (c.sentence() != null && !c.sentence().isEmpty()) {
        sb.append("    | ").append(c.sentence()).append('\n');
      }
    }
    if (r.isEmpty()) {
      sb.append("no differences\n");
    }
    return sb.toString();
  }

  static String goldLine(DiffReport.GoldSummary g) {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "against gold: %+d TP, %+d FP", g.tpGained() - g.tpLost(),
        g.fpAdded() - g.fpRemoved()));
    g.f1().forEach((type, v) -> {
      if (v[0] != v[1]) {
        sb.append(String.format(Locale.ROOT, ", %s F1 %.4f → %.4f", type, v[0], v[1]));
      }
    });
    return sb.toString();
  }

  public static String json(DiffReport r) {
    return JsonFiles.pretty(r);
  }

  public static String html(DiffReport r) {
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>communique diff</title>\n<style>")
        .append("body{font-family:system-ui,sans-serif;margin:2em;max-width:70em;color:#222}")
        .append("table{border-collapse:collapse}td,th{padding:.2em .8em;border-bottom:1px solid #ddd;text-align:left}")
        .append(".added{color:#0a6b16}.removed{color:#a31515}.changed{color:#8a6100}.fix{background:#e3f6e5}.break{background:#fbe3e3}")
        .append(".sentence{color:#555;font-size:.9em;margin:.2em 0 .8em 1.5em}li{margin:.3em 0}code{background:#f3f3f3}")
        .append("</style></head><body>\n<h1>Extraction diff</h1>\n<table><tr><th>type</th><th>added</th><th>removed</th><th>changed</th></tr>\n");
    r.counts().forEach((type, c) -> sb.append("<tr><td>").append(type).append("</td><td>").append(c.added()).append("</td><td>")
        .append(c.removed()).append("</td><td>").append(c.changed()).append("</td></tr>\n"));
    sb.append("</table>\n");
    if (r.gold() != null) {
      sb.append("<p>").append(Html.escape(goldLine(r.gold()))).append("</p>\n");
    }
    r.documentsOnlyOld().forEach(d -> sb.append("<p>document only in old: ").append(Html.escape(d)).append("</p>\n"));
    r.documentsOnlyNew().forEach(d -> sb.append("<p>document only in new: ").append(Html.escape(d)).append("</p>\n"));
    sb.append("<ul>\n");
    for (Change c : r.changes()) {
      sb.append("<li class=\"").append(c.change()).append(c.verdict() == null ? "" : " " + c.verdict()).append("\"><b>")
          .append(c.change()).append("</b> ").append(Html.escape(c.doc())).append(" · ").append(c.type()).append(" · <code>")
          .append(Html.escape(c.item())).append("</code>");
      if (c.verdict() != null) {
        sb.append(" [").append(c.verdict()).append(']');
      }
      if (c.rule() != null) {
        sb.append(" <small>(").append(Html.escape(c.rule())).append(")</small>");
      }
      if (c.attributes() != null) {
        sb.append("<ul>");
        c.attributes().forEach((k, v) -> sb.append("<li>").append(Html.escape(k)).append(": <del>").append(Html.escape(v[0]))
            .append("</del> → <ins>").append(Html.escape(v[1])).append("</ins></li>"));
        sb.append("</ul>");
      }
      if (c.sentence() != null && !c.sentence().isEmpty()) {
        sb.append("<div class=\"sentence\">").append(Html.escape(c.sentence())).append("</div>");
      }
      sb.append("</li>\n");
    }
    sb.append("</ul>\n");
    if (r.isEmpty()) {
      sb.append("<p>No differences.</p>\n");
    }
    sb.append("</body></html>\n");
    return sb.toString();
  }
}
