"""Just enough of the WHATWG URL parser for module specifiers and `file:` URLs (`_URL`,
`_parse_url`), and node's url.pathToFileURL / url.fileURLToPath on POSIX.

Split from resolve.py (issue 17.1): CommonJS resolution works on paths and needs none of this
until a package's "exports"/"imports" or an ES module asks for URLs, so a start that only requires
relative files does not import it.
"""

from __future__ import annotations

import os
import sys

from noderun.errors import NodeError

from .lazy_re import LazyPattern, escape
from .resolve import _resolve_path

TYPE_CHECKING = False
if TYPE_CHECKING:   # (re costs milliseconds of start-up)
    import re


class _PercentEncodeSet:
    """One of the WHATWG percent-encode sets: controls, space, non-ASCII and `excluded` are
    escaped. Most text has none of them, and is returned as it is without a regex (the pattern,
    for the rest, is the negation of the printable ASCII allowed, which compiles in microseconds:
    a range up to U+10FFFF takes ms)."""

    __slots__ = ("_safe", "_unsafe")

    def __init__(self, excluded: str):
        self._safe = _PRINTABLE_ASCII.difference(excluded)
        self._unsafe = None

    def encode(self, text: str) -> str:
        if self._safe.issuperset(text):
            return text
        if self._unsafe is None:
            self._unsafe = LazyPattern("[^" + "".join(escape(ch) for ch in sorted(self._safe)) + "]")
        return self._unsafe.sub(_pct_encode, text)


_PRINTABLE_ASCII = frozenset(map(chr, range(0x21, 0x7F)))


# The sets the WHATWG "path", "special-query" and "fragment" states escape.
_PATH_UNSAFE = _PercentEncodeSet('"#<>?`{}')
_QUERY_UNSAFE = _PercentEncodeSet('"#<>\'')
_FRAGMENT_UNSAFE = _PercentEncodeSet('"<>`')
# What node 20's url.pathToFileURL escapes: more than the WHATWG path set ('%', '\\', '[', ']',
# '^', '|', '~' too), so that the path survives fileURLToPath's decoding.
_FILE_PATH_UNSAFE = _PercentEncodeSet('"#%<>?[\\]^`{|}~')
_SCHEME_FIRST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_SCHEME_REST = _SCHEME_FIRST.union("0123456789+.-")
_C0_OR_SPACE = "".join(map(chr, range(0x21)))
_TAB_NEWLINE = {9: None, 10: None, 13: None}
_SINGLE_DOTS = frozenset({".", "%2e"})
_DOUBLE_DOTS = frozenset({"..", ".%2e", "%2e.", "%2e%2e"})
_PCT_ESCAPES = LazyPattern(r"(?:%[0-9A-Fa-f]{2})+")
_BAD_PERCENT = LazyPattern(r"%(?![0-9A-Fa-f]{2})")
_ENCODED_SEP = LazyPattern(r"(?i)%2f|%5c")
_ENCODED_SLASH = LazyPattern(r"(?i)%2f")


def _pct_encode(match: re.Match) -> str:
    ch = match.group()
    if "\ud800" <= ch <= "\udfff":   # a lone surrogate: URL encoders write U+FFFD
        return "%EF%BF%BD"
    return "".join(f"%{b:02X}" for b in ch.encode("utf-8"))


class _InvalidURL(Exception):
    """The input is not a URL (relative input without a usable base)."""


class _URL:
    """A parsed URL. For `file:` URLs the parts are kept (path percent-encoded, starting with
    '/'); any other scheme is kept as its href, which is all Node looks at."""

    __slots__ = ("scheme", "host", "path", "query", "fragment", "_href")

    def __init__(self, scheme: str, host: str = "", path: str = "/", query: str | None = None,
                 fragment: str | None = None, href: str | None = None):
        self.scheme = scheme
        self.host = host
        self.path = path
        self.query = query
        self.fragment = fragment
        self._href = href

    @property
    def href(self) -> str:
        if self._href is None:
            href = f"{self.scheme}://{self.host}{self.path}"
            if self.query is not None:
                href += "?" + self.query
            if self.fragment is not None:
                href += "#" + self.fragment
            self._href = href
        return self._href

    def __repr__(self) -> str:
        return f"_URL({self.href!r})"


def _file_url(path: str) -> _URL:
    """The file: URL of an absolute path, without normalizing it (Node builds the URLs of
    package.json files by string concatenation, so '//' must survive)."""
    return _URL("file", path=_FILE_PATH_UNSAFE.encode(path))


def _parse_path(segments: list[str], text: str) -> tuple[list[str], str | None, str | None]:
    """Parse `text` (no leading '/') onto `segments` (the base's directory): WHATWG path state for
    a special scheme, i.e. '\\' is a separator and '.'/'..' segments (also percent-encoded) are
    resolved. Returns the segments, the query and the fragment."""
    query = fragment = None
    cut = len(text)
    for ch in "?#":
        i = text.find(ch)
        if i != -1 and i < cut:
            cut = i
    if cut < len(text):
        rest = text[cut:]
        text = text[:cut]
        h = rest.find("#")
        if rest[0] == "?":
            query = rest[1:h] if h != -1 else rest[1:]
            query = _QUERY_UNSAFE.encode(query)
        if h != -1:
            fragment = _FRAGMENT_UNSAFE.encode(rest[h + 1:])
    parts = text.replace("\\", "/").split("/")
    last = len(parts) - 1
    for i, seg in enumerate(parts):
        low = seg.lower() if "%" in seg else seg
        if low in _DOUBLE_DOTS:
            if segments:
                segments.pop()
            if i == last:
                segments.append("")
        elif low in _SINGLE_DOTS:
            if i == last:
                segments.append("")
        else:
            segments.append(_PATH_UNSAFE.encode(seg))
    return segments, query, fragment


def _split_host(text: str) -> tuple[str, str]:
    """`text` follows 'file://': split off the host (lower-cased; 'localhost' means none)."""
    end = len(text)
    for ch in "/\\?#":
        i = text.find(ch)
        if i != -1 and i < end:
            end = i
    host = text[:end].lower()
    return ("" if host == "localhost" else host), text[end:]


def _parse_file(text: str, base: _URL | None) -> _URL:
    """`text` is what follows 'file:' (or a relative reference): WHATWG file/relative states."""
    host = base.host if base is not None else ""
    if text[:1] in ("/", "\\"):
        if text[1:2] in ("/", "\\"):
            host, text = _split_host(text[2:])
            if text[:1] in ("/", "\\"):
                text = text[1:]
        else:
            text = text[1:]
        segments, query, fragment = _parse_path([], text)
    elif base is None:
        segments, query, fragment = _parse_path([], text)
    else:
        base_segments = base.path[1:].split("/")
        if text == "" or text[0] in "?#":
            query = base.query
            fragment = None
            if text[:1] == "?":
                h = text.find("#")
                query = _QUERY_UNSAFE.encode(text[1:h] if h != -1 else text[1:])
                if h != -1:
                    fragment = _FRAGMENT_UNSAFE.encode(text[h + 1:])
            elif text[:1] == "#":
                fragment = _FRAGMENT_UNSAFE.encode(text[1:])
            return _URL("file", host, base.path, query, fragment)
        segments, query, fragment = _parse_path(base_segments[:-1], text)
    return _URL("file", host, "/" + "/".join(segments), query, fragment)


def _parse_url(text: str, base: _URL | None = None) -> _URL:
    """`new URL(text, base)` for what module resolution meets; raises _InvalidURL."""
    text = text.strip(_C0_OR_SPACE)
    if "\t" in text or "\n" in text or "\r" in text:
        text = text.translate(_TAB_NEWLINE)
    end = _scheme_end(text)
    if end:
        scheme = text[:end - 1].lower()
        if scheme != "file":
            return _URL(scheme, path="", href=text)
        rest = text[end:]
        return _parse_file(rest, base if base is not None and base.scheme == "file" else None)
    if base is None or base.scheme != "file":
        raise _InvalidURL(text)
    return _parse_file(text, base)


def _scheme_end(text: str) -> int:
    """The length of the scheme and its ':' that `text` starts with (a letter, then letters,
    digits, '+', '.', '-'), 0 when it starts with none."""
    if not text or text[0] not in _SCHEME_FIRST:
        return 0
    for i in range(1, len(text)):
        ch = text[i]
        if ch == ":":
            return i + 1
        if ch not in _SCHEME_REST:
            return 0
    return 0


def _is_url(text: str) -> bool:
    """Whether `new URL(text)` succeeds (an absolute URL)."""
    return _scheme_end(text.strip(_C0_OR_SPACE)) != 0


def path_to_file_url(path: str) -> str:
    """node's url.pathToFileURL(path).href on POSIX: resolved against the cwd, normalized, a
    trailing '/' kept, and percent-encoded as node 20 does."""
    resolved = _resolve_path(path) if path else os.getcwd()
    if path.endswith("/") and resolved != "/":
        resolved += "/"
    return "file://" + _FILE_PATH_UNSAFE.encode(resolved)


def _decode_uri_component(text: str) -> str:
    """JS decodeURIComponent: a bad escape or invalid UTF-8 is a URIError 'URI malformed'."""
    if "%" not in text:
        return text
    if _BAD_PERCENT.search(text):
        raise NodeError(None, js_class="URIError", message="URI malformed")

    def decode(m: re.Match) -> str:
        try:
            return bytes.fromhex(m.group().replace("%", "")).decode("utf-8")
        except UnicodeDecodeError:
            raise NodeError(None, js_class="URIError", message="URI malformed") from None

    return _PCT_ESCAPES.sub(decode, text)


def file_url_to_path(url: str | _URL) -> str:
    """node's url.fileURLToPath on POSIX, with its errors (ERR_INVALID_URL, ERR_INVALID_URL_SCHEME,
    ERR_INVALID_FILE_URL_HOST, ERR_INVALID_FILE_URL_PATH, URIError)."""
    if isinstance(url, str):
        try:
            url = _parse_url(url)
        except _InvalidURL:
            raise NodeError("ERR_INVALID_URL", input=url) from None
    if url.scheme != "file":
        raise NodeError("ERR_INVALID_URL_SCHEME", "file")
    if url.host:
        raise NodeError("ERR_INVALID_FILE_URL_HOST", sys.platform)
    if "%" in url.path and _ENCODED_SLASH.search(url.path):   # '%5C' is fine on POSIX
        raise NodeError("ERR_INVALID_FILE_URL_PATH", "must not include encoded / characters")
    return _decode_uri_component(url.path)
