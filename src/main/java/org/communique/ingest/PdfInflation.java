package org.communique.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Guards against a deflate bomb before PDFBox sees a PDF: PDFBox decodes a stream (an object
 * stream, a font, a form) into memory as a whole, and a few megabytes of Flate data can inflate
 * to gigabytes. Every Flate stream that text extraction would decode (not images, which it never
 * decodes, nor attached files) is inflated here into a small scratch buffer and only counted; the
 * total may not pass the budget. The stream dictionaries are found by their {@code stream}
 * keyword, as a lenient PDF reader finds them; data that does not inflate is skipped.
 */
final class PdfInflation {
  private static final byte[] STREAM = "stream".getBytes(StandardCharsets.US_ASCII);
  /** How far back from its "stream" keyword a stream's dictionary is looked for. */
  private static final int DICTIONARY_LOOKBACK = 4096;
  private static final Pattern NOT_DECODED = Pattern.compile("/Subtype\\s*/Image\\b|/Type\\s*/EmbeddedFile\\b|/Type\\s*/XObject\\s*/Subtype\\s*/Image\\b");
  private static final int CHECK_EVERY = 1 << 20;

  private PdfInflation() {}

  static void check(byte[] pdf, long budget, PdfText.Checkpoint checkpoint) throws IngestException {
    long total = 0;
    byte[] scratch = new byte[64 * 1024];
    long sinceCheck = 0;
    int from = 0;
    while (true) {
      int at = PdfText.indexOf(pdf, STREAM, from, pdf.length);
      if (at < 0) {
        return;
      }
      from = at + STREAM.length;
      boolean endstream = at >= 3 && pdf[at - 3] == 'e' && pdf[at - 2] == 'n' && pdf[at - 1] == 'd';
      int start = dataStart(pdf, from);
      if (endstream || start < 0 || !decoded(pdf, at)) {
        continue;
      }
      // as PDFBox's FlateFilterDecoderStream: skip the two zlib header bytes, inflate raw deflate data
      Inflater inflater = new Inflater(true);
      try {
        int offset = start + 2;
        if (offset >= pdf.length) {
          continue;
        }
        inflater.setInput(pdf, offset, pdf.length - offset);
        while (!inflater.finished()) {
          int n = inflater.inflate(scratch);
          if (n == 0) { // the data ran out, or wants a preset dictionary: PDFBox stops there too
            break;
          }
          total += n;
          sinceCheck += n;
          if (total > budget) {
            throw new IngestException(String.format(Locale.ROOT,
                "too large: the PDF's streams inflate to over %,d bytes (limit %d times --max-bytes; a PDF bomb?)",
                budget, PdfText.INFLATION_FACTOR));
          }
          if (sinceCheck > CHECK_EVERY) {
            sinceCheck = 0;
            checkpoint.run();
          }
        }
        from = Math.max(from, offset + (int) Math.min(Integer.MAX_VALUE - offset, inflater.getBytesRead()));
      } catch (DataFormatException e) {
        // not Flate data (or damaged): PDFBox decodes what it can of it, which is no more than this
      } finally {
        inflater.end();
      }
    }
  }

  /** Where a stream's data starts after the keyword: after CRLF or LF (or a lone CR, leniently); -1 when this is no stream keyword. */
  private static int dataStart(byte[] pdf, int afterKeyword) {
    if (afterKeyword >= pdf.length) {
      return -1;
    }
    if (pdf[afterKeyword] == '\r') {
      return afterKeyword + 1 < pdf.length && pdf[afterKeyword + 1] == '\n' ? afterKeyword + 2 : afterKeyword + 1;
    }
    return pdf[afterKeyword] == '\n' ? afterKeyword + 1 : -1;
  }

  /** Whether text extraction decodes the stream whose keyword is at {@code at}: not when its dictionary makes it an image or an attached file. */
  private static boolean decoded(byte[] pdf, int at) {
    int from = Math.max(0, at - DICTIONARY_LOOKBACK);
    String before = new String(pdf, from, at - from, StandardCharsets.ISO_8859_1);
    int obj = before.lastIndexOf(" obj");
    String dictionary = obj >= 0 ? before.substring(obj) : before;
    return !NOT_DECODED.matcher(dictionary).find();
  }
}
