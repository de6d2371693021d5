"""Whether a real service the tests need answers on this machine."""

import redis


def redis_answers(url):
    """True when the Redis server of `url` answers a PING within a second."""
    try:
        return redis.Redis.from_url(url, socket_timeout=1).ping()
    except redis.RedisError:
        return False
