"""Round 34, helper yd: constructions from fresh pages on the Americas and US policy
(tariffs, OFAC sanctions, Cuba, Colombia, Panama), checked against the other sets (session 34)."""

from tests.data.sentences import events_of


def test_tariffs_named_first_then_called_off() -> None:
    """美国…实施的关税就此取消: tariffs named first and then called off (取消, 撤销, 搁置) are
    eased, as those put off (推迟, 暂缓) already were."""
    events = events_of("白宫宣布，原定对加拿大加征的关税将无限期取消。")
    assert ("美国", "CONCEDE", "加拿大", "asserted") in events
    events = events_of("美国对巴西商品加征的关税暂时搁置。")
    assert ("美国", "CONCEDE", "巴西", "asserted") in events


def test_contrast_particle_before_a_preposition_ends_the_name() -> None:
    """代理大使谢伊(Dorothy Shea)则对中国…表达担忧: 则 before 对 ends the name; the envoy, not
    a person named 谢伊则, voices the concern."""
    events = events_of("美國常駐聯合國副代表謝伊（Dorothy Shea）則對北京的作法表達擔憂。")
    assert ("谢伊", "ACCUSE", "中国", "asserted") in events
    assert not any(e[0] == "谢伊则" for e in events)


def test_a_measure_that_violates_rights_is_the_speakers_charge() -> None:
    """新制裁措施侵犯了…的权利: the speaker blames whose measure it is, as with 侵犯人权 and
    侵犯…主权; nobody attacks anyone."""
    events = events_of("委內瑞拉外長表示，美國的封鎖措施侵犯了委內瑞拉人民的權利。")
    assert ("委内瑞拉", "ACCUSE", "美国", "asserted") in events
    assert not any(e[1] == "ASSAULT" for e in events)


def test_deported_migrants_are_no_expelled_envoys() -> None:
    """被美国驱逐的移民: migrants sent home are no diplomats, and the plane that carries them
    is no one expelled."""
    events = events_of("三架墨西哥空军飞机载着被美国驱逐的移民抵达蒙特雷。")
    assert not any(e[1] == "SANCTION" for e in events)


def test_a_capital_after_because_acts_for_its_government() -> None:
    """由于波哥大拒绝接收…: 由于 ends in 于 but is no locative, so the capital after it is the
    government that refuses."""
    events = events_of("由于加拉加斯拒绝接收美国遣返的移民，美国宣布对委内瑞拉实施制裁。")
    assert ("委内瑞拉", "REJECT", "美国", "asserted") in events


def test_a_deed_that_endangers_security_is_the_speakers_charge() -> None:
    """…之举已经危及美国国家安全, 言论威胁全球和平与安全: the speaker blames whose deed it is
    (as 构成…威胁), and a refusal inside the deed named by 之举 does not negate the charge;
    a rule about any such deed (任何危及…) blames no one."""
    events = events_of(
        "美國總統川普發文說，巴拿馬總統穆里諾拒絕那些船隻通行之舉已經危及美國國家安全。"
    )
    assert ("特朗普", "ACCUSE", "穆利诺", "asserted") in events  # 穆里諾: MULINO (round 37)
    events = events_of("伊朗外交部警告稱，美國總統特朗普的言論威脅全球和平與安全。")
    assert ("伊朗外交部", "ACCUSE", "特朗普", "asserted") in events
    events = events_of("國際原子能機構總幹事表示，任何危及核設施安全的行為都不可接受。")
    assert not any(e[1] == "ACCUSE" for e in events)


def test_the_short_forms_of_the_two_houses() -> None:
    """美参院, 美国国会参院, 日本众院: the short forms of the upper and lower house name the
    chamber, not the whole congress and not no one."""
    events = events_of("中方坚决反对美国国会参院通过包含消极涉华内容的法案。")
    assert ("中国", "ACCUSE", "美国参议院", "asserted") in events
    events = events_of("日本众院通过决议，谴责俄罗斯。")
    assert ("日本众议院", "ACCUSE", "俄罗斯", "asserted") in events


def test_opposing_interference_does_not_hit_the_side_one_backs() -> None:
    """中方坚定支持委内瑞拉…,反对外来干涉: the opposition names no target, and the side the
    speaker has just backed is not the one it opposes (the reverse of 古巴…反对外来干涉, where
    the backed side's opposition does not hit its backer)."""
    events = events_of("俄方坚定支持叙利亚人民维护主权和尊严，反对外部干涉和制裁。")
    assert ("俄罗斯", "SUPPORT", "叙利亚", "asserted") in events
    assert ("俄罗斯", "ACCUSE", "叙利亚", "asserted") not in events


def test_a_passive_whose_agent_takes_de_and_an_adverb() -> None:
    """…必将遭到国际社会的普遍反对: the agent named by no actor may run to eight letters with 的
    and an adverb; the one opposed does not oppose anyone in focus."""
    events = events_of(
        "美国对委内瑞拉实施全面封锁，美方不反躬自省，反而变本加厉，必将遭到国际社会的普遍反对。"
    )
    assert ("美国", "SANCTION", "委内瑞拉", "asserted") in events
    assert not any(e[1] == "ACCUSE" for e in events)


def test_a_wrongdoers_label_pinned_on_someone() -> None:
    """称X是「非法毒品首脑」, X是…「侵略者」: the speaker's charge against whom the label names
    (as 黑客帝国); the word alone, with no speaker, charges no one."""
    events = events_of("美國總統川普稱委內瑞拉總統馬杜洛是「販毒集團的毒品首腦」。")
    assert ("特朗普", "ACCUSE", "马杜罗", "asserted") in events
    events = events_of("柬埔寨總理洪瑪奈表示，泰方才是挑起衝突的「侵略者」。")
    assert ("洪玛奈", "ACCUSE", "泰国", "asserted") in events
    assert events_of("乌克兰军队击退了侵略者。") == set()
