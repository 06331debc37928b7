"""Generate kg/data/actors.json, the actor dictionary of states, organisations and official titles."""

# How to run (from the repository root, with the build-data extra installed):
#
#     pip install pycountry countryinfo        # or: pip install -e '.[build-data]'
#     python scripts/build_actors.py           # writes kg/data/actors.json
#
# pycountry supplies ISO 3166-1 codes and official names; countryinfo supplies
# capitals, demonyms and alternative spellings.  Where those libraries are silent,
# out of date or too noisy for matching English news text, the curated tables
# below decide.  The output is deterministic: re-running gives the same file.
# Before writing, the script checks the invariants the matcher in kg/actors.py
# relies on (every surface form names one actor, no lowercase forms, ...) and
# refuses to write a file that breaks them.

from __future__ import annotations

import json
import sys
import unicodedata
from collections import defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

import countryinfo
import pycountry

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "kg" / "data" / "actors.json"

# ---------------------------------------------------------------------------
# Which states
# ---------------------------------------------------------------------------

#: The 193 member states of the United Nations (ISO 3166-1 alpha-3).
UN_MEMBERS: frozenset[str] = frozenset("""
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN
BOL BIH BWA BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD
CRI CIV HRV CUB CYP CZE PRK DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI
FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN
IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU
LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR NAM
NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT
KOR ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM
ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV
UGA UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB ZWE
""".split())

#: Observer states at the UN, plus two states with wide but partial recognition.
OTHER_STATES: frozenset[str] = frozenset({"VAT", "PSE", "TWN", "XKX"})

#: Kosovo has no ISO 3166-1 entry (XKX is the user-assigned code in common use)
#: and neither library knows it, so it is described here in full.
KOSOVO: dict[str, Any] = {
    "label": "Kosovo",
    "names": ["Kosovo", "Republic of Kosovo"],
    "capitals": ["Pristina", "Prishtina", "Priština"],
    "demonyms": ["Kosovar", "Kosovars", "Kosovan", "Kosovans"],
}

# ---------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------

#: The short name news writers use, where pycountry's is not it.
LABELS: dict[str, str] = {
    "BOL": "Bolivia", "BRN": "Brunei", "CIV": "Ivory Coast", "COD": "Democratic Republic of the Congo",
    "COG": "Republic of the Congo", "CPV": "Cape Verde", "CZE": "Czechia", "FSM": "Micronesia",
    "GBR": "United Kingdom", "IRN": "Iran", "KOR": "South Korea", "LAO": "Laos", "MDA": "Moldova",
    "PRK": "North Korea", "PSE": "Palestine", "RUS": "Russia", "SYR": "Syria", "TUR": "Turkey",
    "TWN": "Taiwan", "TZA": "Tanzania", "USA": "United States", "VAT": "Holy See", "VEN": "Venezuela",
    "VNM": "Vietnam",
}

#: Names and abbreviations that the libraries lack or that the filter below rejects.
EXTRA_NAMES: dict[str, list[str]] = {
    "AFG": ["Islamic Emirate of Afghanistan"],
    "ARE": ["UAE", "U.A.E.", "the Emirates"],
    "ATG": ["Antigua"],
    "AUS": ["Commonwealth of Australia"],
    "BIH": ["Bosnia", "Bosnia-Herzegovina"],
    "BRN": ["Brunei", "Brunei Darussalam"],
    "CAF": ["C.A.R."],
    "CHN": ["PRC", "People's Republic of China"],
    "CIV": ["Ivory Coast", "Côte d'Ivoire", "Republic of Côte d'Ivoire"],
    # a bare "Congo" is the Democratic Republic in news style since 1997 (AP's, and Reuters'
    # after a first "Democratic Republic of Congo"); the other is "Republic of Congo"
    "COD": ["Democratic Republic of the Congo", "Democratic Republic of Congo", "DR Congo", "DRC", "D.R.C.",
            "Congo-Kinshasa", "Zaire", "Congo"],
    "COG": ["Republic of the Congo", "Republic of Congo", "Congo Republic", "Congo-Brazzaville"],
    "CPV": ["Cape Verde", "Cabo Verde"],
    "CZE": ["Czech Republic", "Czechoslovakia"],
    "FSM": ["Micronesia", "Federated States of Micronesia"],
    "GBR": ["UK", "U.K.", "Britain", "Great Britain"],
    "IND": ["Bharat"],
    "KOR": ["ROK", "Republic of Korea"],
    "LAO": ["Lao PDR"],
    "MKD": ["North Macedonia", "Republic of North Macedonia"],
    "MMR": ["Burma", "Republic of the Union of Myanmar"],
    "NLD": ["Holland"],
    "PRK": ["DPRK", "Democratic People's Republic of Korea"],
    "PSE": ["State of Palestine"],
    "RUS": ["Russian Federation", "Soviet Union", "USSR", "U.S.S.R."],
    "SRB": ["Yugoslavia", "Federal Republic of Yugoslavia"],
    "SWZ": ["Swaziland", "Kingdom of Eswatini"],
    "TLS": ["Timor-Leste", "East Timor"],
    "TTO": ["Trinidad"],
    "TUR": ["Türkiye", "Republic of Türkiye", "Republic of Turkey"],
    "TWN": ["Republic of China", "Chinese Taipei"],
    "USA": ["US", "U.S.", "USA", "U.S.A.", "United States of America", "America"],
    "VAT": ["Vatican", "Vatican City", "Vatican City State"],
    "VNM": ["Viet Nam"],
    # former names and predecessor states, which older news uses: the state kg knows today
    # (the continuator state for the Soviet Union, Yugoslavia and Czechoslovakia)
    "BEN": ["Dahomey"],
    "BFA": ["Upper Volta"],
    "DEU": ["West Germany", "Federal Republic of Germany"],
    "IRN": ["Persia"],
    "KHM": ["Kampuchea"],
    "LKA": ["Ceylon"],
    "THA": ["Siam"],
    "ZWE": ["Rhodesia"],
}

#: Forms that must never be a name: ambiguous between states, a word, or an ethnonym.
NAME_BLOCK: frozenset[str] = frozenset({
    "Korea", "Lao", "Macedonia", "Papua", "Island", "Thai",
    "Republic of Macedonia",  # superseded, and "Macedonia" is also a Greek region
})

#: Forms one state must not take from the libraries because news style gives them to another.
NAME_BLOCK_FOR: dict[str, frozenset[str]] = {
    "COG": frozenset({"Congo"}),  # the Democratic Republic's (see EXTRA_NAMES)
}

#: Bare codes that are also ordinary abbreviations in news text.
ALLOWED_CODES: frozenset[str] = frozenset({"US", "USA", "UK", "UAE", "PRC", "DPRK", "ROK", "DRC"})

#: Words that make up the English long form of a state's name ("Republic of ...").
FORM_WORDS: frozenset[str] = frozenset({
    "Republic", "Kingdom", "State", "States", "Federation", "Federal", "Federative", "Federated",
    "Democratic", "People's", "Islamic", "Arab", "Union", "United", "Principality", "Commonwealth",
    "Sultanate", "Grand", "Duchy", "Confederation", "Socialist", "Independent", "Plurinational",
    "Bolivarian", "Hashemite", "Co-operative", "Oriental", "Eastern", "Emirate", "Emirates",
    "of", "the", "and",
})
#: Of those, the ones that say "this is the name of a state".
STATE_WORDS: frozenset[str] = frozenset({
    "Republic", "Kingdom", "State", "States", "Federation", "Principality", "Commonwealth",
    "Union", "Sultanate", "Duchy", "Confederation", "Emirate", "Emirates",
})
#: Adjectives found in long forms that are not also the state's demonym.
FORM_ADJECTIVES: frozenset[str] = frozenset({"Argentine", "Hellenic", "Rwandese", "Kyrgyz", "Mexican"})

# ---------------------------------------------------------------------------
# Capitals
# ---------------------------------------------------------------------------

#: Seats of government where countryinfo's single capital is wrong, dated or incomplete.
CAPITALS: dict[str, list[str]] = {
    "BDI": ["Gitega", "Bujumbura"],
    "BEL": [],  # "Brussels" is given to the EU
    "BEN": ["Porto-Novo", "Cotonou"],
    "BOL": ["La Paz", "Sucre"],
    "CHE": ["Bern", "Berne"],
    "CIV": ["Yamoussoukro", "Abidjan"],
    "IND": ["New Delhi", "Delhi"],
    "ISL": ["Reykjavík", "Reykjavik"],
    "ISR": ["Jerusalem"],
    "KAZ": ["Astana", "Nur-Sultan"],
    "KIR": ["Tarawa", "South Tarawa"],
    "LKA": ["Colombo", "Sri Jayawardenepura Kotte"],
    "MMR": ["Naypyidaw", "Naypyitaw", "Nay Pyi Taw"],
    "MNG": ["Ulaanbaatar", "Ulan Bator"],
    "MYS": ["Kuala Lumpur", "Putrajaya"],
    "NLD": ["The Hague", "Amsterdam"],
    "PSE": ["Ramallah"],
    "SMR": [],
    "SWZ": ["Mbabane", "Lobamba"],
    "TWN": ["Taipei"],
    "TZA": ["Dodoma", "Dar es Salaam"],
    "UKR": ["Kyiv", "Kiev"],
    "USA": ["Washington"],
    "VAT": [],
    "YEM": ["Sanaa", "Sana'a"],
}

#: Capitals left out: given names, common words, or names of bigger or many places elsewhere.
CAPITAL_BLOCK: frozenset[str] = frozenset({
    "Victoria", "Kingston", "Male", "Hamilton", "Georgetown", "San José", "San Jose",
    "Saint John's", "St. John's", "St John's", "St. George's", "Saint George's",
    "Santiago", "Sofia", "Brussels", "City of San Marino", "Washington D.C.",
})

# ---------------------------------------------------------------------------
# Metonyms
# ---------------------------------------------------------------------------

#: Seats of power that stand for a state's government in news text.
METONYMS: dict[str, list[str]] = {
    "ARG": ["the Casa Rosada", "Casa Rosada"],
    "BRA": ["Itamaraty", "the Planalto", "Planalto", "Planalto Palace"],
    "CHN": ["Zhongnanhai"],
    "ESP": ["La Moncloa", "Moncloa"],
    "FRA": ["the Élysée", "Élysée", "the Élysée Palace", "Élysée Palace",
            "the Quai d'Orsay", "Quai d'Orsay"],
    "GBR": ["Downing Street", "Number 10", "Whitehall", "Westminster", "FCDO"],
    "IND": ["South Block", "North Block", "Raisina Hill", "Rashtrapati Bhavan"],
    "ISR": ["the Knesset", "Knesset"],
    "ITA": ["Palazzo Chigi", "the Farnesina", "Farnesina"],
    "JPN": ["Kasumigaseki", "Nagatacho", "the Kantei", "Kantei"],
    "KOR": ["the Blue House", "Blue House", "Cheong Wa Dae"],
    "PSE": ["the Palestinian Authority", "Palestinian Authority",
            # the Palestinians' representative before the Authority, coded as their state by CAMEO
            "Palestine Liberation Organization", "Palestine Liberation Organisation", "PLO"],
    "RUS": ["the Kremlin", "Kremlin"],
    "UKR": ["Bankova"],
    "USA": ["the White House", "White House", "the Oval Office", "Oval Office", "the Pentagon",
            "Pentagon", "Foggy Bottom", "Capitol Hill", "the State Department", "State Department"],
}

# ---------------------------------------------------------------------------
# Demonyms
# ---------------------------------------------------------------------------

#: Adjectives (and irregular plurals) replacing countryinfo's, which is odd or wrong for these.
#: Demonyms of former names and predecessor states, added to a state's own.
FORMER_DEMONYMS: dict[str, list[str]] = {
    "RUS": ["Soviet", "Soviets"],
    "CZE": ["Czechoslovak"],
    "COD": ["Zairean", "Zairian"],
}

DEMONYMS: dict[str, list[str]] = {
    "ARG": ["Argentine", "Argentines", "Argentinian", "Argentinians"],
    "BRB": ["Barbadian", "Bajan"],
    "BWA": ["Botswanan", "Motswana", "Batswana"],
    "CAF": [],  # "Central African" is mostly the region
    "COM": ["Comorian", "Comoran"],
    "CPV": ["Cape Verdean", "Cabo Verdean"],
    "CZE": ["Czech", "Czechs"],
    "DJI": ["Djiboutian"],
    "DNK": ["Danish", "Danes"],
    "ECU": ["Ecuadorian", "Ecuadorean"],
    "ESP": ["Spanish", "Spaniards"],
    "FIN": ["Finnish", "Finns"],
    "FSM": [],  # "Micronesian" is mostly the region
    "GBR": ["British", "Briton", "Britons", "Brits"],
    "GIN": [],  # "Guinean" is shared with Equatorial Guinea, Guinea-Bissau, Papua New Guinea
    "GNB": ["Bissau-Guinean", "Guinea-Bissauan"],
    "GRC": ["Greek", "Greeks"],
    "HRV": ["Croatian", "Croat", "Croats"],
    "ISL": ["Icelandic", "Icelanders"],
    "KAZ": ["Kazakh", "Kazakhs", "Kazakhstani"],
    "KGZ": ["Kyrgyz", "Kyrgyzstani"],
    "KNA": ["Kittitian", "Kittian", "Nevisian"],
    "LAO": ["Lao", "Laotian"],
    "LSO": ["Basotho", "Mosotho"],
    "LUX": ["Luxembourger", "Luxembourgish"],
    "MDV": ["Maldivian"],
    "MKD": ["North Macedonian", "Macedonian"],
    "MCO": ["Monegasque", "Monegasques"],
    "NPL": ["Nepali", "Nepalese"],
    "PHL": ["Filipino", "Philippine"],
    "SAU": ["Saudi", "Saudi Arabian"],
    "SLV": ["Salvadoran", "Salvadorean"],
    "SRB": ["Serbian", "Yugoslav", "Serb", "Serbs"],
    "SUR": ["Surinamese", "Surinamer"],
    "SVK": ["Slovak", "Slovaks", "Slovakian"],
    "SVN": ["Slovenian", "Slovene", "Slovenes"],
    "SWE": ["Swedish", "Swedes"],
    "SWZ": ["Swazi"],
    "TJK": ["Tajik", "Tajiks", "Tajikistani"],
    "TLS": ["Timorese", "East Timorese"],
    "TTO": ["Trinidadian", "Tobagonian"],
    "TUR": ["Turkish", "Turks"],
    "TWN": ["Taiwanese"],
    "UZB": ["Uzbek", "Uzbeks", "Uzbekistani"],
    "VAT": [],
    "VCT": ["Vincentian", "Saint Vincentian"],
    "PSE": ["Palestinian"],
}

#: Demonyms that belong to no single state: shared, ethnic, linguistic or regional.
DEMONYM_BLOCK: frozenset[str] = frozenset({
    "Korean", "Koreans", "Congolese", "Guinean", "Guineans", "Dominican", "Dominicans",
    "Arab", "Arabs", "Kurdish", "Kurd", "Kurds", "Latin", "Persian", "Pole", "Poles",
    "Central African", "Micronesian",
})

#: Endings after which an English demonym forms its plural with a plain -s.
PLURAL_S_ENDINGS: tuple[str, ...] = ("an", "i", "er", "ot", "ine", "ino", "ar")
#: Demonyms with those endings whose plural is not -s.
NO_PLURAL: frozenset[str] = frozenset({
    "Motswana", "Batswana", "I-Kiribati", "Ni-Vanuatu", "Basotho", "Mosotho", "Philippine",
})

# ---------------------------------------------------------------------------
# Organisations
# ---------------------------------------------------------------------------

EU_MEMBERS = ("AUT BEL BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN IRL ITA LVA LTU LUX MLT NLD "
              "POL PRT ROU SVK SVN ESP SWE")
NATO_MEMBERS = ("ALB BEL BGR CAN HRV CZE DNK EST FIN FRA DEU GRC HUN ISL ITA LVA LTU LUX MNE NLD "
                "MKD NOR POL PRT ROU SVK SVN ESP SWE TUR GBR USA")

#: id -> (label, aliases, members as space-separated ISO alpha-3 codes, or "" when not fixed).
#: "AFRICA" in members stands for every African state in the dictionary.
ORGANISATIONS: dict[str, tuple[str, list[str], str]] = {
    "UN": ("United Nations", ["United Nations", "U.N.", "UN"], ""),
    "UNSC": ("United Nations Security Council",
             ["UN Security Council", "United Nations Security Council", "U.N. Security Council",
              "Security Council", "UNSC"], ""),
    "UNGA": ("United Nations General Assembly",
             ["UN General Assembly", "United Nations General Assembly", "U.N. General Assembly",
              "General Assembly", "UNGA"], ""),
    "UNHRC": ("United Nations Human Rights Council",
              ["UN Human Rights Council", "United Nations Human Rights Council",
               "U.N. Human Rights Council", "Human Rights Council", "UNHRC"], ""),
    "UNHCR": ("United Nations High Commissioner for Refugees",
              ["UN High Commissioner for Refugees", "United Nations High Commissioner for Refugees",
               "U.N. High Commissioner for Refugees", "UN Refugee Agency", "UN refugee agency",
               "U.N. refugee agency", "UNHCR"], ""),
    "UNRWA": ("United Nations Relief and Works Agency for Palestine Refugees",
              ["United Nations Relief and Works Agency", "UN Relief and Works Agency", "UNRWA"], ""),
    "P5": ("Permanent Five", ["Permanent Five", "P5", "P-5"], "CHN FRA GBR RUS USA"),
    "SCO": ("Shanghai Cooperation Organisation",
            ["Shanghai Cooperation Organisation", "Shanghai Cooperation Organization", "SCO"],
            "CHN IND KAZ KGZ PAK RUS TJK UZB IRN BLR"),
    "Quad": ("Quadrilateral Security Dialogue", ["Quadrilateral Security Dialogue", "Quad"],
             "AUS IND JPN USA"),
    "NATO": ("North Atlantic Treaty Organization",
             ["North Atlantic Treaty Organization", "North Atlantic Treaty Organisation", "NATO",
              "Nato", "North Atlantic Alliance"], NATO_MEMBERS),
    "EU": ("European Union",
           ["European Union", "EU", "E.U.", "Brussels", "European Commission", "European Council"],
           EU_MEMBERS),
    "ASEAN": ("Association of Southeast Asian Nations",
              ["Association of Southeast Asian Nations", "Association of South East Asian Nations",
               "ASEAN", "Asean"], "BRN KHM IDN LAO MYS MMR PHL SGP THA VNM TLS"),
    "BRICS": ("BRICS", ["BRICS", "Brics"], "BRA RUS IND CHN ZAF EGY ETH IRN ARE IDN"),
    "G7": ("Group of Seven", ["G7", "G-7", "Group of Seven"], "CAN FRA DEU ITA JPN GBR USA"),
    "G20": ("Group of Twenty", ["G20", "G-20", "Group of Twenty"],
            "ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN KOR MEX RUS SAU ZAF TUR GBR USA"),
    "G77": ("Group of 77", ["Group of 77", "G77", "G-77"], ""),
    "AUKUS": ("AUKUS", ["AUKUS", "Aukus"], "AUS GBR USA"),
    "CSTO": ("Collective Security Treaty Organization",
             ["Collective Security Treaty Organization", "Collective Security Treaty Organisation",
              "CSTO"], "ARM BLR KAZ KGZ RUS TJK"),
    "SAARC": ("South Asian Association for Regional Cooperation",
              ["South Asian Association for Regional Cooperation", "SAARC", "Saarc"],
              "AFG BGD BTN IND MDV NPL PAK LKA"),
    "BIMSTEC": ("Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation",
                ["Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation",
                 "BIMSTEC", "Bimstec"], "BGD BTN IND MMR NPL LKA THA"),
    "AU": ("African Union", ["African Union", "AU"], "AFRICA"),
    "ArabLeague": ("Arab League", ["Arab League", "League of Arab States"],
                   "DZA BHR COM DJI EGY IRQ JOR KWT LBN LBY MRT MAR OMN PSE QAT SAU SOM SDN SYR TUN "
                   "ARE YEM"),
    "OPEC": ("Organization of the Petroleum Exporting Countries",
             ["Organization of the Petroleum Exporting Countries", "OPEC", "Opec"],
             "DZA COG GNQ GAB IRN IRQ KWT LBY NGA SAU ARE VEN"),
    "OPECPlus": ("OPEC+", ["OPEC+", "OPEC Plus", "Opec+"], ""),
    "IAEA": ("International Atomic Energy Agency", ["International Atomic Energy Agency", "IAEA",
                                                    "UN nuclear watchdog", "U.N. nuclear watchdog"], ""),
    "OPCW": ("Organisation for the Prohibition of Chemical Weapons",
             ["Organisation for the Prohibition of Chemical Weapons",
              "Organization for the Prohibition of Chemical Weapons", "OPCW"], ""),
    "WTO": ("World Trade Organization", ["World Trade Organization", "World Trade Organisation", "WTO"], ""),
    "OSCE": ("Organization for Security and Co-operation in Europe",
             ["Organization for Security and Co-operation in Europe",
              "Organisation for Security and Co-operation in Europe",
              "Organization for Security and Cooperation in Europe",
              "Organisation for Security and Cooperation in Europe", "OSCE"], ""),
    "CoE": ("Council of Europe", ["Council of Europe"], ""),
    "GCC": ("Gulf Cooperation Council",
            ["Gulf Cooperation Council", "Cooperation Council for the Arab States of the Gulf", "GCC"],
            "BHR KWT OMN QAT SAU ARE"),
    "EAEU": ("Eurasian Economic Union", ["Eurasian Economic Union", "EAEU"], "ARM BLR KAZ KGZ RUS"),
    "CIS": ("Commonwealth of Independent States", ["Commonwealth of Independent States", "CIS"], ""),
    "Commonwealth": ("Commonwealth of Nations", ["Commonwealth of Nations", "the Commonwealth"], ""),
    "OAS": ("Organization of American States", ["Organization of American States", "OAS"], ""),
    "CELAC": ("Community of Latin American and Caribbean States",
              ["Community of Latin American and Caribbean States", "CELAC"], ""),
    "Mercosur": ("Mercosur", ["Mercosur", "MERCOSUR", "Mercosul", "Southern Common Market"], ""),
    "APEC": ("Asia-Pacific Economic Cooperation",
             ["Asia-Pacific Economic Cooperation", "APEC", "Apec"], ""),
    "EAS": ("East Asia Summit", ["East Asia Summit"], ""),
    "IORA": ("Indian Ocean Rim Association", ["Indian Ocean Rim Association", "IORA"], ""),
    "ECOWAS": ("Economic Community of West African States",
               ["Economic Community of West African States", "ECOWAS", "Ecowas", "ECOMOG"],
               "BEN CPV CIV GMB GHA GIN GNB LBR NGA SEN SLE TGO"),
    "SADC": ("Southern African Development Community",
             ["Southern African Development Community", "SADC"],
             "AGO BWA COM COD SWZ LSO MDG MWI MUS MOZ NAM SYC ZAF TZA ZMB ZWE"),
    "EAC": ("East African Community", ["East African Community"], "BDI COD KEN RWA SOM SSD TZA UGA"),
    "NonAligned": ("Non-Aligned Movement", ["Non-Aligned Movement", "Nonaligned Movement"], ""),
    "OIC": ("Organisation of Islamic Cooperation",
            ["Organisation of Islamic Cooperation", "Organization of Islamic Cooperation",
             "Organisation of the Islamic Conference", "Organization of the Islamic Conference", "OIC"], ""),
    "OECD": ("Organisation for Economic Co-operation and Development",
             ["Organisation for Economic Co-operation and Development",
              "Organization for Economic Cooperation and Development", "OECD"], ""),
    "IMF": ("International Monetary Fund", ["International Monetary Fund", "IMF"], ""),
    "WorldBank": ("World Bank", ["World Bank", "World Bank Group"], ""),
    "AIIB": ("Asian Infrastructure Investment Bank", ["Asian Infrastructure Investment Bank", "AIIB"], ""),
    "ADB": ("Asian Development Bank", ["Asian Development Bank", "ADB"], ""),
    "NDB": ("New Development Bank", ["New Development Bank", "NDB"], ""),
    "FATF": ("Financial Action Task Force", ["Financial Action Task Force", "FATF"], ""),
    "NSG": ("Nuclear Suppliers Group", ["Nuclear Suppliers Group"], ""),
    "WHO": ("World Health Organization", ["World Health Organization", "World Health Organisation", "WHO",
                                          "UN health agency", "U.N. health agency"], ""),
    "ICC": ("International Criminal Court", ["International Criminal Court", "ICC"], ""),
    "ICJ": ("International Court of Justice", ["International Court of Justice", "ICJ", "World Court"], ""),
    "Interpol": ("Interpol", ["Interpol", "INTERPOL", "International Criminal Police Organization"], ""),
    "FiveEyes": ("Five Eyes", ["Five Eyes"], "AUS CAN NZL GBR USA"),
    # armed groups and movements that states relate to in the news (not states)
    "Hamas": ("Hamas", ["Hamas", "Islamic Resistance Movement"], ""),
    "Hezbollah": ("Hezbollah", ["Hezbollah", "Hizbollah", "Hizballah"], ""),
    "Taliban": ("Taliban", ["Taliban"], ""),
    "ISIS": ("Islamic State", ["Islamic State", "ISIS", "ISIL", "IS", "Daesh"], ""),
    "AlQaeda": ("Al-Qaeda", ["Al-Qaeda", "Al Qaeda", "Al-Qaida", "al-Qaeda", "al-Qaida", "al Qaeda"], ""),
    "Houthis": ("Houthis", ["Houthis", "Houthi", "Houthi movement", "Ansar Allah", "Houthi rebels", "Houthi militants",
                            "Houthi fighters", "Houthi forces"], ""),
    "PIJ": ("Palestinian Islamic Jihad", ["Palestinian Islamic Jihad", "Islamic Jihad"], ""),
    "Wagner": ("Wagner Group", ["Wagner Group"], ""),
    # armed groups often in the news that PETRARCH2's dictionaries (2014) do not list
    "BLA": ("Baloch Liberation Army", ["Baloch Liberation Army", "Balochistan Liberation Army", "BLA"], ""),
    "TTP": ("Tehreek-e-Taliban Pakistan", ["Tehreek-e-Taliban Pakistan", "Tehrik-i-Taliban Pakistan",
                                           "Tehrik-e-Taliban Pakistan", "Pakistani Taliban", "TTP"], ""),
    "AlShabaab": ("al-Shabaab", ["al-Shabaab", "al-Shabab", "Al-Shabaab", "Al-Shabab", "al Shabaab"], ""),
    "ISKP": ("Islamic State Khorasan Province", ["Islamic State Khorasan Province", "Islamic State Khorasan",
                                                 "ISIS-K", "IS-K", "ISKP"], ""),
    "JNIM": ("Jama'at Nasr al-Islam wal Muslimin", ["JNIM", "Jama'at Nusrat al-Islam wal-Muslimin"], ""),
    "HTS": ("Hayat Tahrir al-Sham", ["Hayat Tahrir al-Sham", "Hayat Tahrir al-Shams", "HTS"], ""),
    "M23": ("M23", ["M23", "March 23 Movement"], ""),
    "RSF": ("Rapid Support Forces", ["Rapid Support Forces"], ""),
    "LeT": ("Lashkar-e-Taiba", ["Lashkar-e-Taiba", "Lashkar-e-Tayyiba", "LeT"], ""),
    "JeM": ("Jaish-e-Mohammed", ["Jaish-e-Mohammed", "Jaish-e-Muhammad", "JeM"], ""),
    "Polisario": ("Polisario Front", ["Polisario Front", "Polisario"], ""),
    "I2U2": ("I2U2", ["I2U2"], "IND ISR ARE USA"),
    # United Nations bodies, lenders and forums in the news that PETRARCH2's dictionaries lack
    "IOM": ("International Organization for Migration",
            ["International Organization for Migration", "International Organisation for Migration", "IOM"],
            ""),
    "UNDP": ("United Nations Development Programme",
             ["UN Development Programme", "United Nations Development Programme", "UNDP"], ""),
    "UNICEF": ("United Nations Children's Fund",
               ["United Nations Children's Fund", "UN Children's Fund", "U.N. Children's Fund",
                "UN children's agency", "U.N. children's agency", "UNICEF"], ""),
    "WFP": ("World Food Programme",
            ["World Food Programme", "World Food Program", "UN food agency", "U.N. food agency", "WFP"], ""),
    "ICRC": ("International Committee of the Red Cross",
             ["International Committee of the Red Cross", "International Red Cross", "Red Cross", "ICRC"], ""),
    "MSF": ("Medecins Sans Frontieres",
            ["Medecins Sans Frontieres", "Médecins Sans Frontières", "Doctors Without Borders", "MSF"], ""),
    "UNEP": ("United Nations Environment Programme",
             ["UN Environment Programme", "United Nations Environment Programme", "UNEP"], ""),
    "OCHA": ("United Nations Office for the Coordination of Humanitarian Affairs",
             ["UN Office for the Coordination of Humanitarian Affairs",
              "Office for the Coordination of Humanitarian Affairs", "OCHA"], ""),
    "UNIFIL": ("United Nations Interim Force in Lebanon", ["UNIFIL", "United Nations Interim Force in Lebanon"], ""),
    "MONUSCO": ("United Nations Organization Stabilization Mission in the DR Congo", ["MONUSCO"], ""),
    "UNMISS": ("United Nations Mission in South Sudan", ["UNMISS", "United Nations Mission in South Sudan"], ""),
    "WMO": ("World Meteorological Organization",
            ["World Meteorological Organization", "World Meteorological Organisation"], ""),
    "ECB": ("European Central Bank", ["European Central Bank", "ECB"], ""),
    "IDB": ("Inter-American Development Bank", ["Inter-American Development Bank", "IADB"], ""),
    "ParisClub": ("Paris Club", ["Paris Club"], ""),
    "PIF": ("Pacific Islands Forum", ["Pacific Islands Forum"], ""),
    "ECCAS": ("Economic Community of Central African States",
              ["Economic Community of Central African States", "ECCAS"], ""),
    "ArcticCouncil": ("Arctic Council", ["Arctic Council"], ""),
    # non-governmental organisations
    "CPJ": ("Committee to Protect Journalists", ["Committee to Protect Journalists", "CPJ"], ""),
    "ReportersWithoutBorders": ("Reporters Without Borders",
                                ["Reporters Without Borders", "Reporters Sans Frontieres",
                                 "Reporters Sans Frontières"], ""),
    "Oxfam": ("Oxfam", ["Oxfam", "Oxfam International"], ""),
    "SaveTheChildren": ("Save the Children", ["Save the Children"], ""),
    "IBSA": ("IBSA Dialogue Forum", ["IBSA Dialogue Forum", "IBSA"], "BRA IND ZAF"),
}

# ---------------------------------------------------------------------------
# Agents
# ---------------------------------------------------------------------------

#: Agent words of society PETRARCH2's agent dictionary lacks, with their CAMEO sector code
#: (it has "worker" and "student" but not "miner" or "teacher"); these win over its entries.
AGENTS: dict[str, tuple[str, list[str]]] = {
    "opposition": ("OPP", []),
    "miner": ("LAB", ["miners"]),
    "striker": ("LAB", ["strikers"]),
    "docker": ("LAB", ["dockers"]),
    "dockworker": ("LAB", ["dockworkers"]),
    "trade unionist": ("LAB", ["trade unionists"]),
    "unionist": ("LAB", ["unionists"]),
    "trade union": ("LAB", ["trade unions"]),
    "labour union": ("LAB", ["labour unions"]),
    "labor union": ("LAB", ["labor unions"]),
    "unions": ("LAB", []),  # (the plural alone: "the Union" is often the European one)
    "teacher": ("EDU", ["teachers"]),
    "pupil": ("EDU", ["pupils"]),
    "schoolchild": ("EDU", ["schoolchildren"]),
    "schoolgirl": ("EDU", ["schoolgirls"]),
    "schoolboy": ("EDU", ["schoolboys"]),
    "doctor": ("HLH", ["doctors"]),
    "nurse": ("HLH", ["nurses"]),
}


# ---------------------------------------------------------------------------
# Roles
# ---------------------------------------------------------------------------

#: Titles of officials as written before or after their names.
ROLES: tuple[str, ...] = (
    # heads of state and government
    "President", "Vice President", "Vice-President", "Deputy President", "Acting President",
    "Interim President", "President-elect", "Prime Minister", "Deputy Prime Minister",
    "First Deputy Prime Minister", "Acting Prime Minister", "Interim Prime Minister", "PM",
    "Premier", "Vice Premier", "State Councillor", "State Councilor", "Chancellor",
    "Federal Chancellor", "Taoiseach", "Chief Adviser", "Chief Executive", "Head of State",
    "Head of Government", "King", "Queen", "Crown Prince", "Prince", "Emir", "Amir", "Sultan",
    "Sheikh", "Supreme Leader", "leader", "envoy", "diplomat", "official", "negotiator", "mediator", "commander", "ambassador", "Ayatollah", "Pope", "Chairman", "Vice Chairman", "Chairperson",
    "General Secretary", "Speaker", "Speaker of Parliament", "Senator", "Chief Minister",
    # foreign affairs
    "Foreign Minister", "Minister of Foreign Affairs", "Minister for Foreign Affairs",
    "Foreign Affairs Minister", "External Affairs Minister", "Minister of External Affairs",
    "Minister for External Affairs", "EAM", "Foreign Secretary", "Secretary of State",
    "Deputy Secretary of State", "Assistant Secretary of State", "Under Secretary of State",
    "Deputy Foreign Minister", "Vice Foreign Minister", "First Deputy Foreign Minister",
    "Minister of State", "Minister of State for External Affairs", "High Representative",
    "Foreign Ministry spokesperson", "Foreign Ministry spokesman", "Foreign Ministry spokeswoman",
    "spokesperson", "spokesman", "spokeswoman",
    # diplomats
    "Ambassador", "Ambassador-at-Large", "High Commissioner", "Deputy High Commissioner", "Envoy",
    "Special Envoy", "Special Representative", "Permanent Representative",
    "Deputy Permanent Representative", "Deputy Chief of Mission", "Chargé d'affaires",
    "Charge d'affaires", "Consul General", "Consul-General", "Consul", "Minister-Counsellor",
    "Counsellor", "First Secretary", "Defence Attaché", "Military Attaché",
    # security and defence
    "National Security Adviser", "National Security Advisor", "Deputy National Security Adviser",
    "NSA", "Defence Minister", "Defense Minister", "Minister of Defence", "Minister of Defense",
    "Minister for Defence", "Defence Secretary", "Defense Secretary", "Secretary of Defense",
    "Secretary of War", "War Secretary", "Chief of Army Staff", "Chief of the Army Staff",
    "Army Chief", "Chief of Defence Staff", "Chief of the Defence Staff", "Chief of Defense Staff",
    "Chief of General Staff", "Chief of the General Staff", "Chief of Naval Staff", "Navy Chief",
    "Chief of Air Staff", "Air Chief", "Chairman of the Joint Chiefs of Staff",
    "Commander-in-Chief", "Field Marshal", "General", "Admiral", "Intelligence Chief",
    # home, economy and trade
    "Home Minister", "Minister of Home Affairs", "Interior Minister", "Minister of the Interior",
    "Home Secretary", "Finance Minister", "Minister of Finance", "Finance Secretary",
    "Treasury Secretary", "Secretary of the Treasury", "Trade Minister", "Minister of Trade",
    "Commerce Minister", "Minister of Commerce", "Commerce Secretary", "Secretary of Commerce",
    "Trade Representative", "Economy Minister", "Energy Minister", "Oil Minister",
    "Petroleum Minister", "Cabinet Secretary", "Attorney General", "Minister", "Deputy Minister",
    # international organisations
    "Secretary-General", "Secretary General", "Deputy Secretary-General",
    "Under-Secretary-General", "Director-General", "Director General", "Managing Director",
    "Commissioner", "Chief Prosecutor", "Prosecutor",
)


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------

def fold(text: str) -> str:
    """``text`` without diacritics ("Côte d'Ivoire" -> "Cote d'Ivoire")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def strip_the(form: str) -> str:
    """A form without a leading article, the way kg/actors.py stores it."""
    return form[4:] if form.lower().startswith("the ") else form


def sort_key(form: str) -> tuple[str, str]:
    """Case-insensitive order with a deterministic tie-break."""
    return (form.casefold(), form)


def unique(forms: Iterable[str]) -> list[str]:
    """``forms`` in first-seen order with blanks and repeats removed."""
    seen: dict[str, None] = {}
    for form in forms:
        form = " ".join(form.split())
        if form and form not in seen:
            seen[form] = None
    return list(seen)


def with_variants(forms: Iterable[str], block: frozenset[str] = frozenset()) -> list[str]:
    """``forms`` plus their diacritic-free and "St"/"St." spellings, minus ``block``."""
    out: list[str] = []
    for form in forms:
        variants = [form, fold(form)]
        for v in list(variants):
            if v.startswith("Saint "):
                variants += ["St " + v[6:], "St. " + v[6:]]
        out += variants
    return [f for f in unique(out) if f not in block]


@lru_cache(maxsize=1)
def iso_codes() -> frozenset[str]:
    """Every ISO 3166-1 alpha-2 and alpha-3 code."""
    codes = {c.alpha_2 for c in pycountry.countries} | {c.alpha_3 for c in pycountry.countries}
    return frozenset(codes | {"XK", "XKX"})


def countryinfo_records() -> dict[str, list[dict[str, Any]]]:
    """countryinfo's records grouped by ISO alpha-3 code (some codes have several)."""
    skip = {"Wales", "Scotland"}  # parts of the UK that countryinfo files under GBR
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for entry in countryinfo.all_countries():
        try:
            info = entry.info()
        except (KeyError, ValueError):
            continue
        code = (info.get("ISO") or {}).get("alpha3")
        if code and info.get("name") not in skip:
            grouped[code].append(info)
    return grouped


def main_record(records: list[dict[str, Any]]) -> dict[str, Any]:
    """The fullest of a code's countryinfo records (a string capital and a demonym win)."""
    def score(info: dict[str, Any]) -> tuple[int, int]:
        return (int(isinstance(info.get("capital"), str) and bool(info["capital"])),
                int(bool(info.get("demonym"))))
    return max(records, key=score) if records else {}


def pycountry_names(code: str) -> list[str]:
    """pycountry's name, official name and common name for ``code``."""
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return []
    return [n for n in (getattr(country, "common_name", None), country.name,
                        getattr(country, "official_name", None)) if n]


def tokens(text: str) -> list[str]:
    """Words of a name, with commas and brackets dropped."""
    return text.replace(",", " ").replace("(", " ").replace(")", " ").split()


def is_english_name(form: str, own_words: set[str], adjectives: set[str]) -> bool:
    """Whether a library spelling is an English name of the state, not a native or foreign one.

    Accepted are the state's own English name words alone ("Bahamas", "Viet Nam") and long
    forms built from form words, the state's name words and its adjectives ("Argentine
    Republic", "Kingdom of the Netherlands").  Native spellings ("Rossiya", "Republik
    Indonesia"), French or Spanish long forms and bare codes are rejected.
    """
    if "," in form or "(" in form or not form[:1].isupper():
        return False
    words = form.split()
    if all(w in own_words for w in words):
        return True
    allowed = FORM_WORDS | own_words | adjectives
    return all(w in allowed for w in words) and any(w in STATE_WORDS for w in words)


def plurals(demonyms: list[str]) -> list[str]:
    """The demonyms with regular "-s" plurals added where English uses them."""
    out = list(demonyms)
    for d in demonyms:
        if d not in NO_PLURAL and d.endswith(PLURAL_S_ENDINGS) and not d.endswith("s"):
            out.append(d + "s")
    return unique(out)


# ---------------------------------------------------------------------------
# Building
# ---------------------------------------------------------------------------

#: Alpha-3 codes that are also English words or common abbreviations: never read as a state.
CODE_BLOCK = frozenset(
    "AND ARE ARM BEN BRA CAN CHE COD COG CUB DOM FIN GAB GIN HUN MAC MAR NOR PAN PER POL SEN SOM "
    "SUR TON TUN TUV VAT LAO MDA MLT PRY ECU GEO".split()
)


def build_country(code: str, records: list[dict[str, Any]]) -> dict[str, Any]:
    """One entry of "countries" from the libraries and the curated tables."""
    if code == "XKX":
        entry = {"id": code, "label": KOSOVO["label"], "names": list(KOSOVO["names"]),
                 "capitals": list(KOSOVO["capitals"]), "metonyms": [],
                 "demonyms": list(KOSOVO["demonyms"]), "codes": []}
        return entry
    info = main_record(records)
    py_names = pycountry_names(code)
    label = LABELS.get(code) or next(n for n in py_names if "," not in n and "(" not in n)

    # demonyms first: their words help to recognise long forms such as "Lebanese Republic"
    if code in DEMONYMS:
        demonyms = list(DEMONYMS[code])
    else:
        raw = str(info.get("demonym") or "")
        demonyms = [d.strip() for part in raw.split(",") for d in part.split("/") if d.strip()]
    demonyms += FORMER_DEMONYMS.get(code, [])
    demonyms = [d for d in plurals(demonyms) if d not in DEMONYM_BLOCK]

    # names: the label, pycountry's names, countryinfo's English spellings, curated extras
    library = py_names + [r.get("name") or "" for r in records]
    for r in records:
        library += [s.strip() for s in (r.get("altSpellings") or []) if isinstance(s, str)]
    own_words = {w for n in [label, *py_names, *(r.get("name") or "" for r in records),
                             *EXTRA_NAMES.get(code, [])] for w in tokens(n)}
    adjectives = set(demonyms) | FORM_ADJECTIVES
    own_words -= FORM_WORDS | adjectives  # "Togolese" alone is not a name of Togo
    codes = iso_codes()
    candidates = [label]
    for form in library:
        form = strip_the(form.strip())
        if form in codes or form in NAME_BLOCK or form in NAME_BLOCK_FOR.get(code, ()):
            continue
        if is_english_name(form, own_words, adjectives):
            candidates.append(form)
    candidates += EXTRA_NAMES.get(code, [])
    names = with_variants(candidates, NAME_BLOCK | NAME_BLOCK_FOR.get(code, frozenset()))

    if code in CAPITALS:
        capitals = list(CAPITALS[code])
    else:
        capital = info.get("capital")
        capitals = [capital] if isinstance(capital, str) and capital else []
    capitals = with_variants(capitals, CAPITAL_BLOCK)
    metonyms = with_variants(METONYMS.get(code, []))

    # a form belongs to one field only: names, then capitals, metonyms, demonyms
    taken = set(names)
    capitals = [c for c in capitals if c not in taken]
    taken |= set(capitals)
    metonyms = [m for m in metonyms if m not in taken]
    taken |= set(metonyms)
    demonyms = [d for d in demonyms if d not in taken]

    return {
        "id": code,
        "label": label,
        "names": [label] + sorted((n for n in names if n != label), key=sort_key),
        "capitals": sorted(capitals, key=sort_key),
        "metonyms": sorted(metonyms, key=sort_key),
        "demonyms": sorted(demonyms, key=sort_key),
        # the alpha-3 code as text writes it ("RUS", "PAK"), unless it is also an English word
        "codes": [] if code in CODE_BLOCK or code in taken else [code],
    }


def drop_shared_demonyms(countries: list[dict[str, Any]]) -> list[str]:
    """Remove demonyms claimed by more than one state; return what was removed."""
    owners: dict[str, set[str]] = defaultdict(set)
    for c in countries:
        for d in c["demonyms"]:
            owners[d].add(c["id"])
    shared = sorted((d for d, ids in owners.items() if len(ids) > 1), key=sort_key)
    for c in countries:
        c["demonyms"] = [d for d in c["demonyms"] if d not in shared]
    return shared


def build_countries() -> list[dict[str, Any]]:
    """All states of the dictionary, sorted by id."""
    grouped = countryinfo_records()
    countries = [build_country(code, grouped.get(code, []))
                 for code in sorted(UN_MEMBERS | OTHER_STATES)]
    shared = drop_shared_demonyms(countries)
    if shared:
        print("demonyms shared by several states, left out:", ", ".join(shared), file=sys.stderr)
    return countries


def african_states(country_ids: set[str]) -> list[str]:
    """The dictionary's states that countryinfo places in Africa."""
    out = set()
    for code, records in countryinfo_records().items():
        if code in country_ids and main_record(records).get("region") == "Africa":
            out.add(code)
    return sorted(out)


#: The armed groups among the organisations: "the insurgents", "the militants" in a story
#: about one of them are that group (kg/extraction/discourse.py).
ARMED_GROUPS: frozenset[str] = frozenset(
    "Hamas Hezbollah Taliban ISIS AlQaeda Houthis PIJ Wagner BLA TTP AlShabaab ISKP JNIM HTS M23 RSF LeT JeM Polisario"
    .split())


def build_organisations(country_ids: set[str]) -> list[dict[str, Any]]:
    """All organisations of the dictionary, sorted by id."""
    out = []
    for org_id, (label, aliases, members) in sorted(ORGANISATIONS.items()):
        member_ids = african_states(country_ids) if members == "AFRICA" else members.split()
        entry = {
            "id": org_id,
            "label": label,
            "aliases": [label] + sorted((a for a in unique(aliases) if a != label), key=sort_key),
            "members": sorted(set(member_ids)),
        }
        if org_id in ARMED_GROUPS:
            entry["armed"] = True
        out.append(entry)
    return out


def build() -> dict[str, Any]:
    """The whole dictionary."""
    countries = build_countries()
    organisations = build_organisations({c["id"] for c in countries})
    return {
        "countries": countries,
        "organisations": organisations,
        "roles": sorted(unique(ROLES), key=sort_key),
        "agents": {w: {"sector": sector, "plural": plural} for w, (sector, plural) in sorted(AGENTS.items())},
    }


# ---------------------------------------------------------------------------
# Checking
# ---------------------------------------------------------------------------

def check(data: dict[str, Any]) -> list[str]:
    """Problems that would make the dictionary wrong or ambiguous (empty when fine)."""
    problems: list[str] = []
    country_ids = {c["id"] for c in data["countries"]}
    missing = (UN_MEMBERS | OTHER_STATES) - country_ids
    if missing:
        problems.append(f"missing states: {sorted(missing)}")
    if len(data["countries"]) < 197:
        problems.append(f"only {len(data['countries'])} countries")

    owner: dict[str, str] = {}

    def claim(form: str, actor: str, where: str) -> None:
        key = strip_the(form.strip())
        # lower case only for Arabic names that news writes with a lower-case article ("al-Qaeda")
        if not key[:1].isupper() and not key[:1].isdigit() and not (key.startswith(("al-", "al ")) and key[3:4].isupper()):
            problems.append(f"{where} {form!r} of {actor} does not start with a capital")
        if owner.setdefault(key, actor) != actor:
            problems.append(f"{form!r} names both {owner[key]} and {actor}")

    codes = iso_codes()
    for c in data["countries"]:
        if c["id"] in {o["id"] for o in data["organisations"]}:
            problems.append(f"organisation id {c['id']!r} is also a state's ISO code")
        if c["label"] not in c["names"]:
            problems.append(f"label of {c['id']} is not among its names")
        for field in ("names", "capitals", "metonyms", "demonyms", "codes"):
            for form in c[field]:
                claim(form, c["id"], field[:-1])
                if field != "codes" and form in codes and form not in ALLOWED_CODES:
                    problems.append(f"bare code {form!r} listed for {c['id']}")
    for o in data["organisations"]:
        for form in o["aliases"]:
            claim(form, o["id"], "alias")
        unknown = set(o["members"]) - country_ids
        if unknown:
            problems.append(f"members of {o['id']} unknown: {sorted(unknown)}")
    return problems


def main() -> None:
    data = build()
    problems = check(data)
    if problems:
        for p in problems:
            print("error:", p, file=sys.stderr)
        raise SystemExit(1)
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, indent=1, ensure_ascii=False, sort_keys=True) + "\n"
    OUTPUT.write_text(text, encoding="utf-8")
    n_forms = sum(len(c[k]) for c in data["countries"]
                  for k in ("names", "capitals", "metonyms", "demonyms", "codes"))
    print(f"wrote {OUTPUT.relative_to(ROOT)}: {len(data['countries'])} countries "
          f"({n_forms} surface forms), {len(data['organisations'])} organisations, "
          f"{len(data['roles'])} roles")


if __name__ == "__main__":
    main()
