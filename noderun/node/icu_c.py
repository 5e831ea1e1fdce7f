"""ICU's C API, for the few calls PyICU does not bind, on the very ICU libraries PyICU loaded (the
`pyicu-wheels` wheel ships them beside its extension module), and the time-zone data noderun brings.

`load()` must run before `import icu`: importing PyICU reads ICU's time-zone data, and ICU looks for
that data in its time-zone files directory only until it has read it once. noderun points that
directory at the 2025b files of ICU's own tz update repository (unicode-org/icu-data,
tzdata/icunew/2025b/44/le), which are what node 24.12.0 carries; the wheel's ICU 77.1 has 2025a.

ctypes, not cffi: noderun binds with cffi only in its engine layer, and these calls are rare (per
display name or locale property, never per formatted number).
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
from pathlib import Path

TZ_DATA_DIR = Path(__file__).with_name("data") / "icu-tz-2025b"

_library = None   # (libicuuc, libicui18n, version suffix)


def _libraries_dir() -> Path:
    spec = importlib.util.find_spec("icu")
    return Path(spec.origin).parent.parent / "pyicu_wheels.libs"


def load() -> None:
    """Opens ICU's libraries (libicudata first: the others need it and only PyICU's rpath finds
    it) and sets the time-zone files directory. Idempotent."""
    global _library
    if _library is not None:
        return
    folder = _libraries_dir()
    found = {name.split("-")[0]: folder / name for name in os.listdir(folder)}
    ctypes.CDLL(str(found["libicudata"]), mode=ctypes.RTLD_GLOBAL)
    # PyDLL: the calls keep the GIL, as PyICU's do, so two JS threads never use one of the cached
    # ICU objects (pattern generators) at once
    common = ctypes.PyDLL(str(found["libicuuc"]), mode=ctypes.RTLD_GLOBAL)
    i18n = ctypes.PyDLL(str(found["libicui18n"]), mode=ctypes.RTLD_GLOBAL)
    suffix = "_" + re.search(r"\.so\.(\d+)", found["libicuuc"].name).group(1)
    _library = (common, i18n, suffix)
    status = ctypes.c_int(0)
    _function(common, "u_setTimeZoneFilesDirectory", None, ctypes.c_char_p, ctypes.POINTER(ctypes.c_int))(
        str(TZ_DATA_DIR).encode(), ctypes.byref(status))


def _function(library, name: str, result, *arguments):
    function = getattr(library, name + _library[2])
    function.restype = result
    function.argtypes = arguments
    return function


_functions: dict = {}


def _c(name: str):
    """The ICU C function `name` (of the common library or the i18n one), typed by _SIGNATURES."""
    function = _functions.get(name)
    if function is None:
        load()
        common, i18n, _ = _library
        result, *arguments = _SIGNATURES[name]
        try:
            function = _function(common, name, result, *arguments)
        except AttributeError:
            function = _function(i18n, name, result, *arguments)
        _functions[name] = function
    return function


_int_p = ctypes.POINTER(ctypes.c_int)
_uchar_p = ctypes.c_void_p
_SIGNATURES = {
    "ucal_getTZDataVersion": (ctypes.c_char_p, _int_p),
    "ulocdata_getCLDRVersion": (None, ctypes.c_void_p, _int_p),
    # (locale, UCalendarDaysOfWeek, status) on a calendar: ucal_open then ucal_getDayOfWeekType
    "ucal_open": (ctypes.c_void_p, _uchar_p, ctypes.c_int32, ctypes.c_char_p, ctypes.c_int, _int_p),
    "ucal_close": (None, ctypes.c_void_p),
    "ucal_getDayOfWeekType": (ctypes.c_int, ctypes.c_void_p, ctypes.c_int, _int_p),
    "ucal_getAttribute": (ctypes.c_int32, ctypes.c_void_p, ctypes.c_int),
    "ucal_getKeywordValuesForLocale": (ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_int8, _int_p),
    "ucal_getCanonicalTimeZoneID": (ctypes.c_int32, ctypes.c_char_p, ctypes.c_int32, ctypes.c_void_p,
                                    ctypes.c_int32, ctypes.POINTER(ctypes.c_int8), _int_p),
    "ucal_openTimeZoneIDEnumeration": (ctypes.c_void_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_void_p, _int_p),
    "uenum_next": (ctypes.c_char_p, ctypes.c_void_p, _int_p, _int_p),
    "uenum_close": (None, ctypes.c_void_p),
    "ucurr_getName": (ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_int, ctypes.c_void_p,
                      ctypes.POINTER(ctypes.c_int32), _int_p),
    "ucurr_openISOCurrencies": (ctypes.c_void_p, ctypes.c_uint32, _int_p),
    "udatpg_open": (ctypes.c_void_p, ctypes.c_char_p, _int_p),
    "udatpg_close": (None, ctypes.c_void_p),
    "udatpg_getFieldDisplayName": (ctypes.c_int32, ctypes.c_void_p, ctypes.c_int, ctypes.c_int, ctypes.c_void_p,
                                   ctypes.c_int32, _int_p),
    "udatpg_getDefaultHourCycle": (ctypes.c_int, ctypes.c_void_p, _int_p),
    "uloc_isRightToLeft": (ctypes.c_int8, ctypes.c_char_p),
}


class ICUFailure(Exception):
    pass


def _check(status: ctypes.c_int) -> None:
    if status.value > 0:
        raise ICUFailure(status.value)


def _uchars(text: str) -> bytes:
    """A NUL-terminated UChar string."""
    return text.encode("utf-16-le") + b"\0\0"


def _utf16(buffer, length: int) -> str:
    return ctypes.string_at(buffer, length * 2).decode("utf-16-le")


def _strings(enumeration) -> list[str]:
    """The values of a UEnumeration of char strings, closing it."""
    status = ctypes.c_int(0)
    values = []
    try:
        while True:
            value = _c("uenum_next")(enumeration, None, ctypes.byref(status))
            _check(status)
            if value is None:
                return values
            values.append(value.decode())
    finally:
        _c("uenum_close")(enumeration)


def tz_data_version() -> str:
    status = ctypes.c_int(0)
    version = _c("ucal_getTZDataVersion")(ctypes.byref(status))
    _check(status)
    return version.decode()


def cldr_version() -> str:
    """The CLDR version of ICU's locale data, as process.versions.cldr writes it ("47.0")."""
    status = ctypes.c_int(0)
    version = (ctypes.c_uint8 * 4)()
    _c("ulocdata_getCLDRVersion")(version, ctypes.byref(status))
    _check(status)
    parts = list(version)
    while len(parts) > 2 and parts[-1] == 0:
        parts.pop()
    return ".".join(map(str, parts))


def calendar_keyword_values(locale: str, common_only: bool) -> list[str]:
    """The calendars ICU prefers for a locale (its region's), most preferred first (ICU names)."""
    status = ctypes.c_int(0)
    enumeration = _c("ucal_getKeywordValuesForLocale")(b"calendar", locale.encode(), common_only, ctypes.byref(status))
    _check(status)
    return _strings(enumeration)


def week_info(locale: str) -> tuple[int, int, list[int]]:
    """(first day, minimal days in first week, weekend days) of the locale's calendar, days
    numbered as UCalendarDaysOfWeek (1 Sunday .. 7 Saturday); its -u-fw- is honoured by ICU."""
    status = ctypes.c_int(0)
    calendar = _c("ucal_open")(None, -1, locale.encode(), 1, ctypes.byref(status))   # UCAL_GREGORIAN
    _check(status)
    try:
        first = _c("ucal_getAttribute")(calendar, 1)      # UCAL_FIRST_DAY_OF_WEEK
        minimal = _c("ucal_getAttribute")(calendar, 2)    # UCAL_MINIMAL_DAYS_IN_FIRST_WEEK
        weekend = []
        for day in range(1, 8):
            kind = _c("ucal_getDayOfWeekType")(calendar, day, ctypes.byref(status))
            _check(status)
            if kind != 0:   # UCAL_WEEKDAY; WEEKEND, WEEKEND_ONSET and WEEKEND_CEASE are the weekend's
                weekend.append(day)
        return first, minimal, weekend
    finally:
        _c("ucal_close")(calendar)


def canonical_time_zone(zone: str) -> str | None:
    """ICU's canonical id of a time zone (its CLDR id: Asia/Calcutta for Asia/Kolkata), None when
    ICU does not know the zone."""
    buffer = ctypes.create_string_buffer(256)
    system = ctypes.c_int8(0)
    status = ctypes.c_int(0)
    length = _c("ucal_getCanonicalTimeZoneID")(_uchars(zone), -1, buffer, 128,
                                              ctypes.byref(system), ctypes.byref(status))
    if status.value > 0:
        return None
    return _utf16(buffer, length)


def region_time_zones(region: str | None) -> list[str]:
    """The canonical location zones (UCAL_ZONE_TYPE_CANONICAL_LOCATION) of a region, or of the
    world for None, sorted."""
    status = ctypes.c_int(0)
    enumeration = _c("ucal_openTimeZoneIDEnumeration")(2, region and region.encode(), None, ctypes.byref(status))
    _check(status)
    return sorted(_strings(enumeration))


# UCurrNameStyle
CURRENCY_SYMBOL, CURRENCY_LONG, CURRENCY_NARROW = 0, 1, 2


_USING_DEFAULT_WARNING = -127


def currency_name(locale: str, code: str, style: int) -> str | None:
    """ICU's name of an ISO 4217 currency code (any case) in a locale, None when it has none."""
    status = ctypes.c_int(0)
    length = ctypes.c_int32(0)
    plural = ctypes.c_int8(0)
    name = _c("ucurr_getName")(_uchars(code), locale.encode(), style, ctypes.byref(plural), ctypes.byref(length),
                               ctypes.byref(status))
    if status.value > 0 or status.value == _USING_DEFAULT_WARNING or not name:
        return None
    return _utf16(name, length.value)


def common_currencies() -> list[str]:
    """The ISO 4217 codes ICU knows as in common use and not deprecated (UCURR_COMMON | UCURR_NON_DEPRECATED)."""
    status = ctypes.c_int(0)
    enumeration = _c("ucurr_openISOCurrencies")(1 | 8, ctypes.byref(status))
    _check(status)
    return _strings(enumeration)


_generators: dict = {}


def _generator(locale: str):
    generator = _generators.get(locale)
    if generator is None:
        status = ctypes.c_int(0)
        generator = _c("udatpg_open")(locale.encode(), ctypes.byref(status))
        _check(status)
        _generators[locale] = generator
    return generator


def date_field_display_name(locale: str, field: int, width: int) -> str:
    """udatpg_getFieldDisplayName: a UDateTimePatternField's name (era, year, ...) in a width
    (UDATPG_WIDE, ABBREVIATED, NARROW)."""
    status = ctypes.c_int(0)
    buffer = ctypes.create_string_buffer(512)
    length = _c("udatpg_getFieldDisplayName")(_generator(locale), field, width, buffer, 256, ctypes.byref(status))
    _check(status)
    return _utf16(buffer, length)


def default_hour_cycle(locale: str) -> int:
    """UDAT_HOUR_CYCLE_11, _12, _23, _24 as 0..3."""
    status = ctypes.c_int(0)
    cycle = _c("udatpg_getDefaultHourCycle")(_generator(locale), ctypes.byref(status))
    _check(status)
    return cycle


def is_right_to_left(locale: str) -> bool:
    return bool(_c("uloc_isRightToLeft")(locale.encode()))
