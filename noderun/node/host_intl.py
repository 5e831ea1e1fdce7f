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


# ---- numbers ---------------------------------------------------------------------------------

_number_formatters: dict = {}
_range_formatters: dict = {}
_RANGE_SPAN_CATEGORY = 0x1002   # UFIELD_CATEGORY_NUMBER_RANGE_SPAN: field 0 the start, 1 the end


def _number_formatter(locale: str, skeleton: str):
    formatter = _number_formatters.get((locale, skeleton))
    if formatter is None:
        icu = _lib()
        formatter = icu.NumberFormatter.forSkeleton(skeleton).locale(icu.Locale.forLanguageTag(locale))
        _number_formatters[(locale, skeleton)] = formatter
    return formatter


def _range_formatter(locale: str, skeleton: str):
    formatter = _range_formatters.get((locale, skeleton))
    if formatter is None:
        icu = _lib()
        formatter = icu.NumberRangeFormatter.withLocale(icu.Locale.forLanguageTag(locale)).numberFormatterBoth(
            icu.NumberFormatter.forSkeleton(skeleton))
        _range_formatters[(locale, skeleton)] = formatter
    return formatter


def _decimal(value) -> bytes | float:
    """A JS number stays a double; a decimal string (BigInt or an exact numeric string) goes to ICU
    as decimal digits, unrounded."""
    return value.encode() if isinstance(value, str) else float(value)


def _format_number(ctx: Context, locale: str, skeleton: str, value) -> str:
    formatter = _number_formatter(locale, skeleton)
    value = _decimal(value)
    return formatter.formatDecimal(value) if isinstance(value, bytes) else formatter.formatDouble(value)


def _fields(formatted, length: int) -> list:
    """ICU's (possibly nested) fields flattened as V8 does: each code unit takes the innermost field
    around it (-1: a literal); runs of one field become one part. [field, start, end, span, ...],
    span being the range side (0 start, 1 end, -1 shared) for a range, else -1."""
    icu = _lib()
    owner = [(-1, length + 1)] * length
    side = [-1] * length
    position = icu.ConstrainedFieldPosition()
    while formatted.nextPosition(position):
        start, limit, field = position.getStart(), position.getLimit(), position.getField()
        if position.getCategory() == _RANGE_SPAN_CATEGORY:
            for i in range(start, limit):
                side[i] = field
            continue
        for i in range(start, limit):
            if limit - start < owner[i][1]:
                owner[i] = (field, limit - start)
    parts = []
    previous = None
    for i in range(length):
        key = (owner[i], side[i])
        if key == previous:
            parts[-2] = i + 1
        else:
            parts.extend((owner[i][0], i, i + 1, side[i]))
            previous = key
    return parts


def _format_number_to_parts(ctx: Context, locale: str, skeleton: str, value) -> list:
    formatter = _number_formatter(locale, skeleton)
    value = _decimal(value)
    formatted = formatter.formatDecimalToValue(value) if isinstance(value, bytes) else formatter.formatDoubleToValue(value)
    text = str(formatted)
    return [text, _fields(formatted, _utf16_length(text))]


def _utf16_length(text: str) -> int:
    return len(text) + sum(1 for c in text if ord(c) > 0xFFFF)


def _format_number_range(ctx: Context, locale: str, skeleton: str, start, end, to_parts: bool):
    formatter = _range_formatter(locale, skeleton)
    start, end = _decimal(start), _decimal(end)
    if isinstance(start, bytes) or isinstance(end, bytes):
        start = start if isinstance(start, bytes) else repr(start).encode()
        end = end if isinstance(end, bytes) else repr(end).encode()
        formatted = formatter.formatDecimalRangeToValue(start, end)
    else:
        formatted = formatter.formatDoubleRangeToValue(start, end)
    text = str(formatted)
    return [text, _fields(formatted, _utf16_length(text))] if to_parts else text


def _currency_digits(ctx: Context, currency: str) -> int:
    """ISO 4217 minor units of a currency as ICU has them (2 for codes ICU does not know)."""
    icu = _lib()
    formatter = icu.NumberFormat.createCurrencyInstance(icu.Locale("en"))
    formatter.setCurrency(currency)
    return formatter.getMaximumFractionDigits()


def _numbering_system(ctx: Context, locale: str) -> str:
    icu = _lib()
    return icu.NumberingSystem.createInstance(icu.Locale.forLanguageTag(locale)).getName()


def _is_numbering_system(ctx: Context, name: str) -> bool:
    icu = _lib()
    try:
        system = icu.NumberingSystem.createInstanceByName(name)
    except icu.ICUError:
        return False
    return not system.isAlgorithmic()


FUNCTIONS = {
    "intlFormatNumber": _format_number,
    "intlFormatNumberToParts": _format_number_to_parts,
    "intlFormatNumberRange": _format_number_range,
    "intlCurrencyDigits": _currency_digits,
    "intlNumberingSystem": _numbering_system,
    "intlIsNumberingSystem": _is_numbering_system,
    "intlCanonicalizeLocale": _canonicalize_locale,
    "intlLookupLocale": _lookup_locale,
    "intlSegmentBreaks": _segment_breaks,
}
