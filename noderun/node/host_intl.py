"""Host functions behind the `Intl` global: ICU 77.1 through PyICU (the `pyicu-wheels` wheel), the
same ICU as node 24.12.0, so formatted output matches node's byte for byte.

`icu` is imported on the first call only: programs that never touch Intl pay nothing at start-up.
Formatters are cached per (locale, skeleton), as engines do, so formatting a number costs one host
call. Indices exchanged with JS are UTF-16 code units (ICU's UnicodeString indices are too).
"""

from __future__ import annotations

from functools import lru_cache

from ..engine.runtime import Context

_icu = None


def _lib():
    global _icu
    if _icu is None:
        import icu
        _icu = icu
    return _icu


# ---- locales ---------------------------------------------------------------------------------

def _canonicalize_locale(ctx: Context, tag: str) -> str | None:
    """The canonical form of a well-formed BCP 47 tag (ICU's canonicalization), None if ill-formed."""
    icu = _lib()
    try:
        locale = icu.Locale.forLanguageTag(tag)
    except icu.ICUError:
        return None
    canonical = locale.toLanguageTag()
    return canonical if canonical and not canonical.startswith("und-x-") else None


@lru_cache(maxsize=None)
def _available_tags() -> frozenset[str]:
    """ICU's available locales as BCP 47 tags, plus each one without its script (zh-Hans-CN also
    answers for zh-CN), the set V8 looks requested locales up in."""
    icu = _lib()
    tags = set()
    for name, locale in icu.Locale.getAvailableLocales().items():
        tags.add(locale.toLanguageTag())
        if locale.getScript():
            tags.add("-".join(filter(None, (locale.getLanguage(), locale.getCountry(), locale.getVariant()))))
    return frozenset(tags)


def _lookup_locale(ctx: Context, tag: str) -> str | None:
    """BestAvailableLocale of ECMA-402 for one canonical tag without extensions: the longest prefix
    of it that ICU has data for (a trailing singleton dropped with its subtag), or None."""
    available = _available_tags()
    candidate = tag
    while candidate:
        if candidate in available:
            return candidate
        cut = candidate.rfind("-")
        if cut < 0:
            return None
        if cut >= 2 and candidate[cut - 2] == "-":
            cut -= 2
        candidate = candidate[:cut]
    return None


# ---- segmentation ----------------------------------------------------------------------------

_BREAK_FACTORIES = {"grapheme": "createCharacterInstance", "word": "createWordInstance",
                    "sentence": "createSentenceInstance"}


def _segment_breaks(ctx: Context, locale: str, granularity: str, text: str) -> list[int]:
    """Every boundary of `text` after 0, in order; for words each boundary is followed by ICU's rule
    status of the segment it ends (>= 100: a word-like segment)."""
    icu = _lib()
    iterator = getattr(icu.BreakIterator, _BREAK_FACTORIES[granularity])(icu.Locale.forLanguageTag(locale))
    iterator.setText(icu.UnicodeString(text))
    iterator.first()
    if granularity != "word":
        return list(iterator)
    result = []
    for boundary in iterator:
        result.append(boundary)
        result.append(iterator.getRuleStatus())
    return result


FUNCTIONS = {
    "intlCanonicalizeLocale": _canonicalize_locale,
    "intlLookupLocale": _lookup_locale,
    "intlSegmentBreaks": _segment_breaks,
}
