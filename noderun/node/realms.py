"""The Realm of every running thread of the process, by threadId (postMessageToThread finds its
target here), and the JSThread of each worker whose Realm is not made yet. Kept apart from
worker.py so that a program that starts no worker does not import that.
"""

from __future__ import annotations

running: dict = {}    # threadId -> Realm
starting: dict = {}   # threadId -> JSThread (a message for it waits on its loop until its entry has run)


def register(thread_id: int, realm) -> None:
    running[thread_id] = realm
    starting.pop(thread_id, None)


def unregister(thread_id: int) -> None:
    running.pop(thread_id, None)
