package org.communique.records;

import java.util.List;

/** A party's statement that it will do something: one per action verb. */
public record Commitment(String actor, String action, String text, List<Mention> mentions, String rule) {}
