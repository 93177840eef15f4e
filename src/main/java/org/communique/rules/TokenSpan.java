package org.communique.rules;

/**
 * A run of tokens in one sentence, with its character span in the document.
 *
 * @param sentence   sentence index
 * @param firstToken first token index in the sentence (inclusive)
 * @param endToken   token index after the last one (exclusive)
 * @param start      character offset (inclusive)
 * @param end        character offset (exclusive)
 * @param text       {@code documentText.substring(start, end)}
 */
public record TokenSpan(int sentence, int firstToken, int endToken, int start, int end, String text) {
  public boolean contains(TokenSpan other) {
    return sentence == other.sentence && start <= other.start && other.end <= end;
  }

  public boolean overlaps(TokenSpan other) {
    return start < other.end && other.start < end;
  }

  public int length() {
    return end - start;
  }
}
