"""Round 24 (z): events whose subject is not written in their clause.

- A person whom a name pattern found (no gazetteer name) and who is named again whole as he
  speaks (班差说:"…。…。") is the topic of that clause: 他/她 after a long quotation is that
  speaker, not nobody (the topics kept for 他/她 only held the first naming, four sentences
  back at most). Named again elsewhere (向班差介绍…) he is no topic, as before.
- 他/她 opening the clause after a nameless person's statement verb (一名工作人员说,|他…) is
  that speaker, whom the article does not name: no person named before is the subject.

Sentences are written for these tests (new names and details), in the style of wire reports.
"""

from __future__ import annotations

import pytest
from sentences import events_of

D = "2024-05-10"
_INTRO = (
    "泰国新任外交部长班差(Banchai)周二抵达河内。当地媒体对此反应平淡。"
    "两国边界问题由来已久。双方在过去十年举行过多轮谈判。"
)

# --- a learned name named again as its bearer speaks ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        _INTRO + "班差说:“我们会讨论边界问题。但对话本身并不是目的,合作才是。”"
        "他随后与越南外长会面。",
        _INTRO + "班差表示:“我们会讨论边界问题。”他随后与越南外长会面。",
    ],
)
def test_a_learned_speaker_is_the_he_after_his_quote(text: str) -> None:
    assert ("班差", "CONSULT", "越南", "asserted") in events_of(text, D)


def test_a_learned_name_governed_by_a_preposition_is_no_topic() -> None:
    text = _INTRO + "越南总理向班差介绍了边界问题。“我们希望合作。但对话本身并不是目的。”"
    text += "他随后与柬埔寨外长会面。"
    # (班差…抵达河内 is his visit to Vietnam; the 他 who meets Cambodia's minister is not him)
    assert not any(s == "班差" and o == "柬埔寨" for s, _, o, _ in events_of(text, D))


# --- a nameless speaker --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "王毅周二在北京会见了新加坡外长维文。一名参与接待的工作人员说，他随后与菲律宾外长通了电话。",
        "王毅周二在北京会见了新加坡外长维文。外交部官员表示，他随后与菲律宾外长通了电话。",
        "王毅周二在北京会见了新加坡外长维文。一位不愿具名的律师说，他随后与菲律宾外长通了电话。",
    ],
)
def test_he_after_a_nameless_speaker_is_no_one_named_before(text: str) -> None:
    found = events_of(text, D)
    assert not any(s == "王毅" and o == "菲律宾" for s, _, o, _ in found)
    assert ("王毅", "CONSULT", "维文", "asserted") in found  # the minister, now known by name


@pytest.mark.parametrize(
    "text",
    [
        "王毅周二在北京会见了新加坡外长维文。王毅表示，他随后将与菲律宾外长通电话。",
        "王毅周二在北京会见了新加坡外长维文。王毅对记者说，他随后将与菲律宾外长通电话。",
        "王毅周二在北京会见了新加坡外长维文。会后表示，他随后将与菲律宾外长通电话。",
    ],
)
def test_he_after_a_named_or_unwritten_speaker_is_still_found(text: str) -> None:
    assert ("王毅", "CONSULT", "菲律宾", "intended") in events_of(text, D)


# --- a judgement at the end of a chain of clauses ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "judge", "judged"),
    [
        (
            "中国外交部发言人表示,日方说一套做一套,不断泛化安全概念,实施单边霸凌行径。",
            "中国",
            "日本",
        ),
        (
            "中国商务部发言人表示,中方注意到美方的新措施。"
            "美方说一套做一套,不断泛化国家安全概念,滥用出口管制措施,实施单边霸凌行径。",
            "中国商务部",
            "美国",
        ),
    ],
)
def test_a_judgement_judges_the_subject_of_its_chain(text: str, judge: str, judged: str) -> None:
    assert (judge, "ACCUSE", judged, "asserted") in events_of(text, D)


@pytest.mark.parametrize(
    "text",
    [
        "中国外交部发言人表示,日方说一套做一套,全球供应链受到冲击,严重损害各国正当权益。",
        "中国外交部发言人表示,有关国家应当反思,全球供应链受到冲击,严重损害各国正当权益。",
        "中国外交部发言人表示,有关国家应当反思,各国贸易受到冲击,严重损害各国正当权益。",
    ],
)
def test_a_clause_with_a_subject_of_its_own_ends_the_chain(text: str) -> None:
    assert not any(t == "ACCUSE" for _, t, _, _ in events_of(text, D))


# --- a descriptor between a preposition and the actor --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "达赖喇嘛将在一些欧盟国家中展开访问,并将藉此机会与法国总统会晤。",
        "达赖喇嘛将在部分欧盟国家展开访问,并与法国总统会晤。",
    ],
)
def test_an_actor_after_a_preposition_and_a_descriptor_is_no_subject(text: str) -> None:
    found = events_of(text, D)
    assert ("达赖", "CONSULT", "法国", "intended") in found
    assert not any(s in ("欧盟国家", "欧盟") for s, _, _, _ in found)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("一些欧盟国家呼吁俄罗斯停火。", "欧盟"),
        ("部分北约成员国谴责俄罗斯。", "北约国家"),
    ],
)
def test_a_described_actor_opening_its_clause_still_acts(text: str, subject: str) -> None:
    assert any(s == subject and o == "俄罗斯" for s, _, o, _ in events_of(text, D))
