package org.communique.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.communique.ingest.PdfText.Page;
import org.communique.ingest.PdfText.Word;

/**
 * Turns the positioned words of a PDF's pages into the statement's text:
 * <ol>
 *   <li>running headers and footers go: a line among the first or last {@value #ZONE} lines of a
 *       page that recurs (digits aside) there on most pages, and a line there that is only a page
 *       number ("3", "- 3 -", "Page 3 of 7", "3/7");</li>
 *   <li>each line is cut at wide gaps into segments; consecutive lines that leave a gutter (a band
 *       of the page no segment of theirs crosses) are columns, read one after the other;</li>
 *   <li>lines are joined into paragraphs: a paragraph ends at a wider gap between lines, a change of
 *       font size, a short line closing a sentence, or a column or page that starts after a closed
 *       sentence. A word hyphenated at a line end is joined again ("coopera-" "tion": "cooperation");
 *       a hyphen after a non-letter stays ("U.S.-" "Japan": "U.S.-Japan").</li>
 * </ol>
 * Paragraphs are separated by a blank line, as in the text of HTML statements.
 */
final class PdfLayout {
  /** Lines at each end of a page where headers, footers and page numbers are looked for. */
  static final int ZONE = 2;
  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "(?:page|p\\.|pg\\.?)?\\s*[-\u2013\u2014]?\\s*#{1,4}\\s*[-\u2013\u2014]?\\s*(?:(?:of|/)\\s*#{1,4})?");
  private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?:;][\"'\u201D\u2019)\\]]*$");
  private static final Pattern HYPHENATED = Pattern.compile(".*\\p{L}-$");

  private PdfLayout() {}

  /** A piece of a line with no wide gap in it, and the block (a column, or a run of plain lines) it was read in. */
  record Segment(String text, float x0, float x1, float y, float size, int block) {}

  static String text(List<Page> pages) {
    List<List<List<Word>>> kept = withoutRunningLines(pages);
    List<Segment> order = new ArrayList<>();
    int[] block = {0};
    for (List<List<Word>> page : kept) {
      readPage(page, order, block);
    }
    return paragraphs(order);
  }

  // --- running headers, footers, page numbers

  static String lineText(List<Word> line) {
    StringBuilder sb = new StringBuilder();
    for (Word w : line) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(w.text());
    }
    return clean(sb.toString());
  }

  /** Control characters out, every run of white space one space. */
  static String clean(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = sb.length() > 0;
      } else if (Character.getType(c) == Character.CONTROL) {
        // dropped: a PDF's text has no use for them
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** The line with digits as '#' and lower case: a header that carries its page number is still one line. */
  private static String key(List<Word> line) {
    return lineText(line).toLowerCase(Locale.ROOT).replaceAll("\\d", "#");
  }

  private static List<List<List<Word>>> withoutRunningLines(List<Page> pages) {
    List<List<List<Word>>> lines = new ArrayList<>();
    for (Page p : pages) {
      List<List<Word>> nonBlank = new ArrayList<>();
      for (List<Word> line : p.lines()) {
        if (!lineText(line).isEmpty()) {
          nonBlank.add(line);
        }
      }
      lines.add(nonBlank);
    }
    Map<String, Integer> top = new HashMap<>();
    Map<String, Integer> bottom = new HashMap<>();
    for (List<List<Word>> page : lines) {
      zoneKeys(page, true).forEach(k -> top.merge(k, 1, Integer::sum));
      zoneKeys(page, false).forEach(k -> bottom.merge(k, 1, Integer::sum));
    }
    int n = pages.size();
    List<List<List<Word>>> out = new ArrayList<>();
    for (List<List<Word>> page : lines) {
      List<List<Word>> kept = new ArrayList<>();
      for (int i = 0; i < page.size(); i++) {
        String k = key(page.get(i));
        boolean inTop = i < ZONE;
        boolean inBottom = i >= page.size() - ZONE;
        boolean running = (inTop && mostPages(top.getOrDefault(k, 0), n)) || (inBottom && mostPages(bottom.getOrDefault(k, 0), n));
        boolean pageNumber = (inTop || inBottom) && PAGE_NUMBER.matcher(k).matches() && k.contains("#");
        if (!running && !pageNumber) {
          kept.add(page.get(i));
        }
      }
      out.add(kept);
    }
    return out;
  }

  private static Set<String> zoneKeys(List<List<Word>> page, boolean top) {
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < Math.min(ZONE, page.size()); i++) {
      keys.add(key(page.get(top ? i : page.size() - 1 - i)));
    }
    return keys;
  }

  /** On at least two pages and on half of them or more. */
  private static boolean mostPages(int count, int pages) {
    return count >= 2 && 2 * count >= pages;
  }

  // --- columns

  private static void readPage(List<List<Word>> page, List<Segment> order, int[] block) {
    if (page.isEmpty()) {
      return;
    }
    float[] sizes = new float[page.stream().mapToInt(List::size).sum()];
    int k = 0;
    for (List<Word> line : page) {
      for (Word w : line) {
        sizes[k++] = w.size();
      }
    }
    float gap = Math.max(6, 1.5f * median(sizes));
    List<List<Segment>> lines = new ArrayList<>();
    for (List<Word> line : page) {
      lines.add(segments(line, gap));
    }
    block[0]++;
    boolean plainBlockOpen = false;
    int i = 0;
    while (i < lines.size()) {
      Intervals covered = new Intervals().plus(lines.get(i));
      List<float[]> gutters = List.of();
      int j = i + 1;
      while (j < lines.size()) {
        Intervals next = covered.plus(lines.get(j));
        List<float[]> g = next.gaps(gap);
        if (g.isEmpty()) {
          break;
        }
        covered = next;
        gutters = g;
        j++;
      }
      if (j - i >= 2) {
        float[] bounds = new float[gutters.size()];
        for (int c = 0; c < bounds.length; c++) {
          bounds[c] = (gutters.get(c)[0] + gutters.get(c)[1]) / 2;
        }
        for (int c = 0; c <= bounds.length; c++) {
          block[0]++;
          for (int l = i; l < j; l++) {
            for (Segment s : lines.get(l)) {
              float centre = (s.x0() + s.x1()) / 2;
              if ((c == 0 || centre >= bounds[c - 1]) && (c == bounds.length || centre < bounds[c])) {
                order.add(withBlock(s, block[0]));
              }
            }
          }
        }
        plainBlockOpen = false;
        i = j;
      } else {
        if (!plainBlockOpen) {
          block[0]++;
          plainBlockOpen = true;
        }
        for (Segment s : lines.get(i)) {
          order.add(withBlock(s, block[0]));
        }
        i++;
      }
    }
  }

  private static Segment withBlock(Segment s, int block) {
    return new Segment(s.text(), s.x0(), s.x1(), s.y(), s.size(), block);
  }

  /** The line cut where the space between two words is wider than {@code gap}. */
  private static List<Segment> segments(List<Word> line, float gap) {
    List<Segment> out = new ArrayList<>();
    List<Word> current = new ArrayList<>();
    for (Word w : line) {
      if (!current.isEmpty() && w.x0() - current.get(current.size() - 1).x1() > gap) {
        out.add(segment(current));
        current = new ArrayList<>();
      }
      current.add(w);
    }
    if (!current.isEmpty()) {
      out.add(segment(current));
    }
    out.removeIf(s -> s.text().isEmpty());
    return out;
  }

  private static Segment segment(List<Word> words) {
    float x0 = Float.MAX_VALUE;
    float x1 = -Float.MAX_VALUE;
    float y = 0;
    float size = 0;
    for (Word w : words) {
      x0 = Math.min(x0, w.x0());
      x1 = Math.max(x1, w.x1());
      y = Math.max(y, w.y());
      size = Math.max(size, w.size());
    }
    return new Segment(lineText(words), x0, x1, y, size, 0);
  }

  /** The parts of the x axis covered by segments, merged. */
  private static final class Intervals {
    private final List<float[]> spans;

    Intervals() {
      this(List.of());
    }

    private Intervals(List<float[]> spans) {
      this.spans = spans;
    }

    Intervals plus(List<Segment> line) {
      List<float[]> all = new ArrayList<>(spans);
      for (Segment s : line) {
        all.add(new float[] {s.x0(), s.x1()});
      }
      all.sort((a, b) -> Float.compare(a[0], b[0]));
      List<float[]> merged = new ArrayList<>();
      for (float[] s : all) {
        float[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
        if (last != null && s[0] <= last[1]) {
          last[1] = Math.max(last[1], s[1]);
        } else {
          merged.add(new float[] {s[0], s[1]});
        }
      }
      return new Intervals(merged);
    }

    /** The uncovered bands between covered parts that are at least {@code min} wide. */
    List<float[]> gaps(float min) {
      List<float[]> out = new ArrayList<>();
      for (int i = 1; i < spans.size(); i++) {
        float a = spans.get(i - 1)[1];
        float b = spans.get(i)[0];
        if (b - a >= min) {
          out.add(new float[] {a, b});
        }
      }
      return out;
    }
  }

  // --- paragraphs

  private static String paragraphs(List<Segment> order) {
    Map<Integer, float[]> extent = new HashMap<>();
    List<Float> deltas = new ArrayList<>();
    for (int i = 0; i < order.size(); i++) {
      Segment s = order.get(i);
      extent.merge(s.block(), new float[] {s.x0(), s.x1()}, (a, b) -> new float[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
      if (i > 0 && order.get(i - 1).block() == s.block()) {
        float d = s.y() - order.get(i - 1).y();
        if (d >= s.size() / 2) {
          deltas.add(d);
        }
      }
    }
    float typical;
    if (deltas.isEmpty()) {
      float[] sizes = new float[order.size()];
      for (int i = 0; i < sizes.length; i++) {
        sizes[i] = order.get(i).size();
      }
      typical = 1.2f * median(sizes);
    } else {
      float[] d = new float[deltas.size()];
      for (int i = 0; i < d.length; i++) {
        d[i] = deltas.get(i);
      }
      typical = median(d);
    }
    StringBuilder out = new StringBuilder();
    StringBuilder paragraph = new StringBuilder();
    Segment prev = null;
    for (Segment s : order) {
      if (prev != null && continues(prev, s, extent.get(s.block()), typical)) {
        join(paragraph, s.text());
      } else {
        flush(out, paragraph);
        paragraph.append(s.text());
      }
      prev = s;
    }
    flush(out, paragraph);
    return out.length() == 0 ? "" : out.append('\n').toString();
  }

  private static void flush(StringBuilder out, StringBuilder paragraph) {
    String p = paragraph.toString().strip();
    paragraph.setLength(0);
    if (!p.isEmpty()) {
      if (out.length() > 0) {
        out.append("\n\n");
      }
      out.append(p);
    }
  }

  /** Whether {@code next} goes on the paragraph that {@code prev} is the last line of. */
  private static boolean continues(Segment prev, Segment next, float[] extent, float typical) {
    boolean sizeChanged = Math.abs(prev.size() - next.size()) > 0.15f * Math.max(prev.size(), next.size());
    boolean closed = ENDS_SENTENCE.matcher(prev.text()).matches();
    if (sizeChanged) {
      return false;
    }
    if (prev.block() != next.block()) {
      return !closed; // a new column or page goes on with an unfinished sentence
    }
    float delta = next.y() - prev.y();
    if (delta < Math.min(prev.size(), next.size()) / 2 || delta > 1.3f * typical) {
      return false; // a piece of the same line, or a wider gap
    }
    float width = extent[1] - extent[0];
    if (closed && prev.x1() < extent[1] - 0.15f * width) {
      return false; // a short line that closes a sentence ends its paragraph
    }
    char first = next.text().isEmpty() ? ' ' : next.text().charAt(0);
    boolean open = prev.text().endsWith(",") || prev.text().endsWith("-");
    return !(prev.x1() - prev.x0() < 0.6f * width && !open && (Character.isUpperCase(first) || Character.isDigit(first)));
  }

  private static void join(StringBuilder paragraph, String next) {
    int n = paragraph.length();
    if (n == 0) {
      paragraph.append(next);
      return;
    }
    char last = paragraph.charAt(n - 1);
    char first = next.isEmpty() ? ' ' : next.charAt(0);
    if (last == '\u00AD') {
      paragraph.setLength(n - 1);
      paragraph.append(next);
    } else if (last == '-' && Character.isLowerCase(first) && HYPHENATED.matcher(paragraph.subSequence(Math.max(0, n - 2), n)).matches()) {
      paragraph.setLength(n - 1); // "coopera-" "tion"
      paragraph.append(next);
    } else if ((last == '-' || last == '\u2013' || last == '\u2014') && n >= 2 && !Character.isWhitespace(paragraph.charAt(n - 2))) {
      paragraph.append(next); // "U.S.-" "Japan", "talks\u2014" "which"
    } else {
      paragraph.append(' ').append(next);
    }
  }

  /** The median of the positive values; 10 (a common body size) when there are none. */
  private static float median(float[] values) {
    float[] v = new float[values.length];
    int n = 0;
    for (float x : values) {
      if (x > 0 && Float.isFinite(x)) {
        v[n++] = x;
      }
    }
    if (n == 0) {
      return 10;
    }
    Arrays.sort(v, 0, n);
    return v[n / 2];
  }
}
