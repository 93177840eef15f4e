package org.communique.properties;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.communique.TestModels;
import org.communique.cache.AnnotationCache;
import org.communique.cache.MatchCache;
import org.communique.ingest.CorpusReader;
import org.communique.ingest.IngestException;
import org.communique.ingest.SourceDocument;
import org.communique.nlp.AnnotatedDocument;
import org.communique.nlp.Deadline;
import org.communique.nlp.Sentence;
import org.communique.nlp.Token;
import org.communique.output.JsonFiles;
import org.communique.pipeline.Extractor;
import org.communique.records.Agency;
import org.communique.records.Commitment;
import org.communique.records.DateItem;
import org.communique.records.DocumentRecord;
import org.communique.records.Group;
import org.communique.records.Mention;
import org.communique.records.Names;
import org.communique.records.Person;
import org.communique.rules.RuleMatch;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Properties of the whole pipeline (the real models and rules, loaded once per JVM; no mocks),
 * checked on random inputs by the seeded harness {@link Seeds}:
 * <ol>
 *   <li>it never crashes: a statement file gives a record or a one-line per-document error (as
 *       {@code extract} reports it), never another exception;</li>
 *   <li>offsets are exact: sentences, tokens and every item's mentions lie inside the text, in
 *       order, never between the halves of a surrogate pair nor on white space at either end; a
 *       token's text is its substring; a commitment's {@code text} and a date's {@code text} are
 *       the text of their (first) mention, every date mention is that date written alike; a
 *       group's, person's or agency's name or an alias is said inside one of its mentions;</li>
 *   <li>it is deterministic: the same file extracted twice at the same time (two threads, as
 *       {@code extract} runs) and a third time from the annotation and rule-match caches the first
 *       run filled (as an incremental run reads them) gives byte-identical JSON, which reads back
 *       as the same record.</li>
 * </ol>
 * Replay a failing seed with {@code mvn -B test -Dtest=PipelinePropertiesTest#<property>
 * -Dproperty.seed=<seed> -Dproperty.tries=1}; more tries with {@code -Dproperty.tries=N}.
 */
class PipelinePropertiesTest {
  @TempDir static Path dir;

  private static final Duration DOC_TIMEOUT = Duration.ofSeconds(60);

  @TestFactory
  Stream<DynamicTest> randomUnicodeText() {
    List<Long> recorded = List.of(
        // with the fix of CoreNlpTagger reverted: a line of characters CoreNLP's tokenizer drops,
        // CoreNLP threw "unexpected empty sentence" and the statement failed
        5018108852473722314L,
        // a group named "\u3000 \u2003U.S. Task Force" (ideographic space first): Names.clean knew
        // only ASCII white space
        -1589034916635696902L,
        // "9-4 October 2003", "December 17-2, 2008": dates valued as intervals ending before they
        // start ("2003-10-09/2003-10-04"); now null
        11016363197749275L, -383195811603433165L);
    return Seeds.property("randomUnicodeText", recorded, 100, Generators::unicodeText, PipelinePropertiesTest::check);
  }

  @TestFactory
  Stream<DynamicTest> mixedCorpusSentences() {
    List<Long> recorded = List.of(
        // "... of India and H.E. India and Russia ...": CommitmentStage.inWrittenOrder joined India
        // with itself, Set.of threw "duplicate element: India" and the statement failed
        7196316884388886423L);
    return Seeds.property("mixedCorpusSentences", recorded, 50, Generators::sentenceMix, PipelinePropertiesTest::check);
  }

  @TestFactory
  Stream<DynamicTest> corruptedStatements() {
    List<Long> recorded = List.of(
        // "21-16 June 2021" left by a corruption was valued "2021-06-21/2021-06-16"; now null
        -5891083631967066260L);
    return Seeds.property("corruptedStatements", recorded, 50, Generators::corruptedStatement, PipelinePropertiesTest::check);
  }

  // --- the pipeline, as extract runs it on one statement file

  private record Outcome(String text, AnnotatedDocument annotated, DocumentRecord record, String json, String error) {}

  /** Two threads, as extract runs documents side by side. */
  private static final ExecutorService THREADS = Executors.newFixedThreadPool(2, r -> {
    Thread t = new Thread(r, "property");
    t.setDaemon(true);
    return t;
  });
  private static final AtomicInteger RUNS = new AtomicInteger();

  /**
   * Reads and extracts a statement file as a full run does; with {@code caches}, also stores its
   * annotations and rule matches as extract does, or (with {@code fromCaches}) takes them from
   * there, as an incremental run does.
   */
  private static Outcome extract(Path file, Caches caches, boolean fromCaches) {
    Extractor extractor = TestModels.extractor();
    Deadline deadline = Deadline.after(DOC_TIMEOUT);
    try {
      SourceDocument doc = new CorpusReader(file.getParent()).read(file, deadline::check);
      AnnotatedDocument annotated = fromCaches ? caches.annotations.get(doc) : extractor.annotate(doc, deadline);
      if (annotated == null) {
        throw new IllegalStateException("the annotation cache lost the document");
      }
      Map<String, List<RuleMatch>> remembered = fromCaches ? caches.matches.get(doc) : Map.of();
      List<Map<String, List<RuleMatch>>> byRule = new ArrayList<>(1);
      DocumentRecord record = extractor.extract(annotated, remembered, byRule::add, deadline);
      if (caches != null && !fromCaches) {
        caches.annotations.put(annotated);
        caches.matches.put(doc, byRule.get(0));
      }
      return new Outcome(doc.text(), annotated, record, JsonFiles.pretty(record), null);
    } catch (IngestException | Deadline.Exceeded e) {
      return new Outcome(null, null, null, null, e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Caches(AnnotationCache annotations, MatchCache matches) {
    static Caches in(Path dir) {
      String nlp = TestModels.extractor().models().fingerprint();
      AnnotationCache.Listener damaged = (file, reason) -> {
        throw new IllegalStateException("cache entry " + file + " damaged: " + reason);
      };
      return new Caches(new AnnotationCache(dir.resolve("annotations"), nlp, damaged), new MatchCache(dir.resolve("matches"), nlp, damaged));
    }
  }

  /**
   * The three properties on one input: null when they hold. The statement is extracted twice at
   * the same time on two threads, then a third time from the annotations and rule matches the
   * first run cached: the three records must be the same.
   */
  static String check(String input) {
    Path run = dir.resolve("run" + RUNS.incrementAndGet());
    Path file = run.resolve("corpus/property.txt");
    Caches caches = Caches.in(run.resolve("cache"));
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, input.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Future<Outcome> other = THREADS.submit(() -> extract(file, null, false));
    Outcome first = extract(file, caches, false);
    Outcome second;
    try {
      second = other.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
    }
    if (first.error() != null) {
      if (first.error().isBlank() || first.error().contains("\n")) {
        return "a per-document error that is not one clear line: " + first.error();
      }
      if (!first.error().equals(second.error())) {
        return "not deterministic: '" + first.error() + "', then " + (second.error() == null ? "a record" : "'" + second.error() + "'");
      }
      return null;
    }
    Outcome cached = extract(file, caches, true);
    List<String> failures = new ArrayList<>();
    checkAnnotations(first.text(), first.annotated(), failures);
    checkRecord(first.text(), first.record(), failures);
    for (Outcome again : List.of(second, cached)) {
      if (again.json() == null || !first.json().equals(again.json())) {
        failures.add("not deterministic" + (again == cached ? " (from the caches)" : "") + ": "
            + (again.json() == null ? "then '" + again.error() + "'" : firstDifference(first.json(), again.json())));
      }
    }
    try {
      DocumentRecord back = JsonFiles.MAPPER.readValue(first.json(), DocumentRecord.class);
      if (!back.equals(first.record())) {
        failures.add("the JSON reads back as another record");
      }
    } catch (IOException e) {
      failures.add("the JSON does not read back: " + e.getMessage());
    }
    return failures.isEmpty() ? null : String.join("; ", failures.subList(0, Math.min(5, failures.size())))
        + (failures.size() > 5 ? " (and " + (failures.size() - 5) + " more)" : "");
  }

  private static void checkAnnotations(String text, AnnotatedDocument doc, List<String> failures) {
    int sentenceEnd = 0;
    for (Sentence s : doc.sentences()) {
      if (s.start() < sentenceEnd || s.end() <= s.start() || s.end() > text.length()) {
        failures.add("sentence " + s.index() + " [" + s.start() + ", " + s.end() + ") out of order or outside the text");
        return;
      }
      sentenceEnd = s.end();
      int tokenEnd = s.start();
      for (Token t : s.tokens()) {
        if (t.start() < tokenEnd || t.end() <= t.start() || t.end() > s.end()) {
          failures.add("token " + describe(text, t.start(), t.end()) + " out of order or outside its sentence");
          return;
        }
        tokenEnd = t.end();
        if (!t.text().equals(text.substring(t.start(), t.end()))) {
          failures.add("token text '" + t.text() + "' is not its substring " + describe(text, t.start(), t.end()));
        }
        if (splitsPair(text, t.start()) || splitsPair(text, t.end())) {
          failures.add("token " + describe(text, t.start(), t.end()) + " cuts a surrogate pair");
        }
      }
    }
  }

  private static final java.util.Set<String> KINDS = java.util.Set.of("working_group", "dialogue", "committee", "commission", "council",
      "task_force", "forum", "coalition", "partnership", "meeting", "other");
  private static final java.util.regex.Pattern ISO_VALUE = java.util.regex.Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  private static void checkRecord(String text, DocumentRecord r, List<String> failures) {
    // fields the contract has: a string is null or says something (never blank nor padded)
    for (Group g : r.groups()) {
      fields(failures, "group", g.name(), g.kind());
      fields(failures, "group aliases/members", g.aliases().toArray(String[]::new));
      fields(failures, "group members", g.members().toArray(String[]::new));
      if (!KINDS.contains(g.kind())) {
        failures.add("group '" + g.name() + "' of no kind the contract knows: " + g.kind());
      }
    }
    for (Person p : r.people()) {
      fields(failures, "person", p.name(), p.title(), p.agency(), p.country());
      fields(failures, "person aliases", p.aliases().toArray(String[]::new));
    }
    for (Agency a : r.agencies()) {
      fields(failures, "agency", a.name(), a.country());
      fields(failures, "agency aliases", a.aliases().toArray(String[]::new));
    }
    for (Commitment c : r.commitments()) {
      fields(failures, "commitment", c.actor(), c.action());
    }
    for (DateItem d : r.dates()) {
      if (d.value() != null && !validIso(d.value())) {
        failures.add("date '" + d.text() + "' has a value that is no ISO 8601 date or interval: " + d.value());
      }
    }
    for (Group g : r.groups()) {
      checkMentions(text, "group '" + g.name() + "'", g.mentions(), failures);
      checkNameSaid(text, "group", g.name(), g.aliases(), g.mentions(), failures);
    }
    for (Person p : r.people()) {
      checkMentions(text, "person '" + p.name() + "'", p.mentions(), failures);
      checkNameSaid(text, "person", p.name(), p.aliases(), p.mentions(), failures);
    }
    for (Agency a : r.agencies()) {
      checkMentions(text, "agency '" + a.name() + "'", a.mentions(), failures);
      if (!a.rule().startsWith("agency_list.")) { // "Departments of Defense and Justice": names made from a list
        checkNameSaid(text, "agency", a.name(), a.aliases(), a.mentions(), failures);
      }
    }
    for (DateItem d : r.dates()) {
      if (checkMentions(text, "date '" + d.text() + "'", d.mentions(), failures)) {
        Mention first = d.mentions().get(0);
        if (!d.text().equals(text.substring(first.start(), first.end()))) {
          failures.add("date text '" + d.text() + "' is not its first mention " + describe(text, first.start(), first.end()));
        }
        for (Mention m : d.mentions()) {
          if (!Names.key(d.text()).equals(Names.key(text.substring(m.start(), m.end())))) {
            failures.add("date '" + d.text() + "' has a mention written otherwise: " + describe(text, m.start(), m.end()));
          }
        }
      }
    }
    for (Commitment c : r.commitments()) {
      if (checkMentions(text, "commitment '" + c.action() + "'", c.mentions(), failures)) {
        Mention first = c.mentions().get(0);
        if (!c.text().equals(text.substring(first.start(), first.end()))) {
          failures.add("commitment text '" + c.text() + "' is not its mention " + describe(text, first.start(), first.end()));
        }
      }
    }
  }

  private static void fields(List<String> failures, String what, String... values) {
    for (String v : values) {
      if (v != null && (v.isBlank() || !v.equals(v.strip()))) {
        failures.add(what + " with a blank or padded field: '" + v + "'");
      }
    }
  }

  private static final java.util.regex.Pattern ISO_WEEK = java.util.regex.Pattern.compile("\\d{4}-W(0[1-9]|[1-4]\\d|5[0-3])");

  /** "2016", "2016-07", "2016-07-27", "2022-W32", or an interval of two dates whose start is not after its end. */
  private static boolean validIso(String value) {
    if (ISO_WEEK.matcher(value).matches()) {
      return true;
    }
    String[] parts = value.split("/", -1);
    if (parts.length > 2) {
      return false;
    }
    java.time.LocalDate previous = null;
    for (String part : parts) {
      if (!ISO_VALUE.matcher(part).matches()) {
        return false;
      }
      java.time.LocalDate start;
      try {
        start = switch (part.length()) {
          case 4 -> java.time.Year.parse(part).atDay(1);
          case 7 -> java.time.YearMonth.parse(part).atDay(1);
          default -> java.time.LocalDate.parse(part);
        };
      } catch (java.time.format.DateTimeParseException e) {
        return false;
      }
      if (previous != null && start.isBefore(previous)) {
        return false;
      }
      previous = start;
    }
    return true;
  }

  /** Every mention inside the text, non-empty, trimmed, on code point boundaries, sorted and distinct; false when one is outside. */
  private static boolean checkMentions(String text, String item, List<Mention> mentions, List<String> failures) {
    if (mentions.isEmpty()) {
      failures.add(item + " has no mention");
      return false;
    }
    Mention previous = null;
    for (Mention m : mentions) {
      if (m.start() < 0 || m.end() <= m.start() || m.end() > text.length()) {
        failures.add(item + " has a mention outside the text: [" + m.start() + ", " + m.end() + ") of " + text.length());
        return false;
      }
      if (Character.isWhitespace(text.charAt(m.start())) || Character.isWhitespace(text.charAt(m.end() - 1))) {
        failures.add(item + " has a mention with white space at an end: " + describe(text, m.start(), m.end()));
      }
      if (splitsPair(text, m.start()) || splitsPair(text, m.end())) {
        failures.add(item + " has a mention that cuts a surrogate pair: " + describe(text, m.start(), m.end()));
      }
      if (previous != null && previous.compareTo(m) >= 0) {
        failures.add(item + " has mentions out of order or twice: " + previous + ", " + m);
      }
      previous = m;
    }
    return true;
  }

  /** The name, or one of the aliases, is said inside one of the mentions (compared as the scorer compares names). */
  private static void checkNameSaid(String text, String type, String name, List<String> aliases, List<Mention> mentions,
      List<String> failures) {
    if (name == null || name.isBlank() || !name.equals(name.strip())) {
      failures.add(type + " with a blank or untrimmed name: '" + name + "'");
      return;
    }
    List<String> forms = new ArrayList<>(aliases);
    forms.add(0, name);
    for (Mention m : mentions) {
      if (m.end() > text.length()) {
        return; // reported
      }
      String said = Names.key(text.substring(m.start(), m.end()));
      if (forms.stream().map(Names::key).anyMatch(said::contains)) {
        return;
      }
    }
    failures.add(type + " '" + name + "' (aliases " + aliases + ") is said in none of its mentions "
        + mentions.stream().map(m -> describe(text, m.start(), m.end())).toList());
  }

  private static boolean splitsPair(String text, int at) {
    return at > 0 && at < text.length() && Character.isHighSurrogate(text.charAt(at - 1)) && Character.isLowSurrogate(text.charAt(at));
  }

  private static String describe(String text, int start, int end) {
    String s = text.substring(Math.max(0, start), Math.min(text.length(), end));
    return "[" + start + ", " + end + ") '" + (s.length() > 80 ? s.substring(0, 80) + "..." : s) + "'";
  }

  private static String firstDifference(String a, String b) {
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return "the JSON differs at char " + i + ": '" + a.substring(Math.max(0, i - 40), Math.min(a.length(), i + 40)) + "' / '"
        + b.substring(Math.max(0, i - 40), Math.min(b.length(), i + 40)) + "'";
  }
}
