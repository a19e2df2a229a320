"""Load the actor gazetteer from ``ontology/gazetteer/*.tsv`` into lookup tables.

The files are data a user extends (countries, organisations, people, institutions, titles);
this module only reads them. Every surface form is matched on simplified text.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .exceptions import OntologyError
from .model import Actor
from .resources import ontology_dir

__all__ = ["Gazetteer", "Institution", "Title", "load_gazetteer"]

_COLUMNS = {
    "countries.tsv": ("key", "label", "type", "aliases", "short", "capital", "label_en"),
    "organizations.tsv": ("key", "label", "type", "kind", "aliases", "country", "label_en"),
    "people.tsv": ("key", "label", "aliases", "country", "org", "title", "label_en"),
    "institutions.tsv": ("suffix", "key_suffix", "kind", "label_en"),
    "titles.tsv": ("title", "kind", "org_suffix"),
}


@dataclass(frozen=True)
class Institution:
    """An organ composed from a country and a suffix: 美国 + 财政部 → 美国财政部."""

    suffix: str
    key_suffix: str
    kind: str
    label_en: str = ""


@dataclass(frozen=True)
class Title:
    """A post title (国防部长) and the institution it implies (国防部), if any."""

    title: str
    kind: str
    org_suffix: str = ""


@dataclass
class Gazetteer:
    """Lookup tables for actor finding.

    ``surfaces`` maps every alias to (actor, kind) with kind ``alias`` or ``capital``;
    ``shorts`` maps one-character forms used in compounds (美, 朝) to countries;
    ``lengths`` lists, per first character, the alias lengths to try, longest first.
    """

    actors: dict[str, Actor] = field(default_factory=dict)
    composed: dict[tuple[str, str], Actor] = field(default_factory=dict)  # (key, suffix) → organ
    composed_keys: set[str] = field(default_factory=set)
    surfaces: dict[str, tuple[Actor, str]] = field(default_factory=dict)
    shorts: dict[str, Actor] = field(default_factory=dict)
    institutions: dict[str, Institution] = field(default_factory=dict)
    titles: dict[str, Title] = field(default_factory=dict)
    org_kind: dict[str, str] = field(default_factory=dict)
    person_posts: dict[str, tuple[str, str]] = field(default_factory=dict)  # key → (org, title)
    lengths: dict[str, tuple[int, ...]] = field(default_factory=dict)
    institution_lengths: tuple[int, ...] = ()
    title_lengths: tuple[int, ...] = ()

    def add_surface(self, surface: str, actor: Actor, kind: str = "alias") -> None:
        """Register a surface form; the first registration of a form wins."""
        surface = surface.strip().strip("《》")
        if len(surface) < 2 or surface in self.surfaces:
            return
        self.surfaces[surface] = (actor, kind)

    def finish(self) -> Gazetteer:
        """Build the per-first-character length index after all surfaces are added."""
        by_first: dict[str, set[int]] = {}
        for surface in self.surfaces:
            by_first.setdefault(surface[0], set()).add(len(surface))
        self.lengths = {ch: tuple(sorted(ls, reverse=True)) for ch, ls in by_first.items()}
        self.institution_lengths = tuple(sorted({len(s) for s in self.institutions}, reverse=True))
        self.title_lengths = tuple(sorted({len(t) for t in self.titles}, reverse=True))
        return self

    def match_at(self, text: str, pos: int) -> tuple[str, Actor, str] | None:
        """The longest gazetteer surface starting at ``pos``: (surface, actor, kind)."""
        for length in self.lengths.get(text[pos], ()):
            surface = text[pos : pos + length]
            hit = self.surfaces.get(surface)
            if hit is not None:
                return surface, hit[0], hit[1]
        return None

    def institution_at(self, text: str, pos: int) -> Institution | None:
        """The longest institution suffix starting at ``pos`` (外交部, 国防部, 军…)."""
        for length in self.institution_lengths:
            inst = self.institutions.get(text[pos : pos + length])
            if inst is not None:
                return inst
        return None

    def title_ending_at(self, text: str, end: int, start_min: int = 0) -> Title | None:
        """The longest title that ends exactly at ``end`` (for 国防部长|皮特·赫格塞思)."""
        for length in self.title_lengths:
            if end - length < start_min:
                continue
            title = self.titles.get(text[end - length : end])
            if title is not None:
                return title
        return None

    def compose(self, country: Actor, inst: Institution) -> Actor:
        """The organ of a country: 美国 + 财政部 → Actor USA_TREASURY labelled 美国财政部."""
        key = f"{country.key}_{inst.key_suffix}"
        # One actor per country and suffix, labelled as the article names it (日本外务省 and
        # 日本外交部 are both JPN_MFA): the label must not depend on which article a process
        # read first, since articles are extracted in any order and in several processes.
        listed = self.actors.get(key)
        if listed is not None and key not in self.composed_keys:
            return listed  # the gazetteer names this organ itself (USA_TREASURY…)
        actor = self.composed.get((key, inst.suffix))
        if actor is None:
            actor = Actor(
                key=key,
                label=f"{country.label}{inst.suffix}",
                type="Organization",
                country=country.key,
                label_en=f"{country.label_en or country.key} {inst.label_en}".strip(),
            )
            self.composed[(key, inst.suffix)] = actor
            self.composed_keys.add(key)
            self.actors.setdefault(key, actor)
        return actor


@lru_cache(maxsize=4)
def load_gazetteer(folder: str | None = None) -> Gazetteer:
    """Read every gazetteer file once per process (cached by folder)."""
    root = Path(folder) if folder else ontology_dir() / "gazetteer"
    gaz = Gazetteer()
    for row in _rows(root / "institutions.tsv"):
        gaz.institutions[row["suffix"]] = Institution(
            row["suffix"], row["key_suffix"], row["kind"], row.get("label_en", "")
        )
    for row in _rows(root / "titles.tsv"):
        gaz.titles[row["title"]] = Title(row["title"], row["kind"], row.get("org_suffix", ""))
    _load_people(gaz, root / "people.tsv")
    _load_countries(gaz, root / "countries.tsv")
    _load_organizations(gaz, root / "organizations.tsv")
    return gaz.finish()


def _load_countries(gaz: Gazetteer, path: Path) -> None:
    for row in _rows(path):
        aliases = _split(row["aliases"])
        actor = Actor(
            key=row["key"],
            label=row["label"],
            type=row["type"] or "Country",
            aliases=tuple(aliases),
            label_en=row.get("label_en") or None,
        )
        gaz.actors[actor.key] = actor
        for surface in [actor.label, *aliases]:
            gaz.add_surface(surface, actor)
        for capital in _split(row.get("capital", "")):
            gaz.add_surface(capital, actor, "capital")
        for short in _split(row.get("short", "")):
            gaz.shorts.setdefault(short, actor)


def _load_organizations(gaz: Gazetteer, path: Path) -> None:
    for row in _rows(path):
        aliases = _split(row["aliases"])
        actor = Actor(
            key=row["key"],
            label=row["label"],
            type=row["type"] or "Organization",
            aliases=tuple(aliases),
            country=row.get("country") or None,
            label_en=row.get("label_en") or None,
        )
        gaz.actors[actor.key] = actor
        gaz.org_kind[actor.key] = row.get("kind", "")
        for surface in [actor.label, *aliases]:
            if len(surface) == 1:
                gaz.shorts.setdefault(surface, actor)
            else:
                gaz.add_surface(surface, actor)


def _load_people(gaz: Gazetteer, path: Path) -> None:
    for row in _rows(path):
        aliases = _split(row["aliases"])
        actor = Actor(
            key=row["key"],
            label=row["label"],
            type="Person",
            aliases=tuple(aliases),
            country=row.get("country") or None,
            label_en=row.get("label_en") or None,
        )
        gaz.actors[actor.key] = actor
        if row.get("org") or row.get("title"):
            gaz.person_posts[actor.key] = (row.get("org", ""), row.get("title", ""))
        for surface in [actor.label, *aliases]:
            gaz.add_surface(surface, actor)


def _rows(path: Path) -> Iterator[dict[str, str]]:
    columns = _COLUMNS[path.name]
    if not path.exists():
        return
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise OntologyError(f"cannot read gazetteer: {exc}", path=str(path)) from exc
    body = [line for line in lines if line.strip() and not line.startswith("#")]
    for number, cells in enumerate(csv.reader(body, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
        if cells and cells[0] == columns[0]:
            continue  # a header row
        if len(cells) < 2:
            raise OntologyError(f"row {number}: expected {len(columns)} columns", path=str(path))
        cells = [c.strip() for c in cells] + [""] * (len(columns) - len(cells))
        yield dict(zip(columns, cells, strict=False))


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]
