package org.communique.rules;

import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;

/**
 * One compiled rule of a rule file.
 *
 * @param id      unique id, "family.name" ("person.title-name")
 * @param family  what the rule finds: agency, agency_list, group, person, date, commitment, acronym
 * @param source  "file:line" where it is written
 * @param pattern the compiled TokensRegex pattern
 * @param fingerprint what its matches depend on (its text, the macros before it, the gazetteers): 16 hex digits of their sha256
 * @param required token patterns every match has a token for (see {@link #mayMatch})
 */
public record Rule(String id, String family, String source, TokenSequencePattern pattern, String fingerprint,
    List<NodePattern<CoreMap>> required) {

  public Rule(String id, String family, String source, TokenSequencePattern pattern, String fingerprint) {
    this(id, family, source, pattern, fingerprint, required(pattern));
  }

  public Rule {
    required = List.copyOf(required);
  }

  /**
   * The token patterns on the pattern's unbranched beginning: from its start up to the first
   * alternative, optional part or repetition, every match passes each of them. (The NFA states of
   * optional parts and alternatives branch, so walking without branching finds only such tokens.)
   */
  private static List<NodePattern<CoreMap>> required(TokenSequencePattern pattern) {
    return List.copyOf(pattern.findNodePatterns(p -> p, false, false));
  }

  /**
   * False when some required token pattern matches no token of the sentence: then the rule cannot
   * match there, and the costly sequence matcher need not run.
   */
  public boolean mayMatch(List<? extends CoreMap> tokens) {
    for (NodePattern<CoreMap> p : required) {
      boolean found = false;
      for (CoreMap t : tokens) {
        if (p.match(t)) {
          found = true;
          break;
        }
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }
}
