package org.communique.records;

import java.util.List;

/** A named individual with the position, agency and country the text ties them to. */
public record Person(String name, List<String> aliases, String title, String agency, String country, List<Mention> mentions, String rule) {}
