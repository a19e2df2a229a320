"""Round 33, helper wg: constructions from an audit of overseas Chinese-language outlets on
international stories (sentences written for the test, in the style of those pages)."""

from data.sentences import events_of, roles_of


def test_pair_word_after_a_titled_meeting_partner_is_the_two_who_met():
    # 茂木…与菲律宾外交部长拉萨洛举行会谈,反对中国…,并确认双方…: 双方 are the two joined by 与
    # across the title of the second, not the last two actors named (拉萨洛 and 中国)
    found = events_of(
        "日本外务大臣茂木敏充与菲律宾外交部长拉萨洛在马尼拉举行会谈，"
        "反对中国试图改变现状，并确认双方将加强国防合作。"
    )
    assert ("茂木敏充", "COOPERATE", "拉扎罗", "intended") in found  # (拉萨洛: Lazaro)
    assert not any("中国" in (s, o) and t == "COOPERATE" for s, t, o, _ in found)


def test_a_date_before_the_join_keeps_the_pair():
    found = events_of(
        "澳大利亚外长黄英贤今天与印尼外长苏吉约诺在雅加达举行会谈，"
        "批评缅甸军政府，并表示双方将深化海上合作。"
    )
    assert ("黄英贤", "COOPERATE", "苏吉奥诺", "intended") in found  # (苏吉约诺: Sugiono)
    assert not any("缅甸" in (s, o) and t == "COOPERATE" for s, t, o, _ in found)


def test_name_after_a_title_ends_before_a_mediation_verb():
    # 马来西亚首相安华|斡旋下: the name is 安华, not 安华斡, and he mediates with both sides
    found = events_of("在马来西亚首相安华斡旋下，泰国和柬埔寨同意立即停火。")
    assert ("安华", "CONSULT", "泰国", "asserted") in found
    assert ("安华", "CONSULT", "柬埔寨", "asserted") in found
    assert ("安华", "马来西亚", "首相") in {
        r[:3] for r in roles_of("马来西亚首相安华调停两国冲突。")
    }


def test_taiwan_transliteration_with_rui_is_one_name():
    # 佛瑞德里克森 (the Taiwan form of Frederiksen): 瑞 is a syllable, not the end of the name
    found = events_of("丹麦总理佛瑞德里克森拒绝了美国购买格陵兰的提议。")
    assert ("佛瑞德里克森", "REJECT", "美国", "asserted") in found


def test_pair_word_after_a_signing_verb_is_not_addressed():
    # 签署双方部队能互相供应…的协定: the pair signs; it is the two who met, not an addressee
    found = events_of(
        "日本外务大臣茂木敏充今天与菲律宾外交部长拉萨洛在马尼拉举行会谈，反对中国试图改变现状。"
        "茂木与拉萨洛这次会谈，也签署双方部队能互相供应粮食的协定。"
    )
    assert ("茂木敏充", "AGREE", "拉扎罗", "asserted") in found
    assert not any("中国" in (s, o) and t == "AGREE" for s, t, o, _ in found)


def test_place_travelled_to_before_a_meeting_does_not_act():
    # 首站先到|以色列|会见萨尔: the traveller meets, not the place
    found = events_of("日本外相茂木敏充首站先到以色列会见以色列外交部长萨尔。")
    assert ("茂木敏充", "CONSULT", "萨尔", "asserted") in found
    assert events_of("王毅先到俄罗斯会见拉夫罗夫。") == {
        ("王毅", "CONSULT", "拉夫罗夫", "asserted")
    }


def test_border_fight_of_two_states_joined_by_yu():
    # 泰国与柬埔寨边境|冲突: a border fight between the two, not a fight at a place
    found = events_of("泰国与柬埔寨边境冲突再度升温，已有数十万人撤离。")
    assert ("泰国", "ASSAULT", "柬埔寨", "asserted") in found
    assert ("柬埔寨", "ASSAULT", "泰国", "asserted") in found
    found = events_of("泰国和柬埔寨边境冲突进入第三天。")
    assert ("泰国", "ASSAULT", "柬埔寨", "asserted") in found
    # 黎巴嫩和以色列边境的冲突: with 的 the border is where the fight is, not who fights
    assert not any(
        t == "ASSAULT" and {s, o} == {"黎巴嫩", "以色列"}
        for s, t, o, _ in events_of("黎巴嫩和以色列边境的冲突持续。")
    )


def test_reopening_a_border_eases_the_closure():
    # 重开/重新开放/恢复…口岸: the border closed to a country is opened again (CONCEDE)
    assert ("波兰", "CONCEDE", "白俄罗斯", "intended") in events_of(
        "波兰总理图斯克说，波兰将在本周恢复对白罗斯的边境口岸。"
    )
    assert ("立陶宛", "CONCEDE", "白俄罗斯", "asserted") in events_of(
        "立陶宛宣布重开对白俄罗斯边境口岸。"
    )
    assert ("波兰", "SANCTION", "白俄罗斯", "asserted") in events_of(
        "波兰关闭与白俄罗斯的所有铁路口岸。"
    )


def test_act_dated_by_the_day_before_still_happened():
    # 就在美军空袭委内瑞拉的|前一天|,…: the strike frames the day of the meeting; it took place
    found = events_of("就在美军空袭委内瑞拉的前一天，委国总统马杜罗会见了中国特使邱小琪。")
    assert ("美军", "ASSAULT", "委内瑞拉", "asserted") in found
    assert ("马杜罗", "CONSULT", "邱小琪", "asserted") in found


def test_stated_disagreement_objects_to_the_one_before():
    # 马里对此表示不同意: objecting to what Algeria's army did (as 表达了不同意见 is ACCUSE)
    found = events_of("阿尔及利亚军队击落了一架马里无人机。马里对此表示不同意。")
    assert ("马里", "ACCUSE", "阿尔及利亚", "asserted") in found


def test_zhi_after_a_title_opens_no_name():
    # 锡克教领袖|之死: 之 ties the title to a noun; 之死 is nobody
    found = events_of("加拿大指控印度是锡克教领袖之死的幕后黑手，随后驱逐一名印度外交官。")
    assert ("加拿大", "ACCUSE", "印度", "asserted") in found
    assert not any("之死" in (s, o) for s, _, o, _ in found)
    assert not any("之" in p for p, *_ in roles_of("美国总统之死震惊全国。"))
