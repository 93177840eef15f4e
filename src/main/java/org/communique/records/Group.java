package org.communique.records;

import java.util.List;

/** A named cooperation body or recurring meeting format. */
public record Group(String name, String kind, List<String> aliases, List<String> members, List<Mention> mentions, String rule) {}
