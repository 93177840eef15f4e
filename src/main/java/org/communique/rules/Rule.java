package org.communique.rules;

import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;

/**
 * One compiled rule of a rule file.
 *
 * @param id      unique id, "family.name" ("person.title-name")
 * @param family  what the rule finds: agency, agency_list, group, person, date, commitment, acronym
 * @param source  "file:line" where it is written
 * @param pattern the compiled TokensRegex pattern
 * @param fingerprint what its matches depend on: its text, the macros before it, the gazetteers
 */
public record Rule(String id, String family, String source, TokenSequencePattern pattern, String fingerprint) {}
