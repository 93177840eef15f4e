package org.communique.rules;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.communique.nlp.Sentence;

/**
 * How far a rule's pattern gets from the tokens of a phrase, for {@code why-not}.
 *
 * <p>TokensRegex has no partial-match API, so this cuts a rule's pattern into its top-level sequence
 * elements and compiles every prefix of them as a pattern of its own (with the rule files' macros).
 * A named group or a macro that is a plain sequence is opened up, so that {@code (?$name $AGENCY)}
 * gives the elements of {@code $AGENCY} ({@code $AHEAD}, ...) and a failure names the word class
 * that was missing rather than the whole name. Each prefix is tried from every token of the phrase
 * (and from up to {@link #LEAD} tokens before it, for the "the", country or honorific a rule may
 * need first, when the prefix's match reaches the phrase); the longest prefix that matches is
 * reported with the element after it, which fails there, and the token after the prefix's own match,
 * where that element was to match. Why this is sound: a pattern that matches from a token has every
 * prefix matching from it, so the first prefix that fails is a real limit; the token shown is the one
 * after the prefix's greedy match, which is where a reader should look (a shorter way of matching the
 * prefix could leave the next element another token, and it fails there too). Top-level
 * alternatives are tried each; the one that gets furthest is reported.
 */
public final class PatternProgress {
  /** Tokens before the phrase a rule's match may start at. */
  static final int LEAD = 3;

  /** One top-level element of a pattern as written, and the macro it comes from (null at the rule's own level). */
  public record Element(String text, String macro) {
    public String described() {
      return macro == null ? text : text + " (in " + macro + ")";
    }
  }

  /**
   * The furthest one alternative of a rule's pattern got from the phrase.
   *
   * @param alternative which top-level alternative (0-based) of {@code alternatives}
   * @param elements    that alternative's elements
   * @param matched     how many elements, from the first, matched
   * @param startToken  the token the match started at (-1: no element matched from any token, not even an optional one)
   * @param endToken    the token after the matched elements' match (where the next element was tried)
   */
  public record Progress(Rule rule, int alternative, int alternatives, List<Element> elements, int matched, int startToken, int endToken) {
    public boolean complete() {
      return matched == elements.size();
    }

    /** The element that failed, or null when the whole pattern matched. */
    public Element failed() {
      return complete() ? null : elements.get(matched);
    }
  }

  private final RuleSet rules;
  private final Map<String, List<List<Element>>> elementsOfRule = new HashMap<>();
  private final Map<String, TokenSequencePattern> compiled = new HashMap<>();

  public PatternProgress(RuleSet rules) {
    this.rules = rules;
  }

  /** The tokens of a sentence as the rules see them (word, tag, lemma, ner, gaz). */
  public List<CoreLabel> tokens(Sentence sentence) {
    return RuleToken.of(sentence, rules.gazetteers());
  }

  /** The elements of each top-level alternative of a rule's pattern. */
  public List<List<Element>> elements(Rule rule) {
    return elementsOfRule.computeIfAbsent(rule.id(), id -> {
      List<List<Element>> out = new ArrayList<>();
      for (List<String> alternative : split(rule.pattern().pattern())) {
        List<Element> elements = new ArrayList<>();
        alternative.forEach(e -> elements.addAll(open(e, null, 0)));
        out.add(List.copyOf(elements));
      }
      return List.copyOf(out);
    });
  }

  /** How far {@code rule} gets from the phrase of tokens [first, end) of a sentence's {@code tokens}. */
  public Progress of(Rule rule, List<CoreLabel> tokens, int first, int end) {
    List<List<Element>> alternatives = elements(rule);
    Progress best = null;
    for (int a = 0; a < alternatives.size(); a++) {
      Progress p = of(rule, a, alternatives, tokens, first, end);
      if (best == null || p.matched() > best.matched() || p.complete() && !best.complete()) {
        best = p;
      }
    }
    return best;
  }

  private Progress of(Rule rule, int alternative, List<List<Element>> alternatives, List<CoreLabel> tokens, int first, int end) {
    List<Element> elements = alternatives.get(alternative);
    int bestMatched = 0;
    int bestStart = -1;
    int bestEnd = -1;
    for (int start = Math.max(0, first - LEAD); start < end; start++) {
      List<CoreLabel> from = tokens.subList(start, tokens.size());
      int matched = 0;
      int matchEnd = start;
      boolean allOptional = true;
      for (int k = 1; k <= elements.size(); k++) {
        TokenSequencePattern prefix = prefix(elements, k);
        if (prefix == null) {
          break;
        }
        allOptional &= canBeEmpty(elements.get(k - 1).text(), 0);
        TokenSequenceMatcher m = prefix.getMatcher(from);
        // the leftmost match starts at 0 exactly when the prefix matches tokens from this one; TokensRegex
        // never reports an empty match, so a prefix of optional elements only matches nothing here
        if (m.find() && m.start() == 0) {
          matchEnd = start + m.end();
        } else if (allOptional) {
          matchEnd = start;
        } else {
          break;
        }
        matched = k;
      }
      // from before the phrase, only a match that reaches into it (or fails on its first token) is about it
      boolean aboutThePhrase = start >= first || matchEnd > first || matched < elements.size() && matchEnd == first;
      if (matched == 0 || !aboutThePhrase) {
        continue;
      }
      // the most elements; then a match of some tokens over one of optional elements only; then from inside the phrase
      boolean moreTokens = matchEnd > start && (bestStart < 0 || bestEnd == bestStart);
      boolean inside = start >= first && bestStart < first;
      if (matched > bestMatched || matched == bestMatched && (moreTokens || inside && (matchEnd > start) == (bestEnd > bestStart))) {
        bestMatched = matched;
        bestStart = start;
        bestEnd = matchEnd;
      }
    }
    return new Progress(rule, alternative, alternatives.size(), elements, bestMatched, bestStart, bestEnd);
  }

  /** The first {@code k} elements compiled as one pattern, or null when they do not compile on their own. */
  private TokenSequencePattern prefix(List<Element> elements, int k) {
    StringBuilder text = new StringBuilder();
    for (Element e : elements.subList(0, k)) {
      text.append(e.text()).append(' ');
    }
    String pattern = text.toString().strip();
    if (!compiled.containsKey(pattern)) {
      TokenSequencePattern p;
      try {
        p = rules.compile(pattern);
      } catch (RuntimeException e) {
        p = null;
      }
      compiled.put(pattern, p);
    }
    return compiled.get(pattern);
  }

  /**
   * A named or plain group without a quantifier whose inside is one sequence, and a macro whose text
   * is such a group: their elements; anything else: itself.
   */
  private List<Element> open(String element, String macro, int depth) {
    if (depth < 8 && element.startsWith("(") && closingParen(element, 0) == element.length() - 1) {
      String inner = element.substring(1, element.length() - 1).strip();
      if (inner.startsWith("?$")) {
        inner = inner.replaceFirst("^\\?\\$[A-Za-z_][A-Za-z0-9_]*\\s*", "");
      } else if (inner.startsWith("?")) {
        return List.of(new Element(element, macro));
      }
      List<List<String>> alternatives = split(inner);
      if (alternatives.size() == 1 && !alternatives.get(0).isEmpty()) {
        List<Element> out = new ArrayList<>();
        alternatives.get(0).forEach(e -> out.addAll(open(e, macro, depth + 1)));
        return out;
      }
      return List.of(new Element(element, macro));
    }
    String text = element.matches("\\$[A-Za-z_][A-Za-z0-9_]*") ? rules.macro(element) : null;
    if (depth < 8 && text != null && text.startsWith("(") && closingParen(text, 0) == text.length() - 1) {
      List<Element> inside = open(text, element, depth + 1);
      if (inside.size() > 1) {
        return inside;
      }
    }
    return List.of(new Element(element, macro));
  }

  /** Whether an element can match no token: optional, repeated from zero, or a group or macro with such an alternative. */
  private boolean canBeEmpty(String element, int depth) {
    if (depth > 8) {
      return false;
    }
    if (element.matches("(?s).*(?:[^+]\\?|\\*\\??|\\{0(?:,\\d*)?\\}\\??)$") && !element.endsWith("+?")) {
      return true;
    }
    String base = element.endsWith("+") ? element.substring(0, element.length() - 1) : element;
    if (base.matches("\\$[A-Za-z_][A-Za-z0-9_]*")) {
      String text = rules.macro(base);
      return text != null && canBeEmpty(text, depth + 1);
    }
    if (base.startsWith("(") && closingParen(base, 0) == base.length() - 1) {
      String inner = base.substring(1, base.length() - 1).strip().replaceFirst("^\\?\\$[A-Za-z_][A-Za-z0-9_]*\\s*", "");
      for (List<String> alternative : split(inner)) {
        if (alternative.stream().allMatch(e -> canBeEmpty(e, depth + 1))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A pattern's top-level alternatives, each as its elements: split at white space and "|" outside
   * brackets, braces, parentheses, /regular expressions/ and "strings"; a quantifier written apart
   * stays with its element.
   */
  static List<List<String>> split(String pattern) {
    List<List<String>> alternatives = new ArrayList<>();
    List<String> elements = new ArrayList<>();
    StringBuilder element = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '/' || c == '"') {
        int close = literalEnd(pattern, i);
        element.append(pattern, i, close + 1);
        i = close;
        continue;
      }
      if (depth == 0 && (Character.isWhitespace(c) || c == '|')) {
        flush(element, elements);
        if (c == '|') {
          alternatives.add(elements);
          elements = new ArrayList<>();
        }
        continue;
      }
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        depth--;
      }
      element.append(c);
    }
    flush(element, elements);
    alternatives.add(elements);
    return alternatives;
  }

  private static void flush(StringBuilder element, List<String> elements) {
    if (element.length() == 0) {
      return;
    }
    String e = element.toString();
    element.setLength(0);
    if (!elements.isEmpty() && e.matches("[*+?]+|\\{\\d*,?\\d*\\}\\??")) {
      elements.set(elements.size() - 1, elements.get(elements.size() - 1) + e);
    } else {
      elements.add(e);
    }
  }

  /** The index of the unescaped delimiter that closes the /regex/ or "string" opening at {@code open}. */
  private static int literalEnd(String pattern, int open) {
    char delimiter = pattern.charAt(open);
    for (int j = open + 1; j < pattern.length(); j++) {
      char c = pattern.charAt(j);
      if (c == '\\') {
        j++;
      } else if (c == delimiter) {
        return j;
      }
    }
    return pattern.length() - 1;
  }

  /** The index of the parenthesis closing the one at {@code open}, or -1. */
  private static int closingParen(String pattern, int open) {
    int depth = 0;
    for (int i = open; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '/' || c == '"') {
        i = literalEnd(pattern, i);
      } else if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        depth--;
        if (depth == 0) {
          return c == ')' ? i : -1;
        }
      }
    }
    return -1;
  }
}
