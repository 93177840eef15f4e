package org.communique.db;

import static org.communique.db.Column.integer;
import static org.communique.db.Column.text;

import java.util.List;

/**
 * Every table of {@code output/communique.db}. Record tables hold what the records of
 * {@code output/records/} say, one row per item (their {@code entity_id} is the entity that
 * item belongs to, from the entity files' mentions, or null); entity tables hold
 * {@code output/entities/*.jsonl}; link tables the lists inside entities.
 */
public final class DatabaseSchema {
  // records
  public static final TableSchema STATEMENTS = TableSchema.of("statements", text("doc_id"), text("statement_date"));
  public static final TableSchema GROUPS = TableSchema.of("groups",
      text("doc_id"), text("name"), text("kind"), text("rule"), text("entity_id"));
  public static final TableSchema PEOPLE = TableSchema.of("people",
      text("doc_id"), text("name"), text("title"), text("agency"), text("country"), text("rule"), text("entity_id"));
  public static final TableSchema AGENCIES = TableSchema.of("agencies",
      text("doc_id"), text("name"), text("country"), text("rule"), text("entity_id"));
  public static final TableSchema DATES = TableSchema.of("dates", text("doc_id"), text("text"), text("value"), text("rule"));
  public static final TableSchema COMMITMENTS = TableSchema.of("commitments",
      text("id"), text("doc_id"), text("actor"), text("action"), text("text"), integer("start"), integer("end"), text("rule"));
  public static final TableSchema MENTIONS = TableSchema.of("mentions",
      text("doc_id"), text("item_type"), text("item_name"), integer("start"), integer("end"));
  public static final TableSchema ALIASES = TableSchema.of("aliases",
      text("doc_id"), text("item_type"), text("item_name"), text("alias"));
  public static final TableSchema GROUP_MEMBERS_IN_STATEMENT = TableSchema.of("group_members_in_statement",
      text("doc_id"), text("group_name"), text("member"));

  // entities
  public static final TableSchema AGENCY_ENTITIES = TableSchema.of("agency_entities", text("id"), text("name"), text("country"));
  public static final TableSchema PERSON_ENTITIES = TableSchema.of("person_entities", text("id"), text("name"), text("country"));
  public static final TableSchema GROUP_ENTITIES = TableSchema.of("group_entities", text("id"), text("name"), text("kind"));
  public static final TableSchema COUNTRY_ENTITIES = TableSchema.of("country_entities", text("id"), text("name"));
  public static final TableSchema ENTITY_NAMES = TableSchema.of("entity_names", text("entity_id"), text("name"));
  public static final TableSchema ENTITY_STATEMENTS = TableSchema.of("entity_statements", text("entity_id"), text("doc_id"));

  // links
  public static final TableSchema GROUP_MEMBER = TableSchema.of("group_member",
      text("group_id"), text("member_name"), text("member_id"), text("doc_id"));
  public static final TableSchema GROUP_MEETING = TableSchema.of("group_meeting",
      text("group_id"), text("doc_id"), text("date"), text("place"));
  public static final TableSchema MEETING_LEAD = TableSchema.of("meeting_lead",
      text("group_id"), text("doc_id"), text("country"), text("person_id"), text("name"));
  public static final TableSchema PERSON_POSITION = TableSchema.of("person_position",
      text("person_id"), text("title"), text("agency"), text("agency_id"), text("country"), text("first"), text("last"));
  public static final TableSchema COMMITMENT_ACTOR = TableSchema.of("commitment_actor", text("commitment_id"), text("actor_id"));
  public static final TableSchema COMMITMENT_GROUP = TableSchema.of("commitment_group", text("commitment_id"), text("group_id"));
  public static final TableSchema AGENCY_PERSON = TableSchema.of("agency_person", text("agency_id"), text("person_id"));

  /** All tables, in the order they are created (and listed in README). */
  public static final List<TableSchema> ALL = List.of(
      STATEMENTS, GROUPS, PEOPLE, AGENCIES, DATES, COMMITMENTS, MENTIONS, ALIASES, GROUP_MEMBERS_IN_STATEMENT,
      AGENCY_ENTITIES, PERSON_ENTITIES, GROUP_ENTITIES, COUNTRY_ENTITIES, ENTITY_NAMES, ENTITY_STATEMENTS,
      GROUP_MEMBER, GROUP_MEETING, MEETING_LEAD, PERSON_POSITION, COMMITMENT_ACTOR, COMMITMENT_GROUP, AGENCY_PERSON);

  private DatabaseSchema() {}
}
