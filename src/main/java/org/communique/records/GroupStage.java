package org.communique.records;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.communique.nlp.Token;
import org.communique.rules.Gazetteers;
import org.communique.rules.RuleEngine;
import org.communique.rules.RuleMatch;
import org.communique.rules.TokenSpan;

/**
 * Groups: names ending in a group head ("Working Group", "Dialogue", "Summit", ...) found by the
 * group rules. Ordinals and leading years are dropped from the name; members come from a hyphen
 * chain of parties at the start of the name, else from the parties named in the sentence; short
 * forms ("Cyber Dialogue", "Working Group on X") become aliases of the full name they end.
 */
final class GroupStage {
  private static final Pattern INNER_ACRONYM = Pattern.compile("^(.*?)\\s*\\((\\p{Lu}[\\p{Lu}\\p{N}&.-]*\\p{Lu})\\)\\s+((?:on|for|against|of|between)\\s.*)$");
  private static final Pattern ORDINAL = Pattern.compile(
      "^(?:(?:\\d+(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Inaugural|Annual|(?:19|20)\\d\\d)\\s+)+");
  private static final Pattern PARENTHESISED_ACRONYM = Pattern.compile("\\s*\\(\\p{Lu}[\\p{Lu}\\p{N}&.-]*\\)\\s*");
  private static final String CONFERENCE_OF_PARTIES_RULE = "group.cop";

  /** A group with what later stages need. */
  static final class Found {
    final Item item;
    final String kind;
    List<String> members;
    final String core;
    /** The members come from the groupings gazetteer, not from the text ("Quad Leaders' Summit"). */
    boolean membersKnown;

    Found(Item item, String kind, List<String> members, String core) {
      this.item = item;
      this.kind = kind;
      this.members = members;
      this.core = core;
    }
  }

  List<Found> run(DocumentContext ctx, List<AgencyStage.Found> agencies, Acronyms acronyms) {
    Gazetteers gaz = ctx.gazetteers;
    Map<String, Found> byKey = new LinkedHashMap<>();
    List<RuleMatch> candidates = splitCoordinated(ctx, dedupeSameEnd(ctx.matches("group"), ctx.trace));
    Set<String> agencyKeys = new java.util.HashSet<>();
    agencies.forEach(a -> agencyKeys.addAll(a.item.keys()));
    List<TokenSpan> withMeeting = candidates.stream()
        .map(m -> withoutOwner(ctx, withoutMeetingOf(ctx, withoutCountryOf(ctx, withoutDocumentOpener(ctx, throughKnownBody(ctx, m.slotOrSpan("name"))))))).toList();
    List<TokenSpan> spans = withMeeting.stream().map(span -> withoutMeetingSuffix(ctx, span)).toList();
    List<TokenSpan> known = new ArrayList<>();
    for (RuleMatch m : ctx.matches("group")) {
      Gazetteers.KnownGroup k = m.ruleId().equals(RuleEngine.KNOWN_GROUP_RULE) ? gaz.knownGroup(m.span().text()) : null;
      if (k != null) {
        // "the Quad", "I2U2", "the G7": a standing grouping of the gazetteer, its members known or left to the statement
        Found f = byKey.computeIfAbsent("known|" + k.name(), key -> new Found(new Item(k.name(), m.ruleId()), k.kind(), namedMembers(ctx, k.members()), k.name()));
        f.item.mention(m.span(), m.span().text());
        List<String> listed = k.members().isEmpty() && f.members.isEmpty() ? countriesInParentheses(ctx, m.span()) : List.of();
        if (!listed.isEmpty()) {
          f.members = listed; // "the BRICS (Brazil, Russia, India, China, South Africa) countries": the grouping's members, listed
          ctx.trace.item(Decision.GROUPS, Decision.Kind.MEMBERS, f.item, listed + ": the countries listed in parentheses after its name");
        }
        known.add(m.span());
      }
    }
    for (int c = 0; c < candidates.size(); c++) {
      RuleMatch m = candidates.get(c);
      TokenSpan span = spans.get(c);
      if (m.ruleId().equals(RuleEngine.KNOWN_GROUP_RULE) || known.stream().anyMatch(k -> k.start() == span.start() && k.end() == span.end())) {
        if (!m.ruleId().equals(RuleEngine.KNOWN_GROUP_RULE)) {
          ctx.trace.at(Decision.GROUPS, Decision.Kind.DROPPED, span.text(), m.ruleId(), span, () -> "the gazetteer's standing grouping at the same words is taken instead");
        }
        continue;
      }
      TokenSpan joinedKnown = known.stream().filter(k -> k.sentence() == span.sentence() && k.end() == span.end() && k.firstToken() > span.firstToken()
          && Set.of("and", ",", "&").contains(ctx.token(span.sentence(), k.firstToken() - 1).text())).findFirst().orElse(null);
      if (joinedKnown != null) {
        ctx.trace.at(Decision.GROUPS, Decision.Kind.DROPPED, span.text(), m.ruleId(), span, () -> "it runs on from a list into the standing grouping \""
            + joinedKnown.text() + "\", which is taken instead");
        continue; // "... Europe (OSCE) and ASEAN Regional Forum": a list's last item, not one name
      }
      if (spans.stream().anyMatch(o -> o.sentence() == span.sentence() && o.firstToken() == span.firstToken() && o.endToken() > span.endToken())) {
        ctx.trace.at(Decision.GROUPS, Decision.Kind.DROPPED, span.text(), m.ruleId(), span, () -> "a longer name from the same start is taken: \"" + spans.stream()
            .filter(o -> o.sentence() == span.sentence() && o.firstToken() == span.firstToken()).max(Comparator.comparingInt(TokenSpan::endToken)).orElseThrow().text() + "\"");
        continue; // "Joint Commission" of "Joint Commission on Energy": the longer name from the same start
      }
      String written = Names.clean(span.text());
      // "U.S.-India Joint Commission Meeting (JCM) on Science ...": the acronym inside is an alias
      java.util.regex.Matcher inner = INNER_ACRONYM.matcher(written);
      String innerAcronym = null;
      if (inner.matches()) {
        innerAcronym = inner.group(2);
        written = inner.group(1) + " " + inner.group(3);
      }
      String name = ORDINAL.matcher(written).replaceFirst("");
      List<String> words = words(ctx, span);
      if (m.ruleId().equals(CONFERENCE_OF_PARTIES_RULE)) {
        // "COP26": a session of a treaty's Conference of the Parties, a meeting named by its number
        Found f = byKey.computeIfAbsent("cop|" + Names.key(name).replaceAll("[\\s-]", ""), k -> new Found(new Item(name, m.ruleId()), "meeting", List.of(), name));
        f.item.mention(span, span.text());
        continue;
      }
      Gazetteers.GroupHead head = lastHead(words, gaz);
      if (head == null || !hasModifier(name, head)) {
        ctx.trace.at(Decision.GROUPS, Decision.Kind.DROPPED, name, m.ruleId(), span, () -> head == null ? "no group head word in it"
            : "a head alone (\"" + head.words() + "\") names no group: it refers to one");
        continue;
      }
      List<String> chain = GroupMembers.parse(name, gaz);
      if (head.needsParties() && chain.isEmpty() && !namesParties(ctx, span)) {
        ctx.trace.at(Decision.GROUPS, Decision.Kind.DROPPED, name, m.ruleId(), span, () -> "\"" + head.words() + "\" names a group only with its parties, "
            + "and none is named: no chain of parties, no two countries, no organisation, no Joint/Bilateral word");
        continue;
      }
      if (namesADocument(ctx, span) || isAgencyName(name, gaz, agencyKeys) || namesAPersonsEvent(ctx, span) || goesOnAsABody(ctx, span)
          || head.kind().equals("partnership") && namesAnAgreement(ctx, span) || namesALevel(ctx, span)) {
        ctx.trace.at(Decision.GROUPS, Decision.Kind.DROPPED, name, m.ruleId(), span, () -> notAGroup(ctx, span, name, agencyKeys));
        continue;
      }
      List<String> named = chain.isEmpty() ? partiesInName(ctx, span) : chain;
      boolean fromGazetteer = false;
      if (named.isEmpty()) {
        // "Quad Leaders' Summit": the meeting of a grouping whose members are known; those the statement names take part
        List<String> grouping = groupingMembers(name, gaz, byKey);
        fromGazetteer = !grouping.isEmpty();
        named = namedMembers(ctx, grouping);
      }
      List<String> members = named.isEmpty() && !fromGazetteer ? sentenceParties(ctx, span, candidates) : named;
      String core = core(name, gaz);
      // "EU-U.S." is "U.S.-EU"; "Science & Technology" is "Science and Technology"
      String key = String.join("+", chain.stream().sorted().toList()) + "|" + coreKey(core);
      String kind = isPlaceGroup(ctx, span, words) ? "coalition" : head.kind();
      boolean existed = ctx.trace.on() && byKey.containsKey(key);
      boolean membersKnown = fromGazetteer;
      Found f = byKey.computeIfAbsent(key, k -> {
        Found made = new Found(new Item(name, m.ruleId()), kind, members, core);
        made.membersKnown = membersKnown;
        return made;
      });
      f.item.mention(span, span.text());
      if (ctx.trace.on()) {
        traceCandidate(ctx, f, existed, m, span, chain, named, head);
      }
      if (!written.equals(span.text())) {
        f.item.surfaces.add(written);
      }
      if (innerAcronym != null) {
        f.item.surfaces.add(innerAcronym);
      }
      java.util.regex.Matcher owned = OWNER_WITH_ACRONYM.matcher(name);
      if (owned.matches() && gaz.knownAgency(owned.group(1)) != null) {
        // "Common Market for Eastern and Southern Africa (COMESA) Extraordinary Council of Ministers": the organ
        // is also named without its organisation
        f.item.surfaces.add(owned.group(3));
      }
      if (withMeeting.get(c) != span) {
        f.item.surfaces.add(withMeeting.get(c).text()); // "Forum Officials Committee (FOC) Meeting" as written
      }
      f.item.surfaces.add(name); // without its ordinal: "Japan-U.S. Cyber Dialogue" of "the 8th Japan-U.S. Cyber Dialogue"
      int between = name.indexOf(" between ");
      if (m.ruleId().equals("group.between") && between > 0) {
        f.item.surfaces.add(name.substring(0, between)); // "High Intergovernmental Council" of "... between Kazakhstan and Uzbekistan"
      }
    }
    dropKnownInsideLonger(byKey, ctx.trace);
    List<Found> groups = mergeParenthesised(ctx, mergeShortForms(new ArrayList<>(byKey.values()), gaz, ctx.trace));
    withPartiesBetween(ctx, groups);
    withStatementParties(ctx, groups);
    for (Found f : groups) {
      f.item.surfaces.add(f.item.name);
      if (ctx.trace.on() && !fullestName(f.item).equals(f.item.name)) {
        ctx.trace.item(Decision.GROUPS, Decision.Kind.NAME, f.item, "\"" + fullestName(f.item) + "\": its longest form written without an ordinal, over \"" + f.item.name + "\"");
      }
      f.item.name = fullestName(f.item);
      acronyms.attach(f.item, ctx, Decision.GROUPS);
    }
    groups.sort(Comparator.comparingInt((Found f) -> f.item.firstOffset()).thenComparing(f -> f.item.name));
    return groups;
  }

  private static final Pattern OWNER_WITH_ACRONYM = Pattern.compile("(.+?) \\(([\\p{Lu}][\\p{Lu}\\p{N}&-]+)\\) (\\p{Lu}.*)");

  /** A standing grouping's members that the statement names: the contract's members are the parties the text names. */
  private static List<String> namedMembers(DocumentContext ctx, List<String> members) {
    return members.stream().filter(ctx::namesParty).toList();
  }

  /** The members of the standing grouping a name starts with ("Quad" of "Quad Leaders' Summit"), when the gazetteer fixes them. */
  private static List<String> groupingMembers(String name, Gazetteers gaz, Map<String, Found> byKey) {
    String[] words = name.split(" ");
    for (int n = Math.min(3, words.length - 1); n >= 1; n--) {
      Gazetteers.KnownGroup k = gaz.knownGroup(String.join(" ", java.util.Arrays.copyOfRange(words, 0, n)).replaceAll("['’]s$", ""));
      if (k != null && !k.members().isEmpty()) {
        return k.members();
      }
      Found listed = k == null ? null : byKey.get("known|" + k.name());
      if (listed != null && !listed.members.isEmpty()) {
        return listed.members; // "BRICS Health Ministers meeting" after "the BRICS (Brazil, Russia, ...)"
      }
    }
    return List.of();
  }

  /** "BRICS (Brazil, Russia, India, China, South Africa)": two or more countries, and nothing else, in parentheses right after a name. */
  private static List<String> countriesInParentheses(DocumentContext ctx, TokenSpan name) {
    int s = name.sentence();
    int n = ctx.sentence(s).tokens().size();
    int open = name.endToken();
    if (open >= n || !ctx.token(s, open).text().equals("(")) {
      return List.of();
    }
    int close = open + 1;
    while (close < n && !ctx.token(s, close).text().equals(")")) {
      close++;
    }
    if (close >= n) {
      return List.of();
    }
    boolean[] covered = new boolean[close];
    List<String> countries = countriesWithin(ctx, s, open + 1, close, covered);
    for (int i = open + 1; i < close; i++) {
      String w = ctx.token(s, i).text();
      if (!covered[i] && !w.equals(",") && !w.equals("and") && !w.equals("the")) {
        return List.of();
      }
    }
    return countries.size() >= 2 ? countries : List.of();
  }

  /**
   * The countries named (not by a demonym) within tokens [from, to) of a sentence, in order, each once; the tokens of
   * their mentions are marked in {@code covered} when it is given.
   */
  private static List<String> countriesWithin(DocumentContext ctx, int sentence, int from, int to, boolean[] covered) {
    List<String> countries = new ArrayList<>();
    for (PartyMention p : ctx.parties(sentence)) {
      if (p.span().firstToken() >= from && p.span().endToken() <= to && !p.demonym()) {
        if (covered != null) {
          for (int i = p.span().firstToken(); i < p.span().endToken(); i++) {
            covered[i] = true;
          }
        }
        p.parties().stream().filter(c -> ctx.gazetteers.country(c) != null && !countries.contains(c)).forEach(countries::add);
      }
    }
    return List.copyOf(countries);
  }

  static List<Group> records(List<Found> found) {
    List<Group> out = new ArrayList<>();
    for (Found f : found) {
      out.add(new Group(f.item.name, f.kind, f.item.aliases(), f.members, f.item.mentionList(), f.item.rule));
    }
    return out;
  }

  /** The longest form written without an ordinal: "U.S.-Mexico Working Group" over "US-Mexico Working Group". */
  private static String fullestName(Item item) {
    String best = item.name;
    for (String s : item.surfaces) {
      String c = Names.clean(s);
      if (!ORDINAL.matcher(c).lookingAt() && !c.contains("(") && c.length() > best.length()) {
        best = c;
      }
    }
    return best;
  }

  /**
   * "the Strategic Energy Dialogue and Climate and Environment Working Group meetings": two names
   * joined by "and" right after a group head, the second with a head of its own, are two groups.
   */
  private static List<RuleMatch> splitCoordinated(DocumentContext ctx, List<RuleMatch> matches) {
    List<RuleMatch> out = new ArrayList<>();
    for (RuleMatch m : matches) {
      TokenSpan name = m.slotOrSpan("name");
      int from = name.firstToken();
      for (int k = name.firstToken() + 1; k + 1 < name.endToken(); k++) {
        boolean afterHead = ctx.hasClass(name.sentence(), k - 1, Gazetteers.GROUP_HEAD)
            && !ctx.hasClass(name.sentence(), k + 1, Gazetteers.GROUP_HEAD);
        if (ctx.token(name.sentence(), k).text().equals("and") && afterHead
            && Character.isUpperCase(ctx.token(name.sentence(), k + 1).text().charAt(0))
            && hasHead(ctx, name.sentence(), k + 1, name.endToken())) {
          out.add(part(ctx, m, name.sentence(), from, k));
          ctx.trace.at(Decision.GROUPS, Decision.Kind.NAME, name.text(), m.ruleId(), name, () -> "two names joined by \"and\" after a group head: split in two");
          from = k + 1;
          continue;
        }
        if (ctx.token(name.sentence(), k).text().equals("and") && ctx.token(name.sentence(), k + 1).text().equals("of")
            && k + 2 < name.endToken() && hasHead(ctx, name.sentence(), from, k) && hasHead(ctx, name.sentence(), k + 2, name.endToken())) {
          // "the report of the Scientific Sub-Committee and of the Joint ... Taskforce": two names, each after its "of"
          out.add(part(ctx, m, name.sentence(), from, k));
          from = ctx.token(name.sentence(), k + 2).text().equalsIgnoreCase("the") ? k + 3 : k + 2;
          continue;
        }
        if (ctx.token(name.sentence(), k).text().equals("of") && ctx.gazetteers.recordWords("meeting-suffixes").contains(ctx.token(name.sentence(), k - 1).text())
            && standingHeadBefore(ctx, name.sentence(), from, k - 1) && hasHead(ctx, name.sentence(), k + 1, name.endToken())) {
          // "the Executive Committee Meeting of the Desert Locust Commission": the meeting of an organ named with its
          // own head, and the body it belongs to
          out.add(part(ctx, m, name.sentence(), from, k));
          ctx.trace.at(Decision.GROUPS, Decision.Kind.NAME, name.text(), m.ruleId(), name,
              () -> "an organ's meeting (a head before \"Meeting\") of a body named after \"of\": split in two");
          from = ctx.token(name.sentence(), k + 1).text().equalsIgnoreCase("the") ? k + 2 : k + 1;
          continue;
        }
        // "... Meeting on Transport and the EU-Africa Business Forum": after a topic, a chain of parties with a head of
        // its own opens a second name
        int next = ctx.token(name.sentence(), k + 1).text().equalsIgnoreCase("the") ? k + 2 : k + 1;
        if (ctx.token(name.sentence(), k).text().equals("and") && next < name.endToken() && hasHead(ctx, name.sentence(), from, k)
            && (ctx.hasClass(name.sentence(), next, Gazetteers.CHAIN) || ctx.hasClass(name.sentence(), next, Gazetteers.KNOWN_GROUP))
            && hasHead(ctx, name.sentence(), next, name.endToken())) {
          out.add(part(ctx, m, name.sentence(), from, k));
          ctx.trace.at(Decision.GROUPS, Decision.Kind.NAME, name.text(), m.ruleId(), name, () -> "a second name of its own parties after a topic and \"and\": split in two");
          from = next;
          continue;
        }
        // "the Joint Commission on Technical Cooperation and the Commission on Trade Monitoring": "and the" and a head
        // (or "Joint"/"Binational" and a head) open a second name
        if (ctx.token(name.sentence(), k).text().equals("and") && next == k + 2 && next < name.endToken() && hasHead(ctx, name.sentence(), from, k)
            && (ctx.hasClass(name.sentence(), next, Gazetteers.GROUP_HEAD) || next + 1 < name.endToken()
                && ctx.gazetteers.recordWords("multi-party-words").contains(ctx.token(name.sentence(), next).text())
                && ctx.hasClass(name.sentence(), next + 1, Gazetteers.GROUP_HEAD))
            && hasHead(ctx, name.sentence(), next, name.endToken())) {
          out.add(part(ctx, m, name.sentence(), from, k));
          ctx.trace.at(Decision.GROUPS, Decision.Kind.NAME, name.text(), m.ruleId(), name, () -> "\"and the\" and a group head open a second name: split in two");
          from = next;
        }
      }
      out.add(from == name.firstToken() ? m : part(ctx, m, name.sentence(), from, withTopic(ctx, name.sentence(), name.endToken())));
    }
    return out;
  }

  /**
   * The end of a second name split off a list, over a topic of capitalised words after it ("... and the Joint
   * Committee" + " on Border Affairs"): the rule's match ended at the first name's topic.
   */
  private static int withTopic(DocumentContext ctx, int sentence, int end) {
    int n = ctx.sentence(sentence).tokens().size();
    if (end + 1 >= n || !Set.of("on", "for").contains(ctx.token(sentence, end).text())
        || !ctx.hasClass(sentence, end - 1, Gazetteers.GROUP_HEAD) || !Character.isUpperCase(ctx.token(sentence, end + 1).text().charAt(0))) {
      return end;
    }
    int last = end;
    for (int i = end + 1; i < n; i++) {
      String w = ctx.token(sentence, i).text();
      if (Character.isUpperCase(w.charAt(0))) {
        last = i + 1;
      } else if (!Set.of("and", "of", "the", "&").contains(w)) {
        break;
      }
    }
    return last;
  }

  /**
   * "[the United States] of the Quad Senior Cyber Group", "[Chairman Li Peng] of the Standing Committee":
   * a country or a person and "of" before a name are not part of it.
   */
  private static TokenSpan withoutCountryOf(DocumentContext ctx, TokenSpan name) {
    int i = name.firstToken();
    while (i < name.endToken() && (ctx.hasClass(name.sentence(), i, Gazetteers.COUNTRY)
        || ctx.token(name.sentence(), i).ner().equals("PERSON"))) {
      i++;
    }
    if (i == name.firstToken() || i >= name.endToken() || !ctx.token(name.sentence(), i).text().equals("of")) {
      return name;
    }
    i++;
    if (i < name.endToken() && ctx.token(name.sentence(), i).text().equalsIgnoreCase("the")) {
      i++;
    }
    return i < name.endToken() ? ctx.span(name.sentence(), i, name.endToken()) : name;
  }

  /**
   * "Council of Ministers of the Common Market [for Eastern and Southern Africa]": a name that stops inside a gazetteer
   * body's name goes on to that name's end.
   */
  private static TokenSpan throughKnownBody(DocumentContext ctx, TokenSpan name) {
    for (RuleMatch k : ctx.matches("agency")) {
      TokenSpan b = k.span();
      if (k.ruleId().equals(RuleEngine.KNOWN_AGENCY_RULE) && b.sentence() == name.sentence() && b.firstToken() > name.firstToken()
          && b.firstToken() < name.endToken() && b.endToken() > name.endToken()) {
        return ctx.span(name.sentence(), name.firstToken(), b.endToken());
      }
    }
    return name;
  }

  /**
   * "[Ministerial Meeting of the] Trilateral Strategic Dialogue", "[Meeting of the] Joint Commission on
   * ...": a session of a named body is a mention of that body, when what follows "of" has a head of its own.
   */
  private static TokenSpan withoutMeetingOf(DocumentContext ctx, TokenSpan name) {
    int s = name.sentence();
    TokenSpan cut = name;
    for (int i = name.firstToken() + 1; i < name.endToken(); i++) {
      if (ctx.token(s, i).text().equals("of") && ctx.gazetteers.recordWords("meeting-suffixes").contains(ctx.token(s, i - 1).text())) {
        int rest = i + 1 < name.endToken() && ctx.token(s, i + 1).text().equalsIgnoreCase("the") ? i + 2 : i + 1;
        if (rest < name.endToken() && hasHead(ctx, s, rest, name.endToken())) {
          cut = ctx.span(s, rest, name.endToken()); // the last session named: "... on the Occasion of the Second Meeting of the X Dialogue"
        }
      }
    }
    return cut;
  }

  /**
   * "[Ministers of Foreign Affairs of the] Visegrad Group", "[Russian Federation on the Results of the]
   * Japan-Russian Consultations", "[Windhoek for the] SADC Summit": words with no group head of their own before "of the" /
   * "on the" / "for the"
   * are about the group, not part of its name ("Council of Heads of State of the SCO" keeps its head).
   */
  private static TokenSpan withoutOwner(DocumentContext ctx, TokenSpan name) {
    int s = name.sentence();
    for (int i = name.firstToken() + 1; i + 2 < name.endToken(); i++) {
      boolean ofThe = Set.of("of", "on", "for").contains(ctx.token(s, i).text()) && ctx.token(s, i + 1).text().equals("the");
      if (ofThe && !hasHead(ctx, s, name.firstToken(), i) && hasHead(ctx, s, i + 2, name.endToken())) {
        return withoutOwner(ctx, ctx.span(s, i + 2, name.endToken()));
      }
    }
    return name;
  }

  /** "Lima Group", "Visegrad Group": a group named after a place is a coalition of the states that formed it there. */
  private static boolean isPlaceGroup(DocumentContext ctx, TokenSpan span, List<String> words) {
    if (words.size() != 2 || !words.get(1).equals("Group")) {
      return false;
    }
    int first = span.firstToken();
    return ctx.token(span.sentence(), first).pos().startsWith("NNP") && !ctx.gazetteers.isGroupModifier(words.get(0))
        && !ctx.hasClass(span.sentence(), first, Gazetteers.TOPIC) && !ctx.hasClass(span.sentence(), first, Gazetteers.DEMONYM);
  }

  /** "X Working Group on Y [Joint] Statement": a word that opens the document's name is not the group's. */
  private static TokenSpan withoutDocumentOpener(DocumentContext ctx, TokenSpan name) {
    int s = name.sentence();
    int last = name.endToken() - 1;
    boolean opener = last > name.firstToken() && name.endToken() < ctx.sentence(s).tokens().size()
        && Set.of("Joint", "Bilateral", "Trilateral", "Final").contains(ctx.token(s, last).text())
        && ctx.hasClass(s, name.endToken(), Gazetteers.DOC);
    return opener ? ctx.span(s, name.firstToken(), last) : name;
  }

  /**
   * "Forum Officials Committee (FOC) Meeting", "India-Russia Intergovernmental Commission Meeting": a meeting
   * of a standing body is a mention of that body (the written form stays an alias).
   */
  private static TokenSpan withoutMeetingSuffix(DocumentContext ctx, TokenSpan name) {
    int s = name.sentence();
    int last = name.endToken() - 1;
    if (last <= name.firstToken() || !Set.of("Meeting", "Meetings", "Session", "Sessions").contains(ctx.token(s, last).text())) {
      return name;
    }
    int end = last;
    if (end - 3 > name.firstToken() && ctx.token(s, end - 1).text().equals(")") && ctx.token(s, end - 3).text().equals("(")) {
      end -= 3; // "(FOC)"
    }
    List<String> words = new ArrayList<>();
    for (int i = name.firstToken(); i < end; i++) {
      words.add(ctx.token(s, i).text());
    }
    Gazetteers.GroupHead h = ctx.gazetteers.groupHeadAtEnd(words);
    boolean body = h != null && !h.kind().equals("meeting") && !ctx.gazetteers.recordWords("meeting-suffixes").contains(words.get(words.size() - 1));
    return body ? ctx.span(s, name.firstToken(), end) : name;
  }

  private static boolean hasHead(DocumentContext ctx, int sentence, int from, int to) {
    for (int i = from; i < to; i++) {
      if (ctx.hasClass(sentence, i, Gazetteers.GROUP_HEAD)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the words [from, to) end with the head of a standing body ("Executive Committee"; not "Ministerial"). */
  private static boolean standingHeadBefore(DocumentContext ctx, int sentence, int from, int to) {
    List<String> words = new ArrayList<>();
    for (int i = from; i < to; i++) {
      words.add(ctx.token(sentence, i).text());
    }
    Gazetteers.GroupHead head = words.isEmpty() ? null : ctx.gazetteers.groupHeadAtEnd(words);
    return head != null && STANDING_KINDS.contains(head.kind());
  }

  private static RuleMatch part(DocumentContext ctx, RuleMatch m, int sentence, int from, int to) {
    TokenSpan span = ctx.span(sentence, from, to);
    return new RuleMatch(m.ruleId(), m.family(), span, Map.of("name", span));
  }

  /** Of two matches ending at the same token, the longer one: "X Working Group" over "Working Group". */
  private static List<RuleMatch> dedupeSameEnd(List<RuleMatch> matches, StageTrace trace) {
    List<RuleMatch> out = new ArrayList<>();
    for (RuleMatch m : matches) {
      TokenSpan s = m.slotOrSpan("name");
      boolean shadowed = matches.stream().anyMatch(o -> o != m && o.slotOrSpan("name").end() == s.end()
          && o.slotOrSpan("name").sentence() == s.sentence() && o.slotOrSpan("name").length() > s.length());
      boolean duplicate = out.stream().anyMatch(o -> o.slotOrSpan("name").equals(s));
      if (!shadowed && !duplicate) {
        out.add(m);
      } else if (!m.ruleId().equals(RuleEngine.KNOWN_GROUP_RULE)) {
        trace.at(Decision.GROUPS, Decision.Kind.DROPPED, s.text(), m.ruleId(), s, () -> shadowed ? "ends a longer name (\"" + longerSameEnd(matches, s).text()
            + "\"), which is taken" : "the same words as another rule's match, taken once");
      }
    }
    return out;
  }

  private static List<String> words(DocumentContext ctx, TokenSpan span) {
    List<String> words = new ArrayList<>();
    for (int i = span.firstToken(); i < span.endToken(); i++) {
      words.add(ctx.token(span.sentence(), i).text());
    }
    return words;
  }

  /** The last group head in the name: "... Working Group Meeting on ..." is a meeting. */
  private static Gazetteers.GroupHead lastHead(List<String> words, Gazetteers gaz) {
    for (int end = words.size(); end > 0; end--) {
      Gazetteers.GroupHead h = gaz.groupHeadAtEnd(words.subList(0, end));
      if (h != null) {
        return h;
      }
    }
    return null;
  }

  private static final Pattern FUNCTION_WORDS = Pattern.compile("\\b(?:the|of|on|for|and)\\b");

  /** "Working Group" alone is a reference to a group, never a group's name. */
  private static boolean hasModifier(String name, Gazetteers.GroupHead head) {
    String rest = FUNCTION_WORDS.matcher(name.replace(head.words(), " ")).replaceAll(" ").strip();
    return !rest.isEmpty();
  }

  private static boolean namesParties(DocumentContext ctx, TokenSpan span) {
    // "Planning Commission of India": one party named in the name is a body of that government
    Set<String> inside = new java.util.HashSet<>();
    ctx.parties(span.sentence()).stream().filter(p -> span.contains(p.span())).forEach(p -> inside.addAll(p.parties()));
    if (inside.size() >= 2) {
      return true;
    }
    // an intergovernmental organisation whose members meet in it: "GCC Ministerial Council"
    for (int i = span.firstToken(); i < span.endToken(); i++) {
      if (ctx.hasClass(span.sentence(), i, Gazetteers.IGO)) {
        return true;
      }
    }
    // "Joint Commission", "Strategic Partnership Council" (the head itself does not count: "Comprehensive Partnership")
    int head = span.endToken() - 1;
    while (head > span.firstToken() && !ctx.hasClass(span.sentence(), head, Gazetteers.GROUP_HEAD)) {
      head--;
    }
    for (int i = span.firstToken(); i < span.endToken(); i++) {
      if (i != head && ctx.gazetteers.recordWords("multi-party-words").contains(ctx.token(span.sentence(), i).text())) {
        return true;
      }
    }
    return false;
  }

  /** "Indonesian and Australian Foreign Ministers Meeting", "Meeting among China, Japan and Korea": parties named in the name. */
  private static List<String> partiesInName(DocumentContext ctx, TokenSpan span) {
    java.util.LinkedHashSet<String> inside = new java.util.LinkedHashSet<>();
    ctx.parties(span.sentence()).stream().filter(p -> span.contains(p.span())).forEach(p -> inside.addAll(p.parties()));
    inside.removeIf(p -> ctx.gazetteers.country(p) == null); // countries only: "OAS-CICTE Working Group" names an organ, not members
    return inside.size() >= 2 ? List.copyOf(inside) : List.of();
  }

  private static final Set<String> STANDING_KINDS = Set.of("working_group", "dialogue", "committee", "council", "commission");

  /** In how many sentences the statement names {@code party} (a place named once is no party of the statement). */
  private static int sentencesNaming(DocumentContext ctx, String party) {
    int n = 0;
    for (int s = 0; s < ctx.doc.sentences().size(); s++) {
      if (ctx.parties(s).stream().anyMatch(p -> p.parties().contains(party))) {
        n++;
      }
    }
    return n;
  }

  /** A group named with an intergovernmental body ("G20 Energy Working Group", "UN Open-Ended Working Group"). */
  private static boolean namesAnOrganisation(DocumentContext ctx, Found g) {
    for (TokenSpan span : g.item.spans) {
      for (int i = span.firstToken(); i < span.endToken(); i++) {
        if (ctx.hasClass(span.sentence(), i, Gazetteers.IGO) || ctx.hasClass(span.sentence(), i, Gazetteers.KNOWN_AGENCY)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A "Joint"/"Bilateral" (or "Trilateral") body named without its parties, in a statement of two
   * (three) parties, is theirs: the parties of the statement's first multi-party group, else of
   * its first sentence naming several.
   */
  private static void withStatementParties(DocumentContext ctx, List<Found> groups) {
    List<String> parties = null;
    for (Found g : groups) {
      if (!g.members.isEmpty()) {
        continue;
      }
      java.util.Set<String> words = new java.util.HashSet<>(java.util.Arrays.asList(g.item.name.split("[\\s-]+")));
      int wanted = words.stream().anyMatch(ctx.gazetteers.recordWords("trilateral-words")::contains) ? 3 : words.stream().anyMatch(ctx.gazetteers.recordWords("bilateral-words")::contains) ? 2 : 0;
      if (parties == null) {
        parties = statementParties(ctx, groups);
      }
      if (wanted == 0 && parties.size() == 2 && STANDING_KINDS.contains(g.kind) && !namesAnOrganisation(ctx, g)
          && parties.stream().allMatch(p -> sentencesNaming(ctx, p) >= 2)) {
        // "the Steering Committee" of a statement between two parties is theirs
        wanted = 2;
      }
      if (wanted > 0 && parties.size() == wanted) {
        g.members = parties;
        if (ctx.trace.on()) {
          ctx.trace.item(Decision.GROUPS, Decision.Kind.MEMBERS, g.item, parties + ": the statement's parties, for a body of " + wanted
              + " named without its parties (\"Joint\", \"Bilateral\", \"Trilateral\", or a standing body of a two-party statement)");
        }
      }
    }
  }

  /**
   * "Special Ministerial Meeting between representatives of the Governments of Guyana and Suriname": the countries a
   * "between" right after a mention joins with "and" (before the clause ends) take part in it.
   */
  private static void withPartiesBetween(DocumentContext ctx, List<Found> groups) {
    for (Found g : groups) {
      if (!g.members.isEmpty() || g.membersKnown) {
        continue;
      }
      for (TokenSpan span : g.item.spans) {
        List<Token> tokens = ctx.sentence(span.sentence()).tokens();
        if (span.endToken() >= tokens.size() || !tokens.get(span.endToken()).text().equals("between")) {
          continue;
        }
        int end = span.endToken() + 1;
        boolean and = false;
        while (end < tokens.size() && !Set.of(",", ".", ";", ":", "(").contains(tokens.get(end).text()) && !tokens.get(end).pos().startsWith("VB")) {
          and |= tokens.get(end).text().equals("and");
          end++;
        }
        List<String> parties = countriesWithin(ctx, span.sentence(), span.endToken() + 1, end, null);
        if (and && parties.size() >= 2) {
          g.members = parties;
          ctx.trace.item(Decision.GROUPS, Decision.Kind.MEMBERS, g.item, parties + ": the countries \"between\" after its name joins");
          break;
        }
      }
    }
  }

  private static List<String> statementParties(DocumentContext ctx, List<Found> groups) {
    return statementParties(ctx, groups, true);
  }

  /**
   * The parties of the statement: the members of its first multi-party group, else those of its first
   * sentence naming several ({@code demonyms}: whether "Chilean" names Chile there).
   */
  static List<String> statementParties(DocumentContext ctx, List<Found> groups, boolean demonyms) {
    for (Found g : groups) {
      // a standing grouping named in passing ("IBSA", "the Quad") says nothing of who speaks
      if (g.members.size() >= 2 && !g.item.rule.equals(RuleEngine.KNOWN_GROUP_RULE) && !g.membersKnown) {
        return g.members;
      }
    }
    for (int s = 0; s < ctx.doc.sentences().size(); s++) {
      java.util.LinkedHashSet<String> parties = new java.util.LinkedHashSet<>();
      for (PartyMention p : ctx.parties(s)) {
        if (demonyms || !p.demonym()) {
          parties.addAll(p.parties());
        }
      }
      if (parties.size() >= 2) {
        return List.copyOf(parties);
      }
    }
    return List.of();
  }

  /** "a joint commission at the Foreign Ministerial level": "Ministerial" before "level" says at what level. */
  private static boolean namesALevel(DocumentContext ctx, TokenSpan span) {
    return span.endToken() < ctx.sentence(span.sentence()).tokens().size()
        && Set.of("level", "levels").contains(ctx.token(span.sentence(), span.endToken()).text());
  }

  /** "Joint Ministerial [Statement]": words before a document noun describe the document. */
  private static boolean namesADocument(DocumentContext ctx, TokenSpan span) {
    return span.endToken() < ctx.sentence(span.sentence()).tokens().size() && ctx.hasClass(span.sentence(), span.endToken(), Gazetteers.DOC)
        && ctx.token(span.sentence(), span.endToken() - 1).text().equals("Ministerial");
  }

  /** "[Group of Eight] (G8) Summit": a standing grouping named inside a longer group's name is no mention of its own. */
  private static void dropKnownInsideLonger(Map<String, Found> byKey, StageTrace trace) {
    List<TokenSpan> others = byKey.values().stream().filter(f -> !f.item.rule.equals(RuleEngine.KNOWN_GROUP_RULE))
        .flatMap(f -> f.item.spans.stream()).toList();
    for (java.util.Iterator<Found> it = byKey.values().iterator(); it.hasNext(); ) {
      Found f = it.next();
      if (!f.item.rule.equals(RuleEngine.KNOWN_GROUP_RULE)) {
        continue;
      }
      List<TokenSpan> inside = f.item.spans.stream()
          .filter(s -> others.stream().anyMatch(o -> o.contains(s) && (o.start() != s.start() || o.end() != s.end()) && o.end() > s.end() + 1)).toList();
      inside.forEach(s -> trace.at(Decision.GROUPS, Decision.Kind.DROPPED, f.item.name, f.item.rule, s, () -> "inside a longer group's name: no mention of its own"
          + (inside.size() == f.item.spans.size() ? "; none is left, so it goes" : "")));
      if (inside.size() == f.item.spans.size()) {
        it.remove();
      } else if (!inside.isEmpty()) {
        f.item.spans.removeAll(inside);
        f.item.mentions.clear();
        f.item.spans.forEach(s -> f.item.mentions.add(new Mention(s.start(), s.end())));
      }
    }
  }

  /** "Japan-Canada Economic Partnership [Agreement]": the words of an agreement's title, not a group. */
  private static boolean namesAnAgreement(DocumentContext ctx, TokenSpan span) {
    return span.endToken() < ctx.sentence(span.sentence()).tokens().size()
        && Set.of("Agreement", "Agreements", "Treaty", "Framework", "Arrangement", "Accord").contains(ctx.token(span.sentence(), span.endToken()).text());
  }

  /** "European Union Partnership Mission": the name goes on to a body's head noun; not a group's name. */
  private static boolean goesOnAsABody(DocumentContext ctx, TokenSpan span) {
    return span.endToken() < ctx.sentence(span.sentence()).tokens().size()
        && ctx.hasClass(span.sentence(), span.endToken(), Gazetteers.AGENCY_HEAD)
        && Character.isUpperCase(ctx.token(span.sentence(), span.endToken()).text().charAt(0));
  }

  /** "Secretary Blinken's Meeting with ...": a person's meeting, not a meeting format. */
  private static boolean namesAPersonsEvent(DocumentContext ctx, TokenSpan span) {
    for (int i = span.firstToken(); i + 1 < span.endToken(); i++) {
      String next = ctx.token(span.sentence(), i + 1).text();
      if (ctx.token(span.sentence(), i).ner().equals("PERSON") && (next.equals("’s") || next.equals("'s"))) {
        return true;
      }
    }
    return false;
  }

  /** "Gulf Cooperation Council", "National Security Council": standing bodies, not groups. */
  private static boolean isAgencyName(String written, Gazetteers gaz, Set<String> agencyKeys) {
    // "African Union (AU) Commission" is the gazetteer's "African Union Commission" with its owner's acronym inside
    String name = PARENTHESISED_ACRONYM.matcher(written).replaceAll(" ");
    if (!name.equals(written) && gaz.knownAgency(name) != null) {
      return true;
    }
    for (Gazetteers.KnownAgency k : gaz.agencies()) {
      if (name.endsWith(k.name())) {
        // "Ministerial Council of the Gulf Cooperation Council": a body of an intergovernmental
        // organisation's members is a group; "Department of State" of "U.S. Department of State" is a body
        String before = name.substring(0, name.length() - k.name().length());
        if (k.country() == null && (before.endsWith(" of the ") || before.endsWith(" of "))) {
          continue;
        }
        return true;
      }
    }
    int and = name.indexOf(" and ");
    if (and > 0 && (gaz.knownAgency(name.substring(0, and)) != null || agencyKeys.contains(Names.key(name.substring(0, and))))) {
      return true; // "the Council of Europe and the OECD": two bodies listed, no group
    }
    return agencyKeys.contains(Names.key(name));
  }

  /** The parties named before the group in its sentence ("X and Y held their Cyber Dialogue"), when at least two. */
  private static List<String> sentenceParties(DocumentContext ctx, TokenSpan span, List<RuleMatch> groupNames) {
    if (ctx.hasClass(span.sentence(), span.firstToken(), Gazetteers.IGO)) {
      return List.of(); // "UN Group of Governmental Experts", "ASEAN Regional Forum": a body of that organisation
    }
    Set<String> parties = new LinkedHashSet<>();
    int firstPartyEnd = -1;
    boolean chain = false;
    for (PartyMention p : ctx.parties(span.sentence())) {
      if (!p.demonym() && p.span().end() <= span.start()) {
        for (String party : p.parties()) {
          if (ctx.gazetteers.country(party) != null) {
            parties.add(party);
            firstPartyEnd = firstPartyEnd < 0 ? p.span().endToken() : firstPartyEnd; // "Ministers of A, ... convened in Wellington, New Zealand for ..."
          }
        }
        // a chain in another group's name ("since the last Pakistan-U.S. Dialogue") is that group's
        chain |= p.parties().size() > 1 && groupNames.stream().noneMatch(g -> g.slotOrSpan("name").contains(p.span()));
      }
    }
    // the parties held it ("X and Y held their Cyber Dialogue"), or the sentence is about their
    // bilateral relation ("the U.S.-Mexico relationship, as shown in the High-Level Dialogue")
    if (parties.size() < 2 || !chain && !meetingVerbBetween(ctx, span.sentence(), firstPartyEnd, span.firstToken())) {
      return List.of();
    }
    return List.copyOf(parties);
  }

  /** The parties hold, host or take part in the group: "X and Y held their Cyber Dialogue". */
  private static boolean meetingVerbBetween(DocumentContext ctx, int sentence, int from, int to) {
    for (int i = Math.max(0, from); i < to; i++) {
      Token t = ctx.token(sentence, i);
      if (t.pos().startsWith("VB") && ctx.gazetteers.recordWords("meeting-verbs").contains(t.lemma().toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The name without its leading chain of parties and the acronym after it. */
  private static final Pattern LEADING_ACRONYM = Pattern.compile("^\\s*(?:\\([A-Z][A-Za-z-]*\\)\\s*)?");

  private static String core(String name, Gazetteers gaz) {
    int end = GroupMembers.chainEnd(name, gaz);
    return end < 0 ? name : LEADING_ACRONYM.matcher(name.substring(end)).replaceFirst("");
  }

  /** A group whose name is the tail of a longer group's name is that group ("Cyber Dialogue"). */
  /**
   * "the Indonesian and Australian Foreign and Defence Ministers Meeting (2+2 Dialogue)": a name written in parentheses
   * right after another group's name is another name of that group.
   */
  private static List<Found> mergeParenthesised(DocumentContext ctx, List<Found> groups) {
    List<Found> out = new ArrayList<>(groups);
    for (Found inner : groups) {
      for (TokenSpan s : inner.item.spans) {
        List<Token> tokens = ctx.sentence(s.sentence()).tokens();
        if (s.firstToken() < 2 || s.endToken() >= tokens.size() || !tokens.get(s.firstToken() - 1).text().equals("(")
            || !tokens.get(s.endToken()).text().equals(")")) {
          continue;
        }
        Found outer = out.stream().filter(o -> o != inner && o.item.spans.stream()
            .anyMatch(os -> os.sentence() == s.sentence() && os.endToken() == s.firstToken() - 1)).findFirst().orElse(null);
        if (outer != null && out.contains(inner)) {
          outer.item.absorb(inner.item);
          out.remove(inner);
          ctx.trace.item(Decision.GROUPS, Decision.Kind.MERGED, outer.item, () -> "\"" + inner.item.name
              + "\": written in parentheses right after its name, another name of it");
          break;
        }
      }
    }
    return out;
  }

  private static List<Found> mergeShortForms(List<Found> groups, Gazetteers gaz, StageTrace trace) {
    List<Found> byLength = new ArrayList<>(groups);
    byLength.sort(Comparator.comparingInt((Found f) -> -f.item.name.length()));
    List<Found> out = new ArrayList<>();
    for (Found f : byLength) {
      Found target = out.stream().filter(longer -> isShortFormOf(f, longer)).findFirst().orElse(null);
      if (target == null) {
        List<Found> opening = out.stream().filter(longer -> opensName(f, longer, gaz)).toList();
        target = opening.size() == 1 ? opening.get(0) : null;
      }
      if (target != null) {
        target.item.absorb(f.item);
        Found longer = target;
        trace.item(Decision.GROUPS, Decision.Kind.MERGED, target.item, () -> "\"" + f.item.name + "\" is a short form of it: it "
            + (isShortFormOf(f, longer) ? "ends" : "opens") + " \"" + longer.item.name + "\"");
      } else {
        out.add(f);
      }
    }
    return out;
  }

  /** "Sports Ministers' Meeting" and "Sports Ministers Meeting", "A & B" and "A and B" share a key. */
  private static String coreKey(String core) {
    return PLURAL_POSSESSIVE.matcher(Names.key(core).replace(" & ", " and ")).replaceAll("");
  }

  private static final Pattern PLURAL_POSSESSIVE = Pattern.compile("(?<=s)['’](?=\\s|$)");

  /** "Cyber Dialogue" of "U.S.-EU Cyber Dialogue"; "Working Group on X" of "U.S.-Y X Working Group". */
  private static boolean isShortFormOf(Found f, Found longer) {
    if (f.item.rule.equals(RuleEngine.KNOWN_GROUP_RULE) && !longer.item.rule.equals(RuleEngine.KNOWN_GROUP_RULE)) {
      return false; // "BRICS" is a standing grouping, not a short form of "BRICS Summit"
    }
    // "Australia-UK Ministerial" of "Australia-UK Ministerial Meeting"
    String shortName = coreKey(f.item.name);
    String longName = coreKey(longer.item.name);
    if (longName.startsWith(shortName + " ") && Set.of("meeting", "meetings", "talks", "summit").contains(longName.substring(shortName.length() + 1))) {
      return true;
    }
    if (sameChainFewerWords(f, longer, coreKey(f.core), coreKey(longer.core))) {
      return true;
    }
    if (!f.core.equals(f.item.name)) {
      return false;
    }
    String shortKey = coreKey(f.core);
    String longKey = coreKey(longer.core);
    if (endsWithWords(longKey, shortKey)) {
      return true;
    }
    String withoutMeeting = shortKey.replaceFirst(" meeting$", "");
    if (!withoutMeeting.equals(shortKey) && withoutMeeting.contains(" ") && endsWithWords(longKey, withoutMeeting)) {
      return true; // "Trilateral Summit Meeting" of "Japan-China-ROK Trilateral Summit"
    }
    if (withoutMeeting.contains(" ") && inOrderWithin(withoutMeeting.split(" "), longKey.split(" "))) {
      return true; // "Joint Commission Meeting" of "Ethiopia-Djibouti Joint Ministerial Commission": its words, fewer
    }
    return shortKey.contains(" on ") && endsWithWords(longKey, swapTopic(shortKey));
  }

  /** Whether every word of {@code few} occurs in {@code many}, in the same order. */
  private static boolean inOrderWithin(String[] few, String[] many) {
    int at = 0;
    for (String w : few) {
      while (at < many.length && !many[at].equals(w)) {
        at++;
      }
      if (at == many.length) {
        return false;
      }
      at++;
    }
    return true;
  }

  /**
   * "South Africa – European Commission Science and Technology Committee" of "South Africa -
   * European Commission Joint Science and Technology Cooperation Committee": the same chain of two
   * or more parties, the same kind and head, and every word of the short name in the long one.
   */
  private static boolean sameChainFewerWords(Found f, Found longer, String shortKey, String longKey) {
    if (f.members.size() < 2 || !Set.copyOf(f.members).equals(Set.copyOf(longer.members)) || !f.kind.equals(longer.kind)
        || f.item.name.equals(f.core) || longer.item.name.equals(longer.core)) {
      return false;
    }
    List<String> shortWords = List.of(shortKey.split(" "));
    Set<String> longWords = new java.util.HashSet<>(List.of(longKey.split(" ")));
    return shortWords.size() >= 2 && longWords.containsAll(shortWords)
        && shortWords.get(shortWords.size() - 1).equals(longKey.substring(longKey.lastIndexOf(' ') + 1));
  }

  /**
   * "the Joint Commission" of "the Joint Commission of Foreign Ministers and Technicians of Guyana and
   * Venezuela": the short name opens the long one, which goes on with its topic or its parties; and
   * "... of Guyana and Venezuela" is "... of the Cooperative Republic of Guyana and the Bolivarian Republic
   * of Venezuela". Only where one longer group qualifies.
   */
  private static boolean opensName(Found f, Found longer, Gazetteers gaz) {
    if (!f.members.isEmpty() && !Set.copyOf(f.members).equals(Set.copyOf(longer.members))) {
      return false;
    }
    String shortKey = withoutClosingParties(looseKey(f.core), gaz);
    String longKey = withoutClosingParties(looseKey(longer.core), gaz);
    if (!f.kind.equals(longer.kind)) {
      // "India-Russia Intergovernmental Commission Meeting": a meeting of the commission named in full elsewhere
      if (!f.kind.equals("meeting") || !shortKey.endsWith(" meeting")) {
        return false;
      }
      shortKey = shortKey.substring(0, shortKey.length() - " meeting".length());
    }
    if (shortKey.equals(longKey)) {
      return true;
    }
    String opening = shortKey;
    return opening.contains(" ") && Set.of(" of ", " on ", " for ", " and ", " between ").stream().anyMatch(p -> longKey.startsWith(opening + p));
  }

  private static final Pattern INNER_HYPHEN = Pattern.compile("(?<=\\p{L})-(?=\\p{L})");

  /** The comparison key with hyphens inside words dropped: "Inter-Governmental" is "Intergovernmental". */
  private static String looseKey(String core) {
    return INNER_HYPHEN.matcher(coreKey(core)).replaceAll("");
  }

  /** "X of the A and the B" without its closing list of countries: "X". */
  private static String withoutClosingParties(String key, Gazetteers gaz) {
    for (int at = key.indexOf(" of "); at > 0; at = key.indexOf(" of ", at + 1)) {
      String[] parts = key.substring(at + 4).split(",\\s*|\\s+and\\s+");
      boolean allCountries = parts.length >= 2;
      for (String part : parts) {
        String bare = part.strip().replaceFirst("^the ", "");
        allCountries &= countryIgnoringCase(gaz, bare);
      }
      if (allCountries) {
        return key.substring(0, at);
      }
    }
    return key;
  }

  private static boolean countryIgnoringCase(Gazetteers gaz, String lowerCase) {
    return gaz.partySurfaces().stream().anyMatch(s -> s.equalsIgnoreCase(lowerCase) && gaz.country(s) != null);
  }

  private static String swapTopic(String key) {
    int on = key.indexOf(" on ");
    return key.substring(on + 4) + " " + key.substring(0, on);
  }

  private static boolean endsWithWords(String longer, String shorter) {
    String l = longer.toLowerCase(Locale.ROOT);
    String s = shorter.toLowerCase(Locale.ROOT);
    return !s.isEmpty() && (l.equals(s) || l.endsWith(" " + s));
  }

  // tracing: decisions in words, built only when tracing is on

  /** The longest match ending where {@code s} ends. */
  private static TokenSpan longerSameEnd(List<RuleMatch> matches, TokenSpan s) {
    return matches.stream().map(o -> o.slotOrSpan("name")).filter(o -> o.sentence() == s.sentence() && o.end() == s.end())
        .max(Comparator.comparingInt(TokenSpan::length)).orElse(s);
  }

  /** Why a name with a head and a modifier is still no group (the conditions of {@link #run}, in order). */
  private static String notAGroup(DocumentContext ctx, TokenSpan span, String name, Set<String> agencyKeys) {
    if (namesADocument(ctx, span)) {
      return "words before a document noun (\"" + ctx.token(span.sentence(), span.endToken()).text() + "\") describe the document";
    }
    if (isAgencyName(name, ctx.gazetteers, agencyKeys)) {
      return "an agency's name: a standing body, not a group";
    }
    if (namesAPersonsEvent(ctx, span)) {
      return "a person's event (a name and \"'s\" inside), not a meeting format";
    }
    if (goesOnAsABody(ctx, span)) {
      return "the name goes on to a body's head noun (\"" + ctx.token(span.sentence(), span.endToken()).text() + "\")";
    }
    if (namesALevel(ctx, span)) {
      return "it says at what level (\"at the Foreign Ministerial level\"), not a meeting's name";
    }
    return "the words of an agreement's title (\"" + ctx.token(span.sentence(), span.endToken()).text() + "\" follows)";
  }

  /** A rule's group candidate taken: one more mention of a group, or a new group with its name, members and kind. */
  private static void traceCandidate(DocumentContext ctx, Found f, boolean existed, RuleMatch m, TokenSpan span, List<String> chain,
      List<String> named, Gazetteers.GroupHead head) {
    if (existed) {
      ctx.trace.at(Decision.GROUPS, Decision.Kind.MERGED, f.item.name, m.ruleId(), span, () -> "\"" + span.text() + "\" (" + m.ruleId()
          + ") is one more mention of \"" + f.item.name + "\": the same parties and name core \"" + f.core + "\"");
      return;
    }
    TokenSpan matched = m.slotOrSpan("name");
    if (!matched.equals(span)) {
      ctx.trace.item(Decision.GROUPS, Decision.Kind.NAME, f.item, "the rule's \"" + matched.text() + "\" read as \"" + span.text() + "\"");
    }
    if (!Names.clean(span.text()).equals(f.item.name)) {
      ctx.trace.item(Decision.GROUPS, Decision.Kind.NAME, f.item, "\"" + f.item.name + "\": \"" + Names.clean(span.text())
          + "\" without its ordinal or the acronym inside");
    }
    if (!f.members.isEmpty()) {
      ctx.trace.item(Decision.GROUPS, Decision.Kind.MEMBERS, f.item, f.members + ": " + (!chain.isEmpty() ? "the chain of parties opening its name"
          : !named.isEmpty() ? "the countries named inside its name" : "the countries named before it in the sentence, which hold or host it"));
    }
    if (!f.kind.equals(head.kind())) {
      ctx.trace.item(Decision.GROUPS, Decision.Kind.KIND, f.item, f.kind + ": a group named after a place (\"" + f.item.name + "\"), not a " + head.kind());
    }
  }
}
