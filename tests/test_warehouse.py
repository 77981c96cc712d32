"""The writer works on a copy and publishes it atomically; readers never wait; runs exclude each other."""

import multiprocessing
import time

import duckdb
import pytest

from pressroom.warehouse import WarehouseBusy, connect_reader, next_path, snapshot_for_writing, write_lock


def _count(path):
    con = connect_reader(path)
    try:
        return con.execute("select count(*) from runs").fetchall()[0][0]
    finally:
        con.close()


def _insert_run(con, run_id):
    con.execute(
        "insert into runs values (?, now(), now(), 'completed', 0, 0, 0, 0, 0, 0, 0, 0, 0)", [run_id]
    )


def test_a_failed_write_leaves_the_live_file_as_it_was(tmp_path):
    path = tmp_path / "w.duckdb"
    with snapshot_for_writing(path) as con:
        _insert_run(con, "r1")
    with pytest.raises(RuntimeError):
        with snapshot_for_writing(path) as con:
            _insert_run(con, "r2")
            raise RuntimeError("killed half-way")
    assert _count(path) == 1
    assert not next_path(path).exists()


def test_reader_open_during_a_write_sees_the_old_state_and_does_not_block_it(tmp_path):
    path = tmp_path / "w.duckdb"
    with snapshot_for_writing(path) as con:
        _insert_run(con, "r1")
    reader = connect_reader(path)
    with snapshot_for_writing(path) as con:
        _insert_run(con, "r2")
        # a second reader opening mid-write gets the last complete state at once
        assert _count(path) == 1
    assert reader.execute("select count(*) from runs").fetchall()[0][0] == 1
    reader.close()
    assert _count(path) == 2


def _hold_lock(path, ready, release):
    with write_lock(path):
        ready.set()
        release.wait(10)


def test_second_run_is_refused_with_a_clear_message(tmp_path):
    path = tmp_path / "w.duckdb"
    ready, release = multiprocessing.Event(), multiprocessing.Event()
    holder = multiprocessing.Process(target=_hold_lock, args=(path, ready, release))
    holder.start()
    try:
        assert ready.wait(10)
        started = time.monotonic()
        with pytest.raises(WarehouseBusy, match=r"another run is loading this warehouse \(pid \d+\)"):
            with write_lock(path, wait_seconds=0.5):
                pass
        assert time.monotonic() - started < 5
    finally:
        release.set()
        holder.join(10)
    with write_lock(path):  # free again once the other run ends
        pass


def test_reader_connection_cannot_write(tmp_path):
    path = tmp_path / "w.duckdb"
    with snapshot_for_writing(path):
        pass
    con = connect_reader(path)
    with pytest.raises(duckdb.Error):
        con.execute("create table x (a int)")
    con.close()


def test_the_writer_bounds_duckdb_memory(tmp_path):
    # DuckDB's default buffer pool is 80% of RAM: a large load would grow the run with the corpus
    with snapshot_for_writing(tmp_path / "w.duckdb") as con:
        limit = con.execute("select current_setting('memory_limit')").fetchall()[0][0]
    assert limit == "488.2 MiB"  # 512MB as DuckDB prints it
