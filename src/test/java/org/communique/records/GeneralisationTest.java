package org.communique.records;

import static org.communique.RecordAssertions.agency;
import static org.communique.RecordAssertions.extractChecked;
import static org.communique.RecordAssertions.commitments;
import static org.communique.RecordAssertions.date;
import static org.communique.RecordAssertions.group;
import static org.communique.RecordAssertions.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Constructions met in public statements outside the dev set, written anew here: each pins a
 * general rule (not a document's wording) through the real pipeline.
 */
class GeneralisationTest {
  private static DocumentRecord extract(String text) {
    return extractChecked(text);
  }

  @Test
  void serialCommaListKeepsItsLastItemWhole() {
    DocumentRecord r = extract("The Kenyan delegation included officials from the Ministries of Interior, Defence, and "
        + "Information and Communications Technology.");
    agency(r, "Ministry of Interior");
    agency(r, "Ministry of Defence");
    agency(r, "Ministry of Information and Communications Technology");
    assertEquals(3, r.agencies().size(), r.agencies().toString());
  }

  @Test
  void verbsListedInAPurposeClauseAreNotCommitments() {
    DocumentRecord r = extract("The two sides agreed to expand their partnership to detect, deter, and disrupt ransomware attacks.");
    assertEquals(List.of("expand"), r.commitments().stream().map(Commitment::action).toList());
  }

  @Test
  void twoGroupNamesJoinedByAndAreTwoGroups() {
    DocumentRecord r = extract("Officials also prepared for the Maritime Security Dialogue and Space Cooperation Working Group meetings.");
    assertEquals("dialogue", group(r, "Maritime Security Dialogue").kind());
    assertEquals("working_group", group(r, "Space Cooperation Working Group").kind());
  }

  @Test
  void reversedChainsNameOneGroup() {
    DocumentRecord r = extract("Canada hosted the Canada-U.S. Cyber Dialogue in Ottawa. The U.S.-Canada Cyber Dialogue will meet again in 2025.");
    assertEquals(1, r.groups().size(), r.groups().toString());
    Group g = r.groups().get(0);
    assertEquals(List.of("Canada", "United States"), g.members().stream().sorted().toList());
    assertEquals(2, g.mentions().size());
  }

  @Test
  void positionBeforeARankIsTheTitle() {
    Person p = person(extract("Canada's Director General for International Security, Ambassador Paul Grant, co-chaired the meeting."),
        "Paul Grant");
    assertEquals("Director General for International Security", p.title());
    assertEquals("Canada", p.country());
  }

  @Test
  void honorificIsNeitherTitleNorName() {
    Person p = person(extract("Minister of Digital Affairs Dr. Anna Kowalska opened the session."), "Anna Kowalska");
    assertEquals("Minister of Digital Affairs", p.title());
  }

  @Test
  void dayMayYearIsADate() {
    assertEquals("2022-05-14", date(extract("The meeting took place on 14 May 2022 in Nairobi."), "14 May 2022").value());
  }

  @Test
  void aBodyOfAnIntergovernmentalOrganisationHasNoMembersFromTheSentence() {
    DocumentRecord r = extract("The United States and France held talks and welcomed the work of the UN Open-Ended Working Group.");
    Group g = r.groups().stream().filter(x -> x.name().contains("Open-Ended Working Group")).findFirst().orElseThrow();
    assertTrue(g.members().isEmpty(), g.members().toString());
  }

  @Test
  void aCityAfterABodyIsWhereItIsNotItsName() {
    DocumentRecord r = extract("The talks opened at the Ministry of Foreign Affairs in Nairobi on Monday.");
    agency(r, "Ministry of Foreign Affairs");
    assertTrue(commitments(r, "open").isEmpty());
  }

  @Test
  void countryAfterThePositionInAnApposition() {
    Person p = person(extract("The meeting featured Ravi Kumar, the National Cyber Security Coordinator of India, and other officials."),
        "Ravi Kumar");
    assertEquals("National Cyber Security Coordinator", p.title());
    assertEquals("India", p.country());
  }

  @Test
  void aCountryAndOfBeforeAGroupNameAreNotPartOfIt() {
    DocumentRecord r = extract("We, the representatives of Canada and the United States of the Arctic Security Working Group, met in Ottawa.");
    assertEquals("working_group", group(r, "Arctic Security Working Group").kind());
    assertEquals(1, r.groups().size(), r.groups().toString());
  }

  @Test
  void aListAfterAColonGivesOneCommitmentPerItem() {
    DocumentRecord r = extract("Canada and Mexico agreed in the coming year to: publish a joint threat assessment; "
        + "train customs officers; and expand their exchange programme.");
    assertEquals(List.of("expand", "publish", "train"), r.commitments().stream().map(Commitment::action).sorted().toList());
    assertTrue(r.commitments().stream().allMatch(c -> c.actor().equals("Canada and Mexico")), r.commitments().toString());
  }

  @Test
  void anAgencyInsideThePositionIsTheAgencyNotTheTitle() {
    Person p = person(extract("Deputy Secretary of the Department of Energy Maria Alvarez opened the second session."), "Maria Alvarez");
    assertEquals("Deputy Secretary", p.title());
    assertEquals("Department of Energy", p.agency());
  }
}
