"""Score quote extraction on PolNeAR.

    .venv/bin/python bench/polnear_quotes.py [path/to/dev.jsonl] [--names dev_speaker_names.json] [--errors N] [--speed R]

Builds CleanPages from the article text (title = first line, paragraphs = the
rest split on blank lines), runs :func:`pressroom.extract.extract_pages` and
prints the scores of :mod:`pressroom.evaluate.quotes`.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

from pressroom.clean.text import prose_paragraphs
from pressroom.evaluate.quotes import score_documents, whole_quotations
from pressroom.extract import extract_pages, load_nlp
from pressroom.model import CleanPage

HERE = Path(__file__).resolve().parent.parent
DEFAULT = HERE / "tests" / "data" / "polnear" / "dev.jsonl.gz"


def page_from_text(text: str) -> CleanPage:
    """Title on the first line, paragraphs separated by blank lines."""
    title, _, rest = text.partition("\n")
    # some articles break paragraphs with one newline: split them as the cleaner does
    paragraphs = ["\n".join(line.strip() for line in group)
                  for block in rest.split("\n\n") if block.strip()
                  for group in prose_paragraphs([line for line in block.split("\n") if line.strip()])]
    return CleanPage(title=title.strip() or None, paragraphs=paragraphs)


def predictions(docs: list[dict], nlp, batch: int = 32) -> tuple[dict, float, int]:
    """doc_id -> prediction dicts; also seconds spent and words processed."""
    out, seconds, words = {}, 0.0, 0
    for k in range(0, len(docs), batch):
        chunk = docs[k : k + batch]
        pages = [page_from_text(d["text"]) for d in chunk]
        t = time.perf_counter()
        exts = extract_pages(pages, nlp)
        seconds += time.perf_counter() - t
        for d, page, ex in zip(chunk, pages, exts):
            words += sum(len(p.split()) for p in page.paragraphs)
            rows = [{"text": q.text, "speaker": q.speaker, "kind": q.kind, "start_char": q.start_char,
                     "end_char": q.end_char, "verb": q.verb, "quotation": q.quotation} for q in ex.quotes]
            out[d["doc_id"]] = whole_quotations(rows, key="quotation")
    return out, seconds, words


def bare_ner_seconds(docs: list[dict], nlp, batch: int = 32) -> float:
    """Seconds that NER alone (the same batched pipe extract_pages runs)
    takes over the same pages: the yardstick for the extraction's cost."""
    from pressroom.extract.nlp import run_ner

    seconds = 0.0
    for k in range(0, len(docs), batch):
        pages = [page_from_text(d["text"]) for d in docs[k : k + batch]]
        texts = [t for page in pages for t in list(page.paragraphs) + [c.text for c in page.captions]]
        t = time.perf_counter()
        run_ner(nlp, texts)
        seconds += time.perf_counter() - t
    return seconds


def load_docs(path: Path) -> list[dict]:
    """Documents of a PolNeAR jsonl file (plain or gzip)."""
    import gzip

    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("path", nargs="?", default=str(DEFAULT))
    ap.add_argument("--names", default=None, help="dev_speaker_names.json")
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--speed", type=int, default=0, help="rounds of bare NER vs extract_pages timing")
    args = ap.parse_args()
    docs = load_docs(Path(args.path))
    if args.limit:
        docs = docs[: args.limit]
    names_path = args.names or str(Path(args.path).parent / "dev_speaker_names.json")
    names = json.loads(Path(names_path).read_text()) if Path(names_path).exists() else None
    nlp = load_nlp()
    preds, seconds, words = predictions(docs, nlp)
    errors: list = []
    scores = score_documents(docs, preds, names, errors)
    for key, value in scores.items():
        if key != "counts":
            print(f"{key:20s} {value:.3f}")
    print("counts", scores["counts"])
    print(f"words/s {words / seconds:.0f} ({words} words, {seconds:.1f}s)")
    if args.speed:
        # same process, warm model: alternate so that load on the machine hits both alike
        ner = full = 0.0
        for _ in range(args.speed):
            ner += bare_ner_seconds(docs, nlp)
            full += predictions(docs, nlp)[1]
        print(f"bare NER words/s {words * args.speed / ner:.0f}; extract_pages words/s "
              f"{words * args.speed / full:.0f}; ratio {ner / full:.2f}")
    if args.errors:
        by_kind = Counter(e[0] for e in errors)
        print(by_kind)
        for kind in ("missed_direct", "false_direct", "speaker"):
            for e in [e for e in errors if e[0] == kind][: args.errors]:
                print(kind, "|", e[1][:40], "|", e[2])


if __name__ == "__main__":
    main()
