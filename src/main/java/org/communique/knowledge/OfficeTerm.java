package org.communique.knowledge;

import java.time.LocalDate;
import java.util.List;

/**
 * One term of one office: who held it, for which country ({@code null} for an intergovernmental
 * office such as UN Secretary-General), and when ({@code to} is null while in office).
 */
public record OfficeTerm(String name, List<String> variants, String country, String office, LocalDate from, LocalDate to) {
  public OfficeTerm {
    variants = List.copyOf(variants);
  }

  /** Whether the term covers {@code date}. */
  public boolean heldOn(LocalDate date) {
    return !date.isBefore(from) && (to == null || !date.isAfter(to));
  }
}
