"""Round 47, helper ca: status errors (right pair and type, wrong status).
Sentences written for the tests in the style of Chinese international news."""

from __future__ import annotations

from tests.data.sentences import events_of


def _events(text: str) -> set[tuple[str, str, str, str]]:
    return set(events_of(text))


# -- what two sides need to do, or call necessary, is intended ----------------------------------
# (需要相互接触, 保持沟通是必要的, 加强合作的必要性: coded intended in jk, la, lb, na, ua)


def test_talks_two_sides_need_to_hold_are_intended() -> None:
    found = _events("塔利班发言人表示，阿富汗和美国需要相互接触。")
    assert ("阿富汗", "CONSULT", "美国", "intended") in found
    assert ("阿富汗", "CONSULT", "美国", "asserted") not in found


def test_talks_called_necessary_are_intended() -> None:
    found = _events("日本外相表示，与俄罗斯保持沟通是必要的。")
    assert any(t == "CONSULT" and o == "俄罗斯" and s == "intended" for _, t, o, s in found)
    assert not any(t == "CONSULT" and s == "asserted" for _, t, _, s in found)


def test_the_necessity_of_cooperation_is_intended() -> None:
    found = _events("朝鲜和中国强调加强沟通与合作的必要性。")
    assert ("朝鲜", "CONSULT", "中国", "intended") in found


def test_a_need_named_as_a_thing_plans_nothing() -> None:
    found = _events("以色列根据需要空袭了加沙。")
    assert ("以色列", "ASSAULT", "加沙", "asserted") in found


# -- an act named by its outcome was done ---------------------------------------------------------
# (要加快落实习近平主席访巴重要成果: the visit took place; vc, oa, sw code 合作成果 asserted)


def test_a_visit_whose_results_are_to_be_carried_out_took_place() -> None:
    found = _events("中方愿同法方巩固马克龙总统访华成果。")
    assert ("马克龙", "CONSULT", "中国", "asserted") in found
    assert ("马克龙", "CONSULT", "中国", "intended") not in found


def test_a_planned_visit_without_outcome_stays_intended() -> None:
    found = _events("法国总统马克龙将于下月访华。")
    assert ("马克龙", "CONSULT", "中国", "intended") in found


# -- talks about to be held are planned ----------------------------------------------------------


def test_talks_about_to_be_held_are_intended() -> None:
    found = _events("在韩美首脑会谈即将举行之际，美国要求韩国主导对朝防御。")
    assert ("韩国", "CONSULT", "美国", "intended") in found
    found = _events("美俄会谈即将在沙特举行。")
    assert ("美国", "CONSULT", "俄罗斯", "intended") in found


def test_talks_about_to_end_were_held() -> None:
    found = _events("美俄会谈即将结束。")
    assert ("美国", "CONSULT", "俄罗斯", "asserted") in found


# -- a visit, talks or a deal put off is negated and still planned --------------------------------
# (延后到明年, 推迟至明年1月, 重新安排为4月11日: nb, qe, qi, tr, vd code it intended as well)


def test_a_visit_put_off_is_negated_and_still_intended() -> None:
    found = _events("日本外相访问中国的计划，因为疫情，必须延后到明年。")
    assert ("日本外相", "CONSULT", "中国", "negated") in found or any(
        t == "CONSULT" and o == "中国" and s == "negated" for _, t, o, s in found
    )
    assert any(t == "CONSULT" and o == "中国" and s == "intended" for _, t, o, s in found)


def test_a_rescheduled_visit_is_intended() -> None:
    found = _events("总统卢拉上周取消赴中国进行国事访问，现已将访中行程重新安排为4月11日至14日。")
    assert ("卢拉", "CONSULT", "中国", "intended") in found


def test_a_visit_called_off_is_only_negated() -> None:
    found = _events("卢拉上周取消赴中国进行国事访问。")
    assert ("卢拉", "CONSULT", "中国", "negated") in found
    assert ("卢拉", "CONSULT", "中国", "intended") not in found


def test_a_visit_put_off_with_no_new_date_is_only_negated() -> None:
    found = _events("新加坡总理黄循财将延期访华。")
    assert {s for _, t, _, s in found if t == "CONSULT"} == {"negated"}


# -- an effort under way toward an act has not reached it ----------------------------------------
# (正努力恢复…换俘, 正努力安排…会面: lb, ob, qi, we code it intended)


def test_an_effort_under_way_is_intended() -> None:
    found = _events("美国及中国官员正努力安排美国总统拜登与国家主席习近平在G20期间会面。")
    assert ("拜登", "CONSULT", "习近平", "intended") in found
    assert ("拜登", "CONSULT", "习近平", "asserted") not in found


def test_an_effort_that_ended_in_a_deal_reached_it() -> None:
    found = _events("经过双方努力，中美达成协议。")
    assert ("中国", "AGREE", "美国", "asserted") in found
