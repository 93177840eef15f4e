package org.communique.records;

import java.util.List;

/** An expression that places something in time, with its ISO 8601 value when it is fixed. */
public record DateItem(String text, String value, List<Mention> mentions, String rule) {}
