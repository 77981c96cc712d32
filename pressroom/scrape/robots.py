"""robots.txt, fetched once per origin and consulted before every page."""

from __future__ import annotations

import asyncio
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import httpx


def origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


class RobotsCache:
    """Parsed robots.txt per origin.

    Missing robots.txt (4xx) allows everything; a server error or an
    unreachable host disallows everything for this run, as RFC 9309 asks
    (the site may be in trouble, and we are not in a hurry).
    """

    def __init__(self, client: httpx.AsyncClient, user_agent: str) -> None:
        self._client = client
        self._agent = user_agent
        self._parsers: dict[str, RobotFileParser] = {}
        self._locks: dict[str, asyncio.Lock] = {}

    async def _parser(self, url: str) -> RobotFileParser:
        key = origin(url)
        lock = self._locks.setdefault(key, asyncio.Lock())
        async with lock:  # one fetch per origin even with concurrent callers
            if key not in self._parsers:
                self._parsers[key] = await self._load(key)
            return self._parsers[key]

    async def _load(self, key: str) -> RobotFileParser:
        parser = RobotFileParser(key + "/robots.txt")
        try:
            response = await self._client.get(key + "/robots.txt", follow_redirects=True)
        except httpx.HTTPError:
            parser.disallow_all = True
            return parser
        if response.status_code >= 500 or response.status_code == 429:
            parser.disallow_all = True
        elif response.status_code >= 400:
            parser.allow_all = True
        else:
            parser.parse(response.text.splitlines())
        return parser

    async def allowed(self, url: str) -> bool:
        parser = await self._parser(url)
        return parser.can_fetch(self._agent, url)

    async def crawl_delay(self, url: str) -> float | None:
        parser = await self._parser(url)
        delay = parser.crawl_delay(self._agent)
        return float(delay) if delay is not None else None
