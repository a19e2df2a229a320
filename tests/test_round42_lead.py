"""Round 42 (lead): a status miss on an alt reading names that reading."""

from __future__ import annotations

from test_evaluate import _article, _ev, _gold, _out

from kg.evaluate import format_report, score


def test_a_status_given_to_an_alt_reading_names_the_reading() -> None:
    # gold: USA SANCTION PRK asserted, or USA COERCE PRK intended; kg: USA COERCE PRK asserted
    alt = [{"type": "COERCE", "status": "intended"}]
    gold = _gold(_article([_ev("USA", "SANCTION", "PRK", alt=alt)]))
    shown = format_report(score(gold, [_out("美国", "COERCE", "朝鲜")]), show=True)
    said = "(output: USA COERCE PRK asserted)"
    assert f"  status    USA SANCTION PRK asserted  {said}  | USASANCTIONPRK" in shown.splitlines()


def test_a_status_given_to_the_main_reading_stays_bare() -> None:
    gold = _gold(_article([_ev("USA", "SANCTION", "PRK", "intended")]))
    shown = format_report(score(gold, [_out("美国", "SANCTION", "朝鲜")]), show=True)
    line = "  status    USA SANCTION PRK intended  (output: asserted)  | USASANCTIONPRK"
    assert line in shown.splitlines()
