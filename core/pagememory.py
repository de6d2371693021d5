"""Pages kept in each app process as well, so that a page-cache hit needs no trip to Redis.

core.pagecache keeps whole pages in Redis, shared by every process. Reading one costs a
round trip: about 65 µs of CPU in redis-py on these machines, more than the floor's whole
view. So each process also keeps the pages it served last (BUDGET bytes at most, the oldest
forgotten first), each with the generation it was stored under and the moment it expires.

A page kept here is served only under the current generation, and the process learns each
new generation without asking: bump() moves the generation and publishes the new number in
one step (core.cache), and every process holds a subscription to it (a channel named after
the generation's key and database, so two sites sharing a Redis never hear each other).
Before each lookup it reads what has arrived (a poll of the socket, about 2 µs). Redis writes
the number to its subscribers in the same turn as it answers the editor's process, so the
number is in every process's socket before the editor's response has even been sent; the
process that bumped takes the number from the answer itself.

Whenever the process cannot be sure, it forgets its pages and reads Redis as before: until
it has subscribed; when the subscription fails or its connection is lost (it subscribes again
after PAUSE); when a bump of its own failed; and when Redis has not answered a PING within
HEALTH seconds (a Redis that hangs without closing the connection). The PING goes out with
the first lookup after HEALTH seconds of silence, so a quiet site is not taken for a dead
Redis; pages may be that much older when Redis hangs. With local memory as the cache (no
Redis), nothing here is used.
"""

import contextlib
import logging
import threading
import time

import redis
from django.core.cache import cache

from core.cache import PAUSE

logger = logging.getLogger(__name__)

BUDGET = 8 * 1024 * 1024  # bytes of pages kept in each process
HEALTH = 5.0  # seconds of silence after which Redis is sent a PING


def shared():
    """Whether the cache is Redis, which can publish the generation (core.cache)."""
    return _source() is not None


def _source():
    return getattr(cache, "redis_source", None)


class PageMemory:
    """The pages of one process and the generation as last published (see the module)."""

    def __init__(self, generation_key, budget=BUDGET):
        self.generation_key, self.budget = generation_key, budget
        self._lock = threading.Lock()  # gunicorn's gthread workers run two threads
        self._pages = {}  # key: entry, the oldest first
        self._bytes = 0
        self._source = None  # the Redis subscribed to (tests swap caches)
        self._subscription = None
        self._generation = None
        self._retry_at = 0.0
        self._heard_at = 0.0  # when Redis last said anything on the subscription
        self._pinged_at = None  # when a PING still unanswered was sent

    def generation(self):
        """The current generation, or None when this process cannot be sure of it."""
        source = _source()
        with self._lock:
            if source != self._source:
                if self._subscription is not None:
                    self._lose("the cache has changed")
                self._source, self._retry_at = source, 0.0
            if source is None or (self._subscription is None and not self._subscribe()):
                return None
            try:
                self._read()
            except (redis.RedisError, OSError, ValueError) as error:
                self._lose(f"the subscription was lost ({error})")
                return None
            return self._generation

    def get(self, key, generation):
        """The entry kept under `key` for `generation`, if it has not expired."""
        entry = self._pages.get(key)
        if entry is None or entry[0] != generation or entry[3] <= time.time():
            return None
        return entry

    def keep(self, key, entry):
        """Keep `entry` (generation, headers, content, expiry) under `key`, within budget."""
        with self._lock:
            if entry[0] != self._generation:
                return  # stored under another generation: it would never be served
            old = self._pages.pop(key, None)
            if old is not None:
                self._bytes -= len(old[2])
            self._pages[key] = entry
            self._bytes += len(entry[2])
            while self._bytes > self.budget:
                oldest = next(iter(self._pages))
                self._bytes -= len(self._pages.pop(oldest)[2])

    def moved(self, generation):
        """The generation is now `generation` (this process's own bump)."""
        with self._lock:
            if self._subscription is not None:
                self._move(generation)

    def forget(self):
        """Forget every page and the generation until the next subscription (a failed bump)."""
        with self._lock:
            if self._subscription is not None:
                self._lose("a bump did not reach Redis")

    def _subscribe(self):
        now = time.monotonic()
        if now < self._retry_at:
            return False
        try:
            subscription, generation = cache.subscribe(self.generation_key)
        except (redis.RedisError, OSError, ValueError) as error:
            self._retry_at = now + PAUSE
            logger.warning("No subscription to the page generation (%s); retry in %.0f s",
                           error, PAUSE)  # fmt: skip
            return False
        self._subscription, self._generation, self._heard_at = subscription, generation, now
        self._pinged_at = None
        return True

    def _read(self):
        while (message := self._subscription.get_message(timeout=0.0)) is not None:
            self._heard_at, self._pinged_at = time.monotonic(), None
            if message["type"] == "message":
                self._move(int(message["data"]))
        now = time.monotonic()
        if self._pinged_at is not None and now - self._pinged_at > HEALTH:
            raise redis.TimeoutError(f"no answer to a PING for {now - self._pinged_at:.0f} s")
        if self._pinged_at is None and now - self._heard_at > HEALTH:
            self._subscription.ping()
            self._pinged_at = now

    def _move(self, generation):
        if generation != self._generation:
            self._generation = generation
            self._pages.clear()
            self._bytes = 0

    def _lose(self, why):
        subscription, self._subscription = self._subscription, None
        self._generation = None
        self._pages.clear()
        self._bytes = 0
        self._pinged_at = None
        self._retry_at = time.monotonic() + PAUSE
        logger.warning("Pages kept in this process are forgotten: %s", why)
        with contextlib.suppress(redis.RedisError, OSError):
            subscription.close()
