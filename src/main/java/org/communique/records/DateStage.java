package org.communique.records;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communique.rules.RuleMatch;
import org.communique.rules.TokenSpan;

/** Dates: the longest of overlapping date matches, merged by text, valued by {@link DateNormalizer}. */
final class DateStage {
  List<DateItem> run(DocumentContext ctx) {
    List<RuleMatch> kept = DocumentContext.longestNonOverlapping(ctx.matches("date"), m -> m.slotOrSpan("date"));
    kept = kept.stream().filter(m -> !namesAProgramme(ctx, m)).toList();
    ctx.trace.shadowed(Decision.DATES, ctx.matches("date"), kept, m -> m.slotOrSpan("date"), RuleMatch::ruleId);
    Map<String, Item> byText = new LinkedHashMap<>();
    for (RuleMatch m : kept) {
      TokenSpan s = m.slotOrSpan("date");
      if (ctx.trace.on() && byText.containsKey(Names.key(s.text()))) {
        ctx.trace.item(Decision.DATES, Decision.Kind.MERGED, byText.get(Names.key(s.text())), () -> "\"" + s.text() + "\" at " + s.start()
            + " (" + m.ruleId() + ") is written alike: one more mention");
      }
      byText.computeIfAbsent(Names.key(s.text()), k -> new Item(s.text(), m.ruleId())).mention(s, s.text());
    }
    List<DateItem> out = new ArrayList<>();
    for (Item item : byText.values()) {
      String value = DateNormalizer.normalize(item.name, ctx.doc.source().date(), saidOfTheFuture(ctx, item.spans.get(0)));
      ctx.trace.item(Decision.DATES, Decision.Kind.VALUE, item, () -> valueSource(ctx, item, value));
      out.add(new DateItem(item.name, value, item.mentionList(), item.rule));
    }
    out.sort(Comparator.comparing((DateItem d) -> d.mentions().get(0)).thenComparing(DateItem::text));
    return out;
  }

  /** "Agenda 2063", "the 2030 Agenda", "Vision 2030": a year that is a word of a programme's name (record-words programme-nouns). */
  private static boolean namesAProgramme(DocumentContext ctx, RuleMatch m) {
    TokenSpan s = m.slotOrSpan("date");
    if (s.endToken() - s.firstToken() != 1 || !s.text().matches("(19|20)\\d\\d")) {
      return false;
    }
    java.util.Set<String> nouns = ctx.gazetteers.recordWords("programme-nouns");
    int n = ctx.sentence(s.sentence()).tokens().size();
    boolean before = s.firstToken() > 0 && nouns.contains(ctx.token(s.sentence(), s.firstToken() - 1).text());
    boolean after = s.endToken() < n && nouns.contains(ctx.token(s.sentence(), s.endToken()).text());
    if (before || after) {
      ctx.trace.at(Decision.DATES, Decision.Kind.DROPPED, s.text(), m.ruleId(), s, () -> "a word of a programme's name (\"Agenda 2063\", \"2030 Agenda\")");
    }
    return before || after;
  }

  /** "will publish a report in June", "the upcoming meeting in May": a modal or marker of the future before the date. */
  private static boolean saidOfTheFuture(DocumentContext ctx, TokenSpan date) {
    for (int i = 0; i < date.firstToken(); i++) {
      var t = ctx.token(date.sentence(), i);
      String w = t.text().toLowerCase(java.util.Locale.ROOT);
      if (t.pos().equals("MD") && (w.equals("will") || w.equals("shall") || w.equals("'ll")) || w.equals("upcoming")) {
        return true;
      }
    }
    return false;
  }

  // tracing: decisions in words, built only when tracing is on

  /** Where a date's value comes from: the text alone, or the statement's own date. */
  private static String valueSource(DocumentContext ctx, Item item, String value) {
    boolean future = saidOfTheFuture(ctx, item.spans.get(0));
    if (value == null) {
      return "null: neither the text nor the statement's date" + (ctx.date() == null ? " (none known)" : " " + ctx.date()) + " fixes it";
    }
    if (DateNormalizer.normalize(item.name, null, future) != null) {
      return value + ": fixed by the text alone";
    }
    return value + ": from the statement's date " + ctx.date() + (future ? ", read forward (the sentence speaks of the future)" : "");
  }
}
