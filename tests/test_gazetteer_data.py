"""Validate the actor gazetteer data in ontology/gazetteer/*.tsv.

Pure data checks (csv module only): the files parse with their declared columns, keys are
unique, every surface form names one actor only, references resolve, every UN member state is
present, and all Chinese is simplified and NFKC-normalised (the form the matcher sees).
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import defaultdict
from functools import cache

import pytest
import zhconv

from kg.resources import ontology_file

COLUMNS = {
    "countries.tsv": ("key", "label", "type", "aliases", "short", "capital", "label_en"),
    "organizations.tsv": ("key", "label", "type", "kind", "aliases", "country", "label_en"),
    "people.tsv": ("key", "label", "aliases", "country", "org", "title", "label_en"),
    "institutions.tsv": ("suffix", "key_suffix", "kind", "label_en", "countries"),
    "titles.tsv": ("title", "kind", "org_suffix"),
}
LIST_COLUMNS = {"aliases", "short", "capital"}
ORG_KINDS = {
    "igo",
    "regional",
    "party",
    "armed_group",
    "ministry",
    "agency",
    "military",
    "media",
    "university",
    "think_tank",
    "company",
    "court",
    "ngo",
    "legislature",
    "collective",
}
INSTITUTION_KINDS = {
    "ministry",
    "agency",
    "executive",
    "legislature",
    "court",
    "military",
    "embassy",
    "consulate",
    "mission",
    "party",
    "group",
    "self",
}
TITLE_KINDS = {
    "head_of_state",
    "head_of_government",
    "minister",
    "diplomat",
    "official",
    "military",
    "party",
    "legislator",
    "scholar",
    "journalist",
    "other",
}

# The 193 member states of the United Nations (ISO 3166-1 alpha-3). Test data, not product data.
UN_MEMBERS = """
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA
BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE
DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM
GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR PRK KOR KWT
KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO
MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL
POL PRT QAT ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF
SSD ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR
USA URY UZB VUT VEN VNM YEM ZMB ZWE
""".split()
# Observers and the territories the brief names.
OBSERVERS_AND_TERRITORIES = {"PSE", "VAT", "TWN", "HKG", "MAC", "GAZA", "WEST_BANK", "CRIMEA"}

_CJK = re.compile(r"[\u3400-\u9fff]")


def _split(cell: str) -> list[str]:
    return [part for part in cell.split("|") if part]


@cache
def rows(name: str) -> tuple[dict[str, str], ...]:
    """The data rows of one file as dicts; asserts the header and the cell count."""
    path = ontology_file("gazetteer", name)
    numbered = [
        (number, line)
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if line.strip() and not line.startswith("#")
    ]
    assert numbered, f"{name}: no rows"
    cells_of = csv.reader([line for _, line in numbered], delimiter="\t", quoting=csv.QUOTE_NONE)
    table = [(number, cells) for (number, _), cells in zip(numbered, cells_of, strict=True)]
    assert tuple(table[0][1]) == COLUMNS[name], f"{name}: header {table[0][1]}"
    out = []
    for number, cells in table[1:]:
        assert len(cells) == len(COLUMNS[name]), f"{name} line {number}: {cells}"
        out.append(dict(zip(COLUMNS[name], cells, strict=True)))
    return tuple(out)


def actor_rows() -> list[tuple[str, dict[str, str]]]:
    return [(n, r) for n in ("countries.tsv", "organizations.tsv", "people.tsv") for r in rows(n)]


def test_files_parse_with_declared_columns():
    for name in COLUMNS:
        assert rows(name), name
        path = ontology_file("gazetteer", name)
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("#"), f"{name}: starts without a comment header"


def test_cells_are_clean():
    for name in COLUMNS:
        for row in rows(name):
            for column, cell in row.items():
                assert cell == cell.strip(), f"{name}: {column} {cell!r} has outer spaces"
                if column in LIST_COLUMNS:
                    parts = cell.split("|") if cell else []
                    assert all(parts), f"{name}: empty item in {cell!r}"
                    assert len(parts) == len(set(parts)), f"{name}: repeated item in {cell!r}"
                if column != "label_en":
                    assert not re.search(r"\s", cell), f"{name}: whitespace in {cell!r}"
                    assert "《" not in cell and "》" not in cell, f"{name}: 《》 in {cell!r}"


def test_keys_unique_across_actor_files():
    seen: dict[str, str] = {}
    for name, row in actor_rows():
        key = row["key"]
        assert re.fullmatch(r"[A-Z][A-Z0-9_]*", key), f"{name}: bad key {key!r}"
        assert key not in seen, f"key {key} in {seen.get(key)} and {name}"
        seen[key] = name


def test_types_and_kinds_valid():
    for row in rows("countries.tsv"):
        assert row["type"] in {"Country", "Region"}, row
        assert row["label_en"], row
    for row in rows("organizations.tsv"):
        assert row["type"] in {"Organization", "Group"}, row
        assert row["kind"] in ORG_KINDS, row
        assert row["label_en"], row
    for row in rows("institutions.tsv"):
        assert row["kind"] in INSTITUTION_KINDS, row
        if row["kind"] == "self":  # the country itself: no organ, no key of its own
            assert row["key_suffix"] == "-", row
            continue
        assert re.fullmatch(r"[A-Z][A-Z_]*", row["key_suffix"]), row
    for row in rows("titles.tsv"):
        assert row["kind"] in TITLE_KINDS, row
    for row in rows("people.tsv"):
        assert row["label_en"], row


def test_all_un_member_states_present():
    assert len(UN_MEMBERS) == len(set(UN_MEMBERS)) == 193
    countries = {row["key"]: row for row in rows("countries.tsv")}
    missing = [code for code in UN_MEMBERS if code not in countries]
    assert not missing, f"UN member states missing: {missing}"
    assert all(countries[code]["type"] == "Country" for code in UN_MEMBERS)
    assert OBSERVERS_AND_TERRITORIES <= set(countries)


def test_no_surface_form_names_two_actors():
    owners: dict[str, set[str]] = defaultdict(set)
    for _name, row in actor_rows():
        forms = [row["label"], *_split(row["aliases"])]
        forms += _split(row.get("short", "")) + _split(row.get("capital", ""))
        for form in forms:
            owners[form].add(row["key"])
    clashes = {form: keys for form, keys in owners.items() if len(keys) > 1}
    assert not clashes, f"surface forms of two actors: {clashes}"


def test_short_forms_are_single_characters_and_aliases_are_not():
    for row in rows("countries.tsv"):
        assert all(len(s) == 1 for s in _split(row["short"])), row
        assert all(len(a) >= 2 for a in _split(row["aliases"]) + _split(row["capital"])), row
        assert len(row["label"]) >= 2, row
    for row in rows("people.tsv"):
        assert all(len(a) >= 2 for a in [row["label"], *_split(row["aliases"])]), row
    # organizations.tsv: a one-character alias is read as a short form (欧 for the EU); only
    # regional bodies may have one
    for row in rows("organizations.tsv"):
        assert len(row["label"]) >= 2, row
        for alias in _split(row["aliases"]):
            if len(alias) == 1:
                assert row["kind"] == "regional", f"one-character alias {alias} of {row['key']}"


def test_every_key_and_reference_resolves():
    countries = {row["key"] for row in rows("countries.tsv")}
    orgs = {row["key"] for row in rows("organizations.tsv")}
    key_suffixes = {row["key_suffix"] for row in rows("institutions.tsv")}

    def organ_of(key: str) -> str | None:
        """The country of a composed organ key COUNTRY_KEYSUFFIX (RUS_MFA → RUS), if it is one."""
        for country in countries:
            if key.startswith(country + "_") and key[len(country) + 1 :] in key_suffixes:
                return country
        return None

    for row in rows("organizations.tsv"):
        assert row["country"] == "" or row["country"] in countries, row
        # an organ keyed COUNTRY_KEYSUFFIX belongs to that country
        owner = organ_of(row["key"])
        assert owner is None or row["country"] == owner, row
    titles = {row["title"] for row in rows("titles.tsv")}
    for row in rows("people.tsv"):
        assert row["country"] == "" or row["country"] in countries, row
        org = row["org"]
        assert org == "" or org in countries or org in orgs or organ_of(org), row
        assert row["title"] == "" or row["title"] in titles, row


def test_institutions_and_titles_unique_and_linked():
    suffixes = [row["suffix"] for row in rows("institutions.tsv")]
    assert len(suffixes) == len(set(suffixes)), "repeated institution suffix"
    titles = [row["title"] for row in rows("titles.tsv")]
    assert len(titles) == len(set(titles)), "repeated title"
    for row in rows("titles.tsv"):
        assert row["org_suffix"] == "" or row["org_suffix"] in suffixes, row


def test_text_is_simplified_and_normalised():
    strings = sorted(
        {
            item
            for name in COLUMNS
            for row in rows(name)
            for cell in row.values()
            for item in cell.split("|")
            if _CJK.search(item)
        }
    )
    for s in strings:
        assert unicodedata.normalize("NFKC", s) == s, f"not NFKC-normalised: {s!r}"
    # one conversion of everything, then look closer only if it differs
    joined = "\n".join(strings)
    converted = zhconv.convert(joined, "zh-hans")
    if converted != joined:
        bad = [s for s in strings if zhconv.convert(s, "zh-hans") != s]
        pytest.fail(f"not simplified: {bad}")


@pytest.mark.parametrize(
    "form,key",
    [
        ("美方", "USA"),
        ("华府", "USA"),
        ("白宫", "USA"),
        ("北韩", "PRK"),
        ("南韩", "KOR"),
        ("朝鲜民主主义人民共和国", "PRK"),
        ("纽西兰", "NZL"),
        ("克里姆林宫", "RUS"),
        ("加沙地带", "GAZA"),
        ("五角大楼", "USA_MOD"),
        ("劳动党中央委员会", "WPK"),
        ("川普", "TRUMP"),
        ("皮特·赫格塞思", "HEGSETH"),
        ("联合国安全理事会", "UNSC"),
    ],
)
def test_known_forms(form, key):
    """A few forms the news and the guidelines rely on."""
    found = {
        row["key"]
        for _name, row in actor_rows()
        if form == row["label"] or form in _split(row["aliases"])
    }
    assert found == {key}


def test_every_woman_of_the_word_list_is_a_person_of_the_gazetteer():
    from kg.gazetteer import load_gazetteer
    from kg.lexicon import words

    people = {a.label for a in load_gazetteer().actors.values() if a.type == "Person"}
    assert words("female")
    assert [w for w in words("female") if w not in people] == []
