"""Where the project's SQL and expectation suites are found."""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def project_dir(name: str) -> Path:
    """A top-level folder of the project (``sql``, ``expectations``).

    A wheel carries them inside the package; a checkout has them beside it.
    """
    for candidate in (_PACKAGE_DIR / name, _PACKAGE_DIR.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"cannot find the project's {name}/ folder near {_PACKAGE_DIR}")


def sample_inputs() -> Path:
    """The bundled sample scrapes that ``pressroom run`` reads by default."""
    return _PACKAGE_DIR / "samples"
