package org.communique.records;

import java.util.Locale;

/**
 * One decision a record stage took: about a candidate a rule produced (kept, dropped, read
 * otherwise) or about an item being assembled (merged, linked, given a country, ...).
 *
 * @param type  the record type it concerns: groups, people, agencies, dates or commitments
 * @param kind  what was decided
 * @param item  the candidate's or item's name at that moment (a commitment's action or actor)
 * @param rule  the rule of the candidate or item, or null
 * @param start where it was decided: character offsets of the candidate or of the item's first mention (for a
 *              commitment's actor, of its subject); -1 when nowhere in particular
 * @param end   exclusive end of that span
 * @param what  the decision in words ("United States: the gazetteer's entry for Department of State")
 */
public record Decision(String type, Kind kind, String item, String rule, int start, int end, String what) {
  public static final String GROUPS = "groups";
  public static final String PEOPLE = "people";
  public static final String AGENCIES = "agencies";
  public static final String DATES = "dates";
  public static final String COMMITMENTS = "commitments";

  /** What a decision settles. */
  public enum Kind {
    /** a candidate (or a mention, or an item) left out, with the reason */
    DROPPED,
    /** two candidates or items taken for one, or a further mention added */
    MERGED,
    /** another form of the name kept as an alias */
    ALIAS,
    /** the item's name chosen or read otherwise than the rule matched it */
    NAME,
    /** a group's kind */
    KIND,
    /** a group's members */
    MEMBERS,
    /** a person's title */
    TITLE,
    /** the agency tied to a person */
    AGENCY,
    /** a person's or agency's country */
    COUNTRY,
    /** a date's ISO value */
    VALUE,
    /** the subject taken for a commitment */
    SUBJECT,
    /** a commitment's actor, resolved from its subject */
    ACTOR;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Whether the decision was taken at a place overlapping [from, to). */
  public boolean overlaps(int from, int to) {
    return start >= 0 && start < to && from < end;
  }

  /** "country: United States: ..." as explain and why-not print it. */
  public String line() {
    return kind.label() + ": " + what;
  }
}
