package org.communique.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.communique.nlp.Token;

/**
 * The word lists of {@code models/gazetteers/}: countries (with variants and demonyms), known
 * agencies (with aliases and country), head nouns of groups and agencies, title words, party
 * nouns, verbs that never make a commitment, and document nouns. All are data the user edits.
 */
public final class Gazetteers {
  /** A country or union of countries, as the contract writes it, with its other forms. */
  public record Country(String name, List<String> variants, List<String> demonyms) {}

  /** A real agency; {@code country} is null for an intergovernmental body. */
  public record KnownAgency(String name, List<String> aliases, String country) {}

  /** A standing grouping of states known by name ("Quad", "G7"); {@code members} empty where the statement's list counts. */
  public record KnownGroup(String name, List<String> aliases, String kind, List<String> members) {}

  /** A group head such as "Working Group"; some only make a group when several parties are named. */
  public record GroupHead(String words, String kind, boolean needsParties) {}

  public static final String COUNTRY = "COUNTRY";
  public static final String CHAIN = "CHAIN";
  public static final String DEMONYM = "DEMONYM";
  public static final String TITLE = "TITLE";
  public static final String GROUP_HEAD = "GROUP_HEAD";
  public static final String AGENCY_HEAD = "AGENCY_HEAD";
  public static final String DOC = "DOC";
  public static final String IGO = "IGO";
  public static final String KNOWN_AGENCY = "KNOWN_AGENCY";
  /** A standing grouping of states of groupings.tsv ("Quad", "I2U2", "G7"). */
  public static final String KNOWN_GROUP = "KNOWN_GROUP";
  public static final String TOPIC = "TOPIC";
  /** A body's name that many governments use ("Ministry of Foreign Affairs"): an agency whose country the statement gives. */
  public static final String GENERIC_AGENCY = "GENERIC_AGENCY";
  /** A written form of a person in the office-holder registry ("Xi Jinping", "Lula"). */
  public static final String OFFICEHOLDER = "OFFICEHOLDER";

  private final List<Country> countries;
  private final List<KnownAgency> agencies;
  private final Map<String, GroupHead> groupHeads;
  private final Map<String, String> countryBySurface = new HashMap<>();
  private final Map<String, String> countryByDemonym = new HashMap<>();
  private final Map<String, KnownAgency> agencyBySurface = new HashMap<>();
  private final Map<String, KnownGroup> groupBySurface = new HashMap<>();
  private final Set<String> agencyHeads;
  private final Set<String> titleWords;
  private final Set<String> partyNouns;
  private final Set<String> leaderTitles;
  private final Set<String> namedEventNouns;
  private final Set<String> treatyNouns;
  private final Set<String> nonCommitmentVerbs;
  private final Set<String> groupModifiers;
  private final Set<String> meetingWords;
  /** Words that name an organ by its function (organ-words.txt): "Governing Board" names no body. */
  private final Set<String> organWords;
  /** How the names of news agencies and broadcasters end (media-heads.txt). */
  private final Set<String> mediaHeads;
  /** Capitals, meeting cities and news agencies: names that are never a person (places.txt, media.txt). */
  private final Set<String> notPersons;
  private final Set<String> documentNouns;
  private final Set<String> genericAgencies = new java.util.HashSet<>();
  private final PhraseIndex phrases = new PhraseIndex();
  private final List<String> partySurfaces;
  /** The sets of record-words.tsv that the record stages read, each required. */
  public static final List<String> RECORD_WORD_SETS = List.of("pass-through-verbs", "trigger-verbs", "speech-verbs", "group-references",
      "plural-parties", "offices", "multi-party-words", "bilateral-words", "trilateral-words", "meeting-suffixes", "meeting-verbs", "ranks",
      "role-nouns", "lead-verbs", "side-nouns", "body-nouns", "noun-read-verbs", "programme-nouns", "place-openers");
  /** Words the record stages reason with (record-words.tsv), by set. */
  private final Map<String, Set<String>> recordWords = new java.util.HashMap<>();
  /** Capitals that stand for their governments in news reports (capitals.tsv): capital → country. */
  private final Map<String, String> capitals = new java.util.HashMap<>();

  private Gazetteers(Path dir, java.util.Collection<String> officeHolderNames) throws IOException {
    officeHolderNames.forEach(n -> phrases.add(n, OFFICEHOLDER));
    countries = new ArrayList<>();
    for (Row row : rows(dir.resolve("countries.tsv"), 3)) {
      Country c = new Country(row.cell(0), row.list(1), row.list(2));
      countries.add(c);
      countryBySurface.put(c.name(), c.name());
      c.variants().forEach(v -> countryBySurface.put(v, c.name()));
      c.demonyms().forEach(d -> countryByDemonym.put(d, c.name()));
      phrases.add(c.name(), COUNTRY);
      c.variants().forEach(v -> phrases.add(v, COUNTRY));
      c.demonyms().forEach(d -> phrases.add(d, DEMONYM));
    }
    agencies = new ArrayList<>();
    for (Row row : rows(dir.resolve("agencies.tsv"), 3)) {
      String country = row.cell(2).isEmpty() ? null : row.cell(2);
      KnownAgency a = new KnownAgency(row.cell(0), row.list(1), country);
      agencies.add(a);
      agencyBySurface.put(a.name(), a);
      a.aliases().forEach(alias -> agencyBySurface.put(alias, a));
      phrases.add(a.name(), KNOWN_AGENCY);
      a.aliases().forEach(alias -> phrases.add(alias, KNOWN_AGENCY));
      if (country == null) {
        phrases.add(a.name(), IGO);
        a.aliases().forEach(alias -> phrases.add(alias, IGO));
      }
    }
    if (java.nio.file.Files.isRegularFile(dir.resolve("groupings.tsv"))) {
      for (Row row : rows(dir.resolve("groupings.tsv"), 4)) {
        KnownGroup g = new KnownGroup(row.cell(0), row.list(1), row.cell(2), row.list(3));
        groupBySurface.put(g.name(), g);
        g.aliases().forEach(alias -> groupBySurface.put(alias, g));
        phrases.add(g.name(), KNOWN_GROUP);
        g.aliases().forEach(alias -> phrases.add(alias, KNOWN_GROUP));
      }
    }
    Path recordWordsFile = dir.resolve("record-words.tsv");
    for (Row row : rows(recordWordsFile, 2)) {
      recordWords.computeIfAbsent(row.cell(0), k -> new HashSet<>()).add(row.cell(1));
    }
    for (String set : RECORD_WORD_SETS) {
      if (!recordWords.containsKey(set)) {
        throw new RuleSyntaxException(recordWordsFile, 1, "no word of the required set \"" + set + "\"");
      }
    }
    if (Files.isRegularFile(dir.resolve("capitals.tsv"))) {
      for (Row row : rows(dir.resolve("capitals.tsv"), 2)) {
        capitals.put(row.cell(0), row.cell(1));
      }
    }
    groupHeads = new LinkedHashMap<>();
    for (Row row : rows(dir.resolve("group-heads.tsv"), 3)) {
      GroupHead h = new GroupHead(row.cell(0), row.cell(1), row.cell(2).equals("yes"));
      groupHeads.put(h.words(), h);
      phrases.add(h.words(), GROUP_HEAD);
    }
    agencyHeads = words(dir.resolve("agency-heads.txt"), false);
    agencyHeads.forEach(h -> phrases.add(h, AGENCY_HEAD));
    titleWords = words(dir.resolve("title-words.txt"), true);
    partyNouns = words(dir.resolve("party-nouns.txt"), true);
    leaderTitles = optionalWords(dir.resolve("leader-titles.txt"), false);
    nonCommitmentVerbs = words(dir.resolve("non-commitment-verbs.txt"), true);
    groupModifiers = optionalWords(dir.resolve("group-modifiers.txt"), true);
    namedEventNouns = optionalWords(dir.resolve("named-events.txt"), true);
    treatyNouns = optionalWords(dir.resolve("treaty-nouns.txt"), false);
    notPersons = new java.util.HashSet<>();
    for (String file : List.of("places.txt", "media.txt", "armed-groups.txt")) {
      notPersons.addAll(optionalWords(dir.resolve(file), false));
    }
    meetingWords = optionalWords(dir.resolve("meeting-words.txt"), true);
    organWords = optionalWords(dir.resolve("organ-words.txt"), false);
    mediaHeads = optionalWords(dir.resolve("media-heads.txt"), false);
    documentNouns = words(dir.resolve("document-nouns.txt"), false);
    documentNouns.forEach(h -> phrases.add(h, DOC));
    words(dir.resolve("topic-words.txt"), false).forEach(w -> phrases.add(w, TOPIC));
    genericAgencies.addAll(optionalWords(dir.resolve("generic-agencies.txt"), false));
    genericAgencies.forEach(w -> phrases.add(w, GENERIC_AGENCY));
    List<String> surfaces = new ArrayList<>();
    for (Country c : countries) {
      surfaces.add(c.name());
      surfaces.addAll(c.variants());
      surfaces.addAll(c.demonyms()); // "Saudi-Turkish", "Ethio-Russia", "Sino-Japanese"
    }
    for (KnownAgency a : agencies) {
      if (a.country() == null) {
        surfaces.add(a.name());
        surfaces.addAll(a.aliases());
      }
    }
    surfaces.sort(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(java.util.Comparator.naturalOrder()));
    partySurfaces = List.copyOf(surfaces);
    for (String surface : partySurfaces) {
      partySurfacesByFirst.computeIfAbsent(surface.charAt(0), k -> new ArrayList<>()).add(surface);
    }
  }

  /** The party surfaces by their first character, each list longest first. */
  private final Map<Character, List<String>> partySurfacesByFirst = new java.util.HashMap<>();

  /** The party surfaces that start with {@code first}, longest first. */
  public List<String> partySurfacesStartingWith(char first) {
    return partySurfacesByFirst.getOrDefault(first, List.of());
  }

  /** "Convention", "Treaty": a noun that ends an instrument's name (treaty-nouns.txt). */
  public boolean isTreatyNoun(String word) {
    return treatyNouns.contains(word);
  }

  /** "hurricanes", "Typhoon": a noun before names that are not people's (named-events.txt). */
  public boolean isNamedEventNoun(String word) {
    return namedEventNouns.contains(word.toLowerCase(java.util.Locale.ROOT));
  }

  /** A title of a head of state or government ("President", "Prime Minister"), from leader-titles.txt: one of "the leaders". */
  public boolean isLeaderTitle(String title) {
    return leaderTitles.contains(singleSpaced(title));
  }

  /** {@code s} stripped, every run of white space in it one space; without a regex for the usual string that has none. */
  public static String singleSpaced(String s) {
    String t = s.strip();
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isWhitespace(c) && (c != ' ' || Character.isWhitespace(t.charAt(i + 1)))) {
        return WHITE_SPACE.matcher(t).replaceAll(" ");
      }
    }
    return t;
  }

  private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("\\s+");

  /** Every written form of a country (its demonyms too) or intergovernmental body, longest first. */
  public List<String> partySurfaces() {
    return partySurfaces;
  }

  public static Gazetteers load(Path dir) throws IOException {
    return new Gazetteers(dir, List.of());
  }

  /** The gazetteers of {@code dir}, with the written forms of known office-holders as {@link #OFFICEHOLDER} phrases. */
  public static Gazetteers load(Path dir, java.util.Collection<String> officeHolderNames) throws IOException {
    return new Gazetteers(dir, officeHolderNames);
  }

  /** The contract's name of a country written as {@code surface} ("U.S." gives "United States"), or null. */
  /** Whether a body's name is that of a news agency or broadcaster ("Jordan News Agency"). */
  public boolean isMediaName(String name) {
    return mediaHeads.stream().anyMatch(h -> name.equals(h) || name.endsWith(" " + h));
  }

  /** Whether a word names an organ by its function ("Governing" of "Governing Board"). */
  public boolean isOrganWord(String word) {
    return organWords.contains(word);
  }

  /** The words of one set of record-words.tsv ("plural-parties"); the set must be one of {@link #RECORD_WORD_SETS}. */
  public Set<String> recordWords(String set) {
    Set<String> words = recordWords.get(set);
    if (words == null) {
      throw new IllegalArgumentException("no record-words set " + set);
    }
    return words;
  }

  /** The country a capital stands for in a news report ("Moscow"), or null. */
  public String capitalCountry(String surface) {
    return surface == null ? null : capitals.get(singleSpaced(surface));
  }

  public String country(String surface) {
    if (surface == null) {
      return null;
    }
    String s = singleSpaced(surface);
    String c = countryBySurface.get(s);
    if (c == null) {
      c = countryByDemonym.get(s);
    }
    if (c == null && (s.endsWith("’s") || s.endsWith("'s"))) {
      c = country(s.substring(0, s.length() - 2));
    }
    if (c == null && s.startsWith("the ")) {
      c = country(s.substring(4));
    }
    return c;
  }

  /** Whether {@code surface} is an adjective or demonym ("Japanese") rather than a country's name. */
  public boolean isDemonym(String surface) {
    return !countryBySurface.containsKey(surface.strip()) && countryByDemonym.containsKey(surface.strip());
  }

  /** A country, or an intergovernmental body, as a party named by {@code surface}. */
  public String party(String surface) {
    String c = country(surface);
    if (c != null) {
      return c;
    }
    KnownAgency a = agencyBySurface.get(surface.strip());
    return a != null && a.country() == null ? a.name() : null;
  }

  /** The standing grouping written {@code surface} ("Quad"), or null. */
  public KnownGroup knownGroup(String surface) {
    return groupBySurface.get(singleSpaced(surface));
  }

  /** The known agency written {@code surface}; a name broken across lines ("Southern African\nDevelopment Community") too. */
  public KnownAgency knownAgency(String surface) {
    return agencyBySurface.get(singleSpaced(surface));
  }

  /** A name many governments use ("Ministry of Foreign Affairs"), from generic-agencies.txt. */
  public boolean isGenericAgency(String name) {
    return genericAgencies.contains(singleSpaced(name));
  }

  public List<KnownAgency> agencies() {
    return agencies;
  }

  public List<Country> countries() {
    return countries;
  }

  /** The longest group head that {@code words} ends with, or null. */
  public GroupHead groupHeadAtEnd(List<String> words) {
    for (int n = Math.min(3, words.size()); n >= 1; n--) {
      String written = String.join(" ", words.subList(words.size() - n, words.size()));
      GroupHead h = groupHeads.get(written);
      if (h == null) {
        // "G7 summit", "the commercial issues working group": a head written in lower case
        h = groupHeads.get(Arrays.stream(written.split(" "))
            .map(w -> w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1)).collect(java.util.stream.Collectors.joining(" ")));
      }
      if (h != null) {
        return h;
      }
    }
    return null;
  }

  /** A word of some group head ("Working" of "Working Group"). */
  public boolean isGroupHeadWord(String word) {
    if (groupHeadWords == null) {
      java.util.Set<String> words = new java.util.HashSet<>();
      groupHeads.keySet().forEach(h -> words.addAll(Arrays.asList(h.split(" "))));
      groupHeadWords = words; // racy but idempotent: every thread builds the same set
    }
    return groupHeadWords.contains(word);
  }

  private volatile java.util.Set<String> groupHeadWords;

  public boolean isAgencyHead(String word) {
    return agencyHeads.contains(word);
  }

  /** "Ambassador", "coordinator", and hyphenated forms that start with one ("Ambassador-at-Large"). */
  public boolean isTitleWord(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    int hyphen = w.indexOf('-');
    return titleWords.contains(w) || hyphen > 0 && titleWords.contains(w.substring(0, hyphen));
  }

  public boolean isPartyNoun(String lemma) {
    return partyNouns.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /** A word that says what a group does ("Steering" of "Steering Group"), from group-modifiers.txt. */
  public boolean isGroupModifier(String word) {
    return groupModifiers.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * A name that is no person though taggers take it for one: a capital or meeting city of places.txt
   * ("Abu Dhabi", "Nay Pyi Taw") or a news agency of media.txt ("Kazinform").
   */
  public boolean isNotAPerson(String name) {
    String spaced = singleSpaced(name);
    int space = spaced.indexOf(' ');
    // "Puerto Cano", "Fort Portal": a word that opens place names (record-words place-openers)
    return notPersons.contains(spaced) || space > 0 && recordWords("place-openers").contains(spaced.substring(0, space));
  }

  /** A word that says a meeting took place ("hold", "convene", "session"), from meeting-words.txt. */
  public boolean isMeetingWord(String lemma) {
    return meetingWords.contains(lemma.toLowerCase(Locale.ROOT));
  }

  public boolean isNonCommitmentVerb(String lemma) {
    return nonCommitmentVerbs.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /**
   * Gazetteer classes of each token of a sentence (space-separated, "" when none): the
   * TokensRegex rules read them as the {@code gaz} attribute.
   */
  public String[] classify(List<Token> tokens) {
    String[] classes = new String[tokens.size()];
    Arrays.fill(classes, "");
    phrases.tag(tokens, classes);
    for (int i = 0; i < tokens.size(); i++) {
      String word = tokens.get(i).text();
      if (isTitleWord(word)) {
        classes[i] = withClass(classes[i], TITLE);
      }
      if (isChain(word)) {
        classes[i] = withClass(classes[i], CHAIN);
      }
    }
    return classes;
  }

  /** Token ranges [start, end) of the longest, leftmost phrases of class {@code cls}. */
  public List<int[]> find(List<Token> tokens, String cls) {
    return phrases.find(tokens, cls);
  }

  /** "U.S.-Mexico", "GCC-U.S.", "U.S.-Japan-Republic": parties joined by hyphens. */
  public boolean isChain(String word) {
    if (!word.contains("-")) {
      return false;
    }
    String[] parts = word.split("-");
    if (parts.length < 2) {
      return false;
    }
    for (int i = 0; i < parts.length; i++) {
      boolean last = i == parts.length - 1;
      if (party(parts[i]) == null && !(last && phrases.startsPhrase(parts[i], COUNTRY, IGO))) {
        return false;
      }
    }
    return true;
  }

  private static String withClass(String classes, String cls) {
    return classes.isEmpty() ? cls : classes + " " + cls;
  }

  /** Longest-match phrase lookup over token texts. */
  private static final class PhraseIndex {
    private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();

    private record Phrase(List<String> words, String cls) {}

    void add(String phrase, String cls) {
      List<String> words = tokenize(phrase);
      if (!words.isEmpty()) {
        byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Phrase(words, cls));
      }
    }

    boolean startsPhrase(String word, String... classes) {
      Set<String> wanted = Set.of(classes);
      return byFirstWord.getOrDefault(word, List.of()).stream().anyMatch(p -> wanted.contains(p.cls()));
    }

    List<int[]> find(List<Token> tokens, String cls) {
      List<int[]> out = new ArrayList<>();
      int i = 0;
      while (i < tokens.size()) {
        int best = 0;
        for (Phrase p : byFirstWord.getOrDefault(tokens.get(i).text(), List.of())) {
          if (p.cls().equals(cls) && p.words().size() > best && matchesAt(tokens, i, p.words())) {
            best = p.words().size();
          }
        }
        if (best > 0) {
          out.add(new int[] {i, i + best});
          i += best;
        } else {
          i++;
        }
      }
      return out;
    }

    void tag(List<Token> tokens, String[] classes) {
      for (int i = 0; i < tokens.size(); i++) {
        for (Phrase p : byFirstWord.getOrDefault(tokens.get(i).text(), List.of())) {
          if (matchesAt(tokens, i, p.words())) {
            for (int k = i; k < i + p.words().size(); k++) {
              if (!(" " + classes[k] + " ").contains(" " + p.cls() + " ")) {
                classes[k] = withClass(classes[k], p.cls());
              }
            }
          }
        }
      }
    }

    private static boolean matchesAt(List<Token> tokens, int i, List<String> words) {
      if (i + words.size() > tokens.size()) {
        return false;
      }
      for (int k = 0; k < words.size(); k++) {
        if (!tokens.get(i + k).text().equals(words.get(k))) {
          return false;
        }
      }
      return true;
    }
  }

  /** Splits a gazetteer phrase the way the tokenizer splits running text. */
  private static final java.util.regex.Pattern PLUS_NUMBER = java.util.regex.Pattern.compile("(\\p{L}+)(\\+\\d+)");

  static List<String> tokenize(String phrase) {
    List<String> out = new ArrayList<>();
    for (String w : phrase.strip().split("\\s+")) {
      if (w.isEmpty()) {
        continue;
      }
      String suffix = null;
      if (w.endsWith(",")) {
        w = w.substring(0, w.length() - 1);
        suffix = ",";
      }
      java.util.regex.Matcher plus = PLUS_NUMBER.matcher(w);
      if ((w.endsWith("’s") || w.endsWith("'s")) && w.length() > 2) {
        out.add(w.substring(0, w.length() - 2));
        out.add(w.substring(w.length() - 2));
      } else if (plus.matches()) {
        out.add(plus.group(1)); // "ASEAN+3": the tokenizer splits off "+3"
        out.add(plus.group(2));
      } else if (!w.isEmpty()) {
        out.add(w);
      }
      if (suffix != null) {
        out.add(suffix);
      }
    }
    return out;
  }

  private record Row(Path file, int line, String[] cells) {
    String cell(int i) {
      return i < cells.length ? cells[i].strip() : "";
    }

    List<String> list(int i) {
      String c = cell(i);
      if (c.isEmpty()) {
        return List.of();
      }
      return Arrays.stream(c.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
  }

  private static List<Row> rows(Path file, int minCells) throws IOException {
    List<Row> rows = new ArrayList<>();
    List<String> lines = lines(file);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length < minCells) {
        throw new RuleSyntaxException(file, i + 1, "expected " + minCells + " tab-separated columns, found " + cells.length);
      }
      if (cells[0].isBlank()) {
        throw new RuleSyntaxException(file, i + 1, "first column is empty");
      }
      rows.add(new Row(file, i + 1, cells));
    }
    return rows;
  }

  /** The words of a list file a models folder may leave out (an older or a test folder): none when absent. */
  private static Set<String> optionalWords(Path file, boolean lowerCase) throws IOException {
    return Files.isRegularFile(file) ? words(file, lowerCase) : Set.of();
  }

  private static Set<String> words(Path file, boolean lowerCase) throws IOException {
    Set<String> out = new HashSet<>();
    for (String line : lines(file)) {
      String w = line.strip();
      if (!w.isEmpty() && !w.startsWith("#")) {
        out.add(lowerCase ? w.toLowerCase(Locale.ROOT) : w);
      }
    }
    return out;
  }

  private static List<String> lines(Path file) throws IOException {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new java.io.FileNotFoundException("missing gazetteer file " + file + " (every file listed in README.md is required)");
    }
  }
}
