package org.communique.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.communique.knowledge.DataFileException;
import org.communique.knowledge.OfficeHolders;
import org.communique.knowledge.OfficeTerm;

/**
 * People across statements: one entity per person. A name the office-holder registry knows goes
 * by the registry's name ("Lula" is Luiz Inácio Lula da Silva); other names match on given name
 * (its short forms too: "Rob" is "Robert") and surname, middle initials left out, within one
 * country. A name given without a country joins the one person of that name; an initial ("C.
 * Painter") joins the one person it can be. Two people of one name and different countries stay
 * two.
 */
final class PersonEntities {
  private final OfficeHolders officeHolders;
  /** Short form to full given name, lower case; forms of several names ("Chris") are left out. */
  private final Map<String, String> givenNames;

  PersonEntities(OfficeHolders officeHolders, Map<String, String> givenNames) {
    this.officeHolders = officeHolders;
    this.givenNames = givenNames;
  }

  /** Reads {@code given-names.tsv}: name, then its short forms (|-separated). */
  static Map<String, String> loadGivenNames(Path file) throws IOException {
    Map<String, String> out = new HashMap<>();
    Set<String> ambiguous = new TreeSet<>();
    if (!Files.isRegularFile(file)) {
      return out;
    }
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t");
      if (cells.length != 2) {
        throw new DataFileException(file, i + 1, "expected a name and its short forms separated by a tab");
      }
      String name = cells[0].strip().toLowerCase(Locale.ROOT);
      for (String form : cells[1].split("\\|")) {
        String f = form.strip().toLowerCase(Locale.ROOT);
        String before = out.putIfAbsent(f, name);
        if (before != null && !before.equals(name)) {
          ambiguous.add(f);
        }
      }
    }
    ambiguous.forEach(out::remove);
    return out;
  }

  /** A person's name as compared: given name (full form, or an initial, or null) and surname. */
  record PersonName(String written, String given, String surname, boolean initial) {
    String fullKey() {
      return NameForms.slug((given == null ? "" : given + " ") + surname);
    }
  }

  private record Read(ItemRef item, PersonName name, String country) {}

  PersonName parse(String written) {
    List<String> words = new ArrayList<>(List.of(NameForms.clean(written).split(" ")));
    words.removeIf(w -> w.matches("(?i)jr\\.?|sr\\.?|ii|iii|iv|,"));
    if (words.isEmpty()) {
      return new PersonName(written, null, written.toLowerCase(Locale.ROOT), false);
    }
    String surname = words.get(words.size() - 1).replaceAll(",$", "").toLowerCase(Locale.ROOT);
    if (words.size() == 1) {
      return new PersonName(written, null, surname, false);
    }
    String given = words.get(0).toLowerCase(Locale.ROOT);
    boolean initial = given.replace(".", "").length() == 1;
    if (initial) {
      given = given.substring(0, 1);
    } else {
      given = givenNames.getOrDefault(given, given);
    }
    return new PersonName(written, given, surname, initial);
  }

  List<Entity> resolve(List<ItemRef> items) {
    List<Read> reads = new ArrayList<>();
    for (ItemRef item : items) {
      String registered = null;
      String country = item.country();
      LocalDate date = date(item.statement().date());
      for (String n : item.names()) {
        List<OfficeTerm> terms = officeHolders.terms(n);
        if (!terms.isEmpty()) {
          registered = terms.get(0).name();
          if (country == null) {
            country = officeHolders.country(n, date);
          }
          break;
        }
      }
      reads.add(new Read(item, parse(registered != null ? registered : item.name()), country));
    }
    UnionFind uf = new UnionFind(reads.size());
    Map<String, Set<String>> countriesByName = new HashMap<>();
    for (int i = 0; i < reads.size(); i++) {
      Read r = reads.get(i);
      if (r.name().given() != null && !r.name().initial() && r.country() != null) {
        uf.key(i, r.name().fullKey() + "@" + r.country());
        countriesByName.computeIfAbsent(r.name().fullKey(), k -> new TreeSet<>()).add(r.country());
      }
    }
    for (int i = 0; i < reads.size(); i++) {
      Read r = reads.get(i);
      if (r.name().given() != null && !r.name().initial() && r.country() == null) {
        Set<String> countries = countriesByName.getOrDefault(r.name().fullKey(), Set.of());
        if (countries.size() == 1) {
          uf.key(i, r.name().fullKey() + "@" + countries.iterator().next());
        } else if (countries.isEmpty()) {
          uf.key(i, r.name().fullKey() + "@");
        }
      }
    }
    // an initial or a surname alone: the one person so far it can be
    for (int i = 0; i < reads.size(); i++) {
      Read r = reads.get(i);
      if (r.name().given() == null || r.name().initial()) {
        Integer only = null;
        boolean several = false;
        for (int j = 0; j < reads.size(); j++) {
          Read o = reads.get(j);
          if (o.name().given() == null || o.name().initial() || !o.name().surname().equals(r.name().surname())
              || r.country() != null && o.country() != null && !r.country().equals(o.country())
              || r.name().initial() && !o.name().given().startsWith(r.name().given())) {
            continue;
          }
          if (only != null && uf.find(only) != uf.find(j)) {
            several = true;
          }
          only = only == null ? j : only;
        }
        if (only != null && !several) {
          uf.union(i, only);
        }
      }
    }
    Map<String, Integer> clustersByName = new HashMap<>();
    List<List<Read>> clusters = new ArrayList<>();
    for (List<Integer> c : uf.clusters()) {
      List<Read> cluster = c.stream().map(reads::get).toList();
      clusters.add(cluster);
      clustersByName.merge(canonicalName(cluster), 1, Integer::sum);
    }
    List<Entity> out = new ArrayList<>();
    for (List<Read> cluster : clusters) {
      String name = canonicalName(cluster);
      String country = Canonical.mostWritten(cluster.stream().map(Read::country).filter(c -> c != null).toList());
      String id = "person:" + NameForms.slug(name);
      boolean alone = cluster.stream().allMatch(r -> r.name().given() == null || r.name().initial())
          || clustersByName.get(name) > 1 && country == null;
      if (clustersByName.get(name) > 1 && country != null) {
        id += "@" + NameForms.slug(country);
      } else if (alone && cluster.size() == 1 && clustersByName.get(name) > 1) {
        id += "@doc:" + cluster.get(0).item().docId();
      }
      out.add(new Entity(id, name, country, cluster.stream().map(Read::item).toList()));
    }
    return out;
  }

  /** The fullest name the cluster is written with most often (a registry name first). */
  private static String canonicalName(List<Read> cluster) {
    return Canonical.mostWritten(cluster.stream().map(r -> NameForms.clean(r.name().written())).toList(),
        n -> n.contains(" ") && !n.matches(".*\\b\\p{L}\\.? .*"));
  }

  private static LocalDate date(String iso) {
    try {
      return iso == null ? null : LocalDate.parse(iso);
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }
}
