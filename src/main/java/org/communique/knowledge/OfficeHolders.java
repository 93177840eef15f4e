package org.communique.knowledge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The time-aware registry of office-holders ({@code models/knowledge/officeholders.tsv}): heads of
 * state and government, foreign and defence ministers, with the dates each office was held. A
 * statement's date picks the term valid then; a name is looked up by any of its written forms,
 * accents, dots and case aside.
 */
public final class OfficeHolders {
  public static final String FILE = "officeholders.tsv";
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}\\p{N}]+");

  private final Map<String, List<OfficeTerm>> byName;
  private final List<String> writtenForms;
  /** Every term by the first and by the last word of its name's key, with its office's key. */
  private final Map<String, List<KeyedTerm>> byNameEnd;

  private record KeyedTerm(OfficeTerm term, String officeKey) {}

  private OfficeHolders(Map<String, List<OfficeTerm>> byName, List<String> writtenForms) {
    this.byName = byName;
    this.writtenForms = List.copyOf(writtenForms);
    Map<String, List<KeyedTerm>> ends = new HashMap<>();
    Set<OfficeTerm> seen = new java.util.HashSet<>();
    byName.values().forEach(terms -> terms.forEach(t -> {
      if (seen.add(t)) {
        String[] words = key(t.name()).split(" ");
        KeyedTerm keyed = new KeyedTerm(t, key(t.office()));
        ends.computeIfAbsent(words[0], k -> new ArrayList<>()).add(keyed);
        if (words.length > 1) {
          ends.computeIfAbsent(words[words.length - 1], k -> new ArrayList<>()).add(keyed);
        }
      }
    }));
    this.byNameEnd = ends;
  }

  public static OfficeHolders empty() {
    return new OfficeHolders(Map.of(), List.of());
  }

  /** Every name and variant as written in the registry, sorted (for the gazetteer's phrase index). */
  public List<String> writtenForms() {
    return writtenForms;
  }

  /** The registry of a knowledge folder; empty when the folder has no registry file. */
  public static OfficeHolders load(Path knowledgeDir) throws IOException {
    Path file = knowledgeDir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return empty();
    }
    Map<String, List<OfficeTerm>> byName = new HashMap<>();
    java.util.TreeSet<String> written = new java.util.TreeSet<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      OfficeTerm term = parse(file, i + 1, line);
      written.add(term.name());
      written.addAll(term.variants());
      Set<String> keys = new LinkedHashSet<>();
      keys.add(key(term.name()));
      term.variants().forEach(v -> keys.add(key(v)));
      for (String k : keys) {
        byName.computeIfAbsent(k, x -> new ArrayList<>()).add(term);
      }
    }
    byName.replaceAll((k, v) -> List.copyOf(v));
    return new OfficeHolders(byName, new ArrayList<>(written));
  }

  private static OfficeTerm parse(Path file, int line, String text) {
    String[] cells = text.split("\t", -1);
    if (cells.length < 6) {
      throw new DataFileException(file, line, "expected 6 tab-separated columns (name, variants, country, office, from, to), found " + cells.length);
    }
    String name = cells[0].strip();
    String office = cells[3].strip();
    if (name.isEmpty() || office.isEmpty()) {
      throw new DataFileException(file, line, "name and office are required");
    }
    List<String> variants = cells[1].isBlank() ? List.of()
        : Arrays.stream(cells[1].split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    String country = cells[2].isBlank() ? null : cells[2].strip();
    LocalDate from = date(file, line, cells[4], "from");
    LocalDate to = cells[5].isBlank() ? null : date(file, line, cells[5], "to");
    if (from == null) {
      throw new DataFileException(file, line, "the start date is required");
    }
    if (to != null && to.isBefore(from)) {
      throw new DataFileException(file, line, "the term ends (" + to + ") before it starts (" + from + ")");
    }
    return new OfficeTerm(name, variants, country, office, from, to);
  }

  private static LocalDate date(Path file, int line, String cell, String column) {
    if (cell.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(cell.strip());
    } catch (DateTimeParseException e) {
      throw new DataFileException(file, line, column + " is not a date (YYYY-MM-DD): " + cell.strip());
    }
  }

  /** "Luiz Inácio Lula da Silva", "luiz inacio lula da silva" and "Luiz Inacio Lula da Silva" share a key. */
  static String key(String name) {
    String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    return NOT_LETTER.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  /** Every term held by the person written {@code name}. */
  public List<OfficeTerm> terms(String name) {
    String key = key(name);
    List<OfficeTerm> terms = byName.getOrDefault(key, List.of());
    if (terms.isEmpty()) {
      // "Vladimir V. Putin", "George W. Bush": the name without its middle initials
      terms = byName.getOrDefault(MIDDLE_INITIAL.matcher(key).replaceAll(" "), List.of());
    }
    return terms;
  }

  private static final Pattern MIDDLE_INITIAL = Pattern.compile("(?<=\\S) \\p{L} (?=\\S)");

  /**
   * The country a person written {@code name} served on {@code date}: from the term held then, or,
   * with no date or no term then, the one country of all the person's terms. Null when the name is
   * unknown, names people of different countries, or holds an intergovernmental office.
   */
  public String country(String name, LocalDate date) {
    List<OfficeTerm> terms = terms(name);
    if (terms.isEmpty()) {
      return null;
    }
    if (date != null) {
      List<OfficeTerm> then = terms.stream().filter(t -> t.heldOn(date)).toList();
      String c = onlyCountry(then);
      if (c != null) {
        return c;
      }
    }
    return onlyCountry(terms);
  }

  /** The office the person held on {@code date} (the latest-starting term then), or null. */
  public OfficeTerm termOn(String name, LocalDate date) {
    if (date == null) {
      return null;
    }
    return terms(name).stream().filter(t -> t.heldOn(date)).max(Comparator.comparing(OfficeTerm::from)).orElse(null);
  }

  /**
   * "President Trump", "Prime Minister Rutte": the country of the one registry person with that
   * last name who held an office of that title (at {@code date} when there is one). Null when
   * none or several fit.
   */
  public String countryByTitleAndSurname(String title, String surname, LocalDate date) {
    if (title == null || surname == null || surname.isBlank()) {
      return null;
    }
    String last = key(surname);
    String office = key(title);
    List<OfficeTerm> fits = new ArrayList<>();
    for (KeyedTerm k : byNameEnd.getOrDefault(last, List.of())) {
      OfficeTerm t = k.term();
      if (k.officeKey().endsWith(office) && (date == null || t.heldOn(date)) && !fits.contains(t)) {
        fits.add(t);
      }
    }
    return onlyCountry(fits);
  }

  /**
   * "Mr Medvedev": the country of the one registry person whose name ends with {@code surname}
   * (serving on {@code date} when there is one). Null when none or several people fit.
   */
  public String countryBySurname(String surname, LocalDate date) {
    if (surname == null || surname.isBlank() || surname.contains(" ")) {
      return null;
    }
    String last = key(surname);
    Set<String> people = new java.util.HashSet<>();
    List<OfficeTerm> fits = new ArrayList<>();
    for (KeyedTerm k : byNameEnd.getOrDefault(last, List.of())) {
      String[] words = key(k.term().name()).split(" ");
      if (words.length > 1 && words[words.length - 1].equals(last)) {
        people.add(k.term().name());
        if (date == null || k.term().heldOn(date)) {
          fits.add(k.term());
        }
      }
    }
    return people.size() == 1 ? onlyCountry(fits) : null;
  }

  private static String onlyCountry(List<OfficeTerm> terms) {
    Set<String> countries = new LinkedHashSet<>();
    for (OfficeTerm t : terms) {
      countries.add(t.country() == null ? "" : t.country());
    }
    return countries.size() == 1 && !countries.contains("") ? countries.iterator().next() : null;
  }

  public boolean isEmpty() {
    return byName.isEmpty();
  }
}
