package org.communique.records;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.communique.RecordAssertions;
import org.junit.jupiter.api.Test;

class PartyOrderTest {
  /**
   * Found by the property mixedCorpusSentences (seed 7196316884388886423): the statement's two
   * parties are put in the order a sentence joins them, and "... of India and H.E. India and
   * Russia" joined India with itself: Set.of refused the duplicate and the statement failed.
   */
  @Test
  void aPartyJoinedWithItselfIsNoPairAndTheStatementIsExtracted() {
    String text = "Montek Singh Ahluwalia, Deputy Chairman of the Planning Commission of India and H.E. India and Russia "
        + "reiterated their strong desire to further broaden their strategic cooperation with emphasis on key sectors such as "
        + "nuclear energy, space, modernisation, high technology, disaster management, and supercomputing. ";
    DocumentRecord r = RecordAssertions.extractChecked(text);
    assertFalse(r.people().isEmpty(), r.toString());
  }
}
