"""``pressroom eval``: accuracy measured on labelled data through the real pipeline.

Each command runs the inputs through ``pressroom run``'s code into a scratch
warehouse (``--keep-warehouse`` to keep it), reads back what was loaded and
scores it. Heavy imports stay inside the commands.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Annotated, Optional

import typer

eval_app = typer.Typer(
    help="Measure accuracy against labelled data (seed gold, PolNeAR quotes, AEB main text).",
    no_args_is_help=True,
    rich_markup_mode="markdown",
)

KeepOption = Annotated[
    Optional[Path], typer.Option("--keep-warehouse", help="Load into this DuckDB file and keep it (default: a temporary one).")
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print the figures as JSON instead of tables.")]
ErrorsOption = Annotated[int, typer.Option("--errors", help="List the N worst misses of each kind, with document and text.")]
LimitOption = Annotated[Optional[int], typer.Option("--limit", help="Only the first N documents.")]
WorkersOption = Annotated[Optional[int], typer.Option("--workers", help="Extraction processes (default: PRESSROOM_WORKERS or 1).")]


def _fail(message: str, code: int = 2) -> None:
    typer.echo(f"pressroom eval: {message}", err=True)
    raise typer.Exit(code)


def _note(message: str, quiet: bool) -> None:
    # progress notes go to stderr so that --json output stays parseable
    if not quiet:
        typer.echo(message, err=True)


def _run(paths: list[Path], warehouse: Path, workers: int | None) -> dict:
    from .evaluate.runner import run_inputs
    from .warehouse import WarehouseBusy

    try:
        return run_inputs(paths, warehouse, workers=workers)
    except WarehouseBusy as error:
        _fail(str(error), code=75)


@eval_app.command()
def seeds(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of *.gold.json files (tests/data/gold format).")],
    pages: Annotated[Optional[Path], typer.Option("--pages", help="Folder holding the pages the gold files name.")] = None,
    keep_warehouse: KeepOption = None,
    as_json: JsonOption = False,
    errors: ErrorsOption = 0,
    workers: WorkersOption = None,
) -> None:
    """Score people, roles, quotes, captions and chrome against seed gold files.

    The page each gold file names is looked up in `--pages`, else the gold folder,
    else a sibling `seeds/` folder, else the bundled samples.

        pressroom eval seeds tests/data/gold --errors 5
    """
    from .evaluate import seeds_eval
    from .evaluate.report import document, print_report
    from .evaluate.runner import file_name, read_loaded, run_summary, scratch_warehouse
    from .resources import sample_inputs

    if not gold_dir.is_dir():
        _fail(f"{gold_dir}: not a folder")
    try:
        golds = seeds_eval.load_golds(gold_dir)
    except ValueError as error:
        _fail(str(error))
    if not golds:
        _fail(f"{gold_dir}: no *.gold.json files")
    folders = seeds_eval.page_folders(gold_dir, pages, sample_inputs())
    found = {gold["file"]: seeds_eval.find_page(gold["file"], folders) for _, gold in golds}
    inputs = sorted({p for p in found.values() if p is not None})
    _note(f"scoring {len(golds)} gold file(s); {len(inputs)} page(s) found", as_json)
    run: dict = {}
    loaded_by_file: dict[str, dict] = {}
    with scratch_warehouse(keep_warehouse) as warehouse:
        if inputs:
            run = _run(inputs, warehouse, workers)
            pages_by_uri = {p.resolve().as_uri(): p.name for p in inputs}
            for uri, article in read_loaded(warehouse).items():
                if uri in pages_by_uri or file_name(uri) in found:
                    loaded_by_file[pages_by_uri.get(uri, file_name(uri))] = article
    rows, all_errors = [], []
    for path, gold in golds:
        article = loaded_by_file.get(gold["file"]) if found[gold["file"]] else None
        figures, errs = seeds_eval.score_article(gold, article, seeds_eval.expected_body(path, gold))
        if found[gold["file"]] is None:
            errs[0]["text"] = f"page {gold['file']} not found in {', '.join(map(str, folders))}"
        rows.append(figures)
        all_errors.extend(errs)
    report = document("seeds", str(gold_dir), seeds_eval.summarise(rows), run_summary(run), all_errors, errors,
                      articles=rows)
    print_report(report, as_json)


@eval_app.command()
def polnear(
    path: Annotated[Path, typer.Argument(help="PolNeAR articles, one JSON object a line (.jsonl or .jsonl.gz).")],
    speaker_names: Annotated[Optional[Path], typer.Option("--speaker-names", help="Names for pronoun sources (default: <name>_speaker_names.json beside <name>.jsonl).")] = None,
    limit: LimitOption = None,
    keep_warehouse: KeepOption = None,
    as_json: JsonOption = False,
    errors: ErrorsOption = 0,
    workers: WorkersOption = None,
) -> None:
    """Score direct quotes, speakers, partial quotes and reported speech against PolNeAR.

        pressroom eval polnear /data/polnear/dev.jsonl --errors 10
    """
    import json

    from .evaluate import polnear_eval
    from .evaluate.report import document, print_report
    from .evaluate.runner import read_loaded, run_summary, scratch_warehouse

    if not path.is_file():
        _fail(f"{path}: no such file")
    try:
        docs = polnear_eval.load_articles(path, limit)
    except (OSError, ValueError) as error:
        _fail(" ".join(str(error).split()))
    if not docs:
        _fail(f"{path}: no articles")
    names_path = speaker_names or polnear_eval.default_speaker_names(path)
    names = None
    if names_path is not None:
        try:
            names = json.loads(Path(names_path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            _fail(f"{names_path}: unreadable speaker names ({' '.join(str(error).split())})")
    _note(f"scoring {len(docs)} article(s); speaker names: {names_path or 'none'}", as_json)
    with tempfile.TemporaryDirectory(prefix="pressroom-eval-polnear-") as folder:
        records = polnear_eval.write_records(docs, Path(folder) / "polnear.jsonl")
        with scratch_warehouse(keep_warehouse) as warehouse:
            run = _run([records], warehouse, workers)
            loaded = read_loaded(warehouse)
    figures, errs = polnear_eval.score(docs, loaded, names)
    figures["speaker_names"] = str(names_path) if names_path else None
    print_report(document("polnear", str(path), figures, run_summary(run), errs, errors), as_json)


@eval_app.command()
def aeb(
    bench_dir: Annotated[Path, typer.Argument(help="Folder with html/<id>.html.gz and ground-truth.json.")],
    limit: LimitOption = None,
    keep_warehouse: KeepOption = None,
    as_json: JsonOption = False,
    errors: ErrorsOption = 0,
    workers: WorkersOption = None,
    as_text: Annotated[bool, typer.Option(
        "--as-text", help="Feed each page as a plain-text scrape (all the text a browser shows, menus "
                          "included) instead of HTML: scores the plain-text cleaner.")] = False,
) -> None:
    """Score main-text extraction (4-word shingles) against the article-extraction benchmark.

        pressroom eval aeb /data/aeb --errors 5
        pressroom eval aeb /data/aeb --as-text
    """
    from .evaluate import aeb_eval
    from .evaluate.report import document, print_report
    from .evaluate.runner import read_loaded, run_summary, scratch_warehouse

    try:
        gold, files = aeb_eval.pages(bench_dir, limit)
    except (OSError, ValueError) as error:
        _fail(" ".join(str(error).split()))
    if not gold:
        _fail(f"{bench_dir}: no page has both html/<id>.html.gz and a ground-truth entry")
    _note(f"scoring {len(gold)} page(s)", as_json)
    with scratch_warehouse(keep_warehouse) as warehouse:
        inputs = list(files.values())
        if as_text:
            inputs = aeb_eval.write_text_scrapes(files, warehouse.parent / "text-scrapes")
        run = _run(inputs, warehouse, workers)
        loaded = read_loaded(warehouse)
    figures, errs = aeb_eval.score(gold, loaded, aeb_eval.headlines(files))
    figures["input"] = "text scrapes" if as_text else "html"
    print_report(document("aeb", str(bench_dir), figures, run_summary(run), errs, errors), as_json)
