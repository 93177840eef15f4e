package org.communique.ingest;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Small PDF statements made with PDFBox itself, so that no binary file is committed: a page in two
 * columns, three pages with a running header and page numbers, an encrypted one, a scanned-looking
 * one (an image and no text) and a truncated one.
 */
public final class PdfFixtures {
  private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  private static final float LEFT = 72;
  private static final float BODY = 11;
  private static final float LEADING = 14;

  private PdfFixtures() {}

  /** The text {@link #twoColumns()} must give: title, dateline, the left column, then the right one. */
  public static final String TWO_COLUMNS_TEXT = """
      Joint Statement on the U.S.-Brazil Energy Dialogue

      March 3, 2022

      The United States and Brazil held the third meeting of the Energy Dialogue in Brasilia on March 3, 2022. Both sides welcomed the growing cooperation on clean energy and grid security.

      Secretary of Energy Jennifer Granholm led the U.S. delegation.

      The two countries will establish a Working Group on Critical Minerals and will meet again in Washington later this year.

      Minister of Mines and Energy Bento Albuquerque led the Brazilian delegation.
      """;

  /**
   * One page: a title and a dateline across the page, then two columns of 222 pt with a 24 pt
   * gutter, and the page number at the foot. Lines are drawn left, right, left, right... so that
   * neither the content order nor a plain top-to-bottom sort gives the reading order.
   */
  public static byte[] twoColumns() {
    List<String> left = List.of(
        "The United States and Brazil held the",
        "third meeting of the Energy Dialogue in",
        "Brasilia on March 3, 2022. Both sides",
        "welcomed the growing coopera-",
        "tion on clean energy and grid security.",
        "",
        "Secretary of Energy Jennifer Granholm",
        "led the U.S. delegation.");
    List<String> right = List.of(
        "The two countries will establish a",
        "Working Group on Critical Minerals and",
        "will meet again in Washington later this",
        "year.",
        "",
        "Minister of Mines and Energy Bento",
        "Albuquerque led the Brazilian delegation.");
    return build(doc -> {
      PDPage page = page(doc);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        show(cs, BOLD, 16, LEFT, 740, "Joint Statement on the U.S.-Brazil Energy Dialogue");
        show(cs, FONT, BODY, LEFT, 716, "March 3, 2022");
        float column = 222;
        float rightX = LEFT + column + 24;
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
          float y = 680 - i * LEADING;
          if (i < left.size() && !left.get(i).isEmpty()) {
            show(cs, FONT, BODY, LEFT, y, fits(left.get(i), column));
          }
          if (i < right.size() && !right.get(i).isEmpty()) {
            show(cs, FONT, BODY, rightX, y, fits(right.get(i), column));
          }
        }
        centred(cs, 9, 40, "1");
      }
    });
  }

  public static final String HEADER = "Joint Statement of the U.S.-Japan Cyber Dialogue";

  /** The paragraphs of {@link #threePages()}, in order. */
  public static final List<String> THREE_PAGES_PARAGRAPHS = List.of(
      "Joint Statement of the Sixth U.S.-Japan Cyber Dialogue",
      "July 27, 2016",
      "The United States and Japan held the sixth meeting of the U.S.-Japan Cyber Dialogue in Tokyo on July 27, 2016. "
          + "The U.S. delegation was led by Christopher Painter, Coordinator for Cyber Issues at the Department of State, "
          + "and the Japanese delegation by Ambassador Masato Otaka of the Ministry of Foreign Affairs.",
      "Both sides reviewed the cyber threat environment, the protection of critical infrastructure, cooperation in "
          + "international fora and capacity building in the Indo-Pacific region. The two sides will continue to meet every year.",
      "The United States and Japan will share information on threats to critical infrastructure and will hold a "
          + "tabletop exercise on incident response before the next meeting of the dialogue in Washington.",
      "The Department of Homeland Security and the National center of Incident readiness and Strategy for "
          + "Cybersecurity will establish a working group on the security of industrial control systems.",
      "The next meeting of the Cyber Dialogue will be held in Washington in 2017.");

  /**
   * Three pages with the running header {@link #HEADER} and a footer "Page N of 3"; the fourth
   * paragraph runs from page 1 to page 2 with "conti-" / "nue" split across the page break.
   */
  public static byte[] threePages() {
    List<List<String[]>> pages = new ArrayList<>();
    // page 1: title, dateline, paragraph 3, start of paragraph 4 (ending "conti-")
    List<String> p4 = wrap(THREE_PAGES_PARAGRAPHS.get(3), 468);
    int split = 0; // the line with "continue" is split at the page break: "conti-" ends page 1, "nue" opens page 2
    while (!p4.get(split).contains("continue")) {
      split++;
    }
    String cut = p4.get(split);
    int at = cut.indexOf("continue");
    List<String[]> one = new ArrayList<>();
    one.add(new String[] {"title", THREE_PAGES_PARAGRAPHS.get(0)});
    one.add(new String[] {"", THREE_PAGES_PARAGRAPHS.get(1)});
    one.add(new String[] {"gap"});
    wrap(THREE_PAGES_PARAGRAPHS.get(2), 468).forEach(l -> one.add(new String[] {"", l}));
    one.add(new String[] {"gap"});
    p4.subList(0, split).forEach(l -> one.add(new String[] {"", l}));
    one.add(new String[] {"", cut.substring(0, at) + "conti-"});
    List<String[]> two = new ArrayList<>();
    two.add(new String[] {"", "nue" + cut.substring(at + "continue".length())});
    p4.subList(split + 1, p4.size()).forEach(l -> two.add(new String[] {"", l}));
    two.add(new String[] {"gap"});
    wrap(THREE_PAGES_PARAGRAPHS.get(4), 468).forEach(l -> two.add(new String[] {"", l}));
    two.add(new String[] {"gap"});
    wrap(THREE_PAGES_PARAGRAPHS.get(5), 468).forEach(l -> two.add(new String[] {"", l}));
    List<String[]> three = new ArrayList<>();
    wrap(THREE_PAGES_PARAGRAPHS.get(6), 468).forEach(l -> three.add(new String[] {"", l}));
    pages.add(one);
    pages.add(two);
    pages.add(three);
    return build(doc -> {
      for (int n = 0; n < pages.size(); n++) {
        PDPage page = page(doc);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          show(cs, FONT, 9, LEFT, 760, HEADER);
          float y = 720;
          for (String[] line : pages.get(n)) {
            if (line[0].equals("gap")) {
              y -= 8;
            } else if (line[0].equals("title")) {
              show(cs, BOLD, 14, LEFT, y, line[1]);
              y -= 24;
            } else {
              show(cs, FONT, BODY, LEFT, y, fits(line[1], 468));
              y -= LEADING;
            }
          }
          centred(cs, 9, 40, "Page " + (n + 1) + " of " + pages.size());
        }
      }
    });
  }

  /** A page of text that opens only with the password "reader". */
  public static byte[] encrypted() {
    return build(doc -> {
      text(doc, "The United States and Japan will hold a dialogue.");
      doc.protect(new StandardProtectionPolicy("owner", "reader", new AccessPermission()));
    });
  }

  /** A page of text that opens without a password but forbids copying (restrictions only). */
  public static byte[] restricted() {
    return build(doc -> {
      text(doc, "The United States and Japan will hold a dialogue.");
      AccessPermission permissions = new AccessPermission();
      permissions.setCanExtractContent(false);
      doc.protect(new StandardProtectionPolicy("owner", "", permissions));
    });
  }

  /** A page holding only a picture of text, as a scanner makes it. */
  public static byte[] imageOnly() {
    return build(doc -> {
      PDPage page = page(doc);
      BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
      java.awt.Graphics2D g = image.createGraphics();
      g.setColor(java.awt.Color.WHITE);
      g.fillRect(0, 0, 200, 100);
      g.setColor(java.awt.Color.BLACK);
      g.fillRect(20, 40, 160, 8);
      g.dispose();
      PDImageXObject x = LosslessFactory.createFromImage(doc, image);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.drawImage(x, 72, 600, 400, 200);
      }
    });
  }

  /** The first {@code fraction} of {@link #threePages()}: a download cut short. */
  public static byte[] truncated(double fraction) {
    byte[] whole = threePages();
    return Arrays.copyOf(whole, (int) (whole.length * fraction));
  }

  /**
   * A deflate bomb: one page whose content stream, a line of text and then {@code inflated}
   * spaces, is stored Flate-compressed (a few kilobytes on disk).
   */
  public static byte[] deflateBomb(int inflated) {
    return build(doc -> {
      PDPage page = page(doc);
      PDResources resources = new PDResources();
      COSName font = resources.add(FONT);
      page.setResources(resources);
      byte[] content = new byte[inflated + 64];
      Arrays.fill(content, (byte) ' ');
      byte[] text = ("BT /" + font.getName() + " 11 Tf 72 700 Td (Hello) Tj ET\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      System.arraycopy(text, 0, content, 0, text.length);
      page.setContents(new PDStream(doc, new java.io.ByteArrayInputStream(content), COSName.FLATE_DECODE));
    });
  }

  /**
   * A text bomb of a few kilobytes: a form holding a line of 100 characters is drawn 100 times by
   * a second form, which the page draws {@code times} times: 10,000 x {@code times} characters.
   */
  public static byte[] textBomb(int times) {
    return build(doc -> {
      PDPage page = page(doc);
      PDResources fonts = new PDResources();
      fonts.add(FONT);
      PDFormXObject line = new PDFormXObject(doc);
      line.setBBox(PDRectangle.LETTER);
      line.setResources(fonts);
      try (PDFormContentStream cs = new PDFormContentStream(line)) {
        cs.beginText();
        cs.setFont(FONT, 2);
        cs.newLineAtOffset(10, 700);
        cs.showText("A".repeat(100));
        cs.endText();
      }
      PDFormXObject hundred = new PDFormXObject(doc);
      hundred.setBBox(PDRectangle.LETTER);
      PDResources forms = new PDResources();
      forms.add(line);
      hundred.setResources(forms);
      try (PDFormContentStream cs = new PDFormContentStream(hundred)) {
        for (int i = 0; i < 100; i++) {
          cs.drawForm(line);
        }
      }
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        for (int i = 0; i < times; i++) {
          cs.drawForm(hundred);
        }
      }
    });
  }

  /** {@code pages} pages of one line each: many pages in a small file. */
  public static byte[] manyPages(int pages) {
    return build(doc -> {
      for (int i = 0; i < pages; i++) {
        text(doc, "Page text " + i + ".");
      }
    });
  }

  /**
   * A form that shows a sentence and draws itself {@code times} times: drawn as PDFBox alone draws
   * it (50 levels deep), {@code times}^50 copies of the sentence.
   */
  public static byte[] selfDrawingForm(int times) {
    return build(doc -> {
      PDPage page = page(doc);
      PDFormXObject form = new PDFormXObject(doc);
      form.setBBox(PDRectangle.LETTER);
      PDResources resources = new PDResources();
      resources.add(FONT);
      resources.add(form);
      form.setResources(resources);
      try (PDFormContentStream cs = new PDFormContentStream(form)) {
        cs.beginText();
        cs.setFont(FONT, BODY);
        cs.newLineAtOffset(LEFT, 700);
        cs.showText("The form draws itself.");
        cs.endText();
        for (int i = 0; i < times; i++) {
          cs.drawForm(form);
        }
      }
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.drawForm(form);
      }
    });
  }

  /** Two forms that draw each other, each showing a sentence of its own. */
  public static byte[] formsDrawingEachOther() {
    return build(doc -> {
      PDPage page = page(doc);
      PDFormXObject first = new PDFormXObject(doc);
      PDFormXObject second = new PDFormXObject(doc);
      PDResources firstResources = new PDResources();
      firstResources.add(FONT);
      firstResources.add(second);
      PDResources secondResources = new PDResources();
      secondResources.add(FONT);
      secondResources.add(first);
      Object[][] forms = {{first, firstResources, "The first form draws the second.", 700f},
          {second, secondResources, "The second form draws the first.", 680f}};
      for (Object[] f : forms) {
        PDFormXObject form = (PDFormXObject) f[0];
        form.setBBox(PDRectangle.LETTER);
        form.setResources((PDResources) f[1]);
        try (PDFormContentStream cs = new PDFormContentStream(form)) {
          cs.beginText();
          cs.setFont(FONT, BODY);
          cs.newLineAtOffset(LEFT, (Float) f[3]);
          cs.showText((String) f[2]);
          cs.endText();
          cs.drawForm(form == first ? second : first);
        }
      }
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.drawForm(first);
      }
    });
  }

  /**
   * Forms nested {@code levels} deep, each drawing the one below ten times; the innermost draws a
   * short path and no text: about 10^{@code levels} drawing operators from a file of a few kilobytes.
   */
  public static byte[] formBomb(int levels) {
    return build(doc -> {
      PDPage page = page(doc);
      PDFormXObject below = new PDFormXObject(doc);
      below.setBBox(PDRectangle.LETTER);
      below.setResources(new PDResources());
      try (PDFormContentStream cs = new PDFormContentStream(below)) {
        cs.moveTo(0, 0);
        cs.lineTo(10, 10);
        cs.stroke();
      }
      for (int level = 1; level < levels; level++) {
        PDFormXObject form = new PDFormXObject(doc);
        form.setBBox(PDRectangle.LETTER);
        PDResources resources = new PDResources();
        resources.add(below);
        form.setResources(resources);
        try (PDFormContentStream cs = new PDFormContentStream(form)) {
          for (int i = 0; i < 10; i++) {
            cs.drawForm(below);
          }
        }
        below = form;
      }
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        show(cs, FONT, BODY, LEFT, 700, "The United States and Japan will hold a dialogue.");
        cs.drawForm(below);
      }
    });
  }

  /** One page of text listed {@code copies} times in the page tree: a huge page count in a small file. */
  public static byte[] repeatedPage(int copies) {
    return build(doc -> {
      text(doc, "The United States and Japan will hold a dialogue.");
      COSDictionary pages = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES);
      COSArray kids = pages.getCOSArray(COSName.KIDS);
      COSBase page = kids.getObject(0);
      for (int i = 1; i < copies; i++) {
        kids.add(page);
      }
      pages.setInt(COSName.COUNT, copies);
    });
  }

  /**
   * A line in a font whose ToUnicode map gives, for the codes 'A' to 'F': a Hebrew letter (right to
   * left), an emoji (a surrogate pair), the first and second half of a surrogate pair on their own,
   * an Arabic letter and a letter of the mathematical alphabet (another pair), in that order; the
   * page shows {@code shown}, a string of those codes and spaces.
   */
  public static byte[] unicodeMap(String shown) {
    return build(doc -> {
      PDPage page = page(doc);
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      String cmap = String.join("\n",
          "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
          "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
          "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
          "1 begincodespacerange", "<00> <FF>", "endcodespacerange",
          "7 beginbfchar", "<41> <05D0>", "<42> <D83DDE00>", "<43> <D800>", "<44> <DC00>", "<45> <0627>", "<46> <D835DC00>",
          "<20> <0020>", "endbfchar",
          "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end", "");
      PDStream toUnicode = new PDStream(doc, new java.io.ByteArrayInputStream(cmap.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
      font.getCOSObject().setItem(COSName.TO_UNICODE, toUnicode);
      PDResources resources = new PDResources();
      COSName name = resources.add(font);
      page.setResources(resources);
      String content = "BT /" + name.getName() + " 11 Tf 72 700 Td (" + shown + ") Tj ET\n"
          + "BT /" + name.getName() + " 11 Tf 72 680 Td (The United States and Japan will meet.) Tj ET\n";
      page.setContents(new PDStream(doc, new java.io.ByteArrayInputStream(content.getBytes(java.nio.charset.StandardCharsets.US_ASCII))));
    });
  }

  // --- building blocks

  private interface Content {
    void write(PDDocument doc) throws IOException;
  }

  private static byte[] build(Content content) {
    try (PDDocument doc = new PDDocument()) {
      content.write(doc);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PDPage page(PDDocument doc) {
    PDPage page = new PDPage(PDRectangle.LETTER);
    doc.addPage(page);
    return page;
  }

  private static void text(PDDocument doc, String line) throws IOException {
    PDPage page = page(doc);
    try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
      show(cs, FONT, BODY, LEFT, 700, line);
    }
  }

  private static void show(PDPageContentStream cs, PDType1Font font, float size, float x, float y, String s) throws IOException {
    cs.beginText();
    cs.setFont(font, size);
    cs.newLineAtOffset(x, y);
    cs.showText(s);
    cs.endText();
  }

  private static void centred(PDPageContentStream cs, float size, float y, String s) throws IOException {
    show(cs, FONT, size, (PDRectangle.LETTER.getWidth() - width(s, size)) / 2, y, s);
  }

  private static float width(String s, float size) {
    try {
      return FONT.getStringWidth(s) / 1000 * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The line as it is, after checking that it fits the column (a fixture must not overlap its gutter). */
  private static String fits(String line, float column) {
    if (width(line, BODY) > column) {
      throw new IllegalArgumentException("fixture line wider than its column: " + line);
    }
    return line;
  }

  /** Greedy word wrap to {@code column} points at the body size. */
  static List<String> wrap(String text, float column) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (width(candidate, BODY) > column && line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
        line.append(word);
      } else {
        line.setLength(0);
        line.append(candidate);
      }
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }
}
