"""Round 40 (kc): events lost in coordinated lists of actors. Each test is a list shape found
by running kg over Terminus, ir and the readable dev articles (scratch40/kc/forms.md): the act
reaches one member of the list, or none. Sentences written for the tests in the pages' wording."""

from __future__ import annotations

from tests.data.sentences import events_of

# -- 1. a speech act that ends its clause, then a list opening the next clause -----------------


def test_request_ending_its_clause_asks_every_actor_the_next_clause_lists() -> None:
    """X呼吁,A、B和C保持克制: whom the demand asks is the list that opens the next clause, not
    its first member alone (yo-01: 他呼吁,陆委会、海基会应回归正业)."""
    found = events_of("王毅呼吁,印度、巴基斯坦和阿富汗保持克制。")
    for target in ("印度", "巴基斯坦", "阿富汗"):
        assert ("王毅", "REQUEST", target, "asserted") in found
    found = events_of("外交部长王毅敦促,美国和日本停止在南海的挑衅行为。")
    assert ("王毅", "REQUEST", "美国", "asserted") in found
    assert ("王毅", "REQUEST", "日本", "asserted") in found


def test_accusation_ending_its_clause_blames_both_sides_of_a_compound() -> None:
    """努光铁谴责,「韩美军事领导人…煽动战争狂热」 (oc-11): a compound opening the next clause is
    both its members."""
    found = events_of("朝鲜国防相谴责,韩美军事领导人出现在边境地带,煽动战争狂热。")
    assert ("朝鲜", "ACCUSE", "韩国", "asserted") in found
    assert ("朝鲜", "ACCUSE", "美国", "asserted") in found


# -- 2. a speaker's "should" over a list --------------------------------------------------------


def test_should_after_a_list_asks_each_actor_of_the_list() -> None:
    """任国强表示,印度和巴基斯坦应该防止冲突进一步升级 (qj-11): each listed state is asked, not
    the last one; a list holding the speaker's own side still asks nothing of it."""
    found = events_of("中国国防部发言人表示,印度和巴基斯坦应该防止冲突进一步升级。")
    assert ("中国", "REQUEST", "印度", "asserted") in found
    assert ("中国", "REQUEST", "巴基斯坦", "asserted") in found
    found = events_of("任国强表示,美国、英国和法国应当立即停止干涉。")
    for target in ("美国", "英国", "法国"):
        assert ("任国强", "REQUEST", target, "asserted") in found
    # 中方表示,美国和中国应该加强合作: a pair with the speaker's own side asks nothing of either
    found = events_of("中方表示,美国和中国应该加强合作。")
    assert not any(event[1] == "REQUEST" for event in found)


# -- 3. short forms listed with 、 after a word that licenses the first -------------------------


def test_short_forms_listed_after_a_licensor_are_each_named() -> None:
    """赴柬、泰穿梭沟通 (na-01), 自美、以对伊朗发动打击 (sv-06), 对美、日的做法: the licence of the
    first short form (赴, 自, 对) carries to the short forms listed after it with 、."""
    found = events_of("中国外交部亚洲事务特使已启程赴柬、泰穿梭沟通。")
    assert ("中国外交部", "CONSULT", "泰国", "asserted") in found
    found = events_of("这是自美、以对伊朗发动打击以来,真主党首度开火。")
    assert ("以色列", "ASSAULT", "伊朗", "asserted") in found
    found = events_of("中方对美、日的做法表示强烈不满。")
    assert ("中国", "ACCUSE", "日本", "asserted") in found
    # 他访美、日前曾表示: 日前 is a word (earlier), no Japan
    found = events_of("他访美、日前曾表示,将继续推动对话。")
    assert not any(event[2] == "日本" for event in found)


def test_a_pair_holding_the_speakers_own_side_after_a_warning_is_no_target() -> None:
    """以色列军方将领警告,美以联军正迈入下一阶段行动 (ob-10), 泽连斯基警告,双方正在为进一步战斗做
    准备 (sv-02): a pair that holds the speaker's own side is what the clause tells of, not whom
    the warning is aimed at."""
    found = events_of("以色列军方将领稍早警告,美以联军正迈入下一阶段行动。")
    assert not any(event[2] == "美国" for event in found)
    found = events_of("普京表示反对,美国与俄罗斯的关系已降至冰点。")
    assert ("普京", "ACCUSE", "美国", "asserted") not in found
