"""Round 55, branch f55a: the Central Asia, Caucasus and Eastern Europe set (dg) and the trade,
technology and sanctions set (dh).

Taiwan's press names China's commerce ministry 大陆商务部 (qa, yn and dh list it under the
ministry): it is the ministry even after the article has named China. Taiwan's forms of
Kyrgyzstan (吉里吉斯) and Tokayev (托卡叶夫), the European Commission's full name
(欧洲联盟执行委员会) and names joined by a hyphen (伊拉克利-科巴希泽: not Iraq) are known;
俄国 gives its 国 to an organ that opens with it (俄国家杜马, as to 国防部). Bodies and
firms of the sanction lists (网络安全审查办公室, 闻泰, 长鑫, 商汤, 旷视), Azerbaijan Airlines
and the leaders of the Caucasus and the Balkans of 2024-2026 the gazetteer lacked (哈恰图良,
普连科维奇, 拉德夫) are known; the Suwałki Gap (苏瓦乌基) names no Fiji. The sentences are
written for these tests."""

from __future__ import annotations

import pytest
from sentences import events_of

from kg.actors import find_actors
from kg.gazetteer import load_gazetteer


def _plain(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text) if t != "ROLE"}


def _actors(text: str) -> list[tuple[str, str]]:
    gaz = load_gazetteer()
    return [(m.text, m.actor.label) for m in find_actors(text, 0, len(text), gaz).mentions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("中国外交部表示,大陆商务部批评荷兰的出口管制。", ("中国商务部", "ACCUSE", "荷兰")),
        ("吉里吉斯总统扎帕罗夫会见了哈萨克总统托卡叶夫。", ("托卡耶夫", "CONSULT", "扎帕罗夫")),
        ("总理伊拉克利-科巴希泽批评欧盟。", ("科巴希泽", "ACCUSE", "欧盟")),
        ("普连科维奇周二在萨格勒布会见了拉德夫。", ("拉德夫", "CONSULT", "普连科维奇")),
    ],
)
def test_forms_of_the_region_and_the_ministry(text, expected) -> None:
    plain = _plain(text)
    assert expected in plain or (expected[2], expected[1], expected[0]) in plain


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("俄国家杜马批评美国。", ("俄国家杜马", "俄罗斯国家杜马")),
        ("乌国防部批评俄罗斯。", ("乌国防部", "乌克兰国防部")),
        ("欧洲联盟执行委员会批评匈牙利。", ("欧洲联盟执行委员会", "欧盟委员会")),
        ("网络安全审查办公室审查了该公司产品。", ("网络安全审查办公室", "网络安全审查办公室")),
        ("美国将闻泰科技列入实体清单。", ("闻泰科技", "闻泰科技")),
        ("阿塞拜疆航空公司宣布停飞。", ("阿塞拜疆航空公司", "阿塞拜疆航空公司")),
    ],
)
def test_organs_and_firms(text, expected) -> None:
    assert expected in _actors(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("总理伊拉克利-科巴希泽为警方辩护。", "伊拉克"),  # a given name, not Iraq
        ("海浪形成巨大的浪潮。", "浪潮"),  # a wave, no company
        ("大陆架的划界问题复杂。", "中国"),  # the continental shelf
        ("北约担心俄军演练夺取苏瓦乌基走廊。", "斐济"),  # the Suwałki Gap, not Fiji's capital
    ],
)
def test_forms_that_name_no_such_actor(text, absent) -> None:
    assert absent not in {label for _, label in _actors(text)}
