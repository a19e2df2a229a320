"""Round 39, helper sv: world news as Taiwan's and Hong Kong's press writes it. Sentences written
for the tests after the pages of eval/audit39/sv and the traditional-script dev pages (audit33
wg/we, audit34 ya, dev38 ob, audit35 qd)."""

from __future__ import annotations

from tests.data.sentences import events_of

# -- 1. 以國, 敘國, 沙國, 土國, 黎國: Taiwan's short names of Middle Eastern states ----------------


def test_yiguo_is_israel_but_not_before_a_word_opening_with_guo() -> None:
    """以國 is Israel in Taiwan's press (以國空襲…); 以國家安全為由 is "on grounds of national
    security", and 以國防軍 is Israel's army, not the country."""
    assert ("以色列", "ASSAULT", "黎巴嫩", "asserted") in events_of("以國今天空襲黎巴嫩南部。")
    found = events_of("美國以國家安全為由制裁中國企業，並以國際法為依據譴責伊朗。")
    assert not any("以色列" in (s, o) for s, _, o, _ in found)
    assert ("以军", "ASSAULT", "黎巴嫩", "asserted") in events_of("以國防軍今天空襲黎巴嫩。")


def test_syria_and_lebanon_by_their_short_names() -> None:
    assert ("叙利亚", "ACCUSE", "以色列", "asserted") in events_of("敘國政府嚴正譴責以色列。")
    found = events_of("黎巴嫩通報，以色列空襲造成黎國死亡人數增至123人。")
    assert ("以色列", "ASSAULT", "黎巴嫩", "asserted") in found


def test_saudi_and_turkish_short_names_act() -> None:
    assert ("沙特阿拉伯", "ACCUSE", "以色列", "asserted") in events_of("沙國政府譴責以色列。")
    assert ("土耳其", "REQUEST", "希腊", "asserted") in events_of("土國要求希臘停止挑釁。")


# -- 2. names of people as CNA, udn and LTN spell them -------------------------------------------


def test_taiwan_spellings_of_witkoff_and_stubb() -> None:
    assert ("威特科夫", "CONSULT", "普京", "intended") in events_of(
        "威科夫明天將在莫斯科與普亭會面。"
    )
    assert ("斯图布", "CONSULT", "泽连斯基", "asserted") in events_of(
        "史塔布今天與澤倫斯基通電話。"
    )


def test_taiwan_spellings_of_turk_and_zakharova() -> None:
    assert ("蒂尔克", "ACCUSE", "快速支援部队", "asserted") in events_of(
        "圖克今天譴責快速支援部隊。"
    )
    assert ("扎哈罗娃", "ACCUSE", "乌克兰", "asserted") in events_of("沙卡洛娃今天指責烏克蘭。")


# -- 3. a Sudanese town is no France; 她們 is no woman named before --------------------------


def test_el_fasher_written_fashe_is_sudan_not_france() -> None:
    """法舍 (El Fasher, AP's and udn's spelling): its 法 is no France (sv-07)."""
    found = events_of("快速支援部隊攻占法舍，造成數千人喪生。")
    assert not any("法国" in (s, o) for s, _, o, _ in found)
    assert ("快速支援部队", "ASSAULT", "苏丹", "asserted") in found


def test_they_women_is_not_the_last_woman_named() -> None:
    """她們 (the women targeted) read as 她 made the UN rights chief named before accused."""
    text = (
        "聯合國人權事務高級專員圖克說，快速支援部隊的暴行令人震驚。"
        "快速支援部隊戰士以婦女和女孩為目標，指控她們與軍方有聯繫。"
    )
    found = events_of(text)
    assert not any(o in ("蒂尔克", "图克", "圖克") for _, t, o, _ in found if t == "ACCUSE")


# -- 4. 矢言, the vow Taiwan's press writes for 誓言 ------------------------------------------


def test_vow_of_revenge_written_shiyan_is_a_threat() -> None:
    assert ("伊朗", "THREATEN", "以色列", "asserted") in events_of("伊朗矢言將對以色列實施報復。")
    assert ("真主党", "THREATEN", "以色列", "asserted") in events_of("真主黨矢言向以色列復仇。")
