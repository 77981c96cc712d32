"""Start a pipeline run from Python: configure Prefect, show progress, call the parent flow."""

from __future__ import annotations

from .pipeline import progress
from .settings import Settings, configure_prefect


class _RichReporter(progress.Reporter):
    """A progress bar for ingest and extraction, drawn only when there is enough to show."""

    def __init__(self) -> None:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self._progress = Progress(
            TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), transient=True
        )
        self._tasks: dict[str, int] = {}

    def _bar(self, name: str):
        if name not in self._tasks:
            if not self._tasks:
                self._progress.start()
            self._tasks[name] = self._progress.add_task(name, total=None)
        return self._tasks[name]

    def advance_ingest(self, n: int = 1) -> None:
        self._progress.advance(self._bar("ingest files"), n)

    def advance_extract(self, n: int = 1) -> None:
        self._progress.advance(self._bar("extract batches"), n)

    def stop(self) -> None:
        if self._tasks:
            self._progress.stop()


def run_pipeline(
    paths: list[str],
    settings: Settings | None = None,
    *,
    batch_size: int | None = None,
    workers: int | None = None,
    fields: list[str] | None = None,
    wait_seconds: float = 0.0,
    show_progress: bool = False,
) -> dict:
    """Run the whole pipeline on ``paths`` into ``settings.warehouse``; return the run's counts."""
    settings = settings or Settings()
    configure_prefect(settings)
    from flows.pipeline import pressroom_run

    reporter = _RichReporter() if show_progress else progress.Reporter()
    progress.use(reporter)
    try:
        return pressroom_run(
            paths,
            warehouse=str(settings.warehouse),
            batch_size=batch_size or settings.batch_size,
            workers=workers or settings.workers,
            max_bytes=settings.max_bytes,
            fields=fields or [],
            wait_seconds=wait_seconds,
        )
    finally:
        reporter.stop()
        progress.use(progress.Reporter())
