"""Host functions behind the `Intl` global: ICU 77.1 through PyICU (the `pyicu-wheels` wheel), the
same ICU as node 24.12.0, so formatted output matches node's byte for byte.

`icu` is imported on the first call only: programs that never touch Intl pay nothing at start-up.
Formatters are cached per (locale, skeleton), as engines do, so formatting a number costs one host
call. Indices exchanged with JS are UTF-16 code units (ICU's UnicodeString indices are too).
"""

from __future__ import annotations

import json
import os
from functools import lru_cache

from ..engine import values as V
from ..engine.host_functions import raw
from ..engine.runtime import Context


def _icu_c():
    """The ICU C calls PyICU lacks (node/icu_c.py: ctypes, the library's path), loaded on first use."""
    from . import icu_c
    return icu_c


_icu = None


def _lib():
    global _icu
    if _icu is None:
        _icu_c().load()   # before PyICU reads the time-zone data: noderun's 2025b
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
    locale.canonicalize()   # as V8: aliases resolve (sh -> sr-Latn, cmn -> zh, und-Qaai -> und-Zinh)
    canonical = locale.toLanguageTag()
    return canonical if canonical and not canonical.startswith("und-x-") else None


@lru_cache(maxsize=None)
def _available_tags(service: str | None = None) -> frozenset[str]:
    """ICU's available locales (of the collator for 'collation') as BCP 47 tags, plus each one
    without its script (zh-Hans-CN also answers for zh-CN), the set V8 looks requested locales up in."""
    icu = _lib()
    tags = set()
    available = icu.Collator.getAvailableLocales() if service == "collation" else icu.Locale.getAvailableLocales()
    for name, locale in available.items():
        tags.add(locale.toLanguageTag())
        if locale.getScript():
            tags.add("-".join(filter(None, (locale.getLanguage(), locale.getCountry(), locale.getVariant()))))
    return frozenset(tags)


# Plural rules exist per language in CLDR (Portugal's Portuguese the one regional exception), so
# V8 resolves Intl.PluralRules to such a locale: en-US -> en.
_PLURAL_REGIONAL = frozenset({"pt-PT"})


@lru_cache(maxsize=None)
def _plural_tags() -> frozenset[str]:
    return frozenset(tag for tag in _available_tags() if "-" not in tag) | _PLURAL_REGIONAL


def _lookup_locale(ctx: Context, tag: str, service: str | None = None) -> str | None:
    """BestAvailableLocale of ECMA-402 for one canonical tag without extensions: the longest prefix
    of it that ICU has data for (a trailing singleton dropped with its subtag), or None. `service`
    'plurals' looks in the locales plural rules have, 'collation' in the collator's."""
    available = _plural_tags() if service == "plurals" else _available_tags(service)
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


# ---- Intl.Locale -----------------------------------------------------------------------------

# ICU's names of calendars and collations that BCP 47 spells otherwise
_BCP47_TYPES = {"gregorian": "gregory", "ethiopic-amete-alem": "ethioaa", "phonebook": "phonebk",
                "traditional": "trad", "dictionary": "dict", "gb2312han": "gb2312", "big5han": "big5"}
_HOUR_CYCLES = ("h11", "h12", "h23", "h24")


def _icu_locale(tag: str):
    return _lib().Locale.forLanguageTag(tag)


def _locale_query(ctx: Context, tag: str, what: str):
    """One fact about a canonical tag for Intl.Locale: 'base' its baseName, 'maximize' /
    'minimize' the tag with likely subtags added / removed, 'calendars' / 'collations' the
    locale's preferred ones (BCP 47 names), 'hourCycle', 'numberingSystem', 'timeZones' (of a
    region), 'rtl', 'week' ([first day, weekend days], numbered 1 Monday .. 7 Sunday)."""
    icu = _lib()
    locale = _icu_locale(tag)
    if what == "base":
        return icu.Locale(locale.getBaseName()).toLanguageTag()
    if what == "maximize":
        return locale.addLikelySubtags().toLanguageTag()
    if what == "minimize":
        return locale.minimizeSubtags().toLanguageTag()
    if what == "calendars":
        return [_BCP47_TYPES.get(name, name) for name in _icu_c().calendar_keyword_values(locale.getName(), True)]
    if what == "collations":
        names = icu.Collator.getKeywordValuesForLocale("collation", locale, True)
        return sorted(_BCP47_TYPES.get(name, name) for name in names if name not in ("standard", "search"))
    if what == "hourCycle":
        return _HOUR_CYCLES[_icu_c().default_hour_cycle(locale.getName())]
    if what == "numberingSystem":
        return icu.NumberingSystem.createInstance(locale).getName()
    if what == "timeZones":
        return _icu_c().region_time_zones(locale.getCountry())
    if what == "rtl":
        return _icu_c().is_right_to_left(locale.getName())
    if what == "week":
        first, _, weekend = _icu_c().week_info(locale.getName())
        iso = lambda day: 7 if day == 1 else day - 1   # noqa: E731  (ICU: 1 Sunday .. 7 Saturday)
        return [iso(first), sorted(iso(day) for day in weekend)]
    raise ValueError(what)


# ---- Intl.DurationFormat ----------------------------------------------------------------------

_V8_TIME_SEPARATORS = (".", "\uff1a", "\u066b")   # V8 keeps these; any other separator is ':'


def _time_separator(ctx: Context, locale: str) -> str:
    return _locale_time_separator(locale)


@lru_cache(maxsize=64)
def _locale_time_separator(locale: str) -> str:
    """The locale's time separator as DateFormatSymbols reads it (NumberElements/<its numbering
    system>/symbols/timeSeparator, else latn's), narrowed to the ones V8's DurationFormat uses."""
    icu = _lib()
    loc = icu.Locale.forLanguageTag(locale)
    elements = icu.ResourceBundle(icu.UnicodeString("ICUDATA"), loc).getWithFallback("NumberElements")
    for system in (icu.NumberingSystem.createInstance(loc).getName(), "latn"):
        try:
            separator = elements.getWithFallback(system).getWithFallback("symbols").getWithFallback(
                "timeSeparator").getString()
        except icu.ICUError:
            continue
        return str(separator) if str(separator) in _V8_TIME_SEPARATORS else ":"
    return ":"


def _format_duration(ctx: Context, locale: str, list_style: str, separator: str, pieces_json: str, to_parts: bool):
    """Intl.DurationFormat's PartitionDurationFormatPattern once JS has settled each unit:
    `pieces_json` is [unit, ICU skeleton, value (number or decimal string), join to the previous
    element with the separator?, ...]; each value is formatted by ICU's number formatter, the
    elements joined by ICU's unit list. For parts: [text, list fields (element?, start, end, ...),
    per element its pieces as [unit, text, number fields] or null for a separator]."""
    pieces = json.loads(pieces_json)
    strings: list = []
    elements: list = []
    for i in range(0, len(pieces), 4):
        unit, skeleton, value, add_to_last = pieces[i:i + 4]
        formatter = _number_formatter(locale, skeleton)
        value = _decimal(value)
        formatted = formatter.formatDecimalToValue(value) if isinstance(value, bytes) else formatter.formatDoubleToValue(value)
        text = str(formatted)
        piece = [unit, text, _fields(formatted, _utf16_length(text))] if to_parts else None
        if add_to_last and strings:
            strings[-1] += separator + text
            elements[-1].extend((None, piece))
        else:
            strings.append(text)
            elements.append([piece])
    formatted = _list_formatter(locale, "unit", list_style).formatStringsToValue(strings)
    text = str(formatted)
    if not to_parts:
        return text
    positions = []
    position = _lib().ConstrainedFieldPosition()
    while formatted.nextPosition(position):
        if position.getCategory() == _LIST_CATEGORY:
            positions.extend((position.getField() == 1, position.getStart(), position.getLimit()))
    return [text, positions, elements]


# ---- Intl.supportedValuesOf -------------------------------------------------------------------

def _supported_values(ctx: Context, key: str) -> list[str]:
    """The values ICU supports for a key of Intl.supportedValuesOf (all but 'unit', which JS knows),
    sorted, with BCP 47 names."""
    icu = _lib()
    if key == "calendar":
        values = [_BCP47_TYPES.get(name, name) for name in _icu_c().calendar_keyword_values("und", False)]
    elif key == "collation":
        values = [_BCP47_TYPES.get(name, name) for name in icu.Collator.getKeywordValues("collation")
                  if name not in ("standard", "search")]
    elif key == "currency":
        # as V8: VEF left out (DisplayNames has no name for it), four codes ICU's list lacks added
        values = [code for code in _icu_c().common_currencies() if code != "VEF"] + ["SVC", "XDR", "XSU", "ZWL"]
    elif key == "numberingSystem":
        values = [name for name in icu.NumberingSystem.getAvailableNames()
                  if not icu.NumberingSystem.createInstanceByName(name).isAlgorithmic()]
    else:
        values = _icu_c().region_time_zones(None)
    return sorted(set(values))


# ---- display names ---------------------------------------------------------------------------

_DISPLAY_CONTEXTS: dict = {}
# Intl.DisplayNames dateTimeField codes -> UDateTimePatternField; styles -> UDateTimePGDisplayWidth
_DATE_TIME_FIELDS = {"era": 0, "year": 1, "quarter": 2, "month": 3, "weekOfYear": 4, "weekday": 6, "day": 9,
                     "dayPeriod": 10, "hour": 11, "minute": 12, "second": 13, "timeZoneName": 15}
_FIELD_WIDTHS = {"long": 0, "short": 1, "narrow": 2}
_ICU_CALENDARS = {"gregory": "gregorian", "ethioaa": "ethiopic-amete-alem"}
_SUBSTITUTE, _NO_SUBSTITUTE = 0x300, 0x301   # UDisplayContext values PyICU does not name


def _display_names(locale: str, style: str, dialect: bool, substitute: bool):
    key = (locale, style, dialect, substitute)
    names = _DISPLAY_CONTEXTS.get(key)
    if names is None:
        icu = _lib()
        context = icu.UDisplayContext
        names = icu.LocaleDisplayNames.createInstance(icu.Locale.forLanguageTag(locale), [
            context.DIALECT_NAMES if dialect else context.STANDARD_NAMES,
            context.LENGTH_FULL if style == "long" else context.LENGTH_SHORT,
            _SUBSTITUTE if substitute else _NO_SUBSTITUTE])
        _DISPLAY_CONTEXTS[key] = names
    return names


def _display_name(ctx: Context, locale: str, kind: str, style: str, fallback_code: bool, dialect: bool, code: str):
    """Intl.DisplayNames.prototype.of for a code JS has checked (and, for a language, canonicalized):
    ICU's name, the code itself when ICU has none and the fallback is 'code', else None."""
    if kind == "dateTimeField":
        return _icu_c().date_field_display_name(_lib().Locale.forLanguageTag(locale).getName(),
                                             _DATE_TIME_FIELDS[code], _FIELD_WIDTHS[style])
    if kind == "currency":
        name = _icu_c().currency_name(_lib().Locale.forLanguageTag(locale).getName(), code, _icu_c().CURRENCY_LONG)
        return code if name is None and fallback_code else name
    names = _display_names(locale, style, dialect, fallback_code)
    if kind == "language":
        return names.localeDisplayName(code)
    if kind == "region":
        return names.regionDisplayName(code)
    if kind == "script":
        return names.scriptDisplayName(code)
    # as V8: the two calendars whose BCP 47 name is not ICU's, no other alias (islamicc has no name)
    return names.keyValueDisplayName("calendar", _ICU_CALENDARS.get(code, code))


# ---- collation -------------------------------------------------------------------------------

_collators: dict = {}


def _collator(ctx: Context, locale: str, sensitivity: str, ignore_punctuation, numeric: bool,
              case_first: str) -> list:
    """Makes (once per arguments) ICU's collator for a resolved locale (its -u-co- included) and the
    options; returns [key for intlCompare, ignorePunctuation as it took effect, whether the
    locale's -u-co- collation took effect]. ignore_punctuation None keeps the locale's default."""
    key = (locale, sensitivity, ignore_punctuation, numeric, case_first)
    entry = _collators.get(key)
    if entry is None:
        icu = _lib()
        attribute, value = icu.UCollAttribute, icu.UCollAttributeValue
        collator = icu.Collator.createInstance(icu.Locale.forLanguageTag(locale))
        strength = {"base": value.PRIMARY, "accent": value.SECONDARY, "case": value.PRIMARY,
                    "variant": value.TERTIARY}[sensitivity]
        collator.setAttribute(attribute.STRENGTH, strength)
        if sensitivity == "case":
            collator.setAttribute(attribute.CASE_LEVEL, value.ON)
        if ignore_punctuation is not None:
            collator.setAttribute(attribute.ALTERNATE_HANDLING, value.SHIFTED if ignore_punctuation else value.NON_IGNORABLE)
        collator.setAttribute(attribute.NUMERIC_COLLATION, value.ON if numeric else value.OFF)
        collator.setAttribute(attribute.CASE_FIRST, {"upper": value.UPPER_FIRST, "lower": value.LOWER_FIRST}
                              .get(case_first, value.OFF))
        shifted = collator.getAttribute(attribute.ALTERNATE_HANDLING) == value.SHIFTED
        entry = (len(_collators), collator, shifted)
        _collators[key] = entry
        _collators_by_id.append(collator)
    return [entry[0], entry[2]]


_collators_by_id: list = []


def _collation_support(ctx: Context, locale: str, collation: str) -> list[bool]:
    """[whether the locale has the collation (a BCP 47 name: phonebk, trad), whether it is the
    locale's default one]."""
    icu = _lib()
    name = icu.Locale.forLanguageTag(f"und-u-co-{collation}").getKeywordValue("collation")
    values = list(icu.Collator.getKeywordValuesForLocale("collation", icu.Locale.forLanguageTag(locale), False))
    return [name in values, bool(values) and values[0] == name]


def _compare(ctx: Context, collator_id: int, left: str, right: str) -> int:
    return _collators_by_id[collator_id].compare(left, right)


# ---- lists ------------------------------------------------------------------------------------

_LIST_CATEGORY = 3   # UFIELD_CATEGORY_LIST: field 0 a literal, 1 an element


@lru_cache(maxsize=64)
def _list_formatter(locale: str, kind: str, style: str):
    icu = _lib()
    kinds = {"conjunction": icu.UListFormatterType.AND, "disjunction": icu.UListFormatterType.OR,
             "unit": icu.UListFormatterType.UNITS}
    widths = {"long": icu.UListFormatterWidth.WIDE, "short": icu.UListFormatterWidth.SHORT,
              "narrow": icu.UListFormatterWidth.NARROW}
    return icu.ListFormatter.createInstance(icu.Locale.forLanguageTag(locale), kinds[kind], widths[style])


def _format_list(ctx: Context, locale: str, kind: str, style: str, items_json: str, to_parts: bool):
    """The list (a JSON array of strings) as ICU's ListFormatter joins it; for parts
    [text, element?, start, end, ...]."""
    formatted = _list_formatter(locale, kind, style).formatStringsToValue(json.loads(items_json))
    text = str(formatted)
    if not to_parts:
        return text
    result = [text]
    position = _lib().ConstrainedFieldPosition()
    while formatted.nextPosition(position):
        if position.getCategory() == _LIST_CATEGORY:
            result.extend((position.getField() == 1, position.getStart(), position.getLimit()))
    return result


# ---- relative time ----------------------------------------------------------------------------

# unit -> (URelativeDateTimeUnit, UDateAbsoluteUnit or None): ICU's numbers, some newer than PyICU's enums
_RELATIVE_UNITS = {"year": (0, 10), "quarter": (1, 12), "month": (2, 9), "week": (3, 8), "day": (4, 7),
                   "hour": (5, 13), "minute": (6, 14), "second": (7, 11)}
_DIRECTIONS = {-2: 0, -1: 1, 0: 2, 1: 3, 2: 4}   # UDateDirection LAST_2, LAST, THIS, NEXT, NEXT_2
_DIRECTION_PLAIN = 5


@lru_cache(maxsize=64)
def _relative_formatter(locale: str, style: str):
    icu = _lib()
    loc = icu.Locale.forLanguageTag(locale)
    styles = {"long": icu.UDateRelativeDateTimeFormatterStyle.LONG,
              "short": icu.UDateRelativeDateTimeFormatterStyle.SHORT,
              "narrow": icu.UDateRelativeDateTimeFormatterStyle.NARROW}
    numbers = icu.NumberFormat.createInstance(loc)
    # the legacy NumberFormat ignores CLDR's minimumGroupingDigits (es, it: 1234 but 12.345), which
    # V8's number formatter honours: read it off a modern formatter
    if "1000" in icu.NumberFormatter.with_().locale(loc).formatDouble(1000.0):
        numbers.setMinimumGroupingDigits(2)
    return icu.RelativeDateTimeFormatter(loc, numbers, styles[style], icu.UDisplayContext.CAPITALIZATION_NONE)


def _format_relative(ctx: Context, locale: str, style: str, auto: bool, value: float, negative_zero: bool,
                     unit: str, to_parts: bool):
    """numeric 'auto' tries ICU's words first (yesterday, now, last quarter) as ICU's own
    formatToValue does for -2..2, then the number. Parts: [text, field, start, end, ...] with ICU's
    number fields (a phrase without a number has none)."""
    formatter = _relative_formatter(locale, style)
    relative_unit, absolute_unit = _RELATIVE_UNITS[unit]
    if auto:
        hundredths = value * 100.0
        rounded = int(hundredths - 0.5 if hundredths < 0 else hundredths + 0.5)
        direction = _DIRECTIONS.get(rounded // 100) if -2.1 < value < 2.1 and rounded % 100 == 0 else None
        if direction is not None:
            if unit == "second":
                direction, absolute_unit = (_DIRECTION_PLAIN, 11) if direction == 2 else (None, None)
            if direction is not None:
                text = str(formatter.format(direction, absolute_unit))
                if text:
                    return [text] if to_parts else text
    formatted = formatter.formatNumericToValue(-0.0 if negative_zero else float(value), relative_unit)
    text = str(formatted)
    return [text, _fields(formatted, _utf16_length(text))] if to_parts else text


# ---- case mapping ----------------------------------------------------------------------------

def _case_map(ctx: Context, language: str, upper: bool, text: str) -> str:
    """ICU's full case mapping with a language's tailoring (Turkish dotted I, Lithuanian dots,
    Greek accents)."""
    icu = _lib()
    string = icu.UnicodeString(text)
    locale = icu.Locale(language)
    return str(string.toUpper(locale) if upper else string.toLower(locale))


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
_NUMBER_CATEGORY = 2            # UFIELD_CATEGORY_NUMBER
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


_formatters_by_id: list = []
_formatter_ids: dict = {}


def _number_formatter_id(ctx: Context, locale: str, skeleton: str) -> int:
    """A number naming the cached formatter of (locale, skeleton): format() then passes only it and
    the value, which halves the cost of the call (two strings fewer to convert)."""
    key = (locale, skeleton)
    found = _formatter_ids.get(key)
    if found is None:
        found = _formatter_ids[key] = len(_formatters_by_id)
        _formatters_by_id.append(_number_formatter(locale, skeleton))
    return found


@raw
def _format_number_with(ctx: Context, argc: int, argv):
    """intlFormatNumberWith(formatter id, number or decimal string): the hot path of every
    NumberFormat format and Number.prototype.toLocaleString, so raw (no argument conversions): a
    number goes to ICU as a double, a decimal string (BigInt, exact numeric string) as its digits."""
    formatter = _formatters_by_id[argv[0].u & 0xFFFFFFFF]
    value = argv[1]
    tag = value.tag
    if tag == V.TAG_FLOAT64:
        text = formatter.formatDouble(V.get_float64(value))
    elif tag == V.TAG_INT:
        text = formatter.formatDouble(float(V.get_int32(value)))
    else:
        text = formatter.formatDecimal(ctx.to_str(value).encode())
    return ctx.to_js(text)


def _number_symbols(ctx: Context, formatter_id: int, numbering_system: str, min_fraction: int, max_fraction: int):
    """What a plain decimal format of a cached formatter writes, read off the formatter's own
    output, for JS's fast path (internal/intl/fast_decimal.js, which checks it against ICU before
    use): [digits 0-9, decimal separator, group separator, positive prefix, positive suffix,
    negative prefix, negative suffix, primary group size (0: none), secondary size, minimum
    grouping digits]; None when its output does not have that shape."""
    try:
        return _read_number_symbols(_formatters_by_id[formatter_id], numbering_system, min_fraction, max_fraction)
    except ValueError:   # a digit or separator not where a plain decimal has it
        return None


def _read_number_symbols(formatter, numbering_system: str, min_fraction: int, max_fraction: int) -> list:
    icu = _lib()
    digits = list(icu.NumberingSystem.createInstanceByName(numbering_system).getDescription())
    one = formatter.formatDouble(1.0)
    at = one.index(digits[1])
    decimal = ""
    if max_fraction:
        text = formatter.formatDouble(1.5)
        decimal = text[at + 1:text.index(digits[5], at + 1)]
    tail = len(decimal) + min_fraction if min_fraction else 0
    negative = formatter.formatDouble(-1.0)
    negative_at = negative.index(digits[1])
    grouped = formatter.formatDouble(1234567891.0)[at:]
    integer_part = grouped[:len(grouped) - (len(one) - at - 1)]
    groups, separator, current = [], "", ""   # the digit runs of 1,234,567,891 and what splits them
    for char in integer_part:
        if char in digits:
            current += char
            continue
        if current:
            groups.append(current)
            current = ""
        if len(groups) == 1:
            separator += char
    groups.append(current)
    primary = len(groups[-1]) if len(groups) > 1 else 0
    secondary = len(groups[-2]) if len(groups) > 2 else primary
    minimum = 1 if primary and separator in formatter.formatDouble(10.0 ** primary) else 2
    return [digits, decimal, separator, one[:at], one[at + 1 + tail:], negative[:negative_at],
            negative[negative_at + 1 + tail:], primary, secondary, minimum]


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
        if position.getCategory() not in (_NUMBER_CATEGORY, _RANGE_SPAN_CATEGORY):
            continue   # a relative time's own spans: only its number's fields make parts
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


# ---- plural rules ----------------------------------------------------------------------------

_PLURAL_ORDER = ("zero", "one", "two", "few", "many", "other")
_ORDINAL_MESSAGE = "{0,selectordinal," + "".join(f"{c}{{{c}}}" for c in _PLURAL_ORDER) + "}"


@lru_cache(maxsize=64)
def _cardinal_rules(locale: str):
    icu = _lib()
    return icu.PluralRules.forLocale(icu.Locale.forLanguageTag(locale))


@lru_cache(maxsize=64)
def _ordinal_message(locale: str):
    """PyICU cannot make ordinal PluralRules; a selectordinal message applies the same rules."""
    icu = _lib()
    return icu.MessageFormat(_ORDINAL_MESSAGE, icu.Locale.forLanguageTag(locale))


def _ordinal_category(locale: str, value: float) -> str:
    return _ordinal_message(locale).format([_lib().Formattable(value)])


def _plural_select(ctx: Context, locale: str, ordinal: bool, skeleton: str, value) -> str:
    """The category of a number as formatted with `skeleton` (its digits decide: 1 vs 1.0)."""
    formatter = _number_formatter(locale, skeleton)
    if ordinal:
        return _ordinal_category(locale, float(value))
    return _cardinal_rules(locale).select(formatter.formatDoubleToValue(float(value)))


def _plural_categories(ctx: Context, locale: str, ordinal: bool) -> list[str]:
    return _categories(locale, ordinal)


@lru_cache(maxsize=64)
def _categories(locale: str, ordinal: bool) -> list[str]:
    """The locale's categories in CLDR's order (ordinal ones found by trying 0-1000, which ordinal
    rules, all on integers, cover)."""
    if ordinal:
        seen = {_ordinal_category(locale, float(n)) for n in range(1001)}
    else:
        seen = set(_cardinal_rules(locale).getKeywords())
    return [category for category in _PLURAL_ORDER if category in seen]


@lru_cache(maxsize=64)
def _cardinal_samples(locale: str) -> dict:
    """A number of each cardinal category, to ask ICU's plural-range data about pairs of them."""
    rules = _cardinal_rules(locale)
    samples: dict = {}
    for n in [*range(201), 0.5, 1.5, 2.5, 1000000.0]:
        samples.setdefault(rules.select(float(n)), float(n))
    return samples


def _plural_select_range(ctx: Context, locale: str, ordinal: bool, skeleton: str, start, end) -> str:
    """ICU resolves a range's category from its ends' categories with the locale's (cardinal) range
    data; an ordinal pair that data does not name is 'other', as in ICU."""
    if not ordinal:
        formatted = _range_formatter(locale, skeleton).formatDoubleRangeToValue(float(start), float(end))
        return _cardinal_rules(locale).select(formatted)
    first, last = _ordinal_category(locale, float(start)), _ordinal_category(locale, float(end))
    samples = _cardinal_samples(locale)
    if first not in samples or last not in samples:
        return "other"
    formatted = _range_formatter(locale, "").formatDoubleRangeToValue(samples[first], samples[last])
    return _cardinal_rules(locale).select(formatted)


# ---- dates -----------------------------------------------------------------------------------

_UTC_NAMES = {"utc", "etc/utc", "etc/gmt", "gmt", "etc/universal", "etc/zulu", "universal", "zulu", "etc/uct", "uct",
              "etc/gmt0", "etc/gmt+0", "etc/gmt-0", "gmt0", "gmt+0", "gmt-0", "etc/greenwich", "greenwich"}


@lru_cache(maxsize=None)
def _zone_ids() -> dict:
    """ICU's time zone ids by their lower case (IANA names match without regard to case)."""
    return {zone.lower(): zone for zone in _lib().TimeZone.createEnumeration()}


def _canonical_time_zone(ctx: Context, name: str) -> str | None:
    """The time zone id V8 reports for a name: 'UTC' for UTC's aliases, else ICU's canonical id
    (Asia/Kolkata -> Asia/Calcutta, US/Eastern -> America/New_York), None when ICU does not know
    it. Offsets (+05:30) are read on the JS side."""
    lower = name.lower()
    if lower in _UTC_NAMES:
        return "UTC"
    zone = _zone_ids().get(lower)
    return zone and _icu_c().canonical_time_zone(zone)


def _default_time_zone(ctx: Context) -> str:
    """The zone of TZ as it is now (a program may set process.env.TZ), else the system's."""
    tz = os.environ.get("TZ")
    if tz:
        zone = _canonical_time_zone(ctx, tz[1:] if tz.startswith(":") else tz)
        return zone or "UTC"
    global _system_zone
    if _system_zone is None:
        _system_zone = _canonical_time_zone(ctx, _lib().TimeZone.createDefault().getID()) or "UTC"
    return _system_zone


_system_zone: str | None = None


def _icu_zone(zone: str):
    icu = _lib()
    return icu.TimeZone.createTimeZone(f"GMT{zone}" if zone[0] in "+-" else zone)


_zones: dict = {}
_zone_names: dict = {}


def _zone_name(ctx: Context, locale: str, time: float) -> str:
    """The long name, in `locale`, of the default zone at `time` (ms), standard or daylight as it
    is then: what V8 writes in parentheses after Date.prototype.toString's offset."""
    zone_id = _default_time_zone(ctx)
    zone = _zones.get(zone_id)
    if zone is None:
        zone = _zones[zone_id] = _icu_zone(zone_id)
    daylight = bool(zone.inDaylightTime(time / 1000.0))
    key = (zone_id, daylight, locale)
    name = _zone_names.get(key)
    if name is None:
        icu = _lib()
        name = _zone_names[key] = zone.getDisplayName(daylight, icu.TimeZone.LONG, icu.Locale.forLanguageTag(locale))
    return name


def _date_pattern(ctx: Context, locale: str, skeleton: str, date_style: int, time_style: int) -> list:
    """[pattern, calendar] for a skeleton (best pattern, hour field length kept) or, when a style is
    not -1, ICU's pattern for dateStyle/timeStyle; calendar is the locale's (gregorian -> gregory)."""
    icu = _lib()
    loc = icu.Locale.forLanguageTag(locale)
    if skeleton:
        generator = _generator(locale)
        pattern = generator.getBestPattern(skeleton, icu.UDateTimePatternMatchOptions.HOUR_FIELD_LENGTH)
    else:
        pattern = icu.DateFormat.createDateTimeInstance(date_style, time_style, loc).toPattern()
    calendar = icu.Calendar.createInstance(loc).getType()
    return [pattern, {"gregorian": "gregory", "ethiopic-amete-alem": "ethioaa"}.get(calendar, calendar)]


def _skeleton_of(ctx: Context, pattern: str) -> str:
    return _lib().DateTimePatternGenerator.staticGetSkeleton(pattern)


@lru_cache(maxsize=64)
def _generator(locale: str):
    icu = _lib()
    return icu.DateTimePatternGenerator.createInstance(icu.Locale.forLanguageTag(locale))


_date_formatters: dict = {}


def _date_formatter(locale: str, pattern: str, zone: str):
    key = (locale, pattern, zone)
    formatter = _date_formatters.get(key)
    if formatter is None:
        icu = _lib()
        formatter = icu.SimpleDateFormat(pattern, icu.Locale.forLanguageTag(locale))
        formatter.setTimeZone(_icu_zone(zone))
        _date_formatters[key] = formatter
    return formatter


# CPython's bytes-keyed dict behind os.environ (POSIX), kept current by os.environ's writes: reading
# TZ from it costs 0.06 us where os.environ.get costs 1.8 (an unset key raises KeyError inside)
_environ_bytes = getattr(os.environ, "_data", None)


def _tz_marker():
    """TZ as it is now, in whatever form is cheapest to compare (a format following the default
    zone checks it at every call)."""
    if type(_environ_bytes) is dict:
        return _environ_bytes.get(b"TZ")
    return os.environ.get("TZ")


_date_formats: list = []       # per id: [locale, pattern, zone, formatter, the TZ it was made for]
_date_format_ids: dict = {}


def _date_formatter_id(ctx: Context, locale: str, pattern: str, zone: str | None) -> int:
    """A number naming (locale, pattern, zone) for intlFormatDateWith; zone None follows the
    default zone as it is at each call (toLocaleString without a timeZone option)."""
    key = (locale, pattern, zone)
    found = _date_format_ids.get(key)
    if found is None:
        found = _date_format_ids[key] = len(_date_formats)
        _date_formats.append([locale, pattern, zone, None, None])
    return found


@raw
def _format_date_with(ctx: Context, argc: int, argv):
    """intlFormatDateWith(format id, time value): raw, as the hot path of every DateTimeFormat
    format and Date.prototype.toLocale*String (no argument conversions). Each id keeps its ICU
    formatter; one following the default zone makes it again only when TZ has changed. As V8, a
    plain space where CLDR 42+ has U+202F (before AM/PM), for web compatibility (formatToParts
    and ranges keep ICU's characters)."""
    entry = _date_formats[argv[0].u & 0xFFFFFFFF]
    formatter = entry[3]
    if entry[2] is None:
        tz = _tz_marker()
        if formatter is None or tz != entry[4]:
            entry[4] = tz
            formatter = entry[3] = _date_formatter(entry[0], entry[1], _default_time_zone(ctx))
    elif formatter is None:
        formatter = entry[3] = _date_formatter(entry[0], entry[1], entry[2])
    value = argv[1]
    time = V.get_float64(value) if value.tag == V.TAG_FLOAT64 else float(V.get_int32(value))
    return ctx.to_js(formatter.format(time / 1000.0).replace("\u202f", " "))   # PyICU's dates are in seconds


# pattern letter -> ICU's UDateFormatField, for formatToParts
_DATE_FIELDS = {"G": 0, "y": 1, "M": 2, "d": 3, "k": 4, "H": 5, "m": 6, "s": 7, "S": 8, "E": 9, "a": 14, "h": 15,
                "K": 16, "z": 17, "c": 25, "L": 26, "v": 24, "O": 31, "V": 29, "X": 32, "x": 33, "U": 30,
                "r": 34, "b": 35, "B": 36, "e": 19, "Y": 18, "Q": 27, "q": 28, "D": 10, "F": 11, "w": 12,
                "W": 13, "u": 20, "g": 21, "A": 22, "Z": 23}


def _format_date_to_parts(ctx: Context, locale: str, pattern: str, zone: str, time: float) -> list:
    """[text, letter, start, end, ...]: where each field of the pattern landed in the text."""
    icu = _lib()
    formatter = _date_formatter(locale, pattern, zone)
    text = None
    fields = []
    for letter in _pattern_letters(pattern):
        position = icu.FieldPosition(_DATE_FIELDS.get(letter, -1))
        text = formatter.format(time / 1000.0, position)
        if position.getEndIndex() > position.getBeginIndex():
            fields.append((position.getBeginIndex(), position.getEndIndex(), letter))
    if text is None:
        text = formatter.format(time / 1000.0)
    result = [text]
    for start, end, letter in sorted(fields):
        result.extend((letter, start, end))
    return result


def _pattern_letters(pattern: str) -> list[str]:
    """The field letters of a date pattern, once each, outside quoted literals."""
    letters = []
    quoted = False
    for char in pattern:
        if char == "'":
            quoted = not quoted
        elif not quoted and ("a" <= char <= "z" or "A" <= char <= "Z") and char not in letters:
            letters.append(char)
    return letters


_interval_formatters: dict = {}


def _format_date_range(ctx: Context, locale: str, skeleton: str, zone: str, start: float, end: float) -> list:
    """formatRange through ICU's DateIntervalFormat (made while the zone is ICU's default, since
    PyICU cannot set its zone afterwards): [text, category, field, start, end, ...]."""
    icu = _lib()
    key = (locale, skeleton, zone)
    formatter = _interval_formatters.get(key)
    if formatter is None:
        previous = icu.TimeZone.createDefault()
        icu.TimeZone.setDefault(_icu_zone(zone))
        try:
            formatter = icu.DateIntervalFormat.createInstance(skeleton, icu.Locale.forLanguageTag(locale))
        finally:
            icu.TimeZone.setDefault(previous)
        _interval_formatters[key] = formatter
    formatted = formatter.formatToValue(icu.DateInterval(start / 1000.0, end / 1000.0))
    result = [str(formatted)]
    position = icu.ConstrainedFieldPosition()
    while formatted.nextPosition(position):
        result.extend((position.getCategory(), position.getField(), position.getStart(), position.getLimit()))
    return result


FUNCTIONS = {
    "intlFormatRelative": _format_relative,
    "intlFormatList": _format_list,
    "intlCollator": _collator,
    "intlCompare": _compare,
    "intlCollationSupport": _collation_support,
    "intlCaseMap": _case_map,
    "intlPluralSelect": _plural_select,
    "intlPluralCategories": _plural_categories,
    "intlPluralSelectRange": _plural_select_range,
    "intlCanonicalTimeZone": _canonical_time_zone,
    "intlDefaultTimeZone": _default_time_zone,
    "intlZoneName": _zone_name,
    "intlDatePattern": _date_pattern,
    "intlSkeletonOf": _skeleton_of,
    "intlDateFormatterId": _date_formatter_id,
    "intlFormatDateWith": _format_date_with,
    "intlFormatDateToParts": _format_date_to_parts,
    "intlFormatDateRange": _format_date_range,
    "intlNumberFormatterId": _number_formatter_id,
    "intlFormatNumberWith": _format_number_with,
    "intlNumberSymbols": _number_symbols,
    "intlFormatNumberToParts": _format_number_to_parts,
    "intlFormatNumberRange": _format_number_range,
    "intlCurrencyDigits": _currency_digits,
    "intlNumberingSystem": _numbering_system,
    "intlIsNumberingSystem": _is_numbering_system,
    "intlCanonicalizeLocale": _canonicalize_locale,
    "intlLocaleQuery": _locale_query,
    "intlDisplayName": _display_name,
    "intlSupportedValues": _supported_values,
    "intlTimeSeparator": _time_separator,
    "intlFormatDuration": _format_duration,
    "intlLookupLocale": _lookup_locale,
    "intlSegmentBreaks": _segment_breaks,
}
