package org.communique.records;

import java.util.ArrayList;
import java.util.List;
import org.communique.nlp.Sentence;
import org.communique.nlp.Token;
import org.communique.rules.RuleMatch;
import org.communique.rules.TokenSpan;

/** "(ACRONYM)" after a name: the acronym becomes an alias, and its other uses become mentions. */
final class Acronyms {
  private final List<RuleMatch> matches;

  Acronyms(DocumentContext ctx) {
    this.matches = ctx.matches("acronym");
  }

  /**
   * "Council of Ministers of the Economic Cooperation Organization (ECO)": an acronym that spells the gazetteer body closing
   * a longer name is that body's, not the longer name's.
   */
  private static boolean initialsOfAnInnerBody(DocumentContext ctx, Item item, TokenSpan span, String acronym) {
    for (RuleMatch k : ctx.matches("agency")) {
      TokenSpan b = k.span();
      if (k.ruleId().equals(org.communique.rules.RuleEngine.KNOWN_AGENCY_RULE) && b.sentence() == span.sentence()
          && b.end() == span.end() && b.start() > span.start() && initials(b.text()).equals(acronym.replace(".", ""))) {
        return true;
      }
    }
    return false;
  }

  private static String initials(String name) {
    StringBuilder out = new StringBuilder();
    for (String w : name.split("[\\s-]+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        out.append(w.charAt(0));
      }
    }
    return out.toString();
  }

  /** Gives {@code item} (of record {@code type}) the acronyms written right after any of its mentions, with their uses. */
  void attach(Item item, DocumentContext ctx, String type) {
    List<String> found = new ArrayList<>();
    for (TokenSpan span : List.copyOf(item.spans)) {
      for (RuleMatch m : matches) {
        TokenSpan shortForm = m.slot("short");
        TokenSpan longForm = m.slot("long");
        if (shortForm != null && longForm != null && longForm.end() == span.end() && !found.contains(shortForm.text())
            && !initialsOfAnInnerBody(ctx, item, span, shortForm.text())) {
          found.add(shortForm.text());
        }
      }
    }
    for (String acronym : found) {
      ctx.trace.item(type, Decision.Kind.ALIAS, item, () -> "\"" + acronym + "\": the acronym in parentheses after a mention; its other uses are mentions");
      for (Sentence s : ctx.doc.sentences()) {
        for (Token t : s.tokens()) {
          if (t.text().equals(acronym)) {
            item.mention(ctx.span(s.index(), t.index(), t.index() + 1), acronym);
          }
        }
      }
    }
  }
}
