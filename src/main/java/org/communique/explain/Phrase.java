package org.communique.explain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a phrase is written in a statement's text.
 *
 * @param start       character offset (inclusive)
 * @param end         character offset (exclusive)
 * @param occurrences how many times the phrase is written (1 for a phrase given by offsets)
 */
public record Phrase(int start, int end, int occurrences) {
  /**
   * The first place {@code phrase} is written in {@code text}: exactly, else with other case and
   * other white space between its words; null when it is not there.
   */
  public static Phrase find(String text, String phrase) {
    String words = phrase.strip();
    if (words.isEmpty()) {
      return null;
    }
    Pattern exact = Pattern.compile(Pattern.quote(words));
    Phrase found = first(exact.matcher(text));
    if (found != null) {
      return found;
    }
    StringBuilder loose = new StringBuilder();
    for (String w : words.split("\\s+")) {
      loose.append(loose.length() == 0 ? "" : "\\s+").append(Pattern.quote(w));
    }
    return first(Pattern.compile(loose.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text));
  }

  private static Phrase first(Matcher m) {
    if (!m.find()) {
      return null;
    }
    int start = m.start();
    int end = m.end();
    int n = 1;
    while (m.find()) {
      n++;
    }
    return new Phrase(start, end, n);
  }

  /** The phrase at [start, end) of {@code text}, or null when that is no span of it. */
  public static Phrase at(String text, int start, int end) {
    return start >= 0 && start < end && end <= text.length() ? new Phrase(start, end, 1) : null;
  }
}
