package org.communique.nlp;

/**
 * One token with its place in the original text.
 *
 * @param index position in its sentence
 * @param text  the text exactly as written ({@code text.substring(start, end)})
 * @param start offset of the first character in the document (UTF-16 units)
 * @param end   offset after the last character
 * @param pos   Penn Treebank part of speech
 * @param lemma lemma
 * @param ner   CoreNLP entity class (PERSON, LOCATION, ORGANIZATION or O)
 */
public record Token(int index, String text, int start, int end, String pos, String lemma, String ner) {}
