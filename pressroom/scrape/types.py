"""Settings, results and the persisted state of polite fetching."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

# what a fetch can come to
FETCHED = "fetched"
NOT_MODIFIED = "not_modified"
SKIPPED = "skipped"  # not HTML, or too large
FAILED = "failed"
DISALLOWED = "disallowed"  # robots.txt says no


@dataclass(frozen=True)
class ScrapeSettings:
    """How politely and how patiently to fetch. Defaults suit a small nightly run."""

    user_agent: str = "PressroomBot/0.1 (+https://example.org/pressroom; batch news archiver)"
    timeout: float = 20.0  # seconds, per request (connect, read, ...)
    max_bytes: int = 5_000_000  # larger pages are skipped, not truncated
    max_redirects: int = 5
    per_host_concurrency: int = 2
    per_host_delay: float = 1.0  # seconds between request starts on one host
    max_crawl_delay: float = 30.0  # cap on a robots.txt Crawl-delay we adopt
    total_concurrency: int = 8
    retries: int = 3  # extra attempts after the first, for retryable failures
    backoff_base: float = 0.5  # seconds; doubled per attempt
    backoff_max: float = 30.0
    max_retry_after: float = 120.0  # a longer Retry-After is a failure, not a wait
    respect_robots: bool = True
    html_types: tuple[str, ...] = ("text/html", "application/xhtml+xml")


@dataclass
class FetchResult:
    """What happened to one URL."""

    url: str
    status: str  # FETCHED, NOT_MODIFIED, SKIPPED, FAILED or DISALLOWED
    final_url: str | None = None  # after redirects
    http_status: int | None = None
    content_type: str | None = None
    raw_sha256: str | None = None  # landing-zone address of the body
    fetched_at: str | None = None  # ISO 8601 UTC, when the answer came
    error: str | None = None  # one line, for failures and skips
    etag: str | None = None
    last_modified: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class FetchState:
    """Validators from earlier runs, for conditional GETs.

    A plain object: ``entries`` maps a URL to the ETag, Last-Modified and
    landed sha256 of its last good fetch. The caller persists it (``save`` /
    ``load`` write JSON atomically); the pipeline keeps it next to the
    warehouse.
    """

    entries: dict[str, dict[str, str]] = field(default_factory=dict)

    def validators(self, url: str) -> dict[str, str]:
        """Request headers for a conditional GET of ``url`` (empty when unknown)."""
        entry = self.entries.get(url) or {}
        # without the landed copy a 304 would leave us with nothing to parse
        if not entry.get("raw_sha256"):
            return {}
        headers = {}
        if entry.get("etag"):
            headers["If-None-Match"] = entry["etag"]
        if entry.get("last_modified"):
            headers["If-Modified-Since"] = entry["last_modified"]
        return headers

    def previous_sha(self, url: str) -> str | None:
        return (self.entries.get(url) or {}).get("raw_sha256")

    def record(self, result: FetchResult) -> None:
        """Remember a good fetch's validators (other outcomes leave the entry alone)."""
        if result.status != FETCHED or not result.raw_sha256:
            return
        entry = {"raw_sha256": result.raw_sha256, "fetched_at": result.fetched_at or ""}
        if result.etag:
            entry["etag"] = result.etag
        if result.last_modified:
            entry["last_modified"] = result.last_modified
        self.entries[result.url] = entry

    def to_json(self) -> str:
        return json.dumps({"version": 1, "entries": self.entries}, indent=1, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> FetchState:
        data = json.loads(text)
        return cls(entries=dict(data.get("entries", {})))

    def save(self, path: Path | str) -> None:
        """Write as JSON via a temp file and rename, so a crash keeps the old state."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(self.to_json())
        os.replace(tmp, path)

    @classmethod
    def load(cls, path: Path | str) -> FetchState:
        """The state saved at ``path``, or an empty one when there is none yet."""
        path = Path(path)
        if not path.exists():
            return cls()
        return cls.from_json(path.read_text(encoding="utf-8"))
