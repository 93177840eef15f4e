package org.communique.records;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text helpers shared by the record stages. */
public final class Names {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern LEADING_THE = Pattern.compile("^(?i:the)\\s+");
  private static final Pattern TRAILING_PUNCT = Pattern.compile("[.,;:]+$");

  private Names() {}

  /** The comparison key of a name, as the contract's scorer normalises strings. */
  public static String key(String s) {
    if (s == null) {
      return null;
    }
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC)
        .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"');
    n = SPACES.matcher(n.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    n = n.startsWith("the ") ? n.substring(4) : n;
    return TRAILING_PUNCT.matcher(n).replaceAll("");
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
