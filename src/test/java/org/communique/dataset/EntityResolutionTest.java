package org.communique.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.communique.curation.Curation;
import org.communique.knowledge.OfficeHolders;
import org.communique.output.JsonFiles;
import org.communique.rules.Gazetteers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which items of which statements are one entity, on hand-written records: the real gazetteers,
 * registry and given-name forms of models/, no NLP.
 */
class EntityResolutionTest {
  static DatasetStage stage;

  @TempDir Path out;

  @BeforeAll
  static void load() throws IOException {
    Path models = Path.of("models");
    OfficeHolders holders = OfficeHolders.load(models.resolve("knowledge"));
    stage = new DatasetStage(Gazetteers.load(models.resolve("gazetteers"), holders.writtenForms()), holders,
        DatasetStage.givenNames(models));
  }

  private void record(String doc, String date, String json) throws IOException {
    Files.createDirectories(out.resolve("records"));
    String body = "{\"doc_id\":\"" + doc + "\",\"statement_date\":" + (date == null ? "null" : "\"" + date + "\"") + ","
        + "\"groups\":[],\"people\":[],\"agencies\":[],\"dates\":[],\"commitments\":[]," + json + "}";
    // later keys win: the fixture's lists replace the empty ones
    Files.writeString(out.resolve("records/" + doc + ".json"), JsonFiles.pretty(JsonFiles.MAPPER.readTree(body)));
  }

  private static String agency(String name, String country, String... aliases) {
    return "{\"name\":\"" + name + "\",\"aliases\":" + list(aliases) + ",\"country\":" + str(country)
        + ",\"mentions\":[{\"start\":0,\"end\":5}],\"rule\":\"t\"}";
  }

  private static String person(String name, String title, String agency, String country) {
    return "{\"name\":\"" + name + "\",\"aliases\":[],\"title\":" + str(title) + ",\"agency\":" + str(agency) + ",\"country\":"
        + str(country) + ",\"mentions\":[{\"start\":10,\"end\":20}],\"rule\":\"t\"}";
  }

  private static String group(String name, String kind, String... members) {
    return "{\"name\":\"" + name + "\",\"kind\":\"" + kind + "\",\"aliases\":[],\"members\":" + list(members)
        + ",\"mentions\":[{\"start\":30,\"end\":40}],\"rule\":\"t\"}";
  }

  private static String str(String s) {
    return s == null ? "null" : "\"" + s + "\"";
  }

  private static String list(String... xs) {
    List<String> q = new ArrayList<>();
    for (String x : xs) {
      q.add("\"" + x + "\"");
    }
    return "[" + String.join(",", q) + "]";
  }

  /** entity id of each (doc, name) in an entity file. */
  private Map<String, String> ids(String file) throws IOException {
    Map<String, String> out = new TreeMap<>();
    for (String line : Files.readAllLines(this.out.resolve("entities/" + file))) {
      JsonNode e = JsonFiles.MAPPER.readTree(line);
      e.path("mentions").forEach(m -> out.put(m.path("doc_id").asText() + "/" + m.path("name").asText(), e.path("id").asText()));
    }
    return out;
  }

  private JsonNode entity(String file, String id) throws IOException {
    for (String line : Files.readAllLines(out.resolve("entities/" + file))) {
      JsonNode e = JsonFiles.MAPPER.readTree(line);
      if (e.path("id").asText().equals(id)) {
        return e;
      }
    }
    throw new AssertionError("no entity " + id + " in " + file);
  }

  @Test
  void agenciesMatchWithinTheirCountryAndGenericNamesStayInTheirStatement() throws IOException {
    record("a", "2016-05-01", "\"agencies\":[" + agency("Ministry of Foreign Affairs", "Japan", "MOFA") + ","
        + agency("U.S. Department of State", "United States") + "," + agency("Foreign Ministry", null) + "]");
    record("b", "2019-01-01", "\"agencies\":[" + agency("MOFA", "Japan") + "," + agency("State Department", null) + ","
        + agency("Ministry of Foreign Affairs", "Mexico") + "," + agency("Foreign Ministry", null) + "]");
    stage.run(out, Curation.NONE);
    Map<String, String> ids = ids("agencies.jsonl");
    assertEquals("agency:ministry-of-foreign-affairs@japan", ids.get("a/Ministry of Foreign Affairs"));
    assertEquals(ids.get("a/Ministry of Foreign Affairs"), ids.get("b/MOFA"), "an acronym of the same country's body");
    assertEquals("agency:ministry-of-foreign-affairs@mexico", ids.get("b/Ministry of Foreign Affairs"));
    assertEquals("agency:department-of-state@united-states", ids.get("a/U.S. Department of State"));
    assertEquals(ids.get("a/U.S. Department of State"), ids.get("b/State Department"), "the gazetteer's body, whatever it is called");
    assertNotEquals(ids.get("a/Foreign Ministry"), ids.get("b/Foreign Ministry"), "whose foreign ministry is unknown");
    assertEquals("agency:foreign-ministry@doc:a", ids.get("a/Foreign Ministry"));
  }

  @Test
  void peopleMatchOnNameFormsAndCountryAndPositionsFollowTheDates() throws IOException {
    record("a", "2017-03-01", "\"people\":[" + person("Rob Strayer", "Deputy Assistant Secretary", "Department of State", "United States")
        + "," + person("John Smith", "Ambassador", null, "United Kingdom") + "],"
        + "\"agencies\":[" + agency("Department of State", "United States") + "]");
    record("b", "2019-06-01", "\"people\":[" + person("Robert L. Strayer", "Ambassador", null, null) + ","
        + person("John Smith", "Minister", null, "Australia") + "," + person("Lula", "President", null, null) + "]");
    record("c", "2008-02-01", "\"people\":[" + person("Luiz Inacio Lula da Silva", "President", null, "Brazil") + "]");
    stage.run(out, Curation.NONE);
    Map<String, String> ids = ids("people.jsonl");
    assertEquals(ids.get("a/Rob Strayer"), ids.get("b/Robert L. Strayer"), "short form and middle initial");
    assertNotEquals(ids.get("a/John Smith"), ids.get("b/John Smith"), "one name, two countries: two people");
    assertEquals("person:john-smith@united-kingdom", ids.get("a/John Smith"));
    assertEquals(ids.get("b/Lula"), ids.get("c/Luiz Inacio Lula da Silva"), "the registry's name");
    JsonNode strayer = entity("people.jsonl", ids.get("a/Rob Strayer"));
    assertEquals(2, strayer.path("positions").size());
    assertEquals("Deputy Assistant Secretary", strayer.path("positions").get(0).path("title").asText());
    assertEquals("2017-03-01", strayer.path("positions").get(0).path("first").asText());
    assertEquals("agency:department-of-state@united-states", strayer.path("positions").get(0).path("agency_id").asText());
    assertEquals("Ambassador", strayer.path("positions").get(1).path("title").asText());
    JsonNode state = entity("agencies.jsonl", "agency:department-of-state@united-states");
    assertEquals(ids.get("a/Rob Strayer"), state.path("people").get(0).asText());
  }

  @Test
  void groupsMatchAcrossEditionsAndPartyOrderWithMeetingsAndLeads() throws IOException {
    record("a", "2016-07-21", "\"groups\":[" + group("U.S.-Japan Cyber Dialogue", "dialogue", "United States", "Japan") + ","
        + group("Working Group", "working_group") + "],"
        + "\"people\":[" + person("Christopher Painter", "Coordinator", null, "United States") + ","
        + person("Hiroshi Tanaka", "Ambassador", null, "Japan") + "],"
        + "\"commitments\":[{\"actor\":\"both sides\",\"action\":\"share\",\"text\":\"both sides will share\","
        + "\"mentions\":[{\"start\":50,\"end\":70}],\"rule\":\"t\"}]");
    record("b", "2018-10-03", "\"groups\":[" + group("Japan-U.S. Cyber Dialogue", "dialogue", "Japan", "United States") + ","
        + group("Working Group", "working_group") + "]");
    stage.run(out, Curation.NONE);
    Map<String, String> ids = ids("groups.jsonl");
    assertEquals("group:cyber-dialogue@japan+united-states", ids.get("a/U.S.-Japan Cyber Dialogue"));
    assertEquals(ids.get("a/U.S.-Japan Cyber Dialogue"), ids.get("b/Japan-U.S. Cyber Dialogue"));
    assertNotEquals(ids.get("a/Working Group"), ids.get("b/Working Group"), "a generic name without parties");
    JsonNode dialogue = entity("groups.jsonl", "group:cyber-dialogue@japan+united-states");
    assertEquals(2, dialogue.path("meetings").size());
    JsonNode first = dialogue.path("meetings").get(0);
    assertEquals("2016-07-21", first.path("date").asText());
    assertEquals("person:christopher-painter", first.path("leads").get(1).path("person_id").asText());
    assertEquals("Japan", first.path("leads").get(0).path("country").asText());
    assertEquals("commitment:a:50:share", dialogue.path("commitments").get(0).asText());
    JsonNode commitment = JsonFiles.MAPPER.readTree(Files.readAllLines(out.resolve("entities/commitments.jsonl")).get(0));
    assertEquals("[\"country:japan\",\"country:united-states\"]", commitment.path("actor_ids").toString(), "both sides: the parties");
  }

  @Test
  void aBodyOfAnOrganisationNamedEitherWayIsOneGroup() throws IOException {
    record("a", "2019-01-01", "\"groups\":[" + group("Ministerial Council of the Gulf Cooperation Council", "council") + "]");
    record("b", "2021-01-01", "\"groups\":[" + group("GCC Ministerial Council", "council") + "]");
    stage.run(out, Curation.NONE);
    Map<String, String> ids = ids("groups.jsonl");
    assertEquals(ids.get("a/Ministerial Council of the Gulf Cooperation Council"), ids.get("b/GCC Ministerial Council"));
  }

  @Test
  void idsDoNotDependOnOtherStatements() throws IOException {
    record("b", "2018-01-01", "\"agencies\":[" + agency("Department of Homeland Security", "United States") + "],"
        + "\"groups\":[" + group("U.S.-EU Cyber Dialogue", "dialogue", "United States", "European Union") + "]");
    stage.run(out, Curation.NONE);
    Map<String, String> before = ids("agencies.jsonl");
    before.putAll(ids("groups.jsonl"));
    record("a", "2015-01-01", "\"agencies\":[" + agency("DHS", "United States") + "],"
        + "\"groups\":[" + group("8th EU-U.S. Cyber Dialogue", "dialogue", "European Union", "United States") + "]");
    stage.run(out, Curation.NONE);
    Map<String, String> after = ids("agencies.jsonl");
    after.putAll(ids("groups.jsonl"));
    before.forEach((item, id) -> assertEquals(id, after.get(item), item));
    assertEquals(after.get("b/U.S.-EU Cyber Dialogue"), after.get("a/8th EU-U.S. Cyber Dialogue"));
    assertEquals(after.get("b/Department of Homeland Security"), after.get("a/DHS"));
  }

  @Test
  void entityCurationMergesSplitsAliasesAndReportsWhatAppliesToNothing() throws IOException {
    record("a", "2016-01-01", "\"agencies\":[" + agency("Cyber Agency", "France") + "," + agency("XYZA", "France") + "]");
    record("b", "2017-01-01", "\"agencies\":[" + agency("Cyber Agency", "France") + "]");
    Path dir = Files.createDirectories(out.resolve("cur"));
    Files.writeString(dir.resolve("fixes.txt"), String.join("\n",
        "# ANSSI is the French cyber agency",
        "merge agency:cyber-agency@france agency:xyza@france",
        "alias agency:cyber-agency@france \"Agence nationale\"",
        "split agency:cyber-agency@france b",
        "set-entity agency:cyber-agency@france name \"National Cyber Agency\"",
        "merge agency:no-such@france agency:cyber-agency@france", ""));
    DatasetStage.Result r = stage.run(out, Curation.load(dir));
    Map<String, String> ids = ids("agencies.jsonl");
    assertEquals("agency:cyber-agency@france", ids.get("a/XYZA"));
    assertEquals("agency:cyber-agency@france~b", ids.get("b/Cyber Agency"));
    JsonNode e = entity("agencies.jsonl", "agency:cyber-agency@france");
    assertEquals("National Cyber Agency", e.path("name").asText());
    assertTrue(e.path("names").toString().contains("Agence nationale"));
    assertEquals(4, e.path("curation").size(), e.toString());
    assertEquals(1, r.stale().size());
    assertTrue(r.stale().get(0).startsWith("cur/fixes.txt:6: merge agency:no-such@france"), r.stale().get(0));
    assertTrue(Files.readString(out.resolve(DatasetStage.STALE_FILE)).contains("no such entity"));
    Files.writeString(dir.resolve("fixes.txt"), "alias agency:cyber-agency@france CA\n");
    assertTrue(stage.run(out, Curation.load(dir)).stale().isEmpty());
    assertFalse(Files.exists(out.resolve(DatasetStage.STALE_FILE)), "no stale edit, no stale file");
  }
}
