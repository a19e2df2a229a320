"""Faults: builds killed half-way (SIGINT, SIGKILL), a read-only output folder, a full disk.

Builds run as real subprocesses and are really interrupted; the read-only folder and the full
disk are real file systems (small tmpfs mounts) when the tests run as root, which CI does.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kg.pipeline import OUTPUTS, build
from kg.query import open_graph, run_query

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT / "seeds", ROOT / "eval" / "dev", ROOT / "eval" / "heldout"]
# Copies of SOURCES that arrive after a first build and whose build is killed: 4 copies are
# about 100 event-dense news articles, several seconds of extraction on any machine, so a
# kill 0.5 s in lands half-way (checked below) without making the suite wait for more.
NEW = 4


def _copies(folder: Path, copies: int, start: int = 0) -> None:
    """``copies`` renamed copies of the seed and gold articles (different files, same text)."""
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(start, start + copies):
        for source in SOURCES:
            for path in sorted(source.iterdir()):
                shutil.copy(path, folder / f"{number:03d}-{path.name}")


def _kg(*args: str) -> list[str]:
    return [sys.executable, "-m", "kg", *map(str, args)]


def _as_from_a_terminal() -> None:
    """Ctrl-C as a terminal delivers it: a runner that starts the tests in the background
    (``nohup``, ``cmd &``) leaves SIGINT ignored, Python then installs no handler of its own,
    and kg would never see the interrupt these tests send."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _reports(store: Path) -> tuple[int, str | None]:
    with open_graph(store) as source:
        result = run_query(source, "SELECT (COUNT(?r) AS ?n) WHERE { ?r a kgo:Report }")
        return int(result.rows[0][0]), source.generation


@pytest.fixture(scope="module")
def uninterrupted(tmp_path_factory) -> Iterator[Callable[[], Path]]:
    """The build a killed build and its rerun must end as: all the copies, never interrupted.
    Started at once, it runs on the other core while a test builds, kills and rebuilds, and
    both signals are compared with it (a folder given by the same relative path gives the
    same files wherever it is)."""
    here = tmp_path_factory.mktemp("uninterrupted")
    _copies(here / "articles", 1 + NEW)
    process = subprocess.Popen(
        _kg("build", "articles", "-o", "out", "--store", "store"),
        cwd=here,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )

    def finished() -> Path:
        _, stderr = process.communicate(timeout=300)
        assert process.returncode == 0, stderr
        return here

    yield finished
    if process.poll() is None:
        process.kill()
        process.wait()


@pytest.mark.parametrize("how", [signal.SIGINT, signal.SIGKILL], ids=["SIGINT", "SIGKILL"])
def test_a_build_killed_half_way_and_rerun_ends_as_an_uninterrupted_one(
    how, tmp_path, monkeypatch, uninterrupted
):
    monkeypatch.chdir(tmp_path)  # relative paths, as the uninterrupted build has them
    folder, store, out = Path("articles"), Path("store"), Path("out")
    _copies(folder, 1)
    build([folder], out, store=store)  # a first, complete build of part of the corpus
    before = _reports(store)
    _copies(folder, NEW, start=1)  # the rest arrives; its build is killed half-way
    process = subprocess.Popen(
        _kg("build", folder, "-o", out, "--store", store),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=_as_from_a_terminal,
    )
    deadline = time.monotonic() + 60
    while not (store / "gen-000002").exists() and time.monotonic() < deadline:
        time.sleep(0.02)
    time.sleep(0.5)  # well into the extraction of the new articles
    assert process.poll() is None, "the build ended before it could be interrupted"
    process.send_signal(how)
    _, stderr = process.communicate(timeout=60)
    if how == signal.SIGINT:
        assert process.returncode == 130
        assert stderr.strip().splitlines()[-1] == (
            "Error: interrupted; the store keeps its last complete build"
        )
    else:
        assert process.returncode == -signal.SIGKILL
    assert _reports(store) == before  # readers still see the last complete build
    rerun = subprocess.run(
        _kg("build", folder, "-o", out, "--store", store), capture_output=True, text=True
    )
    assert rerun.returncode == 0, rerun.stderr
    per_copy = sum(len(list(source.iterdir())) for source in SOURCES)
    assert f"{NEW * per_copy} extracted, {per_copy} unchanged, 0 removed" in rerun.stdout
    expected = uninterrupted()
    for name in OUTPUTS:  # the same graph, no duplicates, as the uninterrupted build
        assert (out / name).read_bytes() == (expected / "out" / name).read_bytes(), name
    assert _reports(store)[0] == _reports(expected / "store")[0]
    # the killed build's unfinished generation was thrown away and its number reused
    assert sorted(p.name for p in store.glob("gen-*")) == ["gen-000001", "gen-000002"]
    assert not list(out.glob(".*.tmp"))


def test_a_first_build_killed_leaves_no_store_to_read_and_a_rerun_completes(tmp_path):
    folder, store = tmp_path / "articles", tmp_path / "store"
    _copies(folder, 3)  # about 80 news articles: seconds of extraction, killed 0.3 s in
    process = subprocess.Popen(
        _kg("build", folder, "-o", tmp_path / "out", "--store", store),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while not (store / "gen-000001").exists() and time.monotonic() < deadline:
        time.sleep(0.02)
    time.sleep(0.3)
    process.kill()
    process.wait(timeout=30)
    with pytest.raises(Exception, match="no complete build yet"):
        open_graph(store)
    done = subprocess.run(_kg("build", folder, "--store", store, "-o", tmp_path / "out"))
    assert done.returncode == 0
    assert _reports(store)[1] == "gen-000001"


def _process_tree(pid: int) -> set[tuple[int, str]]:
    """The descendants of ``pid`` (each as its pid and start time, so a reused pid is not it)."""
    parents: dict[int, tuple[int, str]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        parents[int(entry.name)] = (int(fields[1]), fields[19])
    found: set[tuple[int, str]] = set()
    todo = [pid]
    while todo:
        parent = todo.pop()
        children = [child for child, (ppid, _) in parents.items() if ppid == parent]
        found.update((child, parents[child][1]) for child in children)
        todo.extend(children)
    return found


def _running(process: tuple[int, str]) -> bool:
    try:
        fields = Path(f"/proc/{process[0]}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return False
    return fields[19] == process[1] and fields[0] != "Z"  # a zombie has ended


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc")
def test_a_parallel_build_whose_parent_is_killed_leaves_no_process_behind(tmp_path):
    folder = tmp_path / "articles"
    _copies(folder, 8)
    process = subprocess.Popen(
        _kg("build", folder, "-o", tmp_path / "out", "--workers", "2"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    children = _process_tree(process.pid)
    while len(children) < 2 and time.monotonic() < deadline:  # the two workers
        time.sleep(0.02)
        children = _process_tree(process.pid)
    assert len(children) >= 2, "the build never started its workers"
    time.sleep(0.3)  # into the extraction
    children |= _process_tree(process.pid)
    assert process.poll() is None, "the build ended before it could be killed"
    process.kill()
    process.wait(timeout=30)
    deadline = time.monotonic() + 30
    while any(map(_running, children)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(map(_running, children)), "processes of the killed build still run"


# --------------------------------------------------------------------------- file systems


def _mount(target: Path, options: str) -> bool:
    """A real tmpfs at ``target`` (root only); False when this machine does not allow it."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    target.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(target)], capture_output=True
    )
    return done.returncode == 0


def _unmount(target: Path) -> None:
    subprocess.run(["umount", "-l", str(target)], capture_output=True)


@pytest.fixture
def read_only_folder(tmp_path):
    target = tmp_path / "readonly"
    if _mount(target, "ro,size=1m"):
        yield target
        _unmount(target)
    elif os.geteuid() != 0:
        target.mkdir()
        target.chmod(0o555)  # permissions bind everyone but root
        yield target
        target.chmod(0o755)
    else:
        pytest.skip("root without permission to mount a read-only tmpfs")


@pytest.fixture
def full_disk(tmp_path, request):
    """A real, small tmpfs (300 KB unless the test asks for another size)."""
    target = tmp_path / "full"
    size = getattr(request, "param", "300k")
    if not _mount(target, f"size={size}"):
        pytest.skip("needs root and permission to mount a small tmpfs")
    yield target
    _unmount(target)


def _one_error_line(done: subprocess.CompletedProcess) -> str:
    assert done.returncode == 1, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr  # one line, never a traceback
    assert lines[0].startswith("Error: ")
    return lines[0]


@pytest.mark.parametrize("workers", ["1", "2"])
def test_an_unwritable_output_folder_is_one_clear_line(read_only_folder, workers):
    out = read_only_folder / "out"  # with 2 workers, the page fails in the drawing process
    line = _one_error_line(
        subprocess.run(
            _kg("build", ROOT / "seeds", "-o", out, "--workers", workers),
            capture_output=True,
            text=True,
        )
    )
    assert line.startswith(f"Error: {out}")
    assert "cannot write" in line
    assert "Read-only file system" in line or "Permission denied" in line


def test_an_unwritable_store_folder_is_one_clear_line(read_only_folder):
    store = read_only_folder / "store"
    done = subprocess.run(
        _kg("build", ROOT / "seeds", "--store", store), capture_output=True, text=True
    )
    line = _one_error_line(done)
    assert line.startswith(f"Error: {store}") and "cannot write" in line


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_full_disk_is_one_clear_line_and_leaves_no_half_file(full_disk, workers):
    out = full_disk / "out"  # graph.html alone is larger than the file system
    line = _one_error_line(  # with 2 workers, the writers of 3 processes fail: none is cut short
        subprocess.run(
            _kg("build", ROOT / "seeds", "-o", out, "--workers", workers),
            capture_output=True,
            text=True,
        )
    )
    assert "No space left on device" in line or "no space left" in line
    assert not [p.name for p in out.iterdir() if p.name.startswith(".")]  # no temporary left
    for path in out.iterdir():  # whatever was written is whole
        assert path.name in OUTPUTS


@pytest.mark.parametrize("full_disk", ["8m"], indirect=True)
def test_a_store_on_a_full_disk_is_one_clear_line_and_keeps_its_last_build(full_disk, tmp_path):
    store = full_disk / "store"
    small = tmp_path / "small"
    small.mkdir()
    shutil.copy(ROOT / "seeds" / "000_bd37ddfa629d8a81.txt", small)
    first = subprocess.run(
        _kg("build", small, "--store", store, "-o", tmp_path / "out"),
        capture_output=True,
        text=True,
    )
    assert first.returncode == 0, first.stderr
    before = _reports(store)
    _copies(small, 6)  # 108 more articles: more than 8 MB of store
    line = _one_error_line(
        subprocess.run(
            _kg("build", small, "--store", store, "-o", tmp_path / "out"),
            capture_output=True,
            text=True,
        )
    )
    assert line.startswith(f"Error: {store}")
    assert "no space left" in line.lower()
    assert _reports(store) == before
