package org.communique.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.communique.rules.Gazetteers;

/**
 * Groups across statements: one entity per cooperation body or meeting format. A standing
 * grouping of the gazetteer is itself whatever it is called; other groups are the same when
 * their names agree once edition numbers are dropped and their parties are put in one order
 * ("9th U.S.-EU Cyber Dialogue" is the "EU-U.S. Cyber Dialogue"), with the parties from the
 * name, else from the members. A short generic name with no parties ("Working Group") stays in
 * its statement.
 */
final class GroupEntities {
  private final Gazetteers gazetteers;
  private final NameForms forms;

  GroupEntities(Gazetteers gazetteers, NameForms forms) {
    this.gazetteers = gazetteers;
    this.forms = forms;
  }

  private record Read(ItemRef item, Gazetteers.KnownGroup known, String key, List<String> parties, String words) {}

  List<Entity> resolve(List<ItemRef> items) {
    List<Read> reads = items.stream().map(this::read).toList();
    UnionFind uf = new UnionFind(reads.size());
    for (int i = 0; i < reads.size(); i++) {
      Read r = reads.get(i);
      uf.key(i, r.key());
      List<String> members = canonicalMembers(r.item());
      for (String alias : r.item().aliases()) {
        if (NameForms.isAcronym(alias)) {
          if (!r.parties().isEmpty()) {
            uf.key(i, "acr:" + alias + "@" + String.join("+", r.parties()));
          }
        } else if (r.known() == null) {
          uf.key(i, key(r.item(), forms.groupBase(alias), members));
        }
      }
    }
    List<Entity> out = new ArrayList<>();
    for (List<Integer> cluster : uf.clusters()) {
      out.add(entity(cluster.stream().map(reads::get).toList()));
    }
    return out;
  }

  private Read read(ItemRef item) {
    for (String n : item.names()) {
      Gazetteers.KnownGroup known = gazetteers.knownGroup(NameForms.clean(n));
      if (known != null) {
        return new Read(item, known, "known:" + known.name(), List.of(), NameForms.slug(known.name()));
      }
    }
    NameForms.GroupBase base = forms.groupBase(item.name());
    List<String> members = canonicalMembers(item);
    List<String> parties = base.parties().isEmpty() ? members : base.parties();
    return new Read(item, null, key(item, base, members), parties, base.words());
  }

  /** A group's members by the gazetteer's names ("NATO" is the North Atlantic Treaty Organization), sorted. */
  private List<String> canonicalMembers(ItemRef item) {
    TreeSet<String> out = new TreeSet<>();
    for (String m : item.strings("members")) {
      String party = gazetteers.party(m);
      out.add(party != null ? party : m);
    }
    return new ArrayList<>(out);
  }

  /** The words and the parties; a short name with no parties only within its statement. */
  private static String key(ItemRef item, NameForms.GroupBase base, List<String> members) {
    List<String> parties = base.parties().isEmpty() ? members : base.parties();
    String words = NameForms.slug(base.words());
    if (parties.isEmpty()) {
      return base.words().split(" ").length >= 3 ? "name:" + words : "doc:" + item.docId() + ":" + words;
    }
    return "grp:" + words + "@" + String.join("+", parties);
  }

  private Entity entity(List<Read> reads) {
    Read first = reads.get(0);
    String name = first.known() != null ? first.known().name()
        : Canonical.mostWritten(reads.stream().map(r -> NameForms.clean(r.item().name())).toList());
    // the id its items give most often, so that it does not depend on which statement comes first
    String id = Canonical.mostWritten(reads.stream().map(GroupEntities::id).toList());
    return new Entity(id, name, null, reads.stream().map(Read::item).toList());
  }

  private static String id(Read r) {
    if (r.known() != null) {
      return "group:" + NameForms.slug(r.known().name());
    }
    if (r.key().startsWith("grp:")) {
      return "group:" + NameForms.slug(r.words()) + "@" + String.join("+", r.parties().stream().map(NameForms::slug).toList());
    }
    if (r.key().startsWith("doc:")) {
      return "group:" + NameForms.slug(r.words()) + "@doc:" + r.item().docId();
    }
    return "group:" + NameForms.slug(r.words());
  }
}
