package org.communique.curation;

/** A curation file that cannot be read: {@code file:line: reason}. */
public final class CurationException extends RuntimeException {
  public CurationException(String message) {
    super(message);
  }
}
