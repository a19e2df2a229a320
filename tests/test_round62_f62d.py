"""Round 62 (f62d): the secretary of a council (最高国家安全委员会秘书拉里贾尼) holds a post in
it; Ukraine's National Security and Defense Council is a body of the gazetteer; checked on
sentences written for these tests."""

from __future__ import annotations

from sentences import events_of, roles_of

# -- 秘书 after a council: the post is in the council --


def test_secretary_of_a_security_council_holds_a_post_in_it() -> None:
    found = roles_of("伊朗最高国家安全委员会秘书拉里贾尼周日抵达贝鲁特。")
    assert ("拉里贾尼", "伊朗最高国家安全委员会", "秘书") in found


def test_secretary_of_ukraines_defense_council() -> None:
    found = roles_of("乌克兰国家安全与国防委员会秘书乌梅罗夫周三抵达日内瓦。")
    assert ("乌梅罗夫", "乌克兰国家安全与国防委员会", "秘书") in found


def test_a_secretariat_is_no_secretary() -> None:
    assert not roles_of("联合国秘书处周五发表声明。")


def test_the_press_secretary_stays_one_post() -> None:
    found = roles_of("白宫新闻秘书莱维特周二表示，总统将出席峰会。")
    assert all(title == "新闻秘书" for _, _, title in found)


# -- 陆军 is an army, any country's: not 陆 (China in Taiwan's press) and its forces --


def test_an_army_chief_is_no_officer_of_chinas_forces() -> None:
    found = roles_of("白宫请陆军部长德里斯科尔和陆军参谋长乔治将军出面。")
    assert ("乔治", "美国", "陆军参谋长") in found
    assert not any(org == "中国人民解放军" for _, org, _ in found)


def test_a_bare_army_chief_is_not_chinas() -> None:
    found = roles_of("陆军参谋长扎曼周一发表电视演说。")
    assert not any(org == "中国人民解放军" for _, org, _ in found)


def test_a_service_chief_holds_his_post_in_the_country() -> None:
    found = roles_of("巴基斯坦空军参谋长西杜周三表示将加强戒备。")
    assert ("西杜", "巴基斯坦", "空军参谋长") in found


def test_the_mainland_side_stays_china() -> None:
    found = events_of("陆委会批评陆方打压台湾。")
    assert ("大陆委员会", "ACCUSE", "中国", "asserted") in found


# -- a man, a woman or a citizen named by their country is a private person, not the state --


def test_a_national_sentenced_is_not_his_state() -> None:
    found = events_of(
        "该名日本男子在大连经营一家餐馆,去年被捕后,今年5月被大连市中级人民法院判处有期徒刑。"
    )
    assert ("大连市中级人民法院", "COERCE", "日本", "asserted") not in found


def test_a_citizen_sentenced_is_not_her_state() -> None:
    found = events_of("一名美国公民在莫斯科工作多年,去年被捕后,今年被俄罗斯法院判处10年徒刑。")
    assert ("俄罗斯法院", "COERCE", "美国", "asserted") not in found


def test_the_state_sentencing_stays() -> None:
    found = events_of("俄罗斯法院判处美国公民乔尔·斯通10年徒刑。")
    assert ("俄罗斯法院", "COERCE", "乔尔·斯通", "asserted") in found


# -- a post in a person's service after the person's name is not the person's own post --


def test_a_leaders_secretary_is_no_post_of_the_leader() -> None:
    found = roles_of("我直到后来才知道他曾当过毛主席秘书。")
    assert not any(person == "毛泽东" for person, _, _ in found)
