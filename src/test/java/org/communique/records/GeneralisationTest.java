package org.communique.records;

import static org.communique.RecordAssertions.agency;
import static org.communique.RecordAssertions.extractChecked;
import static org.communique.RecordAssertions.commitments;
import static org.communique.RecordAssertions.date;
import static org.communique.RecordAssertions.group;
import static org.communique.RecordAssertions.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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

  /** A statement dated {@code date}, as its sidecar or SOURCES.tsv would date it. */
  private static DocumentRecord extract(String text, java.time.LocalDate date) {
    DocumentRecord r = org.communique.TestModels.extract(text, date);
    org.communique.RecordAssertions.assertMentionsInside(text, r);
    return r;
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

  @Test
  void honorificsAndPostNominalsAreNoPartOfANameAndTheTitleStillFollows() {
    DocumentRecord r = extract("The talks were opened by the Hon Ana Costa MP, Minister for Resources, and H.E. Dr. Tomas Berg.");
    Person p = person(r, "Ana Costa");
    assertEquals("Minister for Resources", p.title());
    person(r, "Tomas Berg");
  }

  @Test
  void aDelegationListedUnderACountryHeadingTakesItsCountry() {
    DocumentRecord r = extract("Participants:\n\nNew Zealand:\n- Ana Costa, Minister for Resources\n- Tomas Berg, Ambassador\n\n"
        + "The Chilean delegation:\n- Pedro Ruiz, Director General\n");
    assertEquals("New Zealand", person(r, "Ana Costa").country());
    assertEquals("Minister for Resources", person(r, "Ana Costa").title());
    assertEquals("New Zealand", person(r, "Tomas Berg").country());
    assertEquals("Chile", person(r, "Pedro Ruiz").country());
  }

  @Test
  void theCountryAfterAPositionIsTheCountryNotPartOfTheTitle() {
    Person p = person(extract("The President of Chile Pedro Ruiz opened the session."), "Pedro Ruiz");
    assertEquals("President", p.title());
    assertEquals("Chile", p.country());
  }

  @Test
  void membersOfASideTakeItsCountry() {
    DocumentRecord r = extract("The Peruvian side included Deputy Minister Rosa Vargas.");
    assertEquals("Peru", person(r, "Rosa Vargas").country());
  }

  @Test
  void anUnmarkedMinistryTakesTheCountryOfItsOfficial() {
    DocumentRecord r = extract("Chilean Minister Pedro Ruiz of the Ministry of Mining met the press.");
    assertEquals("Chile", person(r, "Pedro Ruiz").country());
    assertEquals("Ministry of Mining", person(r, "Pedro Ruiz").agency());
    assertEquals("Chile", agency(r, "Ministry of Mining").country());
  }

  @Test
  void nominalAndControlCommitments() {
    DocumentRecord r = extract("Both governments jointly decided to open a joint laboratory. Norway is planning to fund new research. "
        + "The ministers affirmed a shared commitment to deepen trade ties. The agreement signals our long-term commitment to supporting farmers.");
    assertEquals(List.of("open", "fund", "deepen"), r.commitments().stream().map(Commitment::action).toList().subList(0, 3));
    assertEquals("Both governments", commitments(r, "open").get(0).actor());
    assertEquals("Norway", commitments(r, "fund").get(0).actor());
  }

  @Test
  void aWeekdayBeforeADateAndADayRangeBeforeAMonthAreOneExpression() {
    DocumentRecord r = extract("The forum met on Friday, March 3, 2023 and again on 4-5 May, 2023.");
    assertEquals("2023-03-03", date(r, "Friday, March 3, 2023").value());
    assertEquals("2023-05-04/2023-05-05", date(r, "4-5 May, 2023").value());
    assertEquals(2, r.dates().size(), r.dates().toString());
  }

  @Test
  void aSessionOfANamedBodyIsAMentionOfThatBody() {
    DocumentRecord r = extract("Delegates attended the Second Meeting of the Joint Commission on Maritime Research in Lisbon.");
    assertEquals("commission", group(r, "Joint Commission on Maritime Research").kind());
    assertEquals(1, r.groups().size(), r.groups().toString());
  }

  @Test
  void aPartnerBeforeASpacedDashIsAMember() {
    Group g = group(extract("The Chile – Peru Energy Dialogue will meet in Lima."), "Chile – Peru Energy Dialogue");
    assertEquals(List.of("Chile", "Peru"), g.members());
  }

  @Test
  void aBodyNamedByItsHeadAndLongSubject() {
    DocumentRecord r = extract("The Committee on Cooperation in the Field of Fisheries held its first session.");
    assertEquals("committee", group(r, "Committee on Cooperation in the Field of Fisheries").kind());
  }

  @Test
  void theOfficeOfAHeadOfGovernmentIsAnAgency() {
    DocumentRecord r = extract("The Prime Minister's Office and the Office of the President issued a joint note.");
    agency(r, "Prime Minister's Office");
    agency(r, "Office of the President");
  }

  @Test
  void coChairsOfAPartyWithTheirPositionsInParentheses() {
    DocumentRecord r = extract("The talks were led by Chilean co-chairs Pedro Ruiz (Acting Director of Planning) and Rosa Vargas "
        + "(Deputy Minister of Mining), and Peruvian co-chair Carlos Soto (Vice Minister of Energy).");
    assertEquals("Acting Director of Planning", person(r, "Pedro Ruiz").title());
    assertEquals("Chile", person(r, "Pedro Ruiz").country());
    assertEquals("Chile", person(r, "Rosa Vargas").country());
    assertEquals("Peru", person(r, "Carlos Soto").country());
  }

  @Test
  void aBodyBuiltByARuleAndKnownByItsAcronymIsOneAgency() {
    DocumentRecord r = extract("The grant was signed by the U.S. Agency for International Development (USAID). USAID will fund schools.");
    // named as the text writes it (the contract: the most formal full name the text uses)
    Agency a = agency(r, "U.S. Agency for International Development");
    assertTrue(a.aliases().contains("USAID"), a.aliases().toString());
    assertEquals(1, r.agencies().size(), r.agencies().toString());
  }

  @Test
  void seasonsAndCapitalisedDeicticDates() {
    DocumentRecord r = extract("Today the ministers agreed to meet again next spring and to report later this year. "
        + "They met this morning and will hold an exercise later this autumn.");
    date(r, "this morning");
    date(r, "later this autumn");
    date(r, "Today");
    date(r, "next spring");
    date(r, "later this year");
  }

  @Test
  void anAcronymInsideAGroupNameIsAnAliasAndAHeadlineVerbIsNoPartOfIt() {
    DocumentRecord r = extract("Chile, Peru Hold Joint Commission Meeting on Mining & Energy\n\n"
        + "The Chile-Peru Joint Commission Meeting (JCM) on Mining and Energy met in Lima.");
    assertEquals(1, r.groups().size(), r.groups().toString());
    Group g = r.groups().get(0);
    assertEquals("Chile-Peru Joint Commission Meeting on Mining and Energy", g.name());
    assertTrue(g.aliases().contains("JCM"), g.aliases().toString());
  }

  @Test
  void aNamedGroupAsSubjectIsTheActorAndAsWellAsCoordinates() {
    DocumentRecord r = extract("The Chile-Peru Energy Dialogue will expand existing cooperation, as well as develop new lines of research.");
    assertEquals("Chile-Peru Energy Dialogue", commitments(r, "expand").get(0).actor());
    assertEquals("Chile-Peru Energy Dialogue", commitments(r, "develop").get(0).actor());
  }

  @Test
  void anAppositionTitleStopsAtARelativeClauseOrAVerbAndDropsItsCountry() {
    DocumentRecord r = extract("Mr. Pedro Ruiz, Minister of Mining of Chile who is visiting Lima, met officials. "
        + "Rosa Vargas, Deputy Minister for Energy underscored the plan.");
    assertEquals("Minister of Mining", person(r, "Pedro Ruiz").title());
    assertEquals("Chile", person(r, "Pedro Ruiz").country());
    assertEquals("Deputy Minister for Energy", person(r, "Rosa Vargas").title());
  }

  @Test
  void concurredToIsACommitment() {
    assertEquals(1, commitments(extract("The ministers concurred to deepen cooperation on fisheries."), "deepen").size());
  }

  @Test
  void aPositionThenACommaAndHonorificsBeforeTheName() {
    DocumentRecord r = extract("On 3 May, the Chilean Minister for Mining, the Rt Hon Pedro Ruiz and Peru’s Minister for Energy, "
        + "Senator the Hon Rosa Vargas, met in Lima. Bolivia was represented by Minister for Water Carlos Soto.");
    assertEquals("Minister for Mining", person(r, "Pedro Ruiz").title());
    assertEquals("Chile", person(r, "Pedro Ruiz").country());
    assertEquals("Minister for Energy", person(r, "Rosa Vargas").title());
    assertEquals("Peru", person(r, "Rosa Vargas").country());
    assertEquals("Bolivia", person(r, "Carlos Soto").country());
  }

  @Test
  void aBodyNamedWithItsCountryIsThatCountrysAndKnownWithoutIt() {
    DocumentRecord r = extract("Minister Kim Min-su of the National Water Administration of the Republic of Korea visited Lima.");
    Agency a = agency(r, "National Water Administration of the Republic of Korea");
    assertEquals("South Korea", a.country());
    assertTrue(a.aliases().contains("National Water Administration"), a.aliases().toString());
    assertEquals("South Korea", person(r, "Kim Min-su").country());
  }

  @Test
  void bodiesOfOneGovernmentDocumentsAndSessionsAreNotGroups() {
    DocumentRecord r = extract("Joint Ministerial Statement for the Chile-Peru Ministerial Meeting\n\n"
        + "The Planning Commission of Chile and the Ministry of Mining of Peru met on the Occasion of the Second Meeting of the "
        + "Chile-Peru Mining Dialogue and at the Chile-Peru Ministerial (CPMIN) talks.");
    assertEquals(List.of("Chile-Peru Mining Dialogue", "Chile-Peru Ministerial Meeting"),
        r.groups().stream().map(Group::name).sorted().toList());
    assertTrue(group(r, "Chile-Peru Ministerial Meeting").aliases().contains("CPMIN"), r.groups().toString());
  }

  @Test
  void leadersNamedByTheirOfficeAreTheStatementsPartiesAndTriggersTakeATimeBeforeTo() {
    // the contract: a plural reference is resolved when the text makes it plain ("the countries" gives the parties)
    DocumentRecord r = extract("Chile and Peru held talks. The leaders communicated their intention to expand trade. "
        + "We agreed in March to open a consulate.");
    assertEquals("Chile and Peru", commitments(r, "expand").get(0).actor());
    assertEquals(1, commitments(r, "open").size());
  }

  @Test
  void theRegistryGivesTheCountryOfAKnownOfficeHolderAtTheStatementsDate() {
    DocumentRecord r = org.communique.TestModels.extract(
        "President Lula met Prime Minister Modi. President Xi sent a message. President Trump called.", java.time.LocalDate.of(2018, 3, 1));
    assertEquals("Brazil", person(r, "Lula").country(), "any term: Lula served Brazil only");
    assertEquals("India", person(r, "Modi").country());
    assertEquals("China", person(r, "Xi").country(), "a registry name CoreNLP does not tag");
    assertEquals("United States", person(r, "Trump").country(), "the one President Trump in office in 2018");
  }

  @Test
  void membersNamedInsideTheNameOrGivenByABilateralStatement() {
    DocumentRecord r = extract("Chile and Peru signed an accord. The Chilean and Peruvian Defence Ministers Meeting took place in Lima. "
        + "The Joint Mining Committee will meet in June.");
    assertEquals(List.of("Chile", "Peru"), group(r, "Chilean and Peruvian Defence Ministers Meeting").members());
    assertEquals(List.of("Chile", "Peru"), group(r, "Joint Mining Committee").members());
  }

  @Test
  void aSignatureBlockGivesPositionAndCountry() {
    DocumentRecord r = extract("Joint Statement\n\nThe Hon Pedro Ruiz\n\nMinister for Mining\n\nChile\n\nThe ministers met in Lima.\n");
    assertEquals("Minister for Mining", person(r, "Pedro Ruiz").title());
    assertEquals("Chile", person(r, "Pedro Ruiz").country());
  }

  @Test
  void aParticipleClauseSharesTheSubjectAndUnitedInCommitment() {
    DocumentRecord r = extract("Chile and Peru welcomed the new port agreement, committed to expanding maritime trade. "
        + "Chilean and Peruvian co-chairs were united in their commitment to sustain the dialogue.");
    assertEquals("Chile and Peru", commitments(r, "expand").get(0).actor());
    assertEquals(1, commitments(r, "sustain").size());
  }

  @Test
  void aListOfHonouredNamesEachWithItsPositionOnTheNextLine() {
    DocumentRecord r = extract("The council met with the participation of:\nHis Excellency Mr. Pedro Ruiz Soto,\n"
        + "Minister of Mining of the Republic of Korea\nHis Highness Prince Carlos Vargas Llosa,\nMinister of Energy of the State of Qatar\n");
    assertEquals("Minister of Mining", person(r, "Pedro Ruiz Soto").title());
    assertEquals("South Korea", person(r, "Pedro Ruiz Soto").country());
    assertEquals("Minister of Energy", person(r, "Carlos Vargas Llosa").title());
    assertEquals("Qatar", person(r, "Carlos Vargas Llosa").country());
  }

  @Test
  void knownNamesBrokenAcrossLinesAreStillKnown() {
    DocumentRecord r = extract("The representatives of the Southern African\nDevelopment Community and of New\nZealand attended.");
    assertEquals(null, agency(r, "Southern African Development Community").country());
  }

  @Test
  void weIsThePartiesInTheOrderTheStatementJoinsThem() {
    DocumentRecord r = extract("The Peru-Chile Mining Dialogue met in Lima. Chile and Peru will expand port links. We will open a joint office.");
    assertEquals("Chile and Peru", commitments(r, "open").get(0).actor());
  }

  @Test
  void aCouncilOfAnIntergovernmentalOrganisationsMembersIsAGroup() {
    DocumentRecord r = extract("The ASEAN Economic Council met in Hanoi.");
    assertEquals("council", group(r, "ASEAN Economic Council").kind());
    assertTrue(r.agencies().isEmpty(), "a bare acronym opening a group's name is no mention of the organisation");
  }

  @Test
  void theyIsThePluralSubjectOfASentenceBeforeWhenTheStatementNamesNoParties() {
    DocumentRecord r = extract("The Ministers of Culture are convinced that co-operation in the cultural field will keep its role. "
        + "They express their readiness to promote joint exhibitions. In this context they welcome the new festival "
        + "and they will act before the referendums.");
    assertEquals("Ministers of Culture", commitments(r, "promote").get(0).actor());
    assertEquals("Ministers of Culture", commitments(r, "act").get(0).actor(), "past another \"they\"");
  }

  @Test
  void theMinistersOfAStatementAboutThreeCountriesAreThoseCountries() {
    DocumentRecord r = extract("Kenya, Uganda, Tanzania Ministers agree on a railway\n\n"
        + "The transport ministers met in Nairobi on Monday. The ministers agreed to build a standard gauge railway.");
    assertEquals("Kenya, Uganda and Tanzania", commitments(r, "build").get(0).actor());
  }

  @Test
  void pluralTitleNounsAreParties() {
    DocumentRecord r = extract("Under this common understanding, the Ministers agreed to initiate a joint project on water management.");
    assertEquals(List.of("initiate"), r.commitments().stream().map(Commitment::action).toList());
    assertEquals("the Ministers", r.commitments().get(0).actor());
  }

  @Test
  void positionsBeforeNamesInAListBelongToTheNameAfterThem() {
    DocumentRecord r = extract("The Minister of Foreign Affairs of the Republic of Cyprus, H.E Ioannis Kasoulides, the Minister of "
        + "Foreign Affairs of the Arab Republic of Egypt, H.E Sameh Shoukry and the Minister of Foreign Affairs of the Hellenic "
        + "Republic, H.E Nikos Kotzias held a trilateral meeting today.");
    assertEquals("Cyprus", person(r, "Ioannis Kasoulides").country());
    assertEquals("Egypt", person(r, "Sameh Shoukry").country());
    assertEquals("Minister of Foreign Affairs", person(r, "Ioannis Kasoulides").title());
  }

  @Test
  void positionsAfterNamesInAListBelongToTheNameBeforeThem() {
    DocumentRecord r = extract("The meeting was attended by Xie Zhenhua, Special Representative for Climate Change Affairs of China, "
        + "Dr Tsakani Ngomane, Deputy Director General for Climate Change of South Africa, and others.");
    assertEquals("China", person(r, "Xie Zhenhua").country());
    assertEquals("Special Representative for Climate Change Affairs", person(r, "Xie Zhenhua").title());
    assertEquals("Deputy Director General for Climate Change", person(r, "Tsakani Ngomane").title());
  }

  @Test
  void malayHonorificsAreNoName() {
    DocumentRecord r = extract("The talks were led by the Minister of Foreign Affairs of Malaysia, His Excellency Dato’ Sri Anifah Haji Aman, "
        + "and the Minister for Foreign Affairs of the Republic of Indonesia, Her Excellency Retno Marsudi.");
    Person p = person(r, "Anifah Haji Aman");
    assertEquals("Malaysia", p.country());
    assertEquals("Minister of Foreign Affairs", p.title());
    assertEquals("Indonesia", person(r, "Retno Marsudi").country());
    assertTrue(r.people().stream().noneMatch(x -> x.name().startsWith("Dato")), r.people().toString());
  }

  @Test
  void iInAQuotationIsItsSpeaker() {
    DocumentRecord r = extract("Assistant Secretary Jane Miller led the U.S. delegation.\n\n“We share a common vision,” said Miller. "
        + "“I look forward to continuing our work with our partners.”\n\n“This is a good day,” said Director Paul Roe.");
    Commitment c = r.commitments().stream().filter(x -> x.action().equals("continue")).findFirst().orElseThrow();
    assertEquals("Jane Miller", c.actor());
  }

  @Test
  void readinessToActIsACommitment() {
    DocumentRecord r = extract("The two states expressed readiness to work with the international community. "
        + "The Ministers expressed commitment to intensify cooperation in these fields.");
    assertEquals(List.of("work", "intensify"), r.commitments().stream().map(Commitment::action).toList());
  }

  @Test
  void positionCommaNameWithoutHonorific() {
    DocumentRecord r = extract("It was signed between Malaysia’s Minister of Communications and Multimedia, Gobind Singh Deo and "
        + "South Korea’s Minister of Science and ICT, Choi Kiyoung.");
    Person p = person(r, "Gobind Singh Deo");
    assertEquals("Minister of Communications and Multimedia", p.title());
    assertEquals("Malaysia", p.country());
    assertEquals("South Korea", person(r, "Choi Kiyoung").country());
  }

  @Test
  void portfolioBeforeTheTitleWordAndInitialsBeforeTheName() {
    DocumentRecord r = extract("The MoU was signed by Bangladesh Fisheries and Livestock Minister SM Rezaul Karim and Press Secretary Ihsanul Karim.");
    Person p = person(r, "SM Rezaul Karim");
    assertEquals("Fisheries and Livestock Minister", p.title());
    assertEquals("Bangladesh", p.country());
    assertEquals("Press Secretary", person(r, "Ihsanul Karim").title());
  }

  @Test
  void aPortfolioOfThreeHasCommas() {
    DocumentRecord r = extract("The agreement was signed by the Minister of Water, Land and Natural Resources, Dr Xavier Jayakumar.");
    assertEquals("Minister of Water, Land and Natural Resources", person(r, "Xavier Jayakumar").title());
    assertTrue(r.agencies().isEmpty(), r.agencies().toString());
  }

  @Test
  void aPortfolioAfterATitleIsNoAgency() {
    DocumentRecord r = extract("Judith Uwizeye, Minister of Public Service and Labour, attended the signing.");
    assertEquals("Minister of Public Service and Labour", person(r, "Judith Uwizeye").title());
    assertTrue(r.agencies().isEmpty(), r.agencies().toString());
  }

  @Test
  void aSideHeadingBeforeAColonGivesTheCountryOfTheListedPeople() {
    DocumentRecord r = extract("On the Rwandan side: Vincent Biruta, Minister of Natural Resources; Julienne Uwacu, Minister of "
        + "Sports and Culture, signed on behalf of the government.");
    assertEquals("Rwanda", person(r, "Vincent Biruta").country());
    assertEquals("Rwanda", person(r, "Julienne Uwacu").country());
  }

  @Test
  void combiningFormsAndDemonymsChainParties() {
    DocumentRecord r = extract("The Sixth Session of the Ethio-Russia Intergovernmental Commission on Economic, Scientific, Technical "
        + "and Trade Cooperation was held this week. The Saudi-Turkish Coordination Council will meet in May.");
    Group g = group(r, "Ethio-Russia Intergovernmental Commission on Economic, Scientific, Technical and Trade Cooperation");
    assertEquals(List.of("Ethiopia", "Russia"), g.members());
    assertEquals(List.of("Saudi Arabia", "Turkey"), group(r, "Saudi-Turkish Coordination Council").members());
  }

  @Test
  void wordsAboutAGroupBeforeOfTheAreNotItsName() {
    DocumentRecord r = extract("The Ministers of Foreign Affairs of the Visegrad Group and the Republic of Korea met in Bratislava.");
    assertEquals(List.of("Visegrad Group"), r.groups().stream().map(Group::name).toList());
  }

  @Test
  void aPronounBeforeTheModalIsTheSubject() {
    DocumentRecord r = extract("Canada and Chile signed an agreement. Through this new agreement between the two governments they will "
        + "lay down the foundations for joint work.");
    assertEquals(List.of("lay"), r.commitments().stream().map(Commitment::action).toList());
  }

  @Test
  void aBodyClosingAPositionIsTheAgency() {
    DocumentRecord r = extract("The meeting was attended by the Assistant Secretary-General for Political Affairs of the United Nations, "
        + "Mr. Miroslav Jenca. It was signed by the U.N. Secretary-General, Kofi Annan.");
    Person p = person(r, "Miroslav Jenca");
    assertEquals("Assistant Secretary-General for Political Affairs", p.title());
    assertEquals("United Nations", p.agency());
    assertEquals("United Nations", person(r, "Kofi Annan").agency());
  }

  @Test
  void countryAfterTheNameAndNoPersonInsideACountrysName() {
    DocumentRecord r = extract("He was joined by Ambassador Gareth Bynoe of Saint Vincent and the Grenadines at the talks.");
    assertEquals("Saint Vincent and the Grenadines", person(r, "Gareth Bynoe").country());
    assertEquals(1, r.people().size(), r.people().toString());
  }

  @Test
  void aNameInCapitalsIsTheSamePerson() {
    DocumentRecord r = extract("FOREIGN SECRETARY MEADE MEETS WITH COUNTERPART\n\nForeign Secretary Jose Antonio Meade held a meeting today.");
    assertEquals(List.of("Jose Antonio Meade"), r.people().stream().map(Person::name).toList());
  }

  @Test
  void shortFormsOfABodyNamedInFullAreOneGroup() {
    DocumentRecord r = extract("The First Meeting of the Joint Commission of Foreign Ministers and Technicians of Guyana and Venezuela was "
        + "held today. The Joint Commission of Foreign Ministers was created last year. Guyana and Venezuela presented proposals for the "
        + "work of the Joint Commission.");
    assertEquals(1, r.groups().size(), r.groups().toString());
    assertEquals(3, r.groups().get(0).mentions().size());
  }

  @Test
  void aConsultationMechanismIsADialogue() {
    DocumentRecord r = extract("Argentina and Bolivia agreed to establish a Political Consultation Mechanism at the level of both Foreign Ministries.");
    assertEquals("dialogue", group(r, "Political Consultation Mechanism").kind());
  }

  @Test
  void datesAsOtherPublishersWriteThem() {
    DocumentRecord r = extract("Released on 05 Jul, 2024. The summit of 9 MARCH, 2001 adopted the 2021-2024 plan. Oslo, 27.05.14. "
        + "Ministers will meet on Wednesday 11 and on Thursday morning, after the end of April. At the May meeting they agreed.");
    assertEquals("2024-07-05", date(r, "05 Jul, 2024").value());
    assertEquals("2001-03-09", date(r, "9 MARCH, 2001").value());
    assertEquals("2021/2024", date(r, "2021-2024").value());
    assertEquals("2014-05-27", date(r, "27.05.14").value());
    date(r, "Wednesday 11");
    date(r, "Thursday morning");
    date(r, "the end of April");
    date(r, "May");
    assertTrue(r.dates().stream().noneMatch(d -> d.text().equals("2001") || d.text().equals("2024")), r.dates().toString());
  }

  @Test
  void officialsAndOfficesAreParties() {
    DocumentRecord r = extract("Presidents Mauricio Macri of Argentina and Jair Bolsonaro of Brazil agreed today to strengthen bilateral "
        + "cooperation. At the Council, the Greek Presidency will draw up a compromise.");
    assertEquals(List.of("strengthen", "draw"), r.commitments().stream().map(Commitment::action).toList());
  }

  @Test
  void itAfterANonPartySubjectIsNoParty() {
    DocumentRecord r = extract("The Commission proposal will provide farmers with a clear perspective. It will also make agriculture more competitive.");
    assertTrue(r.commitments().isEmpty(), r.commitments().toString());
  }

  @Test
  void aCountryLabelOpeningALineAndACountryBeforeByGiveTheCountry() {
    DocumentRecord r = extract("The Summit was attended by:\nAngola : H.E. Mr. Jose Eduardo dos Santos, President\nBotswana : H.E. Mr. Festus Mogae, President\n\n"
        + "Swaziland was represented by Hon. Arthur Khoza, the Deputy Prime Minister, Lesotho by Hon. Tom Thabane, the Minister of Foreign Affairs.");
    assertEquals("Angola", person(r, "Jose Eduardo dos Santos").country());
    assertEquals("Botswana", person(r, "Festus Mogae").country());
    assertEquals("Lesotho", person(r, "Tom Thabane").country());
  }

  @Test
  void aMeetingOfAStandingBodyIsThatBody() {
    DocumentRecord r = extract("The Forum Officials Committee (FOC) Meeting was held in Suva. The Lima Group met in Ottawa.");
    Group g = group(r, "Forum Officials Committee");
    assertEquals("committee", g.kind());
    assertEquals("coalition", group(r, "Lima Group").kind());
  }

  @Test
  void regionalOrganisationsAreKnownBodies() {
    DocumentRecord r = extract("Dagfinn Høybråten, Secretary-General of the Nordic Council of Ministers, welcomed the statement of the Pacific Alliance.");
    agency(r, "Nordic Council of Ministers");
    agency(r, "Pacific Alliance");
    assertEquals("Nordic Council of Ministers", person(r, "Dagfinn Høybråten").agency());
  }

  @Test
  void aNationalBodyGivesItsOfficialsCountryAndAnAppositionMayEndAtAnd() {
    DocumentRecord r = extract("The groups work under the direction of Secretary of the Treasury Janet Yellen and Vice Premier He Lifeng. "
        + "The EU was represented by Mr. Herman Van Rompuy, President of the European Council and Mr. José Manuel Barroso, "
        + "President of the European Commission.");
    Person y = person(r, "Janet Yellen");
    assertEquals("Department of the Treasury", y.agency());
    assertEquals("United States", y.country());
    assertEquals("President", person(r, "Herman Van Rompuy").title());
    assertEquals("European Council", person(r, "Herman Van Rompuy").agency());
  }

  @Test
  void aClauseAfterAndHasItsOwnSubjectAndProgressiveFutureIsACommitment() {
    DocumentRecord r = extract("President Biden congratulated the Prime Minister and the leaders looked forward to working closely together. "
        + "The United States will be sending a representative to the talks.");
    assertEquals("the leaders", r.commitments().get(0).actor());
    assertEquals(List.of("work", "send"), r.commitments().stream().map(Commitment::action).toList());
  }

  @Test
  void theAgencyIsTheAgencyNamedBeforeAndAnAcronymAfterAndIsAnotherBody() {
    DocumentRecord r = extract("An agreement between the Palestinian Agency for International Cooperation (PICA) and UNOSSC was signed. "
        + "The director said it will allow joint programs through which the Agency will contribute to the development goals.");
    assertTrue(r.agencies().stream().noneMatch(a -> a.name().contains("UNOSSC") && a.name().contains("Agency")), r.agencies().toString());
    Commitment c = r.commitments().stream().filter(x -> x.action().equals("contribute")).findFirst().orElseThrow();
    assertEquals("Agency for International Cooperation", c.actor());
  }

  @Test
  void anHonorificThatIsPartOfSomeNamesIsNeverPartOfTheTitle() {
    DocumentRecord r = extract("The talks were led by Deputy Prime Minister and Minister of Foreign Affairs Sheikh Mohammed bin Abdulrahman Al-Thani.");
    assertEquals("Deputy Prime Minister and Minister of Foreign Affairs", person(r, "Mohammed bin Abdulrahman Al-Thani").title());
  }

  @Test
  void aStandingGroupOfABilateralStatementHasItsTwoParties() {
    DocumentRecord r = extract("The United States and India held the Energy Dialogue in Washington. The Steering Committee will meet in "
        + "New Delhi. India and the United States will review the work in May.");
    assertEquals(List.of("United States", "India"), group(r, "Steering Committee").members());
  }

  @Test
  void aPlaceNamedOnceIsNoPartyOfTheStatement() {
    DocumentRecord r = extract("The Council will meet in Luxembourg under the Presidency of Greece. The Special Committee for Agriculture "
        + "prepared the meeting. The Greek Presidency will draw up a compromise.");
    assertTrue(group(r, "Special Committee for Agriculture").members().isEmpty());
  }

  @Test
  void aDatelineDashEndsWhatComesBeforeTheSubjectButASpacedChainDoesNot() {
    DocumentRecord r = extract("TEHRAN - Iran and Pakistan on Wednesday decided to form a joint working group. "
        + "The U.S. - India Energy Dialogue will build upon existing cooperation.");
    assertEquals("Iran and Pakistan", r.commitments().get(0).actor());
    assertTrue(r.commitments().get(1).text().startsWith("The U.S. - India Energy Dialogue"), r.commitments().toString());
  }

  @Test
  void actionsListedInParagraphsAfterAgreedToAndAColon() {
    DocumentRecord r = extract("Secretary Raimondo and Minister of Commerce of the People’s Republic of China Wang Wentao agreed to:\n\n"
        + "Establish a new commercial issues working group to seek solutions on trade issues.\n\n"
        + "Launch the export control enforcement information exchange.\n\n"
        + "Secretary Raimondo discussed opportunities to promote economic exchange.");
    assertEquals(List.of("establish", "launch"), r.commitments().stream().map(Commitment::action).toList());
    assertEquals("China", person(r, "Wang Wentao").country());
  }

  @Test
  void twoOfficialsOfTwoCountriesActForTheirCountries() {
    DocumentRecord r = extract("Presidents Mauricio Macri of Argentina and Jair Bolsonaro of Brazil agreed today to strengthen bilateral cooperation.");
    assertEquals("Argentina and Brazil", r.commitments().get(0).actor());
  }

  @Test
  void onBehalfOfAGovernmentGivesTheCountryAndRangesAcrossMonthsAreOneDate() {
    DocumentRecord r = extract("The agreement was signed by Minister of State for Foreign Affairs Ahmed Khaleel on behalf of the Maldivian "
        + "government. The Working Party met from 28 June to 4 July 2001.");
    assertEquals("Maldives", person(r, "Ahmed Khaleel").country());
    assertEquals("2001-06-28/2001-07-04", date(r, "28 June to 4 July 2001").value());
  }

  @Test
  void standingGroupingsAreGroupsWithTheMembersTheStatementNames() {
    DocumentRecord r = extract("India, Brazil and South Africa reviewed IBSA. The Quad foreign ministers met in Washington, and the G7 "
        + "will meet in June. Japan and Australia welcomed the Quad's plans.");
    assertEquals(List.of("India", "Brazil", "South Africa"), group(r, "IBSA").members());
    Group quad = group(r, "Quadrilateral Security Dialogue");
    assertEquals(List.of("Australia", "India", "Japan"), quad.members(), "the contract: the members the text names");
    assertTrue(group(r, "G7").members().isEmpty());
  }

  @Test
  void aChainOrGroupingBeforeAHeadInLowerCase() {
    DocumentRecord r = extract("They will meet at the G7 summit later this week and will hold the 3rd India-Brazil strategic Dialogue. "
        + "The Working Party on Trade met in Geneva.");
    assertEquals("meeting", group(r, "G7 summit").kind());
    assertEquals(List.of("India", "Brazil"), group(r, "India-Brazil strategic Dialogue").members());
    assertEquals("working_group", group(r, "Working Party on Trade").kind());
  }

  @Test
  void aCountryPrefixTheRuleLeftOutStillFindsTheKnownBody() {
    DocumentRecord r = extract("USAID signed the grant. Reed Aeschliman, Mission Director of the US Agency for International Development, spoke.");
    assertEquals(1, r.agencies().size(), r.agencies().toString());
    assertEquals("US Agency for International Development", r.agencies().get(0).name(), "as the text writes it");
    assertEquals("United States", r.agencies().get(0).country());
  }

  @Test
  void aBodyWrittenHeadLastIsTheBodyWrittenHeadFirst() {
    DocumentRecord r = extract("The Ministry of Foreign Relations issued a statement. The Foreign Relations Ministry said talks went well.");
    assertEquals(1, r.agencies().size(), r.agencies().toString());
  }

  @Test
  void aGroupingInsideALongerNameAndAnAgreementsTitleAreNoGroups() {
    DocumentRecord r = extract("They met on the sidelines of the Group of Eight (G8) Summit in Lough Erne and discussed the Japan-Canada "
        + "Economic Partnership Agreement.");
    assertEquals(List.of("Group of Eight (G8) Summit"), r.groups().stream().map(Group::name).toList());
  }

  @Test
  void theReportedClausesPartyActsAndABodyIsNamedAsTheTextNamesIt() {
    DocumentRecord r = extract("The Secretary General further noted that NATO is cooperating with Ukraine on planning, and will conduct a "
        + "joint exercise later this autumn. India and Saudi Arabia today said their relations were developing, decided to jointly fight terrorism.");
    Commitment conduct = r.commitments().stream().filter(c -> c.action().equals("conduct")).findFirst().orElseThrow();
    assertEquals("NATO", conduct.actor());
    Commitment fight = r.commitments().stream().filter(c -> c.action().equals("fight")).findFirst().orElseThrow();
    assertEquals("India and Saudi Arabia", fight.actor());
  }

  @Test
  void stateCouncilorIsATitle() {
    DocumentRecord r = extract("Chinese State Councilor and Foreign Minister Wang Yi held talks with his Kyrgyz counterpart Erlan Abdyldaev.");
    assertEquals("State Councilor and Foreign Minister", person(r, "Wang Yi").title());
    assertEquals("Kyrgyzstan", person(r, "Erlan Abdyldaev").country());
  }

  @Test
  void aCountryInsideATitleIsNoHonorific() {
    DocumentRecord r = extract("New Indian High Commissioner in Sri Lanka Gopal Baghle met Minister of Foreign Relations Dinesh Gunawardena today.");
    Person p = person(r, "Gopal Baghle");
    assertEquals("High Commissioner in Sri Lanka", p.title());
    assertEquals("India", p.country());
  }

  @Test
  void assembliesForaAndConferencesOfThePartiesAreGroups() {
    DocumentRecord r = extract("The delegates met on the margins of the World Health Assembly and prepared for COP26. "
        + "The future of the ARF was discussed.");
    assertEquals("meeting", group(r, "World Health Assembly").kind());
    assertEquals("meeting", group(r, "COP26").kind());
    assertEquals("forum", group(r, "ASEAN Regional Forum").kind());
    assertTrue(r.agencies().isEmpty(), r.agencies().toString());
  }

  @Test
  void aNameOnlyEverSaidWhereAPlaceIsIsNoPerson() {
    DocumentRecord r = extract("Prime Minister Shinzo Abe held a summit meeting with Prime Minister Stephen Harper in Lough Erne, Northern Ireland.");
    assertEquals(List.of("Shinzo Abe", "Stephen Harper"), r.people().stream().map(Person::name).toList());
  }

  @Test
  void aMinisterHeadsTheMinistryOfThePortfolioAndGivesItACountry() {
    DocumentRecord r = extract("The delegation met Minister of Commerce of the People’s Republic of China Wang Wentao to discuss trade. "
        + "The first meeting will be held at the Ministry of Commerce in Beijing.");
    assertEquals("Ministry of Commerce", person(r, "Wang Wentao").agency());
    assertEquals("China", agency(r, "Ministry of Commerce").country());
  }

  @Test
  void wordsOfATitleAndPluralTitlesAreNoPeople() {
    DocumentRecord r = extract("The Custodian of the Two Holy Mosques King Salman received the Foreign Ministers of the Gulf states.");
    assertTrue(r.people().stream().noneMatch(p -> p.name().equals("Two Holy Mosques") || p.name().equals("Foreign Ministers")),
        r.people().toString());
  }

  @Test
  void embassiesWithTheirCityAndAnAllianceAsAParty() {
    DocumentRecord r = extract("She met staff at U.S. Embassy London and at the Embassy of the United States of America in Colombo. "
        + "The Alliance will continue to support Ukraine, with the ministers pledging to meet regularly.");
    agency(r, "Embassy of the United States of America in Colombo");
    assertEquals("United States", agency(r, "Embassy London").country());
    assertEquals(List.of("support", "meet"), r.commitments().stream().map(Commitment::action).toList());
  }

  @Test
  void theAllianceIsTheIntergovernmentalBodyAsTheStatementNamesIt() {
    DocumentRecord r = extract("NATO defence ministers met in Brussels. NATO reviewed its assistance. The Alliance will continue to support its partners.");
    assertEquals("NATO", r.commitments().get(0).actor());
  }

  @Test
  void bothDignitariesAreTheStatementsParties() {
    DocumentRecord r = extract("Sri Lanka and India held talks in Colombo. India's envoy met Sri Lanka's minister. "
        + "Both dignitaries agreed to work towards closer trade relations.");
    assertEquals("Sri Lanka and India", r.commitments().get(0).actor());
  }

  @Test
  void aPortfolioListAfterOtherWordsOfTheTitleStaysInTheTitle() {
    Person p = person(extract("Canadian Deputy Minister of State for Fisheries, Oceans and Coast Guard Marie Tremblay met the delegation."),
        "Marie Tremblay");
    assertEquals("Deputy Minister of State for Fisheries, Oceans and Coast Guard", p.title());
    assertEquals("Canada", p.country());
  }

  @Test
  void aBodyNamedHeadLastBeforeTheTitleIsTheAgencyAndItsDemonymTheCountry() {
    DocumentRecord r = extract("The talks were attended by Brazilian Defence Ministry Secretary for Logistics Paulo Souza and officials.");
    Person p = person(r, "Paulo Souza");
    assertEquals("Secretary for Logistics", p.title());
    assertEquals("Defence Ministry", p.agency());
    assertEquals("Brazil", p.country());
  }

  @Test
  void oneBodyNameWithTwoCountriesIsTwoBodiesAndABareMentionIsTheOneNamedLast() {
    String text = "Officials of the Chilean Interior Ministry met officials of the Peruvian Interior Ministry in Lima. "
        + "The Interior Ministry will host the next round.";
    DocumentRecord r = extract(text);
    // two bodies of one name are each named with their country (apart by country)
    List<Agency> ministries = r.agencies().stream().filter(a -> a.name().endsWith("Interior Ministry")).toList();
    assertEquals(List.of("Chilean Interior Ministry", "Peruvian Interior Ministry"), ministries.stream().map(Agency::name).toList());
    assertEquals(List.of("Chile", "Peru"), ministries.stream().map(Agency::country).toList());
    int bare = text.indexOf("Interior Ministry will");
    assertTrue(ministries.get(1).mentions().stream().anyMatch(m -> m.start() == bare), "the bare mention is the Peruvian one, named last before it");
    assertTrue(ministries.get(0).mentions().stream().noneMatch(m -> m.start() == bare));
  }

  @Test
  void ministriesOfOnePortfolioOfTwoCountriesAreABodyOfEach() {
    String text = "Talks between the Ministries of Agriculture of Kenya and Uganda opened on Monday. The Kenyan delegation "
        + "was led by a director of the Agriculture Ministry.";
    DocumentRecord r = extract(text);
    List<Agency> ministries = r.agencies().stream().filter(a -> a.name().contains("Agriculture")).toList();
    assertEquals(List.of("Kenya", "Uganda"), ministries.stream().map(Agency::country).sorted().toList(), r.agencies().toString());
    int bare = text.indexOf("Agriculture Ministry");
    Agency kenyan = ministries.stream().filter(a -> a.country().equals("Kenya")).findFirst().orElseThrow();
    assertTrue(kenyan.mentions().stream().anyMatch(m -> m.start() == bare), "the sentence names the Kenyan side: " + ministries);
  }

  @Test
  void pairsOfDaysHalvesOfYearsAndMonthsOfRelativeYearsAreOneExpressionEach() {
    DocumentRecord r = extract("Thu, 14 Mar 2019\n\nThe envoys met on Monday and Tuesday. Talks began in April last year and "
        + "will conclude in the second half of 2019.");
    assertEquals(List.of("Thu, 14 Mar 2019", "Monday and Tuesday", "April last year", "the second half of 2019"),
        r.dates().stream().map(DateItem::text).toList());
  }

  @Test
  void aDatelineEndingInASpacedDashAndAnOpeningPhraseAreNoPartOfTheSubject() {
    DocumentRecord r = extract("GENEVA, 4 March 2014 - Norway and Chile pledged today to expand fisheries research. In addition, "
        + "Norway and Chile will fund a joint survey, and will publish its results.");
    List<Commitment> c = r.commitments();
    assertEquals(List.of("expand", "fund", "publish"), c.stream().map(Commitment::action).toList(), c.toString());
    c.forEach(x -> assertEquals("Norway and Chile", x.actor(), x.toString()));
  }

  @Test
  void aTitleStopsBeforeAKnownOfficeHoldersNameAndTheirBodyIsTheOneTheOfficeNames() {
    DocumentRecord r = extract("Australia was represented by Minister for Climate Change and Energy Chris Bowen and officials.",
        java.time.LocalDate.of(2023, 5, 2));
    Person bowen = person(r, "Chris Bowen");
    assertEquals("Minister for Climate Change and Energy", bowen.title());
    DocumentRecord coe = extract("Terry Davis met ministers in Strasbourg. The Council of Europe will publish a report.",
        java.time.LocalDate.of(2006, 3, 1));
    assertEquals("Council of Europe", person(coe, "Terry Davis").agency());
  }

  @Test
  void positionsOfABodyBeforeOrAfterTheNameAndOnePluralPositionForTwoNames() {
    DocumentRecord a = extract("\"We are ready,\" said the Secretary-General of the World Meteorological Organization (WMO), Petteri Taalas, on Monday.");
    Person taalas = person(a, "Petteri Taalas");
    assertEquals("Secretary-General", taalas.title());
    assertEquals("World Meteorological Organization", taalas.agency());
    DocumentRecord b = extract("The forum was opened by Maria Lopez, the World Food Programme's (WFP) Regional Director, in Panama.");
    assertEquals("Regional Director", person(b, "Maria Lopez").title());
    DocumentRecord c = extract("The summit in Lisbon was chaired by Premiers Antonio Costa and Pedro Sanchez on Friday.");
    assertEquals("Premier", person(c, "Antonio Costa").title());
    assertEquals("Premier", person(c, "Pedro Sanchez").title());
  }

  @Test
  void theMeetingOfAGroupingHasOnlyTheMembersNamedAndObserversDoNotSpeakForTheStatement() {
    DocumentRecord r = extract("Brazil and Argentina will attend the next Quad Leaders' Summit as observers. Both countries will "
        + "send trade delegations.");
    assertTrue(group(r, "Quad Leaders' Summit").members().isEmpty(), "no member of the grouping is named; observers are no members");
    List<Commitment> send = r.commitments().stream().filter(c -> c.action().equals("send")).toList();
    assertEquals(1, send.size(), r.commitments().toString());
    assertEquals("Brazil and Argentina", send.get(0).actor());
  }

  @Test
  void aCouncilOfMinistersNeedsNoNamedPartiesAndAnEditionOfAHeadFirstBodyIsFound() {
    DocumentRecord r = extract("The Andean Foreign Ministers Council met in Quito. Delegates prepared the 12th Summit of Heads of "
        + "Government of the Sahel States, to be held in Lima.");
    assertEquals("council", group(r, "Andean Foreign Ministers Council").kind());
    assertEquals("meeting", group(r, "Summit of Heads of Government of the Sahel States").kind());
  }

  @Test
  void aKnownBodysNameAfterAnotherCountrysDemonymIsThatCountrysBody() {
    DocumentRecord r = extract("Experts from the Kenyan Centers for Disease Control and Prevention joined the survey.");
    Agency cdc = r.agencies().stream().filter(a -> a.name().equals("Centers for Disease Control and Prevention")).findFirst().orElseThrow();
    assertEquals("Kenya", cdc.country());
  }

  @Test
  void foreignMinistriesOfTwoCountriesAreAForeignMinistryOfEach() {
    DocumentRecord r = extract("Consultations between the Interior Ministries of Ghana and Togo were held in Accra.");
    List<Agency> ministries = r.agencies().stream().filter(a -> a.name().equals("Interior Ministry")).toList();
    assertEquals(List.of("Ghana", "Togo"), ministries.stream().map(Agency::country).sorted().toList(), r.agencies().toString());
  }

  @Test
  void aCountryModifyingAnotherNounIsNoActingParty() {
    DocumentRecord r = extract("The EU plan will give farmers better prices. The EU will also open two laboratories.");
    assertEquals(List.of("open"), r.commitments().stream().map(Commitment::action).toList(), r.commitments().toString());
  }

  @Test
  void actorsItAfterTheBodyThatSaidItABodyBeforeAPluralNounAndNoLeadingPreposition() {
    DocumentRecord r = extract("The Ministry of Agriculture of Ghana said it will train two hundred inspectors. "
        + "WTO member governments agreed to cut farm subsidies, with the ministers pledging to meet again in May.");
    assertEquals("Ministry of Agriculture of Ghana", commitments(r, "train").get(0).actor());
    assertEquals("WTO member governments", commitments(r, "cut").get(0).actor());
    assertEquals("the ministers", commitments(r, "meet").get(0).actor());
  }

  @Test
  void aCapitalTheTaggerTookForAPersonIsNoPerson() {
    DocumentRecord r = extract("Abu Dhabi: The Health Ministers of Oman and Kuwait agreed to share vaccine stocks.");
    assertTrue(r.people().stream().noneMatch(p -> p.name().equals("Abu Dhabi")), r.people().toString());
  }

  @Test
  void aNewsAgencyTheTaggerTookForAPersonIsNoPerson() {
    DocumentRecord r = extract("The consultations were held in Astana on Monday. The talks went well, Kazinform reports.");
    assertTrue(r.people().stream().noneMatch(p -> p.name().equals("Kazinform")), r.people().toString());
  }

  @Test
  void aContinentAfterATitleBelongsToTheTitleNotToTheName() {
    DocumentRecord r = extract("Austrian Minister of State for Europe Karl Huber attended the meeting in Vienna.");
    Person p = person(r, "Karl Huber");
    assertEquals("Minister of State for Europe", p.title());
    assertEquals("Austria", p.country());
  }

  @Test
  void aBodyOfAnIntergovernmentalOrganisationsMembersIsAGroup() {
    DocumentRecord r = extract("The Permanent Council of the Organization of American States met in Washington on Monday.");
    assertEquals("council", group(r, "Permanent Council of the Organization of American States").kind());
    agency(r, "Organization of American States");
  }

  @Test
  void appositionsEndingInADateOrAnotherByAndCountriesWrittenAsRepublicsAndLowerCasePositionsInNewsCopy() {
    DocumentRecord a = extract("The forum was opened by Maria Silva, President of the European Commission on 3 May and by Mr. John Doe.");
    assertEquals("President", person(a, "Maria Silva").title());
    DocumentRecord b = extract("The statement was read by Jan Novak, Minister of Agriculture from the Czech Republic.");
    assertEquals("Czech Republic", person(b, "Jan Novak").country());
    DocumentRecord c = extract("The agreement was signed by Brazilian vice-president Paulo Ramos in Brasilia.");
    Person ramos = person(c, "Paulo Ramos");
    assertEquals("vice-president", ramos.title());
    assertEquals("Brazil", ramos.country());
  }

  @Test
  void itAfterASentenceWhoseSubjectIsNoPartyIsNoPartyEvenWithAGroupNamedBefore() {
    DocumentRecord r = extract("The Joint Fisheries Committee met in Oslo on Monday. The new quota plan was presented to the "
        + "delegates. It will also make fishing more sustainable.");
    assertTrue(r.commitments().stream().noneMatch(c -> c.action().equals("make")), r.commitments().toString());
  }

  @Test
  void aVerbCoordinatedAfterAPronounSubjectSharesThatSubject() {
    DocumentRecord r = extract("\"This is why we discussed border security and agreed to open two new crossings,\" the Kenyan "
        + "Minister of Interior said after talks with Tanzania.");
    List<Commitment> open = commitments(r, "open");
    assertEquals(1, open.size(), r.commitments().toString());
  }

  @Test
  void aCoordinatedVerbTaggedAsANounBeforeAProperNounIsAVerb() {
    DocumentRecord r = extract("Norway will fund new research vessels, and support Namibia's fisheries inspection service.");
    assertEquals(List.of("fund", "support"), r.commitments().stream().map(Commitment::action).toList(), r.commitments().toString());
  }

  @Test
  void aCommitmentNamedByANounBelongsToItsPossessorOrItsOfPhrase() {
    DocumentRecord r = extract("The ministers of Ghana and Togo met in Accra. The statement stressed the Alliance's intention to expand "
        + "patrols. It welcomed the commitment of Nigeria and Benin to open a joint border post. They noted their agreement to hold "
        + "quarterly meetings.");
    assertEquals("Alliance", commitments(r, "expand").get(0).actor());
    assertEquals("Nigeria and Benin", commitments(r, "open").get(0).actor());
    assertEquals("Ghana and Togo", commitments(r, "hold").get(0).actor());
  }

  @Test
  void aNumberedParagraphWithoutASubjectIsTheStatementsParties() {
    DocumentRecord r = extract("Joint Communique of the Presidents of Peru and Bolivia\n\nThe Presidents:\n\n"
        + "1. Welcomed the progress of the border plan, and reiterated their commitment to build a new bridge.");
    assertEquals("Peru and Bolivia", commitments(r, "build").get(0).actor(), r.commitments().toString());
  }

  @Test
  void theMinistersAreTheirFullerMentionBeforeOrThePeopleWithThatOffice() {
    DocumentRecord a = extract("The foreign ministers of Chile, Peru and Ecuador met in Lima with the Secretary General of the OAS. "
        + "The ministers agreed to open a regional office.");
    assertEquals("Chile, Peru and Ecuador", commitments(a, "open").get(0).actor());
    DocumentRecord b = extract("EU and African leaders met in Valletta on migration. The leaders agreed to launch a trust fund.");
    assertEquals("EU and African leaders", commitments(b, "launch").get(0).actor());
    DocumentRecord c = extract("Norway's Minister of Foreign Affairs Anniken Huitfeldt spoke with Mexico's Minister of Foreign Affairs "
        + "Marcelo Ebrard about Chile and Peru. The ministers agreed to meet again in May.");
    assertEquals("Norway and Mexico", commitments(c, "meet").get(0).actor());
    DocumentRecord d = extract("The Arab foreign ministers will hold their meeting in Cairo.");
    assertEquals("The Arab foreign ministers", commitments(d, "hold").get(0).actor(), "whose they are is written: as written");
  }

  @Test
  void isoDatesUpperCaseMonthAbbreviationsAndYearRangesWithTo() {
    DocumentRecord r = extract("JAN. 21, 2020\n\nThe plan runs from 2026 to 2035. During September the board met. Report 2023-02-09.");
    assertEquals("2020-01-21", date(r, "JAN. 21, 2020").value());
    assertEquals("2026/2035", date(r, "2026 to 2035").value());
    assertNotNull(date(r, "September"));
    assertEquals("2023-02-09", date(r, "2023-02-09").value());
  }

  @Test
  void anAcronymTheStatementSpellsOutAsAnotherNameIsNotTheKnownBody() {
    DocumentRecord r = extract("The ministers met at the ASEAN Tourism Forum 2004 (ATF 2004) in Vientiane.");
    assertTrue(r.agencies().stream().noneMatch(a -> a.name().contains("Alcohol")), r.agencies().toString());
    DocumentRecord k = extract("Agents of the ATF joined the raid in Texas.");
    assertEquals("United States", agency(k, "ATF").country(), "the acronym alone is the known body: " + k.agencies());
  }

  @Test
  void aKnownBodyIsNamedAsTheTextWritesItAndItsOfficialsAgencyToo() {
    // the contract: an agency's name is the most formal full name the text uses
    DocumentRecord r = extract("NASA's Associate Administrator for Space Operations, Kathryn Lueders, signed the plan in Houston.");
    assertEquals("NASA", agency(r, "NASA").name());
    assertTrue(agency(r, "NASA").aliases().isEmpty(), "the gazetteer's full name is not written: no alias");
    assertEquals("NASA", person(r, "Kathryn Lueders").agency());
    assertEquals("United States", person(r, "Kathryn Lueders").country());
    DocumentRecord both = extract("The National Aeronautics and Space Administration (NASA) said NASA will launch the probe.");
    assertEquals(List.of("NASA"), agency(both, "National Aeronautics and Space Administration").aliases());
  }

  @Test
  void aPortfolioListAfterATitleEndsWithTheCountry() {
    DocumentRecord r = extract("Lee Sang-min, Minister of Science, Technology and Innovation of Korea led the meeting.");
    assertEquals("South Korea", person(r, "Lee Sang-min").country());
  }

  @Test
  void theLongerFormARuleFoundAroundAKnownBodyIsThatBody() {
    DocumentRecord r = extract("The statement was issued by the Department of Treasury in Washington.");
    assertEquals("Department of Treasury", agency(r, "Department of Treasury").name());
    assertEquals("United States", agency(r, "Department of Treasury").country());
    assertEquals(1, r.agencies().size(), r.agencies().toString());
  }

  @Test
  void aDatelinePlaceAndAStormAreNoPeople() {
    DocumentRecord r = extract("Kraków, March 3, 2004\nThe ministers met after hurricanes Irma and Maria hit the islands.");
    assertTrue(r.people().isEmpty(), r.people().toString());
  }

  @Test
  void anOfficeHoldersNameTheTaggerCutIsWholeAndTheRegistrysOtherNameIsTheSamePerson() {
    DocumentRecord a = extract("The treaty was signed by Singapore's Minister for Trade and Industry, Chan Chun Sing.");
    assertEquals(List.of("Chan Chun Sing"), a.people().stream().map(Person::name).toList());
    DocumentRecord b = extract("President Erdogan and Crown Prince Mohammed bin Salman (MBS) reviewed the relations.");
    assertEquals(1, b.people().stream().filter(p -> p.name().contains("Salman") || p.name().equals("MBS")).count(), b.people().toString());
    assertTrue(person(b, "Mohammed bin Salman").aliases().contains("MBS"), b.people().toString());
  }

  @Test
  void aGroupsTopicGoesOnAfterAPossessiveAndAPluralPossessiveIsTheSameName() {
    DocumentRecord r = extract("Members of the Working Party on Kazakhstan's accession will meet in Geneva.");
    assertEquals("Working Party on Kazakhstan's accession", r.groups().get(0).name(), r.groups().toString());
    DocumentRecord s = extract("The 3rd Trilateral Energy Ministers' Meeting was held in Seoul. The 4th Trilateral Energy Ministers Meeting "
        + "will be hosted by Japan.");
    assertEquals(1, s.groups().size(), s.groups().toString());
  }

  @Test
  void theyAfterASentenceWhoseSubjectNamesTwoPeopleIsThoseTwo() {
    DocumentRecord r = extract("Mr Tanaka and Mr Okafor discussed the fishing season on Monday. They agreed to work closely, "
        + "put together joint patrols and continue regular contacts.");
    assertEquals(List.of("work", "put", "continue"), r.commitments().stream().map(Commitment::action).toList(), r.commitments().toString());
    assertTrue(r.commitments().stream().allMatch(c -> c.actor().equals("Tanaka and Okafor")), r.commitments().toString());
  }

  @Test
  void anOfficeHoldersSurnameAloneGivesTheirCountryWhenTheRegistryHasOnePersonOfThatName() {
    DocumentRecord r = extract("Mr Medvedev spoke with the Chancellor on Tuesday.", java.time.LocalDate.of(2009, 1, 10));
    assertEquals("Russia", person(r, "Medvedev").country());
  }

  @Test
  void commissiveVerbsAndNounsNamesWithTopicsAndHonorifics() {
    DocumentRecord r = extract("The ministers met on Saturday, vowing to deepen financial cooperation. We expressed our commitment to "
        + "continued close engagement. The task force will look to advance its work, and the two sides will endeavour to conclude "
        + "a treaty by the end of this month.", java.time.LocalDate.of(2012, 5, 3));
    assertEquals(List.of("deepen", "continue", "advance", "conclude"), r.commitments().stream().map(Commitment::action).toList(),
        r.commitments().toString());
    assertEquals("2012-05", date(r, "the end of this month").value());
    DocumentRecord g = extract("Ministers prepared the Vienna International Conference on Ensuring Safe Water Supplies to Rural Communities.");
    assertEquals("Vienna International Conference on Ensuring Safe Water Supplies to Rural Communities", g.groups().get(0).name());
    DocumentRecord p = extract("The Director-General of the South African Department of Science and Technology (DST), Dr Thabo Mokoena, "
        + "opened the meeting.");
    assertEquals("South Africa", person(p, "Thabo Mokoena").country());
    assertEquals("Department of Science and Technology", person(p, "Thabo Mokoena").agency());
    DocumentRecord h = extract("The visit of the Prime Minister of the Independent State of Papua New Guinea His Excellency Rt. Hon. "
        + "Peter O'Neill was welcomed.");
    assertTrue(h.people().stream().noneMatch(x -> x.name().contains("Excellency") || x.name().equals("Rt")), h.people().toString());
  }

  @Test
  void aBodysNameOpeningATreatysNameAndACabinetSecretaryAreNoBodies() {
    DocumentRecord r = extract("Mexico submitted its contribution to the UN Framework Convention on Climate Change on Friday. "
        + "Foreign Affairs Cabinet Secretary Amb. Raychelle Omamo welcomed it.");
    assertTrue(r.agencies().isEmpty(), r.agencies().toString());
    assertEquals(null, person(r, "Raychelle Omamo").agency());
  }

  @Test
  void aTitleSaysWhoseOfficeItIsOnlyWhenTheStatementNamesThatCountry() {
    DocumentRecord spain = extract("Morocco and Spain met in Rabat. The meeting was attended by Rafael Ruiz, Secretary of State for Security.");
    assertEquals(null, person(spain, "Rafael Ruiz").country());
    DocumentRecord uk = extract("The UK and France met in Paris. The meeting was attended by Jane Hill, Secretary of State for Defence.");
    assertEquals("United Kingdom", person(uk, "Jane Hill").country());
    DocumentRecord end = extract("The issues must be resolved before end of December 2021, the ministers said.");
    assertEquals("2021-12", date(end, "end of December 2021").value());
  }

  @Test
  void namesListedAfterAPluralTitleHoldItWithTheCountryBesideThem() {
    DocumentRecord a = extract("The Presidents of the Andean Community, Gustavo Petro, of the Republic of Colombia; Daniel Noboa, of the "
        + "Republic of Ecuador, and Luis Arce, of the Plurinational State of Bolivia, met in Lima.");
    assertEquals("President", person(a, "Gustavo Petro").title());
    assertEquals("Colombia", person(a, "Gustavo Petro").country());
    assertEquals("President", person(a, "Luis Arce").title());
    DocumentRecord b = extract("At the end of their meeting yesterday, the presidents of Chile, Gabriel Boric, and Peru, Dina Boluarte, "
        + "agreed to expand trade.");
    assertEquals("President", person(b, "Dina Boluarte").title());
    assertEquals("Peru", person(b, "Dina Boluarte").country());
  }

  @Test
  void aTitleMayEndInAParentheticalAndTheBodyMayBeAnAcronymTheStatementDefined() {
    DocumentRecord r = extract("The Economic Commission for Africa (ECA) signed the plan. It was signed by Maria Costa, Deputy Executive "
        + "Secretary (Programme Support) of the ECA, and by others.");
    assertEquals("Deputy Executive Secretary (Programme Support)", person(r, "Maria Costa").title());
    assertEquals("Economic Commission for Africa", person(r, "Maria Costa").agency());
  }

  @Test
  void aSecretaryOfAPortfolioServesTheDepartmentOfItThatTheStatementNames() {
    DocumentRecord r = extract("The talks were held at the Department of Energy. Secretary of Energy Jennifer Granholm led the U.S. side.");
    assertEquals("Department of Energy", person(r, "Jennifer Granholm").agency());
    DocumentRecord none = extract("Secretary of Energy Jennifer Granholm led the U.S. side in the talks.");
    assertEquals(null, person(none, "Jennifer Granholm").agency(), "no department named: none given");
  }

  @Test
  void anIntergovernmentalMemberIsNamedByItsFullNameAsTheFirstStatementsGoldNamesTheGcc() {
    DocumentRecord r = extract("The NATO-Georgia Commission met in Brussels on Monday.");
    assertEquals(List.of("North Atlantic Treaty Organization", "Georgia"), group(r, "NATO-Georgia Commission").members());
  }

  @Test
  void impersonalPassivesCopularCommitmentsAndParagraphsOpeningWithTheirVerb() {
    DocumentRecord r = extract("Ghana and Togo held their joint commission in Accra. Further it was agreed to set up a border committee.");
    assertEquals("Ghana and Togo", commitments(r, "set").get(0).actor(), r.commitments().toString());
    DocumentRecord c = extract("We, the ministers, met in Lima. Our commitment is to strengthen regional cooperation.");
    assertEquals(1, commitments(c, "strengthen").size(), c.commitments().toString());
    DocumentRecord d = extract("Joint Statement of India and Nepal\n\nThe two sides:\n\nCommitted to open two new border posts,\n\n"
        + "Agreed to hold talks on water.");
    assertEquals("India and Nepal", commitments(d, "open").get(0).actor(), d.commitments().toString());
  }

  @Test
  void aBodyTakesTheCountryNamedRightAfterIt() {
    DocumentRecord r = extract("The United States and the Planning Commission of India signed the plan. Talks were held at the Ministry "
        + "of Land and Transport (MOLT) in Seoul, Korea.");
    assertEquals("India", agency(r, "Planning Commission").country());
    assertEquals("South Korea", agency(r, "Ministry of Land and Transport").country());
  }

  @Test
  void aMeetingOfAKnownGroupingInLowerCaseIsTheGrouping() {
    DocumentRecord r = extract("The leaders discussed the next G-20 meeting in London.");
    assertEquals(List.of("G-20"), r.groups().stream().map(Group::name).toList(), r.groups().toString());
  }

  @Test
  void aGroupingWrittenWithAPlusNumberIsFoundAsTheTokenizerSplitsIt() {
    DocumentRecord r = extract("The finance ministers of ASEAN as well as China, Japan and South Korea (ASEAN+3) met in Kyoto.");
    assertTrue(r.groups().stream().anyMatch(g -> g.aliases().contains("ASEAN+3") || g.name().equals("ASEAN+3")), r.groups().toString());
  }

  @Test
  void anAcronymOpeningANamedConferenceAfterItsOrdinalIsNoMentionOfTheBodyAndTheArcticCouncilIsAGroup() {
    DocumentRecord r = extract("They prepared the 26th UN Climate Change Conference in Glasgow and agreed to boost cooperation at the "
        + "Arctic Council.");
    assertTrue(r.agencies().isEmpty(), r.agencies().toString());
    assertEquals("council", group(r, "Arctic Council").kind());
  }

  @Test
  void aBodysPossessiveBeforeAnotherBodyIsTwoBodiesButAnOfficesPossessiveIsOne() {
    DocumentRecord r = extract("The Chilean delegation was made up of officials from the Interior Secretariat's National Migration Institute.");
    assertEquals(List.of("Interior Secretariat", "National Migration Institute"),
        r.agencies().stream().map(Agency::name).sorted().toList(), r.agencies().toString());
    DocumentRecord one = extract("Officials of the Prime Minister's Office of Laos attended the talks.");
    assertTrue(one.agencies().stream().anyMatch(a -> a.name().equals("Prime Minister's Office")), one.agencies().toString());
  }

  @Test
  void aShortFormOfAPartyChainsGroupWithFewerWordsIsThatGroup() {
    DocumentRecord r = extract("The seventh meeting of the Kenya - Japan Joint Science and Technology Cooperation Committee was held in "
        + "Nairobi. The Kenya – Japan Science and Technology Committee agreed to fund new laboratories.");
    assertEquals(1, r.groups().size(), r.groups().toString());
    DocumentRecord two = extract("The Kenya-Japan Energy Committee and the Kenya-Japan Trade Committee met in Nairobi.");
    assertEquals(2, two.groups().size(), "other words: other groups " + two.groups());
  }

  @Test
  void eachDelegationTakesTheCountryOfTheNearestDelegationThatItsHeadLeads() {
    DocumentRecord r = extract("The Ghanaian delegation was led by the Minister of Trade, Hon. Kwame Asante, while the Togolese "
        + "delegation was led by the Minister of Commerce, Hon. Koffi Agbeko.");
    assertEquals("Ghana", person(r, "Kwame Asante").country());
    assertEquals("Togo", person(r, "Koffi Agbeko").country());
  }

  @Test
  void aTitleMayOpenWithHighCabinetOrFederal() {
    assertEquals("High Representative", person(extract("High Representative Josep Borrell chaired the meeting."), "Josep Borrell").title());
    assertEquals("Cabinet Secretary for Trade", person(extract("The talks were opened by the Cabinet Secretary for Trade, "
        + "Ms. Wanjiru Kamau, in Nairobi."), "Wanjiru Kamau").title());
    assertEquals("Federal Minister for Economic Affairs", person(extract("Federal Minister for Economic Affairs Klaus Berger "
        + "signed the declaration."), "Klaus Berger").title());
  }

  @Test
  void aSubjectJoiningACountryAndABodyActsForBothAsTheTextNamesThem() {
    DocumentRecord r = extract("Brazil and the IAEA will strengthen their cooperation on nuclear safety.");
    assertEquals("Brazil and IAEA", commitments(r, "strengthen").get(0).actor());
    DocumentRecord one = extract("Brazil and UN nuclear experts will strengthen their cooperation on nuclear safety.");
    assertEquals("Brazil", commitments(one, "strengthen").get(0).actor(), "a body's name before another noun is no party of its own");
  }

  @Test
  void theConfigurationsOfTheCouncilOfTheEuropeanUnionAreCouncilsAndEftaIsABody() {
    DocumentRecord r = extract("The Economic and Financial Affairs Council met in Brussels with ministers of the European Free Trade "
        + "Association (EFTA).");
    assertEquals("council", group(r, "Economic and Financial Affairs Council").kind());
    assertEquals(null, agency(r, "European Free Trade Association").country());
  }

  @Test
  void wouldInAReportIsACommitmentOfAPartyButNotAWishOrAPrediction() {
    DocumentRecord r = extract("The ministers said that the trade ministries of both countries would establish a joint task force. "
        + "Mexico would welcome more investment. The new railway would reduce costs for exporters.");
    assertEquals(List.of("establish"), r.commitments().stream().map(Commitment::action).toList(), r.commitments().toString());
  }

  @Test
  void aCountrysPossessiveGivesTheCountryOfTheNamesItOpensUpToASemicolon() {
    DocumentRecord r = extract("Attending were Fiji's Minister of Lands Ratu Inoke Tuilau, and Minister of Finance Jone Naidu; and "
        + "Tonga's Trade Minister Sione Fifita, and Associate Health Minister Mele Taufa. The accord was signed by Kenya's John "
        + "Kamau Mwangi.");
    assertEquals("Fiji", person(r, "Jone Naidu").country());
    assertEquals("Tonga", person(r, "Mele Taufa").country());
    assertEquals("Associate Health Minister", person(r, "Mele Taufa").title());
    assertEquals("Kenya", person(r, "John Kamau Mwangi").country());
  }

  @Test
  void aTitleOfAKnownBodyBeforeItsAcronymAndTheName() {
    Person p = person(extract("The communique was presented by the Secretary General of the East African Community (EAC) Liberat "
        + "Mfumukeko in Arusha."), "Liberat Mfumukeko");
    assertEquals("Secretary General", p.title());
    assertEquals("East African Community", p.agency());
  }

  @Test
  void aGroupNameStopsBeforeTheWordsOfTheDocumentAndItsCapitalisedBackReferenceIsThatGroup() {
    DocumentRecord r = extract("Kenya - Japan Joint Working Group on Marine Science Cooperation Joint Statement\n\nThe Joint Working Group "
        + "held its inaugural meeting in Mombasa.");
    assertEquals(List.of("Kenya - Japan Joint Working Group on Marine Science Cooperation"), r.groups().stream().map(Group::name).toList(),
        r.groups().toString());
  }

  @Test
  void aStandingGroupingIsNoShortFormOfItsSummitAndItsMinistersMeetingIsAGroup() {
    DocumentRecord r = extract("BRICS countries met in Geneva. Following the Fourth BRICS Summit, the Second BRICS Health Ministers meeting "
        + "will be hosted by India.");
    assertEquals("forum", group(r, "BRICS").kind());
    assertEquals("meeting", group(r, "BRICS Summit").kind());
    assertEquals("meeting", group(r, "BRICS Health Ministers meeting").kind());
  }

  @Test
  void aListRunningIntoAStandingGroupingIsNoGroupOfItsOwn() {
    DocumentRecord r = extract("They discussed cooperation at the Organization for Security and Co-operation in Europe (OSCE) and ASEAN "
        + "Regional Forum.");
    assertEquals(List.of("ASEAN Regional Forum"), r.groups().stream().map(Group::name).toList(), r.groups().toString());
  }

  @Test
  void aFuturePassiveWithAByAgentIsTheAgentsCommitment() {
    DocumentRecord r = extract("The third ministerial meeting will be hosted by Ghana in May 2026. The task force will be chaired by "
        + "Minister Kwame Asante.");
    List<Commitment> host = commitments(r, "host");
    assertEquals(1, host.size(), r.commitments().toString());
    assertEquals("Ghana", host.get(0).actor());
    assertTrue(host.get(0).text().startsWith("The third ministerial meeting will be hosted"), host.get(0).text());
    assertTrue(commitments(r, "chair").isEmpty(), "who presides is composition, no commitment");
  }

  @Test
  void capitalsAsASubjectActForTheirCountries() {
    DocumentRecord r = extract("Moscow and Islamabad agreed to expand cooperation in countering terrorism. Beijing will host the next round.");
    assertEquals("Russia and Pakistan", commitments(r, "expand").get(0).actor());
    assertEquals("China", commitments(r, "host").get(0).actor());
  }

  @Test
  void aPluralPortfolioOfSeveralGovernmentsIsNoBodyAndFieldPresencesAndEmbassiesKeepTheirPlace() {
    DocumentRecord r = extract("The Presidents instructed their respective Ministries of Foreign Affairs to appoint envoys.");
    assertTrue(r.agencies().isEmpty(), r.agencies().toString());
    DocumentRecord posted = extract("The course was organized by the OSCE Centre in Bishkek and the Embassy of Afghanistan in Kyrgyzstan.");
    assertEquals(null, agency(posted, "OSCE Centre in Bishkek").country());
    assertEquals("Afghanistan", agency(posted, "Embassy of Afghanistan in Kyrgyzstan").country());
  }

  @Test
  void inATwoPartyStatementAnOfficialJoinedToTheOtherPartysServesTheFirst() {
    DocumentRecord r = extract("The fifth meeting of the Ghana-Togo Joint Commission was held in Accra. Minister of Trade Kwame Asante "
        + "and Togo's Minister of Commerce Koffi Agbeko co-chaired the meeting.");
    assertEquals("Ghana", person(r, "Kwame Asante").country());
    assertEquals("Togo", person(r, "Koffi Agbeko").country());
  }

  @Test
  void aStandingGroupingsMembersAreThoseTheStatementNamesAndArmedGroupsAreNoPeople() {
    DocumentRecord r = extract("The Nordic Defence Cooperation (NORDEFCO) ministers met under the Danish chairmanship to discuss the "
        + "fight against Boko Haram.");
    assertEquals(List.of("Denmark"), group(r, "Nordic Defence Cooperation").members());
    assertTrue(r.people().isEmpty(), r.people().toString());
  }

  @Test
  void boardsAndDivisionsAreBodiesButOrgansAndNewsAgenciesAreNot() {
    DocumentRecord r = extract("The Kenya Water Resources Board and the Cyber Diplomacy Division briefed the Governing Board, the Kenya "
        + "News Agency reported.");
    assertEquals(List.of("Cyber Diplomacy Division", "Water Resources Board"), r.agencies().stream().map(Agency::name).sorted().toList(),
        r.agencies().toString());
  }

  @Test
  void aBodyNamedByTheGovernmentItBelongsToAfterOfKeepsItsPossessiveCountryName() {
    DocumentRecord r = extract("The programme was signed by the Ministry of Culture of the People's Republic of China.");
    assertEquals("China", agency(r, "Ministry of Culture of the People's Republic of China").country());
  }

  @Test
  void aGroupNamedByTheHeadAndThePartiesItJoinsKeepsItsShortName() {
    DocumentRecord r = extract("The Cooperation Council between the European Union and Uzbekistan met in Brussels. The Cooperation Council "
        + "will meet again next year.");
    Group g = group(r, "Cooperation Council between the European Union and Uzbekistan");
    assertEquals(List.of("European Union", "Uzbekistan"), g.members());
    assertTrue(g.aliases().contains("Cooperation Council"), g.toString());
    assertEquals(1, r.groups().size(), r.groups().toString());
  }

  @Test
  void aLeadersAdministrationIsNeitherBodyNorPersonAndCoChairsFromACountryServeIt() {
    DocumentRecord r = extract("\"This advances the Obama Administration's goals,\" Lopes said. The co-chairs from Mexico, Sergio Alcocer, "
        + "Undersecretary for North America; and from Canada, David Morrison, Deputy Minister for the Americas, met.");
    assertTrue(r.agencies().isEmpty(), r.agencies().toString());
    assertTrue(r.people().stream().noneMatch(p -> p.name().equals("Obama")), r.people().toString());
    assertEquals("Mexico", person(r, "Sergio Alcocer").country());
    assertEquals("Canada", person(r, "David Morrison").country());
  }

  @Test
  void aFiniteShareWithItsDeterminerStatesACommitmentButTheAdjectiveDoesNot() {
    DocumentRecord r = extract("Both sides shared the determination to continue reinforcing their cooperation. The group met to advance "
        + "cooperation in line with the two countries' shared commitment to building an open internet.");
    assertEquals(List.of("reinforce"), r.commitments().stream().map(Commitment::action).toList(), r.commitments().toString());
  }

  @Test
  void aFrontedPhraseWithoutItsCommaIsNoPartOfTheSubject() {
    DocumentRecord r = extract("Ministers of Ghana and Togo met in Accra. To this end the Ministers intend to establish a joint border committee.");
    List<Commitment> establish = commitments(r, "establish");
    assertEquals(1, establish.size(), r.commitments().toString());
    assertEquals("Ghana and Togo", establish.get(0).actor());
  }

  @Test
  void aPledgeToRefrainIsACommitmentButANegatedPredictionIsNot() {
    DocumentRecord r = extract("The Government of Peru will not tolerate illegal mining on its border. Globalization will not widen the gap.");
    assertEquals(List.of("tolerate"), r.commitments().stream().map(Commitment::action).toList(), r.commitments().toString());
    assertEquals("Peru", r.commitments().get(0).actor());
  }

  @Test
  void aCooperationCouncilIsOfSeveralPartiesWithoutNamingThem() {
    DocumentRecord r = extract("The Ministers said the High Level Cooperation Council established between the two countries plays a leading role.");
    assertEquals("council", group(r, "High Level Cooperation Council").kind());
  }

  @Test
  void aLowerCaseTitleWithItsPortfolioAsNewsCopyWritesIt() {
    DocumentRecord r = extract("Kenyan trade minister Moses Kuria welcomed the deal, foreign ministry spokesperson Jane Mwangi said. Nepal's "
        + "energy secretary Gopal Sigdel signed it.");
    Person kuria = person(r, "Moses Kuria");
    assertEquals("trade minister", kuria.title());
    assertEquals("Kenya", kuria.country());
    assertEquals("foreign ministry spokesperson", person(r, "Jane Mwangi").title());
    assertEquals("energy secretary", person(r, "Gopal Sigdel").title());
  }

  @Test
  void numberedParagraphsTwoOfficialsWorkTogetherAndACountrysEmbassy() {
    DocumentRecord r = extract("1. Ghana and Togo held the Joint Commission in Accra.\n\n2. The Ministers agreed to expedite the border talks.\n\n"
        + "3. Both sides committed to work together on customs. The two officials agreed to meet again. The Ghanaian Embassy will "
        + "host a trade fair.");
    assertEquals("Ghana and Togo", commitments(r, "expedite").get(0).actor());
    assertEquals("Ghana and Togo", commitments(r, "work").get(0).actor());
    assertEquals("Ghana and Togo", commitments(r, "meet").get(0).actor());
    assertEquals("Ghana", agency(r, "Embassy").country());
    assertEquals(1, commitments(r, "host").size(), r.commitments().toString());
  }

  @Test
  void agreedOnADayToAQuotedVerbAndAPlannedActionOfAParty() {
    DocumentRecord r = extract("Ghana and Togo agreed on Tuesday to establish a joint committee. The two countries also agreed to \u201cexplore "
        + "new areas of trade\u201d. Both countries are to sign a memorandum next month. The aim is to boost trade. They agreed on the "
        + "need to raise awareness.");
    assertEquals(List.of("establish", "explore", "sign"), r.commitments().stream().map(Commitment::action).toList(), r.commitments().toString());
  }

  @Test
  void aMinisterialLevelIsNoMeetingAndACounterpartInApposition() {
    DocumentRecord r = extract("Nepal and Mongolia agreed to establish a joint commission at the Foreign Ministerial level. Foreign Minister "
        + "Chakra Prasad Bastola and his Mongolian counterpart, Luvsan Erdenechuluun, signed the protocol.");
    assertTrue(r.groups().stream().noneMatch(g -> g.name().contains("Ministerial")), r.groups().toString());
    assertEquals("Nepal", person(r, "Chakra Prasad Bastola").country());
  }

  @Test
  void aGazetteerBodysPossessiveOpensABodyOfItsOwnAndNotOnlyIsNoRefusal() {
    DocumentRecord r = extract("USDA's Foreign Agricultural Service will provide Jordan with wheat. U.S. commodities will not only feed people "
        + "but enhance trade.");
    assertTrue(r.agencies().stream().anyMatch(a -> a.name().equals("Foreign Agricultural Service")), r.agencies().toString());
    assertEquals(List.of("provide"), r.commitments().stream().map(Commitment::action).toList(), r.commitments().toString());
  }

  @Test
  void aSecondNameOfItsOwnPartiesAfterATopicAndAnAcronymBeforeBetween() {
    DocumentRecord r = extract("Ministers prepared for the 3rd ASEAN-Japan Ministerial Meeting on Transport and the EU-Africa Business Forum. "
        + "The 5th Session of the Joint Ministerial Commission (JMC) between Nigeria and Ghana opened in Abuja.");
    group(r, "ASEAN-Japan Ministerial Meeting on Transport");
    group(r, "EU-Africa Business Forum");
    Group jmc = group(r, "Joint Ministerial Commission between Nigeria and Ghana");
    assertEquals(List.of("Nigeria", "Ghana"), jmc.members());
    assertTrue(jmc.aliases().contains("JMC"), jmc.toString());
  }

  @Test
  void thePartOfACommissionIsASideThatItsChairLeads() {
    DocumentRecord r = extract("The Russian part of the Commission was chaired by Deputy Prime Minister Ivan Petrov and the Turkmen part by "
        + "Deputy Chairman Batyr Amanov.");
    assertEquals("Russia", person(r, "Ivan Petrov").country());
  }

  @Test
  void aServiceInsideABodysNameAndBetweenNamesCountriesNotDemonyms() {
    DocumentRecord r = extract("The memorandum was signed with the Institute of Foreign Service of Iraq. The 4th Annual Consultation between Thai "
        + "and Malaysian Prime Ministers was held.");
    assertEquals("Iraq", agency(r, "Institute of Foreign Service of Iraq").country());
    assertTrue(r.groups().stream().noneMatch(g -> g.name().contains("between")), r.groups().toString());
  }

  @Test
  void aKnownBodyWithItsOwnersAcronymInsideIsNoGroupAndATopicGoesOnOffTheCoast() {
    DocumentRecord r = extract("The World Health Organization and the African Union (AU) Commission renewed their partnership. Officials "
        + "of the Contact Group on Piracy off the Coast of Somalia attended.");
    assertEquals(List.of("Contact Group on Piracy off the Coast of Somalia"), r.groups().stream().map(Group::name).toList(), r.groups().toString());
  }

  @Test
  void aCommissionOfOneGovernmentNamedWithItsCountryIsABody() {
    DocumentRecord r = extract("A memo was signed between the Jordan Securities Commission and the Egyptian Financial Supervisory Authority. "
        + "The Kenya-Uganda Joint Commission met.");
    assertEquals("Jordan", agency(r, "Securities Commission").country());
    assertEquals("commission", group(r, "Kenya-Uganda Joint Commission").kind());
  }

  @Test
  void aUsCabinetTitleByPortfolioGivesTheUnitedStatesWhereTheStatementNamesIt() {
    DocumentRecord r = extract("The U.S. delegation included Labor Secretary Jane Roe and Commerce Secretary John Doe.");
    assertEquals("United States", person(r, "Jane Roe").country());
  }

  @Test
  void partiesStandingTogetherInTheirCommitment() {
    DocumentRecord r = extract("Ghana and Togo stand together in their commitment to promote regional trade.");
    assertEquals("Ghana and Togo", commitments(r, "promote").get(0).actor());
  }

  @Test
  void subCommitteesAndTaskforcesWrittenAsOneWord() {
    DocumentRecord r = extract("The Commission welcomed the report of the Scientific Sub-Committee and of the Joint Kenya-Uganda Border "
        + "Facilitation Taskforce.");
    assertEquals("committee", group(r, "Scientific Sub-Committee").kind());
    assertEquals("task_force", group(r, "Joint Kenya-Uganda Border Facilitation Taskforce").kind());
  }

  @Test
  void aListOfGerundsAfterACommitmentAndATimeBeforeTheByAgent() {
    DocumentRecord r = extract("Ghana and Togo remain committed to sharing information, engaging with industry, and working together. The "
        + "next meeting will be hosted next year by Togo.");
    assertEquals(List.of("engage", "host", "share", "work"), r.commitments().stream().map(Commitment::action).sorted().toList(),
        r.commitments().toString());
  }

  @Test
  void aClauseOpenedByAsHasASubjectOfItsOwnButAsWellAsJoinsASubject() {
    DocumentRecord r = extract("Ghana and Togo agreed to boost ties as the two states expressed readiness to work with their neighbours. "
        + "Kenya as well as Uganda will join the talks.");
    assertEquals("Ghana and Togo", commitments(r, "work").get(0).actor());
    assertEquals("Kenya and Uganda", commitments(r, "join").get(0).actor());
  }

  @Test
  void aimToPassesThroughToItsVerb() {
    DocumentRecord r = extract("Canada and Mexico will continue working together and aim to increase the Coalition's membership.");
    assertEquals(List.of("increase", "work"), r.commitments().stream().map(Commitment::action).sorted().toList(), r.commitments().toString());
  }

  @Test
  void aTitleAtACountrysMinistryBeforeTheName() {
    Person p = person(extract("The commission was chaired by Secretary of State at Poland's Ministry of Economic Development and Technology "
        + "Jan Kowalski in Astana."), "Jan Kowalski");
    assertEquals("Secretary of State", p.title());
    assertEquals("Ministry of Economic Development and Technology", p.agency());
  }

  @Test
  void aGroupingsMembersListedInParenthesesAreMembersOfItAndOfItsMeetings() {
    DocumentRecord r = extract("The BRICS (Brazil, Russia, India, China and South Africa) countries met in Geneva. The next BRICS "
        + "Agriculture Ministers meeting will be hosted by Brazil.");
    assertEquals(List.of("Brazil", "Russia", "India", "China", "South Africa"), group(r, "BRICS").members());
    assertEquals(List.of("Brazil", "Russia", "India", "China", "South Africa"), group(r, "BRICS Agriculture Ministers meeting").members());
  }

  @Test
  void partiesThatConveneSomewhereForAMeetingAreItsMembers() {
    DocumentRecord r = extract("The Ministers of Chile, Peru and Colombia convened in Lima, Peru on 3 May 2019 for the Pacific Water "
        + "Ministerial.");
    assertEquals(List.of("Chile", "Peru", "Colombia"), group(r, "Pacific Water Ministerial").members());
  }

  @Test
  void theSameBodyOfAnotherCountryWrittenBareStaysApart() {
    DocumentRecord r = extract("The Bangladesh side was represented by Mr. Kamrul Ahsan, Secretary of the Foreign Ministry. The Belarusian "
        + "delegation was led by Andrei Dapkiunas, Deputy Minister of the Belarusian Foreign Ministry.");
    assertEquals(List.of("Bangladesh", "Belarus"), r.agencies().stream().filter(a -> a.name().endsWith("Foreign Ministry"))
        .map(Agency::country).sorted().toList(), r.agencies().toString());
    assertEquals("Belarus", agency(r, "Belarusian Foreign Ministry").country()); // named apart by its country
  }

  @Test
  void anOwningBodyWrittenWithItsCountryKeepsThatFormAsAnAlias() {
    DocumentRecord r = extract("Anne Sipilainen, Deputy Director General of the Finnish Foreign Ministry's Political Department, attended.");
    Agency ministry = r.agencies().stream().filter(a -> a.name().equals("Foreign Ministry")).findFirst().orElseThrow();
    assertEquals(List.of("Finnish Foreign Ministry"), ministry.aliases());
    assertEquals("Finland", ministry.country());
  }

  @Test
  void committedThemselvesToAndGerundsJoinedAcrossAnAcronymButNotAParticiplePhrase() {
    DocumentRecord r = extract("Kenya and Uganda committed themselves to expanding rail links (SGR) and opening border posts. "
        + "Chile and Peru reaffirmed their commitment to deepening their partnership, looking to the future.");
    assertEquals(List.of("deepen", "expand", "open"), r.commitments().stream().map(Commitment::action).sorted().toList(),
        r.commitments().toString());
  }

  @Test
  void andTheWithAGroupHeadOpensASecondName() {
    DocumentRecord r = extract("Chile and Peru agreed that the Joint Commission on Technical and Scientific Cooperation and the Joint "
        + "Committee on Border Affairs will meet in May.");
    assertEquals(List.of("Joint Commission on Technical and Scientific Cooperation", "Joint Committee on Border Affairs"),
        r.groups().stream().map(Group::name).toList());
  }

  @Test
  void aPluralTitleRightBeforeListedNamesIsEachOnesTitleInTheSingular() {
    DocumentRecord r = extract("The Commission was represented by Commissioners Anna Berg and Tomas Lind. Ministers Ana Lopez and Pedro "
        + "Ruiz attended the talks.");
    assertEquals("Commissioner", person(r, "Tomas Lind").title());
    assertEquals("Commissioner", person(r, "Anna Berg").title());
    assertEquals("Minister", person(r, "Pedro Ruiz").title());
  }

  @Test
  void lastOrNextBeforeAWeekdayIsPartOfTheDate() {
    DocumentRecord r = extract("Chile and Peru met last Friday and will meet again next Monday.", java.time.LocalDate.of(2006, 10, 27));
    assertEquals("2006-10-20", date(r, "last Friday").value());
    assertEquals("2006-10-30", date(r, "next Monday").value());
  }

  @Test
  void aPersonAndHisCounterpartAfterACommaAreOneSubject() {
    DocumentRecord r = extract("Chilean Foreign Minister Ana Lopez and her Peruvian counterpart, Pedro Ruiz, on Monday agreed to expand "
        + "border trade.");
    assertEquals("Chile and Peru", commitments(r, "expand").get(0).actor());
  }

  @Test
  void aKnownBodyAndAnotherListedAreNoGroup() {
    DocumentRecord r = extract("The Council of Europe and the OECD signed a memorandum in Paris.");
    assertTrue(r.groups().isEmpty(), r.groups().toString());
    assertTrue(r.agencies().stream().anyMatch(a -> a.name().equals("Council of Europe")), r.agencies().toString());
  }

  @Test
  void oneWordOnlyTheTaggerTookForAPersonWithNothingKnownOfItIsNoPerson() {
    DocumentRecord r = extract("Ministers Ana Lopez and Pedro Ruiz launched projects to build bridges linking Pilar with Clorinda.");
    assertEquals(List.of("Ana Lopez", "Pedro Ruiz"), r.people().stream().map(Person::name).sorted().toList(), r.people().toString());
  }

  @Test
  void theFirstOfTwoPositionsWithItsCountryIsThePersons() {
    DocumentRecord r = extract("The meeting was chaired by Jan Novak, Minister of Foreign Affairs of the Czech Republic and President of the "
        + "Council of the European Union.");
    Person p = person(r, "Jan Novak");
    assertEquals("Minister of Foreign Affairs", p.title());
    assertEquals("Czech Republic", p.country());
  }

  @Test
  void ourCommitmentWithNoSubjectIsTheStatementsPartiesAndWorkOrANounBeforeAPossessiveIsTheVerb() {
    DocumentRecord r = extract("Joint statement of Chile and Peru\n\n1. Recognize the value of trade and affirm our commitment to fostering "
        + "regional cooperation. Chile is committed to reform its customs law. The two governments renewed their commitment to work "
        + "cooperatively on fisheries.");
    assertEquals("Chile and Peru", commitments(r, "foster").get(0).actor());
    assertEquals("Chile", commitments(r, "reform").get(0).actor());
    assertEquals(1, commitments(r, "work").size(), r.commitments().toString());
  }

  @Test
  void anAcademyOfOneGovernmentIsABody() {
    DocumentRecord r = extract("The memorandum was signed between the Diplomatic Academy of Oman and the Foreign Service Institute of Iraq.");
    assertEquals("Oman", agency(r, "Diplomatic Academy of Oman").country());
  }

  @Test
  void aLowerCaseMinistryBeforeACapitalisedPortfolioListIsABodyAndTwoBodiesJoinedActTogether() {
    DocumentRecord r = extract("A statement was issued by the ministry of Foreign Affairs, Regional Integration and Nationals Abroad. "
        + "ESCWA and the OECD decided to review their cooperation.");
    assertTrue(r.agencies().stream().anyMatch(a -> a.name().equals("ministry of Foreign Affairs, Regional Integration and Nationals Abroad")),
        r.agencies().toString());
    assertEquals("ESCWA and OECD", commitments(r, "review").get(0).actor());
  }

  @Test
  void anOrganOfANamedOrganisationIsAlsoNamedWithoutItAndAMeetingOfAGroupIsItsShortForm() {
    DocumentRecord r = extract("The Southern African Development Community (SADC) Extraordinary Council of Ministers met online. "
        + "Japan, China and Korea held the Japan-China-ROK Trilateral Summit in Jeju. The Trilateral Summit Meeting adopted a plan.");
    assertTrue(group(r, "Southern African Development Community (SADC) Extraordinary Council of Ministers").aliases()
        .contains("Extraordinary Council of Ministers"), r.groups().toString());
    assertEquals(2, r.groups().size(), r.groups().toString());
  }

  @Test
  void aListOfBodiesIsTheSubjectEachAsNamedAndAFederalMinistryKeepsFederal() {
    DocumentRecord r = extract("The Ministry of Defence of Chile and the Ministry of Defence of Peru commit to improve cooperation. The "
        + "meeting was attended by the Federal Ministry of Agriculture, Forestry and Water Management and Environment.");
    assertEquals("Ministry of Defence of Chile and Ministry of Defence of Peru", commitments(r, "improve").get(0).actor());
    assertTrue(r.agencies().stream().anyMatch(a -> a.name().equals("Federal Ministry of Agriculture, Forestry and Water Management and Environment")),
        r.agencies().toString());
  }

  @Test
  void thePositionOfABodyNamedWithItsCountryBeforeACommaAndTheName() {
    Person p = person(extract("He met the Commissioner of the Korea Customs Service, Mr Joo Yung-sup, in Seoul."), "Joo Yung-sup");
    assertEquals("Commissioner", p.title());
    assertEquals("South Korea", p.country());
  }

  @Test
  void aMilitaryRankIsNoPartOfAName() {
    DocumentRecord r = extract("The commander of the Second Division, Brig Gen Joseph Okello, welcomed the delegation. Brig Gen Okello "
        + "praised the cooperation.");
    assertEquals(List.of("Joseph Okello"), r.people().stream().map(Person::name).toList(), r.people().toString());
  }

  @Test
  void theTwoAgenciesAreTheTwoNamedTogetherJustBefore() {
    DocumentRecord r = extract("The Romanian Space Agency and the State Space Agency of Ukraine signed a memorandum in Bucharest. The two "
        + "agencies committed to collaborate on satellite research.");
    assertEquals("Romanian Space Agency and State Space Agency of Ukraine", commitments(r, "collaborate").get(0).actor());
  }

  @Test
  void countriesThatBetweenJoinsAfterAMeetingTakePartInIt() {
    DocumentRecord r = extract("The Special Ministerial Meeting between representatives of the Governments of Guyana and Suriname was "
        + "held in Port of Spain.");
    assertEquals(List.of("Guyana", "Suriname"), group(r, "Special Ministerial Meeting").members());
  }

  @Test
  void theMinistersAfterAFullerMentionOfTheirOfficeAloneAreTheStatementsParties() {
    DocumentRecord r = extract("The Foreign Ministers of Chile and Peru met in Lima. The Foreign Ministers discussed trade. The Ministers agreed "
        + "to continue political dialogue.");
    assertEquals("Chile and Peru", commitments(r, "continue").get(0).actor());
  }

  @Test
  void thePrimeMinistersAreTheStatementsParties() {
    DocumentRecord r = extract("The Prime Minister of Chile Ana Lopez and the Prime Minister of Peru Pedro Ruiz met in Lima. The Prime "
        + "Ministers agreed to continue the talks.");
    assertEquals("Chile and Peru", commitments(r, "continue").get(0).actor());
  }

  @Test
  void tomorrowIsTheDayAfterTheStatementsDate() {
    DocumentRecord r = extract("The delegation will return to Lima tomorrow.", java.time.LocalDate.of(2012, 12, 18));
    assertEquals("2012-12-19", date(r, "tomorrow").value());
  }

  @Test
  void aNameOfACountryAWeekdayAfterATitledNameAndACountryBeforeWhereThePostIs() {
    DocumentRecord r = extract("Instead of the ministers, Ana Maria Lopez of Chile and Pedro Ruiz Soto of Peru signed the minutes. "
        + "Fijian Prime Minister Sitiveni Rabuka Monday updated Parliament. It was attended by Karim Aliev, Ambassador Extraordinary "
        + "and Plenipotentiary of Tajikistan to Kazakhstan.");
    assertEquals("Chile", person(r, "Ana Maria Lopez").country());
    assertEquals("Peru", person(r, "Pedro Ruiz Soto").country());
    assertEquals("Fiji", person(r, "Sitiveni Rabuka").country());
    assertEquals("Tajikistan", person(r, "Karim Aliev").country());
  }

  @Test
  void numericDatesWithSpacesAndADayWithAFullStop() {
    DocumentRecord r = extract("The protocol was signed on 01 / 02 / 2022 in Kyiv. The declaration of 29. 1. 2015 was recalled. The "
        + "ministers met on 21. November 2024 in Oslo.", java.time.LocalDate.of(2022, 2, 3));
    assertEquals("2022-02-01", date(r, "01 / 02 / 2022").value()); // day first: the reading nearer the statement's date
    assertEquals("2015-01-29", date(r, "29. 1. 2015").value());
    assertEquals("2024-11-21", date(r, "21. November 2024").value());
  }

  @Test
  void leadersOfSmallerStatesAreInTheRegistry() {
    DocumentRecord r = extract("Prime Minister Janez Janša and his counterpart discussed bilateral issues at Bled.", java.time.LocalDate.of(2007, 8, 26));
    assertEquals("Slovenia", person(r, "Janez Janša").country());
    DocumentRecord z = extract("President Hakainde Hichilema opened the trade fair.", java.time.LocalDate.of(2023, 5, 2));
    assertEquals("Zambia", person(z, "Hakainde Hichilema").country());
  }

  @Test
  void aNameWithItsInitialGluedOnAfterAPosition() {
    Person p = person(extract("Minister of Foreign Trade of the Republic of Uzbekistan B.Karimov held a meeting in Tashkent."), "B.Karimov");
    assertEquals("Uzbekistan", p.country());
  }

  @Test
  void anApostropheOrHyphenInsideANameIsPartOfIt() {
    DocumentRecord r = extract("The meeting was attended by His Excellency Khalid bin Nasser Al-‘Ubaidi, Secretary-General of the Gulf "
        + "Cooperation Council.");
    assertEquals("Secretary-General", person(r, "Khalid bin Nasser Al-‘Ubaidi").title());
  }

  @Test
  void anIntergovernmentalBodysSecretariatIsABodyOfItsOwn() {
    DocumentRecord r = extract("The IGAD Secretariat will host the workshop. Officials of the General Secretariat of the Cooperation "
        + "Council for the Arab States of the Gulf attended, and the GCC welcomed the outcome.");
    assertEquals(null, agency(r, "IGAD Secretariat").country());
    assertEquals(null, agency(r, "General Secretariat of the Cooperation Council for the Arab States of the Gulf").country());
    Agency gcc = agency(r, "Cooperation Council for the Arab States of the Gulf"); // the organisation, named inside and on its own
    assertEquals(null, gcc.country());
    assertTrue(gcc.aliases().contains("GCC"), gcc.toString());
  }

  @Test
  void theCommonwealthIsAnIntergovernmentalBodyButNotAsAWordOfALongerName() {
    DocumentRecord r = extract("The ministers will work through the UN and the Commonwealth to support small states.");
    assertEquals(null, agency(r, "Commonwealth").country());
    DocumentRecord named = extract("The Secretary of State for Foreign and Commonwealth Affairs met the Treasurer of the Commonwealth of "
        + "Australia in London.");
    assertTrue(named.agencies().stream().noneMatch(a -> a.name().startsWith("Commonwealth")), named.agencies().toString());
  }

  @Test
  void aPartyNamedByANounOwnsItsIntentionAndAParagraphOpenerCommitsForGerunds() {
    DocumentRecord r = extract("Mr Nowak stressed the Polish side's intention to further expand trade with Kazakhstan. He recalled the "
        + "kingdom's commitment to closely follow the talks.");
    assertEquals(1, commitments(r, "expand").size(), r.commitments().toString());
    assertEquals(1, commitments(r, "follow").size(), r.commitments().toString());
    DocumentRecord listed = extract("The Ministers of Foreign Affairs of Georgia and Armenia met in Tbilisi.\nWelcomed the growing trade "
        + "between their countries and reaffirmed their strong commitment for further deepening their cooperation;");
    assertEquals("Georgia and Armenia", commitments(listed, "deepen").get(0).actor());
    DocumentRecord admin = extract("The Lincoln administration remains committed to investing in rural roads.");
    assertEquals(1, commitments(admin, "invest").size(), admin.commitments().toString());
  }

  @Test
  void aListedActionTheTaggerReadsAsANounIsAnAction() {
    DocumentRecord r = extract("Kenya and Uganda agreed to open two border posts, exchange liaison officers and share information on "
        + "smuggling networks.");
    assertEquals(1, commitments(r, "exchange").size(), r.commitments().toString());
    assertEquals(1, commitments(r, "share").size(), r.commitments().toString());
    DocumentRecord noun = extract("Kenya and Uganda agreed to expand tourism and exchange programmes for students.");
    assertTrue(commitments(noun, "exchange").isEmpty(), noun.commitments().toString());
  }

  @Test
  void aDemonymInsideAnIntergovernmentalBodysNameNamesNoParty() {
    DocumentRecord r = extract("Paraguay and Argentina reached an understanding in Asuncion on the sides of the Organization of American "
        + "States General Assembly. The Joint Commission on Scientific Cooperation will convene soon.");
    assertEquals(List.of("Paraguay", "Argentina"), group(r, "Joint Commission on Scientific Cooperation").members());
  }

  @Test
  void aMeetingOfPluralOfficesIsOneNameAndNoBody() {
    DocumentRecord r = extract("The ASEAN+3 Finance Ministers' and Central Bank Governors' Meeting was held in Yokohama on 5 May 2017.");
    assertEquals("meeting", group(r, "ASEAN+3 Finance Ministers' and Central Bank Governors' Meeting").kind());
    assertEquals(1, r.groups().size(), r.groups().toString());
    assertTrue(r.agencies().isEmpty(), r.agencies().toString());
  }

  @Test
  void anOrgansMeetingOfABodyIsAGroupOfItsOwn() {
    DocumentRecord r = extract("The Executive Committee Meeting of the Desert Locust Commission opened in Cairo on Monday.");
    group(r, "Executive Committee Meeting");
    DocumentRecord session = extract("The Ministerial Meeting of the Trilateral Strategic Dialogue was held in Tokyo.");
    group(session, "Trilateral Strategic Dialogue"); // a session of a named body is a mention of that body
    assertEquals(1, session.groups().size(), session.groups().toString());
  }

  @Test
  void anOrganisationsGeneralAssemblyIsAGroupButTheUnsIsABody() {
    DocumentRecord r = extract("The INTERPOL General Assembly adopted a resolution on cybercrime in Bali.");
    assertEquals("other", group(r, "INTERPOL General Assembly").kind());
    DocumentRecord un = extract("The United Nations General Assembly adopted a resolution on cybercrime in New York.");
    assertTrue(un.groups().isEmpty(), un.groups().toString());
    agency(un, "United Nations General Assembly");
  }

  @Test
  void aYearOfAProgrammesNameAndAClockTimeAreNoDatesButAYearRangeIsOne() {
    DocumentRecord r = extract("The MoU, signed at 10:57 am on 15 June 2016, supports Agenda 2063 and the 2030 Agenda. The two sides "
        + "established a programme for the 2023 to 2026 period.");
    assertEquals(List.of("15 June 2016", "2023 to 2026"), r.dates().stream().map(DateItem::text).toList());
  }

  @Test
  void aPartOfAnotherBodyKeepsItsHeadAndTakesTheOwnersCountry() {
    DocumentRecord r = extract("The protocol was signed between the Department of Border Police of the Ministry of Internal Affairs of "
        + "Moldova and the State Border Guard Service of Ukraine.");
    assertEquals("Moldova", agency(r, "Department of Border Police").country());
    assertEquals("Moldova", agency(r, "Ministry of Internal Affairs of Moldova").country());
  }

  @Test
  void twoCountriesBodiesOfOneNameAreNamedWithTheirCountries() {
    DocumentRecord r = extract("Consultations between the Foreign Ministries of Bangladesh and Belarus were held in Minsk. The "
        + "Belarusian side was led by Mr. Ivan Petrov, Deputy Minister of the Belarusian Foreign Ministry. The Bangladesh Foreign "
        + "Ministry was represented by Mr. Kamal Rahman, Secretary of the Foreign Ministry.");
    assertEquals("Belarus", agency(r, "Belarusian Foreign Ministry").country());
    assertEquals("Bangladesh", agency(r, "Bangladesh Foreign Ministry").country());
  }

  @Test
  void aPortfolioMinisterServesTheMinistryOfThatPortfolioOfTheSameCountry() {
    DocumentRecord r = extract("Austrian Interior Minister Anna Huber met her Swiss counterpart in Bern. The Austrian Ministry of "
        + "Interior will send liaison officers.");
    assertEquals("Ministry of Interior", person(r, "Anna Huber").agency());
    DocumentRecord foreign = extract("Brazilian Foreign Minister Paulo Souza met Japanese Foreign Minister Taro Sato, the Japanese "
        + "Foreign Ministry said.");
    assertEquals(null, person(foreign, "Paulo Souza").agency()); // the Japanese ministry is not his
    assertTrue(person(foreign, "Taro Sato").agency().endsWith("Foreign Ministry"), person(foreign, "Taro Sato").toString());
  }

  @Test
  void aBodyOpeningATitleIsThePersonsAgencyNotPartOfTheTitle() {
    DocumentRecord r = extract("The agreement was signed by Dr Tedros Adhanom Ghebreyesus, WHO Director-General, and Mark Lopes, USAID "
        + "Deputy Administrator for Latin America. IMO secretary general Koji Sekimizu welcomed it.");
    Person tedros = person(r, "Tedros Adhanom Ghebreyesus");
    assertEquals("Director-General", tedros.title());
    assertEquals("WHO", tedros.agency());
    Person lopes = person(r, "Mark Lopes");
    assertEquals("Deputy Administrator for Latin America", lopes.title());
    assertEquals("United States", lopes.country()); // USAID's
    assertEquals("IMO", person(r, "Koji Sekimizu").agency());
  }

  @Test
  void aGroupsNameStartsAfterAPlaceAndRunsThroughAKnownBodyOrATreaty() {
    DocumentRecord place = extract("The Heads of State of the region met in Windhoek for the SADC Summit on Friday.");
    group(place, "SADC Summit");
    DocumentRecord body = extract("The Council of Ministers of the Common Market for Eastern and Southern Africa adopted the budget.");
    group(body, "Council of Ministers of the Common Market for Eastern and Southern Africa");
    DocumentRecord treaty = extract("Ministers attending the Conference of Parties to the Minamata Convention agreed to act.");
    group(treaty, "Conference of Parties to the Minamata Convention");
  }

  @Test
  void aReachedAgreementAndStandingReadyCommitButAimingAtAnAgreementDoesNot() {
    DocumentRecord r = extract("Mongolia and Japan reached an agreement to launch a feasibility study. Vietnam stands ready to share "
        + "its experience with Mozambique.");
    assertEquals("Mongolia and Japan", commitments(r, "launch").get(0).actor());
    assertEquals("Vietnam", commitments(r, "share").get(0).actor());
    DocumentRecord aim = extract("Mongolia and Japan set up a committee aimed at reaching an agreement to recognize diplomas.");
    assertTrue(commitments(aim, "recognize").isEmpty(), aim.commitments().toString());
  }

  @Test
  void aPromiseIsACommitment() {
    DocumentRecord r = extract("Vietnam and Indonesia promised to sign the memorandum on trade defence soon.");
    assertEquals("Vietnam and Indonesia", commitments(r, "sign").get(0).actor());
  }

  @Test
  void verbsListedAfterAPurposeInfinitiveAreItsOwnButACommaAndOrAndToGoesBackToTheCommitment() {
    DocumentRecord r = extract("Ghana and Togo will collaborate to reduce poverty, strengthen institutions and expand trade.");
    assertEquals(List.of("collaborate"), r.commitments().stream().map(Commitment::action).toList());
    DocumentRecord back = extract("Ghana and Togo agreed to strengthen cooperation to accelerate their trade agendas, and make progress "
        + "in the fight against smuggling.");
    assertEquals(List.of("make", "strengthen"), back.commitments().stream().map(Commitment::action).sorted().toList());
  }

  @Test
  void aBodysCouncilWithItsAcronymBetweenKeepsItsNameAndTheOrganisationKeepsItsOwnAcronym() {
    DocumentRecord r = extract("The Council of Ministers (COM) of the Economic Cooperation Organization (ECO) held its 22nd meeting "
        + "in Islamabad. The COM adopted the work programme. The meeting was chaired by Deputy Chairman Planning Commission of "
        + "Pakistan Sartaj Aziz.");
    Group com = group(r, "Council of Ministers of the Economic Cooperation Organization");
    assertTrue(com.aliases().contains("COM") && !com.aliases().contains("ECO"), com.toString());
    assertTrue(agency(r, "Economic Cooperation Organization").aliases().contains("ECO"));
    Person aziz = person(r, "Sartaj Aziz");
    assertEquals("Deputy Chairman", aziz.title());
    assertEquals("Planning Commission", aziz.agency());
  }

  @Test
  void aMinistryNamedByItsAcronymIsABodyButAMemorandumIsNot() {
    DocumentRecord r = extract("The talks were held in Astana, the press service of the Kazakh MFA said. The two sides signed an MoU on "
        + "transport.");
    assertEquals("Kazakhstan", agency(r, "MFA").country());
    assertEquals(1, r.agencies().size(), r.agencies().toString());
  }

  @Test
  void aUnitOfAKnownBodyNamedWithItsAcronymIsABodyOfThatCountry() {
    DocumentRecord r = extract("Dr. P.S. Goel, Director, ISRO Satellite Centre, led the Indian delegation to Washington.");
    assertEquals("India", agency(r, "ISRO Satellite Centre").country());
    assertEquals("ISRO Satellite Centre", person(r, "P.S. Goel").agency());
  }

  @Test
  void aFrontedPhraseSignatoriesAndAPoliticalWillCommit() {
    DocumentRecord r = extract("In the coming weeks competent ministers of Peru and Chile will meet in Lima. The two signatories of the "
        + "declaration agreed to meet annually. The delegations reiterated their political will to make progress on migration.");
    assertEquals(1, commitments(r, "meet").stream().filter(c -> c.text().startsWith("In the coming weeks")).count(), r.commitments().toString());
    assertEquals(1, commitments(r, "meet").stream().filter(c -> c.text().contains("signatories")).count(), r.commitments().toString());
    assertEquals(1, commitments(r, "make").size(), r.commitments().toString());
  }

  @Test
  void anOfferAndBeingPreparedAreCommitments() {
    DocumentRecord r = extract("Namibia offered to host the next session of the Joint Commission. Botswana is prepared to share its "
        + "experience in diamond valuation.");
    assertEquals("Namibia", commitments(r, "host").get(0).actor());
    assertEquals("Botswana", commitments(r, "share").get(0).actor());
  }

  @Test
  void oneSideNamedByItsAdjectiveIsThatParty() {
    DocumentRecord r = extract("Poland and Ukraine met in Warsaw. The Ukrainian side will inform the Polish side about the dates. The "
        + "Jordanian government will use the proceeds for rural roads.");
    assertEquals("Ukraine", commitments(r, "inform").get(0).actor());
    assertEquals("Jordan", commitments(r, "use").get(0).actor());
  }

  @Test
  void aDayOfAMonthAPartOfAYearAndMidYearAreDates() {
    DocumentRecord r = extract("The ministers met on the 5th of May 2019 in Accra. Exports grew in the first quarter of 2021, and the "
        + "road will be completed by mid-2020.");
    assertEquals("2019-05-05", date(r, "5th of May 2019").value());
    assertEquals("2021-01/2021-03", date(r, "the first quarter of 2021").value());
    assertEquals("2020", date(r, "mid-2020").value());
  }

  @Test
  void aTwoPlusTwoDialogueIsANameAndANameInParenthesesAfterAGroupIsItsAlias() {
    DocumentRecord r = extract("India and Japan held the first 2+2 Ministerial Dialogue in New Delhi.");
    group(r, "2+2 Ministerial Dialogue");
    DocumentRecord alias = extract("The Council complements the Indonesian and Australian Foreign and Defence Ministers Meeting (2+2 "
        + "Dialogue), the primary forum on defence.");
    assertEquals(1, alias.groups().size(), alias.groups().toString());
    assertTrue(alias.groups().get(0).aliases().contains("2+2 Dialogue"), alias.groups().toString());
  }

  @Test
  void aShorterNameWithFewerOfTheSameWordsIsAMentionOfTheLongerGroup() {
    DocumentRecord r = extract("The 15th Ethio-Djibouti Joint Ministerial Commission was held in Addis Ababa. The spokesperson said this "
        + "regular Joint Commission Meeting lets both sides evaluate progress.");
    assertEquals(1, r.groups().size(), r.groups().toString());
    assertTrue(r.groups().get(0).aliases().contains("Joint Commission Meeting"), r.groups().toString());
  }

  @Test
  void aNameOpenedByAPlaceWordWithNoPositionIsAPlace() {
    DocumentRecord r = extract("The two presidents agreed to build a bridge linking Pilar with Puerto Cano.");
    assertTrue(r.people().stream().noneMatch(p -> p.name().startsWith("Puerto")), r.people().toString());
  }
}
