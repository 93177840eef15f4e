package org.communique.records;

import static org.communique.RecordAssertions.agency;
import static org.communique.RecordAssertions.assertMentionOf;
import static org.communique.RecordAssertions.extractChecked;
import static org.communique.RecordAssertions.assertNoAgency;
import static org.communique.RecordAssertions.commitments;
import static org.communique.RecordAssertions.date;
import static org.communique.RecordAssertions.group;
import static org.communique.RecordAssertions.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule family on short statements written for the purpose, through the real pipeline. */
class RuleFamiliesTest {
  private static DocumentRecord extract(String text) {
    return extractChecked(text);
  }

  @Test
  void appositionGivesTitleAgencyAndCountry() {
    String text = "Maria Lopez, director for cyber policy at the Department of State, will lead the U.S. delegation.";
    DocumentRecord r = extract(text);
    Person p = person(r, "Maria Lopez");
    assertEquals("director for cyber policy", p.title());
    assertEquals("Department of State", p.agency());
    assertEquals("United States", p.country());
    assertMentionOf(text, p.mentions(), "Maria Lopez");
  }

  @Test
  void titleBeforeNameWithCountryAndAgencyPrefixes() {
    String text = "The talks were chaired by Canadian Ambassador for Cyber Affairs Anne Martin and "
        + "Republic of Korea Ministry of Foreign Affairs Director General for Security Affairs Kim Minsu.";
    DocumentRecord r = extract(text);
    Person martin = person(r, "Anne Martin");
    assertEquals("Ambassador for Cyber Affairs", martin.title());
    assertEquals("Canada", martin.country());
    Person kim = person(r, "Kim Minsu");
    assertEquals("Director General for Security Affairs", kim.title());
    assertEquals("Ministry of Foreign Affairs", kim.agency());
    assertEquals("South Korea", kim.country());
  }

  @Test
  void ledByAndHeadOf() {
    DocumentRecord r = extract("The delegation was led by Deputy Secretary John Smith. "
        + "Lena Berg, head of the Swedish Civil Contingencies Agency, also attended.");
    assertEquals("Deputy Secretary", person(r, "John Smith").title());
    Person berg = person(r, "Lena Berg");
    assertEquals("head", berg.title());
    assertEquals("Civil Contingencies Agency", berg.agency());
    assertEquals("Sweden", berg.country());
  }

  @Test
  void shortNamesAreAliasesOfTheFullName() {
    DocumentRecord r = extract("President Donald Trump hosted the meeting. \"It was productive,\" Trump said.");
    Person p = person(r, "Donald Trump");
    assertEquals(List.of("Trump"), p.aliases());
    assertEquals(2, p.mentions().size());
    assertEquals("President", p.title());
  }

  @Test
  void acronymAfterNameIsAliasAndItsUsesAreMentions() {
    String text = "The Cybersecurity Agency of Freedonia (CAF) met the National Cyber Office (NCO). Later, the CAF briefed reporters.";
    DocumentRecord r = extract(text);
    Agency caf = agency(r, "Cybersecurity Agency of Freedonia");
    assertEquals(List.of("CAF"), caf.aliases());
    assertEquals(2, caf.mentions().stream().filter(m -> text.substring(m.start(), m.end()).equals("CAF")).count());
    assertEquals(List.of("NCO"), agency(r, "National Cyber Office").aliases());
  }

  @Test
  void knownAgencyAliasesMergeAndPrefixesGiveCountry() {
    DocumentRecord r = extract("The State Department said the U.S. Department of State will host the Argentine Ministry of Modernization.");
    Agency state = agency(r, "Department of State");
    assertTrue(state.aliases().containsAll(List.of("State Department", "U.S. Department of State")), state.aliases().toString());
    assertEquals(2, state.mentions().size());
    Agency ministry = agency(r, "Ministry of Modernization");
    assertEquals("Argentina", ministry.country());
    assertEquals(List.of("Argentine Ministry of Modernization"), ministry.aliases());
  }

  @Test
  void pluralListIsOneAgencyEachWithTheListAsMention() {
    String text = "Representatives of the Departments of Justice and Homeland Security attended, with the Federal Communications Commission.";
    DocumentRecord r = extract(text);
    Agency justice = agency(r, "Department of Justice");
    Agency dhs = agency(r, "Department of Homeland Security");
    assertMentionOf(text, justice.mentions(), "Departments of Justice and Homeland Security");
    assertMentionOf(text, dhs.mentions(), "Departments of Justice and Homeland Security");
    assertNoAgency(r, "Department of the Federal Communications Commission");
  }

  @Test
  void countryChainGroupWithMembersKindAndShortForms() {
    String text = "The 3rd U.S.-Brazil Working Group on Cyber Issues met in Brasilia. The Working Group on Cyber Issues "
        + "will meet again next year. The GCC-U.S. Strategic Partnership and the Global Forum on Cyber Expertise (GFCE) were discussed.";
    DocumentRecord r = extract(text);
    Group g = group(r, "U.S.-Brazil Working Group on Cyber Issues");
    assertEquals("working_group", g.kind());
    assertEquals(List.of("United States", "Brazil"), g.members());
    assertTrue(g.aliases().contains("Working Group on Cyber Issues"), g.aliases().toString());
    assertTrue(g.aliases().contains("3rd U.S.-Brazil Working Group on Cyber Issues"), g.aliases().toString());
    Group p = group(r, "GCC-U.S. Strategic Partnership");
    assertEquals("partnership", p.kind());
    assertEquals(List.of("Gulf Cooperation Council", "United States"), p.members());
    Group gfce = group(r, "Global Forum on Cyber Expertise");
    assertEquals(List.of("GFCE"), gfce.aliases());
    assertEquals("forum", gfce.kind());
  }

  @Test
  void frameworksAndStandingCouncilsAreNotGroups() {
    DocumentRecord r = extract("The National Security Council reviewed the Budapest Convention and the NIST Cybersecurity Framework 2.0.");
    assertEquals(List.of(), r.groups());
    assertEquals("United States", agency(r, "National Security Council").country());
  }

  @Test
  void commitmentsSplitCoordinatedVerbsAndResolveTheParties() {
    String text = "The United States and Chile will establish a Cyber Working Group. The countries will continue to share "
        + "information on threats and support joint training, and ensure accountability. "
        + "These efforts will bolster security. The delegation will include experts.";
    DocumentRecord r = extract(text);
    assertEquals(List.of("establish", "share", "support", "ensure"), r.commitments().stream().map(Commitment::action).toList());
    Commitment share = commitments(r, "share").get(0);
    assertEquals("United States and Chile", share.actor());
    assertEquals("The countries will continue to share information on threats", share.text());
    assertEquals("ensure accountability", commitments(r, "ensure").get(0).text());
  }

  @Test
  void commissiveTriggers() {
    DocumentRecord r = extract("Both governments committed to continue strengthening cooperation. The group is set to convene in May. "
        + "The two sides reaffirmed their commitment to promoting stability and to deepen ties. They pledged to share data. "
        + "He will be a great president. The report may be extended.");
    assertEquals(List.of("strengthen", "convene", "promote", "deepen", "share"),
        r.commitments().stream().map(Commitment::action).toList());
  }

  @Test
  void appositiveSubjectIsThePersonNotTheAgency() {
    DocumentRecord r = extract("Christopher Painter, coordinator for cyber issues at the Department of State, will lead the delegation.");
    assertEquals("Christopher Painter", commitments(r, "lead").get(0).actor());
  }

  @Test
  void datesOfEveryKind() {
    DocumentRecord r = extract("On Thursday, officials met on Aug. 10 and again on December 6-7, 2023, after talks in "
        + "September of 2016 and on 12/15/2022. Last month the 2.0 framework was revised, as it was last week.");
    assertNull(date(r, "Thursday").value());
    assertEquals("2023-12-06/2023-12-07", date(r, "December 6-7, 2023").value());
    assertEquals("2016-09", date(r, "September of 2016").value());
    assertEquals("2022-12-15", date(r, "12/15/2022").value());
    date(r, "Aug. 10");
    date(r, "Last month");
    date(r, "last week");
    assertTrue(r.dates().stream().noneMatch(d -> d.text().contains("2.0")));
  }
}
