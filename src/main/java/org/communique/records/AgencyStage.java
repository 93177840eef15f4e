package org.communique.records;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.communique.nlp.Token;
import org.communique.rules.Gazetteers;
import org.communique.rules.RuleEngine;
import org.communique.rules.RuleMatch;
import org.communique.rules.TokenSpan;

/**
 * Agencies: known agencies from the gazetteer, names built on agency head nouns by rules, and
 * plural lists ("the Departments of Justice and Homeland Security"); merged by identity, with
 * acronyms attached and a country from the gazetteer, the name's prefix or the sentence.
 */
final class AgencyStage {
  private static final Set<String> LIST_STOP = Set.of(".", ";", ":", "(", ")");

  /** An agency with what later stages need: its spans and country. */
  static final class Found {
    final Item item;
    String country;
    /** Named from a plural list ("the Departments of Justice and the Treasury"): its name is the list's, spelled out. */
    boolean listed;

    Found(Item item) {
      this.item = item;
    }

    /** A body the gazetteer knows as intergovernmental (no country of its own). */
    boolean intergovernmental(Gazetteers gazetteers) {
      Gazetteers.KnownAgency k = gazetteers.knownAgency(item.name);
      return k != null && k.country() == null;
    }
  }

  /**
   * "State Environmental Protection Administration of the People's Republic of China": the body's name
   * without the country that closes it is a form of it too; null when no country closes it.
   */
  private static String withoutClosingCountry(Gazetteers gaz, String name) {
    for (int at = name.indexOf(" of "); at > 0; at = name.indexOf(" of ", at + 1)) {
      String rest = name.substring(at + 4);
      if (gaz.country(rest) != null || rest.startsWith("the ") && gaz.country(rest.substring(4)) != null) {
        return name.substring(0, at);
      }
    }
    return null;
  }

  private final Map<String, Found> byKey = new LinkedHashMap<>();

  /**
   * Rules naming an intergovernmental body's organ or field presence around its gazetteer mention ("OSCE Centre in
   * Ashgabat", "IGAD Secretariat").
   */
  private static final Set<String> FIELD_PRESENCE_RULES = Set.of("agency.field-presence", "agency.igo-secretariat", "agency.known-body-unit");

  /** The rule naming a unit of a known body, which belongs to that body's country. */
  private static final String UNIT_RULE = "agency.known-body-unit";

  /** The rule naming an intergovernmental body's secretariat, whose name also names the body. */
  private static final String SECRETARIAT_RULE = "agency.igo-secretariat";

  List<Found> run(DocumentContext ctx, Acronyms acronyms) {
    Gazetteers gaz = ctx.gazetteers;
    List<TokenSpan> known = new ArrayList<>();
    for (RuleMatch m : ctx.matches("agency")) {
      if (m.ruleId().equals(RuleEngine.KNOWN_AGENCY_RULE)) {
        Gazetteers.KnownAgency k = gaz.knownAgency(m.span().text());
        TokenSpan fuller = k == null ? null : fullerForm(ctx, m.span(), k);
        if (fuller != null) {
          // "the Department of Treasury" around the gazetteer's "Treasury": the body's name with an article less
          add(ctx, k.name(), fuller, fuller.text(), m.ruleId(), k.country(), k.country() == null,
              () -> "the gazetteer, as the longer form written around \"" + m.span().text() + "\"");
          known.add(fuller);
          continue;
        }
        String before = countryRightBefore(ctx, m.span());
        known.add(m.span());
        if (k != null && k.country() != null && before != null && !before.equals(k.country())) {
          // "the Chinese Centers for Disease Control and Prevention": another country's body of the same name
          Found f = add(ctx, Names.clean(m.span().text()), m.span(), m.span().text(), m.ruleId(), before, false,
              () -> "the country written before it, not the gazetteer's " + k.country(), true);
          TokenSpan prefix = ctx.span(m.span().sentence(), m.span().firstToken() - 1, m.span().endToken());
          f.item.mention(prefix, prefix.text());
          continue;
        }
        RuleMatch organ = k == null ? null : ctx.matches("agency").stream().filter(o -> FIELD_PRESENCE_RULES.contains(o.ruleId())
            && o.slot("name") != null && o.slot("name").contains(m.span()) && o.slot("name").length() > m.span().length())
            .findFirst().orElse(null);
        if (organ != null) {
          known.remove(m.span()); // "the OSCE Centre in Ashgabat": the organisation's field presence, a body of its own
          if (organ.ruleId().equals(SECRETARIAT_RULE)) {
            // "the General Secretariat of the Cooperation Council for the Arab States of the Gulf": the organisation is named too
            add(ctx, k.name(), m.span(), m.span().text(), m.ruleId(), null, true, () -> "the gazetteer, named inside its secretariat's name");
          }
          continue;
        }
        if (k != null && opensAnInstrumentsName(ctx, m.span())) {
          ctx.trace.at(Decision.AGENCIES, Decision.Kind.DROPPED, k.name(), m.ruleId(), m.span(),
              () -> "it opens the name of a treaty or instrument (\"" + m.span().text() + " ... Convention\")");
          continue;
        }
        if (k != null && insideALongerName(ctx, m.span())) {
          ctx.trace.at(Decision.AGENCIES, Decision.Kind.DROPPED, k.name(), m.ruleId(), m.span(),
              () -> "a word of a longer name (\"Commonwealth of Australia\", \"Foreign and Commonwealth Affairs\")");
          continue;
        }
        if (k != null && definedOtherwise(ctx, m.span().text(), k)) {
          ctx.trace.at(Decision.AGENCIES, Decision.Kind.DROPPED, k.name(), m.ruleId(), m.span(),
              () -> "the statement spells out \"" + m.span().text() + "\" in parentheses as another name");
          continue;
        }
        if (k != null) {
          add(ctx, k.name(), m.span(), m.span().text(), m.ruleId(), k.country(), k.country() == null, () -> "the gazetteer");
        }
      }
    }
    List<RuleMatch> ruled = new ArrayList<>();
    for (RuleMatch found : ctx.matches("agency")) {
      RuleMatch m = afterKnownOwner(ctx, found, known);
      TokenSpan name = m.slot("name");
      if (!m.ruleId().equals(RuleEngine.KNOWN_AGENCY_RULE) && name != null
          && known.stream().noneMatch(k -> k.overlaps(name)) && (isName(ctx, name) || isCountrysMission(ctx, m)) && !isPortfolio(ctx, name)
          && !namesAGrouping(ctx, name)
          && !gaz.isMediaName(Names.clean(name.text())) && !isALeadersGovernment(ctx, name)
          && !headOfATitle(ctx, name)) {
        ruled.add(m);
      } else if (!m.ruleId().equals(RuleEngine.KNOWN_AGENCY_RULE) && name != null) {
        ctx.trace.at(Decision.AGENCIES, Decision.Kind.DROPPED, Names.clean(name.text()), m.ruleId(), name, () -> notABody(ctx, known, name));
      }
    }
    List<RuleMatch> longest = DocumentContext.longestNonOverlapping(ruled, x -> x.slot("name"));
    ctx.trace.shadowed(Decision.AGENCIES, ruled, longest, x -> x.slot("name"), RuleMatch::ruleId);
    for (RuleMatch m : longest) {
      TokenSpan whole = m.slot("name");
      int owner = possessiveBetweenBodies(ctx, whole);
      if (owner > 0) {
        // "the Interior Secretariat's National Migration Institute": the owner is a body of its own
        TokenSpan left = ctx.span(whole.sentence(), whole.firstToken(), owner);
        String leftCountry = m.slot("prefix") != null ? gaz.country(m.slot("prefix").text()) : precedingCountry(ctx, left);
        Found owning = add(ctx, Names.clean(left.text()), left, left.text(), m.ruleId(), leftCountry, false,
            () -> "the body owning the next one (\"" + whole.text() + "\"): " + countrySource(ctx, m.slot("prefix"), left));
        TokenSpan ownerPrefix = m.slot("prefix");
        if (ownerPrefix != null && owning != null) {
          // "the Finnish Foreign Ministry's Political Department": "Finnish Foreign Ministry" is a name of the owner as written
          owning.item.mention(ctx.span(left.sentence(), ownerPrefix.firstToken(), left.endToken()), ctx.text(ownerPrefix.start(), left.end()));
        }
      }
      TokenSpan name = owner > 0 ? ctx.span(whole.sentence(), owner + 1, whole.endToken()) : whole;
      TokenSpan prefix = m.slot("prefix");
      String country = prefix != null ? gaz.country(prefix.text()) : null;
      if (country == null) {
        country = countryInName(ctx, name);
      }
      if (country == null) {
        country = countryRightAfter(ctx, name);
      }
      if (country == null) {
        country = precedingCountry(ctx, name);
      }
      boolean prefixCountry = prefix != null && gaz.country(prefix.text()) != null;
      boolean presence = FIELD_PRESENCE_RULES.contains(m.ruleId()) && !m.ruleId().equals(UNIT_RULE);
      if (m.ruleId().equals(UNIT_RULE)) {
        Gazetteers.KnownAgency unitOf = gaz.knownAgency(ctx.token(name.sentence(), name.firstToken()).text());
        country = unitOf == null ? country : unitOf.country(); // "ISRO Satellite Centre": ISRO's
      }
      Found f = add(ctx, Names.clean(name.text()), name, name.text(), m.ruleId(), presence ? null : country, presence,
          () -> presence ? "an intergovernmental body's organ or field presence: no country of its own" : countrySource(ctx, prefix, name), prefixCountry);
      String withoutCountry = withoutClosingCountry(ctx.gazetteers, Names.clean(name.text()));
      if (withoutCountry != null) {
        f.item.surfaces.add(withoutCountry);
        ctx.trace.item(Decision.AGENCIES, Decision.Kind.ALIAS, f.item, () -> "\"" + withoutCountry + "\": the name without the country closing it");
      }
      if (prefix != null) {
        f.item.mention(ctx.span(name.sentence(), prefix.firstToken(), name.endToken()), ctx.text(prefix.start(), name.end()));
        ctx.trace.item(Decision.AGENCIES, Decision.Kind.ALIAS, f.item, () -> "\"" + ctx.text(prefix.start(), name.end()) + "\": with the country before it");
      }
    }
    for (RuleMatch m : ctx.matches("agency_list")) {
      expandList(ctx, m);
    }
    List<Found> out = bareMentionsToTheirCountry(ctx);
    for (Found f : out) {
      acronyms.attach(f.item, ctx, Decision.AGENCIES);
    }
    out = mergeSharedForms(ctx.gazetteers, out, ctx.trace);
    withTheirOwnersCountry(ctx, out);
    apartByCountry(ctx, out);
    String said = null;
    for (Found f : out) {
      if (!ctx.doc.text().contains(f.item.name)) {
        said = said != null ? said : squash(ctx.doc.text()); // the text's words, once per statement that needs them
        nameAsWritten(ctx, f, said);
      }
    }
    out.sort(Comparator.comparingInt((Found f) -> f.item.firstOffset()).thenComparing(f -> f.item.name));
    return out;
  }

  /**
   * "the Foreign Ministry" of Bangladesh and of Belarus in one statement: bodies of different countries that share a name
   * are each named by a form the text writes with its country ("Bangladesh Foreign Ministry"), when there is one.
   */
  private static void apartByCountry(DocumentContext ctx, List<Found> found) {
    List<Found> clashing = found.stream().filter(f -> f.country != null
        && found.stream().anyMatch(o -> o != f && o.item.name.equals(f.item.name) && !f.country.equals(o.country))).toList();
    for (Found f : clashing) {
      String withCountry = f.item.surfaces.stream().filter(sf -> sf.endsWith(f.item.name) && sf.length() > f.item.name.length()
          && f.country.equals(ctx.gazetteers.country(sf.substring(0, sf.length() - f.item.name.length()).strip().replaceAll("['’]s$", ""))))
          .findFirst().orElse(null);
      if (withCountry != null) {
        String before = f.item.name;
        f.item.name = withCountry;
        ctx.trace.item(Decision.AGENCIES, Decision.Kind.NAME, f.item, () -> "\"" + withCountry + "\": another country's body is also named \""
            + before + "\" here");
      }
    }
  }

  /**
   * "the Department of Border Police of the Ministry of Internal Affairs of Moldova": a body with no country of its own
   * that is written as a part of another body ("of the" right after it) takes that body's country.
   */
  private static void withTheirOwnersCountry(DocumentContext ctx, List<Found> found) {
    for (Found f : found) {
      if (f.country != null || f.intergovernmental(ctx.gazetteers)) {
        continue;
      }
      for (TokenSpan s : f.item.spans) {
        List<Token> tokens = ctx.sentence(s.sentence()).tokens();
        int of = s.endToken();
        if (of + 2 >= tokens.size() || !tokens.get(of).text().equals("of") || !tokens.get(of + 1).text().equalsIgnoreCase("the")) {
          continue;
        }
        Found owner = found.stream().filter(o -> o != f && o.country != null
            && o.item.spans.stream().anyMatch(os -> os.sentence() == s.sentence() && os.firstToken() == of + 2)).findFirst().orElse(null);
        if (owner != null) {
          f.country = owner.country;
          ctx.trace.item(Decision.AGENCIES, Decision.Kind.COUNTRY, f.item, () -> owner.country + ": the country of the body it is part of (\""
              + owner.item.name + "\")");
          break;
        }
      }
    }
  }

  /**
   * A name another agency rule found around a gazetteer mention that is the known body's name or
   * alias but for articles ("Department of Treasury" for "Department of the Treasury"); or null.
   */
  private static TokenSpan fullerForm(DocumentContext ctx, TokenSpan mention, Gazetteers.KnownAgency k) {
    java.util.Set<String> forms = new java.util.HashSet<>();
    forms.add(withoutArticles(k.name()));
    k.aliases().forEach(a -> forms.add(withoutArticles(a)));
    for (RuleMatch m : ctx.matches("agency")) {
      TokenSpan name = m.slot("name");
      if (name != null && !m.ruleId().equals(RuleEngine.KNOWN_AGENCY_RULE) && name.contains(mention) && name.length() > mention.length()
          && forms.contains(withoutArticles(Names.clean(name.text())))) {
        return name;
      }
    }
    return null;
  }

  private static String withoutArticles(String name) {
    return (" " + Gazetteers.singleSpaced(name).toLowerCase(Locale.ROOT) + " ").replace(" the ", " ").strip();
  }

  /**
   * The contract's name is the most formal full name the text uses: a gazetteer's name the
   * statement never writes ("National Aeronautics and Space Administration" for a statement that
   * only says "NASA") gives way to the fullest form written, and is no alias either.
   */
  private static void nameAsWritten(DocumentContext ctx, Found f, String said) {
    if (f.listed || said.contains(squash(f.item.name)) || f.item.spans.stream().allMatch(sp -> insideTitle(ctx, sp))) {
      return; // "Secretary of the Treasury Janet Yellen": a body said only inside a title keeps its full name
    }
    String best = null;
    for (String s : f.item.surfaces) {
      String c = Names.clean(s);
      if (!c.isEmpty() && said.contains(squash(c)) && (best == null || formality(c) > formality(best))) {
        best = c;
      }
    }
    if (best == null) {
      return;
    }
    String unwritten = f.item.name;
    String written = best;
    f.item.name = written;
    f.item.surfaces.removeIf(x -> !said.contains(squash(Names.clean(x))));
    ctx.trace.item(Decision.AGENCIES, Decision.Kind.ALIAS, f.item, () -> "named \"" + written + "\", the fullest form the text writes (the gazetteer's \""
        + unwritten + "\" is not in it)");
  }

  /** "Secretary of the Treasury": the mention closes a title ("Secretary" "of" "the"). */
  private static boolean insideTitle(DocumentContext ctx, TokenSpan span) {
    int k = span.firstToken() - 1;
    while (k >= 0 && Set.of("of", "the", "for").contains(ctx.token(span.sentence(), k).text())) {
      k--;
    }
    return k >= 0 && k < span.firstToken() - 1 && ctx.hasClass(span.sentence(), k, Gazetteers.TITLE);
  }

  /** A full name over an acronym, then the longer. */
  private static int formality(String name) {
    boolean acronym = name.equals(name.toUpperCase(Locale.ROOT)) && !name.contains(" ");
    return (acronym ? 0 : 10_000) + name.length();
  }

  /** Lower-case words between single spaces, punctuation aside: "NASA’s" holds " nasa ". */
  private static String squash(String s) {
    return " " + NOT_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip() + " ";
  }

  private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

  /** "UN Framework Convention on Climate Change": a body's name right before capitalised words that end in a treaty noun. */
  private static boolean opensAnInstrumentsName(DocumentContext ctx, TokenSpan mention) {
    List<Token> tokens = ctx.sentence(mention.sentence()).tokens();
    for (int k = mention.endToken(); k < tokens.size() && k < mention.endToken() + 4; k++) {
      String w = tokens.get(k).text();
      if (!Character.isUpperCase(w.charAt(0)) || ctx.hasClass(mention.sentence(), k, Gazetteers.TITLE)) {
        return false;
      }
      if (ctx.gazetteers.isTreatyNoun(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "the Commonwealth of Australia" (a country's official name), "Foreign and Commonwealth Affairs" (a capitalised
   * "X and Y Z" name): a one-word gazetteer name that is only a word of a longer name.
   */
  private static boolean insideALongerName(DocumentContext ctx, TokenSpan mention) {
    if (mention.endToken() - mention.firstToken() != 1) {
      return false;
    }
    List<Token> tokens = ctx.sentence(mention.sentence()).tokens();
    int i = mention.firstToken();
    boolean nextOf = i + 1 < tokens.size() && tokens.get(i + 1).text().equals("of");
    if (nextOf && ctx.hasClass(mention.sentence(), i, Gazetteers.COUNTRY)) {
      return true;
    }
    String word = tokens.get(i).text();
    return i >= 2 && i + 1 < tokens.size() && tokens.get(i - 1).text().equals("and") && !word.equals(word.toUpperCase(java.util.Locale.ROOT))
        && Character.isUpperCase(tokens.get(i - 2).text().charAt(0)) && Character.isUpperCase(tokens.get(i + 1).text().charAt(0))
        && !ctx.hasClass(mention.sentence(), i + 1, Gazetteers.TITLE); // "... and IOM Director General": the body before a title
  }

  /**
   * "Foreign Affairs Cabinet Secretary": a body head before a title word is part of the title; so is a name before a
   * plural title ("Finance Ministers' and Central Bank Governors' Meeting": the offices of several parties).
   */
  private static boolean headOfATitle(DocumentContext ctx, TokenSpan name) {
    List<Token> tokens = ctx.sentence(name.sentence()).tokens();
    if (name.endToken() >= tokens.size()) {
      return false;
    }
    String next = tokens.get(name.endToken()).text();
    if (next.length() > 1 && next.endsWith("s") && Character.isUpperCase(next.charAt(0))
        && ctx.gazetteers.isTitleWord(next.substring(0, next.length() - 1))) {
      return true;
    }
    return tokens.get(name.endToken() - 1).text().equals("Cabinet") && ctx.hasClass(name.sentence(), name.endToken(), Gazetteers.TITLE);
  }

  /**
   * "ASEAN Tourism Forum 2004 (ATF 2004)": the statement spells out the acronym {@code written} of
   * a known body as a name whose initials it is, and which is not that body's name.
   */
  private static boolean definedOtherwise(DocumentContext ctx, String written, Gazetteers.KnownAgency known) {
    if (!written.matches("\\p{Lu}{2,6}")) {
      return false;
    }
    for (org.communique.nlp.Sentence s : ctx.doc.sentences()) {
      List<Token> tokens = s.tokens();
      for (int i = 1; i + 1 < tokens.size(); i++) {
        if (!tokens.get(i).text().equals("(") || !tokens.get(i + 1).text().equals(written)) {
          continue;
        }
        int end = i;
        while (end > 0 && tokens.get(end - 1).pos().equals("CD")) {
          end--; // "Forum 2004 (ATF 2004)": an edition's year
        }
        StringBuilder initials = new StringBuilder();
        int k = end - 1;
        for (; k >= 0 && initials.length() < written.length(); k--) {
          String w = tokens.get(k).text();
          if (Set.of("of", "for", "and", "the", "on", "&").contains(w)) {
            continue;
          }
          if (!Character.isUpperCase(w.charAt(0))) {
            break;
          }
          initials.insert(0, w.charAt(0));
        }
        if (initials.toString().equals(written)) {
          String spelled = ctx.text(tokens.get(k + 1).start(), tokens.get(end - 1).end());
          return !Names.key(spelled).equals(Names.key(known.name()));
        }
      }
    }
    return false;
  }

  /** "World Health Assembly": a standing grouping of groupings.tsv is a group, not a body. */
  private static boolean namesAGrouping(DocumentContext ctx, TokenSpan name) {
    for (int i = name.firstToken(); i < name.endToken(); i++) {
      if (ctx.hasClass(name.sentence(), i, Gazetteers.KNOWN_GROUP)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Minister of [Public Service] and Labour": right after a title word and "of"/"for", words that do not
   * open with the head of a body ("Ministry", "Department") name a portfolio, not a body ("Director-General
   * of the Foreign Policy Bureau" names one).
   */
  private static boolean isPortfolio(DocumentContext ctx, TokenSpan name) {
    int i = name.firstToken() - 1;
    return i >= 1 && Set.of("of", "for").contains(ctx.token(name.sentence(), i).text())
        && ctx.hasClass(name.sentence(), i - 1, Gazetteers.TITLE)
        && !ctx.hasClass(name.sentence(), name.firstToken(), Gazetteers.AGENCY_HEAD);
  }

  /**
   * "ASEAN" in "ASEAN Regional Forum", "UN" in "UN Ad Hoc Committee": a bare acronym that opens a
   * group's name is not a mention of the organisation. Agencies left without mentions go.
   */
  static List<Found> withoutAcronymPrefixes(List<Found> agencies, List<GroupStage.Found> groups, StageTrace trace) {
    List<Found> out = new ArrayList<>();
    for (Found a : agencies) {
      List<TokenSpan> before = trace.on() ? List.copyOf(a.item.spans) : List.of();
      a.item.spans.removeIf(s -> isAcronym(s.text()) && groups.stream()
          .anyMatch(g -> g.item.spans.stream().anyMatch(gs -> opensGroupName(gs, s))));
      traceAcronymPrefixes(trace, a, before);
      a.item.mentions.clear();
      a.item.spans.forEach(s -> a.item.mentions.add(new Mention(s.start(), s.end())));
      if (!a.item.spans.isEmpty()) {
        out.add(a);
      }
    }
    return out;
  }

  /**
   * The token index of a possessive "’s" inside {@code name} with a body's head word on each side
   * ("Interior Secretariat ’s National Migration Institute"), or -1 ("Prime Minister’s Office" is
   * one body: no head word before its possessive).
   */
  private static int possessiveBetweenBodies(DocumentContext ctx, TokenSpan name) {
    List<Token> tokens = ctx.sentence(name.sentence()).tokens();
    for (int k = name.firstToken() + 1; k < name.endToken() - 1; k++) {
      String w = tokens.get(k).text();
      if (!w.equals("’s") && !w.equals("'s")) {
        continue;
      }
      boolean headBefore = false;
      boolean headAfter = false;
      for (int i = name.firstToken(); i < name.endToken(); i++) {
        if (ctx.gazetteers.isAgencyHead(tokens.get(i).text())) {
          headBefore |= i < k;
          headAfter |= i > k;
        }
      }
      return headBefore && headAfter ? k : -1;
    }
    return -1;
  }

  /** "UN" of "26th UN Climate Change Conference": the acronym opens the group's name, after an edition's ordinal at most. */
  private static boolean opensGroupName(TokenSpan group, TokenSpan acronym) {
    if (group.start() > acronym.start() || group.end() <= acronym.end() || group.sentence() != acronym.sentence()) {
      return false;
    }
    String before = group.text().substring(0, Math.min(group.text().length(), acronym.start() - group.start()));
    return ORDINAL_PREFIX.matcher(before).matches();
  }

  private static final java.util.regex.Pattern ORDINAL_PREFIX = java.util.regex.Pattern.compile("(?:\\d+(?:st|nd|rd|th)\\s+)?");

  private static boolean isAcronym(String s) {
    return s.length() >= 2 && s.chars().allMatch(c -> Character.isUpperCase(c) || c == '.' || c == '-');
  }

  static List<Agency> records(List<Found> found) {
    List<Agency> out = new ArrayList<>();
    for (Found f : found) {
      out.add(new Agency(f.item.name, f.item.aliases(), f.country, f.item.mentionList(), f.item.rule));
    }
    return out;
  }

  private Found add(DocumentContext ctx, String name, TokenSpan span, String surface, String rule, String country, boolean intergovernmental,
      java.util.function.Supplier<String> countryFrom) {
    return add(ctx, name, span, surface, rule, country, intergovernmental, countryFrom, false);
  }

  /**
   * {@code ownCountry}: the country is written with this mention ("Indian Foreign Ministry"), so that a body
   * the gazetteer does not know is one item per country: "the Indian and the Israeli Foreign Ministry" are two.
   */
  private Found add(DocumentContext ctx, String name, TokenSpan span, String surface, String rule, String country, boolean intergovernmental,
      java.util.function.Supplier<String> countryFrom, boolean ownCountry) {
    Gazetteers.KnownAgency k = ctx.gazetteers.knownAgency(name);
    if (k == null && name.contains(" of ")) {
      // "Department of Treasury" (from "Departments of Justice and Treasury") is "Department of the Treasury"
      k = ctx.gazetteers.knownAgency(name.contains(" of the ") ? name.replace(" of the ", " of ") : name.replace(" of ", " of the "));
    }
    if (k == null && country != null) {
      // "US Agency for International Development" (a prefix the rule left out of the name) is the gazetteer's
      // "United States Agency for International Development"
      k = ctx.gazetteers.knownAgency(country + " " + name);
    }
    if (k != null && ownCountry && country != null && k.country() != null && !k.country().equals(country)) {
      k = null; // "Chinese Centers for Disease Control and Prevention" is not the gazetteer's U.S. body
    }
    String canonical = k != null ? k.name() : name;
    if (ctx.trace.on()) {
      traceAdd(ctx, rule.equals(RuleEngine.KNOWN_AGENCY_RULE) ? Names.clean(surface) : name, canonical, span, rule);
    }
    String key = Names.key(canonical) + (k == null && ownCountry && country != null ? COUNTRY_SCOPE + country : "");
    Found f = byKey.computeIfAbsent(key, x -> new Found(new Item(canonical, rule)));
    f.item.mention(span, surface);
    if (f.country == null && !intergovernmental) {
      f.country = k != null && k.country() != null ? k.country() : country;
      if (ctx.trace.on()) {
        ctx.trace.set(Decision.AGENCIES, Decision.Kind.COUNTRY, f.item, f.country, k != null && k.country() != null ? "the gazetteer's entry for " + k.name() : countryFrom.get());
      }
    }
    return f;
  }

  private static final String COUNTRY_SCOPE = "\u0000";

  /** The country or demonym written right before {@code span} ("Chinese" of "Chinese Centers for ..."), or null. */
  /**
   * "the Planning Commission of India", "the Ministry of Education (MEST) in Seoul, Korea": the one
   * country named right after the name, after "of" or after "in" and a city.
   */
  private static String countryRightAfter(DocumentContext ctx, TokenSpan name) {
    List<Token> tokens = ctx.sentence(name.sentence()).tokens();
    int k = name.endToken();
    if (k + 2 < tokens.size() && tokens.get(k).text().equals("(") && tokens.get(k + 2).text().equals(")")) {
      k += 3; // an acronym in parentheses
    }
    if (k >= tokens.size()) {
      return null;
    }
    String w = tokens.get(k).text();
    int from;
    if (w.equals("of")) {
      from = k + 1;
    } else if (w.equals("in") && k + 2 < tokens.size() && tokens.get(k + 2).text().equals(",")) {
      from = k + 3; // "in Seoul, Korea"
    } else {
      return null;
    }
    if (from < tokens.size() && tokens.get(from).text().equalsIgnoreCase("the")) {
      from++;
    }
    for (PartyMention p : ctx.parties(name.sentence())) {
      if (!p.demonym() && p.span().firstToken() == from && p.parties().size() == 1) {
        return p.parties().get(0);
      }
    }
    return null;
  }

  private static String countryRightBefore(DocumentContext ctx, TokenSpan span) {
    for (PartyMention p : ctx.parties(span.sentence())) {
      if (p.span().endToken() == span.firstToken() && p.parties().size() == 1) {
        return p.parties().get(0);
      }
    }
    return null;
  }

  /**
   * "the Indian Foreign Ministry ... the Israeli Foreign Ministry ... the Foreign Ministry": a mention without
   * its country, of a body written with a country elsewhere, is the one named last before it (else the first).
   */
  private List<Found> bareMentionsToTheirCountry(DocumentContext ctx) {
    Map<String, List<Found>> scoped = new LinkedHashMap<>();
    byKey.forEach((key, f) -> {
      int at = key.indexOf(COUNTRY_SCOPE);
      if (at > 0) {
        for (String form : withHeadFirst(Set.of(key.substring(0, at)))) {
          scoped.computeIfAbsent(form, x -> new ArrayList<>()).add(f);
        }
      }
    });
    List<Found> out = new ArrayList<>();
    for (var e : byKey.entrySet()) {
      List<Found> candidates = e.getKey().contains(COUNTRY_SCOPE) ? null
          : withHeadFirst(Set.of(e.getKey())).stream().flatMap(k -> scoped.getOrDefault(k, List.of()).stream()).distinct().toList();
      if (candidates == null || candidates.isEmpty()) {
        out.add(e.getValue());
        continue;
      }
      Found bare = e.getValue();
      if (bare.country != null && candidates.stream().noneMatch(c -> bare.country.equals(c.country))) {
        // "the Bangladesh side ... the Foreign Ministry" and "the Belarusian Foreign Ministry": another country's body
        out.add(bare);
        ctx.trace.item(Decision.AGENCIES, Decision.Kind.COUNTRY, bare.item, () -> "kept apart from the same name written with "
            + candidates.stream().map(c -> c.country).toList() + ": its own sentence gives " + bare.country);
        continue;
      }
      for (int i = 0; i < bare.item.spans.size(); i++) {
        TokenSpan span = bare.item.spans.get(i);
        Found to = ownerOf(ctx, span, candidates);
        to.item.mention(span, span.text());
        ctx.trace.item(Decision.AGENCIES, Decision.Kind.MERGED, to.item, () -> "\"" + span.text() + "\" at " + span.start()
            + ": the same body written without a country, taken as " + to.country + "'s");
      }
    }
    return out;
  }

  /** The one candidate whose country the sentence names ("The Chilean side ... the Foreign Ministry"), else the one named last before. */
  private static Found ownerOf(DocumentContext ctx, TokenSpan span, List<Found> candidates) {
    Set<String> named = new java.util.HashSet<>();
    ctx.parties(span.sentence()).forEach(p -> named.addAll(p.parties()));
    List<Found> inSentence = candidates.stream().filter(c -> named.contains(c.country)).toList();
    if (inSentence.size() == 1) {
      return inSentence.get(0);
    }
    return candidates.stream().filter(c -> c.item.firstOffset() <= span.start())
        .max(Comparator.comparingInt(c -> c.item.firstOffset())).orElse(candidates.get(0));
  }

  /**
   * Two items written alike ("U.S. Agency for International Development (USAID)" built by a rule, and
   * "USAID" known to the gazetteer as "United States Agency for International Development") are one
   * body; the gazetteer's name wins.
   */
  private static final java.util.regex.Pattern HEAD_LAST = java.util.regex.Pattern.compile("^(?:the )?(.+) (ministry|department)$");

  /** The keys and, for "Foreign Relations Ministry", the same body written head first ("ministry of foreign relations"). */
  private static Set<String> withHeadFirst(Set<String> keys) {
    Set<String> out = new java.util.LinkedHashSet<>(keys);
    for (String k : keys) {
      java.util.regex.Matcher m = HEAD_LAST.matcher(k);
      if (m.matches() && !m.group(1).contains(" of ")) {
        out.add(m.group(2) + " of " + m.group(1));
        out.add(m.group(2) + " of " + m.group(1) + " affairs"); // "Foreign Ministry" is the "Ministry of Foreign Affairs"
      }
    }
    return out;
  }

  private static List<Found> mergeSharedForms(Gazetteers gaz, List<Found> agencies, StageTrace trace) {
    List<Found> out = new ArrayList<>();
    Map<Found, Set<String>> keysOf = new java.util.IdentityHashMap<>();
    for (Found f : agencies) {
      Set<String> keys = withHeadFirst(f.item.keys());
      keysOf.put(f, keys);
      // two bodies of one name and two countries ("Indian" and "Israeli Foreign Ministry") stay two
      Found same = out.stream().filter(o -> keysOf.get(o).stream().anyMatch(keys::contains)
          && (o.country == null || f.country == null || o.country.equals(f.country))).findFirst().orElse(null);
      if (same == null) {
        out.add(f);
        continue;
      }
      Found keep = gaz.knownAgency(f.item.name) != null && gaz.knownAgency(same.item.name) == null ? f : same;
      Found gone = keep == f ? same : f;
      keep.item.absorb(gone.item);
      keep.listed |= gone.listed;
      trace.item(Decision.AGENCIES, Decision.Kind.MERGED, keep.item, () -> "\"" + gone.item.name + "\" is the same body: both are written \""
          + keysOf.get(same).stream().filter(keys::contains).findFirst().orElse("") + "\"" + (keep == f ? "; the gazetteer's name wins" : ""));
      keysOf.put(keep, withHeadFirst(keep.item.keys()));
      if (keep.country == null) {
        keep.country = gone.country;
        trace.set(Decision.AGENCIES, Decision.Kind.COUNTRY, keep.item, keep.country, () -> "from \"" + gone.item.name + "\", merged into it");
      }
      if (keep == f) {
        out.set(out.indexOf(same), f);
      }
    }
    return out;
  }

  /** A name needs a word besides its head and connectors: "Office" alone is not an agency. */
  /**
   * "USDA's Foreign Agricultural Service": a name that opens with a gazetteer body and its "'s" is the owned body
   * alone (the owner is the gazetteer's mention); any other match as it is.
   */
  private static RuleMatch afterKnownOwner(DocumentContext ctx, RuleMatch m, List<TokenSpan> known) {
    TokenSpan name = m.slot("name");
    if (name == null || m.ruleId().equals(RuleEngine.KNOWN_AGENCY_RULE)) {
      return m;
    }
    for (TokenSpan k : known) {
      int s = k.endToken();
      if (k.sentence() == name.sentence() && k.firstToken() == name.firstToken() && s + 1 < name.endToken()
          && Set.of("'s", "’s").contains(ctx.token(name.sentence(), s).text())) {
        TokenSpan owned = ctx.span(name.sentence(), s + 1, name.endToken());
        return new RuleMatch(m.ruleId(), m.family(), owned, Map.of("name", owned));
      }
    }
    return m;
  }

  /** "the U.S. Embassy", "the British Consulate": a country's mission abroad, named by the country before it. */
  private static boolean isCountrysMission(DocumentContext ctx, RuleMatch m) {
    TokenSpan name = m.slot("name");
    TokenSpan prefix = m.slot("prefix");
    return prefix != null && ctx.gazetteers.country(prefix.text()) != null && name.endToken() - name.firstToken() == 1
        && Set.of("Embassy", "Consulate", "Consulate-General").contains(ctx.token(name.sentence(), name.firstToken()).text());
  }

  /** "the Obama Administration", "the Biden-Harris Administration": a government named by its leader. */
  private static boolean isALeadersGovernment(DocumentContext ctx, TokenSpan span) {
    int last = span.endToken() - 1;
    if (last <= span.firstToken() || !ctx.token(span.sentence(), last).text().equals("Administration")) {
      return false;
    }
    for (int i = span.firstToken(); i < last; i++) {
      Token t = ctx.token(span.sentence(), i);
      if (!t.ner().equals("PERSON") && !ctx.hasClass(span.sentence(), i, Gazetteers.OFFICEHOLDER) && !t.text().equals("-")) {
        return false;
      }
    }
    return true;
  }

  private static boolean isName(DocumentContext ctx, TokenSpan span) {
    int named = 0;
    for (int i = span.firstToken(); i < span.endToken(); i++) {
      Token t = ctx.token(span.sentence(), i);
      if (Character.isUpperCase(t.text().charAt(0)) && !ctx.gazetteers.isAgencyHead(t.text()) && !t.text().equals("The")
          && !ctx.gazetteers.isOrganWord(t.text())) {
        named++;
      }
    }
    return named > 0;
  }

  /** "State Service ... of Ukraine": a country closing the name. */
  private static String countryInName(DocumentContext ctx, TokenSpan name) {
    for (PartyMention p : ctx.parties(name.sentence())) {
      // "Embassy of Afghanistan in Turkmenistan": the sending country, after "of", not the one it sits in
      if (name.contains(p.span()) && !p.demonym() && p.parties().size() == 1 && p.span().firstToken() >= 1
          && ctx.token(name.sentence(), p.span().firstToken() - 1).text().equals("of")
          && isPostedBody(ctx, name)) {
        return p.parties().get(0);
      }
    }
    for (PartyMention p : ctx.parties(name.sentence())) {
      if (p.span().end() == name.end() && !p.demonym() && p.parties().size() == 1) {
        return p.parties().get(0);
      }
    }
    return null;
  }

  /** "Embassy of X in Y", "High Commission of X in Y": a body one country keeps in another. */
  private static boolean isPostedBody(DocumentContext ctx, TokenSpan name) {
    boolean posted = false;
    boolean in = false;
    for (int i = name.firstToken(); i < name.endToken(); i++) {
      String w = ctx.token(name.sentence(), i).text();
      posted |= Set.of("Embassy", "Consulate", "Consulate-General", "Commission").contains(w);
      in |= w.equals("in") && posted;
    }
    return posted && in;
  }

  /** The nearest country named before the agency in its sentence ("the Japanese delegation included ..."). */
  /** How many tokens may stand between a country and the agency it marks ("Japan's National Police Agency"). */
  private static final int NEAR = 3;

  /**
   * The country the sentence gives an agency before it: the only one named earlier in the
   * sentence ("the Government of Argentina, which will include ... the Ministry of Defense"), or,
   * when several are ("The U.S. and EU delegations noted ... the Organization ..."), one right
   * before the name.
   */
  static String precedingCountry(DocumentContext ctx, TokenSpan span) {
    String last = null;
    int lastEnd = -1;
    Set<String> named = new java.util.HashSet<>();
    for (PartyMention p : ctx.parties(span.sentence())) {
      if (p.span().end() <= span.start() && p.parties().size() == 1) {
        named.add(p.parties().get(0));
        last = p.parties().get(0);
        lastEnd = p.span().endToken();
      }
    }
    return named.size() == 1 || last != null && span.firstToken() - lastEnd <= NEAR ? last : null;
  }

  /** "the Departments of Defense, Homeland Security, ..., the Treasury, and Justice": one agency each. */
  private void expandList(DocumentContext ctx, RuleMatch m) {
    TokenSpan head = m.slot("head");
    if (head == null) {
      return;
    }
    String singular = singular(head.text());
    List<Token> tokens = ctx.sentence(head.sentence()).tokens();
    int i = head.endToken();
    if (i < tokens.size() && tokens.get(i).text().equals("of")) {
      i++;
    }
    List<int[]> items = new ArrayList<>();
    int listEnd = head.endToken();
    int segStart = i;
    for (; i <= tokens.size(); i++) {
      boolean end = i == tokens.size() || LIST_STOP.contains(tokens.get(i).text());
      if (!end && !tokens.get(i).text().equals(",")) {
        continue;
      }
      // a comma-separated segment: "Homeland Security", "including from the ...", "and Justice including ..."
      int s = segStart;
      segStart = i + 1;
      // ", and Communication and Information Technology": after a serial comma the last item is one name
      boolean lastOfSerialList = s < i && tokens.get(s).text().equals("and") && s > 0 && tokens.get(s - 1).text().equals(",");
      if (s < i && tokens.get(s).text().equals("and")) {
        s++;
      }
      if (s >= i) {
        if (end) {
          break;
        }
        continue;
      }
      String first = tokens.get(s).text().toLowerCase(Locale.ROOT);
      if (first.equals("including") || first.equals("with") || first.equals("as")) {
        if (end) {
          break;
        }
        continue;
      }
      int e = s;
      while (e < i && (Character.isUpperCase(tokens.get(e).text().charAt(0))
          || Set.of("the", "of", "&", "for", "and").contains(tokens.get(e).text()))) {
        e++;
      }
      while (e > s && Set.of("the", "of", "&", "for", "and").contains(tokens.get(e - 1).text())) {
        e--;
      }
      if (e == s || e - s > 6 || containsHead(ctx, tokens, s, e)) {
        break;
      }
      // "Ministries of Foreign Affairs of Bangladesh and Belarus": one portfolio, a body of each country
      if (expandCountries(ctx, m, head, tokens, s, e, singular)) {
        return;
      }
      // "Justice and Homeland Security": two names
      int from = s;
      for (int k = s; k <= e; k++) {
        if (k == e || tokens.get(k).text().equals("and") && !lastOfSerialList) {
          if (k > from) {
            items.add(new int[] {from, k});
          }
          from = k + 1;
        }
      }
      listEnd = e;
      if (end || e < i) {
        break;
      }
    }
    if (items.isEmpty()) {
      ctx.trace.at(Decision.AGENCIES, Decision.Kind.DROPPED, head.text(), m.ruleId(), m.span(), () -> "no names listed after \"" + head.text() + " of\"");
      return;
    }
    if (items.size() == 1) {
      // "their respective Ministries of Foreign Affairs": one portfolio of several governments that the list does not name
      ctx.trace.at(Decision.AGENCIES, Decision.Kind.DROPPED, head.text(), m.ruleId(), m.span(), () -> "one portfolio after the plural \""
          + head.text() + "\": the bodies of several governments, none named");
      return;
    }
    TokenSpan listSpan = ctx.span(head.sentence(), head.firstToken(), listEnd);
    if (items.stream().allMatch(it -> ctx.gazetteers.country(ctx.text(tokens.get(it[0]).start(), tokens.get(it[1] - 1).end())) != null)) {
      // "the Foreign Ministries of Bangladesh and Belarus": the portfolio before the head, a body of each country
      int p = head.firstToken();
      while (p > 0 && Character.isUpperCase(tokens.get(p - 1).text().charAt(0)) && !tokens.get(p - 1).text().equals("The")
          && ctx.gazetteers.country(tokens.get(p - 1).text()) == null) {
        p--;
      }
      if (p == head.firstToken()) {
        ctx.trace.at(Decision.AGENCIES, Decision.Kind.DROPPED, head.text(), m.ruleId(), m.span(), () -> "only countries after \"" + head.text() + " of\": no body named");
        return;
      }
      String name = ctx.text(tokens.get(p).start(), tokens.get(head.firstToken() - 1).end()) + " " + singular;
      TokenSpan whole = ctx.span(head.sentence(), p, listEnd);
      for (int[] it : items) {
        String country = ctx.gazetteers.country(ctx.text(tokens.get(it[0]).start(), tokens.get(it[1] - 1).end()));
        Found f = add(ctx, name, whole, whole.text(), m.ruleId(), country, false, () -> "one of the countries the list names", true);
        f.item.surfaces.remove(whole.text());
        f.listed = true;
      }
      return;
    }
    for (int[] it : items) {
      String part = ctx.text(tokens.get(it[0]).start(), tokens.get(it[1] - 1).end());
      String name = singular + " of " + part;
      String country = precedingCountry(ctx, listSpan);
      Found f = add(ctx, name, listSpan, listSpan.text(), m.ruleId(), country, false, () -> "the only country, or the one right before, that the sentence names before the list");
      f.item.surfaces.remove(listSpan.text());
      f.listed = true;
      ctx.trace.item(Decision.AGENCIES, Decision.Kind.NAME, f.item, () -> "\"" + name + "\": one of the list \"" + listSpan.text() + "\"");
    }
  }

  /**
   * "Foreign Affairs of Bangladesh and Belarus" after "Ministries of": the portfolio before the last "of", and
   * after it only countries; each country gets the body "Ministry of Foreign Affairs" of its own.
   */
  private boolean expandCountries(DocumentContext ctx, RuleMatch m, TokenSpan head, List<Token> tokens, int s, int e, String singular) {
    int of = -1;
    for (int k = e - 1; k > s; k--) {
      if (tokens.get(k).text().equals("of")) {
        of = k;
        break;
      }
    }
    if (of < 0) {
      return false;
    }
    List<String> countries = new ArrayList<>();
    int from = of + 1;
    for (int k = of + 1; k <= e; k++) {
      if (k == e || tokens.get(k).text().equals("and") || tokens.get(k).text().equals(",")) {
        if (k == from) {
          from = k + 1;
          continue;
        }
        String country = ctx.gazetteers.country(Names.clean(ctx.text(tokens.get(from).start(), tokens.get(k - 1).end())));
        if (country == null) {
          return false;
        }
        countries.add(country);
        from = k + 1;
      }
    }
    if (countries.size() < 2) {
      return false;
    }
    String name = singular + " of " + ctx.text(tokens.get(s).start(), tokens.get(of - 1).end());
    TokenSpan listSpan = ctx.span(head.sentence(), head.firstToken(), e);
    for (String country : countries) {
      Found f = add(ctx, name, listSpan, listSpan.text(), m.ruleId(), country, false, () -> "one of the countries the list names", true);
      f.item.surfaces.remove(listSpan.text());
      ctx.trace.item(Decision.AGENCIES, Decision.Kind.NAME, f.item, () -> "\"" + name + "\" of " + country + ": one of the list \"" + listSpan.text() + "\"");
    }
    return true;
  }

  /** A segment with a head noun of its own ("the Federal Communications Commission") ends the list. */
  private static boolean containsHead(DocumentContext ctx, List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      String w = tokens.get(k).text();
      if (ctx.gazetteers.isAgencyHead(w) || ctx.gazetteers.isGroupHeadWord(w)) {
        return true;
      }
    }
    return false;
  }

  private static String singular(String plural) {
    if (plural.endsWith("ies")) {
      return plural.substring(0, plural.length() - 3) + "y";
    }
    return plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural;
  }

  // tracing: decisions in words, built only when tracing is on

  /** Why a rule's agency candidate is not taken (the conditions of {@link #run}, in order). */
  private static String notABody(DocumentContext ctx, List<TokenSpan> known, TokenSpan name) {
    TokenSpan k = known.stream().filter(x -> x.overlaps(name)).findFirst().orElse(null);
    if (k != null) {
      return "overlaps the gazetteer's \"" + k.text() + "\" (" + RuleEngine.KNOWN_AGENCY_RULE + "), which is taken instead";
    }
    if (!isName(ctx, name)) {
      return "no name: no capitalised word besides its head noun and connectors";
    }
    if (isPortfolio(ctx, name)) {
      return "a portfolio after a title word and \"" + ctx.token(name.sentence(), name.firstToken() - 1).text() + "\", not a body";
    }
    if (isALeadersGovernment(ctx, name)) {
      return "a leader's administration (\"the Obama Administration\"): a government as such, not a body";
    }
    if (ctx.gazetteers.isMediaName(Names.clean(name.text()))) {
      return "a news agency or broadcaster (media-heads.txt): media, not a body of the contract";
    }
    if (namesAGrouping(ctx, name)) {
      return "names a standing grouping of the gazetteer: a group, not a body";
    }
    if (headOfATitle(ctx, name)) {
      return "part of a title: \"Cabinet\" before a title word (\"Cabinet Secretary\"), or a name before a plural title (\"Central Bank Governors\"), not a body";
    }
    return "left out";
  }

  /** Where the country a rule's candidate brings comes from. */
  private static String countrySource(DocumentContext ctx, TokenSpan prefix, TokenSpan name) {
    if (prefix != null && ctx.gazetteers.country(prefix.text()) != null) {
      return "the country before the name, \"" + prefix.text() + "\"";
    }
    if (countryInName(ctx, name) != null) {
      return "the country closing the name";
    }
    if (countryRightAfter(ctx, name) != null) {
      return "the country right after the name (\"of India\", \"in Seoul, Korea\")";
    }
    return "the only country, or the one right before, that the sentence names before it";
  }

  /** A candidate read as the gazetteer's name, or taken as one more mention of a body already found. */
  private void traceAdd(DocumentContext ctx, String name, String canonical, TokenSpan span, String rule) {
    if (!canonical.equals(name)) {
      ctx.trace.at(Decision.AGENCIES, Decision.Kind.NAME, canonical, rule, span, () -> "\"" + name + "\" is the gazetteer's \"" + canonical + "\"");
    }
    Found known = byKey.get(Names.key(canonical));
    if (known != null) {
      ctx.trace.at(Decision.AGENCIES, Decision.Kind.MERGED, canonical, rule, span,
          () -> "\"" + span.text() + "\" (" + rule + ") is one more mention of \"" + known.item.name + "\"");
    }
  }

  /** The mentions a group's name took from an agency ("ASEAN" of "ASEAN Regional Forum"), and the agency when none is left. */
  private static void traceAcronymPrefixes(StageTrace trace, Found a, List<TokenSpan> before) {
    for (TokenSpan s : before) {
      if (!a.item.spans.contains(s)) {
        trace.at(Decision.AGENCIES, Decision.Kind.DROPPED, a.item.name, a.item.rule, s, () -> "\"" + s.text() + "\" opens a group's name here: "
            + (a.item.spans.isEmpty() ? "no mention of the body is left, so it goes" : "no mention of the body"));
      }
    }
  }
}
