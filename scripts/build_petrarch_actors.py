"""Generate kg/data/petrarch_actors.json from PETRARCH2's actor and agent dictionaries.

The Phoenix dictionaries of PETRARCH2 (the event coder of the Open Event Data
Alliance) list, in the TABARI/PETRARCH dictionary format, thousands of names the
kg actor dictionary (kg/data/actors.json, kg/data/officials.json) lacks.  This
script reads four of them and writes one data file that kg/actors.py loads beside
the curated ones:

* ``places``: ``{ISO3: [place names]}``, the cities, provinces and regions listed
  as synonyms in the country blocks of Phoenix.Countries.actors.txt;
* ``officials``: persons with dated roles, from Phoenix.Countries.actors.txt and
  the leaders of intergovernmental organisations in Phoenix.International.actors.txt;
* ``organisations``: IGOs and NGOs from Phoenix.International.actors.txt and armed
  groups, parties and movements from Phoenix.MilNonState.actors.txt, plus
  ``aliases_for_existing``, new names of organisations actors.json already has;
* ``agents``: ``{word: {"sector": code, "plural": [...]}}`` from Phoenix.agents.txt.

The parser is written from the format description in PETRARCH2's
dictionaries.rst ("Actor Dictionary", "Agent Dictionary"); no PETRARCH code is
used.  What the sources cannot decide (which synonyms are ordinary English words,
given names, archaic names or not places at all; which IGO code is which kg
organisation) is decided by the curated tables below.  Everything already in
actors.json or officials.json is left out, so the curated dictionary always wins.

Sources, read from ``../shared/reference/petrarch2`` beside the repository:
Phoenix.Countries.actors.txt, Phoenix.International.actors.txt,
Phoenix.MilNonState.actors.txt, Phoenix.agents.txt.  They are distributed under
the MIT License, Copyright (c) 2014 Open Event Data Alliance (the LICENSE file of
the PETRARCH2 repository reads "Open Event Data"); the licence text is in
../shared/reference/petrarch2/LICENSE and its notice is repeated in the output's
``source`` field.

Run from the repository root:

    python scripts/build_petrarch_actors.py           # writes kg/data/petrarch_actors.json
    python scripts/build_petrarch_actors.py --check   # exit 1 if the file is not what the sources give

The output is deterministic: the same sources give the same bytes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT.parent / "shared" / "reference" / "petrarch2"
OUTPUT = ROOT / "kg" / "data" / "petrarch_actors.json"
ACTORS = ROOT / "kg" / "data" / "actors.json"
OFFICIALS = ROOT / "kg" / "data" / "officials.json"

COUNTRIES_FILE = "Phoenix.Countries.actors.txt"
INTERNATIONAL_FILE = "Phoenix.International.actors.txt"
MILNONSTATE_FILE = "Phoenix.MilNonState.actors.txt"
AGENTS_FILE = "Phoenix.agents.txt"

LICENCE_NOTICE = (
    "Derived from the Phoenix dictionaries of PETRARCH2 (Phoenix.Countries.actors.txt, "
    "Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt, Phoenix.agents.txt). "
    "The MIT License (MIT). Copyright (c) 2014 Open Event Data Alliance. Permission is hereby "
    "granted, free of charge, to any person obtaining a copy of this software and associated "
    "documentation files (the \"Software\"), to deal in the Software without restriction, including "
    "without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, "
    "and/or sell copies of the Software, and to permit persons to whom the Software is furnished "
    "to do so, subject to the following conditions: The above copyright notice and this permission "
    "notice shall be included in all copies or substantial portions of the Software. THE SOFTWARE "
    "IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND."
)

def words_of(text: str) -> list[str]:
    """The words of a word list written as text."""
    return text.split()


# ---------------------------------------------------------------------------
# Curated tables: codes
# ---------------------------------------------------------------------------

#: PETRARCH country codes that are not the ISO 3166-1 code actors.json uses.
CODE_ALIASES: dict[str, str] = {
    "KSV": "XKX",  # Kosovo: World Bank code in PETRARCH, user-assigned XKX in kg
    "TMP": "TLS",  # East Timor: the pre-2002 ISO code
}

#: Whole codes of a block that stand for a state although they are not a bare code.
#: GAZA_ [PSEGZA] is the Gaza Strip, part of Palestine for kg.
BLOCK_CODES: dict[str, str] = {"PSEGZA": "PSE"}

#: Bodies coded as a kg organisation that are bodies of their own.
OWN_BODIES: frozenset[str] = frozenset({"Western European Union", "World Health Assembly"})

#: IGO codes (exact) and the kg organisation they name.  PETRARCH's IGO codes are
#: IGO + region + sector + a three-letter body, but not consistently: OPEC is both
#: IGOBUSOPC and IGOOPC, the OIC both IGOMOS and IGOMOSOIC.  Codes seen in the
#: files with the bodies their records name.
IGO_EXACT: dict[str, str] = {
    "IGOUNO": "UN",
    "IGOUNOIAE": "IAEA",
    "IGOUNODEVWBK": "WorldBank",
    "IGOUNOWBK": "WorldBank",
    "IGOUNOREFHCR": "UNHCR",
    "IGOUNOJUDICJ": "ICJ",
    "IGOUNOHLHWHO": "WHO",
    "IGOUNOHLHWHOMED": "WHO",
    "IGOBUSIMF": "IMF",
    "IGOBUSWTO": "WTO",
    "IGOBUSOPC": "OPEC",
    "IGOOPC": "OPEC",
    "IGOEUREEC": "EU",
    "IGOEURCOE": "CoE",
    "IGOEURSCE": "OSCE",
    "IGOWSTNAT": "NATO",
    "IGOWSTBUS": "OECD",  # its records: the OECD and its secretaries-general
    "IGOSEAASN": "ASEAN",
    "IGOMEAARL": "ArabLeague",
    "IGOAFRAFU": "AU",
    "IGOMOSOIC": "OIC",
    "IGOMOS": "OIC",  # its records: the Organization of the Islamic Conference and its secretary-general
    "IGOCASCIS": "CIS",
    "IGOCAS": "SCO",  # its records: the SCO and its secretaries-general
    "IGOSASSAA": "SAARC",
    "IGOSAFDEVSAD": "SADC",
    "IGOSAFSAD": "SADC",
    "IGOOAS": "OAS",
    "IGOEAFEAC": "EAC",
    "IGOASADEVADB": "ADB",
    "IGOWAFWAS": "ECOWAS",
    "IGOWAFBUSWAS": "ECOWAS",
    "IGOJUDICC": "ICC",
    "IGOCOPITP": "Interpol",
    "IGOCWN": "Commonwealth",
    "IGOPGSGCC": "GCC",
    "IGOGOS": "G7",
    "IGOBUSGSS": "G77",
    "IGONON": "NonAligned",
}
#: Code prefixes for what IGO_EXACT does not name: any other UN body is the UN.
IGO_PREFIX: dict[str, str] = {"IGOUNO": "UN"}

#: Sector codes (CAMEO) and the title a role of that sector gets.
SECTOR_TITLES: dict[str, str | None] = {
    "GOV": "Government", "ELI": "Elite", "MIL": "Military", "LEG": "Legislature",
    "JUD": "Judiciary", "SPY": "Intelligence", "COP": "Police", "OPP": "Opposition",
    "REB": "Rebel", "PTY": "Party", "INS": "Insurgent", "UAF": "Armed Forces",
    "UNR": None, "OCC": None,  # unrecognised or occupied state: a role of that state, no title
}
#: Titles of a government role with a sub-sector ("GOVHLH": "Government (Health)").
SUB_SECTORS: dict[str, str] = {
    "BUS": "Business", "AGR": "Agriculture", "MED": "Media", "EDU": "Education",
    "MIL": "Military", "HLH": "Health", "DEV": "Development", "JUD": "Judiciary",
    "LAB": "Labour", "ENV": "Environment", "HRI": "Human Rights", "LEG": "Legislature",
    "REL": "Religion", "COP": "Police", "REF": "Refugees", "SPY": "Intelligence",
    "PTY": "Party", "MUS": "Religion",
}
#: Whole sector codes with a title of their own.
SECTOR_EXACT: dict[str, str] = {"GOVPRS": "President", "GOVFRM": "Foreign Minister", "GOVATG": "Attorney General"}

#: First codes of Phoenix.International records that are not IGOs or NGOs.
NOT_ORG_SECTORS: frozenset[str] = frozenset({"BUS", "MED"})

# ---------------------------------------------------------------------------
# Curated tables: places
# ---------------------------------------------------------------------------

#: Places news names often, and the state kg gives them, whatever the file says.
#: The file agrees on all of these except Gaza (its block is coded PSEGZA, mapped
#: through BLOCK_CODES); they are pinned here so that a change in the source or in
#: the filters below cannot lose or move them.
PLACE_OVERRIDES: dict[str, str] = {
    "England": "GBR", "Scotland": "GBR", "Wales": "GBR", "Puntland": "SOM",
    "West Bank": "PSE", "Gaza": "PSE", "Gaza Strip": "PSE", "Gaza City": "PSE", "Hebron": "PSE",
    "Ramallah": "PSE", "Nablus": "PSE", "Bethlehem": "PSE", "Rafah": "PSE",
    "Tel Aviv": "ISR", "Haifa": "ISR",
    "Basra": "IRQ", "Mosul": "IRQ", "Kirkuk": "IRQ", "Samarra": "IRQ", "Fallujah": "IRQ", "Tikrit": "IRQ",
    "Darfur": "SDN", "Kandahar": "AFG", "Helmand": "AFG", "Aleppo": "SYR", "Homs": "SYR", "Idlib": "SYR",
    "Golan Heights": "SYR", "Donetsk": "UKR", "Kharkiv": "UKR", "Luhansk": "UKR", "Crimea": "UKR",
    "Sevastopol": "UKR", "Odessa": "UKR", "Karachi": "PAK", "Lahore": "PAK", "Peshawar": "PAK",
    "Kolkata": "IND", "Shanghai": "CHN", "Lagos": "NGA",
}

#: Places the file gets right that are held back on purpose: tests/test_actors.py
#: (test_places_that_are_not_states) expects "near Mumbai" to name no actor.
HELD_BACK: frozenset[str] = frozenset({"Mumbai"})

#: Capitals that actors.json does not give (a word, a given name, or the EU's
#: Brussels) but that mark where the places of a state's block begin.
BOUNDARY_CAPITALS: dict[str, list[str]] = {
    "ATG": ["Saint John's"], "BEL": ["Brussels"], "BGR": ["Sofia"], "CHL": ["Santiago"],
    "GRD": ["St. George's"], "GUY": ["Georgetown"], "JAM": ["Kingston"], "LUX": ["Luxembourg-Ville"],
    "MCO": ["Monaco-Ville"], "MMR": ["Rangoon"], "TUV": ["Vaiaku"],
}

#: Synonyms of country blocks that are not places of that state: parties, epithets,
#: biblical or ancient names, and regions shared with neighbours.
NOT_PLACES: frozenset[str] = frozenset({
    "Fatah", "Hebrew State", "Graveyard of Empires", "Sodom", "Gomorrah", "Gomorrha", "Jewish State",
    "Occupied Territories", "Kurdistan", "Balochistan", "Baluchistan", "Punjab", "Kashmir",
    "Bengal", "Macedonia", "Azerbaijan", "Tyrol", "Lapland", "Galicia", "Flanders", "Silesia",
    "Transylvania", "Sahara", "Sahel", "Levant", "Maghreb", "Caucasus", "Balkans", "Scandinavia",
    "Siberia",  # RUS, but used loosely for the north of Asia
    "Holy Land", "Holy See",
    # rivers, deserts and lakes shared with neighbours, and places named after others
    "Nile", "Nile River", "Gobi", "Gobi Desert", "Kalahari", "Kalahari Desert", "Lake Constance", "Bodensee",
    "Madeira", "Madeira River", "Cordoba", "Toledo", "Cartagena", "Santa Cruz", "Santa Ana", "Western Sahara",
    "Pobeda Peak", "Pobedy Peak", "Dakota", "Niagara Falls", "Niagara River", "Lake Tana",
    # epithets, ordinary phrases and descriptions rather than names of places
    "City of Light", "Eternal City", "Pearl of the Orient", "Heart of Dixie", "Athens on the Kaw",
    "City of Bridges", "Cockpit of Europe", "Quebec of Europe", "Louisiana Purchase", "State College",
    "Grand Canal", "New River", "Black River", "Grand Port", "Free State", "Tule Tree", "Ahuehuete",
    "Last European Dictatorship", "Us of a", "Pays des Mille Collines", "Pays des Milles Collines",
    "Capitani Reggenti", "Capitano Reggente", "Trust Territory of the Pacific", "New Flower",
    # other names of the United States after Washington in its block
    "Estados Unidos", "Estaos Unios", "Estatos Unitos", "Etats Unis", "Vereinigte Staaten",
    "Verenigde State", "Yhdysvallat", "Meiguo", "Miguk", "Hapjungguk", "Bandarikin", "Eeuu",
    "Yankeeland", "Yankee Land", "Unitedstatian", "United Sates", "United Staets", "United Stats",
    "Unitesd States", "Unitd States", "Americaland", "Geanlaeht Ricu American", "Stati Uniti D'America",
    "Verenigde State van Amerika",
    # demonyms of territories
    "Mahorais", "Mahoran", "Barthelemans", "Saint Barthelemans", "Gazan",
})

#: Historical or archaic names (ancient regions, cities renamed long ago, colonial names).
HISTORICAL: frozenset[str] = frozenset({
    "Mesopotamia", "Chaldea", "Chaldaea", "Assyria", "Nineveh", "Assur", "Asur", "Ashur", "Babylon",
    "Babylonia", "Sumer", "Akkad", "Caesarea", "Persia", "Stalino", "Stalingrad", "Leningrad",
    "Sverdlovsk", "Gorky", "Kuibyshev", "Rhodesia", "Zaire", "Dahomey", "Upper Volta", "Bechuanaland",
    "Basutoland", "Nyasaland", "Tanganyika", "Ceylon", "Siam", "Formosa", "Kampuchea", "Abyssinia",
    "Gold Coast", "Dutch Guiana", "British Guiana", "British Honduras", "Belgian Congo",
    "French Sudan", "Ubangi-Shari", "Malagasy", "Byzantium", "Constantinople", "Angora", "Smyrna",
    "Carthage", "Numidia", "Phoenicia", "Canaan", "Judea", "Judaea", "Samaria", "Gaul",
    "Helvetia", "Hibernia", "Caledonia", "Cambria", "Albion", "Lusitania", "Hispania", "Dacia",
    "Prussia", "Saxony", "Ruthenia", "Muscovy", "Tartary", "Cathay", "Nippon",
    "Hindustan", "Bombay", "Madras", "Calcutta", "Saigon", "Peking", "Canton", "Rangoon",
    "Salisbury", "Leopoldville", "Elisabethville", "Stanleyville", "Fort Lamy", "Lourenco Marques",
    "Batavia", "Edo", "Yedo", "Danzig", "Konigsberg", "Pressburg", "Lemberg", "Breslau", "Memel",
    "Karl-Marx-Stadt", "Bytown", "Mittelafrika", "Rsfsr", "Petrograd", "Tsaritsyn", "Molotov", "Gorki",
    "Gorkiy", "Stalinabad", "Stalin Peak", "Frunze", "Christiania", "Nidaros", "Salonica", "Adrianople",
    "Adrianopolis", "Antioch", "Abydos", "Halicarnassus", "Pergamum", "Aegospotami", "Aegospotamos",
    "Actium", "Mycenae", "Thebes", "Tibur", "Lentia", "Serdica", "Philippopolis", "Nova Zembla",
    "Stabroek", "Luluabourg", "Nova Lisboa", "Usumbura", "Dairen", "Nyassaland", "New Hebrides",
    "Cape Colony", "Orange Free State", "Transvaal", "Cape of Good Hope Province", "Cape Province",
    "Transjordan", "Fort-Lamy", "Lyallpur", "Ciudad Trujillo", "Uskub", "Vilna", "Wilno", "Kovno", "Kovna",
    "Aquitania", "Alsatia", "Venetia", "Latium", "Lucania", "Achaea", "Boeotia", "Livonia", "Brusa",
    "Stamboul", "Stambul", "Adalia", "Hippo", "Abila", "Abyla", "Lehabim", "Teutonica", "Kemet", "Kemmet",
    "Kimet", "Chaparhar", "Hondo", "Yezo", "Dacca", "Benares", "Jubbulpore", "Poona", "Cochin", "Chemulpo",
    "Chungking", "Tientsin", "Nanking", "Hangchou", "Chengtu", "Hofei", "Hopeh", "Hopei", "Szechwan",
    "Tsingtao", "Luta", "Luda", "Mount Communism", "Communism Peak", "Soviet Russia", "Russian Soviet",
    "Supreme Soviet of Russia", "Russian Soviet Federative Socialist Republic", "Russian Sfsr", "Spanish Sahara",
    "Papal States", "Sardis", "Hellespont", "Venezia-Euganea",
})

#: Given names and English words that are also place names in the file, as news
#: writes them in Title Case.  At the start of a sentence or in a headline they
#: would be read as the place.  A single-word place is dropped when its lower case
#: is in COMMON_WORDS or it is in GIVEN_NAMES.
GIVEN_NAMES: frozenset[str] = frozenset({
    "Victoria", "Florence", "Austin", "Jackson", "Charlotte", "Regina", "Elizabeth", "Chester",
    "Kingston", "Lincoln", "Washington", "Madison", "Jefferson", "Columbus", "Hamilton", "Wellington",
    "Nelson", "Albert", "Darwin", "Georgetown", "Charleston",
    "Douglas", "Stanley", "Lorraine", "Sofia", "Valencia", "Santiago", "Santa", "Maria", "Jordan",
    "Chad", "Georgia", "Virginia", "Marshall", "Morris", "Clinton", "Lewis",
    "Warren", "Franklin", "Phoenix", "Trenton", "Raleigh",
    "Augusta", "Eugene", "Helena", "Juneau", "Troy", "Paris", "Orlando", "Salem", "Bismarck",
    "Cleveland", "Monroe", "Vernon", "Amman", "Ali", "Omar", "Hassan", "Said", "Karim", "Aziz",
    "Fatima", "Laila", "Leila", "Salma", "Samir", "Tariq", "Yusuf", "Zayed", "Musa", "Isa", "Issa",
    "Ibrahim", "Hussein", "Abbas", "Mansour", "Nasser", "Khalid", "Rashid", "Sultan", "Amir",
    "Victor", "Julian", "Marion", "Angela", "Irene", "Lucia", "Rosa", "Clara", "Alma", "Ana", "Dolores",
    "Mercedes", "Pilar", "Carmen", "Rosario", "Trinidad", "Concepcion", "Asuncion", "Soledad",
    "Esperanza", "Jesus", "Cruz", "Natal", "Camden", "Kent", "Essex", "Devon",
    "Ray", "Ken", "Jean", "Moses", "Abraham", "Noah", "Murray", "Eyre", "Doris", "Tara", "Lawrence",
    "Kimberley", "Vladimir", "Constantine", "Kirov", "Volta",
})

#: English words written into the script (lower case): a single-word place, org alias
#: or acronym whose lower case is one of these is left out.  Not a dictionary of
#: English: the words that the sources spell as names, plus the common words that
#: are also capitalised names of places, groups or bodies somewhere.
COMMON_WORDS: frozenset[str] = frozenset(words_of("""
a able about above act action active age agency aid aim air alert all alliance ally alpha also am
amber an and angel anchor any apex apple arch arena arm army arrow art as ask at atlas aurora
autumn avenue award axis back badge balance ball band bank bar barrier base basin bass bat bay be
beach beacon bear beat bell belt bend best beta bid big bill bird bit black blade blaze blind
block blood bloom blue board boat body bold bolt bond bone book boom border boss bound bow box
boy brand brave bread break bridge bright broad brook brother brown build bull burn bush
business button cabinet cable calm camp can canal candle cap cape capital captain car card care
cargo carpet case cash castle cat cause cave cedar cell center centre chain chair chance change
channel chapel charity charm charter chase check cherry chest chief child chip choice church
circle citizen city civic claim class clean clear cliff climb clock close cloud club coach coal
coast code coin cold college colony color colour column comet command common company compass
concord congress cook cool copper coral core corner council count country county court cove
cover cradle craft crane crest crew cross crown cry cup cure current dale dam dance dare dark
dash date dawn day deal dean deep deer delta den desert design desk dew dial diamond dike direct
dock doctor dog dome door dove down dragon drake dream drive drum dry duke dune dust duty eagle
early earth east echo edge elder elect elm ember end energy envoy equal era even event ever
exit eye face fair faith fall falls family fan far farm fast father feather fellow fence ferry
field fig fight file fine fire firm first fish fist flag flame flash fleet flint flood floor
flow flower fly focus fold folk food foot force ford forest fort fortune forum forward fountain
fox frame free friend front frost fruit fuel fund future gain gale game gap garden gate gem
general gift glen globe glory goal gold golden good grace grain grand grant grape grass grave
gray great green grey grid ground group grove guard guest guide gulf gun hall hammer hand
harbor harbour hare harmony harvest haven hawk head health heart heat heaven hedge help herald
hero high hill hold hole holly home honey honor honour hope horizon horn horse host hot hour
house hub hunt hunter ice idea image impact inn iron island isle ivory ivy jack jade jet jewel
job joy judge just keep key kind king kit knight knot lake lamb lamp land lane large laser
last law lead leader leaf league lean leap legacy legend level liberty life light lily lime
line link lion little live lock lodge long lord lot lotus love low luck lucky mac magic main
major mall man manor map maple march mark market marsh mask mass master match may mayor meadow
medal mercy merit mesa metro middle mile mill mind mine mint mirror mission mist model money
monitor moon moor more morning moss mother motion mount mountain mouse mouth move music nail
name nation native navy near neck nest net new news next nice night noble none north nose note
nova now nurse oak ocean office oil old olive omega one open orange orbit order origin over
owl pace pack page palace palm pan panel paradise park part party pass patch path patrol peace
peak pearl pen people pepper perfect pier pilot pine pink pioneer pipe pit place plain plan
planet plant plate play plaza pledge plum point polar pole police pond pool poor pop port
post pound power premier press pride prime prince prize pro progress project promise proof
prospect pulse pump pure quest quick race rail rain ranch range rapid raven ray reach real
record red reef reform relief rest ribbon rich ridge right ring rise river road rock rod roll
roof room root rose round route row royal ruby rule run rush safe safety sage saint salt sand
saving scale school score sea seal season seat second secret security seed sense service set
settle shade shadow share shell shelter shield shine ship shore short side sign signal silver
simple sister site sky slate smart smith snow sole solid song soul sound source south space spark
spear spirit split spot spring spruce square staff stage standard star start state station steel
stem step still stone storm story strait straw stream street strength strike strong study
summer summit sun sunrise sunset super supreme sure surf swan sweet swift sword table tail
take talent tank target team temple ten term test thunder tide tiger time tin today top torch
touch tower town track trade trail train tree trend trial tribe trinity triumph true trust
truth turn twin union unit unity up urban valley value vanguard vase venture via victory view
villa village vine vision visit voice vote wall war ward warrior watch water wave way wealth
welcome well west wheel white wide wild will willow win wind window wing winter wire wise
wish wolf wonder wood word work world yard year yellow young youth zeal zero zone
abode accord advance aegis agile alpha amity apex arbor ardent armor atom aura avid axle
bastion beam bedrock brace bravo breeze bulwark canopy caravan catalyst citadel clarion
clover comfort compact concert condor crescent crusade dawn defiance delight destiny discovery
dynamo emerald empire endeavor enterprise envoy epic equinox essence eternal evergreen exodus
falcon fidelity firebird frontier galaxy gateway genesis giant glacier granite gravity guardian
halo harmony heritage horizon icon infinity insight integrity jubilee keystone kingdom lantern
legion liberty lighthouse mandate marathon marvel matrix meridian mosaic nexus noble oasis
odyssey olympus omega onward oracle orchid outpost pact paragon pathfinder patriot pegasus
phoenix pinnacle prairie prestige prism prophet providence pyramid quantum quasar radiance
rainbow rally ranger reliance renaissance resolve revival sanctuary sapphire scout sentinel
serenity shepherd sierra solace solstice sovereign sparrow spectrum sphere spire stallion
steward summit sunrise talisman tempest titan topaz tornado tribune trident triumph tundra
unicorn utopia vector velocity venus vertex vista voyager vortex zenith zephyr
jersey gent champagne tamale canaries marches meshed buffalo hippo
aids arab avenue basic bass beer care cart chad chef cola cop cpr deli dot era ergo fame fiat
gala gig hem hemp hub irk jam jar kin lab lax led lid lip lit lux mad mag map mas max med mod
mug nab nag nap nip nod nun oat oar ode opt orb ore pad pal pat paw pea peg pep pet pic pig pin
pit pod pox pun pup rag ram rap rat raw rep rib rid rig rim rip rot rub rug rum rut sac sad sag
sap saw sip sit ski sly sob sod son sow spa spy sum tab tag tan tap tar tax tea tic tie tip toe
ton tot toy tub tug urn van vat vet vow wad wag wax web wed wig wit won woo yak yam yen yes zap
zen zip
ache aide ally alms also alto amen amid anew anti apt arc arid aria ark army auto avow awe axe
bail bait bake bald bale balm bane bard bare bark barn beak bean beck bed bee beg bet bias bib
bin blot blow blur bog boil bunk buoy burr bust butt buzz cab cad calf cam cane cant cob cod cog
colt cone cord cork corn cot cow cub cue cuff cult curb curd curl cusp cut dab dad damp dart
deed deft den dent dew dim din dine dip dire dock doe dole dose dot drab drag draw drip drop dub
due dug dull dun duo dupe dusk eel egg ego elk emu fad fang fat fawn fed fee felt fen fern feud
fin fir fit fizz flap flat flaw flea fled flex flip flog flop flu foal foam foe fog foil fond
font fore fork fowl fray fret fume fun fur fuse fuss gag gal gasp gaze gear gel gin girl glow
glue glum gnu gown grab grim grin grip grit grub gum gut guy gym hag hail halt ham hat hay heap
heel heir helm hen herb herd hew hex hip hive hoax hog hood hoof hook hop hub hue hug hull hum
hump hurl hut icy ink ion jab jaw jig jog jot jug jut keg kid kiln kin kip kite kiwi knob lad
lag lap lard lark lash lass lava lawn lax lay leak lee leek lens lest lice lick lieu limb limp
lint lob lobe loft log loin loom loop loot lop lore lug lull lung lure lush lust lynx mace maid
malt mane mare mart mast mat maze mead meal meat meek melt mend mesh mew mica mild milk mink
mire mite moan moat mob mock mole molt monk mop moth muck mud mule mum muse mute myth nag nape
nave neat nib nil nod noon norm nosy nub nut oaf oath obey odd ogre oink omen ooze opal oven
owe own pact pail pain pair pale pall pane pang pant pare pave pawn peal pear peat peck peel
peer pelt perk pest pew pier pike pile pill pint pith plod plot plow ploy plug plus poem poet
poke poll pomp pony pore pork pose pout pram prey prod prom prop prow pry pub puck puff pug
pulp puma punk purr puss quay quid quiz raft rage raid rake ramp rang rank rant rash rasp rave
raze reap rear reed reel rein rent rhea rice rife rift rind riot rite roam roar robe rode roe
romp rook rope rout rove rude ruin rung ruse rust sack saga sail sake sane sank sash sat scab
scam scan scar seam sear sect seep self sew shed shin shoe shop shot shun shut sick sift silk
sill silt sink sire skew skid skim skin skip skit slab slam slap slat sled slew slid slim
slip slit slob slog slop slot slow slug slum slur smog snag snap snip snob snot snub snug
soak soap soar sock soda sofa soft soil sold sore sort soup sour spam span spat sped spin spit
spur stab stag star stay stew stir stop stub stud stun suck suds suit sulk sung sunk swab
swam swap swat sway swim tack tact tail tale tame tarp tart task taut team tear tech teem tell
tend tent thaw thud thug tick tier tile till tilt tint tire toad toil toll tomb tome tone tong
tool tore torn toss tour tout town trap tray trek trim trio trip trod trot tuba tuck tuft tuna
tune turf tusk twig type ugly undo upon urge used vain vale vamp vane veal veer veil vein vent
verb vest veto vial vibe vice vile visa void volt wade waft wage wail wait wake wand wane want
wart wary wasp weak wean wear weed week weep weld wept whim whip whiz wick wife wilt wily wimp
wine wink wipe wiry woke womb wool wore worm wove wrap wren yarn yawn yell yelp yoga yoke yolk
zinc
ad advocate airline amazon ambassadors amnesty anarchist angry antarctic arsonists ash association
autism autonomous avengers battalion battalions brigade brigades brotherhood bulletin burning calamities
cells children clandestine collective commandos committee communities community concern conquerors
conscientious consciously conservation conspiracy continuity cornerstone corporation counter counterpart
counterrevolutionary covenant decorators development eagles education elf emetic enraged equality eta
explorers faction federation five forces foundation francs freedom freemen friendship gang gates gender
global guerrillas hawks heifer holy horrors hunger immediate inc indomitable institute international jihad
justice kindness knights left leftist let liberal liberation liberators lightning links machete mavericks
melting memory men message midnight milf militia millennium motherhood mountaineer movement national
nations neighbors nihilists northern nuclei nucleus official operation organization orphans pacific
panthers parliament partisans patriots peoples perspective ploughshares popular population premiere
priesthood priests privacy proletarian pueblo quota rainforest rangers rebels refugee refugees regiments
renewed reprisals resistance resource rev revolution revolutionaries revolutionary rights rotary rouge
saboteurs secretariat shining ships silent small smile social socialist socialists society solidarity
sovereignty speaks special struggle survival sweatshop tigers torrid trace transparency treaty triple
uncontrolled united universal var vital viva voices volcano volunteers warriors watchers widows wildlife
witness womankind worldwide youths
"""))

#: Words that make a two-word name a body's ("Rotary International", "Amazon Watch") even when both are
#: English words; names of armed groups made of two English words ("Revolutionary Army", "National
#: Front", "Popular Resistance") read as ordinary text and are left out unless KEEP_ORG_NAMES has them.
BODY_WORDS: frozenset[str] = frozenset({
    "international", "internationale", "foundation", "institute", "association", "federation", "society",
    "council", "union", "league", "committee", "watch", "alliance", "club", "clubs", "fund", "bank", "trust",
    "network", "project", "treaty", "commission", "organization", "organisation", "worldwide",
})

# ---------------------------------------------------------------------------
# Curated tables: persons and organisations
# ---------------------------------------------------------------------------

#: Words that make a phrase a title, an office or a description rather than a name.
TITLE_WORDS: frozenset[str] = frozenset({
    "PRESIDENT", "PRIME", "MINISTER", "SECRETARY", "SECRETARY-GENERAL", "SEC.", "SECY", "GEN.", "GEN",
    "CHIEF", "SPOKESMAN", "SPOKESWOMAN", "LEADER", "KING", "QUEEN", "PRINCE", "PRINCESS", "EMIR", "SHEIKH",
    "SHEIK", "SIR", "LADY", "BARONESS", "LORD", "DR", "DR.", "MR", "MR.", "MRS", "MRS.", "MS", "MS.",
    "COL.", "COLONEL", "GENERAL", "AMBASSADOR", "ENVOY", "COMMANDER", "MULLAH", "AYATOLLAH", "IMAM",
    "FORMER", "EX", "DEFENSE", "DEFENCE", "FOREIGN", "UN", "U.N.", "UNITED", "NATIONS", "CHAIRMAN",
    "GOVERNOR", "SENATOR", "REP.", "JUDGE", "JUSTICE", "POPE", "CARDINAL", "BISHOP", "ARCHBISHOP",
    "REV.", "REVEREND", "FATHER", "BROTHER", "SISTER", "SAINT", "ST.", "HIS", "HER", "HIGHNESS",
    "MAJESTY", "EXCELLENCY", "DEPUTY", "VICE", "MAYOR", "OFFICIAL", "OFFICIALS", "REGIME", "FORCES",
    "GOVERNMENT", "ADMINISTRATION", "SUPPORTERS", "LOYALISTS", "FAMILY", "THEN", "AND", "OF", "THE",
    "PEACEKEEPER", "PEACEKEEPERS", "CAPT.", "CAPTAIN", "LT.", "MAJ.", "SGT.", "PRES.", "PM",
})

#: Words that make a phrase the name of a body, a group or a movement.
ORG_WORDS: frozenset[str] = frozenset(words_of("""
ORGANIZATION ORGANISATION ORGANIZATIONS ASSOCIATION UNION BANK FUND COUNCIL COMMISSION COMMITTEE
COMMITTEES COMMUNITY AGENCY PROGRAM PROGRAMME GROUP GROUPS INSTITUTE INSTITUTION FOUNDATION SOCIETY
NETWORK FEDERATION LEAGUE ALLIANCE MOVEMENT PARTY FRONT ARMY BRIGADE BRIGADES INTERNATIONAL CENTER
CENTRE TRIBUNAL COURT PARLIAMENT ASSEMBLY TREATY PANEL MISSION OFFICE FORCES FORCE BATTALION
BATTALIONS CELLS CELL NUCLEI NUCLEUS FACTION COMMAND MILITIA MILITIAS COALITION INITIATIVE PROJECT
SECRETARIAT BOARD BUREAU SERVICE SERVICES CORPS CONFERENCE ACTION WATCH TRUST FELLOWSHIP COLLECTIVE
GUARD GUARDS LEGION SQUAD UNIT UNITS COMMANDO COMMANDOS VOLUNTEERS FIGHTERS WARRIORS RESISTANCE
STRUGGLE LIBERATION REVOLUTIONARY REVOLUTION MUJAHIDEEN MUJAHIDIN MUJAHEDIN JIHAD LASHKAR LASKAR
JAISH HARAKAT HARKAT HIZB HEZB ANSAR JAMAAT JAMA'AT JEMAAH KATA'IB SARAYA TIGERS PANTHERS GUERRILLA
GUERRILLAS COMMUNIST SOLIDARITY ORDER CONGRESS MARTYRS TEAMS PARTNERSHIP SECRETARIAT CHARITY RELIEF
AID DEVELOPMENT PARTNERS COOPERATION ENTERPRISE CAMPAIGN INTERNATIONALE WORLDWIDE CLUB CHAMBER
UNIVERSITY COLLEGE ACADEMY SCHOOL HOSPITAL CHURCH MINISTRIES FORUM COUNCILS AUTHORITY REGIME
"""))

#: Words that make a phrase an office, a post or a group of members rather than a body.
OFFICE_WORDS: frozenset[str] = frozenset({
    "PRESIDENT", "SECRETARY", "SECRETARY-GENERAL", "MINISTER", "MINISTERS", "CHIEF", "SPOKESMAN",
    "SPOKESWOMAN", "LEADER", "LEADERS", "ENVOY", "AMBASSADOR", "REPRESENTATIVE", "RAPPORTEUR",
    "COMMISSIONER", "DIRECTOR", "CHAIRMAN", "HEAD", "PEACEKEEPER", "PEACEKEEPERS", "OFFICIAL", "OFFICIALS",
    "COUNTRIES", "MEMBERS", "MEMBER", "TROOPS", "CONTINGENT", "GENERAL", "SECY", "SEC.", "GEN.",
})

#: Particles written in lower case inside a name ("F.W. de Klerk", "Osama bin Laden").
PERSON_PARTICLES: frozenset[str] = frozenset({
    "de", "da", "das", "do", "dos", "du", "del", "della", "der", "den", "di", "la", "le", "van", "von",
    "ter", "y", "bin", "ibn", "bint", "al", "el", "ul", "ud",
})
#: Short words written in lower case inside the name of a place or a body.
SMALL_WORDS: frozenset[str] = frozenset({
    "of", "the", "and", "for", "in", "on", "at", "to", "a", "an", "by", "with", "against", "from",
    "de", "del", "la", "las", "los", "le", "les", "des", "du", "y", "et", "e", "di", "da", "dos",
    "pour", "fur", "und", "der", "die", "das", "van", "von",
})
#: Parts of a hyphenated place name written in lower case ("Mazar-i-Sharif", "Sar-e Pol").
HYPHEN_PARTICLES: frozenset[str] = frozenset({
    "i", "e", "el", "al", "ul", "ud", "ed", "ad", "as", "ash", "an", "ar", "ez", "es", "y",
})

#: Acronyms kept in capitals inside a name ("Arab NGO Network", "ASEAN Defence Ministers").
KNOWN_ACRONYMS: set[str] = {
    "NGO", "NGOS", "UN", "EU", "US", "USA", "UK", "AIDS", "HIV", "SOS", "ASEAN", "NATO", "OPEC", "IAEA",
    "UNICEF", "UNESCO", "UNHCR", "WHO", "WTO", "IMF", "OSCE", "OAS", "ECOWAS", "SADC", "SAARC", "CARE",
    "YMCA", "YWCA", "IRA", "UDA", "UVF", "PKK", "ETA", "FARC", "ELN", "LTTE", "MILF", "MNLF", "NPA", "SS",
}

#: One syllable of romanised Korean: the second part of a Korean given name is written in lower case.
KOREAN_SYLLABLE = re.compile(
    r"(?:kk|tt|pp|ss|jj|ch|[gkndrlmbsjhtp])?(?:yae|yeo|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|a|e|o|u|i)"
    r"(?:ng|k|n|l|m|p|t)?")

#: Arabic articles, in lower case inside a name.
ARABIC_ARTICLES: frozenset[str] = frozenset({"al", "el", "ad", "ash", "as", "ar", "az", "ud", "ul", "ut", "at"})

#: Two-letter acronyms well known enough to stand alone.
TWO_LETTER_ACRONYMS: frozenset[str] = frozenset({"EU", "UN", "AU", "EC", "G7", "G8"})

#: Names of armed groups made only of English words that are still unmistakable.
KEEP_ORG_NAMES: frozenset[str] = frozenset({
    "Shining Path", "Black September", "Black Panthers", "Red Brigades", "Red Army Faction", "Boko Haram",
    "Abu Sayyaf", "Khmer Rouge", "Ku Klux Klan", "Black Widows", "Tontons Macoutes", "Aum Shinrikyo",
    "Red Cross", "Red Crescent", "World Vision", "Global Witness", "Freedom House", "Equality Now",
    "Operation Smile", "Mercy Ships", "Special Olympics", "Marie Stopes", "Caritas Internationalis",
    "Red Hand Defenders", "Mara Salvatruchas", "Terra Lliure", "Hizb-i Islami Gulbuddin", "Al-Fatah Uprising",
    "Islami Chhatra Shibir", "Azad Hind Sena", "Russian National Unity", "Salafia Jihadia", "D Company",
    "MILF", "Human Rights Watch", "Amnesty International", "Doctors Without Borders", "Save the Children",
    "National Liberation Army", "Earth Liberation Front", "Animal Liberation Front", "Mercy Corps",
})
#: Aliases the sources give an organisation that name something else (a person, a
#: different group, an affiliate) or read as ordinary text.
ORG_ALIAS_BLOCK: frozenset[str] = frozenset({
    "Khaled Meshaal", "Al-Aqsa Foundation", "Islamic Jihad", "Al Qaeda Linked Abu Sayyaf",
    "Al-Qaeda Linked Abu Sayyaf", "Al Qaeda Operatives", "Al Qaida Offshoot", "Al Qaida-Affiliated",
    "Qaeda Group", "Islamic Resistance", "Islamic Group", "Islamic Community", "Islamic Union",
    "Islamic Unity", "Party of God", "The Avengers", "Free Land", "Ex-Contras", "Red Banner",
    "Movement of Hope", "Supporters of Islam", "Supporters of Jihad", "Army of Jihad",
    "Holy War Command", "Jihad Base", "Emgann", "Boogeymen", "Red Bill", "Groupe Olivier",
    "Nationalist Youth", "Patriotic Youth", "Islamic Revolutionary Group", "Army of Mohammed",
    "Army of the Prophet", "Army of the Pure", "Army of the Righteous", "The Universal Army",
    "Al-Qaeda in Iraq", "Al Qaeda in Iraq", "UNSCR", "WB", "Islamic Defenders Front",
    "Al-Aqsa", "Al Aqsa", "Al Aksa",  # the mosque, not the Al-Aqsa Martyrs Brigades
    "September-France", "Contras", "Inevitables", "Extraditables", "Clandestini", "Clandestinu",
})
#: Records that look like organisations or persons to the rules below but are not
#: (descriptions, events, fictional villains).
NOT_ORGANISATIONS: frozenset[str] = frozenset({
    "International Government Organisation", "International Government Organization",
    "Oklahoma City Bombing Conspirators", "Ernst Stavro Blofeld", "Ra's al Ghul", "Hong Kil Dong",
    "Indian UN Peacekeeper", "Republic of Texas", "Brother Julian", "Alejo Calatayu", "Gracchus Babeuf",
    "Rigas Fereos", "May 15", "May 98", "21 June", "Christian Catholic",
})

#: Names of existing kg organisations the sources do not give but which go with what
#: they code: PETRARCH codes the European Community of the 1980s and 1990s as the EU
#: (IGOEUREEC) without listing its names.  "EC" is left out: South Asian news uses it
#: for an Election Commission.
CURATED_ALIASES: dict[str, list[str]] = {
    "EU": ["European Community", "European Communities", "European Economic Community", "EEC"],
    "EAC": ["EAC"],
}

#: Acronyms and other names news uses for bodies of PETRARCH2's dictionary that it lists
#: only by their full names, keyed by the id this script gives them (kg's own, not PETRARCH's).
ORGANISATION_ALIASES: dict[str, list[str]] = {
    "InternationalLaborOrganization": ["ILO", "International Labour Office", "International Labor Office"],
    "FoodAgricultureOrganization": ["FAO", "UN Food and Agriculture Organization", "Food and Agriculture Organisation"],
    "InternationalCivilAviationOrganization": ["ICAO"],
    "InternationalMaritimeOrganization": ["IMO"],
    "UniversalPostalUnion": ["UPU"],
    "InternationalEnergyAgency": ["IEA"],
    "AfricanDevelopmentBank": ["AfDB"],
    "EuropeanBankReconstructionDevelopment": ["EBRD"],
    "CaribbeanCommunity": ["CARICOM", "Caricom"],
    "CommonMarketEasternSouthernAfrica": ["COMESA"],
    "InternationalFedRedCrossRedCrescent": ["IFRC", "International Federation of Red Cross and Red Crescent Societies"],
    "InternationalTelecommunicationsUnion": ["ITU", "International Telecommunication Union"],
}

# ---------------------------------------------------------------------------
# Reading the dictionaries
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Code:
    """One code of an actor, with its date restriction (ISO dates, None when open)."""

    code: str
    start: str | None
    end: str | None
    bad: bool = False  # the restriction could not be read


@dataclass
class Record:
    """One actor record: a primary phrase, its synonyms and its codes."""

    phrase: str
    synonyms: list[str] = field(default_factory=list)
    codes: list[Code] = field(default_factory=list)
    comment: str = ""
    line: int = 0
    raw: str = ""  # the primary phrase as written, underscores and all

    @property
    def forms(self) -> list[str]:
        return [self.phrase, *self.synonyms]


def parse_date(text: str) -> str | None:
    """YYMMDD or YYYYMMDD as an ISO date (two-digit years: 00-29 are 20xx); None if invalid."""
    if not text.isdigit() or len(text) not in (6, 8):
        return None
    if len(text) == 6:
        yy = int(text[:2])
        year = 2000 + yy if yy < 30 else 1900 + yy
        month, day = int(text[2:4]), int(text[4:6])
    else:
        year, month, day = int(text[:4]), int(text[4:6]), int(text[6:8])
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_code(text: str) -> Code | None:
    """``AFGGOV 331108-730717``, ``IRNGOV >091101``, ``IRQ <20030320`` or a bare code."""
    parts = text.split()
    if not parts or not re.fullmatch(r"[A-Z0-9]+", parts[0]):
        return None  # [---] and the like: a null code
    code, rest = parts[0], "".join(parts[1:])
    if not rest:
        return Code(code, None, None)
    m = re.fullmatch(r"<(\d+)|>(\d+)|(\d+)-(\d+)", rest)
    if not m:
        return Code(code, None, None, bad=True)
    if m.group(1):
        end = parse_date(m.group(1))
        return Code(code, None, end, bad=end is None)
    if m.group(2):
        start = parse_date(m.group(2))
        return Code(code, start, None, bad=start is None)
    start, end = parse_date(m.group(3)), parse_date(m.group(4))
    bad = start is None or end is None or start > end
    return Code(code, start, end, bad=bad)


def codes_in(text: str) -> list[Code]:
    """The codes in brackets on a line (``[IGOUNO 820101-911231] [ELI]``)."""
    out = []
    for m in re.finditer(r"\[([^\]\[{}]*)[\]}]", text):
        code = parse_code(m.group(1))
        if code is not None:
            out.append(code)
    return out


def clean_phrase(text: str) -> str:
    """A phrase string with underscores as spaces, single-spaced."""
    return " ".join(text.replace("_", " ").split())


def read_actor_file(path: Path) -> list[Record]:
    """The records of a PETRARCH actor dictionary, in file order.

    A line is a primary phrase (with optional codes in brackets), a synonym
    (``+phrase``) or, indented, a date restriction (``[code restriction]``).
    ``#`` starts a comment. A person's record from CountryInfo.txt may list the
    person's other names as primary lines before its codes: they are its synonyms.
    """
    records: list[Record] = []
    current: Record | None = None
    coded = False  # whether the current record has had a code line (even the null code)
    for number, raw in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        text, _, comment = raw.partition("#")
        stripped = text.strip()
        if not stripped:
            continue
        if stripped.startswith("+"):
            if current is not None:
                phrase = clean_phrase(stripped[1:].split("[", 1)[0])
                if phrase:
                    current.synonyms.append(phrase)
                current.codes.extend(codes_in(stripped))
        elif stripped.startswith("["):
            coded = True
            if current is not None:
                current.codes.extend(codes_in(stripped))
        else:
            head = stripped.split("[", 1)[0].strip()
            if current is not None and not coded and "CountryInfo" in current.comment and "[" not in stripped:
                # a person's record from CountryInfo.txt may list the person's other names as
                # primary lines before the date restrictions they all share ("BORIS_YELTSIN_",
                # "BORIS_N._YELTSIN", "YELTSIN", ...); elsewhere such lines are bodies of their own
                phrase = clean_phrase(head)
                if phrase:
                    current.synonyms.append(phrase)
                continue
            current = Record(clean_phrase(head), [], codes_in(stripped), comment.strip(), number, head)
            coded = "[" in stripped
            records.append(current)
    return [r for r in records if r.phrase]


# ---------------------------------------------------------------------------
# Names as news writes them
# ---------------------------------------------------------------------------


def fold(text: str) -> str:
    """Lower case without accents, for comparisons."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()


def _word_case(word: str, kind: str, first: bool) -> str:
    """One all-caps word in natural case."""
    low = word.lower()
    if not first and kind == "person" and low in PERSON_PARTICLES:
        return low
    if not first and kind != "person" and low in SMALL_WORDS:
        return low
    if kind == "person" and re.fullmatch(r"(?:I{1,3}|IV|V|VI{1,3}|IX|X)", word):
        return word  # regnal numbers
    if "." in word.rstrip(".") or re.fullmatch(r"[A-Z]\.", word):
        return word  # initials: "F.W.", "B."
    if kind == "org" and word == "NGOS":
        return "NGOs"
    if kind == "org" and is_acronym_token(word):
        return word
    out = []
    for i, part in enumerate(re.split(r"(')", low)):
        if part == "'" or not part:
            out.append(part)
        elif i == 0 or len(out) >= 2 and len(out[-2]) == 1:
            out.append(part[:1].upper() + part[1:])  # "O'Brien", "D'Alema"
        else:
            out.append(part)  # "Qa'ida", "People's"
    text = "".join(out)
    if re.match(r"Mc[a-z]{2}", text):
        text = "Mc" + text[2].upper() + text[3:]
    return text


def natural_case(phrase: str, kind: str) -> str:
    """``TEL_AVIV`` -> ``Tel Aviv``; ``F.W._DE_KLERK`` -> ``F.W. de Klerk``; kind: place, person, org.

    Arabic articles inside a name are written in lower case ("Deir al-Zor",
    "Ansar al-Sharia", "Hafez al-Assad"), as are the joining vowels of hyphenated
    names ("Mazar-i-Sharif", "Lashkar-e-Taiba"); a name's first word keeps its capital
    ("Al Anbar", "Al-Qaeda").
    """
    words = phrase.split()
    out = []
    for i, word in enumerate(words):
        parts = word.split("-")
        cased = []
        for j, part in enumerate(parts):
            low = part.lower()
            if not part:
                cased.append(part)
            elif j > 0 and low in HYPHEN_PARTICLES:
                cased.append(low)
            elif j > 0 and kind == "person" and i > 0 and len(parts) == 2 and KOREAN_SYLLABLE.fullmatch(low) \
                    and KOREAN_SYLLABLE.fullmatch(parts[0].lower()):
                cased.append(low)  # "Ban Ki-moon", "Kim Dae-jung"
            elif i > 0 and j == 0 and low in ARABIC_ARTICLES:
                cased.append(low)
            else:
                cased.append(_word_case(part, kind, first=(i == 0 and j == 0) or j > 0))
        out.append("-".join(cased))
    if len(words) > 1 and re.fullmatch(r"[A-Z]", words[-1]):
        out[-1] = words[-1]  # "Triple A"
    return " ".join(out)


def is_acronym_token(word: str) -> bool:
    """An all-caps token that reads as letters, not a word: no vowel, or a known acronym ("NGO", "UN")."""
    letters = re.sub(r"[^A-Z]", "", word)
    if not letters or letters != re.sub(r"[^A-Za-z]", "", word):
        return False
    if word.rstrip(".") in KNOWN_ACRONYMS or letters in KNOWN_ACRONYMS:
        return True
    return len(letters) >= 2 and not re.search(r"[AEIOUY]", letters)


def plain(phrase: str, extra: str = "") -> bool:
    """True if a phrase holds only capital letters, spaces, hyphens and ``extra``."""
    return bool(re.fullmatch(rf"[A-Z][A-Z \-{re.escape(extra)}]*[A-Z.]", phrase)) and "--" not in phrase


def strip_the(name: str) -> str:
    """"The Hague" -> "Hague": the matcher drops a leading "the" from every form."""
    return name[4:] if name.lower().startswith("the ") else name


def tokens(text: str) -> list[str]:
    return [t for t in re.split(r"[^a-z0-9]+", fold(text)) if t]


# ---------------------------------------------------------------------------
# The curated dictionary, for what to leave out
# ---------------------------------------------------------------------------


@dataclass
class Known:
    """What actors.json and officials.json already say."""

    country_ids: set[str]
    org_ids: set[str]
    owner: dict[str, str]  # folded surface form -> actor id
    country_tokens: set[str]  # words of state names and demonyms
    capitals: dict[str, set[str]]  # state -> folded capitals
    names: dict[str, set[str]]  # state -> folded names and demonyms
    official_forms: set[str]  # folded names, aliases, surnames of curated officials
    official_wordsets: set[frozenset[str]]

    @property
    def ids(self) -> set[str]:
        return self.country_ids | self.org_ids


#: Words of state names that do not by themselves point at a state.
GENERIC_NAME_WORDS: frozenset[str] = frozenset({
    "republic", "kingdom", "state", "states", "united", "democratic", "people", "peoples", "islamic",
    "federal", "federation", "federated", "federative", "islands", "island", "saint", "south", "north",
    "east", "west", "eastern", "western", "central", "equatorial", "new", "great", "arab", "union",
    "the", "and", "of", "grand", "duchy", "principality", "commonwealth", "socialist", "sultanate",
    "emirates", "emirate", "plurinational", "bolivarian", "hashemite", "cooperative", "oriental",
    "independent", "lao", "american", "americans", "guinea", "guinean", "city", "holy", "see",
    "sint", "san", "santa", "sao", "costa", "porto", "cabo", "cape", "verde", "sri", "el", "herzegovina",
    "vincent", "lucia", "kitts", "nevis", "grenadines", "principe", "tome", "barbuda", "tobago",
    "marino", "rica", "leone", "sierra", "czech", "dominican", "salvador", "timor", "leste",
})


def load_known() -> Known:
    actors = json.loads(ACTORS.read_text(encoding="utf-8"))
    officials = json.loads(OFFICIALS.read_text(encoding="utf-8")).get("officials", [])
    owner: dict[str, str] = {}
    country_tokens: set[str] = set()

    def claim(form: str, actor: str) -> None:
        form = form.strip()
        if form.lower().startswith("the "):
            form = form[4:]
        owner.setdefault(fold(form), actor)

    for c in actors["countries"]:
        for key in ("names", "codes", "capitals", "metonyms", "demonyms"):
            for form in c.get(key, []):
                claim(form, c["id"])
                if key in ("names", "demonyms"):
                    country_tokens |= {t for t in tokens(form) if len(t) >= 4}
        claim(c["label"], c["id"])
        country_tokens |= {t for t in tokens(c["label"]) if len(t) >= 4}
    for o in actors["organisations"]:
        for form in [o["label"], *o.get("aliases", [])]:
            claim(form, o["id"])
    sys.path.insert(0, str(ROOT))
    from kg.actors import NOT_ACTORS  # the places the matcher knows are not states

    for form in NOT_ACTORS:
        owner.setdefault(fold(form), "")
    official_forms: set[str] = set()
    wordsets: set[frozenset[str]] = set()
    for o in officials:
        for form in [o["name"], *o.get("aliases", [])]:
            official_forms.add(fold(form))
            wordsets.add(frozenset(tokens(form)))
        if o.get("surname"):
            official_forms.add(fold(o["surname"]))
    return Known(
        country_ids={c["id"] for c in actors["countries"]},
        org_ids={o["id"] for o in actors["organisations"]},
        owner=owner,
        country_tokens=country_tokens - GENERIC_NAME_WORDS,
        capitals={c["id"]: {fold(x) for x in c.get("capitals", [])} for c in actors["countries"]},
        names={c["id"]: {fold(x) for x in [c["label"], *c.get("names", []), *c.get("demonyms", [])]}
               for c in actors["countries"]},
        official_forms=official_forms,
        official_wordsets=wordsets,
    )


def country_of(code: str, known: Known) -> str | None:
    """The kg state a code's first three letters name (``AFGGOV`` -> ``AFG``), if any."""
    head = CODE_ALIASES.get(code[:3], code[:3])
    return head if head in known.country_ids else None


# ---------------------------------------------------------------------------
# Places
# ---------------------------------------------------------------------------


def block_country(record: Record, known: Known) -> str | None:
    """The state of a country block: its most recent bare country code, if it has one."""
    bare = []
    for c in record.codes:
        code = BLOCK_CODES.get(c.code, c.code)
        code = CODE_ALIASES.get(code, code)
        if len(code) == 3 and code in known.country_ids:
            bare.append((c.end or "9999-12-31", c.start or "", code))
    return max(bare)[2] if bare else None


def is_person_record(record: Record) -> bool:
    """Persons of Phoenix.Countries.actors.txt come from CountryInfo.txt and say so."""
    return "countryinfo" in record.comment.lower()


def names_the_state(name: str, country: str, known: Known) -> bool:
    """True if ``name`` is a spelling of the state's own name or demonym ("Unites States of America", "Bosniah").

    A place may contain the state's name ("Western Australia", "Port Sudan",
    "Iraqi Kurdistan"): only the whole name is compared.
    """
    folded = fold(name)
    return any(difflib.SequenceMatcher(None, folded, n).ratio() >= 0.8 for n in known.names.get(country, ()))


def is_common_word(name: str) -> bool:
    """A single word that is an English word or a given name when written in Title Case."""
    return " " not in name and "-" not in name and (name.lower() in COMMON_WORDS or name in GIVEN_NAMES)


def place_reason(raw: str, name: str, country: str, known: Known) -> str | None:
    """Why a synonym of a country block is not kept as a place (None: keep it)."""
    if name in HELD_BACK:
        return "held back"
    if name in PLACE_OVERRIDES:
        return None
    if not plain(raw.replace("ST.", "ST").replace("MT.", "MT"), "'") or "''" in raw:
        return "punctuation"
    if len(name.replace(" ", "").replace("-", "")) <= 3:
        return "short"
    owner = known.owner.get(fold(name))
    if owner is not None:
        return "in actors.json"
    if name in NOT_PLACES:
        return "not a place"
    if name in HISTORICAL:
        return "historical"
    if is_common_word(name):
        return "common word"
    if names_the_state(name, country, known):
        return "the state's own name"
    if country == "USA" and re.search(r" State(?: of the South)?$", name):
        return "a US state's nickname"  # "Empire State", "Garden State"
    return None


def mangled(name: str, others: set[str]) -> bool:
    """"Bhopl" beside "Bhopal", "Srnagar" beside "Srinagar": a spelling whose long vowels were lost."""
    def squeeze(text: str) -> str:
        return re.sub(r"[aiu]", "", text.lower())

    return any(o != name and len(o) > len(name) and squeeze(o) == squeeze(name) for o in others)


def place_forms(record: Record, country: str, known: Known) -> list[str]:
    """The forms of a block that may be places.

    A state's own block (its primary phrase is the state's name) lists the state's
    other names first (misspellings, names in other languages, epithets: "Irak",
    "Deutschland", "Celestial Empire") and then, from the capital on, its places.
    So a state's block gives the forms from its capital on, and nothing when the
    capital is not among them; a region's block (IRAQI_KURDISTAN, GAZA) gives all.
    """
    names = [natural_case(raw, "place") for raw in record.forms]
    capitals = known.capitals.get(country, set()) | {fold(c) for c in BOUNDARY_CAPITALS.get(country, [])}
    start = next((i for i, n in enumerate(names) if fold(n) in capitals), None)
    if start is None:
        own = known.owner.get(fold(names[0])) == country
        return [] if own else record.forms
    return record.forms[start:]


def build_places(records: list[Record], known: Known, stats: Counter[str]) -> dict[str, list[str]]:
    """``{ISO3: [place names]}`` from the country blocks of Phoenix.Countries.actors.txt."""
    found: dict[str, set[str]] = defaultdict(set)
    for record in records:
        if is_person_record(record):
            continue
        country = block_country(record, known)
        if country is None:
            continue
        stats["country blocks"] += 1
        forms = place_forms(record, country, known)
        stats["places dropped: the state's other names"] += len(record.forms) - len(forms)
        for raw in forms:
            name = strip_the(natural_case(raw, "place"))
            reason = place_reason(raw, name, country, known)
            if reason:
                stats[f"places dropped: {reason}"] += 1
                continue
            found[name].add(country)
    out: dict[str, set[str]] = defaultdict(set)
    for name, countries in found.items():
        if name in PLACE_OVERRIDES:
            continue
        if len(countries) > 1:
            stats["places dropped: several states"] += 1
            continue
        out[next(iter(countries))].add(name)
    for country, names in out.items():
        bad = {n for n in names if mangled(n, names)}
        stats["places dropped: misspelt"] += len(bad)
        names -= bad
    for name, country in PLACE_OVERRIDES.items():
        if found.get(name, {country}) != {country}:
            stats["places overridden"] += 1
        if fold(name) not in known.owner:
            out[country].add(name)
    return {c: sorted(names) for c, names in sorted(out.items())}


# ---------------------------------------------------------------------------
# Persons and bodies: telling them apart
# ---------------------------------------------------------------------------


@dataclass
class Lexicon:
    """Words learnt from the sources themselves."""

    acronyms: set[str]  # one-word names of bodies ("IAEA", "OHCHR") and bracketed acronyms
    given: set[str]  # first names of the persons of Phoenix.Countries ("AHMED", "DAVID")


#: Words that open a person's name in the sources without being a given name.
PERSON_OPENERS: frozenset[str] = frozenset({
    "ABU", "IBN", "BIN", "SHEIKH", "SHEIK", "COMMANDER", "EMIR", "MULLAH", "MAULANA", "HAJI", "SIR",
    "DR", "DR.", "IMAM", "AYATOLLAH", "GENERAL", "GEN.", "COL.", "COLONEL",
})


def learn_lexicon(countries: list[Record], international: list[Record], milnonstate: list[Record],
                  known: Known) -> Lexicon:
    acronyms = {r.phrase for r in international + milnonstate
                if " " not in r.phrase and r.phrase.isupper() and len(r.phrase) <= 6
                and r.phrase.lower() not in COMMON_WORDS}  # (a group called "TIGERS" is no acronym)
    acronyms |= {m for r in milnonstate for f in r.forms for m in re.findall(r"\(([A-Z]{2,6})\)", f)}
    firsts = Counter(r.phrase.split()[0] for r in countries if is_person_record(r) and " " in r.phrase)
    given = {w for w, n in firsts.items() if n >= 3 and len(w) >= 3 and w.isalpha()}
    given -= TITLE_WORDS | {w.upper() for w in COMMON_WORDS | SMALL_WORDS | PERSON_PARTICLES}
    given -= {t.upper() for t in known.country_tokens} | {"CROWN", "DAME", "KPA", "LYONPO", "HOJATOLISLAM"}
    return Lexicon(acronyms, given)


def looks_like_person(raw: str, lex: Lexicon) -> bool:
    """Two to five words, none of a body's, a title's or an acronym's: a person, or a body without such words."""
    words = raw.split()
    if not 2 <= len(words) <= 5 or not plain(raw, ".'"):
        return False
    if any(w in ORG_WORDS or w in TITLE_WORDS or w in lex.acronyms for w in words):
        return False
    return not any(len(w) > 1 and w.lower() in SMALL_WORDS - PERSON_PARTICLES for w in words)


def is_person(raw: str, lex: Lexicon) -> bool:
    """A person's name for sure: it opens with a given name, an initial or a word like "Abu" or "Sheikh"."""
    words = raw.split()
    if len(words) >= 2 and words[0] in PERSON_OPENERS and not any(w in ORG_WORDS for w in words):
        return True
    if not looks_like_person(raw, lex):
        return False
    first = words[0]
    return first in lex.given or bool(re.fullmatch(r"[A-Z]\.?|(?:[A-Z]\.)+", first))


# ---------------------------------------------------------------------------
# Officials
# ---------------------------------------------------------------------------


def role_of(code: Code, known: Known, org_codes: dict[str, str]) -> dict[str, Any] | None:
    """A role for a dated code, or None when the code names no kg actor."""
    if code.bad:
        return None
    c = code.code
    title: str | None
    if c.startswith("IGO"):
        actor = IGO_EXACT.get(c) or org_codes.get(c)
        if actor is None:
            actor = next((a for p, a in IGO_PREFIX.items() if c.startswith(p)), None)
        if actor is None:
            return None
        title = None
    else:
        actor = country_of(c, known)
        if actor is None:
            return None
        sector = c[3:]
        if not sector:
            title = None
        elif sector in SECTOR_EXACT:
            title = SECTOR_EXACT[sector]
        elif sector[:3] in SECTOR_TITLES:
            title = SECTOR_TITLES[sector[:3]]
            if sector[:3] == "GOV" and sector[3:6] in SUB_SECTORS:
                title = f"Government ({SUB_SECTORS[sector[3:6]]})"
        else:
            return None  # a territory or sub-state ("GBRVGB...", "BIHSRP")
    return {"actor": actor, "title": title, "from": code.start, "to": code.end}


def person_form(raw: str) -> str | None:
    """A phrase of a person's record as a name, or None for a title ("PRESIDENT_KARZAI"), a surname or odd text."""
    if not plain(raw, ".'") or any(w in TITLE_WORDS for w in raw.split()):
        return None
    words = raw.split()
    if not 2 <= len(words) <= 6 or "'" in words[0][1:]:
        return None
    return natural_case(raw, "person")


@dataclass
class Person:
    name: str
    aliases: list[str]
    roles: list[dict[str, Any]]


def is_igo_official(record: Record, lex: Lexicon) -> bool:
    """A record of Phoenix.International that names a person holding an IGO post: a person's name,
    or a title and a name ("SECRETARY-GENERAL BAN KI-MOON"), or a name with dates ("HAMMARSKJOLD")."""
    if not any(c.code.startswith("IGO") for c in record.codes):
        return False
    words = record.phrase.split()
    if any(c.start or c.end for c in record.codes) and not any(w in ORG_WORDS for w in words):
        return True
    if words[0] in TITLE_WORDS | PERSON_OPENERS and any(looks_like_person(f, lex) for f in record.synonyms):
        return True
    return looks_like_person(record.phrase, lex)


def build_officials(
    countries: list[Record], international: list[Record], known: Known,
    org_codes: dict[str, str], lex: Lexicon, stats: Counter[str],
) -> list[dict[str, Any]]:
    """Persons with roles of kg actors, not already in officials.json."""
    candidates: list[Record] = [r for r in countries if is_person_record(r) or (
        # persons added later, without the CountryInfo.txt comment ("SAEB_EREKAT", "XI_JINPING")
        r.codes and block_country(r, known) is None and (is_person(r.phrase, lex) or (
            looks_like_person(r.phrase, lex) and any(c.start or c.end for c in r.codes))))]
    candidates += [r for r in international if is_igo_official(r, lex)]
    people: dict[str, Person] = {}
    for record in candidates:
        stats["person records"] += 1
        forms = list(dict.fromkeys(f for f in (person_form(raw) for raw in record.forms) if f))
        if not forms:
            stats["persons dropped: no usable name"] += 1
            continue
        roles = [r for r in (role_of(c, known, org_codes) for c in record.codes) if r]
        if not roles:
            stats["persons dropped: no role of a kg actor"] += 1
            continue
        person = people.get(forms[0])
        if person is None:
            person = people[forms[0]] = Person(forms[0], [], [])
        else:
            stats["person records merged by name"] += 1
        person.aliases += [f for f in forms[1:] if f != person.name and f not in person.aliases]
        person.roles += [r for r in roles if r not in person.roles]

    def curated(form: str) -> bool:
        return fold(form) in known.official_forms or frozenset(tokens(form)) in known.official_wordsets

    kept = {}
    for name, person in people.items():
        if any(curated(f) for f in [name, *person.aliases]):
            stats["persons dropped: in officials.json"] += 1
            continue
        kept[name] = person
    # a form that is a state's or organisation's name, or that names two persons, names none
    owners: dict[str, set[str]] = defaultdict(set)
    for name, person in kept.items():
        for form in [name, *person.aliases]:
            owners[fold(form)].add(name)
    out = []
    for name, person in sorted(kept.items()):
        if len(owners[fold(name)]) > 1 or fold(name) in known.owner:
            stats["persons dropped: ambiguous name"] += 1
            continue
        aliases = [a for a in person.aliases if len(owners[fold(a)]) == 1 and fold(a) not in known.owner]
        stats["person aliases dropped: ambiguous"] += len(person.aliases) - len(aliases)
        roles = sorted(person.roles, key=lambda r: (r["from"] or "", r["to"] or "9999", r["actor"], r["title"] or ""))
        out.append({"name": name, "aliases": aliases, "roles": roles})
    return out


# ---------------------------------------------------------------------------
# Organisations
# ---------------------------------------------------------------------------


def camel_id(label: str) -> str:
    """``Arab Maghreb Union`` -> ``ArabMaghrebUnion``, as kg's own ids (small words left out)."""
    words = [w for w in re.split(r"[^A-Za-z0-9]+", label.replace("'", "")) if w]
    words = [w for w in words if w.lower() not in SMALL_WORDS] or words
    return "".join(w if w.isupper() and len(w) > 1 else w[:1].upper() + w[1:] for w in words)


def initials_match(acronym: str, name: str) -> bool:
    """True if the acronym is made of the starts of the name's words, in order: each long word gives
    its first letter or more, short words ("of", "the") may give one or none ("IAEA", "OAPEC", "IPCC")."""
    a = re.sub(r"[^a-z]", "", acronym.lower())
    words = [w for w in re.split(r"[^a-z]+", fold(name)) if w]
    if len(a) < 2 or not words:
        return False

    @cache
    def fits(i: int, w: int) -> bool:
        if w == len(words):
            return i == len(a)
        word = words[w]
        if word in SMALL_WORDS and fits(i, w + 1):
            return True
        n = 0
        while i + n < len(a) and n < len(word) and a[i + n] == word[n]:
            n += 1
            if fits(i + n, w + 1):
                return True
        return False

    return fits(0, 0)


def org_forms(raw: str) -> list[str]:
    """A phrase of a body's record as names (a bracketed acronym becomes a name of its own)."""
    out = []
    m = re.fullmatch(r"(.*?)\s*\(([A-Z0-9\-]+)\)\s*(.*)", raw)
    if m:
        rest = " ".join(p for p in (m.group(1), m.group(3)) if p)
        if plain(rest, ".'&") and initials_match(m.group(2), rest):
            out.append(m.group(2))
        raw = rest
    if not plain(raw, ".'&") and not re.fullmatch(r"[A-Z0-9][A-Z0-9\-]*", raw):
        return out
    if re.search(r"\d", raw) and not re.fullmatch(r"[A-Z]+-?\d+", raw):
        return out  # "May 19 Communist Order", but keep "MS-13"
    if " " not in raw and raw.isupper() and (len(raw) <= 6 or (len(raw) == 7 and raw.startswith("UN"))
                                             or re.fullmatch(r"[A-Z0-9]{2,6}(?:-[A-Z0-9]{1,4})+", raw)):
        return [raw, *out]  # an acronym: "IAEA", "UNICEF", "UNESCAP", "FARC-EP"
    return [strip_the(natural_case(raw, "org")), *out]


def alias_reason(form: str, known: Known) -> str | None:
    """Why a name of a body is left out (None: keep it)."""
    if form in ORG_ALIAS_BLOCK:
        return "blocked"
    letters = re.sub(r"[^A-Za-z]", "", form)
    if len(letters) < 2:
        return "short"
    if form.isupper() and " " not in form:
        if len(letters) == 2 and form not in TWO_LETTER_ACRONYMS:
            return "two-letter acronym"
        if form in KEEP_ORG_NAMES:
            return None
        if form.lower() in COMMON_WORDS or form in known.ids or (len(form) == 3 and form in known.country_ids):
            return "acronym is a word or a code"
        return None
    if is_common_word(form) or (" " not in form and len(letters) <= 3):
        return "common word"
    words = [w for w in re.split(r"[\s\-]+", form) if w]
    if len(words) <= 2 and all(w.lower() in COMMON_WORDS | SMALL_WORDS for w in words) \
            and not any(w.lower() in BODY_WORDS for w in words[1:]) and form not in KEEP_ORG_NAMES:
        return "ordinary words"
    if contains_kg_organisation(form, known):
        return "a kg organisation's name with more words"  # "EU High Representative", "ASEAN Countries"
    return None


def contains_kg_organisation(label: str, known: Known) -> bool:
    """A kg organisation's name with words that make an office or a part of it, not a body of its own:
    "EU High Representative", "President of the World Bank", "ASEAN Countries" (but not
    "UN High Commission for Refugees", which adds the words of a body)."""
    words = label.split()
    for i in range(len(words)):
        for j in range(i + 1, len(words) + 1):
            if (i, j) != (0, len(words)) and known.owner.get(fold(" ".join(words[i:j]))) in known.org_ids:
                rest = [w.upper().strip(",.") for w in words[:i] + words[j:]]
                if any(w in OFFICE_WORDS for w in rest) or not any(w in ORG_WORDS for w in rest):
                    return True
    return False


@dataclass
class Org:
    label: str
    aliases: list[str]
    code: str
    countries: list[str]


def org_records(international: list[Record], milnonstate: list[Record], lex: Lexicon,
                stats: Counter[str]) -> list[Record]:
    """The records that name bodies: IGOs and NGOs (not business or media), armed groups, parties, movements."""
    out = []
    for r in international:
        first = r.codes[0].code if r.codes else ""
        if not first.startswith(("IGO", "NGO")):
            continue
        if first.startswith("NGO") and any(s in NOT_ORG_SECTORS for s in re.findall(r"...", first[3:])):
            stats["organisations dropped: business or media"] += 1
            continue
        if is_igo_official(r, lex):
            continue  # see build_officials
        if any(w in OFFICE_WORDS for w in r.phrase.split()):
            stats["organisations dropped: an office"] += 1  # "UN SECRETARY GENERAL", "EU HIGH REPRESENTATIVE"
            continue
        if is_person(r.phrase, lex) and natural_case(r.phrase, "org") not in KEEP_ORG_NAMES:
            stats["organisations dropped: a person"] += 1
            continue
        out.append(r)
    for r in milnonstate:
        if not r.codes:
            continue
        label = natural_case(r.phrase, "org")
        if label in KEEP_ORG_NAMES:
            out.append(r)
            continue
        # the last part of the file lists members of armed groups, each "NAME__"
        member = r.raw.endswith("__") and not any(w in ORG_WORDS for w in " ".join(r.forms).split())
        if member or is_person(r.phrase, lex):
            stats["organisations dropped: a person"] += 1
            continue
        out.append(r)
    return out


def build_organisations(
    international: list[Record], milnonstate: list[Record], known: Known, lex: Lexicon,
    taken: set[str], stats: Counter[str],
) -> tuple[list[dict[str, Any]], dict[str, list[str]], dict[str, str]]:
    """New organisations, new aliases of existing ones, and which IGO code is which new organisation."""
    orgs: list[Org] = []
    by_label: dict[str, Org] = {}
    for record in org_records(international, milnonstate, lex, stats):
        forms: list[str] = []
        for i, raw in enumerate(record.forms):
            if i and is_person(raw, lex):
                stats["organisation aliases dropped: a person"] += 1  # "KHALED_MESHAAL" under HAMAS
                continue
            forms += org_forms(raw)
        forms = list(dict.fromkeys(forms))
        if not forms:
            stats["organisations dropped: no usable name"] += 1
            continue
        label = next((f for f in forms if not (f.isupper() and " " not in f)), forms[0])
        if label in NOT_ORGANISATIONS:
            stats["organisations dropped: curated"] += 1
            continue
        countries = [c for c in (country_of(x.code, known) for x in record.codes) if c]
        org = by_label.get(fold(label))
        if org is not None:
            org.aliases += [f for f in forms if f not in org.aliases]
            org.countries += countries
            stats["organisation records merged by name"] += 1
            continue
        org = Org(label, forms, record.codes[0].code, countries)
        orgs.append(org)
        by_label[fold(label)] = org
    # an acronym's record and a full name's record with the same IGO code are one body
    merged: list[Org] = []
    for org in orgs:
        if org.label.isupper() and " " not in org.label and org.code.startswith("IGO"):
            partner = next((o for o in orgs if o is not org and o.code == org.code and not o.label.isupper()
                            and initials_match(org.label, o.label)), None)
            if partner is not None:
                partner.aliases += [a for a in org.aliases if a not in partner.aliases]
                stats["organisation records merged by acronym"] += 1
                continue
        merged.append(org)

    # two spellings of one body under one code: "International Labor/Labour Organization"
    bodies: list[Org] = []
    for org in merged:
        twin = next((o for o in bodies if o.code == org.code and difflib.SequenceMatcher(
            None, fold(o.label), fold(org.label)).ratio() >= 0.9), None)
        if twin is not None:
            twin.aliases += [a for a in org.aliases if a not in twin.aliases]
            twin.countries += org.countries
            stats["organisation records merged by spelling"] += 1
            continue
        bodies.append(org)

    existing: dict[str, list[str]] = defaultdict(list)
    new: list[Org] = []
    for org in bodies:
        hits = sorted({known.owner[fold(a)] for a in org.aliases if known.owner.get(fold(a)) in known.org_ids})
        if not hits and org.code in IGO_EXACT and org.label not in OWN_BODIES:
            hits = [IGO_EXACT[org.code]]  # "Association of Southeast Asia Nations" [IGOSEAASN]
        if len(hits) == 1:
            existing[hits[0]] += org.aliases
            stats["organisations merged into actors.json"] += 1
        elif hits:
            stats["organisations dropped: names two kg organisations"] += 1
        elif contains_kg_organisation(org.label, known):
            stats["organisations dropped: a title or part of a kg organisation"] += 1
        else:
            new.append(org)
    for org_id, aliases in CURATED_ALIASES.items():
        existing[org_id] += aliases

    seen: set[str] = set(taken)
    aliases_for_existing: dict[str, list[str]] = {}
    for org_id in sorted(existing):
        keep = []
        for a in existing[org_id]:
            if fold(a) in known.owner or fold(a) in seen or (a != org_id and alias_reason(a, known)):
                continue  # (an organisation's own id as a name of it: "EAC")
            keep.append(a)
            seen.add(fold(a))
        if keep:
            aliases_for_existing[org_id] = keep
    # a name two new bodies share names neither
    shared: Counter[str] = Counter(fold(a) for org in new for a in set(org.aliases))
    out: list[dict[str, Any]] = []
    ids: set[str] = set(known.ids)
    org_codes: dict[str, list[str]] = defaultdict(list)
    for org in sorted(new, key=lambda o: (o.label, o.code)):
        aliases = []
        for a in org.aliases:
            reason = alias_reason(a, known)
            if reason is None and (shared[fold(a)] > 1 or fold(a) in known.owner or fold(a) in seen):
                reason = "shared"
            if reason:
                stats[f"organisation aliases dropped: {reason}"] += 1
                continue
            aliases.append(a)
            seen.add(fold(a))
        if not aliases:
            stats["organisations dropped: no name left"] += 1
            continue
        label = org.label if org.label in aliases else aliases[0]
        org_id = choose_id(label, aliases, ids)
        ids.add(org_id)
        countries = set(org.countries)
        out.append({"id": org_id, "label": label, "aliases": [label] + [a for a in aliases if a != label],
                    "code": org.code, "country": countries.pop() if len(countries) == 1 else None})
        org_codes[org.code].append(org_id)
    for o in out:
        for a in ORGANISATION_ALIASES.get(o["id"], []):
            if fold(a) not in known.owner and fold(a) not in seen and a not in o["aliases"]:
                o["aliases"].append(a)
                seen.add(fold(a))
    out.sort(key=lambda o: o["id"])
    unique = {code: found[0] for code, found in org_codes.items() if len(found) == 1 and code.startswith("IGO")}
    return out, aliases_for_existing, unique


def choose_id(label: str, aliases: list[str], ids: set[str]) -> str:
    """The body's acronym (3+ letters, or a well-known 2-letter one) if it is its label's, else a CamelCase slug."""
    lowered = {i.lower() for i in ids}
    for a in aliases:
        if re.fullmatch(r"[A-Z][A-Z0-9\-]+", a) and (len(a) >= 3 or a in TWO_LETTER_ACRONYMS) \
                and (a == label or initials_match(a, label)):
            candidate = a.replace("-", "")
            if candidate.lower() not in lowered:
                return candidate
    base = camel_id(label)[:40] or "Org"
    candidate, n = base, 2
    while candidate.lower() in lowered:
        candidate, n = f"{base}{n}", n + 1
    return candidate


# ---------------------------------------------------------------------------
# Agents
# ---------------------------------------------------------------------------


def regular_plural(phrase: str) -> str | None:
    """The regular English plural of a phrase (its last word), or None when it looks plural already."""
    if re.search(r"[^aeiou]y$", phrase):
        return phrase[:-1] + "ies"
    if re.search(r"(ss|x|z|ch|sh)$", phrase):
        return phrase + "es"
    if phrase.endswith("s"):
        return None  # "ground forces", "arms"
    return phrase + "s"


def is_plural_of(plural: str, singular: str) -> bool:
    return plural == regular_plural(singular) or (singular.endswith("man") and plural == singular[:-3] + "men")


def build_agents(path: Path, stats: Counter[str]) -> dict[str, dict[str, Any]]:
    """``{word: {"sector": code, "plural": [...]}}`` from Phoenix.agents.txt."""
    substitutions: dict[str, list[str]] = {}
    agents: dict[str, dict[str, Any]] = {}
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        text = raw.split("#", 1)[0].strip()
        if not text or text.startswith("<!--"):
            continue
        m = re.fullmatch(r"(![A-Z]+!)\s*=\s*(.+)", text)
        if m:
            substitutions[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        m = re.fullmatch(r"(.+?)\s*(?:\{([^}]*)\})?\s*\[([^\]}]*)[\]}]", text)
        if not m:
            stats["agents dropped: no code"] += 1
            continue
        phrase, plural, code = m.group(1), m.group(2), m.group(3).strip()
        sector = code.replace("~", "").strip()
        if not re.fullmatch(r"[A-Z]{3,}", sector):
            stats["agents dropped: odd code"] += 1
            continue
        for singular, plurals in expand_agent(phrase, plural, substitutions):
            if not re.fullmatch(r"[a-z][a-z .,'\-/&]*[a-z.]", singular) or "  " in singular:
                stats["agents dropped: odd characters"] += 1
                continue
            entry = agents.get(singular)
            if entry is None:
                agents[singular] = {"sector": sector, "plural": plurals}
            elif entry["sector"] != sector:
                stats["agents dropped: second sector for the same word"] += 1
            else:
                entry["plural"] = sorted(set(entry["plural"]) | set(plurals))
    return {k: agents[k] for k in sorted(agents)}


def expand_agent(phrase: str, plural: str | None, subs: dict[str, list[str]]) -> list[tuple[str, list[str]]]:
    """The singular and plural forms of one agent line, with ``!PERSON!``-style markers expanded.

    Each item of a substitution set is put in the marker's place with no plural of
    its own; an item that is the plural of the item before it (MEN of MAN, MINISTERS
    of MINISTER) gives the plural of that one's phrase.
    """
    words = re.sub(r"^(?:A|AN|THE) ", "", clean_phrase(phrase))
    marker = re.search(r"![A-Z]+!", words)
    if marker and marker.group(0) in subs:
        out: list[tuple[str, list[str]]] = []
        previous = None
        for item in subs[marker.group(0)]:
            form = words.replace(marker.group(0), item).lower()
            if out and previous and is_plural_of(item.lower(), previous.lower()):
                out[-1][1].append(form)
            else:
                out.append((form, []))
            previous = item
        return out
    if "!" in words:
        return []
    singular = words.lower()
    if plural is None:
        regular = regular_plural(singular)
        plurals = [regular] if regular else []
    else:
        plurals = [p for p in [clean_phrase(plural).lower()] if p]
    return [(singular, plurals)]


# ---------------------------------------------------------------------------
# All together
# ---------------------------------------------------------------------------


def build(sources: Path = SOURCES) -> tuple[dict[str, Any], Counter[str]]:
    """The whole data file, and counts of what was kept and dropped."""
    stats: Counter[str] = Counter()
    known = load_known()
    countries = read_actor_file(sources / COUNTRIES_FILE)
    international = read_actor_file(sources / INTERNATIONAL_FILE)
    milnonstate = read_actor_file(sources / MILNONSTATE_FILE)
    lex = learn_lexicon(countries, international, milnonstate, known)
    KNOWN_ACRONYMS.update(lex.acronyms)

    places = build_places(countries, known, stats)
    taken = {fold(p) for names in places.values() for p in names}
    organisations, for_existing, org_codes = build_organisations(
        international, milnonstate, known, lex, taken, stats)
    officials = build_officials(countries, international, known, org_codes, lex, stats)
    org_surfaces = {fold(a) for o in organisations for a in o["aliases"]}
    org_surfaces |= {fold(a) for aliases in for_existing.values() for a in aliases}
    officials = [o for o in officials if fold(o["name"]) not in org_surfaces and fold(o["name"]) not in taken]
    agents = build_agents(sources / AGENTS_FILE, stats)
    data = {
        "source": LICENCE_NOTICE,
        "places": places,
        "officials": officials,
        "organisations": organisations,
        "aliases_for_existing": for_existing,
        "agents": agents,
    }
    return data, stats


def check(data: dict[str, Any]) -> list[str]:
    """Problems that would make the matcher ambiguous (empty when fine)."""
    known = load_known()
    problems = []
    owner: dict[str, str] = {}

    def claim(form: str, actor: str, where: str) -> None:
        key = fold(form)
        if known.owner.get(key, actor) != actor:
            problems.append(f"{where} {form!r} of {actor} is {known.owner[key]!r} in actors.json")
        if owner.setdefault(key, actor) != actor:
            problems.append(f"{where} {form!r} names both {owner[key]} and {actor}")
        if not form[:1].isupper() and not form[:1].isdigit():
            problems.append(f"{where} {form!r} of {actor} does not start with a capital")

    for country, names in data["places"].items():
        if country not in known.country_ids:
            problems.append(f"places of unknown state {country}")
        for n in names:
            claim(n, country, "place")
    ids = set()
    for o in data["organisations"]:
        if o["id"] in known.ids or o["id"] in ids:
            problems.append(f"organisation id {o['id']!r} is taken")
        ids.add(o["id"])
        for a in o["aliases"]:
            claim(a, o["id"], "alias")
    for org_id, aliases in data["aliases_for_existing"].items():
        if org_id not in known.org_ids:
            problems.append(f"aliases for unknown organisation {org_id}")
        for a in aliases:
            claim(a, org_id, "alias")
    every = known.ids | ids
    names: set[str] = set()
    for p in data["officials"]:
        for form in [p["name"], *p["aliases"]]:
            if fold(form) in names:
                problems.append(f"official name {form!r} used twice")
            names.add(fold(form))
        for r in p["roles"]:
            if r["actor"] not in every:
                problems.append(f"{p['name']}: unknown actor {r['actor']}")
    return problems


def render(data: dict[str, Any]) -> str:
    return json.dumps(data, indent=1, ensure_ascii=False, sort_keys=True) + "\n"


def summary(data: dict[str, Any], stats: Counter[str]) -> str:
    places = data["places"]
    top = sorted(places.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:10]
    lines = [
        (f"places: {sum(len(v) for v in places.values())} in {len(places)} states "
         f"(most: {', '.join(f'{c} {len(v)}' for c, v in top)})"),
        f"officials: {len(data['officials'])} ({sum(len(p['roles']) for p in data['officials'])} roles)",
        (f"organisations: {len(data['organisations'])} new, aliases for {len(data['aliases_for_existing'])} "
         f"existing ({sum(len(v) for v in data['aliases_for_existing'].values())} aliases)"),
        f"agents: {len(data['agents'])} words ({sum(len(v['plural']) for v in data['agents'].values())} plurals)",
    ]
    lines += [f"  {k}: {v}" for k, v in sorted(stats.items())]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--check", action="store_true",
                        help="exit 1 if the data file differs from what the sources give")
    parser.add_argument("--sources", type=Path, default=SOURCES, help="the petrarch2 folder (default: %(default)s)")
    args = parser.parse_args(argv)
    if not (args.sources / COUNTRIES_FILE).is_file():
        print(f"error: no PETRARCH2 dictionaries in {args.sources}", file=sys.stderr)
        return 2
    data, stats = build(args.sources)
    problems = check(data)
    for p in problems:
        print("error:", p, file=sys.stderr)
    if problems:
        return 1
    text = render(data)
    print(summary(data, stats))
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.is_file() else ""
        if current != text:
            print(f"{OUTPUT.relative_to(ROOT)} differs from what the sources give: "
                  "run python scripts/build_petrarch_actors.py", file=sys.stderr)
            return 1
        print(f"{OUTPUT.relative_to(ROOT)} is up to date")
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)} ({len(text.encode('utf-8')) // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
