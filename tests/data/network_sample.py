"""Hand-made kg.model records shared by test_network, test_views and test_export.

Chinese names, two events on the same pair (one with a partial date), a year-only date, an
undated event, a role, and an event whose article text carries markup (``<img onerror>``,
``<script>``, the word ``href``) and a ``javascript:`` URL. Loaded by path from the tests, so
it works whatever pytest's import mode.
"""

from __future__ import annotations

import random

from kg.model import Actor, Event, Mention, Role, Sentence

XSS = '<img src=x onerror=alert(1)> <script>alert(1)</script> 见 href="https://evil.example/"'

USA = Actor("USA", "美国", "Country")
PRK = Actor("PRK", "朝鲜", "Country")
CHN = Actor("CHN", "中国", "Country")
TREASURY = Actor("USA_TREASURY", "美国财政部", "Organization", country="USA")
TRUMP = Actor("TRUMP", "特朗普", "Person", country="USA")
KIM = Actor("KIM_JONG_UN", "金正恩", "Person", country="PRK")
HEGSETH = Actor("皮特·赫格塞思", "皮特·赫格塞思", "Person", known=False)
DOD = Actor("USA_DOD", "美国国防部", "Organization", country="USA")
# An unknown actor found by a pattern: its name is article text, markup and all.
ODD = Actor("<b>X&Y</b> 公司", "<b>X&Y</b> 公司", "Organization", known=False)


def _mention(actor: Actor, start: int = 0) -> Mention:
    return Mention(actor, actor.label, start, start + len(actor.label))


def _event(
    subject: Actor,
    obj: Actor,
    predicate: str,
    event_type: str,
    cameo: str,
    text: str,
    *,
    status: str = "asserted",
    date: str | None = None,
    source: str = "seeds/a.html",
    start: int = 0,
    **extra,
) -> Event:
    return Event(
        subject=_mention(subject, start),
        object=_mention(obj, start + 5),
        predicate=predicate,
        event_type=event_type,
        cameo=cameo,
        status=status,
        trigger=extra.pop("trigger", "制裁"),
        trigger_start=start + 3,
        sentence=Sentence(text, start, start + len(text), 0),
        source=source,
        date=date,
        date_from="text" if date else "none",
        **extra,
    )


def sample_events() -> list[Event]:
    """Six events: same pair twice, partial/year/no dates, one with hostile markup."""
    return [
        _event(
            TREASURY,
            PRK,
            "sanctions",
            "SANCTION",
            "163",
            "美国财政部4日宣布制裁朝鲜。",
            date="2025-03-04",
            url="https://example.com/a?x=1&y=2",
            title="美朝新闻",
            confidence=0.9,
        ),
        _event(
            TREASURY,
            PRK,
            "sanctions",
            "SANCTION",
            "163",
            "美国财政部5月再次制裁朝鲜。",
            date="2025-05",
            start=40,
            source="seeds/b.md",
            url="http://example.org/b",
        ),
        _event(
            TRUMP,
            KIM,
            "meets",
            "CONSULT",
            "040",
            "特朗普表示希望会晤金正恩。",
            status="intended",
            date="2025",
            trigger="会晤",
            start=80,
        ),
        _event(
            CHN,
            USA,
            "criticises",
            "ACCUSE",
            "111",
            "中国没有批评美国。",
            status="negated",
            trigger="批评",
            start=120,
        ),
        _event(
            ODD,
            PRK,
            "supports",
            "SUPPORT",
            "051",
            XSS,
            date="2024-02",
            trigger="支持",
            start=160,
            source='seeds/"odd".html',
            url="javascript:alert(1)",
            title="<script>alert(2)</script>",
        ),
        _event(
            PRK,
            TREASURY,
            "condemns",
            "ACCUSE",
            "111",
            "朝鲜谴责美国财政部。",
            date="2025-03-06",
            trigger="谴责",
            start=200,
        ),
    ]


def sample_roles() -> list[Role]:
    text = "美国国防部长皮特·赫格塞思表示。"
    return [
        Role(
            _mention(HEGSETH, 6),
            _mention(DOD),
            "国防部长",
            Sentence(text, 0, len(text), 0),
            "seeds/a.html",
        )
    ]


def big_records(n_nodes: int = 2000, n_edges: int = 4000, seed: int = 1) -> list[dict]:
    """Event dicts (Event.to_json shape) over ``n_nodes`` actors, for the timing tests."""
    rng = random.Random(seed)
    kinds = ["Country", "Organization", "Person", "Group"]
    preds = [
        ("sanctions", "SANCTION"),
        ("meets", "CONSULT"),
        ("urges", "REQUEST"),
        ("condemns", "ACCUSE"),
        ("aids", "AID"),
    ]

    def actor(i: int) -> dict:
        return {"key": f"A{i}", "label": f"行为体{i}", "type": kinds[i % 4], "country": None}

    records = []
    for i in range(n_edges):
        # the first n_nodes events chain every actor in, the rest are random pairs
        s, o = (i, (i + 1) % n_nodes) if i < n_nodes else rng.sample(range(n_nodes), 2)
        predicate, event_type = preds[i % len(preds)]
        records.append(
            {
                "subject": actor(s),
                "object": actor(o),
                "predicate": predicate,
                "event_type": event_type,
                "cameo": "01",
                "status": "asserted",
                "date": f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}",
                "trigger": "制裁",
                "source": f"corpus/{i}.html",
                "url": f"https://news.example/{i}",
                "title": f"新闻{i}",
                "sentence": f"第{i}句：行为体{s}对行为体{o}采取行动。" * 3,
                "sentence_start": i,
                "confidence": 0.5,
            }
        )
    return records
