"""The records of the pipeline: the quick __init__ of the hot frozen dataclasses makes the
same objects as the dataclasses one (fields, defaults, equality, hash, replace, pickling)."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from kg.model import Actor, Mention, Sentence

USA = Actor("USA", "美国", "Country", ("美",), None, "United States")


@pytest.mark.parametrize(
    ("made", "fields"),
    [
        (Sentence("美国制裁朝鲜。", 3, 10, 0), ("美国制裁朝鲜。", 3, 10, 0, 0)),
        (Sentence("朝方谴责。", 10, 15, 1, paragraph=2), ("朝方谴责。", 10, 15, 1, 2)),
        (
            Actor("甘羽", "甘羽", "Person", known=False),
            ("甘羽", "甘羽", "Person", (), None, None, False),
        ),
        (Mention(USA, "美国", 3, 5), (USA, "美国", 3, 5, "gazetteer", None, "", "")),
        (
            Mention(USA, "美", 0, 1, via="compound", group=0),
            (USA, "美", 0, 1, "compound", 0, "", ""),
        ),
        (
            Mention(USA, "美国", 3, 5, written="美國", written_label="美國"),
            (USA, "美国", 3, 5, "gazetteer", None, "美國", "美國"),
        ),
    ],
)
def test_quick_init_makes_the_dataclass(made, fields):
    assert dataclasses.astuple(made) == dataclasses.astuple(type(made)(*fields))
    assert tuple(getattr(made, f.name) for f in dataclasses.fields(made)) == fields
    assert made == type(made)(*fields) and hash(made) == hash(type(made)(*fields))
    assert pickle.loads(pickle.dumps(made)) == made
    first = dataclasses.fields(made)[0].name
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(made, first, None)


def test_replace_and_missing_argument():
    sentence = Sentence("美国制裁朝鲜。", 3, 10, 0)
    assert dataclasses.replace(sentence, start=4) == Sentence("美国制裁朝鲜。", 4, 10, 0)
    with pytest.raises(TypeError):
        Sentence("美国制裁朝鲜。", 3)  # type: ignore[call-arg]
