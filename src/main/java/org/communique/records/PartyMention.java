package org.communique.records;

import java.util.List;
import org.communique.rules.TokenSpan;

/** A country (or intergovernmental party) named in a sentence: a name, a demonym or a hyphen chain. */
record PartyMention(TokenSpan span, List<String> parties, boolean demonym) {}
