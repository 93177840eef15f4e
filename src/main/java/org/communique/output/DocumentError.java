package org.communique.output;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A document that produced no record, and why. {@code path} is relative to the corpus folder. */
@JsonPropertyOrder({"doc_id", "path", "reason"})
public record DocumentError(@JsonProperty("doc_id") String docId, String path, String reason) {}
