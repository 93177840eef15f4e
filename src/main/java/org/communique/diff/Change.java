package org.communique.diff;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * One difference between two runs.
 *
 * @param doc        doc_id
 * @param type       groups, people, agencies, dates or commitments
 * @param change     added, removed or changed
 * @param item       the item's label (name, date text, or "action: clause")
 * @param rule       the rule that produced the item (the new one for changes)
 * @param sentence   the sentence the item comes from
 * @param attributes for a changed item: attribute → [old, new] (as JSON text)
 * @param verdict    with gold: fix or break; else null
 */
@JsonPropertyOrder({"doc", "type", "change", "item", "rule", "sentence", "attributes", "verdict"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Change(String doc, String type, String change, String item, String rule, String sentence,
    Map<String, String[]> attributes, String verdict) {}
