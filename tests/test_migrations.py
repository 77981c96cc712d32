"""Schema migrations: a new warehouse gets every version; an old one is upgraded in place, keeping its data."""

import duckdb

from pressroom.migrations import available_migrations, current_version, migrate
from pressroom.warehouse import snapshot_for_writing


def test_versions_are_numbered_without_gaps():
    versions = [m.version for m in available_migrations()]
    assert versions == list(range(1, len(versions) + 1))
    assert len(versions) >= 2


def test_old_warehouse_is_upgraded_keeping_its_rows(tmp_path):
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    assert migrate(con, up_to=1) == [1]
    con.execute(
        "insert into articles values ('a1', 'file:///a.txt', 'Site', 'Title', 'Body text.', null, 2, 'ff', now())"
    )
    con.execute("insert into quotes values ('q1', 'a1', 'Body', 'direct', 'Ann Lee', null, 'said', 0, 4, 0)")
    con.close()

    with snapshot_for_writing(path) as con:  # what every run does first
        assert current_version(con) == available_migrations()[-1].version

    con = duckdb.connect(str(path), read_only=True)
    assert con.execute("select article_id, title, byline, paragraph_count from articles").fetchall() == [
        ("a1", "Title", None, None)
    ]
    assert con.execute("select quote_id, speaker, speaker_kind from quotes").fetchall() == [("q1", "Ann Lee", None)]
    assert con.execute("select count(*) from mentions").fetchall() == [(0,)]
    # every quote with a speaker gets its row in quote_speakers (version 6)
    assert con.execute("select quote_id, article_id, position, speaker from quote_speakers").fetchall() == [
        ("q1", "a1", 0, "Ann Lee")
    ]
    con.close()


def test_migrating_twice_applies_nothing(tmp_path):
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    assert migrate(con) == [m.version for m in available_migrations()]
    assert migrate(con) == []


def test_model_views_are_recreated_only_when_their_file_changed(tmp_path):
    from pressroom.models import build_models

    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    migrate(con)
    names = build_models(con)
    stamps = dict(con.execute("select view_name, comment from duckdb_views() where not internal").fetchall())
    assert names and all(stamps[name].startswith("model ") for name in names)
    first = names[0]
    # a view stamped with its file's hash is left as it is (a no-op run writes nothing)
    con.execute(f"create or replace view {first} as select 1 as marker")
    con.execute(f"comment on view {first} is '{stamps[first]}'")
    build_models(con)
    assert con.execute(f"select * from {first}").fetchall() == [(1,)]
    # a stamp that no longer matches (the file changed) brings the file's definition back
    con.execute(f"comment on view {first} is 'model stale'")
    build_models(con)
    columns = [row[0] for row in con.execute(f"describe {first}").fetchall()]
    assert "marker" not in columns
    assert con.execute(f"select comment from duckdb_views() where view_name = '{first}'").fetchall() == [(stamps[first],)]
