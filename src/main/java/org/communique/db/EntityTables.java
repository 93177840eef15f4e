package org.communique.db;

import static org.communique.db.Table.row;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The entity and link tables, from the entity files (format: issue 10's entities spec). Link
 * tables hold each distinct row once: two commitments of one clause share an id in the entity
 * files, and their actors are one set of links, not two.
 */
final class EntityTables {
  private EntityTables() {}

  static List<Table> of(List<JsonNode> agencies, List<JsonNode> people, List<JsonNode> groups, List<JsonNode> countries,
      List<JsonNode> commitments) {
    List<List<Object>> agencyRows = new ArrayList<>();
    List<List<Object>> personRows = new ArrayList<>();
    List<List<Object>> groupRows = new ArrayList<>();
    List<List<Object>> countryRows = new ArrayList<>();
    List<List<Object>> names = new ArrayList<>();
    List<List<Object>> statements = new ArrayList<>();
    List<List<Object>> groupMember = new ArrayList<>();
    List<List<Object>> groupMeeting = new ArrayList<>();
    List<List<Object>> meetingLead = new ArrayList<>();
    List<List<Object>> personPosition = new ArrayList<>();
    List<List<Object>> commitmentActor = new ArrayList<>();
    List<List<Object>> commitmentGroup = new ArrayList<>();
    List<List<Object>> agencyPerson = new ArrayList<>();

    for (JsonNode a : agencies) {
      String id = Json.text(a, "id");
      agencyRows.add(row(id, Json.text(a, "name"), Json.text(a, "country")));
      Json.strings(a, "people").forEach(person -> agencyPerson.add(row(id, person)));
    }
    for (JsonNode p : people) {
      String id = Json.text(p, "id");
      personRows.add(row(id, Json.text(p, "name"), Json.text(p, "country")));
      for (JsonNode pos : Json.list(p, "positions")) {
        personPosition.add(row(id, Json.text(pos, "title"), Json.text(pos, "agency"), Json.text(pos, "agency_id"),
            Json.text(pos, "country"), Json.text(pos, "first"), Json.text(pos, "last")));
      }
    }
    for (JsonNode g : groups) {
      String id = Json.text(g, "id");
      groupRows.add(row(id, Json.text(g, "name"), Json.text(g, "kind")));
      for (JsonNode m : Json.list(g, "members")) {
        List<String> docs = Json.strings(m, "statements");
        for (String doc : docs.isEmpty() ? Collections.<String>singletonList(null) : docs) {
          groupMember.add(row(id, Json.text(m, "name"), Json.text(m, "id"), doc));
        }
      }
      for (JsonNode meeting : Json.list(g, "meetings")) {
        String doc = Json.text(meeting, "doc_id");
        groupMeeting.add(row(id, doc, Json.text(meeting, "date"), Json.text(meeting, "place")));
        for (JsonNode lead : Json.list(meeting, "leads")) {
          meetingLead.add(row(id, doc, Json.text(lead, "country"), Json.text(lead, "person_id"), Json.text(lead, "name")));
        }
      }
    }
    for (JsonNode c : countries) {
      countryRows.add(row(Json.text(c, "id"), Json.text(c, "name")));
    }
    for (List<JsonNode> entities : List.of(agencies, people, groups, countries)) {
      for (JsonNode e : entities) {
        String id = Json.text(e, "id");
        allNames(e).forEach(name -> names.add(row(id, name)));
        Json.strings(e, "statements").forEach(doc -> statements.add(row(id, doc)));
      }
    }
    for (JsonNode c : commitments) {
      String id = Json.text(c, "id");
      Json.strings(c, "actor_ids").forEach(actor -> commitmentActor.add(row(id, actor)));
      Json.strings(c, "group_ids").forEach(group -> commitmentGroup.add(row(id, group)));
    }
    return List.of(
        new Table(DatabaseSchema.AGENCY_ENTITIES, agencyRows),
        new Table(DatabaseSchema.PERSON_ENTITIES, personRows),
        new Table(DatabaseSchema.GROUP_ENTITIES, groupRows),
        new Table(DatabaseSchema.COUNTRY_ENTITIES, countryRows),
        Table.distinct(DatabaseSchema.ENTITY_NAMES, names),
        Table.distinct(DatabaseSchema.ENTITY_STATEMENTS, statements),
        Table.distinct(DatabaseSchema.GROUP_MEMBER, groupMember),
        Table.distinct(DatabaseSchema.GROUP_MEETING, groupMeeting),
        Table.distinct(DatabaseSchema.MEETING_LEAD, meetingLead),
        Table.distinct(DatabaseSchema.PERSON_POSITION, personPosition),
        Table.distinct(DatabaseSchema.COMMITMENT_ACTOR, commitmentActor),
        Table.distinct(DatabaseSchema.COMMITMENT_GROUP, commitmentGroup),
        Table.distinct(DatabaseSchema.AGENCY_PERSON, agencyPerson));
  }

  /** An entity's canonical name and every name it was seen under (countries list only the one). */
  private static Set<String> allNames(JsonNode entity) {
    Set<String> names = new LinkedHashSet<>();
    String name = Json.text(entity, "name");
    if (name != null) {
      names.add(name);
    }
    names.addAll(Json.strings(entity, "names"));
    return names;
  }
}
