"""Lists, coordination, conditions and demands: one edge per actor listed, threats that are
not acts. Sentences written for these tests; each expected set is what the sentence says."""

from __future__ import annotations

import pytest

from kg.evaluate import relation_key
from kg.ingest import Article


def _asserted(extractor, text: str) -> set[tuple]:
    ex = extractor.extract(Article(id="t", name="t.txt", text=text))
    return {relation_key(r) for r in ex.asserted}


CASES = [
    # the source named before a sentence is not one of its actors
    # (the parser reads this one, unblanked, as an agency called "Egypt and Libya")
    ("According to the Egyptian news agency, Egypt and Libya agreed to reopen their border.",
     {("EGY", "AGREE", "LBY")}),
    ("NAIROBI, March 3 - Kenya accused Somalia of violating its airspace.",
     {("KEN", "ACCUSE", "SOM")}),
    # "the two sides" is the pair the story is about: the pair that last acted together...
    ("Ethiopia and Somalia held talks. The two sides agreed to set up a committee.",
     {("ETH", "CONSULT", "SOM"), ("ETH", "AGREE", "SOM")}),
    ("Japanese and Australian jets staged a drill with an Australian tanker. The two countries are treaty allies.",
     {("AUS", "COOPERATE", "JPN"), ("AUS", "ALLY", "JPN")}),
    # ...else the states named most, where a place in a treaty's name names no state
    ("Armenia and Azerbaijan are bound by the Moscow Declaration of 2020. The two neighbours agreed to reopen rail links.",
     {("ARM", "AGREE", "AZE")}),
    # "not" before a contrasted phrase negates that phrase only
    ("Brazil and Argentina are partners, not rivals.", {("ARG", "PARTNER", "BRA")}),
    # a relation noun set off by commas after the states it describes, parsed as one more conjunct
    ("Uruguay and Paraguay, close partners and members of Mercosur, oppose the tariff.",
     {("PRY", "PARTNER", "URY"), ("PRY", "MEMBER_OF", "Mercosur"), ("URY", "MEMBER_OF", "Mercosur")}),
    # a mediator consults each party; it is no target of what they did
    ("Armenia and Azerbaijan resumed border talks through the mediation of Kazakhstan.",
     {("ARM", "CONSULT", "AZE"), ("KAZ", "CONSULT", "ARM"), ("KAZ", "CONSULT", "AZE")}),
    # (the mediation hung on the talks rather than on the verb)
    ("Armenia and Azerbaijan resumed talks through the mediation of Kazakhstan.",
     {("ARM", "CONSULT", "AZE"), ("KAZ", "CONSULT", "ARM"), ("KAZ", "CONSULT", "AZE")}),
    # "His Majesty" is the king, not his guest
    ("King Hamad of Bahrain received Kuwaiti Foreign Minister Ali Hassan. His Majesty called on Iran to stop its interference.",
     {("BHR", "CONSULT", "KWT"), ("BHR", "REQUEST", "IRN")}),
    # an official named after the title and a comma
    ("Riyadh hosted the Minister of Foreign Affairs of the Sultanate of Oman, Badr Hamad. The two ministers signed a trade agreement.",
     {("OMN", "CONSULT", "SAU"), ("OMN", "AGREE", "SAU")}),
    # a membership list: one MEMBER_OF per member
    ("ASEAN's ten members are Brunei, Cambodia, Indonesia, Laos, Malaysia, Myanmar, the Philippines, "
     "Singapore, Thailand and Vietnam.",
     {(m, "MEMBER_OF", "ASEAN") for m in ("BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM")}),
    # three states in a defence pact: the alliance and the signing, pairwise
    ("Burkina Faso, Mali and Niger signed a mutual defence pact in 2023.",
     {("BFA", "ALLY", "MLI"), ("BFA", "ALLY", "NER"), ("MLI", "ALLY", "NER"),
      ("BFA", "AGREE", "MLI"), ("BFA", "AGREE", "NER"), ("MLI", "AGREE", "NER")}),
    # three states agreeing: pairwise, and what they agreed to do is future cooperation
    ("Chile, Peru and Bolivia agreed to share intelligence on drug trafficking.",
     {("BOL", "AGREE", "CHL"), ("BOL", "AGREE", "PER"), ("CHL", "AGREE", "PER"),
      ("BOL", "COOPERATE", "CHL"), ("BOL", "COOPERATE", "PER"), ("CHL", "COOPERATE", "PER")}),
    # a condition makes a threat, not a sanction
    ("Belarusian Foreign Minister Andrei Kavalenka warned that Belarus would close its border if Vilnius "
     "did not lift the transit ban.",
     {("BLR", "THREATEN", "LTU")}),
    ("Nigeria said it would withdraw its peacekeepers from Chad unless the fighting stopped.",
     {("NGA", "THREATEN", "TCD")}),
    ("Russia has threatened to stop the arms talks if the United States deploys new missiles in Europe.",
     {("RUS", "THREATEN", "USA")}),
    # an obligation put on another state is a demand of it; the act is not done
    ("Russia said that Sudan must return the helicopter.", {("RUS", "REQUEST", "SDN")}),
    # refusing a request refuses whoever asked
    ("Yemen rejected a U.S. request to hand over the prisoners.", {("YEM", "REJECT", "USA"), ("USA", "REQUEST", "YEM")}),
    ("Beirut rejected a United Nations appeal for deploying troops along the border.", {("LBN", "REJECT", "UN"), ("UN", "REQUEST", "LBN")}),
    # agreeing to do something to a state is an agreement with it; the act is only promised
    ("The US Congress agreed to lift sanctions on Cuba.", {("USA", "AGREE", "CUB"), ("USA", "CONCEDE", "CUB")}),
    # an accusation of an act against the accuser is of the doer; against a third party, of the act
    ("Azerbaijan and Armenia accused each other of shelling border villages.",
     {("ARM", "ACCUSE", "AZE"), ("AZE", "ACCUSE", "ARM")}),
    ("Washington accused Iran of supplying drones to Russia.",
     {("USA", "ACCUSE", ("IRN", "AID", "RUS")), ("USA", "ACCUSE", "IRN")}),
    # the blame is put on whom it is put on
    ("Islamabad blamed the attacks on Kabul.", {("PAK", "ACCUSE", "AFG")}),
    ("Israel's prime minister said Iran was responsible for the attack.", {("ISR", "ACCUSE", "IRN")}),
    # a protest over violations is at the other side; "ceasefire violations" are no ceasefire
    ("India lodged a strong protest with Pakistan over the ceasefire violations.", {("IND", "ACCUSE", "PAK")}),
    # the charged act is done by the one charged
    ("North Korea blasted South Korea for holding military drills with the United States.",
     {("PRK", "ACCUSE", "KOR"), ("KOR", "COOPERATE", "USA")}),
    # refusing an offer, a call or a charge refuses whoever made it; what was offered is not done
    ("Iran turned down an offer of talks with the United States.", {("IRN", "REJECT", "USA")}),
    # (a call refused was made all the same, as a demand refused is)
    ("Israel rebuffed calls by France for a ceasefire.", {("ISR", "REJECT", "FRA"), ("FRA", "REQUEST", "ISR")}),
    ("China dismissed the accusations by the Philippines.", {("CHN", "REJECT", "PHL"), ("PHL", "ACCUSE", "CHN")}),
    ("Pakistan blocked India's bid to join the group.", {("PAK", "REJECT", "IND")}),
    # a vow of force is a threat
    ("Iran vowed to retaliate against Israel.", {("IRN", "THREATEN", "ISR")}),
    # what one warns one could do is threatened (an attack named as a light verb's object too);
    # what is threatened is not done, though a date parts the to-clause from its verb
    ("Ankara warned it could launch a military operation against Syria.", {("TUR", "THREATEN", "SYR")}),
    ("Caracas threatened on Friday to expel the Spanish ambassador.", {("VEN", "THREATEN", "ESP")}),
    # two forces clashing: each assaults the other
    ("Indian and Chinese troops clashed on the border.", {("IND", "ASSAULT", "CHN"), ("CHN", "ASSAULT", "IND")}),
    # recognising a state's independence supports it; welcoming an agreement between two
    # states supports both; lifting curbs concedes
    ("Greece recognized the independence of Kosovo.", {("GRC", "SUPPORT", "XKX")}),
    ("The United States welcomed the agreement between Israel and the United Arab Emirates.",
     {("USA", "SUPPORT", "ISR"), ("USA", "SUPPORT", "ARE"), ("ARE", "AGREE", "ISR")}),
    ("Japan lifted export curbs on South Korea.", {("JPN", "CONCEDE", "KOR")}),
    # a warning aimed at someone: a condition on their conduct, or consequences they will bear
    ("North Korea's defence ministry warned that it would take overwhelming countermeasures if Washington "
     "and Seoul continued their drills.", {("PRK", "THREATEN", "USA"), ("PRK", "THREATEN", "KOR")}),
    ("Russian Deputy Foreign Minister Pavel Zorin warned that Berlin would bear the consequences.",
     {("RUS", "THREATEN", "DEU")}),
    # not taking sides in a dispute whose sides the story named before
    ("Venezuela and Guyana are locked in a dispute over the Essequibo region. Brazil does not take "
     "sides on the substance of the territorial dispute.", {("BRA", "NEUTRAL", "VEN"), ("BRA", "NEUTRAL", "GUY")}),
    ("Fijian Prime Minister Josaia Naulivou has said his country will not choose between Beijing and Washington.",
     {("FJI", "NEUTRAL", "CHN"), ("FJI", "NEUTRAL", "USA")}),
    # a verb the parser joins to what the reporter said is still the reporter's
    ("Chinese Permanent Representative Zhao Lin said sanctions had failed and urged Washington to address "
     "the North's concerns.",
     {("CHN", "REQUEST", "USA")}),
    # protests at an embassy are at its state; a charge that someone did wrong accuses them
    ("Iranian students staged a sit-in outside the British embassy in Tehran.", {("IRN", "PROTEST", "GBR")}),
    ("Syria charged that Turkey had diverted the waters of the Euphrates.", {("SYR", "ACCUSE", "TUR")}),
    # an expulsion of a state's diplomats is done to that state; a head of state by title and surname
    ("Britain ordered the expulsion of eleven Iraqi diplomats.", {("GBR", "SANCTION", "IRQ")}),
    ("President Mubarak received the Israeli foreign minister in Cairo.", {("EGY", "CONSULT", "ISR")}),
    # a spokesman for a ministry speaks for its state; a request is of whom it is made of
    ("A spokesman for the Iranian foreign ministry accused Iraq on Tuesday of violating the ceasefire.",
     {("IRN", "ACCUSE", "IRQ")}),
    ("Israel urged the United States to veto the Security Council resolution.", {("ISR", "REQUEST", "USA")}),
    # people from a state are not that state: aid to refugees from Ethiopia is not aid to Ethiopia
    ("Sudan appealed for international aid to help refugees from Ethiopia.", set()),
    # dismissing a state's charges rejects that state
    ("Pakistan has dismissed Indian charges that it supports Sikh militants.", {("PAK", "REJECT", "IND"), ("IND", "ACCUSE", "PAK")}),
    # mediation between two states: consulting both
    ("Brazil offered to mediate between Russia and Ukraine.", {("BRA", "CONSULT", "RUS"), ("BRA", "CONSULT", "UKR")}),
    # an object "them" is the people just named, not the clause's own subject
    ("Mali expelled two Algerian envoys and accused them of spying.",
     {("MLI", "SANCTION", "DZA"), ("MLI", "ACCUSE", "DZA")}),
    # help for whoever does what the help is for
    ("Japan helped Vietnam rebuild its ports.", {("JPN", "AID", "VNM")}),
    # "at X's request": X asks whoever did it
    ("At Moscow's request, Minsk postponed the vote.", {("RUS", "REQUEST", "BLR")}),
    ("Chad released the soldiers at the request of Sudan.", {("SDN", "REQUEST", "TCD"), ("TCD", "RETREAT", "SDN")}),
    # denying a state's claims rejects that state; denying unowned reports rejects nobody
    ("Turkey denied Greek claims that its jets had violated Greek airspace.", {("TUR", "REJECT", "GRC"), ("GRC", "ACCUSE", "TUR")}),
    ("Turkey denied reports that its jets had violated Greek airspace.", set()),
    # officials of two states named by coordinated adjectives: both states act; a third
    # state's capital is then only where they met
    ("The Indian and Chinese foreign ministers met in Moscow.", {("CHN", "CONSULT", "IND")}),
    ("Sudan and South Sudan held talks in Addis Ababa.", {("SDN", "CONSULT", "SSD")}),
    # a complaint "against X" is of X, wherever it was filed
    ("Lebanon filed a complaint with the Security Council against Israel.", {("LBN", "ACCUSE", "ISR")}),
    # members arrested are people, not a state's seat in the organisation
    ("Iraqi police arrested four ISIS members in Mosul.", {("IRQ", "COERCE", "ISIS")}),
    # "his" in what a speaker says is the speaker's, not the last official named
    ("Secretary of State Antony Blinken visited New Delhi. The Indian army chief said his forces had shelled Pakistani posts.",
     {("IND", "CONSULT", "USA"), ("IND", "ASSAULT", "PAK")}),
    # an organisation in a state is the organisation
    ("The leader of Afghanistan's Taliban movement praised the withdrawal of U.S. troops.", {("Taliban", "SUPPORT", "USA")}),
    # blame on fighters somewhere is blame on where they are
    ("Kabul blamed the rocket attacks on fighters present on Pakistani territory.", {("AFG", "ACCUSE", "PAK")}),
    # one-way acts of a group on itself are no edges among its members
    ("Brazil and Argentina condemned attacks on their embassies.", set()),
    # what the subject receives comes from whoever gave it
    ("Kenya received economic aid from Japan.", {("JPN", "AID", "KEN")}),
    ("Kenya faced criticism from Britain.", {("GBR", "ACCUSE", "KEN")}),
    ("Vietnam and Malaysia face pressure from China.", set()),
    # meeting a target meets nobody
    ("Germany has pledged to meet NATO's spending target.", set()),
    # a sentence about "the two ministers" keeps them the pair; talks they discussed are a topic
    ("Saudi Arabia and Iran held talks in Riyadh. The two ministers discussed the talks between the United States "
     "and Iran. The two sides condemned Israeli strikes on Gaza.",
     {("IRN", "CONSULT", "SAU"), ("IRN", "CONSULT", "USA"), ("SAU", "ACCUSE", "ISR"), ("IRN", "ACCUSE", "ISR"),
      ("SAU", "ACCUSE", ("ISR", "ASSAULT", "PSE")), ("IRN", "ACCUSE", ("ISR", "ASSAULT", "PSE"))}),
    # "X, its pact with ...": "its" is not X's own
    ("Canberra's decision to buy submarines through AUKUS, its pact with Britain and the United States, worries island leaders.",
     {("AUS", "AGREE", "GBR"), ("AUS", "AGREE", "USA")}),
    # the country a state's forces leave is not their own
    ("Burkina Faso's junta took power in 2022. French special forces left the country in 2023.",
     {("FRA", "RETREAT", "BFA")}),
    # in a story of two, dropping one's own stand concedes to the other; dismissing a report does not reject them
    ("India and China held talks. Beijing had dropped its insistence on a buffer zone.",
     {("CHN", "CONSULT", "IND"), ("CHN", "CONCEDE", "IND")}),
    ("Russia and Ukraine held talks. Moscow dismissed the report.", {("RUS", "CONSULT", "UKR")}),
    # a host's two guests meet each other, and are the pair "the two sides" means after
    ("Kenya hosted the foreign ministers of Ethiopia and Somalia for talks. The two sides agreed to set up a committee.",
     {("KEN", "CONSULT", "ETH"), ("KEN", "CONSULT", "SOM"), ("ETH", "CONSULT", "SOM"), ("ETH", "AGREE", "SOM")}),
    # an act named again is its doer's; an act's "by" names its doer; what two condemn is not each other
    ("North Korea launched a missile on Thursday, officials in Seoul said. Japan and South Korea condemned the launch.",
     {("JPN", "ACCUSE", "PRK"), ("KOR", "ACCUSE", "PRK")}),
    # (each accuses Moscow, and condemns the annexation it did)
    ("France and Germany condemned the annexation of Crimea by Moscow.", {
        ("FRA", "ACCUSE", "RUS"), ("DEU", "ACCUSE", "RUS"),
        ("FRA", "ACCUSE", ("RUS", "COERCE", "UKR")), ("DEU", "ACCUSE", ("RUS", "COERCE", "UKR"))}),
    ("Britain and France condemned the election.", set()),
    # a national security council is the state's own, not the UN's
    ("South Korea's National Security Council condemned North Korea.", {("KOR", "ACCUSE", "PRK")}),
    # a truce broken is no retreat
    ("Greece and Turkey accused each other of violating the truce.", {("GRC", "ACCUSE", "TUR"), ("TUR", "ACCUSE", "GRC")}),
    # a subject "it" is the subject named last; "its" is never a plural subject's
    ("Azerbaijan's Defence Ministry said Armenian units had fired on its positions. The ministry also said it had "
     "detained an Armenian serviceman who crossed the line, and that it had moved artillery units to the area.",
     {("AZE", "ACCUSE", "ARM"), ("ARM", "ASSAULT", "AZE"), ("AZE", "COERCE", "ARM")}),
    # an act a state reports against itself is its accusation, and the act as told; unless the
    # doer denies it or blames back anywhere in the article: then only the accusation stands
    ("Pakistani troops shelled Indian border posts, an Indian army spokesman said.", {("IND", "ACCUSE", "PAK"), ("PAK", "ASSAULT", "IND")}),
    ("Baku said Armenian units had fired on its positions. Yerevan rejected the claim as disinformation.",
     {("AZE", "ACCUSE", "ARM"), ("ARM", "REJECT", "AZE")}),
    ("Baku said Armenian units had fired on its positions. Armenia accused Azerbaijan of staging the incident.",
     {("AZE", "ACCUSE", "ARM"), ("ARM", "ACCUSE", "AZE")}),
    # a threat of an act on a condition is aimed where the act would be
    ("Iraq threatened to attack Kuwait if it did not cut oil production.", {("IRQ", "THREATEN", "KWT")}),
    # an attack a state reports on a post nobody else owns is on the reporter; on rebels it is not
    ("Sudanese officials said Ugandan troops had crossed the border and attacked a military post.", {("SDN", "ACCUSE", "UGA")}),
    ("Iraq said Iranian troops attacked Kurdish rebels.", set()),
    # deporting a state's people coerces it (CAMEO 174); expelling its envoys sanctions it (166)
    ("Algeria expelled 2,000 Moroccan nationals.", {("DZA", "COERCE", "MAR")}),
    ("Algeria expelled two Moroccan diplomats.", {("DZA", "SANCTION", "MAR")}),
    # a name the parser leaves before a verb with no subject is its subject
    ("Turkey massed troops near Syria.", {("TUR", "MOBILIZE", "SYR")}),
    # an inquiry into an act by someone is aimed at them
    ("France opened an investigation into the sinking of a ship by New Zealand.", {("FRA", "ACCUSE", "NZL")}),
    # a conflict act its doer says it will do is a threat; one it announces is a decision taken
    ("Turkey said it would close its border with Syria.", {("TUR", "THREATEN", "SYR")}),
    ("The United States announced it would cut all aid to Nicaragua.", {("USA", "SANCTION", "NIC")}),
    # members killed in dozens are people; two states acting on a thing do not act on each other
    ("Kenyan troops killed dozens of al-Shabaab members near the border with Somalia.", {("KEN", "ASSAULT", "AlShabaab")}),
    ("Canada and Belgium have banned imports of wildlife trophies.", set()),
    # asking whether is a question, not a request
    ("The United States asked Saudi Arabia whether it would raise oil output.", set()),
    # tourists are no state visit; days given are no aid; a supply convoy is no supply
    ("More than two million Chinese tourists visited Vietnam last year.", set()),
    ("Kenya gave the UN refugee agency 14 days to present a plan.", set()),
    ("The BLA attacked a vehicle guarding a supply convoy for a port operated by China.", set()),
    # a standoff with someone is held by both; designating a group terrorist sanctions it
    ("Greece has been locked in a naval standoff with Turkey for months.", {("GRC", "MOBILIZE", "TUR"), ("TUR", "MOBILIZE", "GRC")}),
    ("Britain designated Hamas a terrorist organisation.", {("GBR", "SANCTION", "Hamas")}),
    # the names the parser strands after an opening phrase are the subject of the verb after them
    ("After two days of talks in Geneva, Iran and the United States agreed to exchange prisoners.",
     {("IRN", "AGREE", "USA"), ("IRN", "CONSULT", "USA"), ("IRN", "RETREAT", "USA"), ("USA", "RETREAT", "IRN")}),
    # evacuating the wounded from a place is relief for its state; evacuating troops is not
    ("The Red Cross evacuated wounded civilians from the besieged town of Taiz in Yemen.", {("ICRC", "AID", "YEM")}),
    ("France evacuated its troops from Mali.", set()),
    # handing over relief goods is aid; handing over prisoners is a return
    ("Japan handed over 300 tonnes of food to North Korea.", {("JPN", "AID", "PRK")}),
    ("Uganda handed over two captured Rwandan soldiers to Kigali.", {("UGA", "RETREAT", "RWA")}),
    # relief flown or rushed somewhere is aid there, not a visit; people flown somewhere travel
    ("Algeria flew 20 tonnes of medicine and blankets to flood victims in Libya.", {("DZA", "AID", "LBY")}),
    ("The Kenyan president flew to Ethiopia on Monday.", {("KEN", "CONSULT", "ETH")}),
    # a pullback "of their troops" by two states named together is still the pair's
    ("Kyrgyzstan and Tajikistan agreed to withdraw their troops from the border.",
     {("KGZ", "AGREE", "TJK"), ("KGZ", "RETREAT", "TJK"), ("TJK", "RETREAT", "KGZ")}),  # (each withdraws)
    # what is given may be words, not aid: a warning, a welcome, condolences
    ("Russia gave a stern warning to Ukraine on Monday.", {("RUS", "THREATEN", "UKR")}),
    ("Chile gave a warm welcome to the visiting Peruvian president on Thursday.", {("CHL", "CONSULT", "PER")}),
    ("Germany sent condolences to Turkey after the earthquake.", {("DEU", "SUPPORT", "TUR")}),
    ("Japan gave 50 million dollars to the Philippines.", {("JPN", "AID", "PHL")}),
    # welcoming a visitor hosts a visit; welcoming a decision supports it
    ("Chile welcomed the Peruvian president in Santiago.", {("CHL", "CONSULT", "PER")}),
    ("Chile welcomed the decision by Peru to lift the ban.", {("CHL", "SUPPORT", "PER")}),
    # forcing out people at large is coercion, whatever dictionary typed the verb
    ("Turkey forced out 300 Syrian refugees from Istanbul.", {("TUR", "COERCE", "SYR")}),
    # an arrest told in the passive, by no one named, is the doing of the state where it happened
    ("Two Canadians were detained in China last year.", {("CHN", "COERCE", "CAN")}),
    ("Two Indian fishermen were detained by Sri Lanka's navy.", {("LKA", "COERCE", "IND")}),
    # (of the state's own armed men: the state acting on them, as event data codes it)
    ("Pakistani militants were arrested in Pakistan on Monday.", {("PAK", "COERCE", "PAK")}),
    # a relative clause's "which" is the noun it hangs on: the holder of the role
    ("Peru, which has long been Chile's closest ally, voted against the motion.", {("CHL", "ALLY", "PER")}),
    # two names joined by a hyphen or dash before a relation noun are its pair
    ("The U.S.-Japan alliance remains strong.", {("JPN", "ALLY", "USA")}),
    ("The Chile-Peru partnership has deep roots.", {("CHL", "PARTNER", "PER")}),
    ("Japan-based companies signed a deal with China.", set()),
    # "came under fire from": shots, from whoever fired them, at the subject
    ("Danish peacekeepers came under fire from Serbian militias.", {("SRB", "ASSAULT", "DNK")}),
    # a government that protests complains (ACCUSE); people who protest demonstrate (PROTEST)
    ("Norway protested to Russia over the arrest of its fishermen.", {("NOR", "ACCUSE", "RUS")}),
    ("Hundreds of Chilean students protested outside the Bolivian embassy.", {("CHL", "PROTEST", "BOL")}),
    # refusing to meet or to recognise a state rejects it; declining to praise it does not
    ("Bolivia refused to meet the Chilean envoy.", {("BOL", "REJECT", "CHL")}),
    ("Spain refuses to recognise Kosovo.", {("ESP", "REJECT", "XKX")}),
    ("Bolivia declined to praise Chile.", set()),
    # people harmed in the passive, by the doer of the attack named beside the verb
    ("Four Malian soldiers were killed when Algerian troops shelled their camp.", {("DZA", "ASSAULT", "MLI")}),
    ("Six Kenyan soldiers died in a Somali ambush.", {("SOM", "ASSAULT", "KEN")}),
    ("Six Kenyan soldiers were wounded in an Ethiopian air raid.", {("ETH", "ASSAULT", "KEN")}),
    # when the close reading finds no one, the names inside the subject phrase act on those in
    # the rest of the clause; a subject that cannot act ("a shipment") names no doer
    ("A delegation of Chinese officials met with members of the Nepalese parliament.", {("CHN", "CONSULT", "NPL")}),
    ("A group of Malian army officers attacked a base run by Burkinabe troops.", {("MLI", "ASSAULT", "BFA")}),
    ("A coalition of Iraqi tribal leaders demanded the withdrawal of all Turkish soldiers.", {("IRQ", "REQUEST", "TUR")}),
    ("A shipment of Chinese grain arrived in Pyongyang.", set()),
    ("A car bombing near the Syrian town of Azaz killed two Turkish soldiers.", set()),
    ("Airstrikes by the Kenyan army in the border region killed 20 al-Shabab fighters.", {("KEN", "ASSAULT", "AlShabaab")}),
    # "the Russian-led CSTO" is the CSTO
    ("Belarus froze its participation in the Russian-led CSTO.", {("BLR", "SANCTION", "CSTO")}),
    # an act named as the cause of a complaint was done by whom the complaint is aimed at; whom
    # that act was aimed at is no target of a measure it caused
    ("Beijing criticized Washington over arms sales to Taiwan.", {("CHN", "ACCUSE", "USA"), ("CHN", "ACCUSE", ("USA", "AID", "TWN"))}),
    ("China imposed sanctions on Raytheon over arms sales to Taiwan.", set()),
    ("Beijing imposed sanctions on Lockheed Martin over arms sales to Taiwan.", set()),
    # claiming responsibility for an attack claims the attack
    ("The Houthis claimed responsibility for an attack on a Greek tanker.", {("Houthis", "ASSAULT", "GRC")}),
    ("Moscow expelled two Estonian diplomats over the attack on its embassy.", {("RUS", "SANCTION", "EST")}),
    # a joint act is done side by side: its doers cooperate and never attack each other
    ("Mali and Niger launched a joint offensive against the militants.", {("MLI", "COOPERATE", "NER")}),
    # a visitor "from" a state, the parser hanging "from" on the verb
    ("The Jordanian king received a delegation from Kuwait.", {("JOR", "CONSULT", "KWT")}),
    # "the North" and "the South" of a story about Korea; "the two Koreas"
    ("Seoul said on Monday it would resume food shipments to the North.", {("KOR", "AID", "PRK")}),
    ("Pyongyang warned the South against holding the drills.", {("PRK", "THREATEN", "KOR")}),
    ("The two Koreas held military talks at the border village.", {("KOR", "CONSULT", "PRK")}),
    ("The North of Italy voted against Rome.", set()),
    # people at large arriving somewhere make no state visit
    ("A new wave of Eritreans arrived in Ethiopia last year.", set()),
    ("A large group of Vietnamese immigrants arrived in Australia.", set()),
    # held in a passive gerund: the place's state holds whom the clause is about
    ("The Canadian teacher fell ill after being detained in Iran.", {("IRN", "COERCE", "CAN")}),
    # a freed person was freed by someone else, not by their own state
    ("The Japanese reporter was freed last week.", set()),
    # a person's possessive on a release or an arrest names whom it was done to
    ("The Dutch activist died soon after her release from a Russian prison.", set()),
    # a "by" the parser hangs on the "of" phrase of an arrest
    ("Germany condemned the arrest of Turkish reporters by Azerbaijan.",
     {("DEU", "ACCUSE", "AZE"), ("DEU", "ACCUSE", ("AZE", "COERCE", "TUR"))}),
    # "put pressure on X" asks something of X; called-off talks did not take place
    ("The African Union piled pressure on Sudan to end the fighting.", {("AU", "REQUEST", "SDN")}),
    ("Armenia called off its talks with Turkey.", set()),
    # a decision to do an act is the act, done by the decider, to whom it is done
    ("The Ugandan parliament authorised the deployment of troops to Somalia.", {("UGA", "MOBILIZE", "SOM")}),
    ("Morocco's government approved the release of 40 Algerian prisoners.", {("MAR", "RETREAT", "DZA")}),
    # exercises held alone near another state are a show of force; with a partner, cooperation
    ("Russia held naval exercises near Norway.", {("RUS", "MOBILIZE", "NOR")}),
    ("Norway held naval exercises with Denmark near Russia.", {("DNK", "COOPERATE", "NOR")}),
    ("China conducted naval patrols near Vietnam.", {("CHN", "MOBILIZE", "VNM")}),
    # a statement speaks for its author
    ("A statement from the Jordanian foreign ministry condemned Syria.", {("JOR", "ACCUSE", "SYR")}),
    # easing rules for a state's people concedes to that state
    ("Georgia eased visa rules for Armenian students.", {("GEO", "CONCEDE", "ARM")}),
    # a meeting of a body requested by states: each asked the body (the head noun alone would
    # stand for its requesters)
    ("Delegates attended a session of the Security Council requested by Kenya and Ghana.",
     {("KEN", "REQUEST", "UNSC"), ("GHA", "REQUEST", "UNSC")}),
    # "the country" troops withdraw from is not theirs: whom the withdrawal is of are the movers
    ("Mali's junta leader welcomed the pullout of French and German troops from the country.",
     {("DEU", "RETREAT", "MLI"), ("FRA", "RETREAT", "MLI"), ("MLI", "SUPPORT", "DEU"), ("MLI", "SUPPORT", "FRA")}),
    # inflicting losses on someone is an attack; benefiting from someone's protection receives it
    ("Eritrean troops inflicted heavy losses on Ethiopian forces.", {("ERI", "ASSAULT", "ETH")}),
    ("Belarus has benefited from Russia's protection at the United Nations.", {("RUS", "SUPPORT", "BLR")}),
    # "the Japanese envoy" names whose envoy he is, whoever was named last
    ("Chinese envoy Fu Cong spoke first. He then walked out when the Japanese envoy took the floor.",
     {("CHN", "PROTEST", "JPN")}),
    ("Belarus moved rocket launchers closer to its border with Lithuania.", {("BLR", "MOBILIZE", "LTU")}),
    # readiness for a conflict act is a threat of it; using force against someone is an attack
    # (PETRARCH's "&MILITARY" pattern of the USE block means the military, not any "force")
    ("Iran is ready to strike Israeli bases.", {("IRN", "THREATEN", "ISR")}),
    ("Azerbaijan is prepared to use force against Armenia.", {("AZE", "THREATEN", "ARM")}),
    ("Ethiopia used military force against Eritrea.", {("ETH", "ASSAULT", "ERI")}),
    # troops sent to help, or as part of a force, are help to where they go; without a
    # purpose, a deployment into a state is a show of force
    ("Kenya deployed troops to Haiti to help fight the gangs.", {("KEN", "AID", "HTI")}),
    ("Estonia will send 100 soldiers to Latvia as part of a NATO battlegroup.",
     {("EST", "AID", "LVA"), ("EST", "MEMBER_OF", "NATO")}),
    ("Armenia deployed troops to its border with Azerbaijan.", {("ARM", "MOBILIZE", "AZE")}),
    # weapons bought from a state are its military aid to the buyer ("a NATO member" describes
    # the buyer); oil bought is trade
    ("Egypt bought fighter jets from France.", {("FRA", "AID", "EGY")}),
    ("Greece, an EU member, purchased drones from Israel.", {("ISR", "AID", "GRC")}),
    ("Hungary bought gas from Russia.", set()),
    # an opening participle with an agent: the agent acts on the clause's subject
    ("Backed by Iranian advisers, Iraqi troops retook the city.", {("IRN", "SUPPORT", "IRQ")}),
    # a warning to another state's people or government is aimed at that state; one to one's own
    # citizens is advice
    ("Germany warned Niger's junta against expelling the ambassador.", {("DEU", "THREATEN", "NER")}),
    ("Canada warned its citizens against travel to Lebanon.", set()),
    # a joint initiative is cooperation; rescuing a state's sailors is help to it
    ("Spain and Portugal launched a joint initiative on wildfires.", {("ESP", "COOPERATE", "PRT")}),
    ("The Greek coast guard rescued the crew of a Maltese tanker.", {("GRC", "AID", "MLT")}),
    # put or placed under investigation or arrest in a state, by no one named: that state did it
    ("A British tourist was put under investigation in Greece.", {("GRC", "ACCUSE", "GBR")}),
    ("Two Dutch sailors were placed under arrest in Venezuela.", {("VEN", "COERCE", "NLD")}),
    # refusing to commit to help refuses whom the help was for; "the Saudi-led coalition" is
    # Saudi Arabia's, and the coalition's enemy named deeper in is not the target
    ("Spain refused to commit to any military assistance to the Saudi-led coalition against the Houthis.",
     {("ESP", "REJECT", "SAU")}),
    # a call "for" something is a request, of whom the clause after it names
    ("Canada renewed its call for India to cooperate with the investigation.", {("CAN", "REQUEST", "IND")}),
    # prisoners and bodies returned are released; "Sweden's NATO membership" is Sweden's
    ("Russia returned the bodies of 200 Ukrainian soldiers.", {("RUS", "RETREAT", "UKR")}),
    ("Croatia lifted its veto on Serbia's EU membership.", {("HRV", "CONCEDE", "SRB")}),
    # a membership sought or bid for is not held
    ("Spain backed North Macedonia's bid to join the European Union.", {("ESP", "SUPPORT", "MKD")}),
    # blocking help blocks whom it was for; the help blocked was not given
    ("Slovakia blocked the aid to Ukraine.", {("SVK", "REJECT", "UKR")}),
    # a participle after a reported clause, aimed at that clause's subject, is the reporter's
    ("China said Japan had approved the visit, urging Tokyo to reflect on its history.", {("CHN", "REQUEST", "JPN")}),
    # a bailout is aid; troops sent to monitor a ceasefire are help to where they go
    ("The IMF approved a bailout for Pakistan.", {("IMF", "AID", "PAK")}),
    ("Kazakhstan deployed troops to Tajikistan to monitor the ceasefire.", {("KAZ", "AID", "TJK")}),
    # "he" after an official named only by title is that official
    ("The Kenyan defence minister arrived in Mogadishu. He praised Somalia's reforms.",
     {("KEN", "CONSULT", "SOM"), ("KEN", "SUPPORT", "SOM")}),
    # a delegation or an envoy sent to a state visits it
    ("India sent a delegation to Bhutan.", {("BTN", "CONSULT", "IND")}),
    # "he" after someone kg does not know has spoken is theirs, not an earlier official's
    ("Kenyan President William Ruto hosted Ugandan President Yoweri Museveni in Nairobi. Opposition candidate "
     "Kizza Besigye says the vote was rigged. He said during a visit to Tanzania that he would win.",
     {("UGA", "CONSULT", "KEN")}),
    # "the country" after a list is the listed state the story names most, not the last listed
    ("India lodged a protest with Nepal over the map. Later, India and Bhutan signed a trade deal. "
     "The country also accused China of building roads near the border.",
     {("IND", "ACCUSE", "NPL"), ("BTN", "AGREE", "IND"), ("IND", "ACCUSE", "CHN")}),
    # a call "for" someone to act asks them ("called for Germany to act": a for-to clause)
    ("Egypt appealed for Israel to allow aid into Gaza.", {("EGY", "REQUEST", "ISR")}),
    # "than" comparing two acts names no second target ("closer to X than to Y" does)
    ("Russia seems more interested in disrupting the shipping lanes than in listening to the views of Georgians.", set()),
    # a demand's that-clause the parser hangs on the verb ("reiterated its demand today that
    # ..."): a request of the clause's subject, whose act is asked for, not done
    ("The ILO reiterated its demand on Monday that Israel ease restrictions on Palestinian workers.",
     {("InternationalLaborOrganization", "REQUEST", "ISR")}),
    # a demonym right after a state's name is a people of that place ("Kosovo Albanians")
    ("Serbian police detained three Kosovo Albanians.", {("SRB", "COERCE", "XKX")}),
    # ... and after another demonym ("Bosnian Serbs" are Bosnia's); "Serbs" and "Croats" alone
    # are Serbia's and Croatia's people, as event coders code them
    ("Bosnian Serb forces shelled the Croatian town.", {("BIH", "ASSAULT", "HRV")}),
    # (but a national adjective before the demonym of a state is the people's origin: "Turkish
    # Cypriots" are Cyprus's)
    ("Turkish Cypriot leader Rauf Denktash rejected the UN plan.", {("CYP", "REJECT", "UN")}),
    ("Greek Cypriots protested against the Turkish occupation.", {("CYP", "PROTEST", "TUR")}),
    ("Thousands of Serbs demonstrated outside the US embassy.", {("SRB", "PROTEST", "USA")}),
    ("Croats protested against the arrest of the general by Serbian police.", {("HRV", "PROTEST", "SRB")}),
    # a title that is part of an official's name ("Pope Francis"): the Holy See's head
    ("Pope John Paul II appealed to Iraq to release the hostages.", {("VAT", "REQUEST", "IRQ")}),
    # a broker consults both parties and is no party to what it brokered
    ("Qatar brokered a truce between Israel and Hamas.",
     {("QAT", "CONSULT", "ISR"), ("QAT", "CONSULT", "Hamas"), ("ISR", "RETREAT", "Hamas"), ("Hamas", "RETREAT", "ISR")}),
    ("Norway brokered a ceasefire between the Sri Lankan government and Tamil rebels.", {("NOR", "CONSULT", "LKA")}),
    # help or talks offered on a condition are an offer (PLOVER's AGREE), as force threatened
    # on one is a THREATEN
    ("China would send aid to Nepal if asked.", {("CHN", "AGREE", "NPL")}),
    ("Iran said it would resume talks with the IAEA if sanctions were lifted.", {("IRN", "AGREE", "IAEA")}),
    # people withdrawn "from" a state are withdrawn from there (not people who come from there)
    ("The UN withdrew weapons inspectors and humanitarian workers from Iraq.", {("UN", "RETREAT", "IRQ")}),
    # a claim's maker named "by" or "from" it is the one a denial or a rejection is aimed at,
    # and the one who criticises (not the clause's subject)
    ("Nicaragua denied charges by Honduras that its troops had crossed the border.", {("NIC", "REJECT", "HND"), ("HND", "ACCUSE", "NIC")}),
    ("Nicaragua rejected accusations from Honduras that its troops had crossed the border.", {("NIC", "REJECT", "HND"), ("HND", "ACCUSE", "NIC")}),
    ("China rejected criticism from the United States.", {("CHN", "REJECT", "USA"), ("USA", "ACCUSE", "CHN")}),
    # ... also when the criticism says what it is about; criticism of a third state stays nested
    ("Burma rejected US criticism of its human rights record.", {("MMR", "REJECT", "USA")}),
    ("China rejected criticism from the United States over Tibet.", {("CHN", "REJECT", "USA")}),
    ("China rejected American criticism of Japan.", {("CHN", "REJECT", ("USA", "ACCUSE", "JPN"))}),
    # an agreement to let someone act is an agreement with whom the object-control verb's
    # clause is about ("agreed to allow Lebanese troops to ...")
    ("Syria has agreed to allow Lebanese troops to take over the positions.", {("SYR", "AGREE", "LBN")}),
    # an appeal, a warning or a deadline ignored is rejected; a that-clause insisted on is a
    # demand when it says what someone must do, a claim when it says what is so
    ("Indonesia ignored Australian appeals to spare the two convicted smugglers.", {("IDN", "REJECT", "AUS")}),
    ("North Korea ignored calls from China to return to the talks.", {("PRK", "REJECT", "CHN")}),
    ("The government ignored the protesters.", set()),
    ("Japan insisted that North Korea account for the abducted citizens.", {("JPN", "REQUEST", "PRK")}),
    ("The United States insisted that Iraq comply with the resolutions.", {("USA", "REQUEST", "IRQ")}),
    ("China insisted that Japan should apologise for the war.", {("CHN", "REQUEST", "JPN")}),
    ("Iran insisted that its nuclear programme was peaceful.", set()),
    # a capital naming a text after "the", in lower case too, is where it was made
    ("Uganda withdrew its troops from DR Congo under the Lusaka accord.", {("UGA", "RETREAT", "COD")}),
    # troops sent to serve in a peacekeeping force are help; joining a force or an exercise
    # is no membership of the body that leads it
    ("Britain will send 1,000 troops to Bosnia to join the UN peacekeeping force.", {("GBR", "AID", "BIH")}),
    ("Sweden joined a NATO exercise in Norway.", set()),
    ("Poland joined NATO in 1999.", {("POL", "MEMBER_OF", "NATO")}),
    # "the leaders of A, B and C met": the states named after "of", pairwise
    ("The leaders of Egypt, Jordan and Syria met.", {("EGY", "CONSULT", "JOR"), ("EGY", "CONSULT", "SYR"), ("JOR", "CONSULT", "SYR")}),
    # an offer or a plan accepted is an agreement with whoever made it; a demand or a
    # condition accepted or met is a concession to them (CAMEO 083)
    ("Sri Lanka accepted an offer from India to mediate in the conflict.", {("LKA", "AGREE", "IND")}),
    ("Iraq accepted the UN plan.", {("IRQ", "AGREE", "UN")}),
    ("Iraq accepted UN demands to destroy its missiles.", {("IRQ", "CONCEDE", "UN")}),
    ("Serbia met NATO's conditions for a halt to the bombing.", {("SRB", "CONCEDE", "NATO")}),
    # training another state's troops is military help to it (CAMEO 072); training together is cooperation
    ("The United States is training Georgian troops to fight terrorism.", {("USA", "AID", "GEO")}),
    ("India and France trained together in Rajasthan.", {("FRA", "COOPERATE", "IND")}),
    # what states cooperate "on" is a topic, not a partner
    ("Japan and South Korea pledged to share intelligence on North Korea's missile launches.",
     {("JPN", "COOPERATE", "KOR"), ("JPN", "AGREE", "KOR")}),
    # "the move" condemned is whatever was just reported, by whoever did it
    ("China deployed warships near Taiwan. Taipei condemned the move.", {("CHN", "MOBILIZE", "TWN"), ("TWN", "ACCUSE", "CHN")}),
    ("Taipei condemned the move.", set()),
    # what someone is charged "with" is alleged, also when the charged is no actor
    ("Haitian police charged him with terrorizing residents of the slum.", set()),
    ("Turkey charged Greece with violating its airspace.", {("TUR", "ACCUSE", "GRC")}),
    # trade cut or taxed is a sanction; a retaliation is what it was done with
    ("Japan restricted exports of chip materials to South Korea.", {("JPN", "SANCTION", "KOR")}),
    ("Russia retaliated with the expulsion of ten British diplomats.", {("RUS", "SANCTION", "GBR")}),
    ("China retaliated against Japan with an embargo on rare earths.", {("CHN", "SANCTION", "JPN")}),
    ("India curbed rice exports.", set()),
    # people parsed as a noun phrase with "protested" after them protest (no one gets protested)
    ("Filipino students protested outside the Chinese embassy in Manila.", {("PHL", "PROTEST", "CHN")}),
    ("Iraqi civilians killed in the strike.", set()),
    # outrage or displeasure voiced is disapproval; a policy or a decision attacked is attacked in
    # words (but positions attacked are attacked)
    ("France expressed outrage at the Iranian attack.", {("FRA", "ACCUSE", "IRN")}),
    ("Zimbabwe's foreign minister attacked Britain's policy on land reform.", {("ZWE", "ACCUSE", "GBR")}),
    ("Iraq attacked Kuwaiti positions.", {("IRQ", "ASSAULT", "KWT")}),
    # a state's act called a wrong ("as a hostile act", "a crime") accuses the state; something
    # of no one's called so accuses no one
    ("The Sudanese government described Eritrea's decision as a hostile act.", {("SDN", "ACCUSE", "ERI")}),
    ("Moscow called NATO's expansion a threat to its security.", {("RUS", "ACCUSE", "NATO")}),
    ("China branded the visit a provocation.", set()),
    ("Russia described India as a reliable partner.", {("IND", "PARTNER", "RUS")}),
    # forces of two states that fought fought each other; troops sent to fight insurgents in a
    # state help it (what they are sent to do is the help, no attack on where it happens)
    ("Armenian and Azerbaijani forces fought along the border overnight.", {("ARM", "ASSAULT", "AZE"), ("AZE", "ASSAULT", "ARM")}),
    ("Russia sent troops to fight insurgents in Mali.", {("RUS", "AID", "MLI")}),
    ("Indonesia is fighting corruption.", set()),
    # people who died when a state's forces fired were killed by them
    ("Five Indian soldiers died when Pakistani troops fired across the line of control.", {("PAK", "ASSAULT", "IND")}),
    ("Five Indian soldiers died when their helicopter crashed.", set()),
    # remorse expressed to a state is an apology (CAMEO 055, PLOVER's SUPPORT)
    ("The Japanese prime minister expressed remorse to China for wartime atrocities.", {("JPN", "SUPPORT", "CHN")}),
    # retaliation vowed is a threat; force used is armed force
    ("China vowed retaliation against Japan.", {("CHN", "THREATEN", "JPN")}),
    ("Israel used force against Palestinian protesters.", {("ISR", "ASSAULT", "PSE")}),
    ("The police used force to disperse the crowd.", set()),
    # abbreviations with full stops name their state ("C.A.R.", "D.R.C.")
    ("Cameroon and C.A.R. officials met in Yaounde.", {("CAF", "CONSULT", "CMR")}),
    # a state warned by another, in the passive, is threatened as in the active
    ("Iraq was warned by the United States not to move troops south.", {("USA", "THREATEN", "IRQ")}),
    # people expelled "from" a state, with no "by", were put out by that state
    ("Two Chinese diplomats were expelled from India on charges of spying.", {("IND", "SANCTION", "CHN")}),
    ("Hundreds of Malian migrants were deported from Algeria.", {("DZA", "COERCE", "MLI")}),
    ("Two Russian diplomats were expelled.", set()),
    ("Nigeria was suspended from the Commonwealth.", {("Commonwealth", "SANCTION", "NGA")}),
    ("Egypt was expelled from the Arab League.", {("ArabLeague", "SANCTION", "EGY")}),
    # leaders of the 1990s wire by surname alone, and a title after two demonyms ("Bosnian Serb
    # leader") of the place named first
    ("Yeltsin met Kohl in Moscow.", {("DEU", "CONSULT", "RUS")}),
    ("Mubarak telephoned Arafat to discuss the crisis.", {("EGY", "CONSULT", "PSE")}),
    ("Milosevic met Tudjman in Paris.", {("HRV", "CONSULT", "SRB")}),
    ("Bosnian Serb leader Radovan Karadzic met Slobodan Milosevic in Belgrade.", {("BIH", "CONSULT", "SRB")}),
    ("King Fahd received President Mubarak in Riyadh.", {("EGY", "CONSULT", "SAU")}),
    # letting an actor's people in ("into" a place, or to visit, land, inspect ...) is access
    # granted to that actor (CAMEO 086), and refusing it rejects them (1245)
    ("Sudan allowed African Union troops into Darfur.", {("SDN", "RETREAT", "AU")}),
    ("Israel refused to allow a UN fact-finding team to visit the camp.", {("ISR", "REJECT", "UN")}),
    ("Turkey allowed American jets to fly over its territory.", {("TUR", "RETREAT", "USA")}),
    ("Egypt allowed its citizens to travel to Israel.", set()),
    # a yielding promised for later is also an agreement made now (CAMEO 035 is PLOVER's AGREE)
    ("Syria says it is willing to withdraw its troops from Lebanon.", {("SYR", "RETREAT", "LBN"), ("SYR", "AGREE", "LBN")}),
    # (and one refused for later, "will not", is a rejection now: CAMEO 124, "refuse to yield")
    ("Vietnam will not ease restrictions on Chinese traders.", {("VNM", "REJECT", "CHN")}),
    # force used by protesters is a riot, a violent protest (CAMEO 145), not an armed attack
    ("Georgian demonstrators hurled stones at the Russian embassy.", {("GEO", "PROTEST", "RUS")}),
    ("Iranian protesters attacked the British embassy in Tehran.", {("IRN", "PROTEST", "GBR")}),
    # (the protesters counted: "thousands of demonstrators")
    ("Thousands of Serbian demonstrators attacked the U.S. embassy in Belgrade.", {("SRB", "PROTEST", "USA")}),
    # an object "it" charged with a deed or told to do something is an actor, not a thing
    ("Bahrain cut ties with Iran, accusing it of meddling in its affairs.", {("BHR", "SANCTION", "IRN"), ("BHR", "ACCUSE", "IRN")}),
    ("Japan imposed sanctions on North Korea and urged it to return to talks.",
     {("JPN", "SANCTION", "PRK"), ("JPN", "REQUEST", "PRK")}),
    ("Russia vetoed the resolution, calling it one-sided.", set()),
    # a rival named by an adjective of the state ("its arch-rival Pakistan") is the owner's rival
    ("India and its arch-rival Pakistan held talks in Delhi.", {("IND", "RIVAL", "PAK"), ("IND", "CONSULT", "PAK")}),
    # plans, bids and hopes are wrecked only in words: a rejection
    ("Hungary scuttled Ukraine's bid to join the EU.", {("HUN", "REJECT", "UKR")}),
    ("Washington killed the nuclear deal with Iran.", {("USA", "REJECT", "IRN")}),
    # troops sent to help someone: the help names whom it is for
    ("Zimbabwe sent 3,000 troops to help Congolese President Laurent Kabila fight the rebels.", {("ZWE", "AID", "COD")}),
    # forces ordered somewhere are sent there; an order to one's own forces is the act itself
    ("The United States ordered 3,200 troops to Honduras in a show of force against Nicaragua.", {("USA", "MOBILIZE", "NIC")}),
    ("Moscow ordered its troops to withdraw from Georgia.", {("RUS", "RETREAT", "GEO")}),
    ("The UN ordered Iraqi troops to withdraw from Kuwait.", {("UN", "REQUEST", "IRQ")}),
    # a ship that sinks was not sunk by anyone
    ("A ferry carrying 1,500 passengers sank off the central Philippines, the coast guard said.", set()),
    # an act named again in the same sentence or the next is its doer's
    ("U.S. troops invaded Panama, and Moscow condemned the invasion as a violation of international law.",
     {("USA", "ASSAULT", "PAN"), ("RUS", "ACCUSE", "USA")}),
    # names joined by "and" are a plural "them" can stand for
    ("Turkey said it opposed the membership bids of Finland and Sweden, accusing them of harbouring Kurdish militants.",
     {("TUR", "REJECT", "FIN"), ("TUR", "REJECT", "SWE"), ("TUR", "ACCUSE", "FIN"), ("TUR", "ACCUSE", "SWE")}),
    # "in a move X denounced": the move is the clause's act, and X denounces its doer
    ("Russia halted all imports of Georgian wine, in a move the government in Tbilisi denounced as political punishment.",
     {("RUS", "SANCTION", "GEO"), ("GEO", "ACCUSE", "RUS")}),
    # whoever brokered or sponsored a ceasefire is no party to it; a ceasefire accepted is agreed
    ("Armenia and Azerbaijan agreed to a Russian-brokered ceasefire.",
     {("ARM", "AGREE", "AZE"), ("ARM", "RETREAT", "AZE"), ("AZE", "RETREAT", "ARM")}),
    ("Iran accepted a UN-brokered ceasefire with Iraq.", {("IRN", "AGREE", "IRQ")}),
    # forces counted and sent around a state are a show of force; arms sent to it are help
    ("China sent dozens of warplanes and warships around Taiwan on Saturday.", {("CHN", "MOBILIZE", "TWN")}),
    ("Germany sent dozens of tanks to Ukraine.", {("DEU", "AID", "UKR")}),
    # a text that demands or accuses speaks for its author, or for whoever issued it
    ("The Security Council passed a resolution demanding that Russia withdraw its troops.", {("UNSC", "REQUEST", "RUS")}),
    ("Israel rejected an Amnesty International report accusing it of imposing apartheid on Palestinians.",
     {("ISR", "REJECT", ("AmnestyInternational", "ACCUSE", ("ISR", "COERCE", "PSE")))}),
    # forces that storm a place assault it; crowds that storm one riot
    ("Israeli troops stormed the Jenin refugee camp in the West Bank.", {("ISR", "ASSAULT", "PSE")}),
    ("Hundreds of protesters stormed the US embassy in Baghdad.", {("IRQ", "PROTEST", "USA")}),
    # help stopped is a sanction (CAMEO 162); an offensive pressed is force, no demand
    ("Russia's Gazprom halted gas deliveries to Ukraine after talks on a new price collapsed.", {("RUS", "SANCTION", "UKR")}),
    ("Ukrainian forces pressed a counteroffensive against Russian troops in the south.", {("UKR", "ASSAULT", "RUS")}),
    ("Ukraine pressed Russia to withdraw.", {("UKR", "REQUEST", "RUS")}),
    # "neither side willing to" deny what neither side would do
    ("Indian and Chinese troops remained locked in a standoff, with neither side willing to pull back.",
     {("IND", "MOBILIZE", "CHN"), ("CHN", "MOBILIZE", "IND")}),
    # a protest something happened during is held by whom its phrase names, not by the clause's subject
    ("Israeli soldiers shot and wounded three Palestinian youths during a demonstration against the occupation in Gaza.",
     {("ISR", "ASSAULT", "PSE")}),
    # "the alliance" beside a body the sentence names is that body, no new alliance of its members
    ("Poland, Hungary and the Czech Republic formally joined NATO, becoming the first former Warsaw Pact members in the alliance.",
     {("POL", "MEMBER_OF", "NATO"), ("HUN", "MEMBER_OF", "NATO"), ("CZE", "MEMBER_OF", "NATO")}),
    ("Japan and the United States reaffirmed the alliance.", {("JPN", "ALLY", "USA")}),
    # a pullback or a truce talked about has not happened
    # (the two discussing it is their consultation)
    ("Putin and Erdogan discussed a ceasefire in Syria.", {("RUS", "CONSULT", "TUR")}),
    ("U.N. mediator Diego Cordovez arrived in Islamabad for talks with Pakistani officials on a timetable for the "
     "Soviet troop withdrawal from Afghanistan.", {("UN", "CONSULT", "PAK")}),
    ("Russia withdrew its troops from Moldova.", {("RUS", "RETREAT", "MDA")}),
    # the PLO is the Palestinians', as the Palestinian Authority is
    ("Israel and the Palestine Liberation Organization signed a historic accord.", {("ISR", "AGREE", "PSE")}),
    # a protest lodged "with" someone, the parser hanging the "with" on the noun
    ("China lodged a strong protest with the United States on Tuesday over the visit.", {("CHN", "ACCUSE", "USA")}),
    # what a meeting or a visit is held to say is said to whom was met
    ("Albright met Israeli Prime Minister Netanyahu in Jerusalem to press for a troop pullback.",
     {("USA", "CONSULT", "ISR"), ("USA", "REQUEST", "ISR")}),
    # "culpable for" an attack, as "responsible for" it, is a charge
    ("Britain expelled 23 Russian diplomats after London said Moscow was culpable for the attack in Salisbury.",
     {("GBR", "SANCTION", "RUS"), ("GBR", "ACCUSE", "RUS")}),
    # the first of a list of subjects the parser cut off before the comma is one of them
    ("Malaysia, Indonesia and the Philippines launched joint sea patrols in the Sulu Sea.",
     {("MYS", "COOPERATE", "IDN"), ("MYS", "COOPERATE", "PHL"), ("IDN", "COOPERATE", "PHL")}),
    ("In Brussels, France and Germany signed a defence pact.", {("FRA", "AGREE", "DEU")}),
    # a demand or a charge answered was made, by whom it names, of whoever answers it
    ("Manila rejected Beijing's demand that it remove the grounded warship.", {("PHL", "REJECT", "CHN"), ("CHN", "REQUEST", "PHL")}),
    ("Iraq bowed to U.N. demands and allowed the inspectors back.", {("IRQ", "CONCEDE", "UN"), ("UN", "REQUEST", "IRQ")}),
    ("Rwanda denied accusations by Kinshasa that it was arming rebels in eastern Congo.",
     {("RWA", "REJECT", "COD"), ("COD", "ACCUSE", "RWA")}),
    ("The Kremlin denied Kyiv's claims that Russian forces had shelled the power plant.",
     {("RUS", "REJECT", "UKR"), ("UKR", "ACCUSE", "RUS")}),
    # (a claim to something is no charge; and a charge no one is named as making accuses no one)
    ("Vietnam rejected China's claims to the islands.", {("VNM", "REJECT", "CHN")}),
    ("Russia's envoy dismissed accusations that it is buying weapons from North Korea.", set()),
    # a condemned act whose doer is not named accuses no one (the condemner did not do it,
    # and the victims are not accused); a doer named in the phrase is accused
    ("Saudi Arabia condemned the attack on the Egyptian embassy.", set()),
    ("India condemned the attack on its embassy in Kabul.", set()),
    ("India condemned the attack by Pakistani militants on its embassy in Kabul.", {("IND", "ACCUSE", "PAK")}),
    # a denial of reports by no one named rejects nobody
    ("Iran rejected reports that it had sent drones to Russia.", set()),
    # refusing a concession in the verb after "rejected", "ruled out" rejects whom it was for
    # (CAMEO 12), and the concession is denied, not done
    ("Britain ruled out lifting the arms embargo on China.", {("GBR", "REJECT", "CHN")}),
    ("Japan rejected easing sanctions on Iran.", {("JPN", "REJECT", "IRN")}),
    ("Russia ruled out talks with Ukraine.", {("RUS", "REJECT", "UKR")}),
    # a membership "for" a state is one offered or refused, held by nobody (not the speaker);
    # an act said to be "out of the question" or "off the table" is ruled out by whoever says so
    ("Russian officials said that NATO membership for Ukraine was out of the question.", {("RUS", "REJECT", "UKR")}),
    ("Japan said lifting sanctions on North Korea was out of the question.", {("JPN", "REJECT", "PRK")}),
    ("Talks with Iran are off the table, Israeli officials said.", {("ISR", "REJECT", "IRN")}),
    ("Japan said talks with China were not out of the question.", set()),
    ("Peace is out of the question.", set()),
    # harm done to people held "in" a state's custody, with no doer named, is the holder's;
    # "died of", "died as a result of" an attack are its victims' deaths
    ("A Kuwaiti detainee died as a result of torture while in Iraqi custody.", {("IRQ", "ASSAULT", "KWT")}),
    ("An Egyptian fisherman was tortured in Libyan custody.", {("LBY", "ASSAULT", "EGY")}),
    ("A Turkish journalist died in Iranian custody.", set()),
    ("A Lebanese civilian died of wounds from an Israeli air raid.", {("ISR", "ASSAULT", "LBN")}),
    # people counted ("thousands of") and expelled are deported, not envoys sent home
    ("Libya expelled thousands of Egyptian workers.", {("LBY", "COERCE", "EGY")}),
    # forces built up or concentrated near a state are a show of force
    ("Iraq built up its forces near Kuwait.", {("IRQ", "MOBILIZE", "KWT")}),
    ("Syria concentrated troops near the Turkish border.", {("SYR", "MOBILIZE", "TUR")}),
    ("China is building aircraft carriers.", set()),
    # help or a yielding refused for later ("will not", "would not") rejects whom it was for;
    # one not done, or not said, rejects nobody
    ("Russia will not extradite the suspects to Britain, the Kremlin said.", {("RUS", "REJECT", "GBR")}),
    ("Kuwait said it would not allow Iraqi planes to use its airspace.", {("KWT", "REJECT", "IRQ")}),
    ("Japan will not provide aid to Myanmar.", {("JPN", "REJECT", "MMR")}),
    ("Syria did not withdraw its troops from Lebanon.", set()),
    ("Moscow would not say whether it will withdraw its troops from Georgia.", set()),
    ("Turkey allowed American jets to use its air bases.", {("TUR", "RETREAT", "USA")}),
    # a verb of stopping beside another verb does not negate it
    ("Thai police stopped and detained a Cambodian fishing crew.", {("THA", "COERCE", "KHM")}),
    # two sides that clash "in" a place clash with each other, not with the place
    ("Ecuadorean and Peruvian troops clashed in Colombia.", {("ECU", "ASSAULT", "PER"), ("PER", "ASSAULT", "ECU")}),
    ("Indian troops clashed with Chinese troops in Ladakh.", {("IND", "ASSAULT", "CHN"), ("CHN", "ASSAULT", "IND")}),
    # a weapon fired is an attack on whom it was fired at, not on all it could reach; a test
    # firing is a show of force (CAMEO 150, MOBILIZE), aimed at whom it was meant to reach
    ("Pakistan fired a missile capable of reaching India.", set()),
    ("Pakistan fired a missile at India.", {("PAK", "ASSAULT", "IND")}),
    ("North Korea test-fired a missile into the sea near Japan.", {("PRK", "MOBILIZE", "JPN")}),
    ("Syria has massed troops capable of attacking Lebanon on its border.", {("SYR", "MOBILIZE", "LBN")}),
    # a ship sunk by a state's forces is attacked; a ship that sank is not
    ("The Sri Lankan navy sank a boat carrying Indian fishermen.", {("LKA", "ASSAULT", "IND")}),
    ("The ferry sank off the coast of Tanzania.", set()),
    # a chargé d'affaires summoned is a protest like an ambassador summoned
    ("Iraq summoned the Turkish charge d'affaires.", {("IRQ", "ACCUSE", "TUR")}),
    # a state noun's possessive names its state through its own modifier
    ("Washington expressed support for the Colombian government's peace efforts.", {("USA", "SUPPORT", "COL")}),
    # people of a state who march or gather against someone protest; troops marching, or a
    # crowd gathered to greet, do not
    ("Thousands of Bangladeshis marched against the United States.", {("BGD", "PROTEST", "USA")}),
    ("Indian troops marched into Goa.", set()),
    ("Thousands of Pakistanis gathered to welcome the Chinese premier.", set()),
    # a participle set off after a named force ("backed by U.S. aircraft") does not replace it
    ("The Philippine navy, backed by U.S. surveillance aircraft, intercepted a Chinese fishing vessel.",
     {("PHL", "COERCE", "CHN"), ("USA", "SUPPORT", "PHL")}),
    ("A resolution drafted by the United States condemned Iran.", {("USA", "ACCUSE", "IRN")}),
    # letting another state keep troops on one's soil is access granted
    ("Tajikistan allowed Russia to keep troops on its soil.", {("TJK", "RETREAT", "RUS")}),
    # names with "al-" ("Farouk al-Sharaa", "Bashar al-Assad") are one name
    ("Israeli Prime Minister Ehud Barak and Syrian Foreign Minister Farouk al-Sharaa resumed talks in Washington.",
     {("ISR", "CONSULT", "SYR")}),
    # names with lower-case particles are one name ("F.W. de Klerk", "von der Leyen")
    ("Chirac welcomed South African President F.W. de Klerk.", {("FRA", "CONSULT", "ZAF")}),
    ("European Commission President Ursula von der Leyen visited Kyiv.", {("EU", "CONSULT", "UKR")}),
    # an appeal acted against ("despite appeals from", "ignored calls from") was made to the one
    # who acted; its "from" may hang on the appeal's own complement
    ("Indonesia executed two Australian drug smugglers despite appeals for clemency from Canberra.",
     {("AUS", "REQUEST", "IDN"), ("IDN", "COERCE", "AUS")}),  # (the execution itself, as the hanging below)
    ("Singapore hanged a Malaysian man on Friday despite appeals from Kuala Lumpur to spare his life.",
     {("MYS", "REQUEST", "SGP"), ("SGP", "ASSAULT", "MYS")}),
    ("North Korea ignored calls from China to return to the talks.", {("PRK", "REJECT", "CHN")}),
    # going on with one's own plan asks nobody anything; pressing someone does
    ("Cuba pressed ahead with its plan to build a new port near the U.S. naval base.", set()),
    ("Nepal pressed India to reopen the border.", {("NPL", "REQUEST", "IND")}),
    # "extend" is help only when what is extended is ("a loan", "credit"), not an embassy or a lease
    ("Japan extended a $500 million loan to Sri Lanka.", {("JPN", "AID", "LKA")}),
    ("France extended its embassy in Germany.", set()),
    ("Russia extended its lease on the naval base in Ukraine's Crimea.", set()),
    # a relative clause with its own subject and no object acts on the noun it describes
    ("Kenya ordered the expulsion of two Somali diplomats it accused of spying.",
     {("KEN", "SANCTION", "SOM"), ("KEN", "ACCUSE", "SOM")}),
    ("Russia released the Ukrainian sailors it had seized near the Kerch Strait.",
     {("RUS", "RETREAT", "UKR"), ("RUS", "COERCE", "UKR")}),
    # "who", "which", "that" as a relative clause's subject stand for the noun described
    ("Egypt welcomed the Sudanese generals who seized power in Khartoum.", {("EGY", "SUPPORT", "SDN")}),
    ("Russia, which invaded Ukraine in 2022, rejected the peace plan.", {("RUS", "ASSAULT", "UKR")}),
    # things that arrive make no visit
    ("French weapons arrived in Athens on Monday.", set()),
    ("The first shipment of Chinese vaccines arrived in Kabul.", set()),
    ("The Chinese foreign minister arrived in Kabul.", {("CHN", "CONSULT", "AFG")}),
    # a leader called is a telephone call, and what it was made to say is said to the one called
    # (the caller urges; "on Friday" is no "call on")
    ("President Macron called President Putin on Friday to urge restraint.",
     {("FRA", "CONSULT", "RUS"), ("FRA", "REQUEST", "RUS")}),
    ("Britain's Foreign Secretary called his Iranian counterpart to demand the release of a detained British aid worker.",
     {("GBR", "CONSULT", "IRN"), ("GBR", "REQUEST", "IRN")}),
    ("Germany called on Russia on Monday to withdraw its troops.", {("DEU", "REQUEST", "RUS")}),
    ("The Chinese leader called the summit a success.", set()),
    # a yielding refused for later is a rejection of whoever pressed for it
    ("Zimbabwe's foreign minister said his country would not bow to pressure from Britain.", {("ZWE", "REJECT", "GBR")}),
    # an act as the subject of a verb is done by its maker
    ("Airstrikes by the Saudi-led coalition hit a port in Yemen on Monday.", {("SAU", "ASSAULT", "YEM")}),
    # whom a defence is "against" is the adversary: threatened when the defence is promised,
    # never the one supported
    ("Poland will defend its borders against Russia.", {("POL", "THREATEN", "RUS")}),
    ("Malaysia's prime minister vowed to defend the country's waters against Chinese incursions.",
     {("MYS", "THREATEN", "CHN")}),
    ("The United States pledged to defend Taiwan against any Chinese attack.", {("USA", "SUPPORT", "TWN")}),
    ("France defended Germany against British criticism.", {("FRA", "SUPPORT", "DEU")}),
    ("Iran placed the British ambassador under house arrest.", {("IRN", "COERCE", "GBR")}),
    # forces going into another state uninvited are an incursion; to drill, on request or to
    # help they are not
    ("South African troops crossed into Angola to attack guerrilla bases.", {("ZAF", "ASSAULT", "AGO")}),
    ("Turkish troops crossed into northern Iraq to pursue Kurdish rebels.", {("TUR", "ASSAULT", "IRQ")}),
    ("U.S. troops moved into Poland for joint exercises.", set()),
    ("Russian troops entered Kazakhstan at the request of its government.", {("KAZ", "REQUEST", "RUS")}),
    # a complaint lodged with a state over an act nobody else is named doing accuses that state
    ("Beijing lodged a stern protest with Washington over the sale of arms to Taiwan.",
     {("CHN", "ACCUSE", "USA"), ("CHN", "ACCUSE", ("USA", "AID", "TWN"))}),
    ("China criticised the United States over the sale of arms to Taiwan.",
     {("CHN", "ACCUSE", "USA"), ("CHN", "ACCUSE", ("USA", "AID", "TWN"))}),
    # a state urging its own people asks no other state
    ("Britain urged its citizens to leave Lebanon immediately.", set()),
    ("Germany told its nationals to avoid travel to Iran.", set()),
    ("Britain urged its allies to sanction Russia.", {("GBR", "REQUEST", "RUS")}),
    # prosecutors and courts "in" a capital are its state's
    ("Prosecutors in Ankara indicted two German journalists on terrorism charges.", {("TUR", "COERCE", "DEU")}),
    # killed "in a clash with" someone: that side killed them
    ("Ten Indian soldiers were killed in a clash with Chinese troops in the Himalayas.", {("CHN", "ASSAULT", "IND")}),
    # an act condemned in the passive is condemned as in the active
    ("The shipment of Iranian drones to Russia was condemned by the European Union.",
     {("EU", "ACCUSE", "IRN"), ("EU", "ACCUSE", ("IRN", "AID", "RUS"))}),
    # a thing done in the passive names whom it is aimed at, as the active verb's object would
    ("Trade curbs on Venezuela were eased by Washington in March.", {("USA", "CONCEDE", "VEN")}),
    ("An arms embargo against Eritrea was imposed by the Security Council.", {("UNSC", "SANCTION", "ERI")}),
    # an objection or a veto withdrawn is a concession; remains returned are a return
    ("Turkey withdrew its objection to Sweden's NATO membership.", {("TUR", "CONCEDE", "SWE"), ("SWE", "MEMBER_OF", "NATO")}),
    ("Vietnam returned the remains of 20 American servicemen.", {("VNM", "RETREAT", "USA")}),
    # an adjective the parser hangs on a noun inside a compound still names the phrase's state
    # ("Chinese" on "guard" in "Chinese coast guard ships")
    ("Manila said that Chinese coast guard ships had blocked two Filipino supply vessels.",
     {("PHL", "ACCUSE", "CHN"), ("CHN", "COERCE", "PHL")}),
    ("The Russian Black Sea fleet commander met Turkish navy officials.", {("RUS", "CONSULT", "TUR")}),
    ("U.S. special forces commandos raided a house in northern Syria.", {("USA", "ASSAULT", "SYR")}),
    # ... or on a possessor ("Vietnamese fishermen's boats"); a boat rammed is attacked
    ("Vietnamese fishermen's boats were rammed by a Chinese vessel.", {("CHN", "ASSAULT", "VNM")}),
    # a state that flags or owns a ship names it, as one that leads a coalition; where a
    # weapon was made names no actor
    ("A Liberian-flagged ship was seized by Iran in the Gulf of Oman.", {("IRN", "COERCE", "LBR")}),
    ("A Saudi-owned tanker was attacked by Houthi rebels in the Red Sea.", {("Houthis", "ASSAULT", "SAU")}),
    ("Houthi rebels fired U.S.-made missiles at Saudi Arabia.", {("Houthis", "ASSAULT", "SAU")}),
    ("Ukrainian forces shot down Iranian-made drones over Kyiv.", set()),
    # "Pan-American", "pan-Arab": a whole region, no state
    ("Colombian farmers blocked the Pan-American Highway in Cauca.", {("COL", "PROTEST", "COL")}),
    # people rescued are whoever the parser makes the subject of what they were doing
    ("A Nigerian navy patrol rescued 30 Ghanaian fishermen adrift off the coast.", {("NGA", "AID", "GHA")}),
    # talks refused for later are a rejection now (CAMEO 125), as help or a yielding is
    ("Iran's supreme leader said Tehran would never negotiate with Washington under pressure.", {("IRN", "REJECT", "USA")}),
    ("North Korea will not hold talks with South Korea.", {("PRK", "REJECT", "KOR")}),
    ("India and Pakistan did not meet in Astana.", set()),
    ("Iran and Iraq signed a ceasefire in Geneva.",
     {("IRN", "AGREE", "IRQ"), ("IRN", "RETREAT", "IRQ"), ("IRQ", "RETREAT", "IRN")}),
    ("The British ambassador was placed under house arrest in Iran.", {("IRN", "COERCE", "GBR")}),
    # an attack withstood is its maker's, on whoever withstood it
    ("Indian troops repelled an attack by Pakistani soldiers in Kashmir.", {("PAK", "ASSAULT", "IND")}),
    ("The Ukrainian army repulsed a Russian offensive near Kharkiv.", {("RUS", "ASSAULT", "UKR")}),
    # verbs that need their object to make the relation: aid stalled (as aid blocked), an
    # ambassador ousted; and lobbying someone for something asks them
    ("Hungary stalled EU aid to Ukraine.", {("HUN", "REJECT", "EU"), ("HUN", "REJECT", "UKR")}),
    ("Mali ousted the French ambassador.", {("MLI", "SANCTION", "FRA")}),
    ("Pakistan lobbied the United States for more military aid.", {("PAK", "REQUEST", "USA")}),
    # "let" and "permit" control their object as "allow" does; a high commissioner is an envoy
    ("Myanmar's junta refused to let a UN envoy visit the country.", {("MMR", "REJECT", "UN")}),
    # refusing an act of no type done to someone named refuses them; help named in a compound
    # ("a loan installment") is help refused; a refusal that names no one refuses no one
    ("Caracas refused to give American inspectors the ballot records.", {("VEN", "REJECT", "USA")}),
    ("The World Bank declined on Monday to release a credit tranche to Malawi.", {("WorldBank", "REJECT", "MWI")}),
    ("Iran refused to comment on the report.", set()),
    # a participle's agent opening the sentence acts on the main clause's subject, passive too
    ("Backed by Russian air power, Syrian troops recaptured the town.", {("RUS", "SUPPORT", "SYR")}),
    ("Arrested by Turkish police in Istanbul, the German journalist was held for a year.", {("TUR", "COERCE", "DEU")}),
    # an act named again as "a move" is each of its doers'
    ("Chile, Peru and Bolivia expelled Venezuelan diplomats, a move Caracas condemned.",
     {("CHL", "SANCTION", "VEN"), ("PER", "SANCTION", "VEN"), ("BOL", "SANCTION", "VEN"),
      ("VEN", "ACCUSE", "CHL"), ("VEN", "ACCUSE", "PER"), ("VEN", "ACCUSE", "BOL")}),
    # a noun's maker named by "by" does what it is to do
    ("The decision by Germany to send tanks to Ukraine was welcomed in Kyiv.", {("DEU", "AID", "UKR")}),
    # refugees sent fleeing are no help sent, and where they flee to is no target; aid to
    # refugees fleeing a war is for where they flee from
    # (the rebels in Darfur are Sudan's: the attack is the state's on its own rebels)
    ("Sudanese troops attacked rebels in Darfur, sending thousands of villagers fleeing toward the Chadian border.",
     {("SDN", "ASSAULT", "SDN")}),
    ("Japan will give food aid to refugees fleeing the war in Sudan.", {("JPN", "AID", "SDN")}),
    # what a state's act or its maker is called, when a condemning word, accuses whoever it
    # names (the second object, or a "by" phrase the parser hangs on the verb after "what");
    # a state designated a terrorist is sanctioned, as before
    ("Ahmadinejad branded Israel a racist state.", {("IRN", "ACCUSE", "ISR")}),
    ("The Kremlin called the text a hostile provocation by Washington.", {("RUS", "ACCUSE", "USA")}),
    ("Bamako expelled the ambassador over what it called hostile remarks by French officials.",
     {("MLI", "SANCTION", "FRA"), ("MLI", "ACCUSE", "FRA")}),
    # a measure taken "citing" someone's wrong accuses them of it
    ("Washington cut aid to Cambodia, citing Phnom Penh's repression of the opposition.",
     {("USA", "SANCTION", "KHM"), ("USA", "ACCUSE", "KHM")}),
    ("Japan cited Chinese figures in its report.", set()),
    # what someone is held or tried for is alleged, not asserted
    ("A court in Ankara convicted a Syrian of plotting to bomb the Israeli consulate.", {("TUR", "COERCE", "SYR")}),
    # the last-resort target is never in a coordinated clause with a subject of its own
    ("Indian troops killed 14 militants in a gunbattle on Friday, and New Delhi accused Pakistan of arming them.",
     {("IND", "ACCUSE", "PAK")}),
    # a preposition after the verb's object goes with the object: no phrasal verb ("slam into")
    ("Seoul slammed Pyongyang's launch of a missile into the sea.", {("KOR", "ACCUSE", "PRK")}),
    ("A Russian jet slammed into a U.S. drone over the Black Sea.", {("RUS", "ASSAULT", "USA")}),
    # what was asked and refused is not done, though the to-clause hangs on the refusing verb
    ("Pyongyang rebuffed Japanese appeals to free the abducted fishermen.",
     {("PRK", "REJECT", "JPN"), ("JPN", "REQUEST", "PRK")}),
    # a demand or a charge made by several together, refused: each made it, each is refused
    ("Syria rejected a call by Egypt, Jordan and Iraq to reopen the border.",
     {("SYR", "REJECT", "EGY"), ("SYR", "REJECT", "JOR"), ("SYR", "REJECT", "IRQ"),
      ("EGY", "REQUEST", "SYR"), ("JOR", "REQUEST", "SYR"), ("IRQ", "REQUEST", "SYR")}),
    ("Pakistan summoned the Indian high commissioner to protest the shooting.", {("PAK", "ACCUSE", "IND")}),
    ("Britain recalled its high commissioner from Zimbabwe.", {("GBR", "SANCTION", "ZWE")}),
    # an act's reason is no act of its own: "in protest at", "in recognition of"
    ("Japan suspended grant aid to China in protest at Beijing's nuclear tests.", {("JPN", "SANCTION", "CHN")}),
    ("Germany's recognition of Croatia angered Belgrade.", {("DEU", "SUPPORT", "HRV")}),
    ("In recognition of their help, Germany thanked the Croatian authorities.", {("DEU", "SUPPORT", "HRV")}),
    ("Saudi Arabia executed a Pakistani national for drug smuggling.", {("SAU", "COERCE", "PAK")}),
    # an act as the subject is its maker's, as a clause too ("Shelling by ..."); clashes between two sides
    ("Shelling by Armenian forces killed two Azerbaijani civilians.", {("ARM", "ASSAULT", "AZE")}),
    ("Clashes between Thai and Cambodian troops killed five soldiers.", {("THA", "ASSAULT", "KHM"), ("KHM", "ASSAULT", "THA")}),
    # a target the parser hung on the participle's doer ("by the EU on Belarus") is the act's
    ("Sanctions imposed by the European Union on Belarus took effect on Monday.", {("EU", "SANCTION", "BLR")}),
    ("An attack launched by Russian forces on Kharkiv killed ten.", {("RUS", "ASSAULT", "UKR")}),
    # an act objected to that names no one is no act between the objectors
    ("Uruguay and Paraguay oppose the embargo.", set()),
    # trade barriers cut or lowered are a concession, as lifted ones are
    ("India cut tariffs on Australian wine under the trade deal.", {("IND", "CONCEDE", "AUS"), ("IND", "AGREE", "AUS")}),
    # a game won is no attack; a state recognised as "a state"; one prompted to act acts
    ("Brazil beat Argentina 3-0 in a World Cup qualifier in Belo Horizonte.", set()),
    ("India beat Pakistan by six wickets in their Champions Trophy match in Dubai.", set()),
    ("Spain, Ireland and Norway formally recognised a Palestinian state on Tuesday.",
     {("ESP", "SUPPORT", "PSE"), ("IRL", "SUPPORT", "PSE"), ("NOR", "SUPPORT", "PSE")}),
    ("Iran seized a British-flagged tanker, prompting London to summon Iran's ambassador.",
     {("IRN", "COERCE", "GBR"), ("GBR", "ACCUSE", "IRN")}),
    # weapons sent to a state are arms handed over; forces sent, or weapons to a border, a show of force
    # arms sales halted are help stopped (CAMEO 1622); a ceasefire broken is no ceasefire; talks
    # broken off are no talks held
    ("Sweden halted arms sales to Turkey.", {("SWE", "SANCTION", "TUR")}),
    ("Rebels in South Sudan broke the ceasefire by attacking government troops.", {("SSD", "ASSAULT", "SSD")}),
    ("Ethiopia broke off talks with Eritrea.", {("ETH", "SANCTION", "ERI")}),
    ("Britain will send Challenger tanks to Ukraine.", {("GBR", "AID", "UKR")}),
    # (the state the weapons go to may be the verb's second object; announced by the sender, no threat)
    ("Washington will send Kyiv more air-defence missiles, the Pentagon said.", {("USA", "AID", "UKR")}),
    ("Germany said it would not send Taurus cruise missiles to Ukraine.", {("DEU", "REJECT", "UKR")}),
    ("Russia sent tanks to the Ukrainian border.", {("RUS", "MOBILIZE", "UKR")}),
    # a hyphenated given name is one name ("Kassym-Jomart" had ended the name at its hyphen)
    ("Kazakh President Kassym-Jomart Tokayev pledged to expand cooperation with Uzbekistan.", {("KAZ", "COOPERATE", "UZB")}),
    # protesters no one names protest where they are: of the state whose city the clause names
    ("Protesters rallied outside the US embassy in Baghdad.", {("IRQ", "PROTEST", "USA")}),
    ("Demonstrators stormed the Danish embassy in Damascus.", {("SYR", "PROTEST", "DNK")}),
    # two doers whose one target is the second: each does it to the other; "from" hung on "back"
    ("Kyrgyzstan and Tajikistan pulled troops back from their shared border.", {("KGZ", "RETREAT", "TJK"), ("TJK", "RETREAT", "KGZ")}),
    # diplomats posted in a capital are not that state's
    ("Eritrea has deployed troops along its disputed border with Djibouti, diplomats in Addis Ababa said.",
     {("ERI", "MOBILIZE", "DJI")}),
    # a cause in a participle's "by" is its own phrase's doing, not the clause subject's
    ("The Red Cross airlifted food to people displaced by fighting in southern Somalia.", {("ICRC", "AID", "SOM")}),
    ("Japan sent aid to villages hit by Russian shelling in Ukraine.", {("RUS", "ASSAULT", "UKR")}),
    # where a pact was signed is no target of an act done under it
    ("Rwanda began pulling its troops out of Burundi under a peace deal signed in South Africa.", {("RWA", "RETREAT", "BDI")}),
    # an organisation's name in capitals opening a sentence: the tagger took "IAEA" for a
    # common noun and "ECOWAS" for a verb; the parser reads their names folded ("Iaea")
    ("The IAEA called on Iran to restore monitoring cameras.", {("IAEA", "REQUEST", "IRN")}),
    ("ECOWAS imposed sweeping economic sanctions on Mali.", {("ECOWAS", "SANCTION", "MLI")}),
    ("A NATO request for more troops was rejected by Germany.", {("DEU", "REJECT", "NATO")}),
    # a charge denied or rejected in a relative clause rejects its maker; "its neighbour" is
    # the other state of the story, as "its rival" is
    ("Pakistan accused the Taliban of harbouring militants, a charge the Taliban rejected.",
     {("PAK", "ACCUSE", "Taliban"), ("Taliban", "REJECT", "PAK")}),
    ("Azerbaijan accused Armenia of shelling its positions in the Kalbajar district, a charge its neighbour flatly denied.",
     {("AZE", "ACCUSE", "ARM"), ("ARM", "REJECT", "AZE")}),
    ("Algeria cut diplomatic relations with Morocco, accusing its neighbour of hostile actions.",
     {("DZA", "SANCTION", "MAR"), ("DZA", "ACCUSE", "MAR")}),
    # export controls tightened are a sanction; a complaint "against" someone is of them, not of
    # the body it was filed with; "their" joint exercise is the named subjects'; protesters
    # gathered at an embassy in a capital, demanding, protest
    ("The Netherlands and Japan tightened export controls on chipmaking equipment bound for China.",
     {("NLD", "SANCTION", "CHN"), ("JPN", "SANCTION", "CHN")}),
    ("Australia filed a WTO complaint against China's anti-dumping duties on Australian wine.", {("AUS", "ACCUSE", "CHN")}),
    ("Iran, Russia and China held their annual joint naval exercise in the Gulf of Oman.",
     {("IRN", "COOPERATE", "RUS"), ("IRN", "COOPERATE", "CHN"), ("RUS", "COOPERATE", "CHN")}),
    ("Thousands of protesters gathered outside the French embassy in Niamey, demanding the departure of French troops.",
     {("NER", "PROTEST", "FRA")}),
    # countermeasures taken are a sanction, announced a threat; a response "with force" is force
    ("China took countermeasures against Lithuania.", {("CHN", "SANCTION", "LTU")}),
    ("China warned it would take countermeasures against Lithuania.", {("CHN", "THREATEN", "LTU")}),
    ("Russia responded with force to the Georgian attack.", {("RUS", "ASSAULT", "GEO")}),
    # "reported" attributes as "said" does: an attack the victim's media report is its accusation
    # (and the attack as told, while nothing in the text contests it)
    ("Israeli jets struck targets near Damascus, Syrian state media reported.", {("SYR", "ACCUSE", "ISR"), ("ISR", "ASSAULT", "SYR")}),
    # a charge named again and rejected or denied was made by the rejecter's latest accuser
    ("Algeria accused Morocco of hostile actions. Rabat rejected the accusations as absurd.",
     {("DZA", "ACCUSE", "MAR"), ("MAR", "REJECT", "DZA")}),
    ("Pakistan accused the Taliban of sheltering militants. A Taliban spokesman denied the charge.",
     {("PAK", "ACCUSE", "Taliban"), ("Taliban", "REJECT", "PAK")}),
    ("Russia rejected the claims.", set()),
    # "the kingdom" is a state named again, as "the country" is
    ("Algeria cut diplomatic ties with Morocco, accusing the kingdom of hostile actions.",
     {("DZA", "SANCTION", "MAR"), ("DZA", "ACCUSE", "MAR")}),
    # a finite verb the parser joined to the charged gerund is the accuser's own act
    ("Mali accused Algeria of shooting down a drone and recalled its ambassador from Algiers.",
     {("MLI", "ACCUSE", "DZA"), ("MLI", "SANCTION", "DZA")}),
    ("India accused Pakistan of shelling villages and killing civilians.", {("IND", "ACCUSE", "PAK")}),
    # ills fought have no enemy (read from kg's output on VOA stories without gold)
    ("Australian firefighters have in previous years battled blazes in Canada.", set()),
    ("Kenyan doctors fought the cholera outbreak in Somalia.", set()),
    ("Indian troops fought Pakistani infiltrators in Kashmir.", {("IND", "ASSAULT", "PAK")}),
    # an act said to be unlikely or possible has not happened
    ("Analysts say a new nuclear agreement between Washington and Tehran is unlikely before the end of the year.", set()),
    # a closure ordered or announced is a closing ("ordered" had made it coercion)
    ("Warsaw ordered the closure of a Russian consulate in Poznan.", {("POL", "SANCTION", "RUS")}),
    ("Jordan announced the closure of its border with Syria.", {("JOR", "SANCTION", "SYR")}),
    # protests that break out somewhere are its people's, against whom they are said to be
    ("Protests erupted in Tehran against the United States.", {("IRN", "PROTEST", "USA")}),
    ("Demonstrations broke out in Cairo against Israel.", {("EGY", "PROTEST", "ISR")}),
    ("Anti-American protests erupted in Tehran.", {("IRN", "PROTEST", "USA")}),
    # a name the parser hung on the date before a verb with no subject is that verb's subject
    ("Iraqi warplanes attacked Iranian tankers on Tuesday and Iran retaliated by shelling the Iraqi port of Basra.",
     {("IRQ", "ASSAULT", "IRN"), ("IRN", "ASSAULT", "IRQ")}),
    # a light verb's object the parser split in two ("the oil and arms embargo"); help suspended
    ("The U.N. Security Council voted to tighten the oil and arms embargo on Haiti over the coup.", {("UNSC", "SANCTION", "HTI")}),
    ("The European Union suspended development aid to Mali after the coup.", {("EU", "SANCTION", "MLI")}),
    ("The last U.N. peacekeepers began leaving Rwanda on Friday.", {("UN", "RETREAT", "RWA")}),
    # a body's compound hit by gunmen no one names: the body is hit, by armed men of the place
    ("Unidentified gunmen attacked a U.N. compound in Mogadishu on Sunday, killing two guards.", {("SOM", "ASSAULT", "UN")}),
    ("The Organisation of African Unity condemned the coup in Niger.", {("OAU", "ACCUSE", "NER")}),
    # what describes someone in a demand has happened: the seizure, not only the release asked for
    ("Beijing demanded the release of a Chinese captain seized by Japanese police.",
     {("CHN", "REQUEST", "JPN"), ("JPN", "COERCE", "CHN")}),
    # a hyphenated pair the parser kept as one token hung on "the"; a rival two states share
    ("The two leaders reaffirmed the strength of the U.S.-Japan alliance.", {("USA", "ALLY", "JPN")}),
    ("Japan and the United States share a rival, China.", {("JPN", "RIVAL", "CHN"), ("USA", "RIVAL", "CHN")}),
    # where a pact was made, named as a state's capital or port, is no party to it
    ("Mullah Akhundzada referred to the pact the United States signed with the Taliban in Qatar's capital, Doha.",
     {("USA", "AGREE", "Taliban")}),
    ("Ethiopia and Eritrea signed an accord in the Saudi port of Jeddah.", {("ETH", "AGREE", "ERI")}),
    # put out of the country, not asked; help halted; shells that slam into a base
    ("North Korea ordered IAEA inspectors to leave the country on Friday.", {("PRK", "SANCTION", "IAEA")}),
    ("Trump ordered a halt to funding for the World Health Organization.", {("USA", "SANCTION", "WHO")}),
    ("The EU announced a cut in aid to Niger.", {("EU", "SANCTION", "NER")}),
    ("Israeli shells slammed into a U.N. base at Qana on Thursday.", {("ISR", "ASSAULT", "UN")}),
    # asked of both sides between which it is asked for; a refusal with a phrase before its to-clause
    ("The Security Council adopted a resolution on Monday, demanding an immediate ceasefire between Iran and Iraq.",
     {("UNSC", "REQUEST", "IRN"), ("UNSC", "REQUEST", "IRQ")}),
    ("The UN called for talks between India and Pakistan.", {("UN", "REQUEST", "IND"), ("UN", "REQUEST", "PAK")}),
    ("Iraq refused on Thursday to let Red Cross delegates visit the prisoners.", {("IRQ", "REJECT", "ICRC")}),
    # a response vowed threatens whoever did the act the sentence tells beside it
    ("Britain on Thursday expelled 25 Soviet diplomats, and Moscow vowed to retaliate.",
     {("GBR", "SANCTION", "RUS"), ("RUS", "THREATEN", "GBR")}),
    ("Lithuania restricted the transit of goods to Kaliningrad, prompting Moscow to warn of serious consequences.",
     {("RUS", "THREATEN", "LTU")}),
    ("Indian warplanes struck a camp near Balakot, and Islamabad vowed to respond at a time and place of its choosing.",
     {("PAK", "THREATEN", "IND")}),
    ("Iran vowed to respond.", set()),
    # an act protested at or averted is no act of the protester's, nor done
    ("Russia suspended cooperation with NATO and recalled its chief military representative from alliance headquarters "
     "in protest at the air strikes on Yugoslavia.", {("RUS", "SANCTION", "NATO")}),
    ("India recalled its envoy in protest at the attack by Pakistan on its embassy.",
     {("IND", "SANCTION", "PAK"), ("PAK", "ASSAULT", "IND")}),
    ("Iraq agreed to give U.N. inspectors access to the palaces, averting U.S. air strikes.",
     {("IRQ", "AGREE", "UN"), ("IRQ", "RETREAT", "UN")}),
    # forces massed, as a third party reports them: the move is seen, kept beside the report
    ("Russia massed more than 100,000 troops near Ukraine's borders, U.S. officials said.",
     {("USA", "ACCUSE", ("RUS", "MOBILIZE", "UKR")), ("RUS", "MOBILIZE", "UKR")}),
    # a show of force is a mobilisation aimed where it says
    ("China staged a show of force near Taiwan.", {("CHN", "MOBILIZE", "TWN")}),
    ("The United States, Japan and South Korea held naval exercises, a show of force aimed at North Korea.",
     {("USA", "COOPERATE", "JPN"), ("USA", "COOPERATE", "KOR"), ("JPN", "COOPERATE", "KOR"),
      ("USA", "MOBILIZE", "PRK"), ("JPN", "MOBILIZE", "PRK"), ("KOR", "MOBILIZE", "PRK")}),
    ("Russia moved missile batteries to the border with Finland.", {("RUS", "MOBILIZE", "FIN")}),
    ("The United States and Britain carried out strikes on Houthi targets in Yemen on Thursday.",
     {("USA", "ASSAULT", "Houthis"), ("GBR", "ASSAULT", "Houthis")}),
    # a weapon's fire is shooting; a fire is not
    ("Israel responded with artillery fire on villages in southern Lebanon.", {("ISR", "ASSAULT", "LBN")}),
    ("A fire destroyed the Russian embassy in Kabul.", set()),
    # troops blocking a road coerce; people blocking one protest (test_groups.py)
    ("Israeli troops blocked the road to Nablus.", {("ISR", "COERCE", "PSE")}),
    # fighting named as a noun is force both ways; a battle tank is a kind of weapon, no act
    ("Heavy fighting between Eritrean and Ethiopian troops left dozens dead.", {("ERI", "ASSAULT", "ETH"), ("ETH", "ASSAULT", "ERI")}),
    ("Kenya criticised Uganda for being slow to deliver the battle tanks it had ordered.", {("KEN", "ACCUSE", "UGA")}),
    # states that pledge an act together promise it to whom it is for, not to each other
    ("Spain, Portugal and Italy pledged to deliver food aid to Sudan.",
     {("ESP", "AID", "SDN"), ("ITA", "AID", "SDN"), ("PRT", "AID", "SDN")}),
    # armed men's force on the state's own people is the state's on both sides
    ("Gunmen abducted 30 schoolgirls from a school in northern Nigeria.", {("NGA", "ASSAULT", "NGA")}),
    ("Rebels kidnapped 12 farmers in eastern Congo.", {("COD", "ASSAULT", "COD")}),
    # what is discussed names no party; whoever it is discussed "with" is one, unless the
    # topic is a relation with them
    ("Merkel discussed the refugee crisis with Turkish Prime Minister Ahmet Davutoglu.", {("DEU", "CONSULT", "TUR")}),
    ("The two presidents discussed their countries' cooperation with Japan.", set()),
    # a suspect extradited or handed over is judicial cooperation with the state that receives
    ("Indonesia extradited a fugitive banker to Australia.", {("IDN", "COOPERATE", "AUS")}),
    ("Colombia handed over two drug suspects to the United States.", {("COL", "COOPERATE", "USA")}),
    # monitors "from" a body are the body's
    ("Monitors from the OSCE visited Georgia on Monday.", {("OSCE", "CONSULT", "GEO")}),
    # a veto of a draft rejects its authors
    ("Britain and France vetoed a draft Security Council resolution imposing sanctions on Zimbabwe.",
     {("GBR", "REJECT", "UNSC"), ("FRA", "REJECT", "UNSC")}),
    # a reaction an act draws is aimed at whoever did it
    ("The shelling of Armenian villages by Azerbaijan drew condemnation from France.",
     {("AZE", "ASSAULT", "ARM"), ("FRA", "ACCUSE", "AZE")}),
    ("Peru detained a Chilean fishing boat, prompting a protest from Chile.", {("PER", "COERCE", "CHL"), ("CHL", "ACCUSE", "PER")}),
    # a killing told as a noun is its maker's only when its phrase names one
    ("The senate debated the 1915 killings of Armenians.", set()),
    # a party banned or dissolved is the state's opposition restricted (CAMEO 1722)
    ("A Zambian court banned the main opposition party on Tuesday.", {("ZMB", "COERCE", "ZMB")}),  # (its opposition: a group of Zambia)
    ("The activities of the Patriotic Front were banned by Zambia's government.", {("ZMB", "COERCE", "ZMB")}),  # (its opposition: a group of Zambia)
    # a response vowed to an act is a threat to whoever would do it; what a warning says will
    # befall someone if something happens is a threat to them
    ("Iran warned it would respond with force to any aggression by Israel.", {("IRN", "THREATEN", "ISR")}),
    ("Beijing warned that Manila would be held responsible if the standoff escalated.", {("CHN", "THREATEN", "PHL")}),
    ("Russia warned that the base would be attacked if it was used.", set()),
    # a release asked for is asked of whoever holds them (no holder named: no edge)
    ("Egyptian police detained an Italian student on Monday, and Rome called for his immediate release.",
     {("EGY", "COERCE", "ITA"), ("ITA", "REQUEST", "EGY")}),
    ("Britain called for the release of the hostages.", set()),
    # tariffs announced are a sanction; "trade and financial" modify the embargo the parser split
    ("The European Union announced tariffs on imports from Morocco.", {("EU", "SANCTION", "MAR")}),
    ("The Arab League voted to impose a sweeping trade and financial embargo on Syria.", {("ArabLeague", "SANCTION", "SYR")}),
    # a crowd filling a public place against someone is a demonstration; a crowd of visitors is none
    ("Tens of thousands of protesters filled the streets of Minsk demanding that Lukashenko resign.", {("BLR", "PROTEST", "BLR")}),
    ("Tourists filled the streets of Lisbon on Sunday.", set()),
    # a city before "headquarters" says where a body sits, not a party
    ("Turkey signed the protocol at the Geneva headquarters of the World Health Organization.", {("TUR", "AGREE", "WHO")}),
    # things pledged by several are promised to whom they are for, not to each other
    ("Aid pledged by Norway and Sweden will be used to rebuild schools in Haiti.", set()),
    # armed men's force on a body's convoy is on the body, not on the state it happened in
    ("Rebels attacked a UN convoy in eastern Congo.", {("COD", "ASSAULT", "UN")}),
    # whoever hosts or brokers the talks a deal came from consults each party, and is no party
    ("Sudan and South Sudan agreed to reopen their border after talks hosted by Ethiopia.",
     {("SDN", "AGREE", "SSD"), ("SDN", "CONSULT", "SSD"), ("ETH", "CONSULT", "SDN"), ("ETH", "CONSULT", "SSD")}),
    ("The Colombian government and the rebels signed a truce in talks mediated by Cuba.", {("CUB", "CONSULT", "COL")}),
    # (talks discussed are a topic: their host meets none of those discussing them)
    ("The two ministers discussed the talks between Serbia and Kosovo hosted by the European Union.", {("SRB", "CONSULT", "XKX")}),
    # a rejection of an act aimed at oneself rejects its doer
    ("Sudan rejected the deployment of United Nations peacekeepers in Darfur.", {("SDN", "REJECT", "UN")}),
    # missiles fired into the sea hit no one: a show of force
    ("China fired three missiles into waters off Taiwan on Friday.", {("CHN", "MOBILIZE", "TWN")}),
    # "his host" is the state he visits; "the bank" the body named last
    ("Kenyan President William Ruto flew to Addis Ababa for talks with Ethiopian Prime Minister Abiy Ahmed. "
     "Ruto thanked his host for the welcome.", {("ETH", "CONSULT", "KEN"), ("KEN", "SUPPORT", "ETH")}),
    ("The World Bank approved a loan for Ghana. Ghana praised the bank.", {("WorldBank", "AID", "GHA"), ("GHA", "SUPPORT", "WorldBank")}),
    # what witnesses or residents say is told as fact, no state's accusation
    ("Israeli jets struck a Hamas training camp in Gaza on Sunday, Palestinian witnesses said.",
     {("ISR", "ASSAULT", "Hamas"), ("ISR", "ASSAULT", "PSE")}),
    # armed men placed in one state are its group, even beside a second state; a city may be
    # where something else happened
    ("Insurgents in Iraq kidnapped two Italian aid workers in Baghdad.", {("IRQ", "ASSAULT", "ITA")}),
    ("Indonesia signed a peace agreement with separatist rebels in Helsinki.", {("IDN", "AGREE", "IDN")}),
    # an "alleged" act is a charge, not an act told as done
    ("The European Union imposed sanctions on Eritrea over its alleged support for insurgents in Somalia.",
     {("EU", "SANCTION", "ERI")}),
    # a protest stopped by the police is coercion of those who staged it, not a refusal
    ("Turkish police prevented a demonstration staged by students in Ankara.", {("TUR", "COERCE", "TUR")}),  # (its students: a group of Turkey)
    # (protesters blocking another march stay protesters)
    ("Protesters blocked a march by rival supporters in Lima.", {("PER", "PROTEST", "PER")}),
    # a participle after a comma tells what a refusal did, and is not refused itself
    ("Iran refused to halt enrichment, defying a deadline set by the UN Security Council.", {("IRN", "REJECT", "UNSC")}),
    # an objection someone acts despite is aimed at them
    ("Montenegro joined NATO despite Russia's opposition.", {("MNE", "MEMBER_OF", "NATO"), ("RUS", "REJECT", "MNE")}),
    # prisoners protest to whoever holds them
    ("More than 300 Palestinian detainees in Israeli prisons went on hunger strike.", {("PSE", "PROTEST", "ISR")}),
    ("Dozens of Filipino workers in Saudi custody began a hunger strike.", {("PHL", "PROTEST", "SAU")}),
    # a name is no goods: "Rice" here is a person
    ("U.S. Secretary of State Condoleezza Rice met Egyptian President Hosni Mubarak in Cairo.", {("USA", "CONSULT", "EGY")}),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_each_actor_listed_gets_its_edge(extractor, text, expected):
    assert _asserted(extractor, text) == {relation_key_of(k) for k in expected}


def relation_key_of(key: tuple) -> tuple:
    """The comparable key of an expected triple (symmetric types in sorted order)."""
    from kg.evaluate import gold_key

    s, t, o = key
    obj = {"subject": o[0], "type": o[1], "object": o[2]} if isinstance(o, tuple) else o
    return gold_key({"subject": s, "type": t, "object": obj})


def test_an_act_named_as_the_means_of_another_is_done_to_its_object(extractor):
    """The seed's "we also help Pakistan [by] ... holding dedicated exercises" gave the
    exercises to India, the story's other state."""
    text = ("Russian Ambassador Denis Alipov met Indian officials in New Delhi on Monday. "
            "\u201cWe also help Pakistan by providing equipment and holding dedicated exercises,\u201d Alipov said.")
    got = _asserted(extractor, text)
    assert ("PAK", "COOPERATE", "RUS") in got and ("IND", "COOPERATE", "RUS") not in got


def test_whoever_is_invited_to_visit_is_the_visitor(extractor):
    """"invited X to make a state visit": X visits (object control), and "his Brazilian
    counterpart" is Brazil's official, not the possessor's."""
    text = "India invited its Japanese counterpart to make a state visit to New Delhi."
    ex = extractor.extract(Article(id="t", name="t.txt", text=text))
    consults = [(r.subject.id, r.object.id) for r in ex.asserted if r.type == "CONSULT"]
    assert consults == [("JPN", "IND")]


@pytest.mark.parametrize("text, key", [
    ("Japan has no intention to send troops to Ukraine.", ("JPN", "MOBILIZE", "UKR")),
    ("Russia sees no need to attack Ukraine.", ("RUS", "ASSAULT", "UKR")),
    ("Brazil had no reason to sanction Argentina.", ("BRA", "SANCTION", "ARG")),
    ("Turkey has no plans to expel Greek diplomats.", ("TUR", "SANCTION", "GRC")),
    ("There is no way Pakistan will attack India.", ("PAK", "ASSAULT", "IND")),
])
def test_no_intention_plan_or_need_to_act_is_a_negated_act(extractor, text, key):
    """"No intention/plan/need/reason/way to" negates the act it governs: kept, negated,
    never asserted (the "no" on the governing noun is what negates it)."""
    ex = extractor.extract(Article(id="t", name="t.txt", text=text))
    assert [(relation_key(r), r.negated) for r in ex.relations] == [(key, True)]
    assert ex.asserted == []


@pytest.mark.parametrize("text, key", [
    # willingness, a proposal, an invitation: the act is only intended (CAMEO 03x, PLOVER's AGREE)
    ("The Indian prime minister expressed willingness to meet his Pakistani counterpart.", ("IND", "CONSULT", "PAK")),
    ("South Korea proposed military talks with North Korea to ease border tensions.", ("KOR", "CONSULT", "PRK")),
    ("Saudi Arabia invited Iran's president to visit Riyadh.", ("IRN", "CONSULT", "SAU")),
    # help promised for what is rebuilt is for whose it is
    ("Turkey pledged to help rebuild Libya's armed forces.", ("TUR", "AID", "LBY")),
])
def test_an_act_only_intended_is_future(extractor, text, key):
    ex = extractor.extract(Article(id="t", name="t.txt", text=text))
    assert [(relation_key(r), r.modality) for r in ex.asserted] == [(relation_key_of(key), "future")]


def test_an_offer_on_a_condition_stays_hypothetical(extractor):
    ex = extractor.extract(Article(id="t", name="t.txt", text="China would send aid to Nepal if asked."))
    assert [(r.subject.id, r.type, r.object.id, r.modality) for r in ex.asserted] == [("CHN", "AGREE", "NPL", "hypothetical")]


@pytest.mark.parametrize("text, date, expected", [
    # an official called by the title of an office they held is that office's, whatever the
    # article's date says ("President Mitterrand" in a story dated 1999, after his term)
    ("President Francois Mitterrand met Chancellor Helmut Kohl in Bonn.", "1999-06-01", {("DEU", "CONSULT", "FRA")}),
    # one letter away from such an official's surname, with the title and given names, is them
    ("President Francois Mitterand met Chancellor Helmut Kohl in Bonn.", "1990-06-01", {("DEU", "CONSULT", "FRA")}),
    ("President Jacques Mitterand met Chancellor Helmut Kohl in Bonn.", "1990-06-01", set()),
    # a bare name out of office on the date is nobody's
    ("Francois Mitterrand met Helmut Kohl in Bonn.", "1999-06-01", set()),
])
def test_a_title_names_the_office_held(extractor, text, date, expected):
    ex = extractor.extract(Article(id="t", name="t.txt", text=text, date=date))
    assert {relation_key(r) for r in ex.asserted} == {relation_key_of(k) for k in expected}


def test_evidence_keeps_the_article_s_capitals_the_parser_folded(extractor):
    text = "SEOUL - The IAEA called on North Korea to readmit its inspectors. ECOWAS later backed the IAEA."
    ex = extractor.extract(Article(id="t", name="t.txt", text=text, date=None))
    assert [r.evidence for r in ex.asserted] == ["The IAEA called on North Korea to readmit its inspectors.",
                                                 "ECOWAS later backed the IAEA."]


@pytest.mark.xfail(strict=True, reason="known gap: without the place phrase the parser makes 'denied' the main verb "
                   "with the accusation as its clause; the accusation is read as made (ninth session), but the denial "
                   "is not read as Armenia's rejection of Azerbaijan")
def test_a_charge_denied_after_a_short_accusation(extractor):
    text = "Azerbaijan accused Armenia of shelling its positions, a charge its neighbour flatly denied."
    assert _asserted(extractor, text) == {relation_key_of(k) for k in [("AZE", "ACCUSE", "ARM"), ("ARM", "REJECT", "AZE")]}


@pytest.mark.xfail(strict=True, reason="known gap: 'their envoys' after coordinated subjects stands for each of "
                   "them, so each recall reads as aimed at the others, not at the capital the envoys left")
def test_envoys_recalled_together_from_one_capital(extractor):
    text = "Chile, Peru and Bolivia recalled their envoys from Caracas."
    assert _asserted(extractor, text) == {("CHL", "SANCTION", "VEN"), ("PER", "SANCTION", "VEN"), ("BOL", "SANCTION", "VEN")}


def test_the_city_of_the_talks_a_pact_was_reached_at_is_no_party(extractor):
    # (what the sentence does assert, Colombia's ceasefire with the ELN, is not read yet: the
    # test holds only that Cuba, where the talks were, is no party)
    text = "Colombia's government and the ELN rebels agreed to a six-month bilateral ceasefire at talks in Havana."
    assert not any("CUB" in (k[0], k[2]) for k in _asserted(extractor, text))
    assert _asserted(extractor, "India and Pakistan agreed to a ceasefire at talks in Geneva.") >= {
        relation_key_of(("IND", "AGREE", "PAK"))}


def test_the_fighters_of_an_armed_group_named_before_are_that_group(extractor):
    # "the insurgents", "the group" refer back to the armed group the story named; a body
    # that is no armed group (the UN) is not what "the insurgents" means
    text = ("The Taliban seized two district centres in Kandahar on Monday, United Nations officials said.\n\n"
            "The insurgents threatened to resume attacks on U.S. troops.\n\n"
            "The group also rejected Pakistan's offer of talks.")
    got = _asserted(extractor, text)
    assert {relation_key_of(k) for k in [("Taliban", "THREATEN", "USA"), ("Taliban", "REJECT", "PAK")]} <= got
    assert not any(k[0] == "UN" for k in got)


def test_the_rebels_with_no_armed_group_named_stay_unresolved(extractor):
    # (the domestic reading of an unnamed group is test_groups.py's)
    got = _asserted(extractor, "The United Nations condemned the violence. The rebels attacked a French convoy.")
    assert not any(k[0] == "UN" for k in got)


def test_an_act_named_possible_or_planned_is_not_told_as_done(extractor):
    """"A possible offensive" is hypothetical and "a planned visit" is for later; the massing
    of troops beside them is done."""
    ex = extractor.extract(Article(id="t", name="t.txt", text=(
        "Syria massed troops on the border in preparation for a possible offensive against Turkey. "
        "Japan announced a planned visit by its foreign minister to Beijing.")))
    got = {(r.subject.id, r.type, r.object.id, r.modality) for r in ex.relations}
    assert got == {("SYR", "MOBILIZE", "TUR", None), ("SYR", "ASSAULT", "TUR", "hypothetical"),
                   ("JPN", "CONSULT", "CHN", "future")}
