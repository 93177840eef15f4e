package org.communique.ingest;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a statement's own date in its opening lines: a line that is only a date ("July 27, 2016"),
 * a numeric timestamp line ("12/15/2022 12:22 PM EST"), or a place-and-date dateline
 * ("Washington, DC, July 27, 2016").
 */
public final class DatelineFinder {
  private static final int HEAD_LINES = 12;
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
      Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
      Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11), Map.entry("december", 12));
  private static final Pattern WRITTEN = Pattern.compile(
      "^(?:[A-Z][\\w .,'-]{0,40}?[,\u2014-]\\s*)?(January|February|March|April|May|June|July|August|September|October|November|December)"
          + "\\s+(\\d{1,2}),\\s+((?:19|20)\\d\\d)\\.?\\s*$");
  private static final Pattern NUMERIC = Pattern.compile("^(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d\\d)\\b.*$");

  private DatelineFinder() {}

  /** The date of the first dateline among the opening lines, or null. */
  public static LocalDate find(String text) {
    String[] lines = text.split("\\R", HEAD_LINES + 1);
    for (int i = 0; i < Math.min(lines.length, HEAD_LINES); i++) {
      String line = lines[i].strip();
      if (line.length() > 80) {
        continue;
      }
      LocalDate date = parse(line);
      if (date != null) {
        return date;
      }
    }
    return null;
  }

  static LocalDate parse(String line) {
    try {
      Matcher m = WRITTEN.matcher(line);
      if (m.matches()) {
        int month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
        return LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(2)));
      }
      m = NUMERIC.matcher(line);
      if (m.matches()) {
        return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
      }
    } catch (java.time.DateTimeException e) {
      return null;
    }
    return null;
  }
}
