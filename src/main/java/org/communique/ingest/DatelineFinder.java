package org.communique.ingest;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a statement's own date in its opening lines. A short line holding a full date wins: a date line
 * ("July 27, 2016", "24 November 2006", "Monday, Dec. 8, 2003", "2009 11 06"), a numeric timestamp
 * ("12/15/2022 12:22 PM EST", "21/06/2012"), a place-and-date dateline ("Washington, DC, July 27, 2016",
 * "NAMIBIA – WINDHOEK: 9 MARCH, 2001"). Else the first full date near the start of an opening line
 * ("BRUSSELS, 23 January 2007 - The OSCE ...", "1. On 27 October 2009, ...").
 */
public final class DatelineFinder {
  private static final int HEAD_LINES = 12;
  private static final int SHORT_LINE = 80;
  /** How far into a longer opening line a dateline's date may start. */
  private static final int LEAD = 150;
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
      Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
  private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
      + "|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  private static final String YEAR = "((?:19|20)\\d\\d)(?!\\d)";
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "(?<![\\p{L}\\d])" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+" + YEAR, Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR, Pattern.CASE_INSENSITIVE);
  private static final Pattern ISO = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)[- ](\\d\\d)[- ](\\d\\d)(?!\\d)");
  private static final Pattern NUMERIC = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d\\d)(?!\\d)");

  private DatelineFinder() {}

  /** The statement's own date as its opening lines give it, or null. */
  public static LocalDate find(String text) {
    String[] lines = text.split("\\R", HEAD_LINES + 1);
    int n = Math.min(lines.length, HEAD_LINES);
    for (int i = 0; i < n; i++) {
      String line = lines[i].strip();
      if (line.length() <= SHORT_LINE) {
        LocalDate date = parse(line);
        if (date != null) {
          return date;
        }
      }
    }
    for (int i = 0; i < n; i++) {
      String line = lines[i].strip();
      if (line.length() > SHORT_LINE) {
        Found found = first(line);
        if (found != null && found.start() <= LEAD) {
          return found.date();
        }
      }
    }
    return null;
  }

  /** The first full date of a line, or null. */
  static LocalDate parse(String line) {
    Found found = first(line);
    return found == null ? null : found.date();
  }

  private record Found(int start, LocalDate date) {}

  private static Found first(String line) {
    Found best = null;
    for (Pattern p : java.util.List.of(MONTH_DAY_YEAR, DAY_MONTH_YEAR, ISO, NUMERIC)) {
      Matcher m = p.matcher(line);
      while (m.find()) {
        LocalDate date = date(p, m);
        if (date != null) {
          if (best == null || m.start() < best.start()) {
            best = new Found(m.start(), date);
          }
          break;
        }
      }
    }
    return best;
  }

  private static LocalDate date(Pattern p, Matcher m) {
    try {
      if (p == MONTH_DAY_YEAR) {
        return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
      }
      if (p == DAY_MONTH_YEAR) {
        return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
      }
      if (p == ISO) {
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      }
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(2));
      // month first as U.S. timestamps write it, unless the first number cannot be a month ("21/06/2012")
      return a > 12 ? LocalDate.of(Integer.parseInt(m.group(3)), b, a) : LocalDate.of(Integer.parseInt(m.group(3)), a, b);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  private static int month(String written) {
    return MONTHS.get(written.substring(0, 3).toLowerCase(Locale.ROOT));
  }
}
