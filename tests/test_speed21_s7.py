"""Reading a file skips the control-character regex when the bytes show there is none
(kg/articles.py ``_may_hold_controls``): the text must be what the regex gives, always."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from kg import articles

ROOT = Path(__file__).resolve().parents[1]
SETS = ("seeds", "eval/dev", "eval/terminus-dev")


def _decoded_with_regex(raw: bytes, name: str) -> tuple[str, str]:
    """_decode as it was: the control-character regex on every text."""
    text, encoding = articles._decode(raw, name)
    return articles._CONTROL_CHARS.sub("", text), encoding


def _files() -> list[Path]:
    suffixes = {".txt", ".md", ".markdown", ".html", ".htm"}
    return [
        path
        for folder in SETS
        for path in sorted((ROOT / folder).rglob("*"))
        if path.suffix.lower() in suffixes
    ]


def test_every_file_of_the_sets_reads_as_with_the_regex() -> None:
    files = _files()
    assert len(files) >= 20
    for path in files:
        raw = path.read_bytes()
        text, _ = articles._decode(raw, str(path))
        assert articles._CONTROL_CHARS.search(text) is None, path
        assert (text, _) == _decoded_with_regex(raw, str(path)), path


CONTROLS = [bytes([code]) for code in (*range(0, 9), 11, *range(14, 32), 127)]


@pytest.mark.parametrize("control", CONTROLS[1:])  # a NUL byte makes the file binary
def test_a_control_byte_in_utf8_is_removed(control: bytes) -> None:
    raw = "美国制裁朝鲜。".encode() + control + "朝方谴责美国。".encode()
    text, encoding = articles._decode(raw, "a.txt")
    assert encoding == "utf-8"
    assert text == "美国制裁朝鲜。朝方谴责美国。"


def test_escape_passes_the_binary_test_and_is_still_removed() -> None:
    raw = "美国\x1b[1m制裁\x1b[0m朝鲜。".encode()
    assert articles._control_bytes(raw) == 0  # ESC is no control for the binary test
    assert articles._decode(raw, "a.txt")[0] == "美国[1m制裁[0m朝鲜。"


def test_form_feed_and_carriage_returns_become_line_breaks() -> None:
    raw = "美国制裁朝鲜。\x0c朝方谴责。\r\n次日\r会谈".encode()
    assert articles._decode(raw, "a.txt")[0] == "美国制裁朝鲜。\n朝方谴责。\n次日\n会谈"


def test_a_control_after_the_sample_is_removed() -> None:
    """Beyond the binary test's 64 KiB the count says nothing: the regex runs."""
    raw = ("美国制裁朝鲜。" * 4000).encode() + b"\x07" + "完。".encode()
    assert len(raw) > articles._SAMPLE
    text = articles._decode(raw, "a.txt")[0]
    assert "\x07" not in text and text.endswith("。完。")


def test_bom_and_broken_utf8_keep_their_controls_out() -> None:
    bom = codecs.BOM_UTF8 + "美国\x01制裁朝鲜。".encode()
    assert articles._decode(bom, "a.txt")[0] == "美国制裁朝鲜。"
    broken = ("美国制裁朝鲜，朝方谴责美国。" * 100).encode() + b"\xe7\x02"
    text, encoding = articles._decode(broken, "a.txt")
    assert encoding == "utf-8" and "\x02" not in text and text.endswith("\ufffd")


def test_other_encodings_still_run_the_regex() -> None:
    raw = "美国\x01制裁朝鲜，朝方谴责美国。".encode("gb18030")
    text, encoding = articles._decode(raw, "a.txt")
    assert encoding != "utf-8" and text == "美国制裁朝鲜，朝方谴责美国。"
    utf16 = codecs.BOM_UTF16_LE + "美国\x01制裁。".encode("utf-16-le")
    assert articles._decode(utf16, "a.txt")[0] == "美国制裁。"


def test_binary_files_are_refused_as_before() -> None:
    for raw in (b"%PDF-1.4 ...", "美国".encode() + b"\x00", b"abc\x01\x02\x03\x04" * 50):
        with pytest.raises(articles.InputError, match="binary"):
            articles._decode(raw, "a.bin")
    # 5% of the sample is the threshold: as many controls as that is still text
    assert not articles._looks_binary(5, b"x" * 100)
    assert articles._looks_binary(6, b"x" * 100)
