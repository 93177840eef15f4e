package org.communique.ingest;

/** A document that cannot be read as a statement; the message says why, for the user. */
public class IngestException extends Exception {
  public IngestException(String message) {
    super(message);
  }

  public IngestException(String message, Throwable cause) {
    super(message, cause);
  }
}
