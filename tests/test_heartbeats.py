"""Flow-run heartbeats: the stage flows leave them to the parent flow, in whose process they run."""

from __future__ import annotations

from conftest import DATA


def test_the_stage_flows_send_no_heartbeats_of_their_own(prefect_harness, tmp_path, monkeypatch):
    # each flow run with heartbeats waits up to a second for its heartbeat thread when it ends
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, get_current_settings, temporary_settings

    import flows.pipeline as pipeline

    seen = {}
    real_ingest = pipeline.ingest_flow

    def ingest_noting_heartbeats(*args, **kwargs):
        seen["stage"] = get_current_settings().flows.heartbeat_frequency
        return real_ingest(*args, **kwargs)

    monkeypatch.setattr(pipeline, "ingest_flow", ingest_noting_heartbeats)
    with temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: 30}):  # as against a lasting server
        counts = pipeline.pressroom_run([str(DATA / "seeds")], warehouse=str(tmp_path / "w" / "pressroom.duckdb"),
                                        workers=1)
        assert get_current_settings().flows.heartbeat_frequency == 30
    assert counts["loaded"] == 2
    assert seen == {"stage": None}
