package org.communique.records;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.communique.knowledge.OfficeHolders;
import org.communique.knowledge.OfficeTitles;
import org.communique.nlp.AnnotatedDocument;
import org.communique.nlp.Sentence;
import org.communique.nlp.Token;
import org.communique.rules.Gazetteers;
import org.communique.rules.RuleEngine;
import org.communique.rules.RuleMatch;
import org.communique.rules.TokenSpan;

/** What the record stages of one document share: the document, its rule matches, the gazetteers. */
final class DocumentContext {
  final AnnotatedDocument doc;
  final Gazetteers gazetteers;
  final OfficeHolders officeHolders;
  final OfficeTitles officeTitles;
  /** Where the stages report their decisions (off unless explain or why-not asks). */
  final StageTrace trace;
  private final Map<String, List<RuleMatch>> byFamily = new TreeMap<>();
  private final List<String[]> gazClasses = new ArrayList<>();
  private final Map<Integer, List<PartyMention>> parties = new java.util.HashMap<>();

  DocumentContext(AnnotatedDocument doc, Gazetteers gazetteers, OfficeHolders officeHolders, OfficeTitles officeTitles,
      List<RuleMatch> matches, Trace trace) {
    this.doc = doc;
    this.trace = new StageTrace(trace);
    this.gazetteers = gazetteers;
    this.officeHolders = officeHolders;
    this.officeTitles = officeTitles;
    for (RuleMatch m : matches) {
      byFamily.computeIfAbsent(m.family(), k -> new ArrayList<>()).add(m);
    }
    for (Sentence s : doc.sentences()) {
      gazClasses.add(gazetteers.classify(s.tokens()));
    }
  }

  /** Whether some sentence names {@code country}, by name or demonym. */
  boolean namesParty(String country) {
    for (int s = 0; s < doc.sentences().size(); s++) {
      for (PartyMention p : parties(s)) {
        if (p.parties().contains(country)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Countries and parties named in a sentence, in order: names, demonyms and hyphen chains. */
  List<PartyMention> parties(int sentence) {
    return parties.computeIfAbsent(sentence, this::findParties);
  }

  private List<PartyMention> findParties(int sentence) {
    List<PartyMention> out = new ArrayList<>();
    for (RuleMatch m : matches("country")) {
      if (m.span().sentence() == sentence) {
        String c = gazetteers.country(m.span().text());
        if (c != null) {
          out.add(new PartyMention(m.span(), List.of(c), false));
        }
      }
    }
    List<Token> tokens = sentence(sentence).tokens();
    for (int i = 0; i < tokens.size(); i++) {
      String word = tokens.get(i).text();
      // "Organization of American States": a word of an intergovernmental body's name names no party
      if (hasClass(sentence, i, Gazetteers.DEMONYM) && !hasClass(sentence, i, Gazetteers.COUNTRY) && !hasClass(sentence, i, Gazetteers.IGO)) {
        String c = gazetteers.country(word);
        if (c != null) {
          out.add(new PartyMention(span(sentence, i, i + 1), List.of(c), true));
        }
      } else if (hasClass(sentence, i, Gazetteers.CHAIN)) {
        List<String> chain = chainParties(tokens, i);
        if (!chain.isEmpty()) {
          out.add(new PartyMention(span(sentence, i, i + 1), chain, false));
        }
      }
    }
    out.sort(Comparator.comparingInt(p -> p.span().start()));
    return out;
  }

  /** The parties of a hyphen chain starting at token {@code i} ("U.S.-Japan-Republic" "of" "Korea"). */
  List<String> chainParties(List<Token> tokens, int i) {
    StringBuilder rest = new StringBuilder(tokens.get(i).text());
    for (int k = i + 1; k < Math.min(tokens.size(), i + 4); k++) {
      rest.append(' ').append(tokens.get(k).text());
    }
    return GroupMembers.parse(rest.toString(), gazetteers);
  }

  /** The statement's own date (sidecar, catalogue or dateline), or null. */
  java.time.LocalDate date() {
    return doc.source().date();
  }

  List<RuleMatch> matches(String family) {
    return byFamily.getOrDefault(family, List.of());
  }

  Sentence sentence(int index) {
    return doc.sentences().get(index);
  }

  Token token(int sentence, int index) {
    return doc.sentences().get(sentence).tokens().get(index);
  }

  boolean hasClass(int sentence, int token, String cls) {
    String classes = gazClasses.get(sentence)[token];
    for (int at = classes.indexOf(cls); at >= 0; at = classes.indexOf(cls, at + 1)) {
      int end = at + cls.length();
      if ((at == 0 || classes.charAt(at - 1) == ' ') && (end == classes.length() || classes.charAt(end) == ' ')) {
        return true;
      }
    }
    return false;
  }

  TokenSpan span(int sentence, int first, int end) {
    return RuleEngine.span(doc, sentence(sentence), first, end);
  }

  String text(int start, int end) {
    return doc.text().substring(start, end);
  }

  /**
   * Keeps, among spans of one kind, the longest of any that overlap (ties: earliest, then first found).
   */
  static <T> List<T> longestNonOverlapping(List<T> candidates, java.util.function.Function<T, TokenSpan> spanOf) {
    List<T> sorted = new ArrayList<>(candidates);
    sorted.sort(Comparator.comparingInt((T c) -> -spanOf.apply(c).length()).thenComparingInt(c -> spanOf.apply(c).start()));
    List<T> kept = new ArrayList<>();
    for (T c : sorted) {
      TokenSpan s = spanOf.apply(c);
      if (kept.stream().noneMatch(k -> spanOf.apply(k).overlaps(s))) {
        kept.add(c);
      }
    }
    kept.sort(Comparator.comparingInt(c -> spanOf.apply(c).start()));
    return kept;
  }
}
