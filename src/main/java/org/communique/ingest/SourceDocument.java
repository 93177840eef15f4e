package org.communique.ingest;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A statement as read from the corpus: its identity, its decoded text (the text every offset
 * refers to) and what is known of its publication.
 *
 * @param docId   file name without extension
 * @param fileName file name inside the corpus folder (never an absolute path)
 * @param text    the text decoded from UTF-8, BOM removed, line endings untouched
 * @param sha256  hex digest of the file's bytes
 * @param date    the document's own date (sidecar or dateline), or null
 * @param url     source address from the sidecar, or null
 * @param extracted true when the text was extracted (from HTML or PDF) rather than read as it is
 */
public record SourceDocument(String docId, String fileName, String text, String sha256, LocalDate date, String url,
    boolean extracted) {
  public SourceDocument(String docId, String fileName, String text, String sha256, LocalDate date, String url) {
    this(docId, fileName, text, sha256, date, url, false);
  }

  public SourceDocument {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(text, "text");
  }
}
