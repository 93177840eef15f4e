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

  /** Gives {@code item} (of record {@code type}) the acronyms written right after any of its mentions, with their uses. */
  void attach(Item item, DocumentContext ctx, String type) {
    List<String> found = new ArrayList<>();
    for (TokenSpan span : List.copyOf(item.spans)) {
      for (RuleMatch m : matches) {
        TokenSpan shortForm = m.slot("short");
        TokenSpan longForm = m.slot("long");
        if (shortForm != null && longForm != null && longForm.end() == span.end() && !found.contains(shortForm.text())) {
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
