"""Host side of net.SocketAddress and net.BlockList (node's block_list binding).

Addresses are read and written as libuv does (inet_pton / inet_ntop: the C library's, the same
BIND-derived code: no leading zeros in IPv4, an IPv6 zone dropped, `::ffff:1.2.3.4` printed so).
A block list's rules live here rather than in JS because node shares them: a BlockList cloned to
another thread (postMessage) is the same list, and a rule added on either side holds on both. So
lists are process-wide, by id, behind one lock, counted: each JS BlockList holding one (JS releases
it when the BlockList is collected, a thread's all when it ends) and each clone in flight, until
the receiving thread attaches it.

Rules match as node's: an IPv4 address and the IPv4-mapped IPv6 address (::ffff:a.b.c.d) are the
same address for every rule; other addresses of different families never match.
"""

from __future__ import annotations

import socket
import threading

from ..engine.runtime import Context

_V4, _V6 = 4, 6
_MAPPED = 0xFFFF << 32           # ::ffff:0:0/96, IPv4-mapped IPv6 addresses
_NAMES = {_V4: "IPv4", _V6: "IPv6"}


def parse(address: str, family: int) -> tuple[int, int] | None:
    """(family, the address as an integer), or None when `address` is not one of `family`."""
    try:
        if family == _V4:
            return _V4, int.from_bytes(socket.inet_pton(socket.AF_INET, address), "big")
        return _V6, int.from_bytes(socket.inet_pton(socket.AF_INET6, address.partition("%")[0]), "big")
    except (OSError, ValueError):   # ValueError: an embedded NUL
        return None


def text(address: tuple[int, int]) -> str:
    family, value = address
    if family == _V4:
        return socket.inet_ntop(socket.AF_INET, value.to_bytes(4, "big"))
    return socket.inet_ntop(socket.AF_INET6, value.to_bytes(16, "big"))


def _as_v4(address: tuple[int, int]) -> int | None:
    family, value = address
    if family == _V4:
        return value
    return value & 0xFFFFFFFF if value >> 32 == 0xFFFF else None


def _compare(a: tuple[int, int], b: tuple[int, int]) -> int | None:
    """-1, 0 or 1; None when the two cannot be compared (IPv4 against a non-mapped IPv6)."""
    if a[0] == b[0]:
        x, y = a[1], b[1]
    else:
        x, y = _as_v4(a), _as_v4(b)
        if x is None or y is None:
            return None
    return (x > y) - (x < y)


def _in_subnet(address: tuple[int, int], network: tuple[int, int], prefix: int) -> bool:
    if network[0] == _V4:
        value = _as_v4(address)
        if value is None:
            return False
        bits, net = 32, network[1]
    else:
        bits, net = 128, network[1]
        value = address[1] if address[0] == _V6 else _MAPPED | address[1]
    shift = bits - prefix
    return value >> shift == net >> shift


class BlockRules:
    """One block list: its rules, newest first (node lists them so)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.rules: list[tuple] = []   # ("address", a) / ("range", start, end) / ("subnet", net, prefix)

    def add(self, rule: tuple) -> None:
        with self.lock:
            self.rules.insert(0, rule)

    def check(self, address: tuple[int, int]) -> bool:
        with self.lock:
            rules = list(self.rules)
        for rule in rules:
            kind = rule[0]
            if kind == "address":
                if _compare(address, rule[1]) == 0:
                    return True
            elif kind == "range":
                low, high = _compare(rule[1], address), _compare(address, rule[2])
                if low is not None and high is not None and low <= 0 and high <= 0:
                    return True
            elif _in_subnet(address, rule[1], rule[2]):
                return True
        return False

    def describe(self) -> list[str]:
        with self.lock:
            rules = list(self.rules)
        lines = []
        for rule in rules:
            family = _NAMES[rule[1][0]]
            if rule[0] == "address":
                lines.append(f"Address: {family} {text(rule[1])}")
            elif rule[0] == "range":
                lines.append(f"Range: {family} {text(rule[1])}-{text(rule[2])}")
            else:
                lines.append(f"Subnet: {family} {text(rule[1])}/{rule[2]}")
        return lines


_lists: dict[int, BlockRules] = {}
_refs: dict[int, int] = {}           # list id -> JS BlockLists holding it + clones in flight
_lock = threading.Lock()
_next_id = 1


def _held(realm) -> dict[int, int]:
    """This thread's list ids -> how many of its JS BlockLists hold each."""
    held = getattr(realm, "block_lists", None)
    if held is None:
        held = realm.block_lists = {}
    return held


def _unref(list_id: int, count: int = 1) -> None:
    """With _lock held."""
    left = _refs.get(list_id, 0) - count
    if left > 0:
        _refs[list_id] = left
    else:
        _refs.pop(list_id, None)
        _lists.pop(list_id, None)


def _rules(ctx: Context, list_id) -> BlockRules:
    with _lock:
        return _lists[int(list_id)]


def _new(ctx: Context) -> int:
    global _next_id
    with _lock:
        list_id = _next_id
        _next_id += 1
        _lists[list_id] = BlockRules()
        _refs[list_id] = 1
    held = _held(ctx.host.realm)
    held[list_id] = 1
    return list_id


def _release(ctx: Context, list_id) -> None:
    """A JS BlockList of this thread was collected."""
    list_id = int(list_id)
    held = _held(ctx.host.realm)
    if held.get(list_id, 0) <= 0:
        return
    held[list_id] -= 1
    if not held[list_id]:
        del held[list_id]
    with _lock:
        _unref(list_id)


def _send(ctx: Context, list_id) -> None:
    """A BlockList is being cloned to another thread: its list stays until the clone attaches."""
    with _lock:
        _refs[int(list_id)] = _refs.get(int(list_id), 0) + 1


def _attach(ctx: Context, list_id) -> bool:
    """The clone of a BlockList arrived on this thread (the clone's reference becomes this
    thread's): whether its list is there."""
    list_id = int(list_id)
    with _lock:
        if list_id not in _lists:
            return False
    held = _held(ctx.host.realm)
    held[list_id] = held.get(list_id, 0) + 1
    return True


def thread_ended(realm) -> None:
    """The thread's BlockLists are gone with it."""
    held = _held(realm)
    with _lock:
        for list_id, count in held.items():
            _unref(list_id, count)
    held.clear()


def _address(ctx: Context, address: str, family) -> str | None:
    """The canonical text of `address` in `family` (4 or 6), or None when it is not one."""
    parsed = parse(address, int(family))
    return text(parsed) if parsed is not None else None


def _add_address(ctx: Context, list_id, address: str, family) -> None:
    _rules(ctx, list_id).add(("address", parse(address, int(family))))


def _add_range(ctx: Context, list_id, start: str, start_family, end: str, end_family) -> bool:
    """False when `start` comes after `end` (addresses of families that cannot be compared make a
    range that node accepts, and that matches nothing)."""
    low, high = parse(start, int(start_family)), parse(end, int(end_family))
    if _compare(low, high) == 1:
        return False
    _rules(ctx, list_id).add(("range", low, high))
    return True


def _add_subnet(ctx: Context, list_id, network: str, family, prefix) -> None:
    _rules(ctx, list_id).add(("subnet", parse(network, int(family)), int(prefix)))


def _check(ctx: Context, list_id, address: str, family) -> bool:
    parsed = parse(address, int(family))
    return parsed is not None and _rules(ctx, list_id).check(parsed)


def _describe(ctx: Context, list_id) -> list[str]:
    return _rules(ctx, list_id).describe()


FUNCTIONS = {
    "netAddress": _address,
    "blockListNew": _new,
    "blockListRelease": _release,
    "blockListSend": _send,
    "blockListAttach": _attach,
    "blockListAddAddress": _add_address,
    "blockListAddRange": _add_range,
    "blockListAddSubnet": _add_subnet,
    "blockListCheck": _check,
    "blockListRules": _describe,
}
