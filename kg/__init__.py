"""kg: Chinese news articles to a knowledge graph of who did what to whom.

The Python API::

    from kg import EventGraph, build, extract_corpus
    g = EventGraph.from_articles(["seeds/"])   # read + extract; query, network, page, export
    g = EventGraph.open("output/graph.ttl")    # a graph kg build wrote
    corpus = extract_corpus(["seeds/"])        # the records: corpus.events, corpus.roles
    result = build(["seeds/"], "output")       # also writes graph.ttl, events.jsonl, …
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = [
    "__version__",
    "EventGraph",
    "build",
    "extract_corpus",
    "extract_article",
    "read_article",
    "compiled_modules",
]


def compiled_modules() -> list[str]:
    """The names of kg's modules this installation runs compiled (the mypyc build of a regular
    install, tools/mypyc_hook.py); [] for pure Python. Read from the files beside this one: Python
    imports an extension module before the ``.py`` of the same name, so what is here is what
    runs (benchmarks/run.py prints it, so a figure says which build it measured)."""
    from importlib.machinery import EXTENSION_SUFFIXES
    from pathlib import Path

    names = set()
    for path in Path(__file__).parent.iterdir():
        # the most specific suffix first: actors.cpython-311-x86_64-linux-gnu.so is "actors"
        suffix = next((s for s in EXTENSION_SUFFIXES if path.name.endswith(s)), None)
        if suffix is not None:
            names.add(path.name[: -len(suffix)])
    return sorted(names)


def build_description() -> str:
    """Which build this installation is, as `kg --version` says it: a regular install compiles
    where it can and falls back to pure Python (tools/mypyc_hook.py), so a user can check."""
    modules = compiled_modules()
    if modules:
        return f"compiled with mypyc ({', '.join(modules)})"
    return "pure Python"


def __getattr__(name: str):
    # Imported lazily so that `kg --version` and `import kg` stay fast.
    if name in {"build", "extract_corpus"}:
        from . import pipeline

        return getattr(pipeline, name)
    if name == "EventGraph":
        from .api import EventGraph

        return EventGraph
    if name == "extract_article":
        from .extract import extract_article

        return extract_article
    if name == "read_article":
        from .articles import read_article

        return read_article
    raise AttributeError(name)
