"""Round 33, helper sk: the network page filled into a finished frame (kg.views._finished_frame)
is the page _finish made of the whole page, byte for byte, and the fast path is taken; the
page's data (escaping, JSON, codes and date bounds) is made as before by shorter ways."""

from __future__ import annotations

import functools
import html
import random

import network_sample as sample
import pytest

from kg import views
from kg.fileio import atomic_write_text
from kg.network import to_networkx
from tests.data.dev_articles import dev_page_graphs


def _old_page(graph, title: str = "kg") -> str:
    """The page as _finish made it: the frame filled, then cleaned and completed whole."""
    from kg.network import event_type_label

    positions = views.layout_positions(graph)
    ids = {node: f"n{number}" for number, node in enumerate(graph.nodes)}
    nodes = [
        views._vis_node(ids[node], str(node), data, positions[node])
        for node, data in graph.nodes(data=True)
    ]
    labels = {
        t: event_type_label(t)
        for t in {str(d.get("event_type") or "") for _, _, d in graph.edges(data=True)}
    }
    edges = views._vis_edges(graph, ids, labels)
    options = views._options(len(nodes))
    return views._finish(views._pyvis_page(nodes, edges, options), graph, title)


def _no_finish(monkeypatch) -> None:
    """The page must not go the old way (which cleans the whole page)."""
    monkeypatch.setattr(views, "_finish", lambda *a: pytest.fail("the page went the old way"))


@pytest.fixture(scope="module")
def dev_pages() -> list:
    """The page graph of each dev folder (seeds, dev, terminus-dev, the fresh dev halves)."""
    return dev_page_graphs()


def test_the_dev_pages_are_the_old_pages(dev_pages, tmp_path, monkeypatch):
    for name, graph in dev_pages:
        expected = _old_page(graph, f"kg: {name}")
        atomic_write_text(tmp_path / "old.html", expected)
        with monkeypatch.context() as patch:
            _no_finish(patch)
            assert views.render_page(graph, title=f"kg: {name}") == expected
            views.write_page(graph, tmp_path / "new.html", title=f"kg: {name}")
        assert (tmp_path / "new.html").read_bytes() == (tmp_path / "old.html").read_bytes()


def test_the_empty_page_and_the_cache_off(tmp_path, monkeypatch):
    graph = to_networkx([], aggregate=True)
    expected = _old_page(graph)
    _no_finish(monkeypatch)
    assert views.render_page(graph) == expected
    monkeypatch.setenv("KG_CACHE_DIR", "off")
    assert views.render_page(graph) == expected
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    assert views.render_page(graph) == expected  # cold: finished and stored
    assert len(list((tmp_path / "templates").glob("finished-*.html"))) == 1
    monkeypatch.setattr(views, "_finish_frame", lambda *a: pytest.fail("finished again"))
    assert views.render_page(graph) == expected  # warm: read back


def test_a_damaged_finished_frame_is_made_again(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    graph = to_networkx(sample.sample_events(), aggregate=True)
    expected = _old_page(graph)
    assert views.render_page(graph) == expected
    (finished,) = (tmp_path / "templates").glob("finished-*.html")
    finished.write_bytes(b"\xef\xb7\x91nodes\xef\xb7\x91 damaged")
    assert views.render_page(graph) == expected
    assert b"damaged" not in finished.read_bytes()


@pytest.mark.parametrize(
    "label, title",
    [
        (views._NETWORK_LINE, "kg"),  # in the node list: _finish found the marker twice
        ("甲", views._NETWORK_LINE),  # in the panel's title
        ("甲", "<body></body>"),  # escaped: no marker
        ("network = new vis.Network(", "kg"),  # half a marker
    ],
)
def test_markers_in_the_data_give_what_finish_gave(label, title):
    events = sample.sample_events()
    graph = to_networkx(events, aggregate=True)
    first = next(iter(graph.nodes))
    graph.nodes[first]["label"] = label
    try:
        expected = _old_page(graph, title)
    except RuntimeError as old:
        with pytest.raises(RuntimeError) as new:
            views.render_page(graph, title=title)
        assert str(new.value) == str(old)
    else:
        assert views.render_page(graph, title=title) == expected


def test_markers_do_not_overlap_themselves():
    """_count_in_parts counts each occurrence once: no marker's end is also its beginning."""
    for marker in views._MARKERS:
        assert all(marker[:n] != marker[-n:] for n in range(1, len(marker)))


@pytest.mark.parametrize(
    "part, reads_inside",
    [
        ('<link href="https://x/y.css"> and some text', True),
        ('<link href="https://x/y.css"', False),  # the tag goes on in the slot
        ("<script src='//x'></script> and some text", True),
        ("<script src='//x'> </script>", False),  # (the reach is bounded from above)
        ("<script src='//x'>  </scr", False),
        ("<center><h1></h1></center> and some text", True),
        ("<center><h1></h1>", False),
        ("<!-- <link x --> and some text", True),
        ("<!-- <link x ", False),
        ("a < b; c and d", True),
        ("a < b", False),  # (a "<" is given eight characters after it)
        ("<scrip", False),
        ("<SCRIPT src=//x", False),
    ],
)
def test_the_cleanups_reach(part, reads_inside):
    assert all(views._reads_inside_part(c, part) for c in views._CLEANUPS) is reads_inside


_FRAGMENTS = [
    '<link href="https://cdn/x.css">',
    "<script src=//cdn/x.js></script>",
    "<SCRIPT SRC='http://cdn/y.js'>\n</script>",
    "<center>\n<h1></h1>\n</center>",
    "<center><h1>t</h1></center>",
    "<!-- <link rel=x href=y> -->",
    "<!--",
    "-->",
    "<link",
    "<script>",
    "</script>",
    ">",
    " ",
    "\n",
    "x",
    "var a = b < c;",
    "<bo",
    "dy>",
]


def _random_frame(rnd: random.Random) -> list[str]:
    """pyvis' slots in order, between random runs of tags and text, with each marker once
    somewhere (sometimes twice, sometimes not at all)."""
    runs = [
        [rnd.choice(_FRAGMENTS) for _ in range(rnd.randint(0, 8))]
        for _ in range(len(views._SLOTS) + 1)
    ]
    for marker in views._MARKERS:
        for _ in range(rnd.choice([0, 1, 1, 1, 1, 1, 1, 2])):
            run = rnd.choice(runs)
            run.insert(rnd.randint(0, len(run)), marker)
    for run in runs[:-1]:  # mostly, text long enough for a try at a "<" to end before a slot
        run.append(rnd.choice(["", " var x = 1; // plain text", " var x = 1; // plain text"]))
    parts = ["".join(runs[0])]
    for slot, run in zip(views._SLOTS, runs[1:], strict=True):
        parts += [slot, "".join(run)]
    return parts


def test_random_frames_finish_as_the_whole_page_did():
    """Wherever a frame is finished, the filled finished frame is the page _finish made (or
    goes the old way, where _finish failed); frames it cannot show the same are left."""
    rnd = random.Random(33)
    graph = to_networkx(sample.sample_events(), aggregate=True)
    nodes = [{"id": "n0", "title": "<b>x</b>", "label": "a -->"}]
    edges: list[dict] = []
    finished = compared = 0
    for _ in range(3000):
        frame = _random_frame(rnd)
        title = rnd.choice(["kg", views._NETWORK_LINE, "-->"])
        values = {
            views._NODES: views._tojson(nodes),
            views._EDGES: views._tojson(edges),
            views._OPTIONS: "{}",
        }
        page = "".join(values[p] if odd else p for odd, p in views._alternate(frame))
        try:
            expected = views._finish(page, graph, title)
        except RuntimeError:
            expected = None
        text = views._finish_frame(frame)
        if text is None:
            continue
        finished += 1
        parts = views._filled(views._split_finished(text.encode()), nodes, edges, {}, graph, title)
        if parts is None:
            continue
        compared += 1
        assert expected is not None
        assert "".join(p.decode() if isinstance(p, bytes) else p for p in parts) == expected
    assert finished > 100 and compared > 50


# --------------------------------------------------------------------------- the page's data


def _old_esc(value) -> str:
    text = html.escape("" if value is None else str(value), quote=True)
    return views._HREF.sub("&#104;ref", text) if "ref" in text.lower() else text


_TEXTS = [
    None,
    "",
    "中国外交部",
    "a & b < c > d \" e ' f",
    "HREF href Href hReF",
    "reference",
    "ReF",
    "\u212a\u017f\u0130 ref",
    "<a href='x'>",
    "ﬀ ﬁ ref",
    12,
    "&amp; already",
]


def test_esc_is_the_old_esc():
    rnd = random.Random(7)
    alphabet = "&<>\"'hrefHREF中文 \u0130\u212a\ufb00"
    texts = _TEXTS + ["".join(rnd.choice(alphabet) for _ in range(12)) for _ in range(3000)]
    for text in texts:
        assert views._esc(text) == _old_esc(text)


def test_only_f_and_capital_f_lower_to_an_f():
    """_esc skips the lower case of a text without "f" or "F": no other character has one."""
    assert [c for c in map(chr, range(0x110000)) if "f" in c.lower()] == ["F", "f"]


def test_esc_leaves_plain_text_alone(monkeypatch):
    monkeypatch.setattr(html, "escape", lambda *a, **k: pytest.fail("escaped plain text"))
    assert views._esc("中国外交部发言人") == "中国外交部发言人"


def test_tojson_is_jinjas_tojson():
    from jinja2.utils import htmlsafe_json_dumps

    values = [
        [{"title": "<b>甲</b> & 'x' > y", "id": "n0", "x": 1.5}],
        [],
        {"a": ["\u2028", "\ud800", "<>&'"], "b": None},
        [{"ev": [{"x": "&lt;b&gt;", "u": "https://x/?a=1&b=2"}]}],
    ]
    for value in values:
        assert views._tojson(value) == str(htmlsafe_json_dumps(value, sort_keys=True))


def test_codes_and_date_bounds_are_kept(monkeypatch):
    from kg import network

    calls = []

    def counted(value):
        calls.append(value)
        return network.date_bounds(value)

    monkeypatch.setattr(views, "date_bounds", counted)
    fresh = functools.lru_cache(maxsize=4096)(views._day_bounds_of_text.__wrapped__)
    monkeypatch.setattr(views, "_day_bounds_of_text", fresh)  # an empty cache, for this test
    for date in ["2024-02", "2025", "2025-02-30", "", "x", "2024-02", "2025"] * 3:
        assert views._day_bounds(date) == network.date_bounds(date)
    assert len(calls) == 5  # each text once
    assert views._day_bounds(None) is None  # not a text: asked each time
    for value in ["asserted", "a b", "甲", None, 3, "asserted"]:
        assert views._code(value) == views._CODE.sub("_", "" if value is None else str(value))
