package org.communique.ingest;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDType3CharProc;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The statement text of a PDF, with PDFBox: words in reading order (PDFBox sorts the glyphs by
 * position; columns are found from the gutters that no line crosses and read one after the other),
 * running headers, footers and page numbers left out, lines joined into paragraphs (blank line
 * between paragraphs) and words hyphenated at a line end joined again.
 *
 * <p>The PDF is parsed from bytes already read, so no file stays open; the document is closed
 * before this returns. A PDF bomb is bounded by the size limit (--max-bytes): the streams that text
 * extraction decodes may not inflate past {@value #INFLATION_FACTOR} times the limit, the page tree
 * may not list more than one page per {@value #BYTES_PER_PAGE} bytes of it, at most
 * {@value #OPERATORS_PER_BYTE} content-stream operators per byte of it are run, a form (or Type 3
 * glyph) that draws itself, directly or through others, is drawn once, and the text may not be
 * longer than the limit. The caller's checkpoint (the document's deadline) runs between pages,
 * while the page tree is walked and every few hundred content-stream operators. Halves of
 * surrogate pairs left alone in the text (PDFBox reverses right-to-left runs char by char) are
 * put back in order or become U+FFFD, one char for one, so the text stays valid UTF-16.
 */
public final class PdfText {
  /** How much the decoded (non-image) streams of a PDF may outgrow the limit on statement files. */
  public static final int INFLATION_FACTOR = 20;
  /** How many content-stream operators (forms drawn included) a PDF may run per byte of the size limit. */
  public static final int OPERATORS_PER_BYTE = 2;
  /** A PDF may list one page per this many bytes of the size limit. */
  public static final int BYTES_PER_PAGE = 100;

  private PdfText() {}

  /**
   * The text of a PDF statement.
   *
   * @param pdf        the file's bytes
   * @param maxBytes   the statement size limit (--max-bytes): the text may hold at most this many
   *                   characters, its streams inflate to at most {@value #INFLATION_FACTOR} times this
   * @param checkpoint run between pages and content-stream operators; what it throws (a deadline)
   *                   goes through unchanged
   */
  public static String extract(byte[] pdf, long maxBytes, Runnable checkpoint) throws IngestException {
    Checkpoint check = new Checkpoint(checkpoint);
    checkFrame(pdf);
    PdfInflation.check(pdf, maxBytes * INFLATION_FACTOR, check);
    List<Page> pages;
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      if (doc.getNumberOfPages() == 0) {
        throw new IngestException("not a valid PDF: it has no pages");
      }
      checkPageCount(doc, Math.max(1, maxBytes / BYTES_PER_PAGE), check);
      Collector collector = new Collector(maxBytes, check);
      collector.setSortByPosition(true);
      collector.writeText(doc, Writer.nullWriter());
      pages = collector.pages;
    } catch (InvalidPasswordException e) {
      throw new IngestException("PDF is encrypted", e);
    } catch (IOException e) {
      throw new IngestException("not a valid PDF: " + reason(e), e);
    } catch (TooLarge e) {
      throw new IngestException(e.getMessage());
    } catch (RuntimeException e) {
      if (e == check.thrown) {
        throw e;
      }
      throw new IngestException("not a valid PDF: " + reason(e), e);
    }
    String text = validUtf16(PdfLayout.text(pages));
    if (text.isBlank()) {
      throw new IngestException("PDF has no text layer (scanned image?)");
    }
    return text;
  }

  /**
   * Counts the pages PDFBox's page iterator would give, without building its list (which holds
   * every page at once): a page tree node may list the same page any number of times, so a few
   * kilobytes can give millions of pages. Nodes are visited once, as PDFBox does.
   */
  private static void checkPageCount(PDDocument doc, long maxPages, Checkpoint check) {
    COSDictionary root = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES);
    if (root == null) {
      return; // PDFBox reports it
    }
    Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<COSDictionary> nodes = new ArrayDeque<>();
    nodes.push(root);
    seen.add(root);
    long pages = 0;
    long steps = 0;
    while (!nodes.isEmpty()) {
      COSArray kids = nodes.pop().getCOSArray(COSName.KIDS);
      if (kids == null) {
        continue;
      }
      for (int i = 0; i < kids.size(); i++) {
        if ((++steps & 4095) == 0) {
          check.run();
        }
        if (!(kids.getObject(i) instanceof COSDictionary kid)) {
          continue;
        }
        if (kid.containsKey(COSName.KIDS)) {
          if (seen.add(kid)) {
            nodes.push(kid);
          }
        } else if (++pages > maxPages) {
          throw new TooLarge(String.format(Locale.ROOT, "PDF too complex: more than %,d pages (see --max-bytes)", maxPages));
        }
      }
    }
  }

  /**
   * The text with every surrogate that is not half of a pair mended: a low surrogate followed by
   * a high one is a pair reversed (PDFBox turns right-to-left runs around char by char) and is put
   * back in order; any other lone half becomes U+FFFD. The length is unchanged.
   */
  static String validUtf16(String text) {
    char[] chars = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isSurrogate(c)) {
        continue;
      }
      char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
      if (Character.isHighSurrogate(c) && Character.isLowSurrogate(next)) {
        i++;
        continue;
      }
      if (chars == null) {
        chars = text.toCharArray();
      }
      if (Character.isLowSurrogate(c) && Character.isHighSurrogate(next)) {
        chars[i] = next;
        chars[i + 1] = c;
        i++;
      } else {
        chars[i] = '\uFFFD';
      }
    }
    return chars == null ? text : new String(chars);
  }

  private static final byte[] HEADER = "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  private static final byte[] EOF = "%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  /** Readers look for the header in the first and for %%EOF in the last kilobyte. */
  private static final int FRAME = 1024;

  /**
   * A PDF starts with "%PDF-" and ends with "%%EOF". A file cut short (an interrupted download)
   * lacks the end marker: PDFBox might still piece some pages together, but the statement would be
   * incomplete, so it is refused.
   */
  private static void checkFrame(byte[] pdf) throws IngestException {
    if (indexOf(pdf, HEADER, 0, Math.min(pdf.length, FRAME)) < 0) {
      throw new IngestException("not a valid PDF: no %PDF header");
    }
    if (indexOf(pdf, EOF, Math.max(0, pdf.length - FRAME), pdf.length) < 0) {
      throw new IngestException("not a valid PDF: truncated (no %%EOF at the end)");
    }
  }

  static int indexOf(byte[] data, byte[] what, int from, int to) {
    outer:
    for (int i = from; i <= to - what.length; i++) {
      for (int j = 0; j < what.length; j++) {
        if (data[i + j] != what[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static String reason(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.strip();
  }

  /** The caller's checkpoint; remembers what it threw so that it is not taken for a PDFBox failure. */
  static final class Checkpoint {
    private final Runnable delegate;
    RuntimeException thrown;

    Checkpoint(Runnable delegate) {
      this.delegate = delegate;
    }

    void run() {
      try {
        delegate.run();
      } catch (RuntimeException e) {
        thrown = e;
        throw e;
      }
    }
  }

  /** Thrown from inside PDFBox when the text outgrows the limit; becomes an IngestException. */
  static final class TooLarge extends RuntimeException {
    TooLarge(String message) {
      super(message, null, false, false);
    }
  }

  /** A word as PDFBox found it: its text and box (x from the left edge, y the baseline from the top, in points). */
  record Word(String text, float x0, float x1, float y, float size) {}

  /** The physical lines of a page, top to bottom, each a list of words left to right. */
  record Page(List<List<Word>> lines) {}

  /**
   * Collects words with their positions instead of writing text: the layout is ours. Counts
   * glyphs as PDFBox meets them (a page of repeated forms could hold millions) and operators (a
   * few kilobytes of nested forms can run billions), runs the checkpoint every few hundred
   * operators and at each page, and draws no form or Type 3 glyph inside itself.
   */
  private static final class Collector extends PDFTextStripper {
    private final long maxChars;
    private final long maxOperators;
    private final Checkpoint check;
    final List<Page> pages = new ArrayList<>();
    private List<List<Word>> lines;
    private List<Word> line;
    private long glyphs;
    private long chars;
    private long operators;
    /** The streams (forms, Type 3 glyphs) being drawn, outermost first. */
    private final Set<COSBase> drawing = Collections.newSetFromMap(new IdentityHashMap<>());

    Collector(long maxChars, Checkpoint check) {
      this.maxChars = maxChars;
      this.maxOperators = OPERATORS_PER_BYTE * maxChars;
      this.check = check;
    }

    private interface Drawing {
      void draw() throws IOException;
    }

    /** Draws a stream unless it is being drawn already (a form that draws itself is drawn once). */
    private void once(COSBase stream, Drawing drawing) throws IOException {
      if (!this.drawing.add(stream)) {
        return;
      }
      try {
        drawing.draw();
      } finally {
        this.drawing.remove(stream);
      }
    }

    @Override
    public void showForm(PDFormXObject form) throws IOException {
      once(form.getCOSObject(), () -> super.showForm(form));
    }

    @Override
    public void showTransparencyGroup(PDTransparencyGroup form) throws IOException {
      once(form.getCOSObject(), () -> super.showTransparencyGroup(form));
    }

    @Override
    protected void processType3Stream(PDType3CharProc charProc, Matrix textRenderingMatrix) throws IOException {
      once(charProc.getCOSObject(), () -> super.processType3Stream(charProc, textRenderingMatrix));
    }

    @Override
    public void processPage(PDPage page) throws IOException {
      check.run();
      super.processPage(page);
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
      if ((++operators & 255) == 0) {
        check.run();
      }
      if (operators > maxOperators) {
        throw new TooLarge(String.format(Locale.ROOT, "PDF too complex: more than %,d drawing operators (see --max-bytes)", maxOperators));
      }
      super.processOperator(operator, operands);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
      if (++glyphs > maxChars) {
        throw tooLarge();
      }
      super.processTextPosition(text);
    }

    private TooLarge tooLarge() {
      return new TooLarge(String.format(Locale.ROOT, "too large: the PDF's text passes %,d characters (see --max-bytes)", maxChars));
    }

    @Override
    protected void startPage(PDPage page) {
      lines = new ArrayList<>();
      line = new ArrayList<>();
      glyphs = 0;
    }

    @Override
    protected void endPage(PDPage page) {
      endLine();
      pages.add(new Page(lines));
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
      if (positions.isEmpty() || text.isEmpty()) {
        return;
      }
      float x0 = Float.MAX_VALUE;
      float x1 = -Float.MAX_VALUE;
      float y = 0;
      float size = 0;
      for (TextPosition p : positions) {
        x0 = Math.min(x0, p.getXDirAdj());
        x1 = Math.max(x1, p.getXDirAdj() + p.getWidthDirAdj());
        y = Math.max(y, p.getYDirAdj());
        float s = p.getFontSizeInPt() > 0 ? p.getFontSizeInPt() : p.getHeightDir();
        size = Math.max(size, s);
      }
      if (!Float.isFinite(x0) || !Float.isFinite(x1) || !Float.isFinite(y) || !Float.isFinite(size)) {
        return;
      }
      size = size > 0 ? size : 10;
      if (!line.isEmpty() && Math.abs(line.get(line.size() - 1).y() - y) > size / 2) {
        endLine();
      }
      chars += text.length();
      if (chars > maxChars) {
        throw tooLarge();
      }
      line.add(new Word(text, x0, x1, y, size));
    }

    @Override
    protected void writeLineSeparator() {
      endLine();
    }

    @Override
    protected void writeWordSeparator() {
      // words are kept apart; the layout puts the spaces back
    }

    private void endLine() {
      if (line != null && !line.isEmpty()) {
        lines.add(line);
        line = new ArrayList<>();
      }
    }
  }
}
