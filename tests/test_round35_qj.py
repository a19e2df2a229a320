"""Round 35 (qj): false events that recur across the dev-side sets (audit33 w?, audit34 y?,
session 35's fresh sets). Sentences are written for the test in the construction the pages
used, with near misses whose event must stay.
"""

from __future__ import annotations

import pytest
from sentences import events_of


def _pairs(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text)}


# 公报中指出…呼吁联合国 (ye), 聲明說，英法德…啟動…制裁 (qh): the document is nobody's target;
# the appeal its issuer makes stays.
def test_a_communique_is_no_target() -> None:
    found = _pairs(
        "苏丹过渡政府发表公报。公报中指出，苏丹政府认定快速支援部队对此次炮击负全部责任，"
        "并呼吁联合国和非洲联盟采取坚定立场。"
    )
    assert ("苏丹", "ACCUSE", "非盟") not in found
    assert ("苏丹", "REQUEST", "联合国") in found


# 中方与塔利班执政当局商定在杜哈举行会面 (ye), 经双方商定，…将于…举行对话 (qi): a meeting
# arranged is the meeting (CONSULT intended), no agreement.
@pytest.mark.parametrize(
    "text, pair",
    [
        (
            "外交部发言人表示，中方与巴基斯坦商定在伊斯兰堡举行新一轮战略对话。",
            ("中国", "巴基斯坦"),
        ),
        ("泰国与柬埔寨商定下周在曼谷举行边境委员会会议。", ("泰国", "柬埔寨")),
    ],
)
def test_a_meeting_arranged_is_no_agreement(text: str, pair: tuple[str, str]) -> None:
    found = _pairs(text)
    assert not {(pair[0], "AGREE", pair[1]), (pair[1], "AGREE", pair[0])} & found
    deal = _pairs("东盟与缅甸军政府在雅加达商定五点共识。")  # a deal settled stays one
    assert {("东盟", "AGREE", "缅甸"), ("缅甸", "AGREE", "东盟")} & deal


# 無人機經白俄羅斯進入波蘭 (yb), 以色列利用美国…领空 (qb), 用中国作跳板网络攻击 (wh): the
# country an attack goes through or is launched from is not the attacker.
@pytest.mark.parametrize(
    "text, event",
    [
        (
            "黎巴嫩真主党称，以色列战机经叙利亚领空袭击了黎巴嫩东部。",
            ("叙利亚", "ASSAULT", "黎巴嫩"),
        ),
        (
            "报道称，乌克兰无人机途经白俄罗斯袭击了俄罗斯境内的炼油厂。",
            ("白俄罗斯", "ASSAULT", "俄罗斯"),
        ),
        (
            "声明指出，以色列利用约旦领空，对伊朗境内目标发动空袭，严重违反国际法。",
            ("约旦", "ASSAULT", "伊朗"),
        ),
        ("报道称，黑客组织用越南作跳板网络攻击日本政府网站。", ("越南", "ASSAULT", "日本")),
    ],
)
def test_the_route_of_an_attack_is_no_attacker(text: str, event: tuple[str, str, str]) -> None:
    assert event not in _pairs(text)


# 推进各领域交流合作 (qe), 继续加强各层次的交流与合作 (gold: COOPERATE): exchanges named with
# cooperation are the cooperation, no talks of their own.
@pytest.mark.parametrize(
    "text",
    [
        "会谈中，双方同意继续加强各层次的交流与合作。",
        "两国外长表示，将持续推进防务领域交流合作。",
    ],
)
def test_exchange_and_cooperation_is_cooperation_only(text: str) -> None:
    text = "印尼外长与马来西亚外长在吉隆坡举行会谈。" + text
    found = events_of(text)
    consult = {e for e in found if e[1] == "CONSULT" and e[3] != "asserted"}
    assert not consult
    assert any(e[1] == "COOPERATE" for e in found)


# 已召見印度駐巴臨時代辦，以表達其對“印度…”的強烈抗議 (ye), 召喚中國駐倫敦大使表達抗議 (qj): the
# protest a summons goes on to express is the summoner's, not the summoned envoy's; a protest
# clause with its own subject stays.
@pytest.mark.parametrize(
    "text, event",
    [
        ("法國外交部今天召喚俄羅斯駐巴黎大使表達抗議。", ("俄罗斯", "PROTEST", "法国外交部")),
        (
            "印度外交部表示，已召見巴基斯坦駐印度高級專員，"
            "以表達其對“巴基斯坦無端在控制線附近發動炮擊的強烈抗議”。",
            ("巴基斯坦", "PROTEST", "印度外交部"),
        ),
    ],
)
def test_the_summoned_envoy_does_not_protest(text: str, event: tuple[str, str, str]) -> None:
    assert event not in _pairs(text)
    own = _pairs("日本外务省召见中国驻日大使，中方则对日方提出强烈抗议。")
    assert ("中国", "PROTEST", "日本") in own
