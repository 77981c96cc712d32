"""Progress reporting that the command line can plug into the flows.

Flows run in the calling process, so a module-level reporter is enough for a
progress bar; without one, progress is simply not shown.
"""

from __future__ import annotations


class Reporter:
    """Does nothing; the CLI swaps in one that draws a progress bar."""

    def start(self, stage: str, total: int) -> None:  # noqa: D102 - no-op by design
        pass

    def advance_ingest(self, n: int = 1) -> None:
        pass

    def advance_extract(self, n: int = 1) -> None:
        pass

    def stop(self) -> None:
        pass


_current = Reporter()


def reporter() -> Reporter:
    return _current


def use(new: Reporter) -> None:
    global _current
    _current = new
