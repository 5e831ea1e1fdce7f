"""BroadcastChannel groups: every open channel of a name, in any thread of the process.

Each JS BroadcastChannel owns a peerless `PortEnd`; posting delivers a copy of the message to every
other open end of the same name (the sender's own end excluded, as the HTML spec has it).
"""

from __future__ import annotations

import _thread   # (threading imports functools and collections: DESIGN.md, start-up)

from .channel import PortEnd

_lock = _thread.allocate_lock()
_groups: dict[str, list[PortEnd]] = {}


def join(name: str) -> PortEnd:
    end = PortEnd()
    with _lock:
        _groups.setdefault(name, []).append(end)
    return end


def leave(name: str, end: PortEnd) -> None:
    with _lock:
        group = _groups.get(name, [])
        if end in group:
            group.remove(end)
        if not group:
            _groups.pop(name, None)
    end.close()


def post(name: str, sender: PortEnd, message) -> None:
    """Deliver `message` (an engine.serialize.Message) to every other member of `name`."""
    with _lock:
        receivers = [end for end in _groups.get(name, ()) if end is not sender]
    for end in receivers:
        end.deliver(message.copy())
    message.release()
