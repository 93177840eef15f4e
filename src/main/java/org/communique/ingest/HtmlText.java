package org.communique.ingest;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The statement text of an HTML page, with jsoup: the main content (a {@code main} or
 * {@code article} element when there is one, else the body) without scripts, styles, navigation
 * or forms; block elements become paragraphs. Nothing is fetched: the page is parsed as a string.
 */
public final class HtmlText {
  private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
      "blockquote", "pre", "tr", "table", "section", "article", "main", "header", "footer", "dt", "dd", "br", "hr", "title");

  private HtmlText() {}

  public static String extract(String html) {
    Document doc = Jsoup.parse(html);
    doc.select("script, style, noscript, template, nav, aside, form, iframe, svg, head").remove();
    Element main = doc.selectFirst("main, article, [role=main]");
    Element root = main != null ? main : doc.body();
    StringBuilder sb = new StringBuilder();
    root.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          String s = t.text().replaceAll("\\s+", " ");
          if (!s.isBlank()) {
            if (sb.length() > 0 && !Character.isWhitespace(sb.charAt(sb.length() - 1)) && s.charAt(0) != ' ') {
              sb.append(' ');
            }
            sb.append(sb.length() == 0 || sb.charAt(sb.length() - 1) == '\n' ? s.stripLeading() : s);
          }
        } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
          paragraph(sb);
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
          paragraph(sb);
        }
      }
    });
    return sb.toString().strip() + "\n";
  }

  private static void paragraph(StringBuilder sb) {
    int end = sb.length();
    while (end > 0 && sb.charAt(end - 1) == ' ') {
      end--;
    }
    sb.setLength(end);
    if (sb.length() > 0 && !sb.toString().endsWith("\n\n")) {
      sb.append(sb.charAt(sb.length() - 1) == '\n' ? "\n" : "\n\n");
    }
  }
}
