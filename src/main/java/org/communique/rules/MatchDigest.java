package org.communique.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Digests of rule matches. The record stages see only the matches (rule id, family, spans, slots)
 * in order, the document and the gazetteers; so a record whose digest of all matches is what it
 * was made from is the record a rebuild would write, whatever rule patterns were edited.
 */
public final class MatchDigest {
  /** The digest of a rule that matched nothing; such rules leave no trace in {@link #combine}. */
  public static final String NONE = "-";

  private MatchDigest() {}

  /** A rule's matches in one document: 16 hex digits, or {@link #NONE}. */
  public static String of(List<RuleMatch> matches) {
    if (matches.isEmpty()) {
      return NONE;
    }
    StringBuilder sb = new StringBuilder();
    for (RuleMatch m : matches) {
      sb.append(m.ruleId()).append('\u0001').append(m.family());
      span(sb, m.span());
      for (Map.Entry<String, TokenSpan> slot : m.slots().entrySet()) { // sorted by name
        sb.append('\u0002').append(slot.getKey());
        span(sb, slot.getValue());
      }
      sb.append('\n');
    }
    return hash(sb.toString()).substring(0, 16);
  }

  private static void span(StringBuilder sb, TokenSpan s) {
    sb.append('|').append(s.sentence()).append(',').append(s.firstToken()).append(',').append(s.endToken())
        .append(',').append(s.start()).append(',').append(s.end());
  }

  /**
   * All matches of a document as the record stages see them: the rules' digests in key order
   * (rules that matched nothing left out) and the gazetteers the stages consult.
   */
  public static String combine(String gazetteerFingerprint, List<String> digestsInKeyOrder) {
    StringBuilder sb = new StringBuilder(gazetteerFingerprint);
    for (String d : digestsInKeyOrder) {
      if (!NONE.equals(d)) {
        sb.append('\n').append(d);
      }
    }
    return hash(sb.toString());
  }

  private static String hash(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
