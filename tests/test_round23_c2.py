"""Round 23 (c2), from fresh mainland pages on East and South Asia:

- a meeting held while attending a summit (在出席东盟峰会期间会见了…, 出席峰会后会见…) is a meeting
  of its own, not the noun the verb of attending takes; the bloc whose summit is attended
  does not act in it, and a country named after 在 before the verb of attending is the venue
  (岸田在印尼出席东盟峰会期间…: not 印尼 CONSULT 东盟);
- a judgement about a pair or trio of short forms (美日韩冒险…,必将给自身招致不良结果) judges
  each of them, unless the speaker's own side is one of them;
- blame said with 要/需/须 (朝鲜要对由此引发的一切后果负责) accuses, as 应对…负责 does;
- cutting the lines of contact (切断朝韩间一切通讯联络线) breaks ties.

Sentences are written for these tests in the style of mainland wire copy.
"""

from __future__ import annotations

import pytest
from sentences import events_of

D = "2024-05-10"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "韩国总统尹锡悦在出席北约峰会期间会见了日本首相岸田文雄。",
            ("尹锡悦", "CONSULT", "岸田文雄"),
        ),
        ("德国总理朔尔茨出席二十国集团峰会后会见了巴西总统卢拉。", ("朔尔茨", "CONSULT", "卢拉")),
        ("越南外长在出席东盟外长会期间分别会见了王毅和布林肯。", ("越南", "CONSULT", "布林肯")),
        ("越南外长在出席东盟外长会期间分别会见了王毅和布林肯。", ("越南", "CONSULT", "王毅")),
        (
            "法国总统马克龙在日本出席七国集团峰会期间会见了加拿大总理特鲁多。",
            ("马克龙", "CONSULT", "特鲁多"),
        ),
    ],
)
def test_meeting_while_attending_a_summit_is_its_own(text: str, expected: tuple) -> None:
    assert (*expected, "asserted") in events_of(text, D)


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("法国总统马克龙在日本出席七国集团峰会期间会见了加拿大总理特鲁多。", "日本"),
        ("印度总理莫迪在俄罗斯出席金砖国家峰会期间与南非总统举行会晤。", "俄罗斯"),
    ],
)
def test_country_where_a_summit_is_attended_does_not_attend(text: str, venue: str) -> None:
    assert not {e for e in events_of(text, D) if e[0] == venue}


def test_attended_bloc_does_not_meet_whom_the_attender_meets() -> None:
    text = "德国总理朔尔茨出席二十国集团峰会后会见了巴西总统卢拉。"
    assert not {e for e in events_of(text, D) if "二十国集团" in (e[0], e[2]) and "卢拉" in e}


def test_a_noun_after_the_verb_that_gives_it_stays_one_act() -> None:
    # 后续 opens no time: the aid is what 提供 gives, as before
    assert events_of("日本宣布向菲律宾提供后续援助。", D) == {("日本", "AID", "菲律宾", "asserted")}


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        (
            "朝鲜外务省发言人说，美日在朝鲜周边举行联合演习，必将给自身招致严重后果。",
            {"美国", "日本"},
        ),
        (
            "朝鲜国防省发言人表示，美日韩冒险在半岛周边炫耀武力，必将给自身招致不良结果。",
            {"美国", "日本", "韩国"},
        ),
    ],
)
def test_judgement_of_a_pair_judges_each(text: str, targets: set) -> None:
    threatened = {e[2] for e in events_of(text, D) if e[1] == "THREATEN"}
    assert targets <= threatened


def test_judgement_of_a_pair_with_the_speakers_side_judges_none() -> None:
    text = "朝鲜外务省发言人说，朝俄两国加强合作，必将给敌人招致严重后果。"
    assert not {e for e in events_of(text, D) if e[1] == "THREATEN"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "日本外务省发言人表示，俄方要为此事造成的一切后果负责。",
            ("日本外务省", "ACCUSE", "俄罗斯"),
        ),
        ("韩国统一部发言人称，朝鲜要对由此引发的一切后果负责。", ("韩国统一部", "ACCUSE", "朝鲜")),
        ("巴基斯坦外交部表示，印度须对这次越境炮击负责。", ("巴基斯坦外交部", "ACCUSE", "印度")),
    ],
)
def test_blame_said_with_yao_accuses(text: str, expected: tuple) -> None:
    assert (*expected, "asserted") in events_of(text, D)


@pytest.mark.parametrize(
    "text",
    [
        "他说，老师要对学生负责。",  # a duty, and no actor
        "韩国统一部表示，政府要对国民负责。",  # one's own duty, nobody blamed
        "她表示，自己要对家人负责。",
    ],
)
def test_duty_with_yao_blames_nobody(text: str) -> None:
    assert not {e for e in events_of(text, D) if e[1] == "ACCUSE"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("朝鲜宣布切断与韩国之间的军事通信线路。", ("朝鲜", "SANCTION", "韩国")),
        ("朝鲜当天宣布切断朝韩间一切通讯联络线。", ("朝鲜", "SANCTION", "韩国")),
    ],
)
def test_cutting_lines_of_contact_breaks_ties(text: str, expected: tuple) -> None:
    assert (*expected, "asserted") in events_of(text, D)


@pytest.mark.parametrize(
    "text",
    ["台风导致当地通信线路被切断。", "施工队误将小区的通讯线路切断。"],
)
def test_lines_cut_by_accident_are_no_sanction(text: str) -> None:
    assert not events_of(text, D)


def test_act_a_since_stretch_dates_from_is_done() -> None:
    text = "美国与塔利班代表在多哈举行会谈。这是自美军撤出阿富汗以来双方首次正式会谈。"
    found = events_of(text, D)
    assert ("美军", "RETREAT", "阿富汗", "asserted") in found
    assert ("俄罗斯", "ASSAULT", "乌克兰", "asserted") in events_of(
        "这是自俄罗斯入侵乌克兰以来普京首次访问朝鲜。", D
    )


def test_actors_of_a_since_stretch_are_not_the_pair() -> None:
    text = "美国与塔利班代表在多哈举行会谈。这是自美军撤出阿富汗以来双方首次正式会谈。"
    assert not {e for e in events_of(text, D) if e[1] == "CONSULT" and "阿富汗" in e}
    text = "中国与印度举行边境会谈。这是自印军越线以来双方第十次会谈。"
    assert not {e for e in events_of(text, D) if "印度军队" in e or "印军" in e}


def test_a_time_since_names_no_actor() -> None:
    assert not events_of("这是自去年以来两国首次会谈。", D)


@pytest.mark.parametrize(
    "text",
    [
        "朝鲜批评韩国处理不力、宣布对韩国实施制裁。",
        "美国指责中方打击芬太尼不力，并宣布对中国加征关税。",
    ],
)
def test_poorly_done_negates_nothing(text: str) -> None:
    assert all(e[3] == "asserted" for e in events_of(text, D))


def test_plain_negation_still_negates() -> None:
    assert ("韩国", "SANCTION", "朝鲜", "negated") in events_of("韩国不对朝鲜实施制裁。", D)


@pytest.mark.parametrize(
    "text",
    [
        "王毅表示，中方支持柬方在宪法框架内实现国内政治和解。",
        "中方支持阿富汗推进民族和解进程。",
    ],
)
def test_reconciliation_within_a_country_is_no_deal(text: str) -> None:
    assert not {e for e in events_of(text, D) if e[1] == "AGREE"}


def test_reconciliation_between_two_sides_stays_a_deal() -> None:
    found = events_of("法塔赫与哈马斯在北京签署和解协议。", D)
    assert ("法塔赫", "AGREE", "哈马斯", "asserted") in found


@pytest.mark.parametrize(
    "text",
    [
        "中方支持老挝维护主权。中方反对挑动内乱内战的行为。",
        "中方支持缅甸维护主权。中方反对在缅国内挑动分裂的做法。",
    ],
)
def test_opposing_a_described_deed_answers_nobody_in_focus(text: str) -> None:
    assert not {e for e in events_of(text, D) if e[1] == "ACCUSE"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("美国对中国加征关税。中方对此坚决反对。", ("中国", "ACCUSE", "美国")),
        ("美国对中国加征关税。中方坚决反对这种霸凌行为。", ("中国", "ACCUSE", "美国")),
        ("俄罗斯袭击乌克兰。欧盟谴责俄方袭击平民的行为。", ("欧盟", "ACCUSE", "俄罗斯")),
    ],
)
def test_opposing_the_act_in_focus_still_answers_it(text: str, expected: tuple) -> None:
    assert (*expected, "asserted") in events_of(text, D)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("塔利班代表要求美国立即解冻央行资产、解除制裁。", ("美国", "SANCTION", "塔利班")),
        ("朝鲜外务省要求美国放松制裁。", ("美国", "SANCTION", "朝鲜外务省")),
        ("伊朗要求欧盟取消制裁。", ("欧盟", "SANCTION", "伊朗")),
    ],
)
def test_sanctions_asked_to_be_lifted_hit_the_asker(text: str, expected: tuple) -> None:
    assert (*expected, "asserted") in events_of(text, D)


@pytest.mark.parametrize(
    "text",
    [
        "古特雷斯呼吁美国解除制裁。",  # a person asks for someone else's sake
        "欧盟呼吁美国与伊朗谈判解除制裁。",  # several asked: whose sanctions is not said
        "美方要求中国将部分商品的关税降至美国的水平。",  # tariffs, not measures on the asker
    ],
)
def test_lifting_asked_for_others_presupposes_nothing_of_the_asker(text: str) -> None:
    assert not {e for e in events_of(text, D) if e[1] == "SANCTION"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("阿富汗塔利班誓言将对巴基斯坦作出适当回应。", ("塔利班", "THREATEN", "巴基斯坦")),
        (
            "巴基斯坦空袭阿富汗边境地区。阿方将在适当时机做出适当回应。",
            ("阿富汗", "THREATEN", "巴基斯坦"),
        ),
    ],
)
def test_fitting_response_promised_threatens(text: str, expected: tuple) -> None:
    assert (*expected, "asserted") in events_of(text, D)


@pytest.mark.parametrize(
    "text",
    ["双方同意对彼此关切作出适当回应。", "外交部发言人表示，中方已对此作出适当回应。"],
)
def test_fitting_response_to_no_one_threatens_none(text: str) -> None:
    assert not {e for e in events_of(text, D) if e[1] == "THREATEN"}
