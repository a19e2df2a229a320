"""Reading a file skips the control-character regex when the bytes show there is none
(kg/articles.py ``_may_hold_controls``): the text must be what the regex gives, always."""

from __future__ import annotations

import codecs

import pytest
from sentences import inspectable_files

from kg import articles


def _decoded_with_regex(raw: bytes, name: str) -> tuple[str, str]:
    """_decode as it was: the control-character regex on every text."""
    text, encoding = articles._decode(raw, name)
    return articles._CONTROL_CHARS.sub("", text), encoding


def test_every_file_of_the_sets_reads_as_with_the_regex() -> None:
    files = inspectable_files()
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


# --- _fold_marked: _simplify searches for characters beyond the BMP only when there may be one


def _simplified_as_before(text: str) -> str:
    """_simplify(_fold(text)) with the search for characters beyond the BMP always made."""
    return articles._simplify(articles._fold(text), True)


def test_fold_and_simplify_as_before_on_every_line_of_the_sets() -> None:
    for path in inspectable_files():
        body = articles._decode(path.read_bytes(), str(path))[0]
        assert articles._simplify(*articles._fold_marked(body)) == _simplified_as_before(body)
        for line in body.split("\n"):
            folded, astral = articles._fold_marked(line)
            assert articles._simplify(folded, astral) == _simplified_as_before(line), line
            assert astral or max(folded, default="a") <= "\uffff", line


@pytest.mark.parametrize(
    "text",
    [
        "美國對朝鮮實施制裁",  # traditional, all in the BMP
        "美国对朝鲜实施制裁",  # simplified: nothing to do
        "香港\U00028a0f記者報道",  # a traditional character beyond the BMP, with BMP ones
        "香港\U00028a0f记者报道",  # ... alone: found by the set, not the class
        "数学\U0001d400符号",  # beyond the BMP, folds into the BMP (𝐀 → A)
        "\ufa6c字",  # a compatibility ideograph that folds beyond the BMP
        "第一行\n香港\U00028a0f记者\n第三行國",  # lines: only some hold traditional script
    ],
)
def test_fold_marked_edge_cases(text: str) -> None:
    folded, astral = articles._fold_marked(text)
    assert folded == articles._fold(text)
    if any(ch > "\uffff" for ch in folded):
        assert astral
    assert articles._simplify(folded, astral) == _simplified_as_before(text)
    assert articles.normalise(text)[0] == articles._normalise(text, _simplified_as_before(text))[0]


def test_a_compatibility_ideograph_widens_the_text() -> None:
    folded, astral = articles._fold_marked("\ufa6c")
    assert folded == "\U000242ee" and astral
    assert articles._fold_marked("美国，朝鲜")[1] is False


# --- _collapse_space: the white-space regex only on a text it changes


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "美国 制裁",
        "美国  制裁",
        "美国\n制裁",
        "a\tb",
        "a\r\nb",
        "a\fb",
        " a ",
        "\u3000a",
        "a\xa0b",
    ],
)
def test_collapse_space_as_the_regex(text: str) -> None:
    assert articles._collapse_space(text) == articles._HTML_SPACE.sub(" ", text)


def test_collapse_space_on_every_text_node_of_the_sets() -> None:
    """Every text node of the sets' HTML and Markdown with raw HTML, as the regex gives it."""
    seen = 0
    for path in inspectable_files():
        text = path.read_text(encoding="utf-8", errors="replace")
        root = articles._parse_html(text) if "<" in text else None
        for element in root.iter() if root is not None else ():
            for piece in (element.text, element.tail):
                if isinstance(piece, str) and piece:
                    seen += 1
                    assert articles._collapse_space(piece) == articles._HTML_SPACE.sub(" ", piece)
    assert seen > 0
