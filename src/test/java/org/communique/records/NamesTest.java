package org.communique.records;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.communique.RecordAssertions;
import org.junit.jupiter.api.Test;

class NamesTest {
  @Test
  void everyKindOfWhiteSpaceIsOneSpaceAndNoneIsLeftAtTheEnds() {
    assertEquals("U.S. Task Force", Names.clean("\u3000\u000B\u2003U.S.\u00A0Task\u2028Force\u3000"));
    assertEquals("Cyber Dialogue", Names.clean("the\u2003Cyber  Dialogue"));
  }

  /**
   * Found by the property randomUnicodeText (seed -1589034916635696902): the ordinal year was
   * taken off "2014 \u3000\u000B\u2003U.S. Task Force" and the group was named
   * "\u3000 \u2003U.S. Task Force", ideographic space first.
   */
  @Test
  void groupNameAfterAYearAndUnicodeSpacesStartsWithItsFirstWord() {
    String text = "The talks of spring 30, 2014 \u3000\u000B\u2003U.S. Task Force 2006-07-15 in Tokyo went well.";
    DocumentRecord r = RecordAssertions.extractChecked(text);
    Group g = RecordAssertions.group(r, "U.S. Task Force");
    assertEquals("U.S. Task Force", g.name());
  }
}
