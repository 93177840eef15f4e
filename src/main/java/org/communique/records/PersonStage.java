package org.communique.records;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.communique.nlp.Token;
import org.communique.rules.Gazetteers;
import org.communique.rules.RuleMatch;
import org.communique.rules.TokenSpan;

/**
 * People: names from the person rules (with title, agency and country slots) and from CoreNLP's
 * PERSON tags; shorter forms of a name ("Trump") become aliases of the full one ("Donald Trump").
 */
final class PersonStage {
  /** Honorifics before a name, possibly several ("H.E. Dr.", "The Hon", "Senator the Hon"). */
  private static final Pattern HONORIFIC = Pattern.compile(
      "^(?:(?:The|the|Senator the|Rt\\.?|Right)\\s+)?(?:Mr|Mrs|Ms|Dr|Sir|Dame|H\\.\\s?E|HE|Hon|Honourable|Honorable|Shri|Smt|Sri|Prof|Professor|Amb"
          + "|Dato[’']?(?:\\s+S(?:e)?ri)?|Datuk(?:\\s+S(?:e)?ri)?|Datin|Tan Sri|Tun"
          + "|His Excellency|Her Excellency|Excellency|His Majesty|Her Majesty|His Highness|Her Highness|His Royal Highness|Her Royal Highness|Sheikh|Shaikh|Sayyid|Prince|Princess)\\.?\\s+");
  /** Military ranks the tagger may take into a name ("Brig Gen Joseph Balikudembe", "Lt. Col. Ana Ruiz"). */
  private static final Pattern MILITARY_RANK = Pattern.compile(
      "^(?:Brig|Brigadier|Maj|Major|Lt|Lieut|Lieutenant|Col|Colonel|Gen|General|Capt|Captain|Adm|Admiral|Cdr|Commodore|Sgt|Air Marshal|Air Chief Marshal"
          + "|Vice Admiral|Rear Admiral|Field Marshal)\\.?\\s+(?=\\p{Lu})");
  /** Honorifics that are also part of some names ("Sheikh Hasina", "Prince Faisal"). */
  private static final Pattern NAME_OR_HONORIFIC = Pattern.compile("^(?:Sheikh|Shaikh|Sayyid|Prince|Princess|Tun)\\s+\\p{Lu}");
  /** Post-nominals: "Jane Roe MP". */
  private static final Pattern POST_NOMINAL = Pattern.compile("\\s+(?:MP|MEP|MLA|QC|KC|AO|AC|OBE|CBE|KBE)$");
  private static final Pattern TITLE_LEAD = Pattern.compile("^(?:(?:a|an|the)\\s+)?(?:(?:soon-to-retire|current|new|newly appointed)\\s+)*", Pattern.CASE_INSENSITIVE);

  /** A person with what later stages need. */
  static final class Found {
    final Item item;
    String title;
    String agency;
    String country;
    /** The country closes the first of two positions ("Minister ... of Ireland and President of ..."): no later rule changes it. */
    boolean countryOfFirstPosition;

    Found(Item item) {
      this.item = item;
    }
  }

  List<Found> run(DocumentContext ctx, List<AgencyStage.Found> agencies, List<GroupStage.Found> groups) {
    List<TokenSpan> taken = new ArrayList<>();
    agencies.forEach(a -> taken.addAll(a.item.spans));
    groups.forEach(g -> taken.addAll(g.item.spans));
    List<TokenSpan> countryNames = new ArrayList<>();
    for (int s = 0; s < ctx.doc.sentences().size(); s++) {
      ctx.parties(s).forEach(p -> countryNames.add(p.span()));
    }
    Map<String, Found> byName = new LinkedHashMap<>();
    List<RuleMatch> matches = new ArrayList<>(ctx.matches("person"));
    // matches with a title come first, so that a name's attributes come from the richest mention
    matches.sort(Comparator.comparingInt((RuleMatch m) -> m.slots().size()).reversed()
        .thenComparingInt(m -> m.span().start()));
    List<RuleMatch> titleFirst = matches.stream().filter(PersonStage::titleBeforeName).toList();
    List<RuleMatch> titleAfter = matches.stream().filter(PersonStage::titleAfterName).toList();
    for (RuleMatch m : matches) {
      TokenSpan span = withLeadingInitials(ctx, m);
      if (span == null || !isName(ctx, span) || taken.stream().anyMatch(t -> t.overlaps(span))
          || countryNames.stream().anyMatch(c -> c.contains(span))) { // "Vincent" of "Saint Vincent and the Grenadines"
        ctx.trace.at(Decision.PEOPLE, Decision.Kind.DROPPED, m.span().text(), m.ruleId(), span == null ? m.span() : span,
            () -> notAPerson(ctx, span, taken, countryNames));
        continue;
      }
      String name = withoutHonorifics(span.text());
      // an honorific the tagger took for a name on its own ("Dato" of "Dato’ Sri")
      if (name.isEmpty() || HONORIFIC.matcher(name + " ").replaceFirst("").isEmpty()) {
        ctx.trace.at(Decision.PEOPLE, Decision.Kind.DROPPED, span.text(), m.ruleId(), span, () -> "only honorifics, no name");
        continue;
      }
      if (ctx.trace.on() && byName.containsKey(Names.key(name))) {
        ctx.trace.at(Decision.PEOPLE, Decision.Kind.MERGED, name, m.ruleId(), span, () -> "\"" + span.text() + "\" (" + m.ruleId() + ") is one more mention of \""
            + byName.get(Names.key(name)).item.name + "\"");
      }
      Found f = byName.computeIfAbsent(Names.key(name), k -> new Found(new Item(name, m.ruleId())));
      f.item.mention(span, name);
      if (NAME_OR_HONORIFIC.matcher(span.text()).lookingAt()) {
        f.item.surfaces.add(span.text()); // "Sheikh Hasina": a name of its own for some, an honorific for others
      }
      if (positionOfOtherName(m, titleFirst, titleAfter)) {
        ctx.trace.at(Decision.PEOPLE, Decision.Kind.TITLE, name, m.ruleId(), span, () -> "the position \"" + m.slot("title").text()
            + "\" of " + m.ruleId() + " belongs to the name next to it (the list's order): only the name is taken");
        continue;
      }
      if (f.title == null && m.slot("title") != null) {
        TokenSpan titleSpan = m.slot("title");
        if (titleSpan.end() > span.start() && titleSpan.start() < span.start()) {
          titleSpan = ctx.span(titleSpan.sentence(), titleSpan.firstToken(), span.firstToken());
        }
        f.title = title(titleSpan.text(), ctx.gazetteers);
        if (ctx.trace.on()) {
          ctx.trace.set(Decision.PEOPLE, Decision.Kind.TITLE, f.item, f.title, "the title slot of " + m.ruleId() + ", \"" + titleSpan.text() + "\"");
        }
        // "Minister for Foreign Affairs of Ireland and President of the Council of the EU": two positions; the first,
        // with its country, is the person's; the body after "and" is the second position's
        String[] two = twoPositions(ctx, f.title);
        if (two != null) {
          f.title = two[0];
          f.country = two[1];
          f.countryOfFirstPosition = true;
          ctx.trace.set(Decision.PEOPLE, Decision.Kind.TITLE, f.item, f.title, "the first of two positions joined by \"and\", without its country");
          ctx.trace.set(Decision.PEOPLE, Decision.Kind.COUNTRY, f.item, f.country, "the country closing the first of two positions");
          continue;
        }
        // "Prime Minister of India": the country is no part of the position
        String[] split = countryAfterTitle(ctx, f.title);
        if (split != null) {
          if (f.country == null) {
            f.country = split[1];
            ctx.trace.set(Decision.PEOPLE, Decision.Kind.COUNTRY, f.item, f.country, () -> "the country closing the title \"" + f.title + "\"");
          }
          ctx.trace.set(Decision.PEOPLE, Decision.Kind.TITLE, f.item, split[0], "the title without the country closing it");
          f.title = split[0];
        }
        String[] portfolio = f.country == null ? portfolioListAndCountry(ctx, titleSpan) : null;
        if (portfolio != null) {
          f.title = f.title + portfolio[0];
          f.country = portfolio[1];
          ctx.trace.set(Decision.PEOPLE, Decision.Kind.TITLE, f.item, f.title, "the title goes on with a list of portfolios");
          ctx.trace.set(Decision.PEOPLE, Decision.Kind.COUNTRY, f.item, f.country, "the country closing the list of portfolios after the title");
        }
        String[] body = agencyAfterTitle(ctx, f.title, agencies);
        if (body != null) {
          ctx.trace.set(Decision.PEOPLE, Decision.Kind.TITLE, f.item, body[0], () -> "the title without the body closing it, \"" + body[1] + "\"");
          f.title = body[0];
          if (f.agency == null) {
            f.agency = body[1];
            ctx.trace.set(Decision.PEOPLE, Decision.Kind.AGENCY, f.item, f.agency, "the body closing the title");
          }
        }
        String[] owner = agencyOpeningTitle(ctx, f.title, agencies);
        if (owner != null) {
          ctx.trace.set(Decision.PEOPLE, Decision.Kind.TITLE, f.item, owner[0], () -> "the title without the body opening it, \"" + owner[1] + "\"");
          f.title = owner[0];
          if (f.agency == null) {
            f.agency = owner[1];
            ctx.trace.set(Decision.PEOPLE, Decision.Kind.AGENCY, f.item, f.agency, "the body opening the title");
          }
        }
      }
      if (f.agency == null && m.slot("agency") != null && !f.countryOfFirstPosition) {
        AgencyStage.Found a = agencyAt(agencies, m.slot("agency"));
        if (a != null) {
          f.agency = a.item.name;
          ctx.trace.set(Decision.PEOPLE, Decision.Kind.AGENCY, f.item, f.agency, () -> "the agency slot of " + m.ruleId() + ", \"" + m.slot("agency").text() + "\"");
          if (f.country == null) {
            f.country = a.country;
            ctx.trace.set(Decision.PEOPLE, Decision.Kind.COUNTRY, f.item, f.country, () -> "the country of its agency \"" + a.item.name + "\"");
          }
        }
      }
      if (m.slot("country") != null && !f.countryOfFirstPosition) {
        String c = ctx.gazetteers.country(m.slot("country").text());
        if (c != null) {
          f.country = c;
          ctx.trace.set(Decision.PEOPLE, Decision.Kind.COUNTRY, f.item, f.country, () -> "the country slot of " + m.ruleId() + ", \"" + m.slot("country").text() + "\"");
        }
      }
      if (f.country == null) {
        f.country = representedCountry(ctx, span);
        ctx.trace.set(Decision.PEOPLE, Decision.Kind.COUNTRY, f.item, f.country, "the sentence says they lead, represent or speak for it (delegation, side, \"on behalf of\", \"for\")");
      }
      if (f.country == null) {
        f.country = roleCountry(ctx, span);
        ctx.trace.set(Decision.PEOPLE, Decision.Kind.COUNTRY, f.item, f.country, "a role of that party's before the name (co-chair, counterpart, delegate, side)");
      }
      if (f.country == null) {
        f.country = possessiveCountry(ctx, span);
        ctx.trace.set(Decision.PEOPLE, Decision.Kind.COUNTRY, f.item, f.country, "a country's possessive before the name or the list of names it opens (\"Kenya's A, and B;\")");
      }
    }
    List<Found> people = mergeRegistryForms(ctx, mergeShortForms(new ArrayList<>(byName.values()), ctx.trace));
    for (Found f : people) {
      if (f.country == null) {
        f.country = headingCountry(ctx, f.item.firstOffset());
        ctx.trace.set(Decision.PEOPLE, Decision.Kind.COUNTRY, f.item, f.country, "the country heading the list it is on");
      }
      if (f.country == null) {
        f.country = lineLabelCountry(ctx, f.item.firstOffset());
        ctx.trace.set(Decision.PEOPLE, Decision.Kind.COUNTRY, f.item, f.country, "the country labelling its list line");
      }
      signatureBlock(ctx, f);
      if (f.title == null) {
        String[] listed = listedUnderPluralTitle(ctx, f);
        if (listed != null) {
          f.title = listed[0];
          ctx.trace.set(Decision.PEOPLE, Decision.Kind.TITLE, f.item, f.title, () -> "a name listed after the plural title \"" + listed[1] + "\"");
          if (f.country == null && listed[2] != null) {
            f.country = listed[2];
            ctx.trace.set(Decision.PEOPLE, Decision.Kind.COUNTRY, f.item, f.country, "the country written beside the name in that list");
          }
        }
      }
      if (f.country == null) {
        f.country = registryCountry(ctx, f);
        ctx.trace.set(Decision.PEOPLE, Decision.Kind.COUNTRY, f.item, f.country, () -> "the office-holder registry" + (ctx.date() == null ? "" : ", on the statement's date " + ctx.date()));
      }
      if (f.agency == null) {
        f.agency = registryBody(ctx, f, agencies);
        ctx.trace.set(Decision.PEOPLE, Decision.Kind.AGENCY, f.item, f.agency, "the office-holder registry: they head this intergovernmental body, which the statement names");
      }
      if (f.agency == null) {
        f.agency = ministryOfPortfolio(ctx.gazetteers, f, agencies);
        ctx.trace.set(Decision.PEOPLE, Decision.Kind.AGENCY, f.item, f.agency, () -> "a minister heads the ministry of the portfolio the title names (\"" + f.title + "\")");
      }
      if (f.country == null && f.agency != null) {
        // "Secretary of the Treasury Janet Yellen": a national body's country is its official's
        String agency = f.agency;
        f.country = agencies.stream().filter(a -> a.item.name.equals(agency) && !a.intergovernmental(ctx.gazetteers))
            .map(a -> a.country).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        ctx.trace.set(Decision.PEOPLE, Decision.Kind.COUNTRY, f.item, f.country, () -> "the country of its agency \"" + agency + "\"");
      }
      if (f.country == null) {
        String byTitle = ctx.officeTitles.country(f.title);
        // "Secretary of State for Security" of a Spanish statement: a title says whose office it is only
        // when the statement names that country at all
        f.country = byTitle != null && ctx.namesParty(byTitle) ? byTitle : null;
        ctx.trace.set(Decision.PEOPLE, Decision.Kind.COUNTRY, f.item, f.country, () -> "the title \"" + f.title + "\" says whose office it is (models/knowledge)");
      }
      giveCountryToAgency(ctx, f, agencies);
    }
    List<String> parties = GroupStage.statementParties(ctx, groups, false);
    for (Found f : people) {
      if (f.country == null && f.title != null && parties.size() == 2) {
        f.country = pairedCountry(ctx, f, people, parties);
        ctx.trace.set(Decision.PEOPLE, Decision.Kind.COUNTRY, f.item, f.country,
            "the other party of a two-party statement, beside an official of the one (\"A and India's B co-chaired\")");
      }
    }
    people.removeIf(f -> ctx.trace.dropped(isPlace(ctx, f), Decision.PEOPLE, f.item,
        () -> "only the tagger took it for a person, it has no position, and every mention is where a place is said (in, at, near, the capital)"));
    people.removeIf(f -> ctx.trace.dropped(f.item.name.indexOf(' ') < 0 && f.title == null && f.agency == null && f.country == null
        && f.item.rule.equals("person.ner") && !afterAnHonorific(ctx, f), Decision.PEOPLE, f.item,
        () -> "one word that only the tagger took for a person, with no position, body or country: a place or a name of a thing (\"Clorinda\", \"GEANT\")"));
    people.removeIf(f -> ctx.trace.dropped(namesOnlyAnAdministration(ctx, f), Decision.PEOPLE, f.item,
        () -> "every mention names a government by its leader (\"the Obama Administration\"), not the person"));
    people.sort(Comparator.comparingInt((Found f) -> f.item.firstOffset()).thenComparing(f -> f.item.name));
    return people;
  }

  private static final Pattern INITIALS = Pattern.compile("\\p{Lu}{1,2}");

  /** "Minister SM Rezaul Karim": initials the title took in belong to the name after it. */
  private static TokenSpan withLeadingInitials(DocumentContext ctx, RuleMatch m) {
    TokenSpan name = m.slot("name");
    if (name == null || !titleBeforeName(m) || m.slot("title").end() < name.start() - 1) {
      return name;
    }
    int before = name.firstToken() - 1;
    TokenSpan title = m.slot("title");
    if (before > title.firstToken() && before < title.endToken()
        && INITIALS.matcher(ctx.token(name.sentence(), before).text()).matches()
        && !HONORIFIC.matcher(ctx.token(name.sentence(), before).text() + " ").lookingAt()
        && !POST_NOMINAL.matcher(" " + ctx.token(name.sentence(), before).text()).find()
        && ctx.gazetteers.country(ctx.token(name.sentence(), before).text()) == null) {
      return ctx.span(name.sentence(), before, name.endToken());
    }
    return name;
  }

  private static boolean titleBeforeName(RuleMatch m) {
    TokenSpan title = m.slot("title");
    TokenSpan name = m.slot("name");
    return title != null && name != null && title.end() <= name.start();
  }

  private static boolean titleAfterName(RuleMatch m) {
    TokenSpan title = m.slot("title");
    TokenSpan name = m.slot("name");
    return title != null && name != null && title.start() >= name.end();
  }

  /**
   * A position between two names in a list is read two ways: after a comma as the first name's
   * apposition, before a comma as the second name's title. The list's own order decides: when the
   * first name has a position before it ("the Minister of A, Mr. X, the Minister of B, Mr. Y") every
   * position goes before its name; otherwise ("X, Minister of A, Dr Y, Minister of B") after it.
   * True when {@code m}'s position belongs to another name, so that only its name is taken.
   */
  private static boolean positionOfOtherName(RuleMatch m, List<RuleMatch> titleFirst, List<RuleMatch> titleAfter) {
    TokenSpan title = m.slot("title");
    TokenSpan name = m.slot("name");
    if (titleAfterName(m)) {
      boolean claimedByNext = titleFirst.stream().anyMatch(o -> o.slot("title").overlaps(title) && !o.slot("name").overlaps(name));
      return claimedByNext && hasTitleBefore(name, titleFirst);
    }
    if (titleBeforeName(m)) {
      return titleAfter.stream().anyMatch(o -> o.slot("title").overlaps(title) && !o.slot("name").overlaps(name)
          && !hasTitleBefore(o.slot("name"), titleFirst));
    }
    return false;
  }

  private static boolean hasTitleBefore(TokenSpan name, List<RuleMatch> titleFirst) {
    return titleFirst.stream().anyMatch(o -> o.slot("name").overlaps(name));
  }

  /** "Mr Tanaka": an honorific before a mention says it is a person. */
  private static boolean afterAnHonorific(DocumentContext ctx, Found f) {
    return f.item.spans.stream().anyMatch(s -> s.firstToken() > 0 && HONORIFIC.matcher(ctx.token(s.sentence(), s.firstToken() - 1).text() + " ").lookingAt());
  }

  /**
   * "met in Abu Dhabi", "the capital, Nay Pyi Taw": a name the tagger alone took for a person, with no
   * position, only ever said where a place is.
   */
  private static boolean isPlace(DocumentContext ctx, Found f) {
    if (f.title != null || !f.item.rule.equals("person.ner")) {
      return false;
    }
    if (ctx.gazetteers.isNotAPerson(f.item.name)) {
      return true; // a capital, a meeting city or a news agency (models/gazetteers/places.txt, media.txt)
    }
    if (f.item.spans.stream().allMatch(span -> isDatelinePlace(ctx, span) || afterANamedEventNoun(ctx, span))) {
      return true;
    }
    for (TokenSpan span : f.item.spans) {
      int before = span.firstToken() - 1;
      String word = before >= 0 ? ctx.token(span.sentence(), before).text() : "";
      boolean capital = word.equals(",") && before >= 1 && ctx.token(span.sentence(), before - 1).text().equals("capital");
      if (!Set.of("in", "at", "near").contains(word) && !capital && !ofATitle(ctx, span)) {
        return false;
      }
    }
    return true;
  }

  /**
   * "The Presidents of MERCOSUR Member States, Mauricio Macri, of the Argentine Republic; Michel
   * Temer, ..." and "the presidents of Brazil, Luiz Inacio Lula da Silva, and Argentina, Nestor
   * Kirchner": a name listed after a plural title earlier in its sentence, with no verb between,
   * holds that title in the singular. Returns the title, the plural as written, and the country
   * written right before the name (", and Argentina, Name") or right after it ("Name, of the
   * Argentine Republic"), or null.
   */
  private static String[] listedUnderPluralTitle(DocumentContext ctx, Found f) {
    TokenSpan mention = f.item.spans.stream().min(java.util.Comparator.comparingInt(TokenSpan::start)).orElse(null);
    if (mention == null) {
      return null;
    }
    List<org.communique.nlp.Token> tokens = ctx.sentence(mention.sentence()).tokens();
    for (int k = mention.firstToken() - 1; k >= 0; k--) {
      org.communique.nlp.Token t = tokens.get(k);
      if (Set.of("VBD", "VBZ", "VBP", "MD").contains(t.pos())) {
        return null;
      }
      String w = t.text();
      boolean pluralWord = w.length() > 3 && (w.endsWith("s") || w.endsWith("S")) && Character.isLetter(w.charAt(0))
          && ctx.gazetteers.isTitleWord(w.substring(0, w.length() - 1));
      if (pluralWord && Character.isUpperCase(w.charAt(0)) && namesOnlyBetween(tokens, k + 1, mention.firstToken())) {
        // "Commissioners Chris Patten and Pascal Lamy": the plural title right before the names it lists
        String singular = w.substring(0, w.length() - 1);
        return new String[] {singular, w, null};
      }
      if (pluralWord && k + 1 < tokens.size() && tokens.get(k + 1).text().equals("of")) {
        int from = k;
        while (from > 0 && Character.isUpperCase(tokens.get(from - 1).text().charAt(0)) && tokens.get(from - 1).pos().startsWith("NNP")
            && !ctx.hasClass(mention.sentence(), from - 1, org.communique.rules.Gazetteers.COUNTRY)) {
          from--;
        }
        String plural = ctx.text(tokens.get(from).start(), t.end());
        String singular = plural.substring(0, plural.length() - 1);
        if (Character.isLowerCase(singular.charAt(0))) {
          singular = Character.toUpperCase(singular.charAt(0)) + singular.substring(1);
        }
        return new String[] {singular, plural, countryBeside(ctx, tokens, mention)};
      }
    }
    return null;
  }

  /** Only proper nouns, commas and "and" from {@code from} to {@code to}: "Chris Patten and" before "Pascal Lamy". */
  private static boolean namesOnlyBetween(List<org.communique.nlp.Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      org.communique.nlp.Token t = tokens.get(i);
      if (!t.pos().startsWith("NNP") && !t.text().equals(",") && !t.text().equals("and")) {
        return false;
      }
    }
    return true;
  }

  /** ", and Argentina, Nestor Kirchner" or "Mauricio Macri, of the Argentine Republic": the country beside a listed name. */
  private static String countryBeside(DocumentContext ctx, List<org.communique.nlp.Token> tokens, TokenSpan mention) {
    int before = mention.firstToken() - 1;
    if (before >= 1 && tokens.get(before).text().equals(",")) {
      for (PartyMention p : ctx.parties(mention.sentence())) {
        if (!p.demonym() && p.span().endToken() == before && p.parties().size() == 1) {
          return p.parties().get(0);
        }
      }
    }
    int after = mention.endToken();
    if (after + 1 < tokens.size() && tokens.get(after).text().equals(",") && tokens.get(after + 1).text().equals("of")) {
      for (PartyMention p : ctx.parties(mention.sentence())) {
        int start = p.span().firstToken();
        boolean right = start == after + 2 || start == after + 3 && tokens.get(after + 2).text().equalsIgnoreCase("the");
        if (!p.demonym() && right && p.parties().size() == 1) {
          return p.parties().get(0);
        }
      }
    }
    return null;
  }

  /** "the Obama Administration's commitment": a name whose every mention is followed by "Administration". */
  private static boolean namesOnlyAnAdministration(DocumentContext ctx, Found f) {
    return f.title == null && f.item.spans.stream().allMatch(s -> s.endToken() < ctx.sentence(s.sentence()).tokens().size()
        && Set.of("Administration", "administration").contains(ctx.token(s.sentence(), s.endToken()).text()));
  }

  /** "Levoča, February 7, 2003" opening a line: the place of a dateline. */
  private static boolean isDatelinePlace(DocumentContext ctx, TokenSpan span) {
    boolean lineStart = span.start() == 0 || ctx.doc.text().charAt(span.start() - 1) == '\n';
    List<org.communique.nlp.Token> tokens = ctx.sentence(span.sentence()).tokens();
    int after = span.endToken();
    return lineStart && after + 1 < tokens.size() && tokens.get(after).text().equals(",")
        && ctx.matches("date").stream().anyMatch(d -> d.span().sentence() == span.sentence() && d.span().firstToken() == after + 1);
  }

  /** "hurricanes, Irma and Maria", "Typhoon Haiyan": a storm's name within three words after its noun. */
  private static boolean afterANamedEventNoun(DocumentContext ctx, TokenSpan span) {
    for (int k = span.firstToken() - 1; k >= Math.max(0, span.firstToken() - 4); k--) {
      if (ctx.gazetteers.isNamedEventNoun(ctx.token(span.sentence(), k).text())) {
        return true;
      }
    }
    return false;
  }

  /** "Custodian of the [Two Holy Mosques]": words after a title word and "of (the)" belong to the title. */
  private static boolean ofATitle(DocumentContext ctx, TokenSpan span) {
    int i = span.firstToken() - 1;
    if (i >= 0 && ctx.token(span.sentence(), i).text().equalsIgnoreCase("the")) {
      i--;
    }
    return i >= 1 && ctx.token(span.sentence(), i).text().equals("of") && ctx.hasClass(span.sentence(), i - 1, org.communique.rules.Gazetteers.TITLE);
  }

  static String withoutHonorifics(String written) {
    String name = written.strip();
    for (String before = null; !name.equals(before); ) {
      before = name;
      name = HONORIFIC.matcher(name).replaceFirst("");
      name = MILITARY_RANK.matcher(name).replaceFirst("");
    }
    return POST_NOMINAL.matcher(name).replaceFirst("");
  }

  static List<Person> records(List<Found> found) {
    List<Person> out = new ArrayList<>();
    for (Found f : found) {
      out.add(new Person(f.item.name, f.item.aliases(), f.title, f.agency, f.country, f.item.mentionList(), f.item.rule));
    }
    return out;
  }

  /**
   * "Foreign Minister Kishida of the Ministry of Foreign Affairs": a government body named with no
   * country marker belongs to the country of the official the text ties to it.
   */
  private static void giveCountryToAgency(DocumentContext ctx, Found person, List<AgencyStage.Found> agencies) {
    if (person.agency == null || person.country == null) {
      return;
    }
    for (AgencyStage.Found a : agencies) {
      if (a.item.name.equals(person.agency) && a.country == null && !a.intergovernmental(ctx.gazetteers)) {
        a.country = person.country;
        ctx.trace.set(Decision.AGENCIES, Decision.Kind.COUNTRY, a.item, a.country, () -> "the country of its official \"" + person.item.name + "\"");
      }
    }
  }

  /**
   * A signature block: the name alone on its line, the position on the next line, the country on the
   * one after ("The Hon Jane Roe" / "Minister for Trade" / "New Zealand").
   */
  private static final Pattern TRAILING_COMMA = Pattern.compile("[,;]\\s*$");

  private static void signatureBlock(DocumentContext ctx, Found person) {
    String text = ctx.doc.text();
    for (Mention m : person.item.mentions) {
      int lineStart = text.lastIndexOf('\n', Math.max(0, m.start() - 1)) + 1;
      int lineEnd = text.indexOf('\n', m.end());
      if (lineEnd < 0 || !withoutHonorifics(TRAILING_COMMA.matcher(text.substring(lineStart, lineEnd)).replaceAll("")).equals(person.item.name)) {
        continue;
      }
      // the next two lines: a title is short, so a bounded slice of the text holds them
      List<String> next = text.substring(lineEnd, Math.min(text.length(), lineEnd + 1000)).lines().map(String::strip).filter(l -> !l.isEmpty()).limit(2).toList();
      if (next.isEmpty() || next.get(0).length() > 120 || !ctx.gazetteers.isTitleWord(firstTitleWord(ctx, next.get(0)))) {
        continue;
      }
      String position = next.get(0).replaceAll("[,;.]+$", "");
      String[] split = countryAfterTitle(ctx, position);
      String country = null;
      if (split != null) {
        // "Minister of Foreign Affairs of the Kingdom of Bahrain"
        position = split[0];
        country = split[1];
      } else if (next.size() > 1) {
        country = ctx.gazetteers.country(next.get(1).replaceAll("[,;.]+$", ""));
      }
      if (person.title == null || ctx.gazetteers.isTitleWord(person.title) && ctx.gazetteers.recordWords("ranks").contains(person.title)) {
        person.title = position;
        ctx.trace.set(Decision.PEOPLE, Decision.Kind.TITLE, person.item, person.title, "the line after their name in a signature block");
      }
      if (person.country == null) {
        person.country = country;
        ctx.trace.set(Decision.PEOPLE, Decision.Kind.COUNTRY, person.item, person.country, "the signature block's country, after the position");
      }
      return;
    }
  }

  /** The first word of a position after its modifiers ("Deputy Prime Minister" → "Minister"). */
  private static String firstTitleWord(DocumentContext ctx, String line) {
    for (String w : line.split("\\s+")) {
      if (ctx.gazetteers.isTitleWord(w)) {
        return w;
      }
      if (!w.isEmpty() && !Character.isUpperCase(w.charAt(0))) {
        return "";
      }
    }
    return "";
  }

  private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-–•*·]|\\d{1,2}[.)])\\s+.*");
  private static final Pattern HEADING = Pattern.compile(
      "^\\s*(?:(?:For|From)\\s+)?(?:[Tt]he\\s+)?(.+?)(?:\\s+(?:[Dd]elegation|[Ss]ide|[Tt]eam|[Pp]articipants))?\\s*:?\\s*$");

  /**
   * A delegation listed under a country heading ("Australia:" / "The Brazilian delegation:" then
   * "- The Hon Jane Roe MP, Minister for Trade"): the person on a list line takes the heading's country.
   */
  private static String headingCountry(DocumentContext ctx, int offset) {
    String text = ctx.doc.text();
    int lineStart = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
    int lineEnd = text.indexOf('\n', offset);
    String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
    if (!LIST_ITEM.matcher(line).matches()) {
      return null;
    }
    int end = lineStart - 1;
    while (end > 0) {
      int start = text.lastIndexOf('\n', end - 1) + 1;
      String previous = text.substring(start, end).strip();
      end = start - 1;
      if (previous.isEmpty() || LIST_ITEM.matcher(previous).matches()) {
        continue;
      }
      java.util.regex.Matcher h = HEADING.matcher(previous);
      return h.matches() && previous.length() < 60 ? ctx.gazetteers.country(h.group(1)) : null;
    }
    return null;
  }

  private static final Pattern LINE_LABEL = Pattern.compile("^\\s*(?:[-–•*·]\\s*)?([^:\\n]{2,60}?)\\s*:\\s*(.*)$");

  /** A list line that opens with its country: "Angola : H.E. Mr. Jose Eduardo dos Santos, President". */
  private static String lineLabelCountry(DocumentContext ctx, int offset) {
    String text = ctx.doc.text();
    int lineStart = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
    java.util.regex.Matcher m = LINE_LABEL.matcher(text.substring(lineStart, offset));
    if (!m.matches() || !withoutHonorifics(m.group(2) + "X").equals("X") && !m.group(2).isBlank()) {
      return null; // only honorifics between the label and the name
    }
    return ctx.gazetteers.country(m.group(1));
  }

  /**
   * A head of state or government or a minister the reader knows: the office-holder registry gives
   * the country they served at the statement's date ("President Lula" in 2008: Brazil).
   */
  private static String registryCountry(DocumentContext ctx, Found person) {
    Item item = person.item;
    String c = ctx.officeHolders.country(item.name, ctx.date());
    for (String alias : item.aliases()) {
      if (c == null) {
        c = ctx.officeHolders.country(alias, ctx.date());
      }
    }
    if (c == null && !item.name.contains(" ")) {
      c = ctx.officeHolders.countryByTitleAndSurname(person.title, item.name, ctx.date());
    }
    if (c == null && !item.name.contains(" ") && person.title == null) {
      c = ctx.officeHolders.countryBySurname(item.name, ctx.date()); // "Mr Medvedev": the one office-holder of that surname
    }
    return c;
  }

  private static final Pattern SECRETARY_OF = Pattern.compile("^(?:(?:Deputy|Under|Assistant)\\s+)?Secretary of (?:the )?(.+)$");
  private static final Pattern MINISTER_OF = Pattern.compile("^(?:.*\\s)?Minister (?:of|for) (?:the )?(.+)$");
  private static final Pattern MINISTRY_OF = Pattern.compile("^(?:.+\\s)?Ministry (?:of|for) (?:the )?(\\p{Lu}[\\p{L}-]+)(?: Affairs)?$");
  private static final Pattern PORTFOLIO_MINISTRY = Pattern.compile("^(?:(.+)\\s)?(\\p{Lu}[\\p{L}-]+)(?: Affairs)? Ministry$");
  /** "Foreign Minister", "Deputy Interior Minister": a portfolio written before "Minister". */
  private static final Pattern PORTFOLIO_MINISTER = Pattern.compile("^(?:(?:Deputy|Vice|First|Federal)\\s+)*(\\p{Lu}[\\p{L}-]+(?: Affairs)?) Minister$");

  /**
   * "Minister of Commerce Wang Wentao" in a statement that names the "Ministry of Commerce": the minister
   * heads the ministry of the portfolio the title names (of the minister's country, or of none yet).
   */
  private static String ministryOfPortfolio(Gazetteers gaz, Found person, List<AgencyStage.Found> agencies) {
    if (person.title == null) {
      return null;
    }
    java.util.regex.Matcher m = MINISTER_OF.matcher(person.title);
    java.util.regex.Matcher secretary = SECRETARY_OF.matcher(person.title);
    Set<String> wanted;
    if (m.matches()) {
      wanted = Set.of(Names.key("Ministry of " + m.group(1)), Names.key("Ministry of the " + m.group(1)),
          Names.key("Ministry for " + m.group(1)));
    } else if (secretary.matches()) {
      // "Secretary of Homeland Security Alejandro Mayorkas" in a statement that names the Department of Homeland Security
      wanted = Set.of(Names.key("Department of " + secretary.group(1)), Names.key("Department of the " + secretary.group(1)));
    } else {
      wanted = Set.of();
    }
    for (AgencyStage.Found a : agencies) {
      boolean sameCountry = a.country == null || person.country == null || a.country.equals(person.country);
      if (sameCountry && a.item.keys().stream().anyMatch(wanted::contains)) {
        return a.item.name;
      }
    }
    // "Austrian Interior Minister Gerhard Karner" and "the Ministry of Interior", "Russian Foreign Minister Sergey Lavrov" and
    // "the Russian Foreign Ministry": the ministry of the portfolio, however either writes it, of the same country
    java.util.regex.Matcher before = PORTFOLIO_MINISTER.matcher(person.title);
    String portfolio = m.matches() ? m.group(1) : before.matches() ? before.group(1) : null;
    if (portfolio == null || person.country == null) {
      return null;
    }
    String p = Names.key(portfolio.replaceFirst(" Affairs$", ""));
    for (AgencyStage.Found a : agencies) {
      if (person.country.equals(a.country) && a.item.surfaces.stream().map(sf -> ministryPortfolio(gaz, sf)).anyMatch(p::equals)) {
        return a.item.name;
      }
    }
    return null;
  }

  /** The portfolio a ministry's name says ("Interior" of "the Federal Ministry of the Interior", "Russian Foreign Ministry"), or null. */
  private static String ministryPortfolio(Gazetteers gaz, String name) {
    java.util.regex.Matcher of = MINISTRY_OF.matcher(name);
    if (of.matches()) {
      return Names.key(of.group(1));
    }
    java.util.regex.Matcher ministry = PORTFOLIO_MINISTRY.matcher(name);
    if (ministry.matches() && (ministry.group(1) == null || ministry.group(1).equals("Federal")
        || gaz.country(ministry.group(1).replaceFirst("['’]s$", "")) != null)) {
      return Names.key(ministry.group(2));
    }
    return null;
  }

  /**
   * "Secretary General Jens Stoltenberg" in a statement that names NATO: the head of an intergovernmental
   * body (an office of the registry with no country, "Secretary General of NATO") serves that body,
   * when the statement names it.
   */
  private static String registryBody(DocumentContext ctx, Found person, List<AgencyStage.Found> agencies) {
    org.communique.knowledge.OfficeTerm term = ctx.officeHolders.termOn(person.item.name, ctx.date());
    if (term == null || term.country() != null && !term.country().isEmpty()) {
      return null;
    }
    // "Secretary General of the Council of Europe": the body is the longest tail after an " of " that the statement names
    String office = term.office();
    for (int of = office.indexOf(" of "); of >= 0; of = office.indexOf(" of ", of + 1)) {
      String key = Names.key(office.substring(of + 4).replaceFirst("^the ", ""));
      String named = agencies.stream().filter(a -> a.item.keys().contains(key)).map(a -> a.item.name).findFirst().orElse(null);
      if (named != null) {
        return named;
      }
    }
    return null;
  }

  /** Lower-case words inside names: "Antonio de Aguiar Patriota", "Ursula von der Leyen" (as in $PNAME). */
  private static final java.util.Set<String> NAME_PARTICLES = java.util.Set.of("de", "da", "do", "dos", "das", "del", "della", "di",
      "du", "van", "von", "der", "den", "ter", "le", "la", "bin", "binti", "ibn", "al", "el");

  /** Capitalised words (and particles inside), not a lone title word. */
  private static boolean isName(DocumentContext ctx, TokenSpan span) {
    for (int i = span.firstToken(); i < span.endToken(); i++) {
      Token t = ctx.token(span.sentence(), i);
      boolean inside = i > span.firstToken() && i + 1 < span.endToken();
      // "Al-‘Attiyah": a hyphen or an apostrophe the tokenizer split off inside a name
      boolean joiner = inside && t.text().matches("[-‘’'`]+");
      if (!Character.isUpperCase(t.text().charAt(0)) && !t.text().equals(".") && !(inside && NAME_PARTICLES.contains(t.text())) && !joiner) {
        return false;
      }
      String w = t.text();
      boolean pluralTitle = w.length() > 3 && w.endsWith("s") && ctx.gazetteers.isTitleWord(w.substring(0, w.length() - 1)); // "Foreign Ministers"
      if (ctx.gazetteers.isTitleWord(w) || pluralTitle || ctx.gazetteers.country(w) != null) {
        return false;
      }
    }
    return true;
  }

  private static String title(String written, org.communique.rules.Gazetteers gazetteers) {
    String t = TITLE_LEAD.matcher(written.strip()).replaceFirst("");
    // "the Secretary of State's Coordinator for Cyber Issues": the position is what follows the owner
    // (when a title word follows; "... of Australia's Home Affairs" stays whole)
    java.util.regex.Matcher owner = POSSESSOR.matcher(t);
    if (owner.find() && gazetteers.isTitleWord(t.substring(owner.end()).split("\\s+")[0])) {
      t = t.substring(owner.end());
    }
    t = t.replaceAll("[,;]+$", "").strip();
    // "Ministers Ana Lopez and Pedro Ruiz": each holds the title in the singular
    String last = t.substring(t.lastIndexOf(' ') + 1);
    if (last.length() > 3 && last.endsWith("s") && !last.endsWith("ss") && gazetteers.isTitleWord(last.substring(0, last.length() - 1))) {
      t = t.substring(0, t.length() - 1);
    }
    return t;
  }

  /**
   * "Minister of Mining of the Republic of Korea": the position and the country closing it (the
   * earliest "of" after which the rest names a country), or null.
   */
  /**
   * "Minister of Culture, Sports and Tourism of ROK": after a title cut at its first comma, the rest
   * of its portfolio list (capitalised words, commas, "and") and the country closing it; null when
   * the words after the title are not such a list ending in "of" and a country.
   */
  private static String[] portfolioListAndCountry(DocumentContext ctx, TokenSpan title) {
    List<org.communique.nlp.Token> tokens = ctx.sentence(title.sentence()).tokens();
    int k = title.endToken();
    if (k >= tokens.size() || !tokens.get(k).text().equals(",")) {
      return null;
    }
    boolean listed = false;
    for (; k < tokens.size() && k < title.endToken() + 14; k++) {
      org.communique.nlp.Token t = tokens.get(k);
      if (t.text().equals("of") && listed) {
        for (int n = Math.min(4, tokens.size() - k - 1); n >= 1; n--) {
          TokenSpan after = ctx.span(title.sentence(), k + 1, k + 1 + n);
          String bare = after.text().startsWith("the ") ? after.text().substring(4) : after.text();
          String country = ctx.gazetteers.country(bare);
          if (country != null && !ctx.gazetteers.isDemonym(bare)) {
            return new String[] {ctx.text(title.end(), tokens.get(k - 1).end()), country};
          }
        }
        return null;
      }
      boolean joiner = Set.of(",", "and", "&").contains(t.text());
      if (!joiner && (!Character.isUpperCase(t.text().charAt(0)) || "PERSON".equals(t.ner()))) {
        return null;
      }
      listed |= t.text().equals("and") || t.text().equals("&");
    }
    return null;
  }

  /** "Minister of Foreign Affairs of the Czech Republic and President of ...": the first position and its country, or null. */
  private static String[] twoPositions(DocumentContext ctx, String title) {
    int and = title.indexOf(" and ");
    if (and < 0 || !ctx.gazetteers.isTitleWord(title.substring(and + 5).split("\\s+")[0])) {
      return null;
    }
    return countryAfterTitle(ctx, title.substring(0, and));
  }

  private static String[] countryAfterTitle(DocumentContext ctx, String title) {
    for (int at = title.indexOf(" of "); at > 0; at = title.indexOf(" of ", at + 1)) {
      String rest = title.substring(at + 4).strip();
      // "Permanent Representative of India to the UN": the country before where the post is
      rest = rest.replaceFirst("\\s+(?:to|in|at)\\s+(?:the\\s+)?\\p{Lu}.*$", "");
      String bare = rest.startsWith("the ") ? rest.substring(4) : rest;
      String country = ctx.gazetteers.country(bare);
      if (country != null && !ctx.gazetteers.isDemonym(bare)) {
        return new String[] {title.substring(0, at).strip(), country};
      }
    }
    return null;
  }

  /**
   * "Assistant Secretary-General for Political Affairs of the United Nations": the position and the body
   * closing it (a body of the statement or of the gazetteer), or null.
   */
  private static String[] agencyAfterTitle(DocumentContext ctx, String title, List<AgencyStage.Found> agencies) {
    for (int at = title.indexOf(" of "); at > 0; at = title.indexOf(" of ", at + 1)) {
      String rest = title.substring(at + 4).strip();
      String bare = rest.startsWith("the ") ? rest.substring(4) : rest;
      String key = Names.key(bare);
      for (AgencyStage.Found a : agencies) {
        if (a.item.keys().contains(key)) {
          return new String[] {title.substring(0, at).strip(), a.item.name};
        }
      }
    }
    return null;
  }

  /**
   * "WHO Director-General", "USAID Deputy Administrator for Latin America": a title opened by a body's name as the text
   * writes it; "Deputy Chairman Planning Commission": a title closed by one.
   */
  private static String[] agencyOpeningTitle(DocumentContext ctx, String title, List<AgencyStage.Found> agencies) {
    for (AgencyStage.Found a : agencies) {
      for (String surface : a.item.surfaces) {
        if (title.length() > surface.length() + 1 && title.endsWith(" " + surface)) {
          String rest = title.substring(0, title.length() - surface.length() - 1).strip();
          String[] words = rest.split("\\s+");
          if (ctx.gazetteers.isTitleWord(words[words.length - 1])) {
            return new String[] {rest, a.item.name};
          }
        }
        if (title.length() > surface.length() + 1 && title.startsWith(surface + " ")) {
          String rest = title.substring(surface.length() + 1).strip();
          String head = rest.split("[\\s,]+")[0];
          if (ctx.gazetteers.isTitleWord(head) || Set.of("Deputy", "Vice", "Assistant", "Executive", "Managing", "Chief", "Special")
              .contains(head)) {
            return new String[] {rest, a.item.name};
          }
        }
      }
    }
    return null;
  }

  private static final Pattern POSSESSOR = Pattern.compile("^.*?\\S(?:'s|’s)\\s+(?=\\p{Lu})");

  private static AgencyStage.Found agencyAt(List<AgencyStage.Found> agencies, TokenSpan slot) {
    for (AgencyStage.Found a : agencies) {
      for (TokenSpan s : a.item.spans) {
        if (s.overlaps(slot)) {
          return a;
        }
      }
    }
    return null;
  }

  /**
   * "... led the U.S. delegation", "... led for the Netherlands", "... led ... for the Government of
   * France", "The Australian delegation was led by ...".
   */
  private static String representedCountry(DocumentContext ctx, TokenSpan name) {
    List<Token> tokens = ctx.sentence(name.sentence()).tokens();
    // "Swaziland was represented by Hon. A, ..., Lesotho by Hon. B": the country right before "by" and the name
    int by = name.firstToken() - 1;
    while (by >= 0 && HONORIFIC.matcher(tokens.get(by).text() + " ").lookingAt()) {
      by--;
    }
    if (by >= 1 && tokens.get(by).text().equals("by")) {
      for (PartyMention p : ctx.parties(name.sentence())) {
        if (p.span().endToken() == by && p.parties().size() == 1 && !p.demonym()) {
          return p.parties().get(0);
        }
      }
    }
    // the nearest such party: "The Kenyan delegation was led by A, while the Ugandan delegation was led by B"
    String led = null;
    for (PartyMention p : ctx.parties(name.sentence())) {
      int after = p.span().endToken();
      if (p.span().end() <= name.start() && p.parties().size() == 1 && after < tokens.size()
          && (ctx.gazetteers.recordWords("side-nouns").contains(tokens.get(after).text()) || isPassiveLead(ctx.gazetteers, tokens, after)) && leadsBetween(ctx.gazetteers, tokens, after, name.firstToken())) {
        led = p.parties().get(0);
      }
    }
    if (led != null) {
      return led;
    }
    for (PartyMention p : ctx.parties(name.sentence())) {
      // "... Ahmed Khaleel on behalf of the Maldivian government"
      int behalf = p.span().firstToken() - 1;
      while (behalf > name.endToken() && tokens.get(behalf).text().equalsIgnoreCase("the")) {
        behalf--;
      }
      if (p.parties().size() == 1 && behalf >= name.endToken() + 2 && behalf - name.endToken() <= 4
          && tokens.get(behalf).text().equals("of") && tokens.get(behalf - 1).text().equals("behalf")) {
        return p.parties().get(0);
      }
    }
    for (PartyMention p : ctx.parties(name.sentence())) {
      if (p.span().start() < name.end() || p.parties().size() != 1 || !leadsBetween(ctx.gazetteers, tokens, name.endToken(), p.span().firstToken())) {
        continue;
      }
      int after = p.span().endToken();
      int before = p.span().firstToken() - 1;
      boolean delegation = after < tokens.size() && ctx.gazetteers.recordWords("side-nouns").contains(tokens.get(after).text());
      boolean forParty = before >= 0 && (tokens.get(before).text().equals("for")
          || before >= 1 && tokens.get(before).text().equals("the") && tokens.get(before - 1).text().equals("for")
          || tokens.get(before).text().equals("of") && before >= 1 && tokens.get(before - 1).text().startsWith("Government"));
      if (delegation || forParty) {
        return p.parties().get(0);
      }
    }
    return null;
  }

  /**
   * "Minister for Foreign Affairs A and India's External Affairs Minister B co-chaired": in a statement of two
   * parties, an official joined by "and" to an official of one party serves the other.
   */
  private static String pairedCountry(DocumentContext ctx, Found f, List<Found> people, List<String> parties) {
    for (TokenSpan s : f.item.spans) {
      List<Token> tokens = ctx.sentence(s.sentence()).tokens();
      for (Found g : people) {
        if (g == f || g.country == null || !parties.contains(g.country)) {
          continue;
        }
        for (TokenSpan t : g.item.spans) {
          if (t.sentence() != s.sentence()) {
            continue;
          }
          int from = Math.min(s.endToken(), t.endToken());
          int to = Math.max(s.firstToken(), t.firstToken());
          boolean and = false;
          boolean counterpart = false;
          boolean clean = to - from <= 12;
          for (int i = from; clean && i < to; i++) {
            String w = tokens.get(i).text();
            and |= w.equals("and");
            counterpart |= w.equals("counterpart");
            // "A and his Mongolian counterpart, B": the comma of an apposition after "counterpart"
            boolean appositionComma = w.equals(",") && counterpart;
            clean = (appositionComma || !Set.of(";", ".", ":", "(", ")", ",").contains(w)) && !tokens.get(i).pos().matches("VB[DZP]?");
          }
          if (and && clean && people.stream().noneMatch(o -> o != f && o != g && o.item.spans.stream()
              .anyMatch(u -> u.sentence() == s.sentence() && u.firstToken() >= from && u.endToken() <= to))) {
            return parties.get(0).equals(g.country) ? parties.get(1) : parties.get(0);
          }
        }
      }
    }
    return null;
  }

  /** The last party the sentence names before {@code name}, or null. */
  private static PartyMention nearestPartyBefore(DocumentContext ctx, TokenSpan name) {
    PartyMention nearest = null;
    for (PartyMention p : ctx.parties(name.sentence())) {
      if (p.span().end() <= name.start()) {
        nearest = p;
      }
    }
    return nearest;
  }

  /**
   * "Kenya's John Kamau", "Fiji's Minister of Lands A, and Minister of Finance B; and Tonga's ...": the nearest
   * country's possessive before the name, with only names, titles, commas and "and" between (no verb, no ";").
   */
  private static String possessiveCountry(DocumentContext ctx, TokenSpan name) {
    List<Token> tokens = ctx.sentence(name.sentence()).tokens();
    PartyMention nearest = nearestPartyBefore(ctx, name);
    int after = nearest == null ? -1 : nearest.span().endToken();
    if (nearest == null || nearest.demonym() || nearest.parties().size() != 1 || after >= tokens.size()) {
      return null;
    }
    int before = nearest.span().firstToken() - 1;
    if (before >= 0 && tokens.get(before).text().equals("from") && tokens.get(after).text().equals(",") && name.firstToken() - after <= 3) {
      return nearest.parties().get(0); // "The co-chairs from Mexico, Sergio Alcocer, ...; and from Canada, David Morrison"
    }
    if (!Set.of("'s", "’s").contains(tokens.get(after).text())) {
      return null;
    }
    for (int i = after + 1; i < name.firstToken(); i++) {
      Token t = tokens.get(i);
      boolean verb = t.pos().startsWith("VB") && !t.text().equals("representing") && !Character.isUpperCase(t.text().charAt(0));
      if (verb || Set.of(";", ".", ":", "(", ")", "while", "whereas", "but", "with", "by").contains(t.text())) {
        return null;
      }
    }
    return nearest.parties().get(0);
  }

  /** "U.S. co-chairs A (...) and B", "her UK counterpart, Director General C": a party's role before names. */
  private static String roleCountry(DocumentContext ctx, TokenSpan name) {
    List<Token> tokens = ctx.sentence(name.sentence()).tokens();
    PartyMention nearest = nearestPartyBefore(ctx, name);
    if (nearest == null || nearest.parties().size() != 1 || name.firstToken() - nearest.span().endToken() > 40) {
      return null;
    }
    int after = nearest.span().endToken();
    if (after + 1 < tokens.size() && ctx.gazetteers.recordWords("side-nouns").contains(tokens.get(after).text()) && tokens.get(after + 1).text().equals(":")) {
      return nearest.parties().get(0); // "On the Rwandan side: A, Minister of ...; B, Minister of ..."
    }
    if (after >= tokens.size() || !ctx.gazetteers.recordWords("role-nouns").contains(tokens.get(after).text().toLowerCase(java.util.Locale.ROOT))) {
      return null;
    }
    int depth = 0;
    for (int i = after + 1; i < name.firstToken(); i++) {
      Token t = tokens.get(i);
      depth += t.text().equals("(") ? 1 : t.text().equals(")") ? -1 : 0;
      // only names, their positions in parentheses or apposition, and "and" lie between
      if (depth == 0 && t.pos().startsWith("VB") && !t.text().equals("Acting") || t.text().equals(";") || t.text().equals(".")) {
        return null;
      }
    }
    return nearest.parties().get(0);
  }

  /** "Australia was represented by ...", "Chile was led by ...": the party as the subject of a passive lead verb. */
  private static boolean isPassiveLead(Gazetteers gaz, List<Token> tokens, int i) {
    return i + 1 < tokens.size() && tokens.get(i).lemma().equals("be") && tokens.get(i + 1).pos().equals("VBN")
        && gaz.recordWords("lead-verbs").contains(tokens.get(i + 1).lemma().toLowerCase(java.util.Locale.ROOT));
  }

  private static boolean leadsBetween(Gazetteers gaz, List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      if (tokens.get(i).pos().startsWith("VB") && gaz.recordWords("lead-verbs").contains(tokens.get(i).lemma().toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The words of a name, case aside ("MEADE" in a headline is "Meade"). */
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static Set<String> nameWords(String name) {
    return new HashSet<>(Arrays.asList(SPACES.split(name.toLowerCase(java.util.Locale.ROOT))));
  }

  /** "Strayer" of "Rob Strayer": a name whose words all belong to a longer name is that person. */
  /** "Mohammed bin Salman (MBS)": two names the registry gives to one office-holder are one person, named by the longer. */
  private static List<Found> mergeRegistryForms(DocumentContext ctx, List<Found> people) {
    List<Found> byLength = new ArrayList<>(people);
    byLength.sort(Comparator.comparingInt((Found f) -> -f.item.name.length()).thenComparing(f -> f.item.name));
    List<Found> out = new ArrayList<>();
    for (Found f : byLength) {
      List<org.communique.knowledge.OfficeTerm> terms = ctx.officeHolders.terms(f.item.name);
      Found target = terms.isEmpty() ? null : out.stream()
          .filter(longer -> ctx.officeHolders.terms(longer.item.name).stream().anyMatch(t -> terms.stream().anyMatch(u -> u.name().equals(t.name()))))
          .findFirst().orElse(null);
      if (target == null) {
        out.add(f);
        continue;
      }
      target.item.absorb(f.item);
      ctx.trace.item(Decision.PEOPLE, Decision.Kind.MERGED, target.item, () -> "\"" + f.item.name + "\": the registry's other name for this office-holder");
      target.title = target.title != null ? target.title : f.title;
      target.agency = target.agency != null ? target.agency : f.agency;
      target.country = target.country != null ? target.country : f.country;
    }
    return out;
  }

  private static List<Found> mergeShortForms(List<Found> people, StageTrace trace) {
    List<Found> byLength = new ArrayList<>(people);
    byLength.sort(Comparator.comparingInt((Found f) -> -f.item.name.length()).thenComparing(f -> f.item.name));
    List<Found> out = new ArrayList<>();
    for (Found f : byLength) {
      Set<String> words = nameWords(f.item.name);
      Found target = out.stream()
          .filter(longer -> nameWords(longer.item.name).containsAll(words))
          .findFirst().orElse(null);
      if (target == null) {
        out.add(f);
        continue;
      }
      target.item.absorb(f.item);
      trace.item(Decision.PEOPLE, Decision.Kind.MERGED, target.item, () -> "\"" + f.item.name + "\": its words all belong to this name" + inherited(target, f));
      target.title = target.title != null ? target.title : f.title;
      target.agency = target.agency != null ? target.agency : f.agency;
      target.country = target.country != null ? target.country : f.country;
    }
    return out;
  }

  // tracing: decisions in words, built only when tracing is on

  /** Why a rule's person candidate is not taken (the conditions of {@link #run}, in order). */
  private static String notAPerson(DocumentContext ctx, TokenSpan span, List<TokenSpan> taken, List<TokenSpan> countryNames) {
    if (span == null) {
      return "the rule has no name slot here";
    }
    if (!isName(ctx, span)) {
      return "no name: a lower-case word, a title word or a country inside";
    }
    TokenSpan body = taken.stream().filter(t -> t.overlaps(span)).findFirst().orElse(null);
    if (body != null) {
      return "overlaps \"" + body.text() + "\", an agency's or group's mention";
    }
    return "inside the name of a country, \"" + countryNames.stream().filter(c -> c.contains(span)).findFirst().map(TokenSpan::text).orElse("") + "\"";
  }

  /** The attributes a longer name takes over from its short form, in words. */
  private static String inherited(Found target, Found shortForm) {
    List<String> taken = new ArrayList<>();
    if (target.title == null && shortForm.title != null) {
      taken.add("title \"" + shortForm.title + "\"");
    }
    if (target.agency == null && shortForm.agency != null) {
      taken.add("agency \"" + shortForm.agency + "\"");
    }
    if (target.country == null && shortForm.country != null) {
      taken.add("country " + shortForm.country);
    }
    return taken.isEmpty() ? "" : "; takes its " + String.join(", ", taken);
  }
}
