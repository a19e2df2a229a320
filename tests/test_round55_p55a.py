"""Round 55, p55a: files read ahead by the drawing process of a parallel build.

The drawing process reads files (kg.workers._read_file) while the parent warms up
extraction, and the pool's workers decode its records instead of reading the files: the
decoded reading must be the reading itself, and a build the same build."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest

from kg import workers
from kg.articles import find_article_files
from kg.pipeline import OUTPUTS, build

ROOT = Path(__file__).resolve().parents[1]


def _files() -> list[str]:
    folders = [ROOT / "seeds", ROOT / "tests" / "data" / "articles"]
    files, _ = find_article_files([f for f in folders if f.is_dir()])
    return [str(f) for f in files]


def _odd_files(folder: Path) -> list[str]:
    """Files read with offsets of many kinds, and files that are skipped."""
    texts = {
        "plain.txt": "美国总统特朗普会见朝鲜领导人金正恩。\n",
        "traditional.txt": "美國 對朝鮮　實施制裁，中國外交部表示反對。\n",
        "spaces.md": "---\ntitle: 标题\ndate: 2020-01-02\n---\n\n"
        "美 国 制裁 朝鲜 。\n\n  日本  抗议。\n",
        "page.html": "<html><head><title>题</title></head><body><p>俄羅斯 和 烏克蘭 談判。</p>"
        "<p>ＡＢＣ　全角。</p></body></html>",
        "one.txt": "中",
        "empty.txt": "",
        "blank.txt": "   \n\n",
    }
    paths = []
    for name, text in texts.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    binary = folder / "binary.txt"
    binary.write_bytes(b"%PDF-1.4\x00\x01\x02" * 50)
    paths.append(str(binary))
    paths.append(str(folder / "missing.txt"))  # cannot be read
    return paths


def test_a_record_decodes_to_the_reading_itself(tmp_path) -> None:
    for path in _files() + _odd_files(tmp_path):
        read = workers._read_file(path)
        assert workers._decode_read(workers._encode_read(read)) == read, path
        if read[4] is not None:  # the very offsets, as a tuple
            assert type(workers._decode_read(workers._encode_read(read))[4].offsets) is tuple


def test_offsets_of_every_shape_come_back(tmp_path) -> None:
    from kg.model import Article

    shapes = [
        (0, 1),
        (0, 1, 2, 3),
        (3, 4, 5, 9, 10, 10, 11, 40),
        (0, 0, 0, 1),
        tuple(range(5, 2000)) + (3000,),
        (7, 6, 5, 4),
    ]
    for offsets in shapes:
        text = "字" * (len(offsets) - 1)
        article = Article("x.txt", "体" * (max(offsets) + 1), text, offsets)
        read = ("x.txt", "sha256:0", 1, 2, article, None)
        assert workers._decode_read(workers._encode_read(read)) == read


def _read_ahead(paths: list[str], stop: bool = False) -> dict[str, tuple[int, int]]:
    ahead = workers._Prefetch(paths)
    down_read, down_write = os.pipe()
    try:
        if stop:
            workers._send(down_write, b"")
        ahead.read(down_read)
        return ahead.done()
    finally:
        os.close(down_read)
        os.close(down_write)


def test_a_worker_extracts_a_file_read_ahead_as_the_file_itself(tmp_path) -> None:
    paths = _files() + _odd_files(tmp_path)
    read = _read_ahead(paths)
    try:
        assert set(read) == set(paths)
        for path in paths:
            task = workers._read_ahead(path, read[path])
            result = workers.extract_file(task)
            assert result == workers.extract_file(path)
            assert type(result.path) is str  # the path alone, as the results are kept
            assert pickle.loads(pickle.dumps(task)).span == task.span  # as a pool sends it
    finally:
        os.close(workers._READ_AHEAD)
        workers._READ_AHEAD = -1


def test_told_to_stop_it_reads_nothing_more() -> None:
    read = _read_ahead(_files(), stop=True)
    try:
        assert read == {}
    finally:
        os.close(workers._READ_AHEAD)
        workers._READ_AHEAD = -1


def test_a_record_that_cannot_be_read_means_reading_the_file(tmp_path) -> None:
    path = _files()[0]
    expected = workers.extract_file(path)
    assert workers._READ_AHEAD == -1
    task = workers._read_ahead(path, (0, 10))
    assert workers.extract_file(task) == expected  # no file of records
    other = _files()[1]
    read = _read_ahead([other])
    try:  # a record of another file
        assert workers.extract_file(workers._read_ahead(path, read[other])) == expected
    finally:
        os.close(workers._READ_AHEAD)
        workers._READ_AHEAD = -1


@pytest.mark.parametrize("folder", ["seeds", "tests/data/articles"])
def test_a_parallel_build_reading_ahead_writes_the_files_of_a_one_process_build(
    tmp_path, folder
) -> None:
    build([ROOT / folder], tmp_path / "one", workers=1)
    build([ROOT / folder], tmp_path / "two", workers=2)
    for name in OUTPUTS:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()
