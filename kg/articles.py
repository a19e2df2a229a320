"""Read article files: find them, decode them, strip front matter and markup, normalise.

An article arrives as HTML saved from the web, Markdown with YAML front matter, or plain
text, in UTF-8, GB18030 or Big5, simplified or traditional. Reading yields an
:class:`~kg.model.Article` whose ``body`` is the plain text in the article's own script
(what the user is shown) and whose ``text`` is what the extractor matches on: NFKC, simplified,
stray spaces inside Chinese words removed, the halves of a headline parted by a comma.
``Article.offsets`` maps every character of ``text`` back to ``body``, so every event keeps
the original sentence.

Bad input never escapes as a traceback: :func:`read_article` raises
:class:`~kg.exceptions.InputError` with a plain reason, and :func:`iter_articles` turns any
failure of one file into a :class:`~kg.model.Skipped` so the batch goes on.
"""

from __future__ import annotations

import datetime as dt
import html
import os
import re
import sys
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import accumulate
from operator import itemgetter
from pathlib import Path
from re import _constants, _parser  # type: ignore[attr-defined] # re's own parser: the boilerplate patterns' firsts
from typing import TYPE_CHECKING, Any, Final, NamedTuple

import yaml

if TYPE_CHECKING:  # imported where a page is parsed (see html_tools)
    import lxml.html

from .exceptions import InputError, OntologyError
from .model import Article, Skipped
from .regex_cache import compile_pattern
from .resources import ontology_file
from .snapshot import warm_value, words_key

__all__ = [
    "ARTICLE_SUFFIXES",
    "find_article_files",
    "read_article",
    "iter_articles",
    "normalise",
]

ARTICLE_SUFFIXES: Final = (".txt", ".md", ".markdown", ".html", ".htm")

_MARKDOWN_SUFFIXES: Final = (".md", ".markdown")
_HTML_SUFFIXES: Final = (".html", ".htm")
_NO_TEXT: Final = "no text left after removing markup"

# ---------------------------------------------------------------------------------------------
# Finding files
# ---------------------------------------------------------------------------------------------


def find_article_files(
    paths: Iterable[str | os.PathLike],
) -> tuple[list[Path], list[Skipped]]:
    """The article files under ``paths``, and the paths that give none, with the reason.

    Folders are searched recursively in sorted order, skipping hidden files and folders; a
    file named explicitly is read whatever its suffix, since the user asked for it. A file
    reached twice is listed once.
    """
    files: list[Path] = []
    skipped: list[Skipped] = []
    seen: set[str] = set()
    real_folders: dict[str, str] = {}
    for raw in paths:
        name = os.fspath(raw)
        path = Path(name)
        if path.is_dir():
            found, problems = _walk(path)
            skipped.extend(problems)
            if not found and not problems:
                suffixes = " ".join(ARTICLE_SUFFIXES)
                skipped.append(Skipped(name, f"no article files ({suffixes}) in folder"))
        elif path.is_file():
            found = [path]
        elif not path.exists():
            skipped.append(Skipped(name, "no such file or directory"))
            continue
        else:
            skipped.append(Skipped(name, "not a regular file or folder"))
            continue
        for file, key in zip(found, _real_paths(found, real_folders), strict=True):
            if key not in seen:
                seen.add(key)
                files.append(file)
    return files, skipped


def _real_paths(files: list[Path], real_folders: dict[str, str]) -> Iterator[str]:
    """``os.path.realpath`` of each file, with each folder resolved once (``real_folders``
    keeps them): a file that is no symbolic link is its resolved folder joined with its name,
    where realpath would look at every part of the path again (0.01 s for 600 files)."""
    for file in files:
        folder, name = os.path.split(file)
        if os.path.islink(file):
            yield os.path.realpath(file)
            continue
        real = real_folders.get(folder)
        if real is None:
            real = real_folders[folder] = os.path.realpath(folder)
        yield os.path.join(real, name)


def _walk(root: Path) -> tuple[list[Path], list[Skipped]]:
    """Article files below ``root`` sorted by relative path; unreadable folders are reported."""
    found: list[tuple[tuple[str, ...], Path]] = []
    problems: list[Skipped] = []

    def on_error(exc: OSError) -> None:
        problems.append(Skipped(str(exc.filename or root), _os_reason(exc)))

    for folder, dirs, names in os.walk(root, onerror=on_error):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        # the folder's parts once, not a relative path made per file (0.03 s for 600 files)
        parts = Path(folder).relative_to(root).parts
        for name in names:
            if not name.startswith(".") and name.lower().endswith(ARTICLE_SUFFIXES):
                found.append(((*parts, name), Path(folder, name)))
    return [path for _, path in sorted(found)], problems


def _os_reason(exc: OSError) -> str:
    """A short, lower-case reason for an OS error (no errno, no path)."""
    if isinstance(exc, FileNotFoundError):
        return "no such file or directory"
    if isinstance(exc, IsADirectoryError):
        return "is a folder, not a file"
    if isinstance(exc, PermissionError):
        return "permission denied"
    return (exc.strerror or str(exc) or type(exc).__name__).lower()


# ---------------------------------------------------------------------------------------------
# Reading one article
# ---------------------------------------------------------------------------------------------


def iter_articles(paths: Iterable[str | os.PathLike]) -> Iterator[Article | Skipped]:
    """Every article under ``paths``; paths and files that cannot be read come as Skipped.

    The Skipped entries of the search come first, then one entry per file in order. One bad
    file never stops the batch; only a broken ontology file (OntologyError) does.
    """
    files, skipped = find_article_files(paths)
    yield from skipped
    if files:
        _boilerplate()  # a bad boilerplate.txt is one error, not one per file
    for path in files:
        yield _read_or_skip(path)


def _read_or_skip(path: Path) -> Article | Skipped:
    name = os.fspath(path)
    try:
        return read_article(path)
    except InputError as exc:
        return Skipped(name, _reason(exc))
    except OntologyError:
        raise
    except Exception as exc:  # one odd file must not stop the batch
        message = str(exc) or "no message"
        return Skipped(name, f"unexpected error: {type(exc).__name__}: {message}")


def _reason(exc: InputError) -> str:
    """The reason of an InputError without the ``path: `` prefix KgError adds."""
    message = str(exc)
    prefix = f"{exc.path}: " if exc.path else ""
    return message[len(prefix) :] if prefix and message.startswith(prefix) else message


def read_article(path: str | os.PathLike, content: bytes | None = None) -> Article:
    """Read one article file into an Article (body, normalised text, offsets, metadata).

    ``content`` is the file's bytes when the caller has read them already (a build hashes
    them too). Raises InputError for an empty, binary or undecodable file, broken front
    matter, or a file with no text once markup and boilerplate are gone.
    """
    name = os.fspath(path)
    raw = _read_bytes(name) if content is None else content
    decoded, encoding = _decode(raw, name)
    meta, rest = _split_front_matter(decoded, name)
    header, rest = _split_header_lines(rest)
    fmt = _detect_format(name, rest)
    lines, page_meta = _to_lines(rest, fmt)
    body, folded, plain_spaces = _assemble(lines)
    if not body:
        raise InputError(_NO_TEXT, path=name)
    text, offsets = _normalise(body, folded, plain_spaces)
    if not text:
        raise InputError(_NO_TEXT, path=name)
    for extra in (header, page_meta):
        for key, value in extra.items():
            if not meta.get(key):
                meta[key] = value
    return Article(
        path=name,
        body=body,
        text=text,
        offsets=offsets,
        title=meta.get("title"),
        date=meta.get("date"),
        url=meta.get("url"),
        author=meta.get("author"),
        tags=meta.get("tags", ()),
        encoding=encoding,
        format=fmt,
    )


def _read_bytes(name: str) -> bytes:
    try:
        with open(name, "rb") as handle:
            return handle.read()
    except OSError as exc:
        raise InputError(_os_reason(exc), path=name) from exc


# ---------------------------------------------------------------------------------------------
# Bytes to text
# ---------------------------------------------------------------------------------------------

_BINARY_MAGIC: Final = (b"%PDF-", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b")
# Bytes that do not occur in text: C0 controls except \t \n \f \r and ESC, plus DEL.
_CONTROL_BYTES: Final = bytes([*range(0, 9), 11, *range(14, 27), *range(28, 32), 127])
_TEXT_BYTES: Final = bytes(b for b in range(256) if b not in _CONTROL_BYTES)
_CONTROL_SINGLES: Final = tuple(bytes((b,)) for b in _CONTROL_BYTES if b)  # (NUL is tested first)
_BINARY_SHARE: Final = 0.05
_SAMPLE: Final = 65536  # bytes the binary test reads
_UTF16_BOMS: Final = (b"\xff\xfe", b"\xfe\xff")
_CJK_CANDIDATES: Final = ("gb18030", "big5", "big5hkscs")
# Guesses charset-normalizer makes for garbage: UTF-16/32 without a BOM, EBCDIC code pages.
_UNLIKELY_ENCODINGS: Final = (
    "utf_16",
    "utf_32",
    "cp037",
    "cp273",
    "cp424",
    "cp500",
    "cp875",
    "cp1026",
    "cp1140",
)
_CONTROL_CHARS: Final = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _decode(raw: bytes, name: str) -> tuple[str, str]:
    """Decode ``raw`` to text with universal newlines; returns (text, encoding)."""
    # (lstrip, not strip: a text is all white space when its left strip is empty too, and
    # the left strip of a text that starts with none is the text itself, where strip copied
    # every file that ends with a line break, as did the strip of the decoded text below)
    if not raw.lstrip(b" \t\r\n\x0c"):
        raise InputError("empty file", path=name)
    controls = None
    if raw.startswith(_UTF16_BOMS):
        text, encoding = _try_decode(raw, "utf-16"), "utf-16"
    elif _looks_binary(controls := _control_bytes(raw), raw):
        raise InputError("binary file, not text", path=name)
    elif raw.startswith(b"\xef\xbb\xbf"):
        text, encoding = _try_decode(raw, "utf-8-sig"), "utf-8"
    else:
        text, encoding = _guess_decode(raw)
    if text is None:
        raise InputError("undecodable text (not UTF-8, GB18030 or Big5)", path=name)
    if not text.lstrip("\ufeff \t\r\n\x0c"):
        raise InputError("empty file", path=name)
    text = text.lstrip("\ufeff")
    # In UTF-8 (strict or with broken bytes replaced) a byte below 0x80 is always that
    # character: a text without a carriage return or form feed byte holds neither, and the
    # three replacements need not go through it (a sixth of decoding Terminus)
    utf8 = encoding == "utf-8"
    if not utf8 or b"\r" in raw:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not utf8 or b"\x0c" in raw:
        text = text.replace("\x0c", "\n")
    if not _may_hold_controls(raw, encoding, controls):
        return text, encoding
    return _CONTROL_CHARS.sub("", text), encoding


def _may_hold_controls(raw: bytes, encoding: str, controls: int | None) -> bool:
    """Whether the text decoded from ``raw`` may hold a character _CONTROL_CHARS removes.

    Why: that regex tried every character of every article (1.5-2% of reading a corpus),
    where almost no file has one. In UTF-8 a byte below 0x80 is always that character itself,
    so when the whole file was the binary test's sample and none of its bytes was a control
    (its count) or ESC (the one control the test lets through), the text holds none either.
    """
    if encoding != "utf-8" or controls is None or len(raw) > _SAMPLE:
        return True
    return controls > 0 or b"\x1b" in raw


def _looks_binary(controls: int, raw: bytes) -> bool:
    """NUL bytes, a known binary signature, or many control bytes mean "not text"."""
    return controls > _BINARY_SHARE * min(len(raw), _SAMPLE)


def _control_bytes(raw: bytes) -> int:
    """How many control bytes the file's first 64 KiB (the sample) hold; a NUL byte or a
    known binary signature counts as all of them (the file is binary)."""
    sample = raw[:_SAMPLE]
    if b"\x00" in sample or sample.startswith(_BINARY_MAGIC):
        return len(sample) + 1
    # (no control byte in the sample, as in nearly every file, is 0: a search for each byte
    # runs at memchr's speed, where counting them went through the table per byte, 73 M
    # instructions of reading Terminus)
    if not any(control in sample for control in _CONTROL_SINGLES):
        return 0
    return len(sample.translate(None, _TEXT_BYTES))


def _try_decode(raw: bytes, encoding: str) -> str | None:
    try:
        return raw.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _guess_decode(raw: bytes) -> tuple[str | None, str]:
    """UTF-8 first; then GB18030 or Big5 by strict trial and plausibility; then detection."""
    text = _try_decode(raw, "utf-8")
    if text is not None:
        return text, "utf-8"
    text = _mostly_utf8(raw)
    if text is not None:
        return text, "utf-8"
    candidates = [(enc, t) for enc in _CJK_CANDIDATES if (t := _try_decode(raw, enc)) is not None]
    if candidates:
        # Big5 bytes also decode as GB18030 (as garbage), so pick the most plausible reading.
        best = max(candidates, key=lambda c: _plausibility(c[1], c[0]))
        return best[1], best[0]
    return _detect(raw)


def _mostly_utf8(raw: bytes) -> str | None:
    """UTF-8 with a few broken bytes (a truncated download) is still UTF-8."""
    text = raw.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if bad * 1000 > len(text):
        return None
    multibyte = sum(1 for ch in text if ord(ch) > 0x7F) - bad
    return text if multibyte >= 10 * bad else None


def _plausibility(text: str, encoding: str) -> float:
    """Share of non-ASCII characters that are common characters of that encoding's script."""
    sample = [ch for ch in text[:20000] if ord(ch) > 0x7F][:5000]
    if not sample:
        return 0.0
    common = _common_chars()[0 if encoding == "gb18030" else 1]
    return sum(ch in common for ch in sample) / len(sample)


@lru_cache(maxsize=1)
def _common_chars() -> tuple[frozenset[str], frozenset[str]]:
    """GB2312 level-1 hanzi and symbols; Big5 frequent hanzi and symbols."""
    gb = _decode_block("gb2312", range(0xA1, 0xD8), range(0xA1, 0xFF))
    big5_trails = [*range(0x40, 0x7F), *range(0xA1, 0xFF)]
    big5 = _decode_block("big5", range(0xA1, 0xC6), big5_trails)
    big5 |= _decode_block("big5", [0xC6], range(0x40, 0x7F))
    return gb, big5


def _decode_block(encoding: str, leads: Iterable[int], trails: Iterable[int]) -> frozenset[str]:
    chars = set()
    trails = list(trails)
    for lead in leads:
        for trail in trails:
            ch = _try_decode(bytes((lead, trail)), encoding)
            if ch is not None:
                chars.add(ch)
    return frozenset(chars)


def _detect(raw: bytes) -> tuple[str | None, str]:
    """Last resort for other encodings: charset-normalizer's best guess."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a declared dependency
        return None, ""
    match = from_bytes(raw).best()
    if match is None or match.encoding.startswith(_UNLIKELY_ENCODINGS):
        return None, ""
    text = str(match)
    printable = sum(ch.isprintable() or ch.isspace() for ch in text)
    if printable < 0.95 * len(text):
        return None, ""
    return text, match.encoding.replace("_", "-")


# ---------------------------------------------------------------------------------------------
# Front matter and header lines: metadata
# ---------------------------------------------------------------------------------------------

_FM_OPEN: Final = re.compile(r"\A(?:[ \t]*\n)*---[ \t]*\n")
_FM_CLOSE: Final = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.M)


def _text_timestamps(base: type) -> type:
    """A safe YAML loader that keeps dates as text: 2019-02-30 must not sink the file."""
    loader = type(f"FrontMatter{base.__name__}", (base,), {})
    loader.add_constructor("tag:yaml.org,2002:timestamp", base.construct_scalar)  # type: ignore[attr-defined]
    return loader


_YAML_LOADER: Final = _text_timestamps(getattr(yaml, "CSafeLoader", yaml.SafeLoader))
_YAML_PURE_LOADER: Final = _text_timestamps(yaml.SafeLoader)  # same words for errors everywhere
# A URL, or something a person typed for one: www.example.com/a, example.com/a
_URL: Final = re.compile(r"^(?:(?:https?|ftp)://|www\.)\S+$|^[\w-]+(?:\.[\w-]+)+/\S*$", re.I | re.A)
_DATE: Final = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)")
_URL_KEYS: Final = ("from", "url", "source", "link")
_TAG_SPLIT: Final = re.compile(r"[\s,，、;；]+")


def _split_front_matter(text: str, name: str) -> tuple[dict[str, Any], str]:
    """(metadata, rest) for a file starting with a ``---`` YAML block, in any format."""
    opening = _FM_OPEN.match(text)
    if not opening:
        return {}, text
    closing = _FM_CLOSE.search(text, opening.end())
    if not closing:
        raise InputError("broken front matter: no closing ---", path=name)
    source = text[opening.end() : closing.start()]
    # object, not the fast path's dict | None: YAML may give a list (refused below), which a
    # compiled build would refuse with a TypeError at this assignment instead
    data: object = _plain_front_matter(source)
    if data is None:
        first_line = text.count("\n", 0, opening.end()) + 1
        try:
            data = yaml.load(source, Loader=_YAML_LOADER)
        except yaml.YAMLError as exc:
            reason = _yaml_reason(source, exc, first_line)
            raise InputError(f"broken front matter: {reason}", path=name) from exc
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise InputError("broken front matter: expected key: value lines", path=name)
    return _metadata(data), text[closing.end() :].lstrip("\n")


# One ``key: value`` line of front matter as most files write it: a simple key, then a plain
# one-line scalar (no indicator first, no ": " or " #" inside, no ":" last), a quoted one with
# no escape, or nothing; no tab, control character, BOM or line separator anywhere.
_PLAIN_LINE: Final = re.compile(
    r"([A-Za-z_][A-Za-z0-9_-]{0,127}):"
    r"(?: +(?:"
    r"([^-?:,\[\]{}#&*!|>'\"%@`\s\x00-\x1f\x7f-\x9f\ufeff\u2028\u2029\ud800-\udfff\ufffe\uffff]"
    r"(?:[^\x00-\x1f\x7f-\x9f\ufeff\u2028\u2029\ud800-\udfff\ufffe\uffff]*"
    r"[^:\s\x00-\x1f\x7f-\x9f\ufeff\u2028\u2029\ud800-\udfff\ufffe\uffff])?)"
    r"|\"([^\"\\\x00-\x1f\x7f-\x9f\ufeff\u2028\u2029\ud800-\udfff\ufffe\uffff]*)\""
    r"|'([^'\x00-\x1f\x7f-\x9f\ufeff\u2028\u2029\ud800-\udfff\ufffe\uffff]*)'"
    r"))? *"
)
#: the tags of the scalars YAML gives as the text itself (a timestamp stays text here)
_TEXT_TAGS: Final = frozenset(("tag:yaml.org,2002:str", "tag:yaml.org,2002:timestamp"))


def _plain_front_matter(source: str) -> dict[str, Any] | None:
    """What ``yaml.load`` gives for front matter made only of ``key: value`` lines (blank lines
    between them), or None for any other YAML, which is left to the YAML parser.

    Why: the YAML parser builds every value through its Python constructors (0.5 ms a file,
    3-4% of reading Terminus), where most front matter is a few one-line ``key: value``
    pairs whose values are the text itself. A key or an unquoted value that YAML would read
    as anything but text (a number, a boolean, null…) sends the file to the parser.
    """
    data: dict[str, Any] = {}
    for line in source.split("\n"):
        # (a blank line, every other line of most front matter, matches no _PLAIN_LINE:
        # told by a strip of its spaces, not two calls of re)
        if not line.lstrip(" "):
            continue
        found = _PLAIN_LINE.fullmatch(line)
        if found is None:
            return None
        key, plain, double, single = found.groups()
        if not _is_text(key) or (plain is not None and not _is_text(plain)):
            return None
        if plain is not None and (": " in plain or " #" in plain):
            return None
        data[key] = plain if plain is not None else double if double is not None else single
    return data


def _is_text(plain: str) -> bool:
    """Whether YAML's implicit resolvers (the loader's, as ``Resolver.resolve`` tries them)
    read a plain scalar as text."""
    first = plain[:1]
    resolvers = _RESOLVERS.get(first)
    if resolvers is None:
        resolvers = _RESOLVERS[first] = _resolvers(first)
    for tag, regexp in resolvers:
        if regexp.match(plain):
            return tag in _TEXT_TAGS
    return True


def _resolvers(first: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The implicit resolvers ``Resolver.resolve`` tries on a plain scalar that begins with
    ``first``, in its order."""
    resolvers = _YAML_LOADER.yaml_implicit_resolvers  # type: ignore[attr-defined]
    return tuple(resolvers.get(first, []) + resolvers.get(None, []))


# _resolvers() by first character, as the scalars come: the loader's table was read and two
# lists joined for every key and value of every article's front matter (a third of the
# fast path's tests)
_RESOLVERS: Final[dict[str, tuple[tuple[str, re.Pattern[str]], ...]]] = {}


def _yaml_reason(source: str, exc: yaml.YAMLError, first_line: int) -> str:
    """The YAML problem in a few words, with the line number in the file.

    The pure-Python parser words problems the same way everywhere (libyaml does not), so
    the message is taken from it.
    """
    try:
        yaml.load(source, Loader=_YAML_PURE_LOADER)
    except yaml.YAMLError as pure:
        exc = pure
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    mark = getattr(exc, "problem_mark", None)
    return f"{problem} (line {first_line + mark.line})" if mark is not None else problem


def _metadata(data: dict[Any, Any]) -> dict[str, Any]:
    """title, date, url, author, tags from front matter keys (any case)."""
    fields = {str(key).strip().lower(): value for key, value in data.items()}
    urls = [v.strip() for k in _URL_KEYS if isinstance(v := fields.get(k), str) and v.strip()]
    meta: dict[str, Any] = {
        "title": _scalar(fields.get("title")),
        "date": _iso_date(fields.get("date")),
        "url": next((u for u in urls if _URL.match(u)), None),
        "author": _scalar(fields.get("author")),
        "tags": _tags(fields.get("tags"), fields.get("categories")),
    }
    return {key: value for key, value in meta.items() if value}


def _scalar(value: Any) -> str | None:
    """A metadata value as one string; lists are joined with commas."""
    if value is None:
        return None
    if isinstance(value, list | tuple):
        value = ", ".join(str(v).strip() for v in value if v is not None and str(v).strip())
    text = str(value).strip()
    return text or None


def _tags(*values: Any) -> tuple[str, ...]:
    """Tags then categories, each a YAML list or a separated string, without repeats."""
    tags: list[str] = []
    for value in values:
        if isinstance(value, list | tuple):
            items = [str(item) for item in value if item is not None]
        else:
            items = _TAG_SPLIT.split(str(value)) if value is not None else []
        tags.extend(item.strip() for item in items if item.strip())
    return tuple(dict.fromkeys(tags))


def _iso_date(value: Any) -> str | None:
    """A date, datetime or string such as '2017-07-03 23:04' or 2019年2月27日 as YYYY-MM-DD."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        return None
    match = _DATE.search(unicodedata.normalize("NFKC", value))
    if not match:
        return None
    try:
        return dt.date(*(int(g) for g in match.groups())).isoformat()
    except ValueError:
        return None


_HEADER_LINE: Final = re.compile(
    r"[ \t\u3000]*(来源|來源|原文链接|原文鏈接|链接|鏈接|网址|網址|source|url|日期|date)"
    r"[ \t\u3000]*[：:][ \t\u3000]*(\S.*?)\s*",
    re.I,
)
_HEADER_DATE_KEYS: Final = ("日期", "date")
_MAX_HEADER_LINES: Final = 4


def _is_outlet_line(key: str, value: str, next_lines: list[str]) -> bool:
    """``来源：新华社`` (an outlet, not a URL) is a header line only when metadata follows it.

    Alone it may be the article's own text, but before a ``日期：`` line it is the header, and
    skipping it must not lose the date that follows.
    """
    if key in _HEADER_DATE_KEYS or _URL.match(value) or not next_lines:
        return False
    following = _HEADER_LINE.fullmatch(next_lines[0])
    return following is not None and following.group(1).lower() in _HEADER_DATE_KEYS


_HEAD_SPLIT: Final = 16  # lines split off the top of a text for its header (blank lines first)


def _split_header_lines(text: str) -> tuple[dict[str, str], str]:
    """``来源：URL`` / ``日期：YYYY-MM-DD`` lines at the top (as in the IR corpus) → metadata.

    The header is read from the first lines split off the text, the rest of it one more
    item, and again from all its lines only when it reached that item: the whole text was
    split into lines for the few at its top, for every article.
    """
    lines = text.split("\n", _HEAD_SPLIT)
    meta, index = _header(lines)
    if index + 1 >= _HEAD_SPLIT and len(lines) > _HEAD_SPLIT:  # it read or saw the rest
        lines = text.split("\n")
        meta, index = _header(lines)
    if not meta:
        return meta, text
    return meta, "\n".join(lines[index:])


def _header(lines: list[str]) -> tuple[dict[str, str], int]:
    """The metadata of the header lines among ``lines``, and the index of the line after
    them; the loop reads no line past that one and the next."""
    meta: dict[str, str] = {}
    index = 0
    while index < len(lines) and not lines[index].strip():
        index += 1
    while index < len(lines) and len(meta) < _MAX_HEADER_LINES:
        match = _HEADER_LINE.fullmatch(lines[index])
        if not match:
            break
        key, value = match.group(1).lower(), match.group(2)
        if key in _HEADER_DATE_KEYS and "date" not in meta and (iso := _iso_date(value)):
            meta["date"] = iso
        elif key not in _HEADER_DATE_KEYS and "url" not in meta and _URL.match(value):
            meta["url"] = value
        elif not _is_outlet_line(key, value, lines[index + 1 : index + 2]):
            break
        index += 1
    return meta, index


# ---------------------------------------------------------------------------------------------
# Markup to lines
# ---------------------------------------------------------------------------------------------

_HTML_HINT: Final = re.compile(
    r"<(?:p|div|span|br|section|article|main|table|tr|td|ul|ol|li|h[1-6]|html|body|head"
    r"|blockquote|figure|header|footer|!doctype)(?:\s[^<>]*)?/?>",
    re.I,
)
_MD_HTML_TAG: Final = re.compile(r"<(?:/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?|!--.*?--)>", re.S)


def _detect_format(name: str, text: str) -> str:
    """'html' | 'md' | 'txt' from the content, with the suffix as a hint."""
    suffix = _suffix(name).lower()
    if suffix in _MARKDOWN_SUFFIXES:
        return "md"
    hints = _HTML_HINT.findall(text, 0, 200_000)
    if suffix in _HTML_SUFFIXES and _MD_HTML_TAG.search(text):
        return "html"
    if len(hints) >= 2 or (hints and text.lstrip().startswith("<")):
        return "html"
    return "txt"


def _suffix(name: str) -> str:
    """``Path(name).suffix`` of a file's name.

    Why: making a Path to read its suffix ran pathlib's Python code for every article
    (45 M instructions of reading Terminus); the suffix is the last part of the name's last
    component from its last dot, when that dot is neither its first nor its last character.
    A name whose last component Path would read otherwise (one ending in a separator or a
    ``.`` component, one with a separator of another system) goes to Path."""
    if not name or name.endswith(("/", "/.")) or name == "." or (os.altsep and os.altsep in name):
        return Path(name).suffix
    base = name[name.rfind(os.sep) + 1 :]
    dot = base.rfind(".")
    return base[dot:] if 0 < dot < len(base) - 1 else ""


def _to_lines(text: str, fmt: str) -> tuple[list[str], dict[str, str]]:
    """The text lines of the body (before boilerplate removal) and metadata from the page."""
    if fmt == "html":
        return _html_lines(text)
    if fmt == "md":
        return _markdown_lines(text), {}
    return text.split("\n"), {}


def _assemble(lines: list[str]) -> tuple[str, str, bool]:
    """The body (boilerplate lines dropped, blank lines at the ends trimmed), its fold,
    and whether it holds no character of _ODD_SPACE (False when not known).

    Folding (NFKC, simplified) keeps lengths and line breaks, so it runs once per article:
    the boilerplate keys and, later, the text both come from it. Only the lines
    :meth:`_Boilerplate.candidate_lines` finds in the folded text are tested (a few in six);
    the test of every line was 7% of reading Terminus.

    The lines are joined once, folded as one text, and read from both texts by where they
    start: when the fold holds as many line breaks as the text, they are the text's own
    (folding changes no line break), and the folded lines are its pieces between them.
    Why: splitting the fold into lines and joining both sets of lines again for the body
    were 45 M instructions of reading Terminus.
    """
    original = "\n".join(lines)
    folded, plain_spaces = _fold_simplified_seeing_spaces(original)
    if folded.count("\n") != len(lines) - 1:  # a line held a line break of its own
        return _assemble_keys(lines, [_simplify(_fold(line)) for line in lines], None, False)
    pattern = _boilerplate()
    starts = _line_starts(lines)
    dropped: set[int] = set()
    if pattern is not None:
        candidates = pattern.candidates_at(folded, starts)
        if candidates is None:
            return _assemble_keys(lines, folded.split("\n"), folded, plain_spaces)
        for i in candidates:
            if _is_boilerplate(folded[starts[i] : starts[i + 1] - 1], pattern):
                dropped.add(i)
    first, last = _kept_span(lines, dropped)
    if first >= len(lines):
        return "", "", plain_spaces
    if dropped:
        kept = [i for i in range(first, last + 1) if i not in dropped]
        keys = [folded[starts[i] : starts[i + 1] - 1] for i in kept]
        return (*_kept_lines(lines, kept, keys), plain_spaces)
    body = original[starts[first] : starts[last + 1] - 1].rstrip()
    return body, folded[starts[first] : starts[first] + len(body)], plain_spaces


def _assemble_keys(
    lines: list[str], keys: list[str], joined: str | None, plain_spaces: bool
) -> tuple[str, str, bool]:
    """_assemble() given the folded lines (``keys``) and, when they are the pieces of one
    folded text between line breaks, that text (``joined``)."""
    pattern = _boilerplate()
    candidates = (
        None if pattern is None or joined is None else pattern.candidate_lines(joined, keys)
    )
    if pattern is None:
        dropped: set[int] = set()
    elif candidates is None:
        dropped = {i for i, key in enumerate(keys) if _is_boilerplate(key, pattern)}
    else:
        dropped = {i for i in candidates if _is_boilerplate(keys[i], pattern)}
    first, last = _kept_span(lines, dropped)
    if first >= len(lines):
        return "", "", plain_spaces
    if dropped:
        kept = [i for i in range(first, last + 1) if i not in dropped]
        return (*_kept_lines(lines, kept, [keys[i] for i in kept]), plain_spaces)
    body = "\n".join(lines[first : last + 1]).rstrip()
    return body, "\n".join(keys[first : last + 1])[: len(body)], plain_spaces


def _kept_lines(lines: list[str], kept: list[int], kept_keys: list[str]) -> tuple[str, str]:
    """The body of the ``kept`` lines (boilerplate lines dropped between them) and its fold,
    from the folded lines kept (``kept_keys``): what _assemble and _assemble_keys both return."""
    body = "\n".join([lines[i] for i in kept]).rstrip()
    return body, "\n".join(kept_keys)[: len(body)]


def _kept_span(lines: list[str], dropped: set[int]) -> tuple[int, int]:
    """The first and last lines of the body: neither dropped nor blank (first is
    ``len(lines)`` when every line is)."""
    first = 0
    while first < len(lines) and (first in dropped or not lines[first].strip()):
        first += 1
    last = len(lines) - 1
    while last > first and (last in dropped or not lines[last].strip()):
        last -= 1
    return first, last


def _line_starts(lines: list[str]) -> list[int]:
    """Where each line starts in the lines joined by line breaks; the last, one past the end
    of the text and its line break."""
    return list(accumulate([len(line) + 1 for line in lines], initial=0))


def _fold_lines(lines: list[str]) -> tuple[list[str], bool, str | None]:
    """Every line folded (NFKC, simplified), in one pass over the article; whether the
    lines hold no character of _ODD_SPACE (False when not known); and the folded lines
    joined by line breaks (None when a line held a line break of its own)."""
    folded, plain_spaces = _fold_simplified_seeing_spaces("\n".join(lines))
    keys = folded.split("\n")
    if len(keys) != len(lines):  # a line held a line break of its own
        return [_simplify(_fold(line)) for line in lines], False, None
    return keys, plain_spaces, folded


# --- HTML -------------------------------------------------------------------------------------

_XML_DECLARATION: Final = re.compile(r"\A\s*<\?xml[^>]*\?>", re.I)
_DROP_TAGS: Final = (
    "head",
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "form",
    "button",
    "input",
    "select",
    "textarea",
    "svg",
    "math",
    "canvas",
    "nav",
    "footer",
    "aside",
    "img",
    "picture",
    "video",
    "audio",
    "source",
    "track",
    "map",
)
_DROP_XPATH: Final = " | ".join(
    [f"//{tag}" for tag in _DROP_TAGS]
    + [
        "//header[not(ancestor::article or ancestor::main)]",
        "//*[@hidden]",
        "//*[contains(translate(@style, ' ', ''), 'display:none')]",
        "//*[contains(translate(@style, ' ', ''), 'visibility:hidden')]",
    ]
)


class _Lxml(NamedTuple):
    """lxml's modules, and what kg makes of them once."""

    html: Any  # lxml.html
    etree: Any  # lxml.etree
    parser: Any  # the HTML parser kg reads pages with
    # compiled once: ``root.xpath(text)`` compiles the expression at every call (0.03-0.04
    # ms a page, a third of pruning a short one)
    dropped: Any
    with_class_or_id: Any


@lru_cache(maxsize=1)
def html_tools() -> _Lxml:
    """lxml, imported when the first page needs it. Why: Markdown and text articles are read
    without it (Markdown with simple tags too), and its import took 5-7 ms of every start
    of kg, a quarter of reading a one-article folder."""
    import lxml.html
    from lxml import etree

    return _Lxml(
        lxml.html,
        etree,
        lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True),
        etree.XPath(_DROP_XPATH),
        etree.XPath("//*[@class or @id]"),
    )


_WIDGET: Final = re.compile(
    r"(?:^|[-_])(?:addthis|share|sharing|sharethis|jiathis|bdshare\w*|social|comments?"
    r"|related|advert\w*|ads?|adsbygoogle|sponsor\w*|promo|sidebar|breadcrumbs?|nav|navbar"
    r"|menu|footer|copyright|cookies?|newsletter|subscribe|popup|modal|widget|recommend\w*"
    r"|toolbar)(?:$|[-_\d])",
    re.I,
)
_KEEP_TAGS: Final = frozenset({"html", "body", "main", "article"})
_BLOCK_TAGS: Final = frozenset(
    "address article aside blockquote body caption center dd details dialog dir div dl dt "
    "fieldset figcaption figure footer h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main "
    "menu nav ol p pre section summary table tbody td tfoot th thead title tr ul".split()
)
_HTML_SPACE: Final = re.compile(r"[ \t\n\r\f]+")


def _html_lines(html: str) -> tuple[list[str], dict[str, str]]:
    """Visible text of an HTML page, one line per block, and its title/url/date/author."""
    root = _parse_html(html)
    if root is None:
        return [], {}
    meta = _html_meta(root)
    return _visible_lines(root), meta


def _parse_html(html: str) -> lxml.html.HtmlElement | None:
    """The document tree of ``html`` (None when lxml cannot make one)."""
    lx = html_tools()
    try:
        return lx.html.document_fromstring(_XML_DECLARATION.sub("", html), parser=lx.parser)
    except (lx.etree.ParserError, ValueError):
        return None


def _visible_lines(root: lxml.html.HtmlElement, line_mark: str = "") -> list[str]:
    """The visible text of a parsed page, one line per block (the tree is pruned); a
    ``line_mark`` in the text is a line break too."""
    _prune(root)
    text = "".join(_html_pieces(root))
    if line_mark:
        text = text.replace(line_mark, "\n")
    lines = (line.strip() for line in text.split("\n"))
    return [line for line in lines if line]


def _html_meta(root: lxml.html.HtmlElement) -> dict[str, str]:
    """Metadata a saved web page carries in its head."""
    meta = {
        "title": _first(root, "//title/text() | //meta[@property='og:title']/@content"),
        "url": _first(root, "//link[@rel='canonical']/@href | //meta[@property='og:url']/@content"),
        "author": _first(root, "//meta[@name='author']/@content"),
        "date": _iso_date(
            _first(
                root,
                "//meta[@property='article:published_time' or @name='pubdate'"
                " or @name='publishdate' or @name='date']/@content | //time/@datetime",
            )
        ),
    }
    if meta["url"] and not _URL.match(meta["url"]):
        meta["url"] = None
    return {key: value for key, value in meta.items() if value}


def _first(root: lxml.html.HtmlElement, xpath: str) -> str | None:
    for value in root.xpath(xpath):
        text = " ".join(str(value).split())
        if text:
            return text
    return None


def _prune(root: lxml.html.HtmlElement) -> None:
    """Drop scripts, chrome, media and share/comment/ad widgets, keeping the text after them."""
    lx = html_tools()
    for element in lx.dropped(root):
        if element.getparent() is not None:
            element.drop_tree()
    total = -1  # the length of the page's text, measured when a widget is found
    for element in lx.with_class_or_id(root):
        if element.tag in _KEEP_TAGS or element.getparent() is None:
            continue
        tokens = f"{element.get('class', '')} {element.get('id', '')}".split()
        if any(_WIDGET.search(token) for token in tokens):
            if total < 0:
                total = len(root.text_content())
            # A class such as "comments-open" on the main wrapper must not empty the page.
            if len(element.text_content()) * 2 <= total:
                element.drop_tree()


def _collapse_space(text: str) -> str:
    """Each run of HTML white space as one space.

    Why the test first: the regex tried every character of a text node (in Markdown with
    raw HTML, often a whole article), and most nodes have no run to change: no tab, line
    break, carriage return or form feed, and no two spaces in a row. A few searches for a
    literal are much cheaper than the class at every character.
    """
    if "  " in text or "\n" in text or "\t" in text or "\r" in text or "\f" in text:
        return _HTML_SPACE.sub(" ", text)
    return text


def _html_pieces(root: lxml.html.HtmlElement) -> Iterator[str]:
    """Text pieces in document order, with a line break around every block element."""
    in_pre = 0
    for event, element in html_tools().etree.iterwalk(root, events=("start", "end")):
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if event == "start":
            if tag in _BLOCK_TAGS:
                yield "\n"
            in_pre += tag == "pre"
            if element.text:
                yield element.text if in_pre else _collapse_space(element.text)
        else:
            in_pre -= tag == "pre"
            if tag in _BLOCK_TAGS or tag == "br":
                yield "\n"
            if element.tail:
                yield element.tail if in_pre else _collapse_space(element.tail)


# --- Markdown ---------------------------------------------------------------------------------

_FENCE: Final = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})")
_RULE: Final = re.compile(r"[ \t]{0,3}([-*_=])(?:[ \t]*\1){2,}[ \t]*")
_HEADING: Final = re.compile(r"^[ \t]{0,3}#{1,6}(?=[ \t]|$)[ \t]*")
_HEADING_CLOSE: Final = re.compile(r"[ \t]+#+[ \t]*$")
_QUOTE: Final = re.compile(r"^[ \t]*(?:>[ \t]?)+")
_BULLET: Final = re.compile(r"^[ \t]*[-*+][ \t]+(?:\[[ xX]\][ \t]+)?")
_REF_DEF: Final = re.compile(r"[ \t]{0,3}\[([^\]]+)\]:[ \t]*\S+.*")
_TABLE_SEP = re.compile(r"[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+(?:[ \t]*:?-+:?[ \t]*)?\|?[ \t]*")
# A link's text and address: runs of plain characters, or one bracketed part each. Every
# repeat is possessive (``++``, ``*+``): no text matches by giving back what one took (the
# character after a shorter run is never the closing mark), so the matches are those of the
# plain repeats, while re steps over a run at once, not a character per loop (a third of the
# time on Terminus' 4,650 lines with links)
_IMAGE: Final = re.compile(
    r"!\[(?:[^\[\]]++|\[[^\]]*+\])*+\](?:\((?:[^()]++|\([^()]*+\))*+\)|\[[^\]]*+\])"
)
_LINK: Final = re.compile(r"\[((?:[^\[\]]++|\[[^\]]*+\])*+)\]\((?:[^()]++|\([^()]*+\))*+\)")
_REF_LINK: Final = re.compile(r"\[([^\[\]]+)\]\[([^\[\]]*)\]")
_SHORTCUT: Final = re.compile(r"\[([^\[\]]+)\]")
_AUTOLINK = re.compile(r"<((?:https?|ftp)://[^<>\s]+|mailto:[^<>\s]+|[\w.+-]+@[\w-]+\.[\w.-]+)>")
# The emphasis and code marks open with their mark as a literal (``\*\*{0,2}`` is ``\*{1,3}``,
# tried longest first all the same; the look-behind of _UNDERLINE comes after its first mark
# and looks at the character before it): re then skips to the mark, where ``\*{1,3}`` or a
# look-behind first had it try a match at every character of the line (_STRONG, on the
# 4,300 lines of Terminus with a star, cost as much as the rest of the inline marks)
_CODE: Final = re.compile(r"(``*)(.+?)\1")
# Their text is taken a run at a time, not a character: ``(?:[^*\n]++|\*)+?`` ends where
# ``.+?`` may, before a mark (after a run of other characters, the possessive ``++``, or
# after a mark), in the same order, and the test of the closing mark runs once a run, not
# once a character (two fifths of _STRONG's instructions on Terminus' lines with a star)
_STRONG: Final = re.compile(r"(\*\*{0,2})(?=\S)((?:[^*\n]++|\*)+?)(?<=\S)\1")
_UNDERLINE: Final = re.compile(
    r"(_(?<![A-Za-z0-9_]_)_{0,2})(?=\S)((?:[^_\n]++|_)+?)(?<=\S)\1(?![A-Za-z0-9_])"
)
_STRIKE: Final = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_ESCAPE: Final = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~])")
_ESCAPE_BASE: Final = 0xE000  # escaped characters hide in the private use area until the end
_UNESCAPE: Final = {_ESCAPE_BASE + code: code for code in range(128)}
_INLINE_HINT: Final = re.compile(r"[\[\]*_`<\\~!]")
# every byte but those of _INLINE_HINT and the line break
_NOT_INLINE_MARKS: Final = bytes(
    b for b in range(256) if b != 10 and not _INLINE_HINT.match(chr(b))
)
_BLOCK_MARKS: Final = frozenset("#>-*+_=|[")
_RULE_MARKS: Final = frozenset("-*_=")  # what a line of _RULE opens with, but white space
# the two characters a line of _BULLET opens with, but spaces and tabs
_BULLET_OPENINGS: Final = frozenset(mark + space for mark in "-*+" for space in " \t")


def _markdown_lines(text: str) -> list[str]:
    """Text lines of a Markdown body; raw HTML in it is then stripped like an HTML page."""
    source = text.split("\n")
    # The marks asked about are ASCII: they are looked for in the text's ASCII characters, a
    # fifth of a Chinese text (three searches of the whole text were 40 M instructions of
    # reading Terminus). Characters the encoding drops may join two marks into what the
    # text does not hold ("]中:"): the reference names are then looked for in vain, or the
    # lines go the way of a text with a fence, which reads them the same.
    ascii_text = text.encode("ascii", "ignore")
    refs = _reference_names(source) if b"]:" in ascii_text else set()  # [name]: URL lines
    # Whether the lines may hold a tag: its "<" is in the text, or an escape made it (only
    # a line with a backslash is unescaped, and a private-use character of the text's own
    # that stands for "<" turns into it too); and whether they may hold a NUL character.
    tags = b"<" in ascii_text or (b"\\" in ascii_text and chr(_ESCAPE_BASE + 60) in text)
    nul = b"\x00" in ascii_text
    if b"```" not in ascii_text and b"~~~" not in ascii_text:  # no code fence: most articles
        return _markdown_text_lines(source, refs, ascii_text, tags, nul)
    lines: list[str] = []
    fence: str | None = None
    in_table = False
    for line in source:
        opening = _FENCE.match(line)
        if fence is not None:
            if opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence):
                fence = None
            else:
                lines.append(line)
            continue
        if opening:
            fence = opening.group(1)
            continue
        in_table = _markdown_line(line, refs, lines, in_table)
    return _markdown_finish(lines, tags, nul)


def _markdown_text_lines(
    source: list[str], refs: set[str], ascii_text: bytes, tags: bool = True, nul: bool = True
) -> list[str]:
    """_markdown_lines() of lines with no code fence; a plain paragraph line (most lines)
    is handled in the loop, without the calls for a line with block marks.

    Whether a line holds an inline mark is asked of its ASCII characters alone (the marks
    are ASCII, and ``\\n`` too, so the ASCII text splits into the same lines): the search
    of _INLINE_HINT tests its class at every character, and a line of Chinese holds a few
    ASCII characters in forty (an eighth of the instructions of Markdown to lines).
    """
    lines: list[str] = []
    in_table = False
    marks = _line_marks(ascii_text)
    for index, line in enumerate(source):
        stripped = line.strip()
        if not stripped or (stripped[0] not in _BLOCK_MARKS and "|" not in stripped):
            lines.append(_inline_marked(stripped, refs) if marks[index] else stripped)
            in_table = False
        else:
            in_table = _markdown_line(line, refs, lines, in_table)
    return _markdown_finish(lines, tags, nul)


def _line_marks(ascii_text: bytes) -> list[bytes]:
    """The characters of _INLINE_HINT in each line of ``ascii_text`` (a text's ASCII
    characters, the same lines), in order: empty for a line with none.

    Why: a search of each line was a call of re for each of Terminus' 70,000 lines, a few
    hundred instructions to set up for a line of forty characters; then one search of the
    article found the lines with a mark (one in ten), a match a line and a count of the line
    breaks before it, its index then looked up in a set for every line (65 M instructions of
    reading Terminus). Deleting every other byte but the line break and splitting on it
    gives the same at the speed of ``bytes.translate``."""
    return ascii_text.translate(None, _NOT_INLINE_MARKS).split(b"\n")


def _markdown_finish(lines: list[str], tags: bool = True, nul: bool = True) -> list[str]:
    """The text lines of a Markdown body's lines: raw HTML in them is stripped like an HTML
    page; otherwise character references are resolved and blank lines dropped. ``tags``
    False says the lines hold no "<" (no tag: neither the join nor the search for one is
    needed, as in half the articles); ``nul`` False, that they hold no NUL character."""
    if tags:
        joined = "\n".join(lines)
        if _MD_HTML_TAG.search(joined):
            return _markdown_html_lines(joined, nul)
    # entity and character references are text in Markdown too (&amp; is &), tags or not
    return [html.unescape(line) if "&" in line else line for line in map(str.strip, lines) if line]


def _reference_names(source: list[str]) -> set[str]:
    """The names of the link reference definitions (``[name]: URL``) among the lines."""
    return {
        m.group(1).strip().lower()
        for line in source
        if "]:" in line and (m := _REF_DEF.fullmatch(line))
    }


# Raw HTML in Markdown: every line break is a <br> (Markdown keeps its lines). A <br> element
# per line costs lxml and the walk over the tree more than the rest of the page, so when the
# markup cannot tell a line break from other text, line breaks pass through lxml as a mark.
_LINE_MARK: Final = "\ufdd0"  # a noncharacter: no text has it and no named reference makes it
_MARKUP_START: Final = re.compile(r"<[A-Za-z/!?]")  # where the HTML tokenizer starts markup
_PLAIN_TAG: Final = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)(?:[ \t/][^<>\"'\n]*)?>")
_CLASS_OR_ID: Final = re.compile(r"[ \t/](?:class|id)[ \t]*(?:[=/> \t]|$)", re.I)
# Elements whose content or neighbourhood a line break changes (raw text, a dropped first
# line break, the head), or whose dropping depends on the length of the text (class, id).
_LINE_SENSITIVE_TAGS: Final = frozenset(
    "base body head html link listing meta noembed noframes noscript optgroup option "
    "plaintext pre script select style svg math table tbody td template textarea tfoot th "
    "thead title tr xmp iframe".split()
)


def _markdown_html_lines(joined: str, nul: bool = True) -> list[str]:
    """The text lines of Markdown lines that hold raw HTML: as one HTML page in which every
    line break is a <br>. (``nul`` False: ``joined`` holds no NUL character.)"""
    lines = _plain_markup_lines(joined, nul)
    if lines is not None:
        return lines
    if _marks_line_breaks_exactly(joined):
        root = _parse_html(joined.replace("\n", _LINE_MARK))
        if root is None:
            return []
        return _visible_lines(root, _LINE_MARK)
    return _visible_lines_of(joined.replace("\n", "<br>\n"))


# The raw HTML most Markdown articles hold: captions (<figcaption>图注</figcaption>), <br>, a
# few inline tags. Each tag here parses as itself, whole: no quote holds a < or a line break.
_SIMPLE_TAG: Final = re.compile(
    r"<(/?)([A-Za-z][A-Za-z0-9]*)"
    r"((?:[ \t]+[A-Za-z][A-Za-z0-9-]*(?:=(?:\"[^\"<>\n&]*\"|'[^'<>\n&]*'|[^\s\"'<>=`&]+))?)*)"
    r"[ \t]*(/?)>"
)
# attributes _prune reads: a tag with one goes to lxml
_PRUNED_ATTRIBUTE: Final = re.compile(r"[ \t](?:class|id|style|hidden)(?![A-Za-z0-9-])", re.I)
# Elements that lxml nests as written when their tags are (none closes another, none is
# dropped, a line break in them is text): blocks (a line break around each) and inline
# elements (nothing around them), all of which libxml2 lets hold white space between tags.
_SIMPLE_BLOCKS: Final = frozenset(("figcaption", "center", "div"))
_SIMPLE_INLINE: Final = frozenset("a b big em font i s small span strike strong tt u".split())
# Every element name of HTML 4, HTML5 and their obsolete forms: libxml2 has rules (closing,
# emptiness) only for names among these. Any other name (a misspelt <figcapiton>, <centr>,
# <left>) it builds as written, an element the text walk passes through as inline.
_HTML_ELEMENTS: Final = frozenset(
    "a abbr acronym address applet area article aside audio b base basefont bdo bgsound big "
    "blink blockquote body br button canvas caption center cite code col colgroup command "
    "datalist dd del details dfn dialog dir div dl dt em embed fieldset figcaption figure font "
    "footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe image img "
    "input ins isindex kbd keygen label legend li link listing map mark marquee math menu "
    "menuitem meta meter multicol nav nextid nobr noembed noframes noscript object ol optgroup "
    "option output p param picture plaintext portal pre progress q rb rp rt rtc ruby s samp "
    "script search section select slot small source spacer span strike strong style sub summary "
    "sup svg table tbody td template textarea tfoot th thead time title tr track tt u ul var "
    "video wbr xmp".split()
)
# Simple elements that libxml2 opens inside an open one of their name (so do names outside
# _HTML_ELEMENTS): no rule closes one at the start tag of another
_NESTED_AS_WRITTEN: Final = frozenset(("figcaption", "div"))
# End tags libxml2 reads even when their element is not open (it ends the page's body there)
_STRAY_END_READ: Final = frozenset(("html", "body", "head"))
# Blank text within a line: beside an element of a name outside _HTML_ELEMENTS libxml2
# before 2.14 drops it, 2.14 keeps it. (Blank text with a line break in it is at the ends of
# lines, stripped either way.)
_LINE_BLANKS: Final = frozenset(" \t\r")
_KEPT, _IGNORED = 1, 2  # how a simple tag reads: an element's tag, or an end tag left out


def _plain_markup_lines(joined: str, nul: bool = True) -> list[str] | None:
    """_markdown_html_lines() without lxml for Markdown whose HTML is only simple tags (see
    _SIMPLE_TAG), nested as written; None for any other HTML, left to lxml.

    Why: lxml parsed every such article and the walk over its tree ran per element (0.5 G
    instructions of reading Terminus, a seventh), where 9 in 10 of them hold no HTML but
    <figcaption> captions. Read as lxml reads them, each text between two tags is one text
    node: its character references resolved (as HTML5 resolves them in text, which libxml2
    does), its runs of white space collapsed; a block tag or <br> makes a line break. An end
    tag whose element is not open (a stray </div>) is left out by libxml2: the texts on both
    sides of it are one text node.
    """
    # (a "<!" or "<?" is a match of _MARKUP_START that _SIMPLE_TAG does not take: None below)
    # (``nul`` False: the caller knows there is no NUL; a search for one in a text of
    # Chinese runs a loop over every character, where memchr cannot look for its zero byte)
    if "&#" in joined or (nul and "\x00" in joined):
        return None
    pieces: list[str] = []
    open_tags: list[str] = []
    node: list[str] = []  # the text node read so far, when an end tag was left out in it
    pos = 0
    after_unknown = False  # the last tag kept has a name outside _HTML_ELEMENTS
    for start in _MARKUP_START.finditer(joined):
        tag = _SIMPLE_TAG.match(joined, start.start())
        if tag is None or _PRUNED_ATTRIBUTE.search(tag.group(3)):
            return None
        closing, name, _, empty = tag.groups()
        name = name.lower()
        reading = _simple_tag(name, bool(closing), bool(empty), open_tags)
        if not reading:
            return None
        text = joined[pos : start.start()]
        if after_unknown and text and _LINE_BLANKS.issuperset(text):
            return None  # blank text beside a misspelt element: lxml versions differ
        pos = tag.end()
        if reading == _IGNORED:
            node.append(text)
            continue
        if node:
            text = "".join(node) + text
            node = []
            if "&" in text:
                return None  # a reference the left-out tag split: resolved as a whole?
        pieces.append(_node_text(text))
        if name == "br" or name in _SIMPLE_BLOCKS:
            pieces.append("\n")
        after_unknown = name not in _HTML_ELEMENTS
    text = joined[pos:]
    if after_unknown and text and _LINE_BLANKS.issuperset(text):
        return None
    if node:
        text = "".join(node) + text
        if "&" in text:
            return None
    pieces.append(_node_text(text))
    lines = (line.strip() for line in "".join(pieces).split("\n"))
    return [line for line in lines if line]


def _simple_tag(name: str, closing: bool, empty: bool, open_tags: list[str]) -> int:
    """How a tag reads in lxml, 0 when not as written: _KEPT for <br>, or a start or end tag
    of a simple element (or of a name libxml2 has no rules for) where an end tag closes the
    element last opened and no element opens inside another of its name (``<a>`` closes an
    open ``<a>``) but those of _NESTED_AS_WRITTEN, the start tag then kept on ``open_tags``;
    _IGNORED for an end tag whose element is not open (libxml2 leaves it out)."""
    if name == "br":
        return 0 if closing else _KEPT
    if empty:
        return 0
    if closing and name not in open_tags:
        return 0 if name in _STRAY_END_READ else _IGNORED
    if name not in _SIMPLE_BLOCKS and name not in _SIMPLE_INLINE and name in _HTML_ELEMENTS:
        return 0
    if closing:
        if open_tags[-1] != name:
            return 0
        open_tags.pop()
        return _KEPT
    if name in open_tags and name not in _NESTED_AS_WRITTEN and name in _HTML_ELEMENTS:
        return 0
    open_tags.append(name)
    return _KEPT


def _node_text(text: str) -> str:
    """What a text between two simple tags reads as: each of its lines (a <br> each) a text
    node, references resolved and white space collapsed."""
    if "&" in text:
        return "\n".join(_collapse_space(html.unescape(line)) for line in text.split("\n"))
    if "  " in text or "\t" in text or "\r" in text or "\f" in text:
        return _LINE_SPACE.sub(" ", text)
    return text


_LINE_SPACE: Final = re.compile(r"[ \t\r\f]+")  # _HTML_SPACE within a line


def _visible_lines_of(html: str) -> list[str]:
    root = _parse_html(html)
    return [] if root is None else _visible_lines(root)


def _marks_line_breaks_exactly(joined: str) -> bool:
    """Whether a mark in place of each line break gives the lines a <br> would: every tag is
    whole on its line, plain (no quotes, no class or id) and of an element that treats a
    line break as any other text, and nothing (a character reference) can make the mark."""
    if _LINE_MARK in joined or "&#" in joined:
        return False
    for start in _MARKUP_START.finditer(joined):
        tag = _PLAIN_TAG.match(joined, start.start())
        if tag is None or tag.group(1).lower() in _LINE_SENSITIVE_TAGS:
            return False
        if _CLASS_OR_ID.search(tag.group(0)):
            return False
    return True


def _markdown_line(line: str, refs: set[str], out: list[str], in_table: bool) -> bool:
    """Append the text of one Markdown line to ``out``; returns whether a table goes on."""
    stripped = line.strip()
    if not stripped or (stripped[0] not in _BLOCK_MARKS and "|" not in stripped):
        out.append(_inline(stripped, refs))  # a plain paragraph line, the common case
        return False
    # (each regex is asked only of a line that holds what it cannot match without: most
    # lines here open with ** or a link's [, and a call of re costs more than the test)
    first = stripped[0]
    if ("]:" in line and _REF_DEF.fullmatch(line)) or (
        first in _RULE_MARKS and _RULE.fullmatch(line)
    ):
        return False
    if "|" in line and _TABLE_SEP.fullmatch(line):
        if out and "|" in out[-1]:
            out[-1:] = _table_cells(out.pop())
        return True
    if (in_table and "|" in stripped) or stripped.startswith("|"):
        out.extend(_table_cells(_inline(stripped, refs)))
        return in_table or stripped.startswith("|")
    if first == "#" and _HEADING.match(line):
        line = _HEADING_CLOSE.sub("", _HEADING.sub("", line, count=1))
    if ">" in line:
        line = _QUOTE.sub("", line, count=1)
    if line.lstrip(" \t")[:2] in _BULLET_OPENINGS:  # what _BULLET cannot match without
        line = _BULLET.sub("", line, count=1)
    out.append(_inline(line, refs))
    return False


def _table_cells(row: str) -> list[str]:
    """The cells of a table row, one per line: a cell is never half of a sentence."""
    cells = re.split(r"(?<!\\)\|", row.strip().strip("|"))
    return [cell.strip() for cell in cells if cell.strip()]


def _inline(line: str, refs: set[str]) -> str:
    """Links to their text, images gone, emphasis and code marks removed."""
    if not _INLINE_HINT.search(line):
        return line
    return _inline_marked(line, refs)


def _inline_marked(line: str, refs: set[str]) -> str:
    """_inline() of a line that holds a character of _INLINE_HINT."""
    escaped = "\\" in line
    if escaped:
        line = _ESCAPE.sub(lambda m: chr(_ESCAPE_BASE + ord(m.group(1))), line)
    line = _apply(_LINK_RULES, line)
    if refs and "[" in line:
        line = _SHORTCUT.sub(lambda m: m[1] if m[1].lower() in refs else m[0], line)
    line = _apply(_EMPHASIS_RULES, line)
    return line.translate(_UNESCAPE) if escaped else line


_Rule = tuple[str, re.Pattern[str], Any]  # what the pattern cannot match without, it, its repl
# A match's group as the replacement is ``itemgetter(n)``, not the template ``r"\n"``: for a
# template ``re.sub`` runs two Python functions (re._subx, then re's template expansion per
# match), while ``itemgetter`` runs none; an unmatched group is "" either way (sub writes
# nothing for a None).
_LINK_RULES: Final[tuple[_Rule, ...]] = (
    ("`", _CODE, lambda m: m.group(2).strip()),
    ("![", _IMAGE, ""),
    ("](", _LINK, itemgetter(1)),
    ("][", _REF_LINK, itemgetter(1)),
)
_EMPHASIS_RULES: Final[tuple[_Rule, ...]] = (
    ("<", _AUTOLINK, itemgetter(1)),
    ("*", _STRONG, itemgetter(2)),
    ("_", _UNDERLINE, itemgetter(2)),
    ("~~", _STRIKE, itemgetter(1)),
)


def _apply(rules: tuple[_Rule, ...], line: str) -> str:
    """Each substitution in turn, skipping those whose mark the line does not hold (most
    lines hold one mark at most, and a search for a pattern costs more than for a mark)."""
    for needed, pattern, replacement in rules:
        if needed in line:
            line = pattern.sub(replacement, line)
    return line


# ---------------------------------------------------------------------------------------------
# Boilerplate
# ---------------------------------------------------------------------------------------------

_MAX_BOILERPLATE_LINE: Final = 300


def _is_boilerplate(key: str, pattern: _Boilerplate) -> bool:
    """Whether a folded line is, as a whole, one of the boilerplate patterns."""
    if len(key) > _MAX_BOILERPLATE_LINE or not key.strip():
        return False
    return pattern.matches(key)


class _Boilerplate:
    """The patterns of ontology/boilerplate.txt, each tried only on the lines it may match.

    Why not one regex of them all: its fullmatch tried each of the patterns at the start of
    every line, 8% of reading Terminus, where a pattern can match only a line that begins
    with one of its first characters (分享, 点击, 版权所有: a few characters each). Each
    pattern is filed under its first characters; one that opens with any few characters
    (``.{0,12}未经…``) is tried where what follows them may begin within their reach (one
    search of a character class), and one that may begin with anything, on every line. A
    line matches when one of its patterns does, as it matched the regex of them all.
    """

    def __init__(self, patterns: list[re.Pattern[str]]) -> None:
        by_first: dict[str, list[re.Pattern[str]]] = {}
        reaching: list[tuple[re.Pattern[str], re.Pattern[str], int, int]] = []
        anywhere = []
        reached: set[str] = set()
        for pattern in patterns:
            skipped, firsts = _kept_first_characters(pattern)
            if firsts is None:
                anywhere.append(pattern)
            elif skipped is not None:
                reaching.append((pattern, _class_regex(firsts), *skipped))
                reached |= firsts
            for ch in firsts if skipped is None and firsts is not None else ():
                by_first.setdefault(ch, []).append(pattern)
        self._by_first = {ch: tuple(found) for ch, found in by_first.items()}
        self._reaching = tuple(reaching)
        self._anywhere = tuple(anywhere)
        # what a line must hold to be tried on a pattern that opens with any characters
        self._reached = _class_regex(reached) if reached else None
        # how far into a line such a character may begin a match, and what tells, that far
        # into a line as it is, that the line needs the search of :meth:`_may_reach`
        self._reach = max((most for _, _, _, most in reaching), default=0) + 1
        self._reached_or_space = _class_regex(reached | set(_WHITE_SPACE)) if reached else None
        self._candidates = None if anywhere else _candidates_regex(set(by_first))
        self._reached_chars = tuple(sorted(reached))

    def candidate_lines(self, text: str, lines: list[str] | None = None) -> list[int] | None:
        """The indices of the lines of ``text`` (folded lines joined by line breaks, ``lines``
        when the caller has them) that :meth:`matches` may find to be boilerplate: those
        whose first character but white space begins a pattern, and those that hold a
        character of :meth:`_may_reach` (a few more than pass its tests); None when every
        line may be.

        Why: the tests ran line by line, a call and a few searches for each of Terminus'
        35,000 lines, where a search of the article and a ``str.find`` for each of the few
        characters of the patterns that open with any characters find the 9,000 of them.
        A line's index is found by bisection in the offsets where the lines start: counting
        the line breaks before each find went through the article again for each of those
        characters (40 M instructions of reading Terminus).
        """
        if self._candidates is None:
            return None
        if lines is None:
            lines = text.split("\n")
        return self.candidates_at(text, _line_starts(lines))

    def candidates_at(self, text: str, starts: list[int]) -> list[int] | None:
        """:meth:`candidate_lines` given where each line starts (_line_starts)."""
        if self._candidates is None:
            return None
        found: set[int] = set()
        # each match starts at the line break before its line (the first, at the one put
        # before the text): where that line starts in ``text``
        for match in self._candidates.finditer("\n" + text):
            found.add(bisect_left(starts, match.start()))
        for ch in self._reached_chars:
            at = text.find(ch)
            while at != -1:
                line = bisect_right(starts, at) - 1
                found.add(line)
                at = text.find(ch, starts[line + 1])
        return sorted(found)

    def matches(self, key: str) -> bool:
        """Whether a line (not blank), its runs of white space read as one space, matches
        one of the patterns as a whole. Most lines can match none: told before the line
        is respaced."""
        if key.lstrip()[0] in self._by_first or self._anywhere or self._may_reach(key):
            return self.fullmatch(" ".join(key.split()))
        return False

    def _may_reach(self, key: str) -> bool:
        """Whether the line holds a character that begins a pattern opening with any few
        characters (``.{0,12}未经…``), unless it cannot stand within their reach.

        Why: the search of every line for those characters was half of the test of the
        lines. Where the first ``_reach`` characters of a line hold neither one of them nor
        white space, the respaced line begins with the same characters (no white space is
        stripped or collapsed before them), so none of them stands within the reach of a
        pattern; a match would need one there, as :meth:`fullmatch` asks.
        """
        if self._reached is None or self._reached_or_space is None:
            return False
        if self._reached_or_space.search(key, 0, self._reach) is None:
            return False
        return self._reached.search(key) is not None

    def fullmatch(self, line: str) -> bool:
        """Whether ``line`` (not empty) matches one of the patterns as a whole."""
        for pattern in self._by_first.get(line[0], ()):
            if pattern.fullmatch(line) is not None:
                return True
        for pattern, firsts, least, most in self._reaching:
            if firsts.search(line, least, most + 1) and pattern.fullmatch(line) is not None:
                return True
        return any(pattern.fullmatch(line) is not None for pattern in self._anywhere)


def _candidates_regex(firsts: set[str]) -> re.Pattern[str]:
    """The regex of :meth:`_Boilerplate.candidate_lines`, matched at the line break before
    each line: a line whose first character but white space is one of ``firsts``."""
    starts = firsts - {"\n"}  # (no line break: a match must not reach into the next line)
    if not starts:
        return re.compile("(?!)")
    spaces = set(_WHITE_SPACE) - {"\n"}
    return re.compile(f"\n{_class_pattern(spaces)}*+{_class_pattern(starts)}")


def _class_pattern(chars: Iterable[str]) -> str:
    """The regex class of the characters, as text."""
    return "[" + "".join(map(re.escape, sorted(chars))) + "]"


def _class_regex(chars: Iterable[str]) -> re.Pattern[str]:
    """A regex of one class of the characters."""
    return re.compile(_class_pattern(chars))


def _kept_first_characters(
    pattern: re.Pattern[str],
) -> tuple[tuple[int, int] | None, frozenset[str] | None]:
    """:func:`_first_characters` from the warm-up snapshot, under a hash of the pattern and
    its flags: reading the boilerplate patterns with re's parser (pure Python) took 12 million
    instructions of every start."""
    key = words_key("boilerplate_firsts", [str(int(pattern.flags)), pattern.pattern])
    return warm_value(key, lambda: _first_characters(pattern))


def _first_characters(
    pattern: re.Pattern[str],
) -> tuple[tuple[int, int] | None, frozenset[str] | None]:
    """The characters a match of ``pattern`` may begin with, after the (least, most) any
    characters it opens with when it opens with ``.{least,most}`` (else None); the
    characters are None when that is not known for sure (any character, a class by
    category, flags, a back-reference, an empty match)."""
    if pattern.flags & ~re.UNICODE:
        return None, None
    try:
        items = list(_parser.parse(pattern.pattern))
        skipped = _any_characters(items[0]) if items else None
        firsts, empty = _sequence_firsts(items[1:] if skipped else items)
    except (AttributeError, TypeError, ValueError, re.error):  # another Python's internals
        return None, None
    return skipped, None if firsts is None or empty else frozenset(firsts)


def _any_characters(item: tuple[Any, Any]) -> tuple[int, int] | None:
    """(least, most) of ``.{least,most}`` (greedy or not), else None."""
    op, arg = item
    if op in _REPEATS and len(arg[2]) == 1 and arg[2][0][0] is _constants.ANY:
        return arg[0], min(arg[1], _MAX_BOILERPLATE_LINE)
    return None


def _sequence_firsts(items: list[tuple[Any, Any]]) -> tuple[set[str] | None, bool]:
    """(first characters, whether it may match the empty string) of a parsed sequence."""
    c = _constants
    firsts: set[str] = set()
    for op, arg in items:
        if op is c.LITERAL:
            item: tuple[set[str] | None, bool] = ({chr(arg)}, False)
        elif op is c.IN:
            item = (_class_chars(arg), False)
        elif op is c.SUBPATTERN and not arg[1] and not arg[2]:  # no flags in the group
            item = _sequence_firsts(list(arg[3]))
        elif op is c.BRANCH:
            branches = [_sequence_firsts(list(branch)) for branch in arg[1]]
            if any(chars is None for chars, _ in branches):
                return None, False
            item = (set().union(*(chars for chars, _ in branches)), any(e for _, e in branches))  # type: ignore[arg-type]
        elif op in _REPEATS:
            chars, empty = _sequence_firsts(list(arg[2]))
            item = (chars, empty or arg[0] == 0)
        elif op is c.AT:  # ^ $ \b: they take no character
            item = (set(), True)
        else:  # any character, a look-around, a back-reference…
            return None, False
        chars, empty = item
        if chars is None:
            return None, False
        firsts |= chars
        if not empty:
            return firsts, False
    return firsts, True


#: the characters ``\\s`` matches in a str pattern (those ``str.isspace`` holds)
_WHITE_SPACE: Final = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680"
    + "".join(map(chr, range(0x2000, 0x200B)))
    + "\u2028\u2029\u202f\u205f\u3000"
)
_REPEATS: Final = tuple(
    getattr(_constants, name)
    for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
    if hasattr(_constants, name)
)


def _class_chars(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The characters of a parsed class; None for a negated class, a category other than
    white space (\\d, \\w) or a wide range."""
    c = _constants
    chars: set[str] = set()
    for op, arg in items:
        if op is c.LITERAL:
            chars.add(chr(arg))
        elif op is c.CATEGORY and arg is c.CATEGORY_SPACE:
            chars.update(_WHITE_SPACE)
        elif op is c.RANGE and arg[1] - arg[0] < 256:
            chars.update(map(chr, range(arg[0], arg[1] + 1)))
        else:
            return None
    return chars


def _boilerplate() -> _Boilerplate | None:
    """The patterns of ontology/boilerplate.txt (None when the file has none)."""
    return _load_boilerplate(ontology_file("boilerplate.txt"))


@lru_cache(maxsize=4)
def _load_boilerplate(path: Path) -> _Boilerplate | None:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        reason = _os_reason(exc) if isinstance(exc, OSError) else "not UTF-8"
        raise OntologyError(f"cannot read boilerplate patterns: {reason}", path=str(path)) from exc
    patterns = []
    for number, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        pattern = _normalise_pattern(line)
        try:
            patterns.append(re.compile(pattern))
        except re.error as exc:
            raise OntologyError(f"line {number}: bad pattern: {exc}", path=str(path)) from exc
    return _Boilerplate(patterns) if patterns else None


def _normalise_pattern(pattern: str) -> str:
    """Fold a pattern like the lines it is matched on: ，→ ``\\,`` and 評論 → 评论."""
    out = []
    for index, ch in enumerate(_simplify(pattern)):
        folded = _fold_char(ch)
        escaped = index > 0 and pattern[index - 1] == "\\"
        out.append(re.escape(folded) if folded != ch and folded.isascii() and not escaped else ch)
    return "".join(out)


# ---------------------------------------------------------------------------------------------
# Normalisation with offsets
# ---------------------------------------------------------------------------------------------

# \s spelt out: re tests a class of characters alone with one bitmap, where a class with \s
# in it takes a second test of the category for every character that is not in the bitmap,
# at each character of every article (a third fewer instructions to find the runs)
_SPACE: Final = f"[{_WHITE_SPACE}\u200b\u200c\u200d\u2060\ufeff\u00ad]"
# The runs of white space that normalise() may change: all but a lone line break inside
# the text, which stays as it is (seven runs in ten are those).
_SPACE_RUN: Final = compile_pattern(rf"{_SPACE}(?:(?<!\n)|(?<=\A\n)|(?={_SPACE}|\Z)){_SPACE}*")
_NEWLINE_CHARS: Final = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
_INVISIBLE: Final = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")
#: the characters of _SPACE but the space and the line break
_ODD_SPACE: Final = frozenset(_WHITE_SPACE) - frozenset(" \n") | _INVISIBLE
_ODD_SPACE_MEMBERS: Final = re.escape("".join(sorted(_ODD_SPACE)))
# (used with match at a space: the rest of its run)
_SPACES_AND_BREAKS: Final = re.compile("[ \n]*")
_BREAKS: Final = re.compile("\n\n+")
_SENTENCE_ENDS: Final = frozenset("。！？…")
_CLOSING_QUOTES: Final = frozenset("”’」』）)》")
_CJK_RANGES: Final = (
    (0x2E80, 0x2FDF),  # radicals
    (0x3000, 0x303F),  # CJK symbols and punctuation: 。、「」《》
    (0x3040, 0x30FF),  # kana
    (0x3100, 0x312F),  # bopomofo
    (0x31A0, 0x31FF),
    (0x3400, 0x4DBF),  # extension A
    (0x4E00, 0x9FFF),  # unified ideographs
    (0xF900, 0xFAFF),  # compatibility ideographs
    (0xFE30, 0xFE4F),  # vertical forms
    (0xFF01, 0xFF0F),  # full-width punctuation, not full-width letters or digits
    (0xFF1A, 0xFF20),
    (0xFF3B, 0xFF40),
    (0xFF5B, 0xFF65),
    (0x20000, 0x3134F),  # extensions B-G
)
_CJK_PUNCTUATION: Final = frozenset("“”‘’—…·")


def normalise(body: str) -> tuple[str, tuple[int, ...]]:
    """The matching text of ``body`` and, per character, its index in ``body``.

    Line breaks become ``\\n``; a space inside Chinese text, or between a digit and Chinese,
    goes (谈 判 → 谈判, 340 亿 → 340亿) unless it separates paragraphs (two or more spaces, or
    any after 。！？) or the halves of a headline (a comma); other space runs become one
    space. Then NFKC per character (，→ ,) and traditional → simplified, both
    length-preserving, so ``body[offsets[i]]`` is the source of ``text[i]``. A gloss in Latin
    letters in brackets after Chinese goes (斯塔默(Keir Starmer)会面 → 斯塔默会面), and so
    does a pinyin syllable a copied page left after a character (發(fā)展 → 发展).

    >>> normalise("美國 對朝鮮　實施制裁，")
    ('美国对朝鲜实施制裁,', (0, 1, 3, 4, 5, 7, 8, 9, 10, 11, 12))
    """
    return _normalise(body, _fold_simplified(body))


def _normalise(body: str, folded: str, plain_spaces: bool = False) -> tuple[str, tuple[int, ...]]:
    """normalise() given the folded body: white space is judged on ``body``, characters
    are taken from ``folded`` (same length, same positions). ``plain_spaces`` says the
    body holds no character of _ODD_SPACE."""
    if len(folded) != len(body):
        raise ValueError("folded text must be as long as the body")
    numbers = _numbers(len(body) + 1)
    pieces: list[str] = []
    offsets: list[int] = []
    pos = 0
    runs = _plain_space_runs(body) if plain_spaces else _space_runs(body)
    for start, end in runs:
        pieces.append(folded[pos:start])
        offsets += numbers[pos:start]
        pos = end
        replacement = _space_for(body, start, end)
        if replacement:
            pieces.append(replacement)
            offsets.append(start)
    pieces.append(folded[pos:])
    offsets += numbers[pos : len(body) + 1]
    return _drop_glosses(_curl_quotes("".join(pieces)), offsets)


def _space_runs(body: str) -> list[tuple[int, int]]:
    """The spans of the runs of white space (and invisible characters) that normalise()
    may change: all but a lone line break inside the text."""
    return [match.span() for match in _SPACE_RUN.finditer(body)]


def _plain_space_runs(body: str) -> list[tuple[int, int]]:
    """_space_runs(body) of a body whose only white space is the space and the line break
    (no character of _ODD_SPACE): each run that holds a space, each of two line breaks or
    more, and a lone line break at either end.

    Why: _SPACE_RUN tests its class at every character of the body (0.2 G instructions
    for Terminus), where re and ``str.find`` skip to a space or to two line breaks at a
    tenth of that. A run is found whole: before its first space it holds line breaks only
    (the search for a space went through them), and a run of line breaks that touches a
    space is part of a run found by its space.
    """
    runs = []
    pos = 0
    while (space := body.find(" ", pos)) != -1:
        start = space
        while start > pos and body[start - 1] == "\n":
            start -= 1
        # (a lone space, most runs, ends before what is neither a space nor a line break:
        # told without a call of re)
        after = body[space + 1 : space + 2]
        if after == " " or after == "\n":
            pos = _SPACES_AND_BREAKS.match(body, space).end()  # type: ignore[union-attr]
        else:
            pos = space + 1
        runs.append((start, pos))
    # (most bodies hold no two line breaks in a row, Markdown's blank lines being dropped:
    # str.find tells, where re's search for the prefix goes through the body more slowly)
    breaks = _BREAKS.finditer(body) if "\n\n" in body else iter(())
    for match in breaks:
        start, end = match.span()
        if body[start - 1 : start] != " " and body[end : end + 1] != " ":
            runs.append((start, end))
    if body[:1] == "\n" and body[1:2] not in (" ", "\n"):
        runs.append((0, 1))
    if len(body) > 1 and body[-1] == "\n" and body[-2] not in (" ", "\n"):
        runs.append((len(body) - 1, len(body)))
    runs.sort()
    return runs


# 承认"顿涅茨克人民共和国"独立: straight quotes paired in the order they come in a line
_STRAIGHT_PAIR: Final = re.compile(r'"([^"\n]*)"')
_HANZI: Final = re.compile(r"[\u4e00-\u9fff]")


def _curl_quotes(text: str) -> str:
    """承认"顿涅茨克人民共和国"独立 → 承认“顿涅茨克人民共和国”独立: a page store that
    straightened the quotation marks of Chinese text left quotes the rules of names, claims
    and quoted speech do not know (they read “ and ”); one character for one, so offsets
    stay. A pair around Latin words only ("Made in USA") stays straight."""
    if '"' not in text:
        return text
    return _STRAIGHT_PAIR.sub(_curled, text)


def _curled(match: re.Match[str]) -> str:
    inner = match.group(1)
    return f"“{inner}”" if _HANZI.search(inner) else match.group(0)


# Latin letters with diacritics, in the names of European glosses (Niinistö, Vučić, Rinkēvičs):
# the Latin-1 letters (not × and ÷) and Latin Extended-A and -B
_ACCENTED: Final = "\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
_GLOSS_WORD: Final = rf"[A-Z{_ACCENTED}][A-Za-z{_ACCENTED}.'\-]*"
_GLOSS_WORDS: Final = (
    rf"{_GLOSS_WORD}(?:[ \-](?:{_GLOSS_WORD}|of|and|the|for|de|al|bin|von|van|la|le|du|da))*"
)
# 斯塔默(Keir Starmer), 「快速支援部队」(Rapid Support Forces, RSF): after a hanzi or a
# closing quote, one name or several separated by commas (a firm's Shield AI,Inc. with no space)
# 發(fā)展, 災(zāi)害: a syllable of pinyin with its tone mark after a hanzi, which some copies of
# news pages carry for a character they failed to convert; the word reads on without it
_PINYIN: Final = "[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*"
# (the bracket comes first: a pattern that opens with a look-behind is tried at every
# character, one that opens with a literal only where the literal is)
_GLOSS: Final = compile_pattern(
    rf"\((?<=[\u4e00-\u9fff」”』]\()({_GLOSS_WORDS}(?:, ?{_GLOSS_WORDS})*|{_PINYIN})\)"
)


def _drop_glosses(text: str, offsets: list[int]) -> tuple[str, tuple[int, ...]]:
    """斯塔默(Keir Starmer)会面 → 斯塔默会面: a name or term glossed in Latin letters in
    brackets reads on without the gloss, which otherwise cuts the clause in two (the body,
    and so the evidence sentence, keeps it)."""
    if "(" not in text:
        return text, tuple(offsets)
    pieces: list[str] = []
    kept: list[int] = []
    pos = 0
    for match in _GLOSS.finditer(text):
        pieces.append(text[pos : match.start()])
        kept += offsets[pos : match.start()]
        pos = _gloss_end(text, match.end())
    if not pos:
        return text, tuple(offsets)
    pieces.append(text[pos:])
    kept += offsets[pos:]
    return "".join(pieces), tuple(kept)


def _gloss_end(text: str, end: int) -> int:
    """Where a gloss ending at ``end`` ends with a single space that parts it from the hanzi
    after it (古特瑞斯(Antonio Guterres) 表示, 布林肯(Antony Blinken) 舉行會談): the space, left
    alone, cut the name from what its bearer says or does, as if a new sentence began."""
    if text[end : end + 1] == " " and _HANZI.match(text, end + 1):
        return end + 1
    return end


_NUMBERS: Final[list[tuple[int, ...]]] = [()]


def _numbers(count: int) -> tuple[int, ...]:
    """0, 1, 2… (at least ``count`` of them) as one tuple kept between articles.

    Why: an article's offsets are one int per character (3 M for a corpus of 3 M
    characters); slices of this tuple share its int objects, where ``range`` would make
    each anew (0.03 s of reading the Terminus corpus).
    """
    if len(_NUMBERS[0]) < count:
        _NUMBERS[0] = tuple(range(max(count, 2 * len(_NUMBERS[0]))))
    return _NUMBERS[0]


def _space_for(body: str, start: int, end: int) -> str:
    """What a run of white space (and invisible characters) becomes in the text."""
    if start == 0 or end == len(body):
        return ""
    run = body[start:end]
    # (a lone space is seven runs in ten: its count told without the two tests of sets,
    # each a method call that walks the run)
    if run == " ":
        spaces = 1
    elif not _NEWLINE_CHARS.isdisjoint(run):
        return "\n"
    elif _INVISIBLE.isdisjoint(run):
        spaces = len(run)
    else:
        spaces = sum(ch not in _INVISIBLE for ch in run)
        if not spaces:
            return ""
    if _ends_sentence(body, start):
        return "\n"  # some sources separate paragraphs by spaces after 。 on one line
    if _is_cjk(body[start - 1]) and _is_cjk(body[end]):
        if spaces >= 2:
            return "\n"
        # a single space inside Chinese text is a typo, but in a headline it parts two clauses
        # (北约重申支持乌克兰 正式邀请芬兰加入: the second is NATO's, not Ukraine's)
        return "," if _parts_headline(body, start, end) else ""
    if _digit_beside_cjk(body[start - 1], body[end]):
        return "\n" if spaces >= 2 else ""  # 对中国 340 亿美元: numbers spaced off in Chinese
    return " "


_HEADLINE_MAX: Final = 40
_HEADLINE_PART_MIN: Final = 4
_CLAUSE_MARKS: Final = frozenset("，,。；;：:！？!?、")


def _parts_headline(body: str, start: int, end: int) -> bool:
    """Whether a space stands between two parts of a headline: a short line with no clause
    marks, at least four characters of Chinese since the last space before and in the rest of
    the line after (朝鲜 再次发射弹道导弹|日本 强烈抗议)."""
    line_start, line_end = _line_around(body, start, end)
    if line_end - line_start > _HEADLINE_MAX:
        return False
    left, right = body[line_start:start], body[end:line_end]
    if not _CLAUSE_MARKS.isdisjoint(left) or not _CLAUSE_MARKS.isdisjoint(right):
        return False
    half = left.replace("\u3000", " ").rsplit(" ", 1)[-1]  # 中美 第二轮会谈: a topic, no half
    return _cjk_count(half) >= _HEADLINE_PART_MIN and _cjk_count(right) >= _HEADLINE_PART_MIN


def _line_around(body: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) of the line of ``body`` that holds ``body[start:end]`` when the line is
    at most _HEADLINE_MAX long; otherwise bounds further apart than that.

    Why: the line breaks were searched for in the whole body, a search for "\\r" (which
    no article holds) to each end of it for every space between two hanzi (a tenth of
    normalising Terminus); the search now stops where the line would be too long.
    """
    low = max(0, start - _HEADLINE_MAX - 1)
    newline = body.rfind("\n", low, start)
    line_start = max(newline, body.rfind("\r", max(newline, low), start)) + 1
    high = min(len(body), line_start + _HEADLINE_MAX + 1)
    newline = body.find("\n", end, high)
    line_end = high if newline == -1 else newline
    carriage = body.find("\r", end, line_end)
    return line_start, line_end if carriage == -1 else carriage


def _cjk_count(part: str) -> int:
    return sum(_is_cjk(ch) for ch in part)


def _digit_beside_cjk(left: str, right: str) -> bool:
    return (left.isdigit() and _is_cjk(right)) or (right.isdigit() and _is_cjk(left))


def _ends_sentence(body: str, index: int) -> bool:
    """Whether ``body[:index]`` ends with 。！？…, possibly followed by closing quotes."""
    index -= 1
    while index >= 0 and body[index] in _CLOSING_QUOTES:
        index -= 1
    return index >= 0 and body[index] in _SENTENCE_ENDS


def _is_cjk(ch: str) -> bool:
    code = ord(ch)
    if code < 0x2E80:
        return ch in _CJK_PUNCTUATION
    if 0x4E00 <= code <= 0x9FFF:  # unified ideographs: nearly every character asked about
        return True
    return any(low <= code <= high for low, high in _CJK_RANGES)


_ASTRAL: Final = re.compile("[\U00010000-\U0010ffff]")


def _char_class(chars: Iterable[str]) -> re.Pattern[str]:
    """One regex class for BMP characters: searching with it runs at C speed."""
    members = re.escape("".join(ch for ch in sorted(chars) if ord(ch) <= 0xFFFF))  # per char
    return compile_pattern(f"[{members}]" if members else "(?!)")


# Dots that join the parts of a transliterated name besides the middle dot itself: Taiwan's
# hyphenation point (馬克宏‧…), the bullet and dot operators (马库斯∙埃德雷尔). NFKC keeps them.
_NAME_DOT_VARIANTS: Final = frozenset("\u2027\u2219\u22c5")


def _fold_char(ch: str) -> str:
    """NFKC of one character when it stays one character (，→ , but … stays …); a name dot
    of another shape becomes the middle dot (·)."""
    if ch in _NAME_DOT_VARIANTS:
        return "·"
    folded = unicodedata.normalize("NFKC", ch)
    return folded if len(folded) == 1 else ch


@lru_cache(maxsize=1)
def _foldable() -> re.Pattern[str]:
    """The BMP characters _fold_char changes (full-width forms, compatibility ideographs…).

    ``is_normalized`` answers from a quick-check table for nearly every character (0.004 s
    for the plane, where normalising each took 0.035 s); a character it passes is its own
    NFKC, so only the others are normalised. The characters come
    from the warm-up snapshot (``kg/snapshot.py``): the pass over the plane took 0.01-0.02 s
    of every start."""
    return _char_class(warm_value("foldable", _foldable_chars))


def _foldable_chars() -> str:
    chars = (chr(code) for code in range(0x80, 0x10000) if not 0xD800 <= code <= 0xDFFF)
    return "".join(
        ch
        for ch in chars
        if ch in _NAME_DOT_VARIANTS
        or (not unicodedata.is_normalized("NFKC", ch) and _fold_char(ch) != ch)
    )


# (the literal first: re skips to it at C speed)
_NAME_POINT: Final = compile_pattern("．(?<=[\u4e00-\u9fff]．)(?=[\u4e00-\u9fff])", wide=True)


def _fold(text: str) -> str:
    """NFKC character by character, so the length never changes. A full-width point between
    two hanzi is the dot of a name (穆罕默德．沙尔曼, as Taiwan and Hong Kong print it), not the
    full stop NFKC would make of it; other name dots fold in _fold_char."""
    return _fold_marked(text)[0]


def _fold_marked(text: str) -> tuple[str, bool]:
    """_fold(text), and whether the result may hold a character beyond the BMP: one the text
    held, or one a compatibility ideograph folds into (U+FA6C → U+242EE).

    Why: _simplify then searches for such a character (in a line of traditional script
    too) only if there may be one; the search tried every character of the text, and
    almost no article has one.
    """
    if "．" in text:
        text = _NAME_POINT.sub("·", text)
    astral = set(_ASTRAL.findall(text)) if _beyond_bmp(text) else set()
    text, widened = _fold_bmp(text)
    for ch in astral:
        folded = _fold_char(ch)
        if folded != ch:
            text = text.replace(ch, folded)
    return text, bool(astral) or widened


def _fold_simplified(text: str) -> str:
    """_simplify(*_fold_marked(text)): folded and simplified, the text searched once for
    both the characters that fold and those of traditional script.

    Why: _simplify searched the folded text for a traditional character apart (a search
    of a character class at every character of every article, where only one article in
    eight holds one). The search for characters that fold goes through the whole text
    anyway: a character of traditional script stops it too, and after the first one only
    the characters that fold are searched for. A text with a character beyond the BMP
    goes the way it went (neither class holds those).
    """
    return _fold_simplified_seeing_spaces(text)[0]


def _fold_simplified_seeing_spaces(text: str) -> tuple[str, bool]:
    """_fold_simplified(text), and whether the text holds no white space or invisible
    character (those of _SPACE) but the space and the line break; False when not known.

    Why: the same search tells it for nothing, and :func:`_plain_space_runs` then finds
    the runs of white space with searches for a literal, not for _SPACE's class.
    """
    if "．" in text:
        text = _NAME_POINT.sub("·", text)
    if _beyond_bmp(text):
        return _simplify(*_fold_marked(text)), False
    text, widened, traditional, odd_space = _fold_bmp_seeing(text)
    return (_simplify_lines(text, widened) if traditional else text), not odd_space


def _fold_bmp_seeing(text: str) -> tuple[str, bool, bool, bool]:
    """_fold_bmp(text) of a text with no character beyond the BMP; whether the folded text
    holds a character of traditional script only (one it held or one a character folded
    into); whether the text held white space or an invisible character other than the
    space and the line break (_ODD_SPACE)."""
    foldable = _foldable_set()
    traditional_chars = _traditional_chars()[0]
    widened = traditional = odd_space = False
    # (its arguments by position, as below: lru_cache keys a call with keywords apart, and
    # the five keys of four searches in a cache of four pushed one another out, compiling the
    # class of twelve thousand characters anew about once in three articles: 55 M instructions
    # of reading Terminus)
    pattern = _fold_search(True, True)
    match = pattern.search(text)
    while match is not None:
        ch = match.group()
        was_traditional, was_odd_space = traditional, odd_space
        if ch in _ODD_SPACE:
            odd_space = True  # (it may fold too: a no-break space)
        if ch in foldable:
            folded = _fold_char(ch)
            widened = widened or folded > "\uffff"
            traditional = traditional or folded in traditional_chars
            text = text.replace(ch, folded)  # (every occurrence: the search goes on after it)
        elif ch not in _ODD_SPACE:
            traditional = True
        # from the first one of a kind on, that kind is no longer searched for (the pattern
        # asked for anew only then: a call of the cache for every character found was
        # a tenth of the fold)
        if traditional != was_traditional or odd_space != was_odd_space:
            pattern = _fold_search(not traditional, not odd_space)
        match = pattern.search(text, match.start() + 1)
    return text, widened, traditional, odd_space


@lru_cache(maxsize=1)
def _foldable_set() -> frozenset[str]:
    """The BMP characters _fold_char changes, as a set."""
    return frozenset(warm_value("foldable", _foldable_chars))


@lru_cache(maxsize=4)
def _fold_search(traditional: bool, odd_space: bool) -> re.Pattern[str]:
    """One regex class of the characters that fold, and of those of traditional script
    only (_traditional_chars) and of _ODD_SPACE when asked for.

    The class is written from the texts of the classes of each kind (a character twice in
    a class is the same class): sorting the twelve thousand characters anew took 0.1 G
    instructions of every start."""
    members = [_class_members(_foldable())]
    if traditional:
        members.append(_class_members(_traditional_chars()[1]))
    if odd_space:
        members.append(_ODD_SPACE_MEMBERS)
    return compile_pattern(f"[{''.join(members)}]" if any(members) else "(?!)")


def _class_members(pattern: re.Pattern[str]) -> str:
    """The members of a class _char_class made, as written ("" for its class of none)."""
    text = pattern.pattern
    return text[1:-1] if text.startswith("[") and text.endswith("]") else ""


def _beyond_bmp(text: str) -> bool:
    """Whether ``text`` holds a character beyond the BMP: UTF-16 writes each as two units.

    Why not ``_ASTRAL.search``: re tests the text against the class one character at a
    time (every character of every article, since almost none holds such a character),
    where the encoder copies a text of BMP characters four times as fast."""
    if _WIDE_BASE and sys.getsizeof(text) < _WIDE_BASE + 4 * len(text):
        return False  # not stored four bytes a character: every character is in the BMP
    return len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text)


# What sys.getsizeof gives for a str of no character stored four bytes a character (its
# size less four bytes a character). CPython stores a string in the narrowest width its
# characters need when it makes it, so a string smaller than four bytes a character over
# that holds no character beyond the BMP: the width is read from the size in no time, where
# the encoder copies the whole text (28 M instructions of reading Terminus). The size counts
# the string's UTF-8 form too once something asked for it, and str.replace or join may make
# a string wider than its characters need: the encoder tells those. 0 where sizes do not
# tell widths (not CPython).
def _wide_base() -> int:
    wide = chr(0x10000)  # (made here: no UTF-8 form kept with it)
    base = sys.getsizeof(wide) - 4
    for codes in ((), (97,), (97, 98), (233,), (0x4E2D,), (0x4E2D, 0x6587), (0xFFFF, 97)):
        sample = "".join(map(chr, codes))
        if sys.getsizeof(sample) >= base + 4 * len(sample) and codes:
            return 0
    for sample in (wide, wide + chr(0x4E2D), wide * 3):
        if sys.getsizeof(sample) < base + 4 * len(sample):
            return 0
    return base


_WIDE_BASE: Final = _wide_base()


def _fold_bmp(text: str) -> tuple[str, bool]:
    """Each BMP character that folds, replaced everywhere at its first occurrence; and
    whether one folded into a character beyond the BMP.

    Why not findall: a full-width comma is in every sentence, and findall makes a string of
    each occurrence. Every character _foldable() matches changes and none folds into
    another it matches, so the search goes on from where the last character was.
    """
    pattern = _foldable()
    widened = False
    match = pattern.search(text)
    while match is not None:
        ch = match.group()
        folded = _fold_char(ch)
        widened = widened or folded > "\uffff"
        text = text.replace(ch, folded)
        match = pattern.search(text, match.start() + 1)
    return text, widened


@lru_cache(maxsize=1)
def _traditional_chars() -> tuple[frozenset[str], re.Pattern[str]]:
    """Hanzi that exist only in traditional script (國, 們), as a set and a regex class.

    Characters that are also simplified output (么, 著, 沈) change only inside phrases, so
    on their own they do not make a line worth the (slow) phrase conversion; unless the
    table changes the character on its own too (徵 → 征, 馀 → 余): simplified text that
    keeps such a form (徵收关税, 其馀) needs the conversion, and the phrases that keep the
    character (文徵明) are in the table.
    The set comes from the warm-up snapshot (``kg/snapshot.py``): the pass over zhconv's
    table took 0.02 s of every start.
    """
    chars = warm_value("traditional", _traditional_set)
    return chars, _char_class(chars)


def _traditional_set() -> frozenset[str]:
    table = _zhconv().zhconv.getdict("zh-hans")
    produced = set("".join(table.values()))
    changed = {
        a for key, value in table.items() for a, b in zip(key, value, strict=False) if a != b
    }
    alone = {ch for ch in changed & produced if table.get(ch, ch) != ch and len(table[ch]) == 1}
    return frozenset(ch for ch in (changed - produced) | alone if _is_han(ch))


@lru_cache(maxsize=4096)
def has_traditional_form(ch: str) -> bool:
    """Whether traditional script writes ``ch`` otherwise (国 → 國, 队 → 隊; not 中, 台)."""
    return bool(_zhconv().convert(ch, "zh-hant") != ch)


def _zhconv() -> Any:
    """zhconv, imported on first use, and without pkg_resources.

    zhconv imports pkg_resources only to open its own dictionary file, and opens the file
    itself when that import fails; importing pkg_resources scans every installed package
    (60 ms at each start-up of kg). Marked missing while zhconv imports, it is not loaded.
    """
    if "zhconv" not in sys.modules and "pkg_resources" not in sys.modules:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment] # import fails
        try:
            import zhconv
        finally:
            del sys.modules["pkg_resources"]
    import zhconv

    return zhconv


def _has_traditional(text: str, astral: bool = True) -> bool:
    """Whether ``text`` holds a character of traditional script only; ``astral=False`` says
    it holds none beyond the BMP (those are not in the regex class)."""
    chars, pattern = _traditional_chars()
    if pattern.search(text):
        return True
    return astral and _ASTRAL.search(text) is not None and not chars.isdisjoint(text)


def _is_han(ch: str) -> bool:
    code = ord(ch)
    return 0x3400 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0x20000 <= code <= 0x3134F


def _simplify(text: str, astral: bool = True) -> str:
    """Traditional → simplified with zhconv's phrase table, only where lengths match;
    ``astral=False`` says the text holds no character beyond the BMP (_fold_marked)."""
    if not _has_traditional(text, astral):
        return text
    return _simplify_lines(text, astral)


def _simplify_lines(text: str, astral: bool = True) -> str:
    """_simplify() of a text known to hold a character of traditional script: each line
    that holds one is converted."""
    if astral:
        lines = text.split("\n")
        return "\n".join(
            _simplify_line(line) if _has_traditional(line, astral) else line for line in lines
        )
    # (no character beyond the BMP: the lines that hold one of the class are found by
    # searches of the text, one a line that holds one, not one of each line of the text)
    pattern = _traditional_chars()[1]
    parts: list[str] = []
    pos = 0
    match = pattern.search(text)
    while match is not None:
        start = text.rfind("\n", pos, match.start()) + 1
        end = text.find("\n", match.end())
        if end == -1:
            end = len(text)
        parts.append(text[pos:start])
        parts.append(_simplify_line(text[start:end]))
        pos = end
        match = pattern.search(text, end)
    parts.append(text[pos:])
    return "".join(parts)


def _simplify_line(line: str) -> str:
    """zhconv on one line; 「」『』 stay as they are, only hanzi change."""
    converted = _to_hans(line)
    if len(converted) != len(line):
        singles = _hans_tables()[0]
        converted = "".join(c if len(c := singles.get(ord(ch), ch)) == 1 else ch for ch in line)
    if _CORNER_BRACKETS.isdisjoint(line):
        return converted
    return "".join(c if _is_han(o) else o for o, c in zip(line, converted, strict=True))


_CORNER_BRACKETS = frozenset("「」『』｢｣")  # zhconv turns them into “”‘’; they are fine as is


def _to_hans(line: str) -> str:
    """``zhconv.convert(line, "zh-hans")``, the same string, made faster.

    zhconv converts by the longest word of its table at each position, from the left
    (a word: one character or a phrase of two to four), in a Python loop over every
    character that tries each prefix in a set: 0.3 M instructions a line of traditional
    script, 190 M for the 79 articles of Terminus that have one, and 78 M more to read its
    JSON dictionary in each process that meets one. Here the phrases are found by an
    Aho-Corasick automaton, leftmost-longest, which is the same choice: a phrase wins over
    the single character at its start and, where no phrase starts, the character's own
    entry applies, done for the text between phrases by ``str.translate``. The table comes
    from the warm-up snapshot (``kg/snapshot.py``); zhconv itself is not imported. A line
    the automaton cannot read (a lone surrogate) goes to zhconv.
    """
    singles, phrases, values = _hans_tables()
    try:
        found = phrases.find_matches_as_indexes(line)
    except UnicodeEncodeError:
        return str(_zhconv().convert(line, "zh-hans"))
    if not found:
        return line.translate(singles)
    parts: list[str] = []
    last = 0
    for index, start, end in found:
        parts.append(line[last:start].translate(singles))
        parts.append(values[index])
        last = end
    parts.append(line[last:].translate(singles))
    return "".join(parts)


@lru_cache(maxsize=1)
def _hans_tables() -> tuple[dict[int, str], Any, list[str]]:
    """zhconv's zh-hans table as a ``str.translate`` table of its single characters, an
    automaton of its phrases (leftmost-longest) and the phrases' conversions by index."""
    import ahocorasick_rs

    table: dict[str, str] = warm_value("hans", _hans_table)
    singles = {ord(key): value for key, value in table.items() if len(key) == 1}
    longer = sorted(key for key in table if len(key) > 1)
    longest = ahocorasick_rs.MATCHKIND_LEFTMOST_LONGEST
    phrases = ahocorasick_rs.AhoCorasick(longer, matchkind=longest)
    return singles, phrases, [table[key] for key in longer]


def _hans_table() -> dict[str, str]:
    return dict(_zhconv().zhconv.getdict("zh-hans"))
