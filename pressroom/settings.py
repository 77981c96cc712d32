"""Settings read from the environment (``PRESSROOM_*``) with the defaults a fresh checkout needs."""

from __future__ import annotations

import os
from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Where the warehouse lives and how runs are sized."""

    model_config = SettingsConfigDict(env_prefix="PRESSROOM_")

    warehouse: Path = Path("warehouse/pressroom.duckdb")
    batch_size: int = 0  # documents per batch; 0: sized to the run (50 to 500)
    max_bytes: int = 20_000_000
    workers: int = 0  # extraction processes; 0: one per core, at most two
    dask_address: str | None = None  # a Dask scheduler (tcp://host:8786) to extract on
    staging: str | None = None  # path or fsspec URL the Dask workers share with this machine
    rehash: bool = False  # read every input file, not only those whose size or mtime changed
    prefect_home: Path | None = None
    log_level: str = "WARNING"


def configure_prefect(settings: Settings) -> None:
    """Point Prefect at a local, offline, quiet set-up before it is imported.

    Runs use Prefect's temporary local API unless ``PREFECT_API_URL`` names a
    server; telemetry is off; Prefect's home is beside the warehouse, not in
    the user's home directory.
    """
    home = settings.prefect_home or settings.warehouse.absolute().parent / ".prefect"
    defaults = {
        "DO_NOT_TRACK": "1",
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_HOME": str(home),
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
        "PREFECT_LOGGING_LEVEL": settings.log_level,
        "GX_ANALYTICS_ENABLED": "false",
    }
    for key, value in defaults.items():
        os.environ.setdefault(key, value)
    # Prefect's local API keeps its SQLite database here and cannot create the folder itself
    Path(os.environ["PREFECT_HOME"]).mkdir(parents=True, exist_ok=True)


def without_flow_heartbeats():
    """A context in which the flow runs started send no heartbeats.

    Every flow run with heartbeats waits up to a second for its heartbeat
    thread when it ends (Prefect 3.8). Prefect is imported here, on use.
    """
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    return temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None})
