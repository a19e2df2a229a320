"""Single sentences as articles, for the tables of extraction tests (test_extract,
test_capabilities): one way to make them, so both tables test the same thing."""

from __future__ import annotations

from kg.articles import normalise
from kg.extract import extract_article
from kg.model import Article


def article(text: str, date: str | None = "2024-05-10") -> Article:
    """``text`` read as the article test.txt of ``date`` (normalised, offsets kept)."""
    norm, offsets = normalise(text)
    return Article(path="test.txt", body=text, text=norm, offsets=offsets, date=date)


def events_of(text: str, date: str | None = "2024-05-10") -> set[tuple[str, str, str, str]]:
    """(subject, type, object, status) of every event, actors by their canonical labels."""
    result = extract_article(article(text, date))
    return {
        (e.subject.actor.label, e.event_type, e.object.actor.label, e.status) for e in result.events
    }


def roles_of(text: str, date: str | None = "2024-05-10") -> set[tuple[str, str, str]]:
    """(person, organisation, title) of every post, actors by their canonical labels."""
    result = extract_article(article(text, date))
    return {(r.person.actor.label, r.org.actor.label, r.title) for r in result.roles}


INSPECTABLE_SETS = ("seeds", "eval/dev", "eval/terminus-dev")


def inspectable_files():
    """The article files of the sets whose output may be read (seeds, dev, terminus-dev), in
    the reader's formats: the files a fast path of the reader is compared with on."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    suffixes = {".txt", ".md", ".markdown", ".html", ".htm"}
    return [
        path
        for folder in INSPECTABLE_SETS
        for path in sorted((root / folder).rglob("*"))
        if path.suffix.lower() in suffixes
    ]


def inspectable_articles(written: list[str]) -> list[Article]:
    """The articles of the sets whose output may be read (seeds, dev, terminus-dev), then one
    article per sentence written for a test: the corpus on which a fast path is compared with
    the code it replaces."""
    from pathlib import Path

    from kg.articles import iter_articles
    from kg.model import Skipped

    root = Path(__file__).resolve().parents[2]
    folders = [root / "seeds", root / "eval" / "dev", root / "eval" / "terminus-dev"]
    found = [a for a in iter_articles([str(f) for f in folders]) if not isinstance(a, Skipped)]
    return found + [article(text) for text in written]
