package org.communique.dataset;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.communique.rules.Gazetteers;

/**
 * The comparison forms of names across statements: slugs for ids, an agency's name without the
 * country it is written with, a group's name without edition numbers and with its parties in one
 * order.
 */
final class NameForms {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
  private static final Pattern DASHES = Pattern.compile("\\s*[-\u2010\u2011\u2012\u2013\u2014]\\s*");
  private static final Pattern ORDINAL = Pattern.compile(
      "(?i)\\b(\\d+(st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
          + "|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|inaugural|annual"
          + "|(19|20)\\d\\d)\\b");
  private static final Pattern LEADING_MEETING_OF = Pattern.compile("(?i)^(the\\s+)?(meeting|session)\\s+of\\s+(the\\s+)?");
  private static final Pattern LEADING_THE = Pattern.compile("(?i)^the\\s+");
  private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s$");

  private final Gazetteers gazetteers;

  NameForms(Gazetteers gazetteers) {
    this.gazetteers = gazetteers;
  }

  /** Lower-case ASCII words joined by "-": "Ministère des Affaires" gives "ministere-des-affaires". */
  static String slug(String s) {
    String plain = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    String out = NOT_SLUG.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-");
    out = EDGE_DASHES.matcher(out).replaceAll("");
    return out.isEmpty() ? "x" : out;
  }

  private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");

  static String clean(String s) {
    return LEADING_THE.matcher(Gazetteers.singleSpaced(s)).replaceFirst("");
  }

  /** "NCSC", "MOFA", "DHS": written in capitals, short. */
  static boolean isAcronym(String s) {
    String t = s.replace(".", "").replace("&", "");
    return t.length() >= 2 && t.length() <= 8 && t.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
        && t.chars().anyMatch(Character::isLetter);
  }

  /** An agency's name without the country it is written with, and that country (or null). */
  record AgencyBase(String base, String country) {}

  /**
   * "U.S. Department of State", "Japan's Ministry of Defense", "Argentine Ministry of Modernization",
   * "Ministry of Foreign Affairs of Japan": the name without its country, and the country.
   */
  AgencyBase agencyBase(String name) {
    String s = clean(name);
    String[] words = s.split(" ");
    for (int n = Math.min(4, words.length - 2); n >= 1; n--) {
      String lead = POSSESSIVE.matcher(String.join(" ", java.util.Arrays.copyOfRange(words, 0, n))).replaceFirst("");
      String country = gazetteers.country(lead);
      if (country != null) {
        return new AgencyBase(String.join(" ", java.util.Arrays.copyOfRange(words, n, words.length)), country);
      }
    }
    int of = s.lastIndexOf(" of ");
    while (of > 0) {
      String tail = LEADING_THE.matcher(s.substring(of + 4)).replaceFirst("");
      String country = gazetteers.country(tail);
      if (country != null && !gazetteers.isDemonym(tail)) {
        return new AgencyBase(s.substring(0, of), country);
      }
      of = s.lastIndexOf(" of ", of - 1);
    }
    return new AgencyBase(s, null);
  }

  /**
   * A name that says nothing about whose body it is: listed as generic, or a head and a portfolio
   * ("Ministry of Interior", "Foreign Ministry", "Department of Defence").
   */
  boolean isGenericAgency(String base) {
    if (gazetteers.isGenericAgency(base)) {
      return true;
    }
    String[] words = base.split(" ");
    if (words.length <= 4 && words.length >= 2 && gazetteers.isAgencyHead(words[0]) && words[1].equals("of")) {
      return true;
    }
    return words.length <= 3 && gazetteers.isAgencyHead(words[words.length - 1]);
  }

  /** A group's name as compared across statements, and the parties its name is made of (sorted; empty when none). */
  record GroupBase(String words, List<String> parties) {}

  private static final Pattern OF_THE = Pattern.compile("(.+?) of (?:the )?(.+)");
  private static final Pattern PAREN_ACRONYM = Pattern.compile("\\s*\\([A-Z][A-Za-z.]{1,7}\\)");

  /**
   * "9th U.S.-EU Cyber Dialogue", "EU-U.S. Cyber Dialogue" and "Meeting of the U.S.-EU Cyber
   * Dialogue" all give words "cyber dialogue" and parties [European Union, United States]; so do
   * parties joined by "and" at the start ("U.S. and EU Cyber Dialogue"). An intergovernmental body
   * at the start goes by its gazetteer name ("OAS Inter-American Committee" is the "Organization
   * of American States Inter-American Committee").
   */
  GroupBase groupBase(String name) {
    String s = LEADING_MEETING_OF.matcher(clean(name)).replaceFirst("");
    s = ORDINAL.matcher(s).replaceAll(" ");
    s = DASHES.matcher(s).replaceAll("-");
    s = PAREN_ACRONYM.matcher(s).replaceAll("").replaceAll("\\s+", " ").strip();
    TreeSet<String> parties = new TreeSet<>();
    StringBuilder rest = new StringBuilder();
    int i = 0;
    while (i < s.length()) {
      if (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1))) {
        Chain c = chainAt(s, i);
        if (c != null) {
          parties.addAll(c.parties());
          i = c.end();
          continue;
        }
      }
      rest.append(s.charAt(i++));
    }
    String words = Gazetteers.singleSpaced(rest.toString());
    // "Ministerial Council of the Gulf Cooperation Council" is the "GCC Ministerial Council"
    java.util.regex.Matcher ofBody = OF_THE.matcher(words);
    if (ofBody.matches()) {
      Gazetteers.KnownAgency body = gazetteers.knownAgency(ofBody.group(2));
      if (body != null && body.country() == null) {
        words = body.name() + " " + ofBody.group(1);
      }
    }
    Party lead = partyAt(words, 0);
    if (lead != null) {
      Gazetteers.KnownAgency body = gazetteers.knownAgency(words.substring(0, lead.end()));
      if (body != null && body.country() == null) {
        words = body.name() + words.substring(lead.end());
      }
    }
    words = words.toLowerCase(Locale.ROOT).replaceAll("^(the|of|and|-)\\s+", "").strip();
    return new GroupBase(words, List.copyOf(parties));
  }

  private record Party(String name, int end) {}

  private record Chain(List<String> parties, int end) {}

  /** Two or more parties joined by hyphens from {@code i} on ("U.S.-Republic of Korea"), or by "and" at the start. */
  private Chain chainAt(String s, int i) {
    Party first = partyAt(s, i);
    if (first == null) {
      return null;
    }
    List<String> parties = new ArrayList<>(List.of(first.name()));
    int j = first.end();
    while (true) {
      Party next = null;
      if (s.startsWith("-", j)) {
        next = partyAt(s, j + 1);
      } else if (i == 0 && s.startsWith(" and ", j)) {
        next = partyAt(s, j + 5);
      } else if (i == 0 && s.startsWith(", ", j)) {
        next = partyAt(s, j + 2);
      }
      if (next == null) {
        break;
      }
      parties.add(next.name());
      j = next.end();
    }
    if (parties.size() < 2 || new TreeSet<>(parties).size() < 2) {
      return null;
    }
    return new Chain(parties, j);
  }

  /** The longest country, demonym or intergovernmental body written at {@code i}, ending at a word boundary. */
  private Party partyAt(String s, int i) {
    if (i >= s.length()) {
      return null;
    }
    for (String surface : gazetteers.partySurfacesStartingWith(s.charAt(i))) {
      if (s.startsWith(surface, i)) {
        int end = i + surface.length();
        if (end < s.length() && Character.isLetterOrDigit(s.charAt(end)) && Character.isLetterOrDigit(surface.charAt(surface.length() - 1))) {
          continue;
        }
        String party = gazetteers.party(surface);
        if (party == null) {
          party = gazetteers.country(surface);
        }
        if (party != null) {
          if (s.startsWith("'s", end) || s.startsWith("\u2019s", end)) {
            end += 2;
          }
          return new Party(party, end);
        }
      }
    }
    return null;
  }
}
