"""The dev-side articles the speed passes' exactness tests run the old and the new code over
(seeds, eval/dev, terminus-dev and the dev halves of the fresh pages): never a held-out one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from kg.articles import iter_articles
from kg.model import Sentence
from kg.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[2]


def dev_folders(fresh: tuple[str, ...] = ("fresh22",)) -> list[Path]:
    """The dev folders, with the ``-dev`` halves of the fresh rounds named in ``fresh``."""
    halves = [half for name in fresh for half in sorted((ROOT / "eval" / name).glob("*-dev"))]
    return [ROOT / "seeds", ROOT / "eval" / "dev", ROOT / "eval" / "terminus-dev", *halves]


def dev_articles(fresh: tuple[str, ...] = ("fresh22",), least: int = 40) -> list:
    """The articles of :func:`dev_folders` that read (a broken file yields no text), at least
    ``least`` of them, so that an exactness test cannot pass on an empty corpus."""
    folders = [str(f) for f in dev_folders(fresh) if f.exists()]
    found = [a for a in iter_articles(folders) if hasattr(a, "text")]
    assert len(found) >= least
    return found


def short_form_positions(articles: list, gaz) -> Iterator[tuple[str, int, Sentence]]:
    """(text, position, sentence) at every one-letter short form of ``articles`` where no
    gazetteer name starts: the places the actor scan hands to ``_shorts_at``."""
    for article in articles:
        text = article.text
        for sentence in split_sentences(article):
            for pos in range(sentence.start, sentence.end):
                if text[pos] in gaz.shorts and gaz.match_at(text, pos) is None:
                    yield text, pos, sentence


def dev_page_graphs(least: int = 4) -> list[tuple[str, object]]:
    """(folder name, the page graph a build draws) for each dev folder: what the page's
    layout and writing passes are checked on, at least ``least`` of them."""
    from kg.network import drawn_network, merged_events
    from kg.pipeline import extract_corpus

    graphs = []
    for folder in dev_folders():
        if folder.exists():
            records = list(extract_corpus([folder]).records())
            events = [r for r in records if r["event_type"] != "ROLE"]
            roles = [r for r in records if r["event_type"] == "ROLE"]
            graphs.append((folder.name, drawn_network(merged_events(events, roles), True)))
    assert len(graphs) >= least
    return graphs
