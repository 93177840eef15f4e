package org.communique;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.communique.records.Agency;
import org.communique.records.Commitment;
import org.communique.records.DateItem;
import org.communique.records.DocumentRecord;
import org.communique.records.Group;
import org.communique.records.Mention;
import org.communique.records.Person;

/** Lookups by name and exact-offset checks shared by the tests. */
public final class RecordAssertions {
  private RecordAssertions() {}

  public static Person person(DocumentRecord r, String name) {
    return r.people().stream().filter(p -> p.name().equals(name) || p.aliases().contains(name)).findFirst()
        .orElseGet(() -> fail("no person " + name + " in " + r.people().stream().map(Person::name).toList()));
  }

  public static Agency agency(DocumentRecord r, String name) {
    return r.agencies().stream().filter(a -> a.name().equals(name)).findFirst()
        .orElseGet(() -> fail("no agency " + name + " in " + r.agencies().stream().map(Agency::name).toList()));
  }

  public static Group group(DocumentRecord r, String name) {
    return r.groups().stream().filter(g -> g.name().equals(name) || g.aliases().contains(name)).findFirst()
        .orElseGet(() -> fail("no group " + name + " in " + r.groups().stream().map(Group::name).toList()));
  }

  public static DateItem date(DocumentRecord r, String text) {
    return r.dates().stream().filter(d -> d.text().equals(text)).findFirst()
        .orElseGet(() -> fail("no date " + text + " in " + r.dates().stream().map(DateItem::text).toList()));
  }

  public static List<Commitment> commitments(DocumentRecord r, String action) {
    return r.commitments().stream().filter(c -> c.action().equals(action)).toList();
  }

  public static void assertNoAgency(DocumentRecord r, String name) {
    assertFalse(r.agencies().stream().anyMatch(a -> a.name().equals(name) || a.aliases().contains(name)),
        "unexpected agency " + name);
  }

  /** The mention covers exactly {@code surface} in {@code text}. */
  public static void assertMentionOf(String text, List<Mention> mentions, String surface) {
    assertTrue(mentions.stream().anyMatch(m -> text.substring(m.start(), m.end()).equals(surface)),
        "no mention of '" + surface + "' among " + mentions.stream().map(m -> text.substring(m.start(), m.end())).toList());
  }

  /** The record of {@code text} through the real pipeline, with every mention checked to lie inside it. */
  public static DocumentRecord extractChecked(String text) {
    DocumentRecord r = org.communique.TestModels.extract(text);
    assertMentionsInside(text, r);
    return r;
  }

  /** Every mention of every item lies inside the text. */
  public static void assertMentionsInside(String text, DocumentRecord r) {
    List<List<Mention>> all = new java.util.ArrayList<>();
    r.groups().forEach(g -> all.add(g.mentions()));
    r.people().forEach(p -> all.add(p.mentions()));
    r.agencies().forEach(a -> all.add(a.mentions()));
    r.dates().forEach(d -> all.add(d.mentions()));
    r.commitments().forEach(c -> all.add(c.mentions()));
    for (List<Mention> ms : all) {
      assertFalse(ms.isEmpty(), "an item without mentions");
      for (Mention m : ms) {
        assertTrue(0 <= m.start() && m.start() < m.end() && m.end() <= text.length(), "mention out of text: " + m);
      }
    }
    for (var c : r.commitments()) {
      Mention m = c.mentions().get(0);
      assertEquals(c.text(), text.substring(m.start(), m.end()), "commitment text is its mention");
    }
  }
}
