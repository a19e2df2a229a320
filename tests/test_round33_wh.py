"""Round 33, helper wh: constructions from an audit of military and security news between
states (airspace incidents, exercises, expulsions; sentences written for the test, in the
style of those pages)."""

from data.sentences import events_of


def test_illegal_intrusion_is_the_act_as_well_as_the_charge():
    # 非法闯入…领空: the judgement 非法闯入 took the span of the act's first part, so the
    # split act 闯入…领空 was never read; the intrusion and the speaker's charge are both events
    found = events_of("南部战区新闻发言人称，越南一架军机非法闯入中国西沙群岛领空。")
    assert ("越南", "ASSAULT", "中国", "asserted") in found


def test_illegal_intrusion_after_a_clause_keeps_the_intruder():
    # the clause before names the intruder; the speaker's charge read first made the speaker
    # the one who intrudes
    found = events_of("发言人指出，3月5日，菲律宾2架军机未经中国政府同意，非法进入中国黄岩岛领空。")
    assert ("菲律宾", "ASSAULT", "中国", "asserted") in found
    assert not any(s == "发言人" and t == "ASSAULT" for s, t, _, _ in found)


def test_without_leave_is_no_negation():
    # 未经允许: "without leave" — the intrusion happened
    found = events_of("日本防卫省称，俄罗斯一架侦察机未经许可侵入日本领空。")
    assert ("俄罗斯", "ASSAULT", "日本", "asserted") in found
    assert not any(st == "negated" for _, t, _, st in found if t == "ASSAULT")


def test_owner_of_an_aircraft_named_with_de_acts_through_it():
    # 一架俄罗斯的飞机侵入日本领空: the owner before 的 is no mere possessor here
    found = events_of("一架俄罗斯的军机周三上午侵入日本领空。")
    assert ("俄罗斯", "ASSAULT", "日本", "asserted") in found


def test_owner_of_a_ship_named_with_de_acts_through_it():
    found = events_of("两艘俄罗斯的军舰闯入日本领海。")
    assert ("俄罗斯", "ASSAULT", "日本", "asserted") in found


def test_hackers_accessing_an_account_is_no_visit():
    # 访问…电子邮件账户: gaining access to an account, not a visit to the one who owns it
    found = events_of("报道称，黑客访问了日本驻华大使的电子邮件账户。")
    assert not any(t == "CONSULT" for _, t, _, _ in found)
    found = events_of("据报道，与朝鲜有关的黑客访问了韩国国防部的数据库。")
    assert not any(t == "CONSULT" for _, t, _, _ in found)
    found = events_of("王毅访问日本并会见岸田文雄。")  # (a visit stays a visit)
    assert ("王毅", "CONSULT", "日本", "asserted") in found


def test_spreading_disinformation_is_the_speakers_charge():
    # 散布虚假信息: a spokesperson's charge against whom the words are about
    found = events_of("发言人毛宁表示，英方一再散布虚假信息。")
    assert ("毛宁", "ACCUSE", "英国", "asserted") in found


def test_hacker_empire_is_the_speakers_charge():
    found = events_of("发言人汪文斌表示，这些事实证明美国是真正的黑客帝国。")
    assert ("汪文斌", "ACCUSE", "美国", "asserted") in found


def test_scrambling_fighters_deploys_against_the_intruder():
    # 紧急升空: a deployment against the side whose incursion the sentence reported
    found = events_of("一架中国无人机进入日本领空，日本航空自卫队随即派出战机紧急升空。")
    assert ("日本航空自卫队", "MOBILIZE", "中国", "asserted") in found


def test_self_defense_force_branches_are_their_own_actors():
    found = events_of("日本海上自卫队与澳大利亚海军举行联合演习。")
    assert any(s == "日本海上自卫队" and t == "COOPERATE" for s, t, _, _ in found)


def test_a_topic_clause_before_a_judgement_is_not_judged():
    # 在当前乌克兰|形势下,…散布虚假信息: the clause is about Ukraine's situation; Ukraine is
    # not the one judged
    found = events_of("赵立坚表示，在当前乌克兰形势下，上述行为可能产生散布虚假信息的效果。")
    assert not any(o == "乌克兰" for _, _, o, _ in found)
    found = events_of("毛宁表示，在台湾问题上，美方一再散布虚假信息。")
    assert ("毛宁", "ACCUSE", "美国", "asserted") in found


def test_joining_hands_to_spread_claims_is_no_cooperation():
    # 他们联手|发布虚假信息报告: publishing claims together is saying, not material cooperation
    found = events_of("发言人说，英国、加拿大和澳大利亚联手发布虚假信息报告，本身就很讽刺。")
    assert not any(t == "COOPERATE" for _, t, _, _ in found)
    found = events_of("美国和日本联手打击海盗。")  # (doing together is still cooperation)
    assert ("美国", "COOPERATE", "日本", "asserted") in found
