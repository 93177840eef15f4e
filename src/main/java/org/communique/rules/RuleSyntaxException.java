package org.communique.rules;

import java.nio.file.Path;

/** A rule or gazetteer file that cannot be used; names the file and line. */
public class RuleSyntaxException extends RuntimeException {
  public RuleSyntaxException(Path file, int line, String message) {
    super(file.getFileName() + ":" + line + ": " + message);
  }

  public RuleSyntaxException(Path file, int line, String message, Throwable cause) {
    super(file.getFileName() + ":" + line + ": " + message, cause);
  }
}
