"""Round 37, helper ts: kg's errors on the right actors against the first golds of audit34 and
audit35 (wrong post, wrong status). Sentences written for the tests in the style of those
pages."""

from __future__ import annotations

from kg.extract import extract_article
from tests.data.sentences import article, events_of, roles_of


def _posts(text: str) -> set[tuple[str, str]]:
    return {(person, org) for person, org, _ in roles_of(text)}


# -- a seat in the ruling party's leading body is a post in the party's country --------------


def test_a_party_seat_is_a_post_in_the_partys_country() -> None:
    """qj-02 (中央政治局委员 → 中国), qi-08 and qj-01 (accept 中国), qh-03 and ql-11 (王毅 only
    under 中国): the seat is a post in the party's country. Round 41: it is also one in the
    body the seat names, written as the body (ten of the eleven outsider golds that give the
    seat a role give it to 中共中央政治局: test_round41_ge), never in the bare party."""
    text = "中共中央政治局委员、中央外事工作委员会办公室主任杨洁篪在华盛顿同美方会谈。"
    assert _posts(text) <= {("杨洁篪", "中国"), ("杨洁篪", "中国共产党")}
    assert ("杨洁篪", "中国") in _posts(text)
    found = _posts("中共中央政治局委员、外交部长王毅在北京会见来访的越南副总理。")
    assert ("王毅", "中国") in found
    written = extract_article(article("中共中央政治局委员、外交部长王毅在北京会见越南副总理。"))
    assert {r.org.text for r in written.roles if r.org.actor.label == "中国共产党"} == {
        "中共中央政治局"
    }


def test_the_partys_own_head_stays_in_the_party() -> None:
    assert ("习近平", "中国共产党") in _posts("中共中央总书记习近平会见越南国家主席。")


# -- a family name after the post a listed person holds: that person's country ---------------


def test_a_family_name_after_a_listed_persons_post_is_posted_in_that_persons_country() -> None:
    """qa-12 and qd-07: 国防部长奥斯汀 went to the country the article was about (俄罗斯,
    乌克兰), not to the United States the listed 劳埃德·奥斯汀 serves."""
    text = "普京签署命令。國防部長奧斯汀今天宣布，向烏克蘭提供新一批軍援，以对抗俄罗斯。"
    assert _posts(text) == {("奥斯汀", "美国")}
    assert _posts("乌克兰局势紧张。国防部长奥斯丁宣布新增对乌克兰军援。") == {("奥斯丁", "美国")}


def test_a_family_name_after_another_post_is_not_the_listed_person() -> None:
    assert ("奥斯汀", "美国") not in _posts("乌克兰局势紧张。乌克兰副外长奥斯汀宣布新措施。")


# -- an envoy "to" a country serves the country before 对 -------------------------------------


def test_an_envoy_to_a_country_serves_the_state_that_sends_the_envoy() -> None:
    """qj-12: 美国对朝特别代表星·金 was posted in 朝鲜."""
    found = _posts("韩国代表分别与美国对朝特别代表星·金和日本外务省局长通电话。")
    assert ("星·金", "美国") in found and ("星·金", "朝鲜") not in found


# -- a name does not swallow the verb after it -------------------------------------------------


def test_a_three_letter_name_ends_before_the_speech_verb() -> None:
    """qh-05: 室长金圣翰称, was read as the name 金圣翰称."""
    found = roles_of("韩联社引述韩国国家安保室室长金圣翰称，三方同意一同应对。")
    assert {person for person, _, _ in found} == {"金圣翰"}


def test_a_transliterated_name_ends_before_hope() -> None:
    """ql-04: 菲总统马科斯希望… was read as the name 马科斯希."""
    found = roles_of("这与菲律宾总统马科斯希望通过对话推动局势降温的表态背道而驰。")
    assert found and all(not person.endswith("希") for person, _, _ in found)


# -- a hope put to someone is asked now, whatever intention the clause before voices ----------


def test_a_hope_put_to_someone_after_an_intention_is_asserted() -> None:
    """yc-13: 我们愿意同菲方…协商，希望菲方悬崖勒马 gave the request intended; the golds give
    every 希望-request asserted."""
    text = (
        "外交部发言人毛宁指出，我们愿意同菲方通过谈判协商妥善处理涉海问题，"
        "希望菲方悬崖勒马，不要在错误的道路上越走越远。"
    )
    requests = {(st) for _, t, o, st in events_of(text) if t == "REQUEST" and o == "菲律宾"}
    assert requests == {"asserted"}
    text = "王毅说，中方愿意与美方加强合作，期待美方早日纠正错误做法。"
    requests = {(st) for _, t, o, st in events_of(text) if t == "REQUEST" and o == "美国"}
    assert requests == {"asserted"}


def test_a_hope_for_an_act_still_goes_on_with_the_intention() -> None:
    found = events_of("中方愿同美方一道努力，希望美方切实执行承诺，尽快访问中国。")
    assert not any(t == "CONSULT" and st == "asserted" for _, t, _, st in found)


# -- an organisation named right after its own country is mentioned with it -------------------


def test_an_organisation_after_its_own_country_is_mentioned_with_it() -> None:
    """qh-01, qh-09: the first golds list 中国全国政协 only (the words as written), and the
    post's organisation was mentioned as 全国政协."""
    from kg.extract import extract_article
    from tests.data.sentences import article

    result = extract_article(article("中国全国政协主席王沪宁今日会见国民党副主席萧旭岑。"))
    assert ("王沪宁", "中国全国政协") in {(r.person.text, r.org.text) for r in result.roles}


def test_an_organisation_after_another_country_keeps_its_own_words() -> None:
    """The near miss: a body of no country (联合国) or of another one keeps its words."""
    from kg.extract import _with_own_country
    from kg.gazetteer import load_gazetteer
    from kg.model import Mention

    gaz = load_gazetteer()
    text = "俄罗斯联合国代表与美国全国政协"
    un = Mention(gaz.actors["UN"], "联合国", 3, 6)
    cppcc = Mention(gaz.actors["CHN_CPPCC"], "全国政协", 11, 15)
    assert _with_own_country(text, un, gaz) is un
    assert _with_own_country(text, cppcc, gaz) is cppcc
    cppcc = Mention(gaz.actors["CHN_CPPCC"], "全国政协", 2, 6)
    assert _with_own_country("中国全国政协", cppcc, gaz).text == "中国全国政协"


# -- whether an act happens depends on something: hypothetical ---------------------------------


def test_an_act_whose_happening_depends_on_something_is_hypothetical() -> None:
    """ya-05: 能否解除对叙利亚制裁取决于叙政治进程 was read as sanctions eased (asserted); yc-05
    has the same frame (是否避免…新关税,取决于中国)."""
    text = "她强调，能否解除对叙利亚制裁取决于叙政治进程。"
    assert {st for _, t, _, st in events_of("欧盟外长" + text) if t == "CONCEDE"} == {
        "hypothetical"
    }
    text = "美方表示，能否与伊朗举行会谈，要看伊朗的态度。"
    assert {st for _, t, _, st in events_of(text) if t == "CONSULT"} == {"hypothetical"}


def test_a_bare_question_still_reports_nothing() -> None:
    assert not events_of("记者问，美国是否会制裁中国？")


# -- a spokesman right after the organ's press conference speaks for it ------------------------


def test_a_spokesman_after_an_organs_press_conference_holds_the_post_in_it() -> None:
    """qb-05, qj-08: 外交部今天举行例行记者会,发言人欧江安表示 gave 欧江安 no post."""
    text = "中国商务部今天举行例行记者会，发言人何亚东表示，中方坚决反对。"
    assert _posts(text) == {("何亚东", "中国商务部")}


# -- a person elected to, sworn into or holding a post named after the verb ---------------------


def test_a_post_one_is_elected_to_is_a_post_held() -> None:
    """yc-10 (祝贺习近平再次当选中共中央总书记), qe-11 (苏林当选越共中央总书记后): the first golds
    give the posts; kg read only titles written beside the name."""
    text = "特朗普祝贺习近平再次当选中共中央总书记。"
    assert ("习近平", "中国共产党") in _posts(text)
    assert ("苏林", "越南共产党") in _posts("这是苏林当选越共中央总书记后的首次出访。")
    assert ("马杜罗", "委内瑞拉") in _posts("马杜罗宣誓就任新一届委内瑞拉总统。")


def test_the_post_taken_describes_the_person_and_is_no_side() -> None:
    found = events_of("普京致电祝贺特朗普再次当选美国总统。")
    assert ("普京", "SUPPORT", "特朗普", "asserted") in found
    assert not any(o == "美国" for _, _, o, _ in found)
