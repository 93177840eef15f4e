package org.communique.records;

import java.util.List;
import org.communique.nlp.Sentence;
import org.communique.nlp.Token;

/**
 * Where the statement's meeting was held, when it says so: a place (CoreNLP LOCATION) after "in"
 * or "at" in one of the first sentences that says a meeting took place ("was held in Durban, South
 * Africa"), else the place of a dateline ("NAIROBI, 5 February 2001 -", "Jakarta, 21 December 2015").
 */
final class PlaceStage {
  private static final int SENTENCES = 6;
  private static final int DATELINE_CHARS = 120;

  String run(DocumentContext ctx) {
    List<Sentence> sentences = ctx.doc.sentences();
    for (int s = 0; s < Math.min(SENTENCES, sentences.size()); s++) {
      List<Token> tokens = sentences.get(s).tokens();
      if (tokens.stream().noneMatch(t -> ctx.gazetteers.isMeetingWord(t.lemma()))) {
        continue;
      }
      for (int i = 1; i < tokens.size(); i++) {
        String before = tokens.get(i - 1).text().toLowerCase(java.util.Locale.ROOT);
        if (tokens.get(i).ner().equals("LOCATION") && (before.equals("in") || before.equals("at"))) {
          String place = place(ctx, tokens, i);
          if (place != null) {
            return place;
          }
        }
      }
    }
    if (!sentences.isEmpty()) {
      List<Token> tokens = sentences.get(0).tokens();
      for (int i = 0; i < tokens.size() && tokens.get(i).start() < DATELINE_CHARS; i++) {
        if (tokens.get(i).ner().equals("LOCATION") && (i == 0 || isLineStart(ctx, tokens.get(i)))) {
          int end = locationEnd(tokens, i);
          if (end < tokens.size() && tokens.get(end).text().matches("[,\\-\u2013\u2014]")) {
            String place = place(ctx, tokens, i);
            if (place != null) {
              return place;
            }
          }
        }
      }
    }
    return null;
  }

  private static boolean isLineStart(DocumentContext ctx, Token t) {
    String text = ctx.doc.text();
    int k = t.start() - 1;
    while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
      k--;
    }
    return k < 0 || text.charAt(k) == '\n';
  }

  private static int locationEnd(List<Token> tokens, int i) {
    int end = i;
    while (end < tokens.size() && tokens.get(end).ner().equals("LOCATION")) {
      end++;
    }
    return end;
  }

  /**
   * The place at {@code i}, with the country after a comma that locates a city ("Durban, South
   * Africa"); null for parties rather than a place ("India-Saudi Arabia", "U.S., India").
   */
  private static String place(DocumentContext ctx, List<Token> tokens, int i) {
    int end = locationEnd(tokens, i);
    String first = ctx.doc.text().substring(tokens.get(i).start(), tokens.get(end - 1).end());
    if (ctx.gazetteers.isChain(first.replace(" ", "")) || first.contains("-") && ctx.gazetteers.country(first.substring(0, first.indexOf('-'))) != null) {
      return null;
    }
    boolean firstIsCountry = ctx.gazetteers.country(first) != null;
    if (end + 1 < tokens.size() && tokens.get(end).text().equals(",") && tokens.get(end + 1).ner().equals("LOCATION")) {
      if (firstIsCountry) {
        return null;
      }
      end = locationEnd(tokens, end + 1);
    }
    String written = ctx.doc.text().substring(tokens.get(i).start(), tokens.get(end - 1).end());
    return Names.clean(written);
  }
}
