package org.communique.records;

import java.util.ArrayList;
import java.util.List;
import org.communique.rules.Gazetteers;

/** Reads the parties of a name that starts with a hyphen chain: "U.S.-Republic of Korea Cyber ...". */
final class GroupMembers {
  private GroupMembers() {}

  /** The parties at the start of {@code name}, when it starts with two or more joined by hyphens; else empty. */
  static List<String> parse(String name, Gazetteers gaz) {
    return chainEnd(name, gaz) < 0 ? List.of() : partiesUpTo(name, gaz);
  }

  /** Where the chain of parties at the start of {@code name} ends, or -1 when there is none. */
  static int chainEnd(String name, Gazetteers gaz) {
    int[] end = new int[1];
    List<String> parties = scan(name, gaz, end);
    return parties.size() >= 2 ? end[0] : -1;
  }

  private static List<String> partiesUpTo(String name, Gazetteers gaz) {
    return scan(name, gaz, new int[1]);
  }

  private static List<String> scan(String name, Gazetteers gaz, int[] end) {
    List<String> parties = new ArrayList<>();
    int pos = 0;
    while (pos < name.length()) {
      String found = null;
      for (String s : gaz.partySurfacesStartingWith(name.charAt(pos))) {
        if (name.startsWith(s, pos) && boundary(name, pos + s.length())) {
          found = s;
          break;
        }
      }
      if (found == null) {
        break;
      }
      String party = gaz.party(found);
      if (!parties.contains(party)) {
        parties.add(party);
      }
      pos += found.length();
      end[0] = pos;
      int joiner = joinerEnd(name, pos);
      if (joiner < 0) {
        break;
      }
      pos = joiner;
    }
    return parties;
  }

  private static boolean boundary(String s, int i) {
    return i >= s.length() || s.charAt(i) == '-' || s.charAt(i) == '–' || s.charAt(i) == '—' || s.charAt(i) == ' ' || s.charAt(i) == ',';
  }

  /** Past a joiner of two parties ("-", "–", or a spaced dash " – "), or -1. */
  private static int joinerEnd(String name, int pos) {
    if (pos < name.length() && (name.charAt(pos) == '-' || name.charAt(pos) == '–' || name.charAt(pos) == '—')) {
      return pos + 1;
    }
    for (String spaced : SPACED_DASHES) {
      if (name.startsWith(spaced, pos)) {
        return pos + spaced.length();
      }
    }
    return -1;
  }

  private static final List<String> SPACED_DASHES = List.of(" – ", " — ", " - ");

}
