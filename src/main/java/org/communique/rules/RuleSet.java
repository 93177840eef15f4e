package org.communique.rules;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.communique.knowledge.OfficeHolders;
import org.communique.knowledge.OfficeTitles;

/**
 * The rule files of {@code models/rules/} (read in file-name order) compiled against the
 * gazetteers of {@code models/gazetteers/}.
 *
 * <p>Rule file syntax, one statement per line; an indented line continues the previous one:
 * <pre>
 * # comment
 * $MACRO = TokensRegex pattern
 * rule family.name: TokensRegex pattern with named groups (?$slot ...)
 * </pre>
 * Tokens carry the attributes {@code word}, {@code tag}, {@code lemma}, {@code ner} and
 * {@code gaz} (the gazetteer classes of the token, space separated).
 */
public final class RuleSet {
  /** TokensRegex attribute holding a token's gazetteer classes. */
  public static final class GazetteerClass implements CoreAnnotation<String> {
    @Override
    public Class<String> getType() {
      return String.class;
    }
  }

  public static final Set<String> FAMILIES =
      Set.of("agency", "agency_list", "group", "person", "date", "commitment", "acronym");
  private static final Pattern MACRO = Pattern.compile("^(\\$[A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*(.+)$", Pattern.DOTALL);
  private static final Pattern RULE = Pattern.compile("^rule\\s+([a-z_]+)\\.([A-Za-z0-9_.-]+)\\s*:\\s*(.+)$", Pattern.DOTALL);

  private final List<Rule> rules;
  private final Gazetteers gazetteers;
  private final String fingerprint;

  private final String gazetteerFingerprint;
  private final OfficeHolders officeHolders;
  private final OfficeTitles officeTitles;
  private final String knowledgeFingerprint;
  /** The TokensRegex environment the rules were compiled in, with every macro bound. */
  private final Env env;
  /** Each macro's pattern text, by name ("$AGENCY"). */
  private final java.util.Map<String, String> macros;

  private RuleSet(List<Rule> rules, Gazetteers gazetteers, String fingerprint, String gazetteerFingerprint,
      OfficeHolders officeHolders, OfficeTitles officeTitles, String knowledgeFingerprint, Env env, java.util.Map<String, String> macros) {
    this.rules = List.copyOf(rules);
    this.gazetteers = gazetteers;
    this.fingerprint = fingerprint;
    this.gazetteerFingerprint = gazetteerFingerprint;
    this.officeHolders = officeHolders;
    this.officeTitles = officeTitles;
    this.knowledgeFingerprint = knowledgeFingerprint;
    this.env = env;
    this.macros = java.util.Map.copyOf(macros);
  }

  /**
   * Compiles a TokensRegex pattern as a rule's is compiled, with the macros of the rule files (as
   * bound after the last file: the files define each macro once, before its first use).
   */
  public TokenSequencePattern compile(String pattern) {
    return TokenSequencePattern.compile(env, pattern);
  }

  /** The pattern text of a macro ("$AGENCY"), or null when the rule files define none of that name. */
  public String macro(String name) {
    return macros.get(name);
  }

  /** The office-holders of {@code models/knowledge/} (empty when the folder is absent). */
  public OfficeHolders officeHolders() {
    return officeHolders;
  }

  /** The positions of {@code models/knowledge/} that say whose they are. */
  public OfficeTitles officeTitles() {
    return officeTitles;
  }

  /**
   * What record stages read besides the matches: the gazetteers and the knowledge files. A record
   * whose matches are unchanged is kept only when this is unchanged too.
   */
  public String recordInputsFingerprint() {
    return sha256(gazetteerFingerprint + "\n" + knowledgeFingerprint);
  }

  /** sha256 over the gazetteer files: what the matches taken straight from the gazetteers depend on. */
  public String gazetteerFingerprint() {
    return gazetteerFingerprint;
  }

  /** Loads {@code modelsDir/rules/*.rules}, {@code modelsDir/gazetteers/} and {@code modelsDir/knowledge/}. */
  public static RuleSet load(Path modelsDir) throws IOException {
    Path rulesDir = modelsDir.resolve("rules");
    Path gazDir = modelsDir.resolve("gazetteers");
    Path knowledgeDir = modelsDir.resolve("knowledge");
    boolean hasKnowledge = Files.isDirectory(knowledgeDir);
    OfficeHolders officeHolders = hasKnowledge ? OfficeHolders.load(knowledgeDir) : OfficeHolders.empty();
    Gazetteers gazetteers = Gazetteers.load(gazDir, officeHolders.writtenForms());
    OfficeTitles officeTitles = hasKnowledge ? OfficeTitles.load(knowledgeDir) : OfficeTitles.empty();
    String knowledgeFingerprint = hasKnowledge ? fingerprint(knowledgeDir) : "";
    Env env = TokenSequencePattern.getNewEnv();
    env.bind("gaz", GazetteerClass.class);
    List<Rule> rules = new ArrayList<>();
    java.util.Map<String, String> macros = new java.util.HashMap<>();
    Set<String> ids = new HashSet<>();
    // office-holders' names are token classes too, so rules' matches depend on the knowledge files
    String gazetteerFingerprint = hasKnowledge ? fingerprint(gazDir, knowledgeDir) : fingerprint(gazDir);
    StringBuilder macrosSoFar = new StringBuilder(gazetteerFingerprint).append('\n');
    for (Path file : files(rulesDir, ".rules")) {
      for (Statement st : statements(file)) {
        Matcher macro = MACRO.matcher(st.text());
        Matcher rule = RULE.matcher(st.text());
        try {
          if (macro.matches()) {
            env.bind(macro.group(1), TokenSequencePattern.compile(env, macro.group(2)));
            macros.put(macro.group(1), macro.group(2).strip());
            macrosSoFar.append(st.text()).append('\n');
          } else if (rule.matches()) {
            String family = rule.group(1);
            String id = family + "." + rule.group(2);
            if (!FAMILIES.contains(family)) {
              throw new RuleSyntaxException(file, st.line(), "unknown rule family '" + family + "' (known: " + FAMILIES + ")");
            }
            if (!ids.add(id)) {
              throw new RuleSyntaxException(file, st.line(), "duplicate rule id '" + id + "'");
            }
            rules.add(new Rule(id, family, file.getFileName() + ":" + st.line(), TokenSequencePattern.compile(env, rule.group(3)),
                sha256(macrosSoFar + st.text()).substring(0, 16)));
          } else {
            throw new RuleSyntaxException(file, st.line(), "expected '$NAME = pattern' or 'rule family.name: pattern'");
          }
        } catch (RuleSyntaxException e) {
          throw e;
        } catch (RuntimeException e) {
          String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
          throw new RuleSyntaxException(file, st.line(), "bad TokensRegex pattern: " + msg, e);
        }
      }
    }
    if (rules.isEmpty()) {
      throw new IOException("no rules found in " + rulesDir);
    }
    String fingerprint = hasKnowledge ? fingerprint(rulesDir, gazDir, knowledgeDir) : fingerprint(rulesDir, gazDir);
    return new RuleSet(rules, gazetteers, fingerprint, gazetteerFingerprint, officeHolders, officeTitles, knowledgeFingerprint, env, macros);
  }

  public List<Rule> rules() {
    return rules;
  }

  public Gazetteers gazetteers() {
    return gazetteers;
  }

  /** sha256 over the names and bytes of every rule and gazetteer file. */
  public String fingerprint() {
    return fingerprint;
  }

  private record Statement(int line, String text) {}

  private static List<Statement> statements(Path file) throws IOException {
    List<Statement> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    StringBuilder current = null;
    int startLine = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String stripped = line.strip();
      if (stripped.isEmpty() || stripped.startsWith("#")) {
        continue;
      }
      boolean continuation = Character.isWhitespace(line.charAt(0));
      if (continuation && current != null) {
        current.append(' ').append(stripped);
        continue;
      }
      if (continuation) {
        throw new RuleSyntaxException(file, i + 1, "indented line continues nothing");
      }
      if (current != null) {
        out.add(new Statement(startLine, current.toString()));
      }
      current = new StringBuilder(stripped);
      startLine = i + 1;
    }
    if (current != null) {
      out.add(new Statement(startLine, current.toString()));
    }
    return out;
  }

  private static List<Path> files(Path dir, String suffix) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    }
  }

  private static String sha256(String s) {
    return org.communique.ingest.CorpusReader.sha256(s.getBytes(StandardCharsets.UTF_8));
  }

  private static String fingerprint(Path... dirs) throws IOException {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (Path dir : dirs) {
        try (Stream<Path> s = Files.list(dir)) {
          for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
            md.update((dir.getFileName() + "/" + f.getFileName() + "\n").getBytes(StandardCharsets.UTF_8));
            md.update(Files.readAllBytes(f));
          }
        }
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
