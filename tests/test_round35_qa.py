"""Round 35, helper qa: SANCTION and CONCEDE on unseen news (sanctions, counter-sanctions and
their lifting). Each rule was seen on two dev-side sets at least (named above its tests)."""

from __future__ import annotations

from sentences import events_of

# -- a measure that 针对 aims at an actor with no 的 and no verb between
#    (fresh23 c1-dev 针对俄罗斯石油和天然气部门祭出最新制裁; qa-07 扩大针对俄公民大范围制裁)


def test_a_sanction_aimed_by_zhendui_at_citizens_hits_their_country() -> None:
    found = events_of("日方持续扩大针对俄公民大范围制裁。")
    assert ("日本", "SANCTION", "俄罗斯", "asserted") in found


def test_a_sanction_aimed_by_zhendui_at_a_sector_hits_its_country() -> None:
    found = events_of("欧盟针对俄罗斯石油和天然气部门祭出最新制裁，以削弱其战争能力。")
    assert ("欧盟", "SANCTION", "俄罗斯", "asserted") in found


def test_the_sanctions_a_counter_measure_answers_are_laid() -> None:
    found = events_of(
        "俄罗斯外交部宣布，作为对美方扩大针对俄罗斯官员大范围制裁的回应，禁止多名美国官员入境。"
    )
    assert ("美国", "SANCTION", "俄罗斯", "asserted") in found
    assert ("俄罗斯外交部", "SANCTION", "美国", "asserted") in found


# -- a person who lifts sanctions did not lay them; his country did
#    (audit34 ya 鲁比奥…宣佈暫停…對敘利亞實施的制裁; qa-09 特朗普…將取消…對敘利亞…的制裁)


def test_a_person_lifting_sanctions_is_no_sanctioner() -> None:
    found = events_of("美国国务卿鲁比奥19日宣布，暂停依据相关法律对叙利亚实施的制裁。")
    assert ("鲁比奥", "CONCEDE", "叙利亚", "asserted") in found
    assert not any(e[0] == "鲁比奥" and e[1] == "SANCTION" for e in found)


def test_a_president_cancelling_sanctions_is_no_sanctioner_but_a_country_still_is() -> None:
    found = events_of("特朗普在利雅得宣布，将取消对叙利亚的全部制裁。")
    assert ("特朗普", "CONCEDE", "叙利亚", "intended") in found
    assert not any(e[0] == "特朗普" and e[1] == "SANCTION" for e in found)
    found = events_of("西共体宣布解除对马里的部分制裁。")
    assert ("西非国家经济共同体", "CONCEDE", "马里", "asserted") in found
    assert ("西非国家经济共同体", "SANCTION", "马里", "asserted") in found


# -- talks named by the truce they seek are talks, not the truce (audit34 ya 推动以色列与哈马斯
#    之间的停火谈判; fresh qi 加沙停火谈判8日进入第三天)


def test_ceasefire_talks_are_talks_not_a_truce() -> None:
    found = events_of("埃及官员说，以色列与哈马斯之间的停火谈判当天在开罗继续举行。")
    assert ("以色列", "CONSULT", "哈马斯", "asserted") in found
    assert not any(e[1] == "CONCEDE" for e in found)


def test_ceasefire_talks_held_are_talks_held() -> None:
    found = events_of("以色列和哈马斯在多哈举行停火谈判。")
    assert ("以色列", "CONSULT", "哈马斯", "asserted") in found
    assert not any(e[1] == "CONCEDE" for e in found)


# -- a sanction then 未 and a verb: not lifted (CONCEDE negated), or not laid (SANCTION negated)
#    (fresh qj 对李尚福实施制裁至今仍未解除; audit34 ya 联合国及欧洲对伊朗的制裁并未恢复)


def test_a_sanction_still_not_lifted_is_a_concession_refused() -> None:
    found = events_of("欧盟多年前对白俄罗斯官员实施的制裁至今仍未解除。")
    assert ("欧盟", "SANCTION", "白俄罗斯", "asserted") in found
    assert ("欧盟", "CONCEDE", "白俄罗斯", "negated") in found


def test_a_sanction_not_restored_is_not_laid() -> None:
    found = events_of("分析人士指出，安理会对朝鲜的制裁并未恢复。")
    assert ("安理会", "SANCTION", "朝鲜", "negated") in found
