"""Round 33, helper si: the page layout's two exact passes. The disc separation reckons only
the pairs near enough to overlap, and components of up to eight nodes get their spring
layout on Python floats; each gives the old code's floats bit for bit, which is kept here
as the reference (numpy over every pair)."""

from __future__ import annotations

import math
import random

import numpy as np
import pytest

from kg import views
from tests.data.dev_articles import dev_page_graphs

# --------------------------------------------------------------------------- references


def _separate_over_every_pair(coords, radii, gap: float = 30.0, iterations: int = 80):
    """views._separate as it was before this round: numpy over all n² pairs at every step."""
    pos = coords.astype(float).copy()
    need = radii[:, None] + radii[None, :] + gap
    np.fill_diagonal(need, 0.0)
    for step in range(iterations):
        x, y = pos[:, 0], pos[:, 1]
        dx = x[None, :] - x[:, None]
        dy = y[None, :] - y[:, None]
        dist = np.sqrt(dx * dx + dy * dy)
        overlap = np.clip(need - dist, 0.0, None)
        if not overlap.any():
            break
        same = dist < 1e-6
        if same.any():
            dx[same], dy[same] = math.cos(step + 1.0), math.sin(step + 1.0)
            dist[same] = 1.0
        np.fill_diagonal(overlap, 0.0)
        half = overlap / 2
        pos[:, 0] += (dx / dist * half).sum(axis=0)
        pos[:, 1] += (dy / dist * half).sum(axis=0)
    return pos - pos.mean(axis=0)


def _connected_adjacency(n: int, rnd: random.Random) -> np.ndarray:
    """A connected graph of ``n`` nodes as networkx' 0/1 matrix: a random tree, and more."""
    adjacency = np.zeros((n, n))
    for i in range(1, n):
        j = rnd.randrange(i)
        adjacency[i, j] = adjacency[j, i] = 1.0
    for _ in range(rnd.randint(0, n)):
        i, j = rnd.randrange(n), rnd.randrange(n)
        if i != j:
            adjacency[i, j] = adjacency[j, i] = 1.0
    return adjacency


def _old_layout(graph, monkeypatch) -> dict:
    """layout_positions with this round's two passes taken out."""
    with monkeypatch.context() as patch:
        patch.setattr(views, "_FEW_NODES", 0)
        patch.setattr(views, "_separate", _separate_over_every_pair)
        return views.layout_positions(graph)


# --------------------------------------------------------------------------- the separation


def test_the_separation_over_near_pairs_gives_the_old_bits():
    """Every scale (all nodes overlapping, a few, none), nodes on one spot, equal radii."""
    rng = np.random.default_rng(33)
    for trial in range(160):
        n = int(rng.integers(3, 160))
        coords = rng.random((n, 2)) * float(rng.choice([1.0, 30.0, 200.0, 900.0, 3000.0]))
        if trial % 3 == 0:
            coords[: n // 4] = coords[0]
        radii = 8 + 32 * rng.random(n)
        if trial % 5 == 0:
            radii[:] = 24.0
        expected = _separate_over_every_pair(coords, radii)
        assert views._separate(coords, radii).tobytes() == expected.tobytes()


def test_a_coordinate_at_zero_takes_the_old_way(monkeypatch):
    """A zero coordinate may take the sign of a sum of zeros: those steps are reckoned over
    every pair, and the result is still the old one."""
    calls = []
    every_pair = views._overlap_pushes_over_all_pairs

    def counted(*args):
        calls.append(1)
        return every_pair(*args)

    monkeypatch.setattr(views, "_overlap_pushes_over_all_pairs", counted)
    coords = np.array([[0.0, 0.0], [-0.0, 500.0], [10.0, -0.0], [400.0, 400.0], [20.0, 30.0]])
    radii = np.array([8.0, 20.0, 40.0, 12.0, 30.0])
    assert views._separate(coords, radii).tobytes() == (
        _separate_over_every_pair(coords, radii).tobytes()
    )
    assert calls


def test_the_separation_does_not_reckon_every_pair(monkeypatch):
    """The fast path itself: with no coordinate at zero, no step goes over all pairs, and the
    list of near pairs is made again only when a node has strayed."""

    def refused(*args):
        raise AssertionError("a step over every pair")

    monkeypatch.setattr(views, "_overlap_pushes_over_all_pairs", refused)
    made = []
    pairs = views._NearPairs.pairs

    def counted(self, pos):
        listed = getattr(self, "_listed", None)
        found = pairs(self, pos)
        made.append(found is not listed)
        return found

    monkeypatch.setattr(views._NearPairs, "pairs", counted)
    rng = np.random.default_rng(7)
    coords = rng.random((150, 2)) * 2000.0 + 1.0
    radii = 8 + 32 * rng.random(150)
    assert views._separate(coords, radii).tobytes() == (
        _separate_over_every_pair(coords, radii).tobytes()
    )
    assert made[0] and sum(made) < len(made)


def test_the_near_pairs_hold_every_overlapping_pair():
    """At every step of a crowded separation, each pair closer than it needs is listed."""
    rng = np.random.default_rng(5)
    coords = rng.random((60, 2)) * 300.0 + 1.0
    radii = 8 + 32 * rng.random(60)
    need = radii[:, None] + radii[None, :] + 30.0
    np.fill_diagonal(need, 0.0)
    near = views._NearPairs(need, margin=30.0)
    pos = coords.copy()
    for step in range(80):
        rows, columns, _ = near.pairs(pos)
        listed = set(zip(rows.tolist(), columns.tolist(), strict=True))
        x, y = pos[:, 0], pos[:, 1]
        dist = np.sqrt((x[None, :] - x[:, None]) ** 2 + (y[None, :] - y[:, None]) ** 2)
        overlapping = set(zip(*np.nonzero(need - dist > 0), strict=True))
        assert {(int(j), int(i)) for j, i in overlapping} <= listed
        moves = views._overlap_pushes(pos, rows, columns, near.pairs(pos)[2], step)
        if moves is None:
            break
        pos[:, 0] += moves[0]
        pos[:, 1] += moves[1]


# --------------------------------------------------------------------------- few nodes


def test_few_nodes_fruchterman_reingold_gives_numpys_bits():
    rnd = random.Random(33)
    for _ in range(400):
        n = rnd.randint(3, views._FEW_NODES)
        adjacency = _connected_adjacency(n, rnd)
        seed = rnd.choice([7, 0, 1, 12345, rnd.randrange(2**32)])
        expected = views._fruchterman_reingold(adjacency, seed)
        ours = views._few_nodes_fruchterman_reingold(adjacency.tolist(), seed)
        assert ours.shape == expected.shape and ours.flags.c_contiguous
        assert ours.tobytes() == expected.tobytes()


@pytest.mark.parametrize("iterations", [1, 5, 200])
def test_few_nodes_stop_at_the_same_step(iterations):
    """Fewer and more steps than networkx' 50, so that the threshold ends some early."""
    rnd = random.Random(iterations)
    for _ in range(60):
        n = rnd.randint(3, views._FEW_NODES)
        adjacency = _connected_adjacency(n, rnd)
        expected = views._fruchterman_reingold(adjacency, 7, iterations=iterations)
        ours = views._few_nodes_fruchterman_reingold(adjacency.tolist(), 7, iterations)
        assert ours.tobytes() == expected.tobytes()


def test_the_threshold_near_its_edge_is_numpys():
    """A norm within rounding of the threshold is told by numpy's own norm."""
    steps = [(3e-5, 4e-5), (1e-5, -2e-5), (0.0, 5e-6)]
    norm = float(np.linalg.norm(np.array(steps)) / 3)
    for threshold in (norm, np.nextafter(norm, 1.0), np.nextafter(norm, 0.0), norm * 2, norm / 2):
        expected = bool(np.linalg.norm(np.array(steps)) / 3 < threshold)
        assert views._below_threshold(steps, 3, float(threshold)) is expected


def test_small_components_do_not_call_numpys_spring_layout(monkeypatch):
    """The fast path itself: a page of components of up to eight nodes lays them out
    without numpy's Fruchterman-Reingold."""
    from kg.network import Network

    graph = Network(aggregate=True)
    for component, size in enumerate((3, 5, 7, views._FEW_NODES)):
        names = [f"c{component}n{node}" for node in range(size)]
        for node, name in enumerate(names):
            graph.add_node(name, n_events=node + 1)
        for u, v in zip(names, names[1:], strict=False):
            graph.add_edge(u, v, key=f"{u}-{v}")
    expected = _old_layout(graph, monkeypatch)

    def refused(*args, **kwargs):
        raise AssertionError("numpy's spring layout on a small component")

    monkeypatch.setattr(views, "_fruchterman_reingold", refused)
    assert [repr(xy) for xy in views.layout_positions(graph).items()] == [
        repr(xy) for xy in expected.items()
    ]


# --------------------------------------------------------------------------- dev pages


@pytest.fixture(scope="module")
def dev_pages() -> list:
    """The page graph of each dev folder (seeds, dev, terminus-dev, the fresh dev halves)."""
    return [graph for _, graph in dev_page_graphs()]


def test_the_dev_pages_are_laid_out_as_before(dev_pages, monkeypatch):
    sizes = set()
    for graph in dev_pages:
        ours = views.layout_positions(graph)
        assert [repr(v) for v in ours.items()] == [
            repr(v) for v in _old_layout(graph, monkeypatch).items()
        ]
        sizes.add(len(ours))
    assert max(sizes) > 20
