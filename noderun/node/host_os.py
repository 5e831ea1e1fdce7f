"""Host functions behind node:os (the Python half; the JS half is noderun/node/js/os.js).

Values come from where libuv reads them on Linux: uname(2), /proc/stat, /proc/cpuinfo,
/proc/meminfo, /proc/uptime, the password database, getifaddrs(3).
"""

from __future__ import annotations

import errno
import os

from ..engine.runtime import Context
from ..errors import NodeError


def _read(path: str) -> str:
    try:
        with open(path, encoding="utf-8", errors="replace") as file:
            return file.read()
    except OSError:
        return ""


def _uname(ctx: Context) -> list[str]:
    """[type, version, release, machine] as node's _getOSInformation returns them."""
    info = os.uname()
    return [info.sysname, info.version, info.release, info.machine]


def _hostname(ctx: Context) -> str:
    return os.uname().nodename


def _cpus(ctx: Context) -> list:
    """Per CPU: [model, speed MHz, user, nice, sys, idle, irq] with times in milliseconds."""
    models = [line.split(":", 1)[1].strip() for line in _read("/proc/cpuinfo").splitlines()
              if line.startswith("model name")]
    tick_ms = 1000 // (os.sysconf("SC_CLK_TCK") or 100)
    cpus = []
    for line in _read("/proc/stat").splitlines():
        if not line.startswith("cpu") or line.startswith("cpu "):
            continue
        name, *fields = line.split()
        index = int(name[3:])
        user, nice, system, idle, _iowait, irq = (int(v) for v in fields[:6])
        speed = _read(f"/sys/devices/system/cpu/cpu{index}/cpufreq/scaling_cur_freq").strip()
        cpus.append([models[index] if index < len(models) else "unknown",
                     int(speed) // 1000 if speed.isdigit() else 0,
                     user * tick_ms, nice * tick_ms, system * tick_ms, idle * tick_ms, irq * tick_ms])
    return cpus


def _available_parallelism(ctx: Context) -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def _meminfo(key: str) -> int:
    for line in _read("/proc/meminfo").splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) * 1024
    return 0


def _total_mem(ctx: Context) -> int:
    return _meminfo("MemTotal")


def _free_mem(ctx: Context) -> int:
    return _meminfo("MemAvailable")


def _uptime(ctx: Context) -> float:
    text = _read("/proc/uptime").split()
    return float(text[0]) if text else 0.0


def _loadavg(ctx: Context) -> list[float]:
    try:
        return list(os.getloadavg())
    except OSError:
        return [0.0, 0.0, 0.0]


def _user_info(ctx: Context) -> list:
    """[uid, gid, username, homedir, shell] of the effective user."""
    import pwd
    uid = os.geteuid()
    try:
        entry = pwd.getpwuid(uid)
    except KeyError:
        raise _system_error(OSError(errno.ENOENT, "no such file or directory"), "uv_os_get_passwd") from None
    return [uid, entry.pw_gid, entry.pw_name, entry.pw_dir, entry.pw_shell or None]


def _homedir(ctx: Context) -> str:
    home = ctx.host.realm.env.get("HOME")
    if home:
        return home
    import pwd
    return pwd.getpwuid(os.geteuid()).pw_dir


_UV_DESCRIPTIONS = {errno.ESRCH: "no such process", errno.EACCES: "permission denied",
                    errno.EPERM: "operation not permitted", errno.ENOENT: "no such file or directory",
                    errno.EINVAL: "invalid argument"}


def _system_error(exc: OSError, syscall: str) -> NodeError:
    """The data of node's ERR_SYSTEM_ERROR; os.js builds the SystemError from it (see systemError)."""
    number = exc.errno or 0
    info = {"errno": -number, "code": errno.errorcode.get(number, "UNKNOWN"),
            "message": _UV_DESCRIPTIONS.get(number, (exc.strerror or "unknown error").lower()),
            "syscall": syscall}
    return NodeError(None, js_class="Error", message="system error", systemErrorInfo=info)


def _get_priority(ctx: Context, pid: int) -> int:
    try:
        return os.getpriority(os.PRIO_PROCESS, int(pid))
    except OSError as exc:
        raise _system_error(exc, "uv_os_getpriority") from None


def _set_priority(ctx: Context, pid: int, priority: int) -> None:
    try:
        os.setpriority(os.PRIO_PROCESS, int(pid), int(priority))
    except OSError as exc:
        raise _system_error(exc, "uv_os_setpriority") from None


# -- network interfaces through getifaddrs(3) -------------------------------------------------------

_AF_INET, _AF_INET6, _AF_PACKET = 2, 10, 17
_IFF_UP, _IFF_LOOPBACK, _IFF_RUNNING = 0x1, 0x8, 0x40


def _network_interfaces(ctx: Context) -> list:
    """[name, family, address, netmask, mac, internal, scopeid] per address of each interface that
    is up and running, in getifaddrs order, as libuv's uv_interface_addresses lists them."""
    import ctypes
    import socket

    class Ifaddrs(ctypes.Structure):
        pass

    Ifaddrs._fields_ = [("next", ctypes.POINTER(Ifaddrs)), ("name", ctypes.c_char_p),
                        ("flags", ctypes.c_uint), ("addr", ctypes.c_void_p),
                        ("netmask", ctypes.c_void_p), ("broadaddr", ctypes.c_void_p),
                        ("data", ctypes.c_void_p)]
    libc = ctypes.CDLL(None, use_errno=True)
    head = ctypes.POINTER(Ifaddrs)()
    if libc.getifaddrs(ctypes.byref(head)) != 0:
        return []
    try:
        macs: dict[str, str] = {}
        entries = []
        node = head
        while node:
            item = node.contents
            node = item.next
            if not item.addr or (item.flags & (_IFF_UP | _IFF_RUNNING)) != (_IFF_UP | _IFF_RUNNING):
                continue
            name = item.name.decode("utf-8", "replace")
            family = ctypes.c_ushort.from_address(item.addr).value
            if family == _AF_PACKET:
                # struct sockaddr_ll: family(2) protocol(2) ifindex(4) hatype(2) pkttype(1) halen(1) addr(8)
                raw = ctypes.string_at(item.addr, 20)
                macs[name] = ":".join(f"{b:02x}" for b in raw[12:18])
            elif family in (_AF_INET, _AF_INET6):
                entries.append((name, family, item.addr, item.netmask, bool(item.flags & _IFF_LOOPBACK)))
        result = []
        for name, family, addr, netmask, internal in entries:
            if family == _AF_INET:
                address = socket.inet_ntop(socket.AF_INET, ctypes.string_at(addr + 4, 4))
                mask = socket.inet_ntop(socket.AF_INET, ctypes.string_at(netmask + 4, 4)) if netmask else "0.0.0.0"
                scope = -1
            else:
                # struct sockaddr_in6: family(2) port(2) flowinfo(4) addr(16) scope_id(4)
                address = socket.inet_ntop(socket.AF_INET6, ctypes.string_at(addr + 8, 16))
                mask = socket.inet_ntop(socket.AF_INET6, ctypes.string_at(netmask + 8, 16)) if netmask else "::"
                scope = ctypes.c_uint32.from_address(addr + 24).value
            result.append([name, "IPv4" if family == _AF_INET else "IPv6", address, mask,
                           macs.get(name, "00:00:00:00:00:00"), internal, scope])
        return result
    finally:
        libc.freeifaddrs(head)


# The process's default locale as ICU derives it from the environment (node has no setlocale(), so
# LC_ALL, then LC_MESSAGES, then LANG decide), as a BCP 47 tag: navigator.language. Computed once
# per process, as ICU does.
_DEPRECATED_LANGUAGES = {"iw": "he", "in": "id", "ji": "yi", "jw": "jv", "mo": "ro"}
_default_locale: str | None = None


def _posix_locale_to_bcp47(posix: str | None) -> str:
    if posix is not None:
        posix, _, modifier = posix.partition("@")
        posix = posix.partition(".")[0]
    if posix is None or posix in ("C", "POSIX"):
        return "en-US"
    if not posix:
        return "und"
    language, _, region = posix.partition("_")
    language = language.lower()
    parts = [_DEPRECATED_LANGUAGES.get(language, language)]
    if region:
        parts.append(region.upper())
    if modifier:   # a BCP 47 variant is 5-8 alphanumerics or a digit and 3 more; else a private use
        modifier = modifier.lower()
        variant = (modifier.isalnum() and 5 <= len(modifier) <= 8) or \
            (len(modifier) == 4 and modifier[0].isdigit() and modifier.isalnum())
        parts.append(modifier if variant else f"x-lvariant-{modifier}")
    return "-".join(parts)


def _default_locale_tag(ctx: Context) -> str:
    global _default_locale
    if _default_locale is None:
        env = os.environ
        posix = env.get("LC_ALL")
        if posix is None:
            posix = env.get("LC_MESSAGES")
        if posix is None:
            posix = env.get("LANG")
        _default_locale = _posix_locale_to_bcp47(posix)
    return _default_locale


FUNCTIONS = {
    "osDefaultLocale": _default_locale_tag,
    "osUname": _uname,
    "osHostname": _hostname,
    "osCpus": _cpus,
    "osAvailableParallelism": _available_parallelism,
    "osTotalMem": _total_mem,
    "osFreeMem": _free_mem,
    "osUptime": _uptime,
    "osLoadavg": _loadavg,
    "osUserInfo": _user_info,
    "osHomedir": _homedir,
    "osGetPriority": _get_priority,
    "osSetPriority": _set_priority,
    "osNetworkInterfaces": _network_interfaces,
}
