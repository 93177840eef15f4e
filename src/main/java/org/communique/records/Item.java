package org.communique.records;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.communique.rules.TokenSpan;

/**
 * An item being assembled from its mentions inside one record stage: the name, every other
 * surface form, every place it is said, and the rule of its first mention. Stages turn it into an
 * immutable record at the end.
 */
final class Item {
  String name;
  final String rule;
  final Set<String> surfaces = new LinkedHashSet<>();
  final TreeSet<Mention> mentions = new TreeSet<>();
  final List<TokenSpan> spans = new ArrayList<>();

  Item(String name, String rule) {
    this.name = name;
    this.rule = rule;
  }

  void mention(TokenSpan span, String surface) {
    spans.add(span);
    mentions.add(new Mention(span.start(), span.end()));
    surfaces.add(surface);
  }

  void absorb(Item other) {
    surfaces.add(other.name);
    surfaces.addAll(other.surfaces);
    spans.addAll(other.spans);
    mentions.addAll(other.mentions);
  }

  /** Every surface form but the name itself, deduplicated by comparison key, sorted. */
  List<String> aliases() {
    Set<String> seen = new java.util.HashSet<>();
    seen.add(Names.key(name));
    TreeSet<String> out = new TreeSet<>();
    for (String s : surfaces) {
      String c = Names.clean(s);
      if (!c.isEmpty() && seen.add(Names.key(c))) {
        out.add(c);
      }
    }
    return List.copyOf(out);
  }

  Set<String> keys() {
    Set<String> keys = new LinkedHashSet<>();
    keys.add(Names.key(name));
    for (String s : surfaces) {
      keys.add(Names.key(s));
    }
    return keys;
  }

  int firstOffset() {
    return mentions.isEmpty() ? Integer.MAX_VALUE : mentions.first().start();
  }

  List<Mention> mentionList() {
    return List.copyOf(mentions);
  }
}
