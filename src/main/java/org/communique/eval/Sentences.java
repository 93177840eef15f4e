package org.communique.eval;

import java.util.List;

/** The sentence around a span, found from punctuation and line breaks (no NLP needed). */
public final class Sentences {
  private static final int MAX = 300;

  private Sentences() {}

  public static String around(String text, List<int[]> spans) {
    if (spans.isEmpty() || text.isEmpty()) {
      return "";
    }
    int s = Math.max(0, Math.min(spans.get(0)[0], text.length()));
    int e = Math.max(s, Math.min(spans.get(0)[1], text.length()));
    int from = s;
    while (from > 0 && from > s - MAX && !boundaryBefore(text, from)) {
      from--;
    }
    int to = e;
    while (to < text.length() && to < e + MAX && !boundaryAt(text, to)) {
      to++;
    }
    if (to < text.length() && ".!?".indexOf(text.charAt(to)) >= 0) {
      to++;
    }
    while (from > 0 && from < s && !Character.isWhitespace(text.charAt(from - 1)) && !boundaryBefore(text, from)) {
      from++;
    }
    return text.substring(from, to).replaceAll("\\s+", " ").strip();
  }

  private static boolean boundaryBefore(String text, int i) {
    char prev = text.charAt(i - 1);
    if (prev == '\n') {
      return true;
    }
    return i >= 2 && Character.isWhitespace(prev) && ".!?".indexOf(text.charAt(i - 2)) >= 0
        && i < text.length() && Character.isUpperCase(text.charAt(i));
  }

  private static boolean boundaryAt(String text, int i) {
    char c = text.charAt(i);
    if (c == '\n') {
      return true;
    }
    if (".!?".indexOf(c) < 0 || i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))) {
      return false;
    }
    int j = i + 1;
    while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
      j++;
    }
    return j == text.length() || Character.isUpperCase(text.charAt(j)) || "“\"".indexOf(text.charAt(j)) >= 0;
  }
}
