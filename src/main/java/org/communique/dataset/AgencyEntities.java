package org.communique.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.communique.rules.Gazetteers;

/**
 * Agencies across statements: one entity per body. A body of the agency gazetteer is that body
 * whatever it is called; other names and acronyms match within their country only ("MOFA" of
 * Japan is not "MOFA" of Korea); a name many governments use ("Ministry of Foreign Affairs") with
 * no country stays in its statement; a distinctive name without a country joins the one body of
 * that name that has one.
 */
final class AgencyEntities {
  private final Gazetteers gazetteers;
  private final NameForms forms;

  AgencyEntities(Gazetteers gazetteers, NameForms forms) {
    this.gazetteers = gazetteers;
    this.forms = forms;
  }

  private record Read(ItemRef item, Gazetteers.KnownAgency known, String base, String country, boolean generic) {}

  List<Entity> resolve(List<ItemRef> items) {
    List<Read> reads = items.stream().map(this::read).toList();
    UnionFind uf = new UnionFind(reads.size());
    Map<String, Set<String>> countriesByBase = new HashMap<>();
    for (int i = 0; i < reads.size(); i++) {
      Read r = reads.get(i);
      if (r.known() != null) {
        uf.key(i, "known:" + r.known().name() + "@" + r.known().country());
      }
      if (r.country() != null) {
        uf.key(i, NameForms.slug(r.base()) + "@" + r.country());
        countriesByBase.computeIfAbsent(NameForms.slug(r.base()), k -> new TreeSet<>()).add(r.country());
        for (String alias : r.item().names()) {
          uf.key(i, NameForms.isAcronym(alias) ? "acr:" + alias + "@" + r.country()
              : NameForms.slug(forms.agencyBase(alias).base()) + "@" + r.country());
        }
      } else if (r.known() == null) {
        uf.key(i, r.generic() ? "doc:" + r.item().docId() + ":" + NameForms.slug(r.base()) : "bare:" + NameForms.slug(r.base()));
      }
    }
    for (int i = 0; i < reads.size(); i++) {
      Read r = reads.get(i);
      Set<String> countries = countriesByBase.get(NameForms.slug(r.base()));
      if (r.country() == null && r.known() == null && !r.generic() && countries != null && countries.size() == 1) {
        uf.key(i, NameForms.slug(r.base()) + "@" + countries.iterator().next());
      }
    }
    List<Entity> out = new ArrayList<>();
    for (List<Integer> cluster : uf.clusters()) {
      out.add(entity(cluster.stream().map(reads::get).toList()));
    }
    return out;
  }

  private Read read(ItemRef item) {
    Gazetteers.KnownAgency known = null;
    for (String n : item.names()) {
      known = gazetteers.knownAgency(NameForms.clean(n));
      if (known == null) {
        known = gazetteers.knownAgency(forms.agencyBase(n).base());
      }
      if (known != null) {
        break;
      }
    }
    NameForms.AgencyBase base = forms.agencyBase(item.name());
    String country = known != null ? known.country() : item.country() != null ? item.country() : base.country();
    String b = known != null ? known.name() : base.base();
    return new Read(item, known, b, country, known == null && forms.isGenericAgency(b));
  }

  private Entity entity(List<Read> reads) {
    Read knownRead = reads.stream().filter(r -> r.known() != null).findFirst().orElse(null);
    String name;
    String country;
    if (knownRead != null) {
      name = knownRead.known().name();
      country = knownRead.known().country();
    } else {
      name = Canonical.mostWritten(reads.stream().map(Read::base).toList(), n -> !NameForms.isAcronym(n));
      country = Canonical.mostWritten(reads.stream().map(Read::country).filter(c -> c != null).toList());
    }
    String id = "agency:" + NameForms.slug(name);
    if (country != null) {
      id += "@" + NameForms.slug(country);
    } else if (reads.stream().allMatch(Read::generic)) {
      id += "@doc:" + reads.get(0).item().docId();
    }
    return new Entity(id, name, country, reads.stream().map(Read::item).toList());
  }
}
