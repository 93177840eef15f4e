package org.communique.db;

import static org.communique.db.Table.row;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The record tables: one row per statement, per item, per mention, per alias and per group
 * member named in a statement, from the records of {@code output/records/}. The key of an item
 * within its statement, {@code item_name} in mentions and aliases, is its name (groups, people,
 * agencies), its text (dates) or its id (commitments: {@code commitment:<doc_id>:<start>:<action>},
 * the start of its first mention and its action, as the entity files name it).
 */
final class RecordTables {
  private final EntityMentions entityMentions;
  private final List<List<Object>> statements = new ArrayList<>();
  private final List<List<Object>> groups = new ArrayList<>();
  private final List<List<Object>> people = new ArrayList<>();
  private final List<List<Object>> agencies = new ArrayList<>();
  private final List<List<Object>> dates = new ArrayList<>();
  private final List<List<Object>> commitments = new ArrayList<>();
  private final List<List<Object>> mentions = new ArrayList<>();
  private final List<List<Object>> aliases = new ArrayList<>();
  private final List<List<Object>> members = new ArrayList<>();

  private RecordTables(EntityMentions entityMentions) {
    this.entityMentions = entityMentions;
  }

  static List<Table> of(List<JsonNode> records, EntityMentions entityMentions) {
    RecordTables tables = new RecordTables(entityMentions);
    records.forEach(tables::add);
    return tables.tables();
  }

  /** The id the entity files give a commitment, or null for one without a mention. */
  static String commitmentId(String docId, Long start, String action) {
    return start == null ? null : org.communique.dataset.DatasetStage.commitmentId(docId, start, action);
  }

  private void add(JsonNode record) {
    String doc = Json.text(record, "doc_id");
    statements.add(row(doc, Json.text(record, "statement_date")));
    for (JsonNode g : Json.list(record, "groups")) {
      String name = Json.text(g, "name");
      groups.add(row(doc, name, Json.text(g, "kind"), Json.text(g, "rule"), entityMentions.entityId(ItemType.GROUP, doc, name)));
      Json.strings(g, "members").forEach(member -> members.add(row(doc, name, member)));
      addMentionsAndAliases(doc, ItemType.GROUP, name, g);
    }
    for (JsonNode p : Json.list(record, "people")) {
      String name = Json.text(p, "name");
      people.add(row(doc, name, Json.text(p, "title"), Json.text(p, "agency"), Json.text(p, "country"), Json.text(p, "rule"),
          entityMentions.entityId(ItemType.PERSON, doc, name)));
      addMentionsAndAliases(doc, ItemType.PERSON, name, p);
    }
    for (JsonNode a : Json.list(record, "agencies")) {
      String name = Json.text(a, "name");
      agencies.add(row(doc, name, Json.text(a, "country"), Json.text(a, "rule"), entityMentions.entityId(ItemType.AGENCY, doc, name)));
      addMentionsAndAliases(doc, ItemType.AGENCY, name, a);
    }
    for (JsonNode d : Json.list(record, "dates")) {
      String text = Json.text(d, "text");
      dates.add(row(doc, text, Json.text(d, "value"), Json.text(d, "rule")));
      addMentionsAndAliases(doc, ItemType.DATE, text, d);
    }
    for (JsonNode c : Json.list(record, "commitments")) {
      List<JsonNode> at = Json.list(c, "mentions");
      Long start = at.isEmpty() ? null : Json.number(at.get(0), "start");
      Long end = at.isEmpty() ? null : Json.number(at.get(0), "end");
      String id = commitmentId(doc, start, Json.text(c, "action"));
      commitments.add(row(id, doc, Json.text(c, "actor"), Json.text(c, "action"), Json.text(c, "text"), start, end, Json.text(c, "rule")));
      addMentionsAndAliases(doc, ItemType.COMMITMENT, id, c);
    }
  }

  private void addMentionsAndAliases(String doc, String type, String itemName, JsonNode item) {
    for (JsonNode m : Json.list(item, "mentions")) {
      mentions.add(row(doc, type, itemName, Json.number(m, "start"), Json.number(m, "end")));
    }
    Json.strings(item, "aliases").forEach(alias -> aliases.add(row(doc, type, itemName, alias)));
  }

  private List<Table> tables() {
    return List.of(
        new Table(DatabaseSchema.STATEMENTS, statements),
        new Table(DatabaseSchema.GROUPS, groups),
        new Table(DatabaseSchema.PEOPLE, people),
        new Table(DatabaseSchema.AGENCIES, agencies),
        new Table(DatabaseSchema.DATES, dates),
        new Table(DatabaseSchema.COMMITMENTS, commitments),
        new Table(DatabaseSchema.MENTIONS, mentions),
        new Table(DatabaseSchema.ALIASES, aliases),
        new Table(DatabaseSchema.GROUP_MEMBERS_IN_STATEMENT, members));
  }
}
