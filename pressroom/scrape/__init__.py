"""Polite fetching of news pages into the content-addressed landing zone.

    from pressroom.scrape import discover, fetch_all, FetchState, ScrapeSettings
    urls = discover("https://example.com/sitemap.xml", since=date(2024, 1, 1), limit=200)
    state = FetchState.load(warehouse_dir / "fetch_state.json")
    results = fetch_all(urls, landing=landing_dir, state=state, settings=ScrapeSettings())
    state.save(warehouse_dir / "fetch_state.json")
"""

from pressroom.scrape.discover import discover
from pressroom.scrape.fetch import afetch_all, fetch_all
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

__all__ = [
    "DISALLOWED",
    "FAILED",
    "FETCHED",
    "NOT_MODIFIED",
    "SKIPPED",
    "FetchResult",
    "FetchState",
    "ScrapeSettings",
    "afetch_all",
    "discover",
    "fetch_all",
]
