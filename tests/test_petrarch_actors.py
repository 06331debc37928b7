"""kg/data/petrarch_actors.json: places, organisations, officials and agents from PETRARCH2's dictionaries."""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata

import pytest
from conftest import ROOT, needs_shared

from kg.actors import ORG, PLACE, Office, Official, load_dictionary

DATA = ROOT / "kg" / "data"
PETRARCH = ROOT.parent / "shared" / "reference" / "petrarch2"


@pytest.fixture(scope="module")
def dictionary():
    return load_dictionary()


@pytest.fixture(scope="module")
def data():
    return json.loads((DATA / "petrarch_actors.json").read_text(encoding="utf-8"))


def fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()


@needs_shared
def test_the_data_file_is_what_the_sources_give():
    """kg/data/petrarch_actors.json is built by scripts/build_petrarch_actors.py from PETRARCH2's
    dictionaries in ../shared; an edit to the script or the curated tables without a rebuild fails here."""
    if not PETRARCH.is_dir():
        pytest.skip("../shared/reference/petrarch2 is not beside this checkout")
    r = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_petrarch_actors.py"), "--check"],
                       check=False, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr or r.stdout


@pytest.mark.parametrize(
    "place, state",
    [
        ("Basra", "IRQ"), ("Mosul", "IRQ"), ("Kirkuk", "IRQ"), ("Samarra", "IRQ"), ("Al Anbar", "IRQ"),
        ("West Bank", "PSE"), ("Gaza", "PSE"), ("Gaza Strip", "PSE"), ("Hebron", "PSE"),
        ("Tel Aviv", "ISR"), ("Golan Heights", "SYR"), ("Aleppo", "SYR"), ("Darfur", "SDN"),
        ("Kandahar", "AFG"), ("Donetsk", "UKR"), ("Kharkiv", "UKR"), ("Crimea", "UKR"),
        ("Karachi", "PAK"), ("Lahore", "PAK"), ("Shanghai", "CHN"), ("Lagos", "NGA"),
        ("Mazar-i-Sharif", "AFG"), ("Deir al-Zor", "SYR"),
    ],
)
def test_places_name_their_state(dictionary, place, state):
    assert dictionary.surfaces[place] == (state, PLACE)
    hits = [(h.text, h.actor, h.how) for h in dictionary.find(f"Fighting went on in {place} on Sunday.")]
    assert hits == [(place, state, PLACE)]


def test_a_curated_form_keeps_its_kind(dictionary):
    # a capital stays a capital, a state's name its name: places only take free forms
    assert dictionary.surfaces["Sarajevo"] == ("BIH", "capital")
    assert dictionary.surfaces["Iraq"] == ("IRQ", "name")


@pytest.mark.parametrize(
    "word", ["Victoria", "Kingston", "Buffalo", "Champagne", "Murray", "Foundation", "Organization",
             "Lightning", "Mesopotamia", "Nineveh", "Fatah", "Occupied Territories"],
)
def test_words_names_and_archaic_names_are_not_surfaces(dictionary, word):
    assert word not in dictionary.surfaces


@pytest.mark.parametrize(
    "alias, actor",
    [("Hizbollah", "Hezbollah"), ("European Community", "EU"), ("Taleban", "Taliban"),
     ("Al Qa'ida", "AlQaeda"), ("Boko Haram", "BokoHaram"), ("UNICEF", "UNICEF"), ("Red Cross", "ICRC"), ("Doctors Without Borders", "MSF"),
     ("Tamil Tigers", "LTTE")],  # (an org called "TIGERS" had kept the word in capitals),
)
def test_organisation_aliases(dictionary, alias, actor):
    assert dictionary.surfaces[alias] == (actor, ORG)
    assert dictionary.actors[actor].kind == "Organisation"


def test_an_armed_group_belongs_to_its_state(dictionary, data):
    assert dictionary.affiliation["BokoHaram"] == "NGA"
    boko = next(o for o in data["organisations"] if o["id"] == "BokoHaram")
    assert (boko["code"], boko["country"]) == ("NGAREB", "NGA")


def test_officials_by_full_name_and_alias_only(dictionary):
    brezhnev = dictionary.officials["Leonid Brezhnev"]
    assert not brezhnev.curated and brezhnev is dictionary.officials["Leonid Ilyich Brezhnev"]
    assert brezhnev.office_on("1975-05-01").actor == "RUS"
    assert "Brezhnev" not in dictionary.officials  # no bare surname for PETRARCH's officials
    assert [(s, e, o.name) for s, e, o in dictionary.find_officials("Leonid Ilyich Brezhnev said so.")] == \
        [(0, 22, "Leonid Brezhnev")]
    # (kg's own table gives the best-known leaders of the 1990s wire their surnames: "Arafat")
    assert dictionary.officials["Arafat"] is dictionary.officials["Yasir Arafat"]


def test_a_person_whose_other_names_are_primary_lines_is_one_official(dictionary):
    # the file lists Brezhnev's and Ivashko's other names as primary lines before the
    # dates they share; read as separate records, both were lost
    ivashko = dictionary.officials["Vladimir Ivashko"]
    assert not ivashko.curated and ivashko is dictionary.officials["Vladimir A. Ivashko"]
    assert ivashko.office_on("1991-08-26").actor == "RUS"
    assert dictionary.officials["Leonid Brezhnev"].office_on("1970-01-01").actor == "RUS"


def test_part_of_a_longer_name_is_not_a_petrarch_official(dictionary):
    assert dictionary.find_officials("Abdul Qadir Mumin leads the group.") == []


def test_curated_officials_win(dictionary):
    # Kofi Annan is in officials.json with his title; PETRARCH's entry does not replace him
    annan = dictionary.officials["Kofi Annan"]
    assert all(o.title for o in annan.offices)


def test_an_official_of_one_actor_acts_for_it_outside_office():
    official = Official("A B", (Office("PSE", "Government", "1994-07-05", "2004-11-11"),))
    assert official.office_on("2010-01-01") is None  # office_on is unchanged
    assert official.actor_on("2010-01-01") == "PSE"
    assert official.actor_on("2000-01-01") == "PSE"
    two = Official("C D", (Office("FRA", "Government", "1990-01-01", "1995-01-01"),
                           Office("EU", None, "1999-01-01", "2004-01-01")))
    assert two.actor_on("1992-01-01") == "FRA"
    assert two.actor_on("2010-01-01") is None


@pytest.mark.parametrize(
    "word, sector",
    [("police", "COP"), ("riot police", "COP"), ("soldier", "MIL"), ("soldiers", "MIL"), ("troops", "MIL"),
     ("rebels", "REB"), ("students", "EDU"), ("foreign minister", "GOV"), ("congressmen", "LEG")],
)
def test_agents(dictionary, word, sector):
    assert dictionary.agents[word] == sector


def test_no_surface_names_two_actors(dictionary, data):
    curated = json.loads((DATA / "actors.json").read_text(encoding="utf-8"))
    owner: dict[str, str] = {}

    def claim(form: str, actor: str) -> None:
        assert owner.setdefault(fold(form), actor) == actor, f"{form!r} names {owner[fold(form)]} and {actor}"

    for c in curated["countries"]:
        for key in ("names", "codes", "capitals", "metonyms", "demonyms"):
            for form in c[key]:
                claim(form.removeprefix("the "), c["id"])
    for o in curated["organisations"]:
        for form in o["aliases"]:
            claim(form.removeprefix("the "), o["id"])
    for state, places in data["places"].items():
        for place in places:
            claim(place, state)
            assert dictionary.surfaces[place] == (state, PLACE)
    for o in data["organisations"]:
        for alias in o["aliases"]:
            claim(alias, o["id"])
            assert dictionary.surfaces[alias] == (o["id"], ORG)
    for org_id, aliases in data["aliases_for_existing"].items():
        for alias in aliases:
            claim(alias, org_id)
            assert dictionary.surfaces[alias] == (org_id, ORG)


def test_organisation_ids_are_new_and_unique(data):
    curated = json.loads((DATA / "actors.json").read_text(encoding="utf-8"))
    taken = {c["id"] for c in curated["countries"]} | {o["id"] for o in curated["organisations"]}
    ids = [o["id"] for o in data["organisations"]]
    assert len(ids) == len(set(ids))
    assert not set(ids) & taken


def test_officials_are_not_the_curated_ones(data):
    curated = json.loads((DATA / "officials.json").read_text(encoding="utf-8"))["officials"]
    names = {fold(f) for o in curated for f in [o["name"], *o.get("aliases", [])]}
    for person in data["officials"]:
        assert len(person["name"].split()) > 1
        assert fold(person["name"]) not in names
        assert person["roles"]
