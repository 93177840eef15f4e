package org.communique.knowledge;

import java.nio.file.Path;

/** A knowledge file that cannot be used; names the file and line. */
public final class DataFileException extends RuntimeException {
  public DataFileException(Path file, int line, String message) {
    super(file.getFileName() + ":" + line + ": " + message);
  }
}
