package org.communique.records;

/** Where an item is said: character offsets into the document text, end exclusive. */
public record Mention(int start, int end) implements Comparable<Mention> {
  public Mention {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad mention [" + start + ", " + end + ")");
    }
  }

  @Override
  public int compareTo(Mention o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }
}
