package org.communique.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.communique.TestModels;
import org.junit.jupiter.api.Test;

/** Where the statement's meeting was held: from a sentence that says so, else from a dateline; never two parties. */
class PlaceStageTest {
  @Test
  void aMeetingSentenceGivesTheCityAndItsCountry() {
    DocumentRecord r = TestModels.extract("Joint statement on fisheries.\n\nThe third session of the Joint Commission was held in "
        + "Durban, South Africa on 9 September 2004. The delegations agreed to meet again next year.");
    assertEquals("Durban, South Africa", r.statementPlace());
  }

  @Test
  void aDatelineGivesThePlaceWhenNoSentenceSaysWhereTheyMet() {
    DocumentRecord r = TestModels.extract("NAIROBI, 5 February 2001 - The ministers welcomed the report on water resources.");
    assertEquals("NAIROBI", r.statementPlace());
  }

  @Test
  void partiesAreNoPlace() {
    DocumentRecord r = TestModels.extract("The talks in India-Pakistan format were held in good spirit. Ministers of Ghana and "
        + "Ethiopia welcomed the outcome.");
    assertNull(r.statementPlace());
  }
}
