package org.communique.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Splits a text into sentence spans with OpenNLP. Line breaks that end a headline or a paragraph
 * are hard boundaries: the model only ever sees one block of running text at a time.
 * {@link SentenceDetectorME} keeps state, so each thread gets its own.
 */
public final class SentenceSplitter {
  /** A block ends at a blank line or at a line without closing punctuation (a title, a dateline). */
  private static final Pattern LINE = Pattern.compile("[^\\r\\n]+");
  private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?:;\"”’)]\\s*$");

  private final ThreadLocal<SentenceDetectorME> detector;

  public SentenceSplitter(SentenceModel model) {
    this.detector = ThreadLocal.withInitial(() -> new SentenceDetectorME(model));
  }

  /** Sentence spans over {@code text}, trimmed of surrounding white space, in order. */
  public List<Span> split(String text) {
    List<Span> out = new ArrayList<>();
    for (Span block : blocks(text)) {
      String blockText = text.substring(block.getStart(), block.getEnd());
      if (isHeadline(blockText)) {
        out.add(block);
        continue;
      }
      Span previous = null;
      for (Span s : detector.get().sentPosDetect(blockText)) {
        Span shifted = trim(text, block.getStart() + s.getStart(), block.getStart() + s.getEnd());
        if (shifted == null) {
          continue;
        }
        if (previous != null && continuesAfterAbbreviation(text, previous, shifted)) {
          shifted = new Span(previous.getStart(), shifted.getEnd());
          out.remove(out.size() - 1);
        }
        out.add(shifted);
        previous = shifted;
      }
    }
    List<Span> unglued = new ArrayList<>();
    out.forEach(span -> unglued.addAll(unglue(text, span)));
    return unglued;
  }

  /** A sentence end with its space lost in copying: "... Higher Committee.Representatives from each country ...". */
  private static final Pattern GLUED_END = Pattern.compile("(?<=\\p{Ll}{3})[.!?](?=\\p{Lu}\\p{Ll}{2,}\\b)");

  private static List<Span> unglue(String text, Span span) {
    List<Span> parts = new ArrayList<>();
    Matcher m = GLUED_END.matcher(text).region(span.getStart(), span.getEnd());
    int start = span.getStart();
    while (m.find()) {
      parts.add(new Span(start, m.end()));
      start = m.end();
    }
    parts.add(new Span(start, span.getEnd()));
    return parts;
  }

  /**
   * An abbreviation before the full stop: a title or month cut short ("Dr.", "Gen.", "Sept."), an initial, or letters with
   * full stops ("U.S."). A short capitalised word is none: "... met in Lima." ends its sentence.
   */
  private static final Pattern ABBREVIATION_END = Pattern.compile("(?s).*\\b(?:(?:Mr|Mrs|Ms|Messrs|Dr|Prof|Rt|Pres|Asst|Gen|Lt|Col|Maj|Capt|Cdr|Adm|Sgt|Sen|"
      + "Rep|Gov|Amb|Hon|Rev|Fr|Jr|Sr|St|Mt|Ft|No|Nos|Vol|Art|Sec|Para|Dept|Govt|Min|Inc|Ltd|Co|Corp|Bros|Jan|Feb|Mar|Apr|Jun|Jul|"
      + "Aug|Sep|Sept|Oct|Nov|Dec|[A-Z])\\.|(?:[A-Z]\\.){2,}|[A-Z]+-(?:[A-Z]\\.){2,})$");
  private static final Pattern DAY_NUMBER_END = Pattern.compile("(?s).*\\s(?:0?[1-9]|[12][0-9]|3[01])\\.$");
  private static final Pattern DATE_GOES_ON = Pattern.compile(
      "(?:\\d{1,2}\\.\\s*(?:19|20)\\d\\d|January|February|March|April|May|June|July|August|September|October|November|December)\\b");
  private static final Pattern SENTENCE_OPENER = Pattern.compile(
      "(?:The|This|These|That|Those|It|Its|We|Our|They|Their|He|His|She|Her|I|In|On|At|As|By|For|From|With|A|An|Both|"
          + "There|However|Additionally|Furthermore|Moreover|Also|Officials|Participants|Today|During|After|Before|While)\\b.*", Pattern.DOTALL);

  /**
   * "on Aug." + "10 was the ...", "the GCC-U.S." + "Strategic Partnership": a break after an
   * abbreviation is none when what follows does not open a sentence.
   */
  private static boolean continuesAfterAbbreviation(String text, Span previous, Span next) {
    String prev = text.substring(previous.getStart(), previous.getEnd());
    String rest = text.substring(next.getStart(), next.getEnd());
    char first = rest.charAt(0);
    if (DAY_NUMBER_END.matcher(prev).matches() && DATE_GOES_ON.matcher(rest).lookingAt()) {
      return true; // "on 21. November 2024", "of 29. 1. 2015": a day written with a full stop
    }
    return ABBREVIATION_END.matcher(prev).matches()
        && (Character.isDigit(first) || Character.isLowerCase(first) || !SENTENCE_OPENER.matcher(rest).matches());
  }

  /**
   * Blocks of running text. A blank line ends a block; so does a line without closing punctuation
   * that stands alone (before a blank line) or is title-cased: a headline, a dateline, a byline.
   * Other lines are wrapped text and join the next one.
   */
  static List<Span> blocks(String text) {
    List<Span> blocks = new ArrayList<>();
    Matcher m = LINE.matcher(text);
    int blockStart = -1;
    int blockEnd = -1;
    while (m.find()) {
      String line = m.group();
      if (line.isBlank()) {
        continue;
      }
      boolean contiguous = blockStart >= 0 && isSingleBreak(text, blockEnd, m.start());
      if (blockStart >= 0 && !contiguous) {
        blocks.add(new Span(blockStart, blockEnd));
        blockStart = -1;
      }
      if (blockStart < 0) {
        blockStart = m.start();
      }
      blockEnd = m.end();
      boolean unpunctuated = !ENDS_SENTENCE.matcher(line).matches();
      if (unpunctuated && (standsAlone(text, m.end()) || isTitleCased(line))) {
        blocks.add(new Span(blockStart, blockEnd));
        blockStart = -1;
      }
    }
    if (blockStart >= 0) {
      blocks.add(new Span(blockStart, blockEnd));
    }
    return blocks;
  }

  private static final Pattern FUNCTION_WORD = Pattern.compile("(?i)of|the|and|on|for|in|at|to|a|an|with|by|as|&|-|–");

  /** Most content words capitalised (or numbers): "Office of the Spokesperson", "July 27, 2016". */
  private static boolean isTitleCased(String line) {
    int content = 0;
    int capitalised = 0;
    for (String w : line.strip().split("\\s+")) {
      if (w.isEmpty() || FUNCTION_WORD.matcher(w).matches()) {
        continue;
      }
      content++;
      char c = w.charAt(0);
      if (!Character.isLetter(c) || Character.isUpperCase(c)) {
        capitalised++;
      }
    }
    return content > 0 && content <= 20 && capitalised * 5 >= content * 4;
  }

  /** The line is followed by a blank line or by the end of the text. */
  private static boolean standsAlone(String text, int lineEnd) {
    int i = lineEnd;
    int breaks = 0;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      if (text.charAt(i) == '\n') {
        breaks++;
      }
      i++;
    }
    return i == text.length() || breaks >= 2;
  }

  /** One line without closing punctuation: a title or dateline, never split inside. */
  private static boolean isHeadline(String block) {
    return block.indexOf('\n') < 0 && !block.stripTrailing().matches("(?s).*[.!?:;\"”’)]$");
  }

  private static boolean isSingleBreak(String text, int from, int to) {
    String gap = text.substring(from, to);
    return gap.chars().filter(c -> c == '\n').count() <= 1 && !gap.contains("\r\r");
  }

  private static Span trim(String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return start < end ? new Span(start, end) : null;
  }
}
