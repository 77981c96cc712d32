"""SQL models are built in the order they read each other."""

import duckdb
import pytest

from pressroom import models
from pressroom.migrations import migrate
from pressroom.models import build_models, model_files, models_read


def test_each_model_is_built_after_the_models_it_reads():
    files = model_files()
    names = [path.stem for path in files]
    assert len(names) == len(set(names))
    for position, path in enumerate(files):
        for read in models_read(path.read_text(encoding="utf-8"), names):
            assert names.index(read) < position, f"{path.stem} reads {read}"
    # stg_quote_speakers reads stg_quotes, which sorts after it
    assert names.index("stg_quotes") < names.index("stg_quote_speakers")


def test_reads_leave_out_comments_and_the_querys_own_ctes():
    sql = ("-- built from speakers\nwith speakers as (select * from quote_speakers),\n"
           "quotes as (select * from stg_quotes)\nselect * from speakers join stg_articles using (article_id)")
    assert models_read(sql, ["speakers", "stg_quotes", "stg_articles", "quotations"]) == ["stg_articles", "stg_quotes"]


def test_models_that_read_each_other_in_a_cycle_are_refused(tmp_path, monkeypatch):
    for layer in models.LAYERS:
        (tmp_path / "sql" / "models" / layer).mkdir(parents=True)
    (tmp_path / "sql" / "models" / "marts" / "a.sql").write_text("select * from b")
    (tmp_path / "sql" / "models" / "marts" / "b.sql").write_text("select * from a")
    monkeypatch.setattr(models, "project_dir", lambda name: tmp_path / name)
    with pytest.raises(ValueError, match="a -> b -> a"):
        model_files()


def test_every_model_builds_on_a_fresh_warehouse(tmp_path):
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    migrate(con)
    names = build_models(con)
    assert names == [path.stem for path in model_files()]
    for name in names:
        con.execute(f"select * from {name}").fetchall()
