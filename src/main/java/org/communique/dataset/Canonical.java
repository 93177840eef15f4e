package org.communique.dataset;

import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/** The form a cluster goes by: the one written most often; then the longest; then the first alphabetically. */
final class Canonical {
  private Canonical() {}

  static String mostWritten(Collection<String> forms, Predicate<String> preferred) {
    Map<String, Integer> counts = new TreeMap<>();
    forms.stream().filter(f -> f != null && !f.isBlank()).forEach(f -> counts.merge(f, 1, Integer::sum));
    Comparator<Map.Entry<String, Integer>> order = Comparator
        .comparing((Map.Entry<String, Integer> e) -> preferred.test(e.getKey()) ? 0 : 1)
        .thenComparing(e -> -e.getValue())
        .thenComparing(e -> -e.getKey().length())
        .thenComparing(Map.Entry::getKey);
    return counts.entrySet().stream().sorted(order).map(Map.Entry::getKey).findFirst().orElse(null);
  }

  static String mostWritten(Collection<String> forms) {
    return mostWritten(forms, f -> true);
  }
}
