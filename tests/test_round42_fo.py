"""Round 42, helper fo: actors the gazetteer lacked in the fields of the newest outsider sets
(Russia–Ukraine, China's diplomacy, the Americas, Southeast Asia in Taiwan's press, Europe and
the multilateral bodies), and the Taiwan renderings of people it knew under another name.
Sentences written for the tests."""

from __future__ import annotations

from kg.gazetteer import load_gazetteer
from tests.data.sentences import events_of, roles_of


def _actor_of(surface: str) -> str | None:
    """The key of the actor the gazetteer finds for the whole of ``surface``, else None."""
    hit = load_gazetteer().match_at(surface, 0)
    return hit[1].key if hit is not None and hit[0] == surface else None


def test_security_intelligence_services_of_new_zealand_canada_australia() -> None:
    """新西兰情报安全机构…污蔑中国: the service was no actor, so its accusation was lost."""
    events = events_of("新西兰情报安全机构多次散布谣言,污蔑攻击中国。")
    assert ("新西兰安全情报局", "ACCUSE", "中国", "asserted") in events
    assert _actor_of("加拿大安全情报局") == "CAN_CSIS"
    assert _actor_of("澳大利亚安全情报组织") == "AUS_ASIO"


def test_quad_under_the_name_chinas_spokespeople_give_it() -> None:
    """“四边机制” (quoted, or after 美日印澳) is the Quad; bare 四边机制 names other four-way
    mechanisms too (中阿巴塔四边机制) and stays out."""
    assert _actor_of("“四边机制”") == "QUAD"
    assert _actor_of("美日印澳四边机制") == "QUAD"
    assert _actor_of("四边机制") is None


def test_russian_oil_company_and_ukrainian_drone_forces() -> None:
    events = events_of("美国财政部当天宣布制裁苏尔古特石油天然气公司。")
    assert ("美国财政部", "SANCTION", "苏尔古特石油天然气公司", "asserted") in events
    events = events_of("乌克兰总参谋部说,乌无人机系统部队当天袭击了俄罗斯一座炼油厂。")
    assert ("乌克兰无人机系统部队", "ASSAULT", "俄罗斯", "asserted") in events
    assert _actor_of("无人机系统部队") is None  # (Russia has one too)


def test_delta_force_is_its_own_unit() -> None:
    assert _actor_of("美军三角洲特种部队") == "USA_DELTA"
    assert _actor_of("三角洲特种部队") == "USA_DELTA"


def test_taiwan_press_coast_guard_of_another_state() -> None:
    """菲律宾海巡队 (Taiwan's word) is the Philippine coast guard, as 菲律宾海警 is."""
    events = events_of("菲律賓海巡隊發言人今天批評中國海警船隻的危險行為。")
    assert ("菲律宾海警", "ACCUSE", "中国海警", "asserted") in events


def test_taiwan_renderings_of_known_people() -> None:
    """The Taiwan forms name the people the gazetteer lists under the mainland forms."""
    for surface, key in [
        ("菲丹", "FIDAN"),
        ("林德伟", "LAMMY"),
        ("瓦德福", "WADEPHUL"),
        ("马勒斯", "MARLES"),
        ("铁欧多洛", "TEODORO"),
        ("拉萨洛", "LAZARO"),
        ("狄西哈", "TEA_SEIHA"),
        ("纳克帕尼特", "NATTHAPHON"),
        ("参威拉恭", "ANUTIN"),
        ("厄伯拉特", "EBRARD"),
        ("恩巴罗", "EMBALO"),
        ("居莱尔", "GULER"),
    ]:
        assert _actor_of(surface) == key, surface
    events = events_of("泰國總理參威拉恭今天宣布暫停履行與柬埔寨的和平協議。")
    assert ("阿努廷", "REJECT", "柬埔寨", "asserted") in events


def test_new_people_with_their_posts() -> None:
    roles = roles_of("國台辦宣布將內政部長劉世芳與教育部長鄭英耀列為所謂台獨頑固分子。")
    assert ("刘世芳", "台湾内政部", "内政部长") in roles
    assert ("郑英耀", "台湾", "教育部长") in roles
    roles = roles_of("駐美代表俞大㵢與AIT執行理事藍鶯當天簽署合作備忘錄。")
    assert ("蓝莺", "美国在台协会", "执行理事") in roles
    roles = roles_of("荷蘭經濟事務大臣卡雷曼思表示,將與中方保持聯繫。")
    assert any(p == "卡雷曼斯" for p, _, _ in roles)
    events = events_of("欧盟驻华大使庹尧诲近日批评中方的出口管制措施。")
    assert any(s == "庹尧诲" for s, _, _, _ in events)


def test_un_special_rapporteur_in_taiwan_press() -> None:
    """特别调查员 is Taiwan's word for a UN special rapporteur: the name after it holds a post in
    the United Nations."""
    roles = roles_of("聯合國人權情況特別調查員安德魯斯(Tom Andrews)今天呼籲軍政府停止空襲。")
    assert any(o == "联合国" and t == "特别调查员" for _, o, t in roles)


def test_houthi_prime_minister_gives_no_post_in_yemen() -> None:
    roles = roles_of("「青年運動」宣布,他們的總理拉哈維在以色列空襲中喪生。")
    assert not any(o == "也门" for _, o, _ in roles)
    events = events_of("以色列空袭炸死了胡塞武装的总理拉哈维。")
    assert any(o in {"艾哈迈德·拉哈维", "胡塞武装"} for _, _, o, _ in events)
