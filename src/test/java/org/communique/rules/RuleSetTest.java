package org.communique.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.communique.TestModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleSetTest {
  @TempDir Path dir;

  private Path copyModels() throws IOException {
    Path models = dir.resolve("models");
    try (Stream<Path> files = Files.walk(TestModels.MODELS)) {
      for (Path p : files.toList()) {
        Path target = models.resolve(TestModels.MODELS.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    return models;
  }

  @Test
  void projectRulesLoadWithEveryFamily() throws IOException {
    RuleSet rules = RuleSet.load(TestModels.MODELS);
    for (String family : RuleSet.FAMILIES) {
      assertTrue(rules.rules().stream().anyMatch(r -> r.family().equals(family)), "no rule of family " + family);
    }
    assertEquals(64, rules.fingerprint().length());
  }

  @Test
  void badPatternNamesFileAndLine() throws IOException {
    Path models = copyModels();
    Files.writeString(models.resolve("rules/60-broken.rules"), "# a comment\n\nrule date.broken: ( [{word:/x/} \n");
    RuleSyntaxException e = assertThrows(RuleSyntaxException.class, () -> RuleSet.load(models));
    assertTrue(e.getMessage().startsWith("60-broken.rules:3: bad TokensRegex pattern"), e.getMessage());
  }

  @Test
  void unknownFamilyAndDuplicateIdsAreRejected() throws IOException {
    Path models = copyModels();
    Files.writeString(models.resolve("rules/60-x.rules"), "rule weather.sunny: /sun/\n");
    assertTrue(assertThrows(RuleSyntaxException.class, () -> RuleSet.load(models)).getMessage()
        .startsWith("60-x.rules:1: unknown rule family 'weather'"));
    Files.writeString(models.resolve("rules/60-x.rules"), "rule date.year: /2020/\n");
    assertTrue(assertThrows(RuleSyntaxException.class, () -> RuleSet.load(models)).getMessage()
        .startsWith("60-x.rules:1: duplicate rule id 'date.year'"));
  }

  @Test
  void gazetteerWithMissingColumnNamesLine() throws IOException {
    Path models = copyModels();
    Files.writeString(models.resolve("gazetteers/group-heads.tsv"), "# head\tkind\tparties\nWorking Group\tworking_group\n");
    RuleSyntaxException e = assertThrows(RuleSyntaxException.class, () -> RuleSet.load(models));
    assertEquals("group-heads.tsv:2: expected 3 tab-separated columns, found 2", e.getMessage());
  }

  @Test
  void fingerprintFollowsTheRuleFiles() throws IOException {
    Path models = copyModels();
    String before = RuleSet.load(models).fingerprint();
    Files.writeString(models.resolve("rules/60-extra.rules"), "rule date.christmas: (?$date /Christmas/)\n");
    assertNotEquals(before, RuleSet.load(models).fingerprint());
  }

  @Test
  void aMissingSetOfRecordWordsIsNamedAtStartUp() throws IOException {
    Path models = copyModels();
    Path words = models.resolve("gazetteers/record-words.tsv");
    Files.write(words, Files.readAllLines(words).stream().filter(l -> !l.startsWith("side-nouns\t")).toList());
    RuleSyntaxException e = assertThrows(RuleSyntaxException.class, () -> RuleSet.load(models));
    assertEquals("record-words.tsv:1: no word of the required set \"side-nouns\"", e.getMessage());
  }
}
