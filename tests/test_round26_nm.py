"""Round 26 (nm): nominal events, a coverage pass.

- A negated verb of effect (不会影响, 并不影响, 不会动摇) governs the act named as its object,
  which stands: the negation is the effect's, as with 不会改变 (cues.tsv cancel).
- A 对-phrase closed by 的 and a view or a policy it heads (对中国的战略定位, 对日本的态度,
  对中国的政策) belongs to that noun: an act named later in the clause is not aimed at the
  actor after 对 (words.tsv view, policy_head).
- The nominal frames that already work stay as they are (X对Y的制裁, 中美会谈, 访美之行,
  X与Y签署的协议, 俄乌冲突, 以军对加沙的轰炸), and near misses stay silent.

Sentences are written for these tests, in the style of wire reports.
"""

from __future__ import annotations

import pytest
from sentences import events_of

# --- a negated effect leaves the act it names standing ----------------------------------------


@pytest.mark.parametrize(
    "text, subject, kind, obj",
    [
        (
            "胡塞武装表示,与美方达成谅解不会影响胡塞武装对巴勒斯坦的支持。",
            "胡塞武装",
            "SUPPORT",
            "巴勒斯坦",
        ),
        ("白宫表示,这并不影响美国对以色列的支持。", "美国", "SUPPORT", "以色列"),
        ("欧盟称,此事不会动摇欧盟对乌克兰的援助。", "欧盟", "AID", "乌克兰"),
    ],
)
def test_a_negated_effect_leaves_the_act_standing(text, subject, kind, obj) -> None:
    found = events_of(text)
    assert (subject, kind, obj, "asserted") in found
    assert (subject, kind, obj, "negated") not in found


@pytest.mark.parametrize(
    "text, event",
    [
        ("俄罗斯不会支持美国的提案。", ("俄罗斯", "SUPPORT", "美国", "negated")),
        ("美国没有对伊朗实施制裁。", ("美国", "SANCTION", "伊朗", "negated")),
    ],
)
def test_a_plain_negation_still_negates(text, event) -> None:
    assert event in events_of(text)


# --- a view or a policy closes the 对-phrase before a later act ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "凯南对中国的战略定位并没有因朝鲜战争而改变。",
        "美国对中国的政策并没有因越南战争而改变。",
        "美国对日本的态度因这场战争而改变。",
    ],
)
def test_a_view_heads_the_phrase_and_is_no_act(text) -> None:
    assert not [e for e in events_of(text) if e[1] == "ASSAULT"]


@pytest.mark.parametrize(
    "text, event",
    [
        ("美国对伊拉克的战争造成大量平民伤亡。", ("美国", "ASSAULT", "伊拉克", "asserted")),
        ("美国对伊朗的政策是制裁。", ("美国", "SANCTION", "伊朗", "asserted")),
        ("美国对朝鲜的全面制裁仍在继续。", ("美国", "SANCTION", "朝鲜", "asserted")),
        ("中国对美国的立场没有改变,但中方批评美国。", ("中国", "ACCUSE", "美国", "asserted")),
    ],
)
def test_the_act_a_phrase_names_keeps_its_target(text, event) -> None:
    assert event in events_of(text)


# --- nominal frames that already work, and near misses ------------------------------------------


@pytest.mark.parametrize(
    "text, event",
    [
        ("美国对朝制裁没有取得效果。", ("美国", "SANCTION", "朝鲜", "asserted")),
        ("王毅的访美之行受到关注。", ("王毅", "CONSULT", "美国", "asserted")),
        ("中国与美国的会谈持续了两天。", ("中国", "CONSULT", "美国", "asserted")),
        ("中国与俄罗斯签署的协议于今天生效。", ("中国", "AGREE", "俄罗斯", "asserted")),
        ("以军对加沙的轰炸仍在继续。", ("以军", "ASSAULT", "加沙", "asserted")),
        ("王毅即将进行的对美国的访问受到关注。", ("王毅", "CONSULT", "美国", "intended")),
        ("美朝峰会被取消。", ("美国", "CONSULT", "朝鲜", "negated")),
    ],
)
def test_nominal_frames(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "中美建立了战略对话机制。",
        "泽连斯基呼吁欧盟将俄罗斯列入制裁名单。",
        "中国外交部批评美国的制裁名单。",
    ],
)
def test_near_misses_hold_no_talks_or_sanction_of_the_writer(text) -> None:
    found = events_of(text)
    assert not [e for e in found if e[1] == "CONSULT"]
    assert not [e for e in found if e[1] == "SANCTION" and e[0] in {"泽连斯基", "中国外交部"}]


# --- advice or an initiative put forward to someone asks it -------------------------------------


@pytest.mark.parametrize(
    "text, subject, obj",
    [
        ("法国向以色列提出了一项旨在结束敌对行动的倡议。", "法国", "以色列"),
        ("中国本周向欧盟提出类似的建议，并呼吁欧盟发表声明。", "中国", "欧盟"),
        ("王毅在会谈中向布林肯提出三点建议。", "王毅", "布林肯"),
    ],
)
def test_a_proposal_put_to_someone_asks_it(text, subject, obj) -> None:
    assert (subject, "REQUEST", obj, "asserted") in events_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "王毅提出三点建议。",
        "习近平提出全球发展倡议。",
        "王毅就此提出四点建议。",
        "中国本周向欧盟提出类似的建议，并要求欧盟就美国的关税发表声明。",
    ],
)
def test_a_proposal_put_to_nobody_named_asks_nobody_else(text) -> None:
    assert not {e for e in events_of(text) if e[1] == "REQUEST" and e[2] != "欧盟"}


# --- a hostile measure an ending verb names is in force ------------------------------------------


@pytest.mark.parametrize(
    "text, measure, ending",
    [
        (
            "如果日本取消对韩国的出口管制措施,韩方可能重新考虑协定。",
            ("日本", "SANCTION", "韩国", "asserted"),
            ("日本", "CONCEDE", "韩国", "hypothetical"),
        ),
        (
            "美国将取消对古巴的禁运。",
            ("美国", "SANCTION", "古巴", "asserted"),
            ("美国", "CONCEDE", "古巴", "intended"),
        ),
        (
            "美国考虑放松对朝制裁。",
            ("美国", "SANCTION", "朝鲜", "asserted"),
            ("美国", "CONCEDE", "朝鲜", "intended"),
        ),
    ],
)
def test_a_measure_to_be_lifted_is_in_force(text, measure, ending) -> None:
    found = events_of(text)
    assert measure in found
    assert ending in found


def test_an_attack_to_be_ended_is_going_on_and_threatens_nothing() -> None:
    found = events_of("真主党一再宣称,只有加沙停火才会结束对以色列的攻击。")
    assert ("真主党", "ASSAULT", "以色列", "asserted") in found
    assert not [e for e in found if e[1] == "THREATEN"]


@pytest.mark.parametrize(
    "text, event",
    [
        ("美国将对伊朗实施制裁。", ("美国", "SANCTION", "伊朗", "intended")),
        ("如果美国对伊朗实施制裁,伊朗将报复。", ("美国", "SANCTION", "伊朗", "hypothetical")),
        ("美国取消了对中国的访问。", ("美国", "CONSULT", "中国", "negated")),
    ],
)
def test_a_measure_not_ended_keeps_its_own_status(text, event) -> None:
    assert event in events_of(text)


# --- an act named with its doer and its 对-target is taken for granted ---------------------------


@pytest.mark.parametrize(
    "text, event",
    [
        ("因此,不应过高估计苏联对中国的支持程度。", ("苏联", "SUPPORT", "中国", "asserted")),
        ("中方不接受美国对中国的指责。", ("美国", "ACCUSE", "中国", "asserted")),
        ("如果没有美国对乌克兰的援助,乌克兰早已失败。", ("美国", "AID", "乌克兰", "asserted")),
        ("并非美国对伊朗的制裁导致了危机。", ("美国", "SANCTION", "伊朗", "asserted")),
        ("欧盟将讨论美国对伊朗的制裁。", ("美国", "SANCTION", "伊朗", "asserted")),
        ("这将不会影响美国对以色列的支持。", ("美国", "SUPPORT", "以色列", "asserted")),
    ],
)
def test_an_owned_nominal_act_is_taken_for_granted(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text, event",
    [
        ("中方期待普京对中国的访问取得成功。", ("普京", "CONSULT", "中国", "intended")),
        ("美国对伊朗的拟议制裁遭到欧洲反对。", ("美国", "SANCTION", "伊朗", "intended")),
        ("美国将加大对伊朗的制裁。", ("美国", "SANCTION", "伊朗", "intended")),
        ("如果美国对伊朗实施制裁,伊朗将报复。", ("美国", "SANCTION", "伊朗", "hypothetical")),
    ],
)
def test_planned_visits_and_cued_or_verbal_acts_keep_their_status(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text, kept, gone",
    [
        (
            "塞尔维亚至今未参与西方对俄罗斯的制裁。",
            ("塞尔维亚", "SANCTION", "俄罗斯", "negated"),
            ("塞尔维亚", "SANCTION", "俄罗斯", "asserted"),
        ),
        ("法国否决了德国对波兰的援助计划。", ("法国", "REJECT", "德国", "asserted"), None),
    ],
)
def test_a_joined_or_vetoed_nominal_act_keeps_its_rule(text, kept, gone) -> None:
    found = events_of(text)
    assert kept in found
    assert gone not in found
    assert not [e for e in found if e[1] == "AID"]


def test_an_ending_that_should_be_done_is_still_no_event() -> None:
    assert events_of("美方应尽快取消对华出口管制。") == set()
