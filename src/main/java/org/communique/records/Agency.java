package org.communique.records;

import java.util.List;

/** A standing governmental body or an intergovernmental organisation; country null for the latter. */
public record Agency(String name, List<String> aliases, String country, List<Mention> mentions, String rule) {}
