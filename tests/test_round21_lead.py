"""An easing of sanctions ruled out in the clause that says what follows if a demand fails
(要求…,否则不会解除对X的制裁) is sanctions kept, not a conditional concession; an easing
promised under a condition, one done, and a plain negated one keep their readings.

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import events_of

RULED_OUT = [
    "美方要求伊朗先停止浓缩铀活动，否则不会解除对伊制裁。",
    "欧盟要求俄方立即撤军，不然不会放松对俄制裁。",
    "美国要求委内瑞拉举行自由选举，否则不会取消对委制裁。",
]


@pytest.mark.parametrize("text", RULED_OUT)
def test_easing_ruled_out_after_a_demand_concedes_nothing(text: str) -> None:
    assert not {e for e in events_of(text) if e[1] == "CONCEDE"}


KEPT = [
    ("美国表示，如果朝鲜放弃核武器，将解除对朝制裁。", ("美国", "CONCEDE", "朝鲜", "hypothetical")),
    ("美国放松了对白俄罗斯航空公司的制裁。", ("美国", "CONCEDE", "白俄罗斯", "asserted")),
    ("美国表示在朝鲜弃核前不会放松对朝制裁。", ("美国", "CONCEDE", "朝鲜", "negated")),
]


@pytest.mark.parametrize(("text", "event"), KEPT)
def test_other_easings_keep_their_reading(text: str, event: tuple[str, str, str, str]) -> None:
    assert event in events_of(text)


# -- Taiwan and Hong Kong renderings of people and bodies in the news (traditional script) --

RENDERINGS = [
    ("普亭譴責美國的制裁。", ("普京", "ACCUSE", "美国")),
    ("修伊古會見中國國防部長。", ("绍伊古", "CONSULT", "中国")),
    ("魯卡申柯訪問北京。", ("卢卡申科", "CONSULT", "中国")),
    ("哈米內警告美國。", ("哈梅内伊", "THREATEN", "美国")),
    ("米雷伊訪問美國。", ("米莱", "CONSULT", "美国")),
    ("克宮批評美國。", ("俄罗斯", "ACCUSE", "美国")),
    ("華格納攻擊馬利政府軍。", ("瓦格纳集团", "ASSAULT", "马里军队")),
]


@pytest.mark.parametrize(("text", "event"), RENDERINGS)
def test_taiwan_and_hong_kong_renderings_name_the_actor(
    text: str, event: tuple[str, str, str]
) -> None:
    assert event in {e[:3] for e in events_of(text)}


def test_a_chinese_given_name_is_no_foreign_leader() -> None:
    # 安华 renders Anwar in Malaysia's Chinese press, but is a common given name here
    assert not events_of("经济学家李安华会见日本代表团。")
