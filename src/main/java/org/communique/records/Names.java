package org.communique.records;

import java.util.List;
import java.util.regex.Pattern;

/** Text helpers shared by the record stages. */
public final class Names {
  /** White space as Unicode has it: also no-break, em and ideographic spaces, line and paragraph separators. */
  private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern LEADING_THE = Pattern.compile("^(?i:the)\\s+");

  private Names() {}

  /** The comparison key of a name, as the contract's scorer normalises strings. */
  public static String key(String s) {
    return org.communique.eval.Matching.norm(s);
  }

  /**
   * Drops a leading "the"/"The" and surrounding white space, and makes every run of white space
   * (any Unicode white space, so that no name starts with an ideographic space) one space; keeps
   * everything else as written.
   */
  public static String clean(String s) {
    return LEADING_THE.matcher(SPACES.matcher(s).replaceAll(" ").strip()).replaceFirst("");
  }

  /** "A", "A and B", "A, B and C". */
  public static String joinParties(List<String> parties) {
    if (parties.size() <= 1) {
      return parties.isEmpty() ? null : parties.get(0);
    }
    return String.join(", ", parties.subList(0, parties.size() - 1)) + " and " + parties.get(parties.size() - 1);
  }
}
