"""The network page in a real headless Chromium: it draws, stays offline, filters, lists events
on a click, renders Chinese, stays fast at 2,000 nodes, and shows hostile article text as text.

Everything here is the real thing: pages written by ``kg build`` (or ``write_page``), opened
as ``file://`` URLs in Debian's chromium, clicked with the mouse. The ``browser`` and ``tab``
fixtures live in conftest.py (one browser per session), which also registers the helper
modules ``network_sample`` and ``chromium_page`` of tests/data imported here.
"""

from __future__ import annotations

import html
import io
import time
from pathlib import Path

import network_sample as sample
import networkx as nx
from chromium_page import DRAWN, NODE_XY
from click.testing import CliRunner

from kg.api import EventGraph
from kg.cli import cli
from kg.network import to_networkx
from kg.views import write_page

EDGE_TARGET = """() => {
  const box = document.getElementById('mynetwork').getBoundingClientRect();
  const byLength = edges.get({filter: (e) => !e.hidden && !e.smooth}).map((e) => {
    const a = network.getPosition(e.from), b = network.getPosition(e.to);
    return [Math.hypot(a.x - b.x, a.y - b.y), e, a, b];
  }).sort((p, q) => q[0] - p[0]);
  for (const [, e, a, b] of byLength) {
    const dom = network.canvasToDOM({x: (a.x + b.x) / 2, y: (a.y + b.y) / 2});
    if (network.getNodeAt(dom) === undefined && network.getEdgeAt(dom) === e.id) {
      return [e.id, dom.x + box.left, dom.y + box.top];
    }
  }
  return null;
}"""
VISIBLE = """() => [edges.get({filter: (e) => !e.hidden}).length,
                    nodes.get({filter: (n) => !n.hidden}).length]"""


def _open(tab, path: Path) -> dict[str, list[str]]:
    """Open a page, record every request and script error, wait until it is drawn."""
    seen: dict[str, list[str]] = {"requests": [], "errors": []}
    tab.context.on("request", lambda request: seen["requests"].append(request.url))
    tab.on("pageerror", lambda error: seen["errors"].append(str(error)))
    tab.goto(path.as_uri())
    tab.wait_for_function(DRAWN)
    return seen


def _canvas_png(tab) -> bytes:
    return tab.locator("#mynetwork canvas").screenshot()


def _ink(png: bytes) -> tuple[float, int]:
    """(share of pixels that are not the background, number of distinct colours)."""
    from PIL import Image

    image = Image.open(io.BytesIO(png)).convert("RGB")
    pixels = list(image.getdata())
    background = max(set(pixels[:: max(1, len(pixels) // 5000)]), key=pixels.count)
    inked = sum(1 for p in pixels if p != background)
    return inked / len(pixels), len(set(pixels))


def _click_node(tab, label: str) -> str:
    node_id = tab.evaluate("(l) => nodes.get({filter: (n) => n.label === l})[0].id", label)
    tab.mouse.click(*tab.evaluate(NODE_XY, node_id))
    tab.wait_for_selector("#kg-events:not([hidden])")
    return node_id


# --------------------------------------------------------------------------- the seeds page


def test_page_draws_with_no_request_outside_the_file(tab, seeds_build) -> None:
    page = seeds_build / "graph.html"
    seen = _open(tab, page)
    share, colours = _ink(_canvas_png(tab))
    assert share > 0.01 and colours > 20, (share, colours)  # nodes, edges, labels drawn
    assert tab.evaluate("nodes.length") > 10
    # the events panel, clicked open, must not fetch anything either
    _click_node(tab, "朝鲜")
    tab.wait_for_timeout(300)
    assert seen["requests"] == [page.as_uri()], seen["requests"]
    assert seen["errors"] == []


def test_legend_and_controls_are_there(tab, seeds_build) -> None:
    _open(tab, seeds_build / "graph.html")
    legend = tab.inner_text("#kg-panel")
    for text in ("国家 Country", "人物 Person", "合作 cooperation", "冲突 conflict", "未发生"):
        assert text in legend
    for control in ("#kg-from", "#kg-to", "#kg-actor", "#kg-physics", "#kg-reset"):
        assert tab.is_visible(control), control
    assert "制裁 SANCTION" in legend  # event types named in Chinese and PLOVER


def test_chinese_labels_render_as_glyphs(tab, seeds_build) -> None:
    """Two different Chinese names must not draw the same pixels (missing glyphs all look
    alike), nor look like a character no font has."""
    from kg.views import LABEL_FONT

    _open(tab, seeds_build / "graph.html")
    drawn = tab.evaluate(
        """(font) => {
          const draw = (text) => {
            const canvas = document.createElement('canvas');
            canvas.width = 120; canvas.height = 40;
            const ctx = canvas.getContext('2d');
            ctx.font = '24px ' + font;
            ctx.fillText(text, 4, 30);
            return canvas.toDataURL();
          };
          return [draw('朝鲜'), draw('美国'), draw('\\u{10FFFD}\\u{10FFFD}'), draw('')];
        }""",
        LABEL_FONT,
    )
    korea, usa, missing, blank = drawn
    assert korea != usa and korea != missing and korea != blank
    labels = tab.evaluate("nodes.get().map((n) => n.label)")
    assert "朝鲜" in labels and "美国" in labels


def test_size_follows_the_number_of_events(tab, seeds_build) -> None:
    _open(tab, seeds_build / "graph.html")
    sizes = tab.evaluate(
        """() => Object.fromEntries(nodes.get().map(
             (n) => [n.label, network.body.nodes[n.id].shape.radius]))"""
    )
    assert sizes["朝鲜"] > sizes["美国财政部"]


def test_a_filter_changes_what_is_shown(tab, seeds_build) -> None:
    _open(tab, seeds_build / "graph.html")
    all_edges, all_nodes = tab.evaluate(VISIBLE)
    before = _canvas_png(tab)

    tab.uncheck('input[name="kg-type"][value="CONSULT"]')
    edges_left, nodes_left = tab.evaluate(VISIBLE)
    assert edges_left < all_edges and nodes_left < all_nodes
    assert tab.evaluate(
        "() => edges.get({filter: (e) => !e.hidden}).every("
        "(e) => e.ev.some((v) => v.t !== 'CONSULT'))"
    )
    tab.wait_for_timeout(100)
    assert _canvas_png(tab) != before  # the picture changed, not only the data

    tab.click("#kg-reset")
    assert tab.evaluate(VISIBLE) == [all_edges, all_nodes]

    tab.fill("#kg-actor", "金正恩")
    tab.wait_for_function(f"() => edges.get({{filter: (e) => !e.hidden}}).length < {all_edges}")
    assert tab.evaluate(
        """() => edges.get({filter: (e) => !e.hidden}).every((e) =>
             [e.from, e.to].some((id) => nodes.get(id).q.includes('金正恩')))"""
    )
    tab.click("#kg-reset")

    tab.uncheck("#kg-undated")
    tab.fill("#kg-from", "2019-01-01")
    tab.fill("#kg-to", "2019-12-31")
    tab.dispatch_event("#kg-to", "change")
    shown = tab.evaluate(
        """() => edges.get({filter: (e) => !e.hidden}).map((e) =>
             e.ev.some((v) => v.d0 && v.d0 <= '2019-12-31' && v.d1 >= '2019-01-01'))"""
    )
    assert shown and all(shown) and len(shown) < all_edges
    assert "/" in tab.inner_text("#kg-count")

    tab.click("#kg-reset")
    tab.uncheck('input[name="kg-status"][value="asserted"]')
    assert tab.evaluate(
        "() => edges.get({filter: (e) => !e.hidden}).every("
        "(e) => e.ev.some((v) => v.s !== 'asserted'))"
    )


def test_clicking_a_node_lists_its_events(tab, seeds_build) -> None:
    _open(tab, seeds_build / "graph.html")
    _click_node(tab, "美国财政部")
    assert tab.inner_text("#kg-events-title").startswith("美国财政部 · 1 ")
    item = tab.inner_text("#kg-events-list li")
    assert "制裁" in item and "已发生" in item  # predicate and status
    assert "美国财政部11月4日对朝鲜" in item  # the sentence
    assert "seeds/004_3a6c66ea2a701dcc.txt" in item  # the source file

    tab.click("#kg-events-close")
    _click_node(tab, "金正恩")
    items = tab.locator("#kg-events-list li")
    assert items.count() > 3
    dates = tab.eval_on_selector_all(
        "#kg-events-list .kg-ev-date", "(s) => s.map(x => x.textContent)"
    )
    assert "2019-02-27" in dates  # dated events list their date
    links = tab.eval_on_selector_all(
        "#kg-events-list a", "(a) => a.map((x) => [x.href, x.target, x.rel])"
    )
    assert links and all(href == "http://zhanlve.org/?p=6786" for href, _, _ in links)
    assert all(target == "_blank" and "noopener" in rel for _, target, rel in links)


def test_clicking_an_edge_lists_its_events(tab, seeds_build) -> None:
    _open(tab, seeds_build / "graph.html")
    target = tab.evaluate(EDGE_TARGET)
    assert target, "no edge can be clicked on its own"
    edge_id, x, y = target
    tab.mouse.click(x, y)
    tab.wait_for_selector("#kg-events:not([hidden])")
    assert tab.evaluate("network.getSelectedEdges()") == [edge_id]
    expected = tab.evaluate(
        "(id) => { const e = edges.get(id); return [nodes.get(e.from).label, "
        "nodes.get(e.to).label, e.ev.length]; }",
        edge_id,
    )
    title = tab.inner_text("#kg-events-title")
    assert title.startswith(f"{expected[0]} → {expected[1]}")
    assert tab.locator("#kg-events-list li").count() == expected[2]


def test_physics_can_be_switched_on_and_off(tab, seeds_build) -> None:
    _open(tab, seeds_build / "graph.html")
    still = tab.evaluate("network.getPositions()")
    tab.wait_for_timeout(300)
    assert tab.evaluate("network.getPositions()") == still  # laid out in Python, at rest
    tab.check("#kg-physics")
    tab.wait_for_timeout(800)
    moved = tab.evaluate("network.getPositions()")
    assert moved != still
    tab.uncheck("#kg-physics")
    tab.wait_for_timeout(200)
    settled = tab.evaluate("network.getPositions()")
    tab.wait_for_timeout(300)
    assert tab.evaluate("network.getPositions()") == settled


def test_edge_labels_are_drawn_on_their_edges(tab, tmp_path) -> None:
    """An edge pointing exactly left once had its label drawn at the canvas origin."""
    graph = nx.MultiDiGraph()
    graph.add_node("A", label="甲方", type="Country", n_events=1)
    graph.add_node("B", label="乙方", type="Country", n_events=1)
    graph.add_edge("B", "A", key="e", label="谴责", event_type="ACCUSE", status="asserted")
    write_page(graph, tmp_path / "two.html")
    _open(tab, tmp_path / "two.html")
    ys = tab.evaluate("nodes.get().map((n) => network.getPosition(n.id).y)")
    assert ys[0] == ys[1]  # a level edge, B (right) → A (left)
    ink = tab.evaluate(
        """() => {
          const canvas = document.querySelector('#mynetwork canvas');
          const ratio = window.devicePixelRatio || 1;
          const at = network.canvasToDOM({x: 0, y: 0});
          const box = canvas.getContext('2d').getImageData(
            (at.x - 40) * ratio, (at.y - 20) * ratio, 80 * ratio, 40 * ratio).data;
          let inked = 0;
          for (let i = 3; i < box.length; i += 4) { if (box[i] > 0) { inked += 1; } }
          return inked;
        }"""
    )
    assert ink == 0  # nothing drawn around the canvas origin, far from both nodes


# --------------------------------------------------------------------------- 2,000 nodes


def test_a_2000_node_page_draws_and_answers_a_click_within_5_s(tab, tmp_path) -> None:
    graph = to_networkx(sample.big_records(2000, 4000))
    assert graph.number_of_nodes() == 2000
    page = tmp_path / "big.html"
    write_page(graph, page)

    started = time.perf_counter()
    tab.goto(page.as_uri())
    tab.wait_for_function(DRAWN)
    drawn = time.perf_counter() - started
    node_id = tab.evaluate("nodes.get({filter: (n) => n.label === '行为体7'})[0].id")
    tab.mouse.click(*tab.evaluate(NODE_XY, node_id))
    tab.wait_for_selector("#kg-events:not([hidden])")
    answered = time.perf_counter() - started
    print(f"2,000 nodes: drawn after {drawn:.2f} s, click answered after {answered:.2f} s")
    assert tab.inner_text("#kg-events-title").startswith("行为体7 · ")
    assert answered < 5.0


# --------------------------------------------------------------------------- hostile text

HOSTILE_TXT = (
    "美国财政部3月5日宣布制裁朝鲜<img src=x onerror=\"window.__pwned='txt-img'\">"
    "<script>window.__pwned='txt-script'</script>，详见"
    '<a href="https://evil.example/" onmouseover="window.__pwned=\'a\'">链接</a>。\n'
    "特朗普4月会晤金正恩<b onmouseover=alert(1)>href</b>。\n"
)
HOSTILE_MD = """---
title: "<script>window.__pwned='title'</script>美朝<img src=x onerror=\\"window.__pwned='t'\\">"
date: 2025-03-04
from: "https://example.com/news?id=1&x=\\"><img src=x onerror=alert(1)>"
---

中国3月6日谴责美国制裁朝鲜。
"""
# The same payload put into the page as markup, to prove the checks below would notice.
CANARY = """() => {
  const probe = document.createElement('div');
  probe.innerHTML = '<img src=x onerror="window.__canary=1">';
  document.body.appendChild(probe);
}"""
MARKUP_IN_DOM = r"""() => {
  const found = [];
  document.querySelectorAll('*').forEach((el) => {
    for (const attr of el.attributes) {
      if (attr.name.startsWith('on')) { found.push(el.tagName + ' ' + attr.name); }
    }
  });
  document.querySelectorAll('img, iframe, object, embed').forEach((el) => found.push(el.tagName));
  document.querySelectorAll('script').forEach((el) => {  // ours hold the data, escaped
    if (/^\s*(window\.__pwned|alert)/.test(el.textContent)) { found.push('SCRIPT'); }
  });
  document.querySelectorAll('a').forEach((el) => {
    if (!/^https?:/.test(el.href) || el.href.includes('evil.example')) {
      found.push('A ' + el.href);
    }
  });
  return found;
}"""


def test_hostile_article_text_reaches_the_page_only_as_text(tab, tmp_path) -> None:
    folder = tmp_path / "<img src=x onerror=alert(1)>"
    folder.mkdir()
    (folder / "报道<b onmouseover=alert(1)>.txt").write_text(HOSTILE_TXT, encoding="utf-8")
    (folder / "news.md").write_text(HOSTILE_MD, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(folder), "-o", str(out)])
    assert result.exit_code == 0, result.output

    dialogs: list[str] = []
    tab.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    seen = _open(tab, out / "graph.html")
    assert tab.evaluate("nodes.length") >= 4
    texts = []
    for node_id in tab.evaluate("nodes.getIds()"):  # every node's event list, every tooltip
        tab.mouse.click(*tab.evaluate(NODE_XY, node_id))
        tab.wait_for_selector("#kg-events:not([hidden])")
        texts.append(tab.inner_text("#kg-events"))
        tab.click("#kg-events-close")
    edge_target = tab.evaluate(EDGE_TARGET)
    if edge_target:
        tab.mouse.move(edge_target[1], edge_target[2])
        tab.wait_for_selector("div.vis-tooltip", state="visible")
        texts.append(tab.inner_text("div.vis-tooltip"))
    shown = "\n".join(texts)

    # it is all there, as text
    assert "<img src=x onerror=\"window.__pwned='txt-img'\">" in shown
    assert "<script>window.__pwned='txt-script'</script>" in shown
    assert '<a href="https://evil.example/"' in shown
    assert "<b onmouseover=alert(1)>" in shown  # in the file name
    assert "<script>window.__pwned='title'</script>美朝" in shown  # the article's title
    # and none of it is markup, and none of it ran
    assert tab.evaluate(MARKUP_IN_DOM) == []
    assert tab.title().startswith("kg: ") and "<img" in tab.title()  # the title is text too
    assert tab.evaluate("window.__pwned") is None
    assert dialogs == []
    assert seen["errors"] == [] and seen["requests"] == [(out / "graph.html").as_uri()]

    tab.evaluate(CANARY)  # the same payload as markup is noticed by the same checks
    tab.wait_for_function("() => window.__canary === 1")
    assert tab.evaluate(MARKUP_IN_DOM)


# --------------------------------------------------------------------------- notebook


def test_the_notebook_view_draws_inside_its_iframe(tab, seeds_build) -> None:
    shown = EventGraph.open(seeds_build / "graph.ttl").page()._repr_html_()
    tab.set_content(f"<!doctype html><meta charset=utf-8><body>{shown}</body>")
    frame = tab.frame_locator("iframe")
    frame.locator("#mynetwork canvas").wait_for()
    inner = tab.frames[1]
    inner.wait_for_function(DRAWN)
    assert inner.evaluate("nodes.length") > 10
    assert "国家 Country" in html.unescape(inner.inner_text("#kg-panel"))
    # sandboxed: the page cannot reach the notebook around it
    assert (
        inner.evaluate("() => { try { return !!parent.document; } catch (e) { return false; } }")
        is False
    )
