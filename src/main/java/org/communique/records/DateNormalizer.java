package org.communique.records;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ISO 8601 values of date expressions: fixed by the text alone, or by the document's own date
 * for partial and relative ones. Returns null when neither fixes the value.
 */
public final class DateNormalizer {
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
      Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
  private static final String MONTH = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?";
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
  private static final Pattern MONTH_DAYS_YEAR = Pattern.compile(
      MONTH + "\\s+" + DAY + "(?:\\s*(?:-|–|and|to|through)\\s*" + DAY + ")?(?:\\s*,?\\s*((?:19|20)\\d\\d))?", Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      DAY + "(?:\\s*(?:-|–|and|to)\\s*" + DAY + ")?\\s+(?:of\\s+)?" + MONTH + "(?:\\s*,?\\s*((?:19|20)\\d\\d))?", Pattern.CASE_INSENSITIVE);
  /** "Friday, March 3, 2023": the weekday adds nothing to the value. */
  private static final Pattern WEEKDAY_PREFIX = Pattern.compile(
      "^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\\.?,?\\s+(?=\\d|[A-Z])", Pattern.CASE_INSENSITIVE);
  /** "the third quarter of 2012", "the first four months of 2023": a part of a year that the text names. */
  private static final Pattern PART_OF_YEAR = Pattern.compile(
      "(?:the\\s+)?(first|second|third|fourth|last)\\s+(?:(quarter)|(two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\s+months)\\s+of\\s+((?:19|20)\\d\\d)",
      Pattern.CASE_INSENSITIVE);
  private static final List<String> COUNTS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");
  /** "the second half of 2006", "the first half of the year". */
  private static final Pattern HALF_YEAR = Pattern.compile(
      "(?:the\\s+)?(first|second)\\s+half\\s+of\\s+(?:((?:19|20)\\d\\d)|(the|this|next|last)\\s+year)", Pattern.CASE_INSENSITIVE);
  /** "April last year". */
  private static final Pattern MONTH_RELATIVE_YEAR = Pattern.compile(MONTH + "\\s+(last|next|this)\\s+year", Pattern.CASE_INSENSITIVE);
  /** "Wednesday and Thursday": two days, no one value. */
  private static final Pattern WEEKDAY_PAIR = Pattern.compile("\\S+\\s+(?:and|or|to)\\s+\\S+");
  private static final Pattern MONTH_YEAR = Pattern.compile(MONTH + "\\s*(?:,|\\s+of)?\\s+((?:19|20)\\d\\d)", Pattern.CASE_INSENSITIVE);
  private static final Pattern RELATIVE_MONTH = Pattern.compile("(last|next|this|early|late)\\s+" + MONTH, Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_ONLY = Pattern.compile(MONTH, Pattern.CASE_INSENSITIVE);
  private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})/(\\d{1,2})/((?:19|20)?\\d\\d)");
  /** "27.05.14": day, month and year, as Europe writes them. */
  private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)?\\d\\d)");
  private static final Pattern YEAR_RANGE = Pattern.compile("((?:19|20)\\d\\d)\\s*(?:[-–]|\\s(?:to|through|until|and)\\s)\\s*((?:19|20)\\d\\d)");
  private static final Pattern ISO_DATE = Pattern.compile("((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)");
  /** "summer of 2024": the year is what the text fixes (ISO has no seasons). */
  private static final Pattern SEASON_YEAR = Pattern.compile("(?:spring|summer|autumn|fall|winter)\\s+(?:of\\s+)?((?:19|20)\\d\\d)", Pattern.CASE_INSENSITIVE);
  private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d\\d)");
  /** "this weekend", "over the weekend", "last weekend": a Saturday and Sunday near the statement's date. */
  private static final Pattern WEEKEND = Pattern.compile("(?:(?:the\\s+)?(last|past|next|this|coming)|over\\s+the)\\s+weekend", Pattern.CASE_INSENSITIVE);
  /** "later in the week", "earlier this month": within the statement's own week, month or year. */
  private static final Pattern WITHIN = Pattern.compile("(?:later|earlier)\\s+(?:in\\s+the|this)\\s+(week|month|year)", Pattern.CASE_INSENSITIVE);
  private static final Pattern RELATIVE = Pattern.compile("(?:the\\s+)?(?:(?:later|earlier|early|late)\\s+)?(last|past|next|this|coming)\\s+(week|month|year)", Pattern.CASE_INSENSITIVE);
  private static final Pattern SPACED_SEPARATOR = Pattern.compile("(?<=\\d)\\s*([/.])\\s*(?=\\d)");
  private static final Pattern DOTTED_DAY = Pattern.compile("^(\\d{1,2})\\.\\s+(?=\\p{L})");
  private static final Pattern RELATIVE_WEEKDAY = Pattern.compile("(last|next|this)\\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)", Pattern.CASE_INSENSITIVE);
  private static final Pattern WEEKDAY = Pattern.compile("(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)", Pattern.CASE_INSENSITIVE);

  private DateNormalizer() {}

  private static String crossMonth(int firstDay, int firstMonth, int lastDay, int lastMonth, String writtenYear, LocalDate docDate, boolean future) {
    Integer year = writtenYear != null ? Integer.valueOf(writtenYear) : docDate == null ? null : inferYear(firstMonth, docDate, future);
    if (year == null) {
      return null;
    }
    LocalDate first = LocalDate.of(year, firstMonth, firstDay);
    LocalDate last = LocalDate.of(lastMonth < firstMonth ? year + 1 : year, lastMonth, lastDay);
    return interval(first, last);
  }

  /** "Wednesday 11": the day of that number, in the statement's month or the one before or after, that falls on that weekday. */
  private static String weekdayAndDay(DayOfWeek weekday, int day, LocalDate docDate) {
    for (int shift : new int[] {0, 1, -1}) {
      YearMonth month = YearMonth.from(docDate).plusMonths(shift);
      if (day <= month.lengthOfMonth() && month.atDay(day).getDayOfWeek() == weekday) {
        return month.atDay(day).toString();
      }
    }
    return null;
  }

  public static String normalize(String text, LocalDate docDate) {
    return normalize(text, docDate, false);
  }

  /**
   * The value of a date expression; {@code future} when its sentence speaks of what is to come
   * ("will publish a report in June"), so that a month or weekday without a year is the next one.
   */
  public static String normalize(String text, LocalDate docDate, boolean future) {
    try {
      return value(text.strip(), docDate, future);
    } catch (java.time.DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  /** "the end of April", "Thursday morning": the month or day they fall in. */
  private static final Pattern PART_OF = Pattern.compile(
      "^(?:the\\s+)?(?:end|beginning|start|middle)\\s+of\\s+|\\s+(?:morning|afternoon|evening|night)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern WEEKDAY_DAY = Pattern.compile(
      "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\s+(\\d{1,2})(?:st|nd|rd|th)?", Pattern.CASE_INSENSITIVE);

  /** "28 June to 4 July, 2001", "June 28 to July 4": a range across two months. */
  private static final Pattern CROSS_MONTH_DM = Pattern.compile(
      DAY + "\\s+" + MONTH + "\\s*(?:-|–|to|until|through)\\s*" + DAY + "\\s+" + MONTH + "(?:\\s*,?\\s*((?:19|20)\\d\\d))?", Pattern.CASE_INSENSITIVE);
  private static final Pattern CROSS_MONTH_MD = Pattern.compile(
      MONTH + "\\s+" + DAY + "\\s*(?:-|–|to|until|through)\\s*" + MONTH + "\\s+" + DAY + "(?:\\s*,?\\s*((?:19|20)\\d\\d))?", Pattern.CASE_INSENSITIVE);
  /** "early 2024", "earlier today": the year or day they fall in. */
  private static final Pattern VAGUE_PREFIX = Pattern.compile("^(?:early|late|mid|earlier|later)[\\s-]+(?=(?:19|20)\\d\\d$|today$|yesterday$|tomorrow$)", Pattern.CASE_INSENSITIVE);

  /**
   * "July 27-28, 2016": {@code 2016-07-27/2016-07-28}. A range whose last day comes before its
   * first in the same month ("March 25-11, 2025", "25-3 October 1996") fixes no interval: null
   * (an ISO interval may not end before it starts, and which month or year the last day is in
   * would be a guess).
   */
  private static String interval(LocalDate first, LocalDate last) {
    return last.isBefore(first) ? null : first + "/" + last;
  }

  private static String value(String written, LocalDate docDate, boolean future) {
    written = PART_OF.matcher(written).replaceAll("");
    written = VAGUE_PREFIX.matcher(written.strip()).replaceFirst("");
    Matcher cross = CROSS_MONTH_DM.matcher(written);
    if (cross.matches()) {
      return crossMonth(Integer.parseInt(cross.group(1)), month(cross.group(2)), Integer.parseInt(cross.group(3)), month(cross.group(4)),
          cross.group(5), docDate, future);
    }
    cross = CROSS_MONTH_MD.matcher(written);
    if (cross.matches()) {
      return crossMonth(Integer.parseInt(cross.group(2)), month(cross.group(1)), Integer.parseInt(cross.group(4)), month(cross.group(3)),
          cross.group(5), docDate, future);
    }
    Matcher wd = WEEKDAY_DAY.matcher(written);
    if (wd.matches()) {
      return docDate == null ? null : weekdayAndDay(DayOfWeek.valueOf(wd.group(1).toUpperCase(Locale.ROOT)), Integer.parseInt(wd.group(2)), docDate);
    }
    Matcher part = PART_OF_YEAR.matcher(written);
    if (part.matches()) {
      int year = Integer.parseInt(part.group(4));
      String which = part.group(1).toLowerCase(Locale.ROOT);
      int months = part.group(2) != null ? 3 : part.group(3).matches("\\d+") ? Integer.parseInt(part.group(3))
          : COUNTS.indexOf(part.group(3).toLowerCase(Locale.ROOT)) + 1;
      int first;
      if (which.equals("last")) {
        first = 13 - months;
      } else if (part.group(2) != null) {
        first = 1 + 3 * List.of("first", "second", "third", "fourth").indexOf(which);
      } else if (which.equals("first")) {
        first = 1;
      } else {
        return null; // "the second four months of 2023": no such reading
      }
      int last = first + months - 1;
      return months < 1 || last > 12 ? null : String.format("%d-%02d/%d-%02d", year, first, year, last);
    }
    Matcher half = HALF_YEAR.matcher(written);
    if (half.matches()) {
      Integer year = half.group(2) != null ? Integer.valueOf(half.group(2)) : docDate == null ? null
          : docDate.getYear() + switch (half.group(3).toLowerCase(Locale.ROOT)) {
            case "next" -> 1;
            case "last" -> -1;
            default -> 0;
          };
      if (year == null) {
        return null;
      }
      return half.group(1).equalsIgnoreCase("first") ? year + "-01/" + year + "-06" : year + "-07/" + year + "-12";
    }
    Matcher relYear = MONTH_RELATIVE_YEAR.matcher(written);
    if (relYear.matches()) {
      if (docDate == null) {
        return null;
      }
      int shift = switch (relYear.group(2).toLowerCase(Locale.ROOT)) {
        case "next" -> 1;
        case "last" -> -1;
        default -> 0;
      };
      return YearMonth.of(docDate.getYear() + shift, month(relYear.group(1))).toString();
    }
    if (WEEKDAY_PAIR.matcher(written).matches() && WEEKDAY.matcher(written.split("\\s+")[0]).matches()) {
      return null;
    }
    String t = WEEKDAY_PREFIX.matcher(written).replaceFirst("");
    t = SPACED_SEPARATOR.matcher(t).replaceAll("$1"); // "01 / 02 / 2022", "29. 1. 2015"
    t = DOTTED_DAY.matcher(t).replaceFirst("$1 "); // "21. November 2024"
    Matcher m = NUMERIC.matcher(t);
    if (m.matches()) {
      int year = Integer.parseInt(m.group(3));
      year = year < 100 ? 2000 + year : year;
      int first = Integer.parseInt(m.group(1));
      int second = Integer.parseInt(m.group(2));
      // month first as U.S. statements write it, unless the first number cannot be a month ("31/08/00"), or
      // the day-first reading is the one nearer the statement's own date ("01/02/2022" of a statement of February 2022)
      if (first > 12) {
        return LocalDate.of(year, second, first).toString();
      }
      LocalDate monthFirst = LocalDate.of(year, first, second);
      if (second <= 12 && docDate != null) {
        LocalDate dayFirst = LocalDate.of(year, second, first);
        long toMonthFirst = Math.abs(java.time.temporal.ChronoUnit.DAYS.between(docDate, monthFirst));
        long toDayFirst = Math.abs(java.time.temporal.ChronoUnit.DAYS.between(docDate, dayFirst));
        return (toDayFirst < toMonthFirst ? dayFirst : monthFirst).toString();
      }
      return monthFirst.toString();
    }
    m = DOTTED.matcher(t);
    if (m.matches()) {
      int year = Integer.parseInt(m.group(3));
      return LocalDate.of(year < 100 ? 2000 + year : year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))).toString();
    }
    m = ISO_DATE.matcher(t);
    if (m.matches()) {
      return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))).toString();
    }
    m = YEAR_RANGE.matcher(t);
    if (m.matches()) {
      return Integer.parseInt(m.group(2)) < Integer.parseInt(m.group(1)) ? null : m.group(1) + "/" + m.group(2);
    }
    m = RELATIVE_MONTH.matcher(t);
    if (m.matches()) {
      if (docDate == null) {
        return null;
      }
      int month = month(m.group(2));
      String which = m.group(1).toLowerCase(Locale.ROOT);
      int year = switch (which) {
        case "last" -> month < docDate.getMonthValue() ? docDate.getYear() : docDate.getYear() - 1;
        case "next" -> month > docDate.getMonthValue() ? docDate.getYear() : docDate.getYear() + 1;
        case "this" -> docDate.getYear(); // "this November": the statement's own year
        default -> inferYear(month, docDate, future);
      };
      return YearMonth.of(year, month).toString();
    }
    m = MONTH_DAYS_YEAR.matcher(t);
    if (m.matches()) {
      int month = month(m.group(1));
      Integer year = m.group(4) != null ? Integer.valueOf(m.group(4)) : docDate == null ? null : inferYear(month, docDate, future);
      if (year == null) {
        return null;
      }
      LocalDate first = LocalDate.of(year, month, Integer.parseInt(m.group(2)));
      return m.group(3) == null ? first.toString() : interval(first, LocalDate.of(year, month, Integer.parseInt(m.group(3))));
    }
    m = DAY_MONTH_YEAR.matcher(t);
    if (m.matches()) {
      int month = month(m.group(3));
      Integer year = m.group(4) != null ? Integer.valueOf(m.group(4)) : docDate == null ? null : inferYear(month, docDate, future);
      if (year == null) {
        return null;
      }
      LocalDate first = LocalDate.of(year, month, Integer.parseInt(m.group(1)));
      return m.group(2) == null ? first.toString() : interval(first, LocalDate.of(year, month, Integer.parseInt(m.group(2))));
    }
    m = MONTH_YEAR.matcher(t);
    if (m.matches()) {
      return YearMonth.of(Integer.parseInt(m.group(2)), month(m.group(1))).toString();
    }
    m = SEASON_YEAR.matcher(t);
    if (m.matches()) {
      return m.group(1);
    }
    m = YEAR.matcher(t);
    if (m.matches()) {
      return m.group(1);
    }
    if (docDate == null) {
      return null;
    }
    m = MONTH_ONLY.matcher(t);
    if (m.matches()) {
      int month = month(m.group(1));
      return YearMonth.of(inferYear(month, docDate, future), month).toString();
    }
    m = RELATIVE_WEEKDAY.matcher(t);
    if (m.matches()) {
      // "last Friday": the one before the statement's date; "next Monday": the one after
      DayOfWeek day = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
      return switch (m.group(1).toLowerCase(Locale.ROOT)) {
        case "last" -> docDate.with(TemporalAdjusters.previous(day)).toString();
        case "next" -> docDate.with(TemporalAdjusters.next(day)).toString();
        default -> docDate.with(future ? TemporalAdjusters.nextOrSame(day) : TemporalAdjusters.previousOrSame(day)).toString();
      };
    }
    m = WEEKDAY.matcher(t);
    if (m.matches()) {
      DayOfWeek day = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
      return docDate.with(future ? TemporalAdjusters.nextOrSame(day) : TemporalAdjusters.previousOrSame(day)).toString();
    }
    m = WEEKEND.matcher(t);
    if (m.matches()) {
      LocalDate saturday = docDate.with(DayOfWeek.SATURDAY); // of the statement's ISO week (Monday to Sunday)
      boolean weekend = docDate.getDayOfWeek() == DayOfWeek.SATURDAY || docDate.getDayOfWeek() == DayOfWeek.SUNDAY;
      String which = m.group(1) == null ? "last" : m.group(1).toLowerCase(Locale.ROOT);
      // "met in Yokohama this weekend" in a Monday's report: the weekend just gone, unless said of what is to come
      boolean gone = Set.of("last", "past").contains(which) || which.equals("this") && !future;
      if (gone && !weekend) {
        saturday = saturday.minusWeeks(1);
      } else if (Set.of("next", "coming").contains(which) && weekend) {
        saturday = saturday.plusWeeks(1);
      }
      return saturday + "/" + saturday.plusDays(1);
    }
    m = WITHIN.matcher(t);
    if (m.matches()) {
      return switch (m.group(1).toLowerCase(Locale.ROOT)) {
        case "week" -> String.format("%d-W%02d", docDate.get(IsoFields.WEEK_BASED_YEAR), docDate.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        case "month" -> YearMonth.from(docDate).toString();
        default -> Integer.toString(docDate.getYear());
      };
    }
    m = RELATIVE.matcher(t);
    if (m.matches()) {
      int shift = switch (m.group(1).toLowerCase(Locale.ROOT)) {
        case "last", "past" -> -1;
        case "next", "coming" -> 1;
        default -> 0;
      };
      return switch (m.group(2).toLowerCase(Locale.ROOT)) {
        case "week" -> {
          LocalDate d = docDate.plusWeeks(shift);
          yield String.format("%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }
        case "month" -> YearMonth.from(docDate).plusMonths(shift).toString();
        default -> Integer.toString(docDate.getYear() + shift);
      };
    }
    if (t.equalsIgnoreCase("today")) {
      return docDate.toString();
    }
    if (t.equalsIgnoreCase("yesterday")) {
      return docDate.minusDays(1).toString();
    }
    if (t.equalsIgnoreCase("tomorrow")) {
      return docDate.plusDays(1).toString();
    }
    return null;
  }

  /**
   * A month named without a year is the latest such month not far after the document date, or,
   * said of what is to come, the first such month from the document's own.
   */
  private static int inferYear(int month, LocalDate docDate, boolean future) {
    if (future) {
      return month >= docDate.getMonthValue() ? docDate.getYear() : docDate.getYear() + 1;
    }
    return month > docDate.getMonthValue() + 2 ? docDate.getYear() - 1 : docDate.getYear();
  }

  private static int month(String name) {
    return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
  }
}
