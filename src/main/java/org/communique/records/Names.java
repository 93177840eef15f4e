package org.communique.records;

import java.util.List;
import java.util.regex.Pattern;

/** Text helpers shared by the record stages. */
public final class Names {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern LEADING_THE = Pattern.compile("^(?i:the)\\s+");

  private Names() {}

  /** The comparison key of a name, as the contract's scorer normalises strings. */
  public static String key(String s) {
    return org.communique.eval.Matching.norm(s);
  }

  /** Drops a leading "the"/"The" and surrounding white space; keeps everything else as written. */
  public static String clean(String s) {
    return LEADING_THE.matcher(SPACES.matcher(s.strip()).replaceAll(" ")).replaceFirst("");
  }

  /** "A", "A and B", "A, B and C". */
  public static String joinParties(List<String> parties) {
    if (parties.size() <= 1) {
      return parties.isEmpty() ? null : parties.get(0);
    }
    return String.join(", ", parties.subList(0, parties.size() - 1)) + " and " + parties.get(parties.size() - 1);
  }
}
