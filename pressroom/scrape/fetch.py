"""Polite concurrent fetching of pages into the landing zone.

    results = fetch_all(urls, landing=Path("data/landing"), state=state, settings=ScrapeSettings())

One asyncio event loop and one ``httpx.AsyncClient``. Politeness lives in a
small per-host gate: at most ``per_host_concurrency`` requests in flight per
host, and request starts spaced by ``per_host_delay`` (or the robots.txt
Crawl-delay, when larger). Retries (timeouts, connection errors, 429, 5xx)
back off exponentially, or as long as Retry-After asks.
"""

from __future__ import annotations

import asyncio
import email.utils
import random
import threading
import time
from collections.abc import Iterable
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from pressroom.landing import land_bytes
from pressroom.scrape.robots import RobotsCache
from pressroom.scrape.types import (
    DISALLOWED,
    FAILED,
    FETCHED,
    NOT_MODIFIED,
    SKIPPED,
    FetchResult,
    FetchState,
    ScrapeSettings,
)

RETRY_STATUSES = {429, 500, 502, 503, 504, 507, 508, 509, 520, 521, 522, 523, 524}


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _one_line(exc: BaseException | str) -> str:
    text = exc if isinstance(exc, str) else f"{type(exc).__name__}: {exc}"
    return " ".join(str(text).split())[:300]


def retry_after_seconds(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, when.timestamp() - (now if now is not None else time.time()))


class _HostGate:
    """Concurrency limit and spacing of request starts for one host."""

    def __init__(self, concurrency: int, delay: float) -> None:
        self.semaphore = asyncio.Semaphore(max(1, concurrency))
        self.delay = delay
        self._next_start = 0.0
        self._lock = asyncio.Lock()

    async def wait_turn(self) -> None:
        async with self._lock:
            loop = asyncio.get_running_loop()
            wait = self._next_start - loop.time()
            if wait > 0:
                await asyncio.sleep(wait)
            self._next_start = loop.time() + self.delay


class _TooLarge(Exception):
    pass


class Fetcher:
    """One run of fetching; holds the client, robots cache and host gates."""

    def __init__(self, client: httpx.AsyncClient, landing: Path, state: FetchState | None, settings: ScrapeSettings):
        self.client = client
        self.landing = landing
        self.state = state
        self.settings = settings
        self.robots = RobotsCache(client, settings.user_agent)
        self.gates: dict[str, _HostGate] = {}
        self.total = asyncio.Semaphore(max(1, settings.total_concurrency))

    async def _gate(self, url: str) -> _HostGate:
        host = (urlsplit(url).hostname or "").lower()
        if host not in self.gates:
            delay = self.settings.per_host_delay
            if self.settings.respect_robots:
                crawl_delay = await self.robots.crawl_delay(url)
                if crawl_delay:
                    delay = max(delay, min(crawl_delay, self.settings.max_crawl_delay))
            # re-check: another task may have created it while we awaited robots
            self.gates.setdefault(host, _HostGate(self.settings.per_host_concurrency, delay))
        return self.gates[host]

    async def fetch(self, url: str) -> FetchResult:
        if urlsplit(url).scheme not in ("http", "https"):
            return FetchResult(url, FAILED, error="not an http(s) URL", fetched_at=_now())
        try:
            if self.settings.respect_robots and not await self.robots.allowed(url):
                return FetchResult(url, DISALLOWED, error="disallowed by robots.txt", fetched_at=_now())
            gate = await self._gate(url)
        except Exception as exc:  # noqa: BLE001 - one bad URL must not stop the run
            return FetchResult(url, FAILED, error=_one_line(exc), fetched_at=_now())
        async with self.total, gate.semaphore:
            return await self._fetch_with_retries(url, gate)

    async def _fetch_with_retries(self, url: str, gate: _HostGate) -> FetchResult:
        settings = self.settings
        result = FetchResult(url, FAILED)
        for attempt in range(settings.retries + 1):
            await gate.wait_turn()
            result, retry_after = await self._attempt(url)
            if result.status != FAILED or retry_after is None:
                return result
            if attempt == settings.retries:
                break
            backoff = min(settings.backoff_max, settings.backoff_base * 2**attempt)
            backoff *= 1 + random.random() * 0.1  # a little jitter
            wait = max(backoff, retry_after)
            if wait > settings.max_retry_after:
                result.error = _one_line(f"{result.error}; Retry-After {retry_after:.0f}s is longer than we wait")
                return result
            await asyncio.sleep(wait)
        return result

    async def _attempt(self, url: str) -> tuple[FetchResult, float | None]:
        """One GET. Returns the result and, when worth retrying, the minimum wait."""
        headers = self.state.validators(url) if self.state is not None else {}
        try:
            async with self.client.stream("GET", url, headers=headers) as response:
                return await self._handle(url, response)
        except httpx.TooManyRedirects as exc:
            return FetchResult(url, FAILED, error=_one_line(exc), fetched_at=_now()), None
        except (httpx.TimeoutException, httpx.TransportError) as exc:
            return FetchResult(url, FAILED, error=_one_line(exc), fetched_at=_now()), 0.0
        except httpx.HTTPError as exc:
            return FetchResult(url, FAILED, error=_one_line(exc), fetched_at=_now()), None

    async def _handle(self, url: str, response: httpx.Response) -> tuple[FetchResult, float | None]:
        content_type = (response.headers.get("content-type") or "").split(";")[0].strip().lower() or None
        result = FetchResult(
            url,
            FAILED,
            final_url=str(response.url),
            http_status=response.status_code,
            content_type=content_type,
            fetched_at=_now(),
            etag=response.headers.get("etag"),
            last_modified=response.headers.get("last-modified"),
        )
        status = response.status_code
        if status == 304 and self.state is not None and self.state.previous_sha(url):
            result.status = NOT_MODIFIED
            result.raw_sha256 = self.state.previous_sha(url)
            return result, None
        if status in RETRY_STATUSES:
            result.error = f"HTTP {status}"
            wait = retry_after_seconds(response.headers.get("retry-after")) or 0.0
            return result, wait
        if status >= 400 or status < 200 or status == 204:
            result.error = f"HTTP {status}"
            return result, None
        if content_type not in self.settings.html_types:
            result.status = SKIPPED
            result.error = f"not HTML: {content_type or 'no content type'}"
            return result, None
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > self.settings.max_bytes:
            result.status = SKIPPED
            result.error = f"too large: {declared} bytes declared, limit {self.settings.max_bytes}"
            return result, None
        try:
            body = await self._read_limited(response)
        except _TooLarge:
            result.status = SKIPPED
            result.error = f"too large: over {self.settings.max_bytes} bytes"
            return result, None
        result.raw_sha256 = await asyncio.to_thread(land_bytes, self.landing, body)
        result.status = FETCHED
        if self.state is not None:
            self.state.record(result)
        return result, None

    async def _read_limited(self, response: httpx.Response) -> bytes:
        # the header can lie or be absent (chunked): count what actually arrives
        chunks, size = [], 0
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > self.settings.max_bytes:
                raise _TooLarge
            chunks.append(chunk)
        return b"".join(chunks)


def make_client(settings: ScrapeSettings, transport: httpx.AsyncBaseTransport | None = None) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        headers={"User-Agent": settings.user_agent, "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"},
        timeout=httpx.Timeout(settings.timeout),
        follow_redirects=True,
        max_redirects=settings.max_redirects,
        transport=transport,
        # proxies from the environment would send loopback test traffic astray
        trust_env=False,
    )


async def afetch_all(
    urls: Iterable[str],
    *,
    landing: Path,
    state: FetchState | None = None,
    settings: ScrapeSettings | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
) -> list[FetchResult]:
    """Async :func:`fetch_all`. Results come back in the order of ``urls``."""
    settings = settings or ScrapeSettings()
    unique = list(dict.fromkeys(u.strip() for u in urls if u and u.strip()))
    async with make_client(settings, transport) as client:
        fetcher = Fetcher(client, Path(landing), state, settings)
        return list(await asyncio.gather(*(fetcher.fetch(url) for url in unique)))


def fetch_all(
    urls: Iterable[str],
    *,
    landing: Path,
    state: FetchState | None = None,
    settings: ScrapeSettings | None = None,
) -> list[FetchResult]:
    """Fetch pages politely; HTML bodies land in ``landing`` under their sha256.

    Duplicate URLs are fetched once. ``state`` (when given) supplies
    validators for conditional GETs and is updated in place; persist it with
    ``state.save(path)``. Never raises for a single URL's failure: every
    URL gets a :class:`FetchResult`.
    """
    coro = afetch_all(urls, landing=landing, state=state, settings=settings)
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    # called from inside a running loop (a notebook, an async flow): use a thread
    box: dict[str, object] = {}

    def run() -> None:
        try:
            box["result"] = asyncio.run(coro)
        except BaseException as exc:  # noqa: BLE001 - re-raised in the caller's thread
            box["error"] = exc

    thread = threading.Thread(target=run, name="pressroom-fetch")
    thread.start()
    thread.join()
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box["result"]  # type: ignore[return-value]
