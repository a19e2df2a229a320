"""Round 39, helper su: names kg did not know, mined from the corpora kg meets (Terminus's 612
articles, the ir pages, the dev sets' texts) by kg's own stages, and added as gazetteer rows;
and the Taiwan and Hong Kong renderings of known names that folding traditional characters to
simplified ones cannot reach. Sentences written for the tests."""

from __future__ import annotations

import pytest
from sentences import events_of

# -- bodies and people of mainland news, named bare ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("中宣部批评美国国务院。", ("中共中央宣传部", "ACCUSE", "美国国务院")),
        ("钟南山会见世卫组织专家组。", ("钟南山", "CONSULT", "世界卫生组织")),
        ("钟南山批评美国疾控中心。", ("钟南山", "ACCUSE", "美国")),
        ("广电总局约谈腾讯负责人。", ("国家广播电视总局", "CONSULT", "腾讯")),
    ],
)
def test_a_mainland_body_or_person_named_bare_acts(text: str, event: tuple[str, str, str]) -> None:
    """Terminus names 国家卫健委 (17 articles), 广电总局 (13), 中宣部 (5), 李文亮 (18),
    钟南山 (18) with no title or country before them: kg found no actor there."""
    assert event in {(s, t, o) for s, t, o, _ in events_of(text)}


def test_a_traditional_script_form_of_an_added_body_is_found() -> None:
    """國家衛健委 folds to the simplified form added (a Hong Kong page on the
    mainland)."""
    found = {(s, t, o) for s, t, o, _ in events_of("國家衛健委批評世衛組織。")}
    assert ("国家卫生健康委员会", "ACCUSE", "世界卫生组织") in found


# -- Taiwan and Hong Kong renderings: other names, not other characters ----------------------


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("小布殊會見戈巴契夫。", ("小布什", "CONSULT", "戈尔巴乔夫")),
        ("柴契爾夫人批評史達林。", ("撒切尔", "ACCUSE", "斯大林")),
        ("吉布堤譴責胡塞武裝襲擊商船。", ("吉布提", "ACCUSE", "胡塞武装")),
        ("阿拉伯半島蓋達組織襲擊也門政府軍。", ("阿拉伯半岛基地组织", "ASSAULT", "也门军队")),
        ("班傑明·納坦雅胡會見安東尼歐·古特瑞斯。", ("内塔尼亚胡", "CONSULT", "古特雷斯")),
        ("弗拉迪米爾·普丁批評烏蘇拉·范德賴恩。", ("普京", "ACCUSE", "冯德莱恩")),
    ],
)
def test_a_taiwan_or_hong_kong_rendering_names_the_known_actor(
    text: str, event: tuple[str, str, str]
) -> None:
    """小布殊 (Hong Kong's Bush), 戈巴契夫, 柴契爾, 史達林, 吉布堤, 蓋達組織 (Taiwan's al-Qaeda)
    fold to 小布殊, 戈巴契夫…, which are no simplified form of the names kg knows; a dotted name
    with Taiwan's given name (班傑明, 弗拉迪米爾, 安東尼歐, 烏蘇拉) was a new unknown person."""
    assert event in {(s, t, o) for s, t, o, _ in events_of(text)}
