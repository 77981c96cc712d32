"""Find input files under the paths a run is given."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
RECORD_SUFFIXES = (".jsonl", ".ndjson", ".csv", ".tsv", ".parquet")


@dataclass(frozen=True)
class Source:
    """One input file: a scraped page or a file of records."""

    path: Path
    kind: str  # "text", "html" or "records"

    @property
    def uri(self) -> str:
        return self.path.as_uri()


@dataclass(frozen=True)
class Reject:
    """An input that could not be used, and why (one line)."""

    source_uri: str
    reason: str
    stage: str = "ingest"
    raw_sha256: str | None = None


def kind_of(path: Path) -> str | None:
    """The kind of input a file name says it holds, or None for files to pass over."""
    name = path.name.lower()
    if name.endswith(HTML_SUFFIXES):
        return "html"
    if name.endswith(RECORD_SUFFIXES):
        return "records"
    if name.endswith(TEXT_SUFFIXES):
        return "text"
    return None


def discover(paths: list[Path]) -> tuple[list[Source], list[Reject]]:
    """Every input file under ``paths`` (directories are walked recursively).

    Symbolic links to directories are not followed, so a link loop cannot make
    the walk run forever; linked files are read. A path that does not exist,
    or a file of a kind Pressroom does not read, becomes a reject.
    """
    sources: list[Source] = []
    rejects: list[Reject] = []
    for given in paths:
        path = Path(given).absolute()
        if path.is_dir():
            for folder, dirnames, filenames in os.walk(path, followlinks=False, onerror=None):
                dirnames.sort()
                for filename in sorted(filenames):
                    _add_file(Path(folder) / filename, sources, rejects, explicit=False)
        elif path.exists() or path.is_symlink():
            _add_file(path, sources, rejects, explicit=True)
        else:
            rejects.append(Reject(path.as_uri(), "path does not exist"))
    return sources, rejects


def _add_file(path: Path, sources: list[Source], rejects: list[Reject], explicit: bool) -> None:
    if path.name.startswith("."):
        return
    kind = kind_of(path)
    if kind is None:
        if explicit:
            rejects.append(Reject(path.as_uri(), f"unsupported file type {path.suffix or '(none)'}"))
        return
    if path.is_symlink() and not path.exists():
        rejects.append(Reject(path.as_uri(), "broken symbolic link"))
        return
    if not path.is_file():
        # a named pipe or device would block the read (or never end); a folder named *.txt is not a page
        rejects.append(Reject(path.as_uri(), f"not a regular file ({_file_type(path)})"))
        return
    sources.append(Source(path, kind))


def _file_type(path: Path) -> str:
    import stat

    try:
        mode = path.stat().st_mode
    except OSError as error:
        return error.strerror or "cannot stat"
    for test, name in ((stat.S_ISFIFO, "named pipe"), (stat.S_ISSOCK, "socket"), (stat.S_ISCHR, "character device"),
                       (stat.S_ISBLK, "block device"), (stat.S_ISDIR, "directory")):
        if test(mode):
            return name
    return "special file"
