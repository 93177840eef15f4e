package org.communique.curation;

import java.util.List;

/**
 * One edit of a {@code curation/} file: where it is written ({@code file:line}), its verb and
 * arguments, and its text, which is what provenance quotes (the text, not the line number, so
 * that editing a line above does not change records).
 */
public record CurationLine(String where, String verb, List<String> args, String text) {
  public CurationLine {
    args = List.copyOf(args);
  }

  public String arg(int i) {
    return args.get(i);
  }
}
