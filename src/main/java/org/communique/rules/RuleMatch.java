package org.communique.rules;

import java.util.Map;
import java.util.TreeMap;

/**
 * What one rule matched: the rule's id and family, the whole match, and its named slots
 * ({@code $name}, {@code $title}, ...) without the leading '$'.
 */
public record RuleMatch(String ruleId, String family, TokenSpan span, Map<String, TokenSpan> slots) {
  public RuleMatch {
    slots = java.util.Collections.unmodifiableMap(new TreeMap<>(slots));
  }

  public TokenSpan slot(String name) {
    return slots.get(name);
  }

  /** The named slot, or the whole match when the rule did not name one. */
  public TokenSpan slotOrSpan(String name) {
    TokenSpan s = slots.get(name);
    return s != null ? s : span;
  }
}
