"""``kg build``: read every article, extract, and write all outputs from one set of events.

Outputs (each written to a temporary file, then renamed):

* ``graph.ttl``     the RDF graph (ontology/kg.ttl vocabulary)
* ``events.jsonl``  one JSON record per event and role (GUIDELINES.md format)
* ``graph.html``    the interactive network page (offline)
* ``graph.graphml`` and ``graph.gexf`` for Gephi
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .articles import find_article_files, read_article
from .exceptions import InputError, KgError
from .extract import ArticleEvents, extract_article
from .fileio import atomic_writer
from .gazetteer import load_gazetteer
from .model import Article, Event, Role, Skipped

__all__ = [
    "BuildResult",
    "Corpus",
    "extract_corpus",
    "build",
    "write_events_jsonl",
    "evaluate_gold",
    "gold_articles_folder",
    "OUTPUTS",
]

OUTPUTS = ("graph.ttl", "events.jsonl", "graph.html", "graph.graphml", "graph.gexf")


@dataclass
class Corpus:
    """The extraction of a set of files: what was read, what was skipped, what was found."""

    articles: list[Article] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    sentences: int = 0

    def add(self, extracted: ArticleEvents) -> None:
        self.articles.append(extracted.article)
        self.events.extend(extracted.events)
        self.roles.extend(extracted.roles)
        self.sentences += extracted.sentences

    def records(self) -> Iterator[dict]:
        """Events then roles as JSON-ready records."""
        for event in self.events:
            yield event.to_json()
        for role in self.roles:
            yield role.to_json()

    def actors(self) -> set[str]:
        keys = {e.subject.actor.key for e in self.events} | {
            e.object.actor.key for e in self.events
        }
        keys |= {r.person.actor.key for r in self.roles} | {r.org.actor.key for r in self.roles}
        return keys


@dataclass
class BuildResult:
    """What ``kg build`` did, for the summary and the exit status."""

    corpus: Corpus
    outputs: dict[str, Path]

    def summary(self) -> str:
        corpus = self.corpus
        lines = [
            f"articles read     {len(corpus.articles)}",
            f"articles skipped  {len(corpus.skipped)}",
        ]
        lines += [f"  {s.path}: {s.reason}" for s in corpus.skipped]
        lines += [
            f"sentences         {corpus.sentences}",
            f"events            {len(corpus.events)}",
        ]
        by_type = Counter(e.event_type for e in corpus.events)
        by_status = Counter(e.status for e in corpus.events)
        lines += [f"  {t:<10} {n}" for t, n in sorted(by_type.items(), key=lambda x: (-x[1], x[0]))]
        lines.append("  status: " + ", ".join(f"{s} {n}" for s, n in sorted(by_status.items())))
        lines.append(f"roles             {len(corpus.roles)}")
        lines.append(f"actors            {len(corpus.actors())}")
        lines += [f"wrote {path}" for path in self.outputs.values()]
        return "\n".join(lines)


def extract_corpus(
    paths: Iterable[str | os.PathLike],
    progress: Callable[[Iterable[Path]], Iterable[Path]] | None = None,
) -> Corpus:
    """Read and extract every article under ``paths``; unreadable files are recorded, not raised."""
    files, skipped = find_article_files(paths)
    corpus = Corpus(skipped=list(skipped))
    gaz = load_gazetteer()
    for path in progress(files) if progress else files:
        try:
            article = read_article(path)
        except InputError as exc:
            corpus.skipped.append(Skipped(str(path), _reason(exc)))
            continue
        corpus.add(extract_article(article, gaz))
    return corpus


def build(
    paths: Sequence[str | os.PathLike],
    out_dir: str | os.PathLike = "output",
    progress: Callable[[Iterable[Path]], Iterable[Path]] | None = None,
) -> BuildResult:
    """Extract ``paths`` and write the five outputs into ``out_dir``."""
    from .export import write_gexf, write_graphml
    from .graph import build_graph, write_turtle
    from .network import to_networkx
    from .views import write_page

    corpus = extract_corpus(paths, progress)
    if not corpus.articles:
        reasons = "; ".join(f"{s.path}: {s.reason}" for s in corpus.skipped)
        raise InputError(
            "; ".join(filter(None, [reasons, "no article could be read, nothing written"]))
        )
    out = Path(out_dir)
    outputs = {name: out / name for name in OUTPUTS}
    write_turtle(build_graph(corpus.events, corpus.roles, corpus.articles), outputs["graph.ttl"])
    write_events_jsonl(corpus.records(), outputs["events.jsonl"])
    network = to_networkx(corpus.events, corpus.roles)
    page_graph = to_networkx(corpus.events, corpus.roles, aggregate=True)  # one edge per pair
    write_page(page_graph, outputs["graph.html"], title="kg: " + ", ".join(map(str, paths)))
    write_graphml(network, outputs["graph.graphml"])
    write_gexf(network, outputs["graph.gexf"])
    return BuildResult(corpus, outputs)


def gold_articles_folder(gold: Path, articles_dir: Path | None = None) -> Path:
    """Where a gold file's articles are: the given folder, else ``NAME/`` beside
    ``NAME.gold.jsonl``, else the gold file's own folder."""
    if articles_dir is not None:
        return articles_dir
    sibling = gold.parent / gold.name.removesuffix(".jsonl").removesuffix(".gold")
    return sibling if sibling.is_dir() else gold.parent


def evaluate_gold(gold: Path, articles_dir: Path | None = None):
    """Extract a gold file's articles and score them; returns (gold articles, corpus, report)."""
    from .evaluate import load_gold, score

    gold_articles = load_gold(gold)
    folder = gold_articles_folder(gold, articles_dir)
    corpus = extract_corpus([folder / g.file for g in gold_articles])
    return gold_articles, corpus, score(gold_articles, corpus.records())


def write_events_jsonl(records: Iterable[dict], path: str | os.PathLike) -> None:
    """One JSON object per line, UTF-8, written atomically."""
    with atomic_writer(path) as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def _reason(exc: KgError) -> str:
    message = str(exc)
    return message.split(": ", 1)[1] if exc.path and message.startswith(exc.path) else message
