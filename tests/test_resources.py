"""Tests for kg.resources: where the ontology files are found."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.resources import ontology_dir, ontology_file

ROOT = Path(__file__).resolve().parent.parent


def test_repository_ontology_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KG_ONTOLOGY", raising=False)
    assert ontology_dir() == ROOT / "ontology"
    assert ontology_file("gazetteer", "countries.tsv") == ROOT / "ontology/gazetteer/countries.tsv"


def test_override_followed_whenever_it_changes(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The paths are kept per KG_ONTOLOGY value, so a new value is seen at once."""
    monkeypatch.setenv("KG_ONTOLOGY", str(tmp_path / "one"))
    assert ontology_file("kg.ttl") == tmp_path / "one" / "kg.ttl"
    monkeypatch.setenv("KG_ONTOLOGY", str(tmp_path / "two"))
    assert ontology_dir() == tmp_path / "two"
    assert ontology_file("kg.ttl") == tmp_path / "two" / "kg.ttl"
    monkeypatch.setenv("KG_ONTOLOGY", "")
    assert ontology_file("kg.ttl") == ROOT / "ontology" / "kg.ttl"


def test_same_path_object_each_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """The caches that load a file are keyed by its path: the same object is a quick key."""
    monkeypatch.delenv("KG_ONTOLOGY", raising=False)
    assert ontology_file("boilerplate.txt") is ontology_file("boilerplate.txt")
