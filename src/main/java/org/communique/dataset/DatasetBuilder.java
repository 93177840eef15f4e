package org.communique.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.communique.output.JsonFiles;
import org.communique.rules.Gazetteers;

/**
 * Builds the entity files from the statements' records: resolves agencies, people and groups to
 * entities, applies the entity curation, then writes each entity with its names, statements,
 * mentions and links (people of an agency, positions of a person, members, meetings and
 * commitments of a group, actors of a commitment).
 */
final class DatasetBuilder {
  private static final Pattern ACTOR_PARTS = Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*");
  private static final Pattern PLURAL_PARTIES = Pattern.compile(
      "(?i)^(both|all|the two|the three|the)\\b.*\\b(sides|parties|countries|nations|governments|leaders|ministers|participants|delegations|states|members|partners)$"
          + "|^(?i)(they|we|both)$");

  private final Gazetteers gazetteers;
  private final AgencyEntities agencies;
  private final PersonEntities people;
  private final GroupEntities groups;

  DatasetBuilder(Gazetteers gazetteers, AgencyEntities agencies, PersonEntities people, GroupEntities groups) {
    this.gazetteers = gazetteers;
    this.agencies = agencies;
    this.people = people;
    this.groups = groups;
  }

  /** The lines of each entity file, by file name, each list sorted by id. */
  record Files(Map<String, List<ObjectNode>> lines) {}

  Files build(List<Statement> statements, EntityCuration curation) {
    Map<String, List<Entity>> byType = new LinkedHashMap<>();
    byType.put("agencies", curation.apply("agencies", agencies.resolve(items(statements, "agencies"))));
    byType.put("people", curation.apply("people", people.resolve(items(statements, "people"))));
    byType.put("groups", curation.apply("groups", groups.resolve(items(statements, "groups"))));
    DocIndex index = new DocIndex();
    byType.forEach((type, entities) -> entities.forEach(e -> index.add(e, type)));
    Map<String, Statement> byDoc = new TreeMap<>();
    statements.forEach(s -> byDoc.put(s.docId(), s));
    Countries countries = new Countries();

    List<ObjectNode> commitments = new ArrayList<>();
    Map<String, List<String>> commitmentsByDoc = new TreeMap<>();
    for (Statement s : statements) {
      for (JsonNode c : s.items("commitments")) {
        ObjectNode line = commitment(s, c, index, countries);
        commitments.add(line);
        commitmentsByDoc.computeIfAbsent(s.docId(), k -> new ArrayList<>()).add(line.get("id").asText());
      }
    }
    List<ObjectNode> agencyLines = new ArrayList<>();
    Map<String, Set<String>> peopleByAgency = new TreeMap<>();
    for (Entity person : byType.get("people")) {
      for (ItemRef item : person.items()) {
        String agencyId = index.named(item.docId(), "agencies", item.text("agency"));
        if (agencyId != null) {
          peopleByAgency.computeIfAbsent(agencyId, k -> new TreeSet<>()).add(person.id());
        }
      }
    }
    for (Entity agency : byType.get("agencies")) {
      ObjectNode line = head(agency);
      line.put("country", agency.country());
      common(line, agency, curation);
      ArrayNode ppl = line.putArray("people");
      peopleByAgency.getOrDefault(agency.id(), Set.of()).forEach(ppl::add);
      countries.seen(agency.country(), agency.items());
      agencyLines.add(line);
    }
    List<ObjectNode> personLines = new ArrayList<>();
    for (Entity person : byType.get("people")) {
      ObjectNode line = head(person);
      String curated = curation.attribute(person.id(), "country");
      line.put("country", curated != null ? curated : latestCountry(person));
      line.set("positions", positions(person, index));
      common(line, person, curation);
      countries.seen(person.country(), person.items());
      personLines.add(line);
    }
    List<ObjectNode> groupLines = new ArrayList<>();
    for (Entity group : byType.get("groups")) {
      groupLines.add(group(group, index, byDoc, commitmentsByDoc, countries, curation));
    }
    Map<String, List<ObjectNode>> files = new LinkedHashMap<>();
    files.put("agencies.jsonl", sorted(agencyLines));
    files.put("commitments.jsonl", sorted(commitments));
    files.put("countries.jsonl", sorted(countries.lines()));
    files.put("groups.jsonl", sorted(groupLines));
    files.put("people.jsonl", sorted(personLines));
    return new Files(files);
  }

  private static List<ItemRef> items(List<Statement> statements, String type) {
    List<ItemRef> out = new ArrayList<>();
    for (Statement s : statements) {
      s.items(type).forEach(n -> out.add(new ItemRef(s, type, n)));
    }
    return out;
  }

  private static ObjectNode head(Entity e) {
    ObjectNode line = JsonFiles.MAPPER.createObjectNode();
    line.put("id", e.id());
    line.put("name", e.name());
    return line;
  }

  /** names, statements, mentions, and the curation lines that shaped the entity. */
  private static void common(ObjectNode line, Entity e, EntityCuration curation) {
    TreeSet<String> names = new TreeSet<>();
    TreeSet<String> docs = new TreeSet<>();
    e.items().forEach(i -> {
      i.names().forEach(n -> names.add(NameForms.clean(n)));
      docs.add(i.docId());
    });
    names.addAll(curation.aliases(e.id()));
    ArrayNode n = line.putArray("names");
    names.forEach(n::add);
    ArrayNode d = line.putArray("statements");
    docs.forEach(d::add);
    List<ObjectNode> mentions = new ArrayList<>();
    for (ItemRef i : e.items()) {
      for (int[] m : i.mentions()) {
        ObjectNode o = JsonFiles.MAPPER.createObjectNode();
        o.put("doc_id", i.docId());
        o.put("name", i.name());
        o.put("start", m[0]);
        o.put("end", m[1]);
        mentions.add(o);
      }
    }
    mentions.sort(Comparator.comparing((ObjectNode o) -> o.get("doc_id").asText()).thenComparingInt(o -> o.get("start").asInt())
        .thenComparingInt(o -> o.get("end").asInt()).thenComparing(o -> o.get("name").asText()));
    line.putArray("mentions").addAll(mentions);
    List<String> curated = curation.provenance(e.id());
    if (!curated.isEmpty()) {
      ArrayNode c = line.putArray("curation");
      curated.forEach(c::add);
    }
  }

  /** The country of the person's latest statement that gives one. */
  private static String latestCountry(Entity person) {
    String best = null;
    String bestKey = null;
    for (ItemRef i : person.items()) {
      String key = (i.statement().date() == null ? "" : i.statement().date()) + "\u0000" + i.docId();
      if (i.country() != null && (bestKey == null || key.compareTo(bestKey) > 0)) {
        best = i.country();
        bestKey = key;
      }
    }
    return best != null ? best : person.country();
  }

  private record PositionKey(String title, String agency, String agencyId, String country) {}

  private static ArrayNode positions(Entity person, DocIndex index) {
    Map<PositionKey, TreeSet<String>> docs = new LinkedHashMap<>();
    Map<PositionKey, TreeSet<String>> dates = new LinkedHashMap<>();
    for (ItemRef i : person.items()) {
      String agency = i.text("agency");
      PositionKey k = new PositionKey(i.text("title"), agency, index.named(i.docId(), "agencies", agency), i.country());
      docs.computeIfAbsent(k, x -> new TreeSet<>()).add(i.docId());
      TreeSet<String> d = dates.computeIfAbsent(k, x -> new TreeSet<>());
      if (i.statement().date() != null) {
        d.add(i.statement().date());
      }
    }
    List<ObjectNode> out = new ArrayList<>();
    docs.forEach((k, ds) -> {
      ObjectNode p = JsonFiles.MAPPER.createObjectNode();
      p.put("title", k.title());
      p.put("agency", k.agency());
      p.put("agency_id", k.agencyId());
      p.put("country", k.country());
      TreeSet<String> d = dates.get(k);
      p.put("first", d.isEmpty() ? null : d.first());
      p.put("last", d.isEmpty() ? null : d.last());
      p.putArray("statements").addAll(ds.stream().map(JsonFiles.MAPPER.getNodeFactory()::textNode).toList());
      out.add(p);
    });
    out.sort(Comparator.comparing((ObjectNode p) -> p.get("first").isNull() ? "\uffff" : p.get("first").asText())
        .thenComparing(p -> p.get("title").isNull() ? "" : p.get("title").asText())
        .thenComparing(p -> p.get("statements").get(0).asText())
        .thenComparing(p -> p.toString()));
    ArrayNode arr = JsonFiles.MAPPER.createArrayNode();
    out.forEach(arr::add);
    return arr;
  }

  private ObjectNode group(Entity group, DocIndex index, Map<String, Statement> byDoc, Map<String, List<String>> commitmentsByDoc,
      Countries countries, EntityCuration curation) {
    ObjectNode line = head(group);
    String kind = curation.attribute(group.id(), "kind");
    line.put("kind", kind != null ? kind : Canonical.mostWritten(group.items().stream().map(i -> i.text("kind")).toList()));
    Map<String, TreeSet<String>> members = new TreeMap<>();
    for (ItemRef i : group.items()) {
      for (String m : i.strings("members")) {
        String party = gazetteers.party(m); // "NATO" and "North Atlantic Treaty Organization" are one member
        members.computeIfAbsent(party != null ? party : m, k -> new TreeSet<>()).add(i.docId());
      }
    }
    ArrayNode mem = line.putArray("members");
    members.forEach((m, docs) -> {
      ObjectNode o = mem.addObject();
      o.put("name", m);
      o.put("id", partyId(m));
      o.putArray("statements").addAll(docs.stream().map(JsonFiles.MAPPER.getNodeFactory()::textNode).toList());
      countries.seen(gazetteers.country(m), docs);
    });
    List<ObjectNode> meetings = new ArrayList<>();
    TreeSet<String> commitmentIds = new TreeSet<>();
    for (ItemRef i : group.items()) {
      Statement s = byDoc.get(i.docId());
      ObjectNode meeting = JsonFiles.MAPPER.createObjectNode();
      meeting.put("doc_id", s.docId());
      meeting.put("date", s.date());
      meeting.put("place", s.record().path("statement_place").asText(null));
      meeting.set("leads", leads(s, i.strings("members"), index));
      meetings.add(meeting);
      commitmentIds.addAll(commitmentsByDoc.getOrDefault(s.docId(), List.of()));
    }
    meetings.sort(Comparator.comparing((ObjectNode m) -> m.get("date").isNull() ? "\uffff" : m.get("date").asText())
        .thenComparing(m -> m.get("doc_id").asText()));
    line.putArray("meetings").addAll(meetings);
    ArrayNode com = line.putArray("commitments");
    commitmentIds.forEach(com::add);
    common(line, group, curation);
    return line;
  }

  /** For each member, the first person of the statement who serves that member. */
  private static ArrayNode leads(Statement s, List<String> members, DocIndex index) {
    ArrayNode out = JsonFiles.MAPPER.createArrayNode();
    List<JsonNode> ppl = new ArrayList<>(s.items("people"));
    ppl.sort(Comparator.comparingInt(p -> new ItemRef(s, "people", p).firstOffset()));
    for (String m : new TreeSet<>(members)) {
      for (JsonNode p : ppl) {
        if (m.equals(p.path("country").asText(null))) {
          ObjectNode lead = out.addObject();
          lead.put("country", m);
          lead.put("person_id", index.item(s.docId(), "people", p.path("name").asText()));
          lead.put("name", p.path("name").asText());
          break;
        }
      }
    }
    return out;
  }

  private ObjectNode commitment(Statement s, JsonNode c, DocIndex index, Countries countries) {
    ItemRef ref = new ItemRef(s, "commitments", c);
    int start = ref.firstOffset() == Integer.MAX_VALUE ? 0 : ref.firstOffset();
    int end = ref.mentions().stream().filter(m -> m[0] == start).mapToInt(m -> m[1]).findFirst().orElse(start);
    ObjectNode line = JsonFiles.MAPPER.createObjectNode();
    line.put("id", DatasetStage.commitmentId(s.docId(), start, ref.text("action")));
    line.put("doc_id", s.docId());
    line.put("date", s.date());
    String actor = ref.text("actor");
    line.put("actor", actor);
    TreeSet<String> actorIds = actorIds(s, actor, index);
    actorIds.stream().filter(id -> id.startsWith("country:")).forEach(id -> countries.seenId(id, s.docId()));
    ArrayNode a = line.putArray("actor_ids");
    actorIds.forEach(a::add);
    line.put("action", ref.text("action"));
    line.put("text", ref.text("text"));
    line.put("start", start);
    line.put("end", end);
    ArrayNode g = line.putArray("group_ids");
    new TreeSet<>(s.items("groups").stream().map(n -> index.item(s.docId(), "groups", n.path("name").asText()))
        .filter(id -> id != null).toList()).forEach(g::add);
    return line;
  }

  /** The entities a commitment's actor names: the whole actor, else each party of "A, B and C"; "both sides" are the statement's parties. */
  TreeSet<String> actorIds(Statement s, String actor, DocIndex index) {
    TreeSet<String> out = new TreeSet<>();
    if (actor == null || actor.isBlank()) {
      return out;
    }
    String whole = resolve(s, actor, index);
    if (whole != null) {
      out.add(whole);
      return out;
    }
    for (String part : ACTOR_PARTS.split(actor.strip())) {
      String p = NameForms.clean(part);
      String id = resolve(s, p, index);
      if (id != null) {
        out.add(id);
      } else if (PLURAL_PARTIES.matcher(p).find()) {
        for (JsonNode grp : s.items("groups")) {
          grp.path("members").forEach(m -> out.add(partyId(m.asText())));
        }
      }
    }
    return out;
  }

  private String resolve(Statement s, String written, DocIndex index) {
    String country = gazetteers.country(NameForms.clean(written));
    if (country != null) {
      return "country:" + NameForms.slug(country);
    }
    return index.named(s.docId(), NameForms.clean(written), List.of("agencies", "groups", "people"));
  }

  /** A member written as a country is that country; an intergovernmental body is an agency of that name. */
  private String partyId(String member) {
    String country = gazetteers.country(member);
    if (country != null) {
      return "country:" + NameForms.slug(country);
    }
    Gazetteers.KnownAgency known = gazetteers.knownAgency(member);
    return "agency:" + NameForms.slug(known != null ? known.name() : member);
  }

  private static List<ObjectNode> sorted(List<ObjectNode> lines) {
    lines.sort(Comparator.comparing(l -> l.get("id").asText()));
    return lines;
  }

  /** The countries seen anywhere in the dataset, with their statements. */
  private final class Countries {
    private final Map<String, String> names = new TreeMap<>();
    private final Map<String, TreeSet<String>> docs = new TreeMap<>();

    void seen(String country, List<ItemRef> items) {
      seen(country, items.stream().map(ItemRef::docId).toList());
    }

    void seen(String country, java.util.Collection<String> inDocs) {
      if (country == null) {
        return;
      }
      String id = "country:" + NameForms.slug(country);
      names.putIfAbsent(id, country);
      docs.computeIfAbsent(id, k -> new TreeSet<>()).addAll(inDocs);
    }

    void seenId(String id, String doc) {
      docs.computeIfAbsent(id, k -> new TreeSet<>()).add(doc);
      names.computeIfAbsent(id, k -> gazetteers.countries().stream().filter(c -> id.equals("country:" + NameForms.slug(c.name())))
          .map(Gazetteers.Country::name).findFirst().orElse(k.substring("country:".length())));
    }

    List<ObjectNode> lines() {
      List<ObjectNode> out = new ArrayList<>();
      names.forEach((id, name) -> {
        ObjectNode o = JsonFiles.MAPPER.createObjectNode();
        o.put("id", id);
        o.put("name", name);
        o.putArray("statements").addAll(docs.getOrDefault(id, new TreeSet<>()).stream()
            .map(JsonFiles.MAPPER.getNodeFactory()::textNode).toList());
        out.add(o);
      });
      return out;
    }
  }
}
