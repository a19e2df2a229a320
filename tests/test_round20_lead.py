"""Citizens named by their country: 拘留加拿大公民X holds the person, not Canada.

Detentions, trials and releases of foreigners are a staple of international news, and the
person is written after the country and 公民. The title list names 公民 as a title of kind
citizen: the name after it is found as after any title, the country before it is the
person's (it neither acts nor suffers), and it gives no role, since it is no post.

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import article, events_of

from kg.extract import extract_article
from kg.gazetteer import load_gazetteer


def _pairs(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text)}


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("中国国家安全机关依法拘留加拿大公民康明思。", ("中国", "COERCE", "康明思")),
        ("朝鲜释放了美国公民奥托·瓦姆比尔。", ("朝鲜", "RETREAT", "奥托·瓦姆比尔")),
        ("俄罗斯法院判处美国公民保罗·惠兰16年监禁。", ("俄罗斯法院", "COERCE", "保罗·惠兰")),
        ("伊朗当局逮捕了法国公民本杰明·布里耶尔。", ("伊朗", "COERCE", "本杰明·布里耶尔")),
    ],
)
def test_the_citizen_is_the_target(text: str, event: tuple[str, str, str]) -> None:
    pairs = _pairs(text)
    assert event in pairs
    country = {"康明思": "加拿大", "奥托·瓦姆比尔": "美国", "保罗·惠兰": "美国"}.get(event[2])
    if country:
        assert (event[0], event[1], country) not in pairs


def test_citizens_without_a_name_stay_with_their_country() -> None:
    # no name follows: the country stands for its people, as before
    assert ("朝鲜", "RETREAT", "美国") in _pairs("朝鲜释放了三名美国公民。")


@pytest.mark.parametrize(
    "text",
    [
        "中国国家安全机关依法拘留加拿大公民康明思。",
        "朝鲜释放了美国公民奥托·瓦姆比尔。",
    ],
)
def test_a_citizen_holds_no_post(text: str) -> None:
    result = extract_article(article(text), load_gazetteer())
    assert result.roles == []


def test_a_journalist_still_holds_a_post() -> None:
    # the near miss: 记者 is a post with an employer, and stays a role
    result = extract_article(article("俄罗斯逮捕美国记者埃文·格什科维奇。"), load_gazetteer())
    assert [(r.person.actor.label, r.title) for r in result.roles] == [("埃文·格什科维奇", "记者")]
