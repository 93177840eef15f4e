package org.communique.properties;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.communique.TestModels;

/**
 * Inputs for the pipeline's properties, each made from a seed alone (same seed, same text):
 * random Unicode text, mixes of real sentences of the corpus, and corrupted real statements.
 * Every generated text is valid UTF-16 (made of code points), so it is written to a file as UTF-8
 * and read back unchanged.
 */
final class Generators {
  private Generators() {}

  /** The statements of corpus/ and corpus/probe/, as read (a leading BOM removed), in file-name order. */
  static final List<String> STATEMENTS = statements();

  /** Their sentences, cut naively (at blank lines, and after . ! ? before a capital). */
  static final List<String> SENTENCES = sentences(STATEMENTS);

  private static List<String> statements() {
    List<String> out = new ArrayList<>();
    for (Path dir : List.of(TestModels.CORPUS, TestModels.CORPUS.resolve("probe"))) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
          String text = Files.readString(f, StandardCharsets.UTF_8);
          out.add(text.startsWith("\uFEFF") ? text.substring(1) : text);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("no statements in " + TestModels.CORPUS);
    }
    return List.copyOf(out);
  }

  private static List<String> sentences(List<String> statements) {
    List<String> out = new ArrayList<>();
    for (String s : statements) {
      for (String paragraph : s.split("\\R\\s*\\R")) {
        for (String sentence : paragraph.strip().split("(?<=[.!?][\"\u201D\u2019)]?)\\s+(?=[\"\u201C]?\\p{Lu})")) {
          if (!sentence.isBlank()) {
            out.add(sentence.strip());
          }
        }
      }
    }
    return List.copyOf(out);
  }

  // --- (i) random Unicode text

  /** Letters of a script: {first, last} code point. */
  private static final int[][] SCRIPTS = {
      {'a', 'z'}, {'A', 'Z'}, {0x00C0, 0x024F}, {0x0391, 0x03C9}, {0x0410, 0x044F}, {0x05D0, 0x05EA}, {0x0620, 0x064A},
      {0x0905, 0x0939}, {0x0E01, 0x0E2E}, {0x1200, 0x1248}, {0x3041, 0x3096}, {0x4E00, 0x9FFF}, {0xAC00, 0xD7A3},
      {0x10400, 0x1044F}, {0x1D400, 0x1D7FF}, {0x20000, 0x2A6DF}};
  /** Combining marks: Latin, Hebrew points, Arabic harakat, symbols, Devanagari signs. */
  private static final int[][] COMBINING = {{0x0300, 0x036F}, {0x0591, 0x05BD}, {0x064B, 0x065F}, {0x20D0, 0x20F0}, {0x093C, 0x094D}};
  /** Invisible and format characters, bidi controls, and code points CoreNLP's tokenizer drops or rarely sees. */
  private static final int[] ODD = {0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2060, 0x2061,
      0x2066, 0x2067, 0x2068, 0x2069, 0xFEFF, 0x00AD, 0x061C, 0x180E, 0x034F, 0x0378, 0x0590, 0x05FF, 0x0870, 0xFFFE, 0xFFFF, 0xFFFD,
      0xE000, 0xF8FF, 0xF0000, 0x10FFFF, 0xE0001, 0xE0041, 0xFFF9, 0xFFFB, 0x1BCA0, 0x1D173, 0x2028, 0x2029, 0x0085};
  private static final String[] SPACES = {" ", " ", " ", " ", "\n", "\n\n", "\r\n", "\t", "\u00A0", "\u2003", "\u3000", "\u000B", "\u000C", "  \n  "};
  private static final String[] PUNCTUATION = {",", ";", ":", "(", ")", "[", "]", "\"", "\u201C", "\u201D", "'", "\u2019", "\u00AB", "\u00BB",
      "\u2026", "\u2013", "\u2014", "-", "/", "&", "%", "$", "@", "#", "*", "<", ">", "\\", "|", "~", "\u00A7", "\u2022", "\u060C", "\u3002"};
  private static final String[] ENDS = {".", "!", "?", "...", ".\"", ".\u201D", "?!", "\u3002", "\u061F"};
  /** Words and phrases the rules look for, so that random text sometimes forms items. */
  private static final String[] STATEMENT_WORDS = {"The United States", "Japan", "the U.S.-Japan", "U.S.", "will", "shall", "establish",
      "Working Group", "Dialogue", "Cyber", "Secretary", "Minister", "Foreign Minister", "President", "Department of State",
      "Ministry of Foreign Affairs", "July 27, 2016", "2023", "Mr.", "Dr.", "and", "of", "the", "committed to", "agreed to",
      "will hold", "meeting", "in Tokyo", "on Monday", "next year", "Ambassador", "European Union", "NATO", "GCC", "(GCC)",
      "His Excellency", "Coordinator for Cyber Issues", "Joint Statement", "both sides", "we", "They", "Task Force", "Forum"};
  private static final int[][] EMOJI = {{0x1F300, 0x1F64F}, {0x1F680, 0x1F6FF}, {0x1F900, 0x1F9FF}, {0x2600, 0x26FF}};

  /**
   * Random text: words of many scripts (Latin, Greek, Cyrillic, Hebrew and Arabic right to left,
   * Devanagari, Thai, Ethiopic, CJK, Hangul, and scripts beyond the BMP), combining marks,
   * surrogate pairs (emoji, ZWJ sequences, flags, skin tones), control and format characters,
   * unassigned and private-use code points, very long tokens, odd white space, and phrases of
   * statements; one text in three has no sentence end at all, one in ten is long (2,000–6,000
   * chars, so sentences are cut into pieces).
   */
  static String unicodeText(long seed) {
    Random r = new Random(seed);
    StringBuilder sb = new StringBuilder();
    int target = r.nextInt(10) == 0 ? 2000 + r.nextInt(4000) : 10 + r.nextInt(600);
    boolean sentenceEnds = r.nextInt(3) != 0;
    // each text draws its fragments in its own proportions, some not at all: one text is mostly
    // words, another only invisible characters and line breaks, another only emoji and marks
    int[] weights = new int[FRAGMENT_KINDS];
    int total = 0;
    while (total == 0) {
      for (int k = 0; k < weights.length; k++) {
        weights[k] = r.nextInt(3) == 0 ? 0 : 1 + r.nextInt(4);
        total += weights[k];
      }
    }
    while (sb.length() < target) {
      int pick = r.nextInt(total);
      int kind = 0;
      while (pick >= weights[kind]) {
        pick -= weights[kind++];
      }
      fragment(kind, r, sb, sentenceEnds);
    }
    return sb.toString();
  }

  private static final int FRAGMENT_KINDS = 12;

  private static void fragment(Random r, StringBuilder sb, boolean sentenceEnds) {
    fragment(r.nextInt(FRAGMENT_KINDS), r, sb, sentenceEnds);
  }

  private static void fragment(int kind, Random r, StringBuilder sb, boolean sentenceEnds) {
    switch (kind) {
      case 0 -> word(r, sb);
      case 1 -> sb.append(pick(r, STATEMENT_WORDS)).append(' ');
      case 2 -> {
        word(r, sb);
        sb.setLength(sb.length() - 1);
        for (int i = 0, n = 1 + r.nextInt(5); i < n; i++) {
          sb.appendCodePoint(in(r, pick(r, COMBINING)));
        }
        sb.append(' ');
      }
      case 3 -> surrogatePairs(r, sb);
      case 4 -> {
        int c = r.nextInt(50) == 0 ? 0 : r.nextBoolean() ? 1 + r.nextInt(0x1F) : 0x7F + r.nextInt(0x21);
        sb.appendCodePoint(c);
      }
      case 5 -> {
        for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
          sb.appendCodePoint(ODD[r.nextInt(ODD.length)]);
        }
        if (r.nextBoolean()) {
          sb.append(' ');
        }
      }
      case 6 -> longToken(r, sb);
      case 7 -> sb.append(pick(r, SPACES));
      case 8 -> sb.append(pick(r, PUNCTUATION));
      case 9 -> {
        if (sentenceEnds) {
          sb.append(pick(r, ENDS)).append(r.nextBoolean() ? " " : "\n");
        } else {
          word(r, sb);
        }
      }
      case 10 -> sb.append(switch (r.nextInt(6)) {
        case 4 -> pick(r, new String[] {"March", "Aug.", "December"}) + " " + (1 + r.nextInt(31)) + pick(r, new String[] {"-", "\u2013", " to ", " and "})
            + (1 + r.nextInt(31)) + ", " + (1990 + r.nextInt(40));
        case 5 -> (1 + r.nextInt(31)) + "-" + (1 + r.nextInt(31)) + " " + pick(r, new String[] {"June", "Feb.", "October"}) + " " + (1990 + r.nextInt(40));
        case 0 -> Integer.toString(r.nextInt(100_000));
        case 1 -> (1 + r.nextInt(12)) + "/" + (1 + r.nextInt(31)) + "/" + (1990 + r.nextInt(40));
        case 2 -> (1990 + r.nextInt(40)) + "-" + String.format(Locale.ROOT, "%02d-%02d", 1 + r.nextInt(12), 1 + r.nextInt(31));
        default -> pick(r, new String[] {"January", "Aug.", "Sept.", "spring", "Monday"}) + " " + (1 + r.nextInt(31)) + ", " + (1990 + r.nextInt(40));
      }).append(' ');
      default -> { // a line of its own
        sb.append(pick(r, new String[] {"\n\n", "\n", "\r\n\r\n"}));
        for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
          fragment(r.nextInt(FRAGMENT_KINDS - 1), r, sb, sentenceEnds);
        }
        sb.append(pick(r, new String[] {"\n\n", "\n", "\r\n\r\n"}));
      }
    }
  }

  private static void word(Random r, StringBuilder sb) {
    int[] script = pick(r, SCRIPTS);
    for (int i = 0, n = 1 + r.nextInt(12); i < n; i++) {
      int c = in(r, script);
      sb.appendCodePoint(i == 0 && r.nextInt(3) == 0 ? Character.toUpperCase(c) : c);
    }
    sb.append(' ');
  }

  private static void surrogatePairs(Random r, StringBuilder sb) {
    switch (r.nextInt(4)) {
      case 0 -> sb.appendCodePoint(in(r, pick(r, EMOJI)));
      case 1 -> sb.appendCodePoint(0x1F468).appendCodePoint(0x200D).appendCodePoint(0x1F469).appendCodePoint(0x200D).appendCodePoint(0x1F467);
      case 2 -> sb.appendCodePoint(0x1F1E6 + r.nextInt(26)).appendCodePoint(0x1F1E6 + r.nextInt(26));
      default -> sb.appendCodePoint(0x1F44D).appendCodePoint(0x1F3FB + r.nextInt(5));
    }
    if (r.nextBoolean()) {
      sb.append(' ');
    }
  }

  private static void longToken(Random r, StringBuilder sb) {
    int n = 200 + r.nextInt(3000);
    switch (r.nextInt(5)) {
      case 0 -> sb.append("a".repeat(n));
      case 1 -> {
        int[] script = pick(r, SCRIPTS);
        for (int i = 0; i < n; i++) {
          sb.appendCodePoint(in(r, script));
        }
      }
      case 2 -> sb.append("-".repeat(n));
      case 3 -> sb.append("1234567890".repeat(n / 10 + 1));
      default -> sb.append("U.S.".repeat(n / 4 + 1));
    }
    sb.append(' ');
  }

  // --- (ii) mixes of real sentences

  /** 1–40 sentences of the corpus in random order, joined by spaces, line breaks or blank lines, some as bare headlines. */
  static String sentenceMix(long seed) {
    Random r = new Random(seed);
    StringBuilder sb = new StringBuilder();
    for (int i = 0, n = 1 + r.nextInt(40); i < n; i++) {
      String s = SENTENCES.get(r.nextInt(SENTENCES.size()));
      if (r.nextInt(8) == 0) {
        s = s.replaceAll("[.!?\"\u201D]+$", ""); // a headline
      }
      sb.append(s).append(pick(r, new String[] {" ", " ", " ", "\n", "\n\n", "\r\n\r\n", "  "}));
    }
    return sb.toString();
  }

  // --- (iii) corrupted real statements

  /**
   * A statement of the corpus with 1–8 corruptions: a span deleted, duplicated elsewhere or
   * swapped with another, random characters inserted (from the Unicode generator), the text cut
   * short at either end, a span's case changed, line breaks and spaces exchanged, punctuation
   * taken out.
   */
  static String corruptedStatement(long seed) {
    Random r = new Random(seed);
    StringBuilder sb = new StringBuilder(STATEMENTS.get(r.nextInt(STATEMENTS.size())));
    for (int k = 0, n = 1 + r.nextInt(8); k < n && sb.length() > 0; k++) {
      int a = r.nextInt(sb.length() + 1);
      int b = Math.min(sb.length(), a + r.nextInt(300));
      switch (r.nextInt(9)) {
        case 0 -> sb.delete(a, b);
        case 1 -> sb.insert(r.nextInt(sb.length() + 1), sb.substring(a, b));
        case 2 -> {
          int c = r.nextInt(sb.length() + 1);
          int d = Math.min(sb.length(), c + r.nextInt(300));
          if (b <= c || d <= a) {
            int[] first = b <= c ? new int[] {a, b} : new int[] {c, d};
            int[] second = b <= c ? new int[] {c, d} : new int[] {a, b};
            String x = sb.substring(first[0], first[1]);
            String y = sb.substring(second[0], second[1]);
            sb.replace(second[0], second[1], x);
            sb.replace(first[0], first[1], y);
          }
        }
        case 3 -> {
          StringBuilder noise = new StringBuilder();
          for (int i = 0, m = 1 + r.nextInt(6); i < m; i++) {
            fragment(r, noise, true);
          }
          sb.insert(a, noise);
        }
        case 4 -> {
          if (r.nextBoolean()) {
            sb.setLength(a);
          } else {
            sb.delete(0, a);
          }
        }
        case 5 -> {
          String span = sb.substring(a, b);
          sb.replace(a, b, switch (r.nextInt(3)) {
            case 0 -> span.toUpperCase(Locale.ROOT);
            case 1 -> span.toLowerCase(Locale.ROOT);
            default -> titleCase(span);
          });
        }
        case 6 -> {
          String span = sb.substring(a, b);
          sb.replace(a, b, r.nextBoolean() ? span.replace(' ', '\n') : span.replaceAll("\\R", " "));
        }
        case 7 -> sb.replace(a, b, sb.substring(a, b).replaceAll("\\p{P}", ""));
        default -> sb.replace(a, b, sb.substring(a, b).replace('"', '\u201C').replace('\'', '\u2019'));
      }
    }
    return validUtf16(sb.toString());
  }

  private static String titleCase(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean start = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      out.append(start ? Character.toUpperCase(c) : c);
      start = Character.isWhitespace(c);
    }
    return out.toString();
  }

  /** Cuts made between the halves of a surrogate pair leave lone halves: they become U+FFFD. */
  static String validUtf16(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        out.append(c).append(s.charAt(++i));
      } else {
        out.append(Character.isSurrogate(c) ? '\uFFFD' : c);
      }
    }
    return out.toString();
  }

  // --- helpers

  private static <T> T pick(Random r, T[] options) {
    return options[r.nextInt(options.length)];
  }

  private static int in(Random r, int[] range) {
    return range[0] + r.nextInt(range[1] - range[0] + 1);
  }
}
