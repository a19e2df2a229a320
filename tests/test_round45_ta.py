"""Round 45, helper ta: subjects not written in the clause (topic chains). Sentences written
for the tests in the style of Chinese international news."""

from __future__ import annotations

import pytest

from tests.data.sentences import events_of

# -- …,并誓言…: 并 joins a verb phrase to the clause before, whose subject goes on -------------
# jieba tags 誓言 (and 声明, 警告…) a noun after 并, and _noun_subject read it as the clause's
# own subject, so the clause borrowed none (qh 04: 三国…,称他们“…”,并誓言要维持和加强对平壤的
# 国际制裁 lost the three sanctions planned; 7 sets hold a 并 clause the gate read so).

GOES_ON = [
    ("美国举行会谈，并誓言制裁朝鲜。", ("美国", "SANCTION", "朝鲜", "intended")),
    ("美国发表声明，并誓言要加强对朝鲜的制裁。", ("美国", "SANCTION", "朝鲜", "intended")),
    (
        "俄罗斯总统访问印度，并誓言要加强对乌克兰的打击。",
        ("俄罗斯", "ASSAULT", "乌克兰", "intended"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), GOES_ON)
def test_clause_opened_by_bing_goes_on_with_the_subject_before(text, expected) -> None:
    assert expected in events_of(text)


# the clause after 并 names its own actor, or a noun subject opens a clause without 并: unchanged
KEEPS_OWN = [
    ("美国访问日本，并与日本签署协议，朝鲜则谴责美国。", ("朝鲜", "ACCUSE", "美国")),
    ("美国举行会谈，国际社会普遍谴责朝鲜。", None),
    ("美国举行会谈，并且国际社会普遍谴责朝鲜。", None),  # 并且 may open a noun subject
]


@pytest.mark.parametrize(("text", "expected"), KEEPS_OWN)
def test_own_subject_is_kept(text, expected) -> None:
    found = {(s, t, o) for s, t, o, _ in events_of(text)}
    if expected is None:
        assert not any(t == "ACCUSE" and s == "美国" for s, t, _ in found)
    else:
        assert expected in found
        assert not any(t == "ACCUSE" and s == "美国" for s, t, _ in found)
