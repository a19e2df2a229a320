"""Where the data files live: the repository's ontology/ folder, or the copy inside the wheel.

A user can point ``KG_ONTOLOGY`` at their own copy to extend gazetteers, lexicons and queries
without touching the installed package.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["ontology_dir", "ontology_file"]

_PACKAGE = Path(__file__).resolve().parent


def ontology_dir() -> Path:
    """The folder holding kg.ttl, gazetteer/, triggers and queries/."""
    override = os.environ.get("KG_ONTOLOGY")
    if override:
        return Path(override)
    repo_copy = _PACKAGE.parent / "ontology"
    if repo_copy.is_dir():
        return repo_copy
    return _PACKAGE / "_ontology"


def ontology_file(*parts: str) -> Path:
    """A file under the ontology folder, e.g. ``ontology_file("gazetteer", "countries.tsv")``."""
    return ontology_dir().joinpath(*parts)
