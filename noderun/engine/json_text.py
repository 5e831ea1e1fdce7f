"""JSON text in and out for the modules every start loads, without importing `json`.

The `json` package compiles regular expressions at import, so it imports `re`, and with it enum,
functools and collections: a sixth of noderun's start-up. The work itself is done by `_json`, the
C accelerator `json` runs on: the same encoder and scanner, so the text made and the values read
are json's own. What goes wrong (text that is not JSON, a value JSON cannot hold) is handed to
`json` itself, imported then, so its exceptions and messages are unchanged.
"""

from __future__ import annotations

import _json

_WHITESPACE = " \t\n\r"   # json's WHITESPACE pattern: what may stand around the value


def dumps(value, *, ensure_ascii: bool = True, separators: tuple[str, str] = (", ", ": ")) -> str:
    """json.dumps(value, ensure_ascii=..., separators=...)."""
    encode = _json.encode_basestring_ascii if ensure_ascii else _json.encode_basestring
    item_separator, key_separator = separators
    # (markers, default, string encoder, indent, key separator, item separator, sort_keys,
    # skipkeys, allow_nan): the arguments json.JSONEncoder gives it, with json.dumps's defaults
    encoder = _json.make_encoder({}, _refuse, encode, None, key_separator, item_separator,
                                 False, False, True)
    try:
        return "".join(encoder(value, 0))
    except (TypeError, ValueError, RecursionError):
        import json
        return json.dumps(value, ensure_ascii=ensure_ascii, separators=separators)   # raises json's error


def _refuse(value):
    raise TypeError(value)


class _Decoding:
    """What the C scanner reads off json.JSONDecoder: json.loads's defaults."""

    strict = True
    object_hook = None
    object_pairs_hook = None
    parse_float = float
    parse_int = int

    def __init__(self, parse_constant):
        self.parse_constant = parse_constant


_CONSTANTS = {"-Infinity": float("-inf"), "Infinity": float("inf"), "NaN": float("nan")}
_DEFAULT_SCANNER = _json.make_scanner(_Decoding(_CONSTANTS.__getitem__))


def loads(text: str, *, parse_constant=None):
    """json.loads(text, parse_constant=...)."""
    scan = _DEFAULT_SCANNER if parse_constant is None else _json.make_scanner(_Decoding(parse_constant))
    if type(text) is str:
        start = len(text) - len(text.lstrip(_WHITESPACE))
        try:
            value, end = scan(text, start)
        except StopIteration:   # no value there: json's "Expecting value"
            pass
        else:
            if end == len(text) or not text[end:].strip(_WHITESPACE):
                return value
    import json
    return json.loads(text, parse_constant=parse_constant)   # raises json's error (or reads bytes)
