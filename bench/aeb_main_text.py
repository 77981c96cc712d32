"""Main-text precision/recall/F1 of ``parse_html`` on the article-extraction benchmark.

    .venv/bin/python bench/aeb_main_text.py /work/shared/bench/aeb [--worst 10] [--jobs 2]

The directory holds ``ground-truth.json`` and ``html/<id>.html.gz``. Scoring is
:mod:`pressroom.evaluate.aeb` (4-word shingles, per-page P and R averaged).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pressroom.evaluate.aeb import load_ground_truth, score_pages  # noqa: E402
from pressroom.html import parse_html  # noqa: E402


def _predict(args: tuple[Path, str, str | None]) -> tuple[str, str]:
    path, key, url = args
    page = parse_html(gzip.decompress(path.read_bytes()), url=url)
    return key, page.body


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bench_dir", type=Path)
    parser.add_argument("--worst", type=int, default=0, help="list the N lowest-scoring pages")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--dump", type=Path, help="write predictions as JSON here")
    args = parser.parse_args()

    gold = load_ground_truth(args.bench_dir / "ground-truth.json")
    urls = {k: v.get("url") for k, v in json.loads((args.bench_dir / "ground-truth.json").read_text()).items()}
    work = [(args.bench_dir / "html" / f"{key}.html.gz", key, urls.get(key)) for key in gold]
    start = time.perf_counter()
    if args.jobs > 1:
        with ProcessPoolExecutor(args.jobs) as pool:
            predictions = dict(pool.map(_predict, work, chunksize=4))
    else:
        predictions = dict(map(_predict, work))
    elapsed = time.perf_counter() - start

    score = score_pages(predictions, gold)
    print(f"pages {score.pages}  P {score.precision:.4f}  R {score.recall:.4f}  F1 {score.f1:.4f}  ({elapsed:.1f}s)")
    if args.worst:
        ranked = sorted(score.per_page.items(), key=lambda item: min(item[1]))
        for key, (p, r) in ranked[: args.worst]:
            print(f"  {key[:12]}  P {p:.3f}  R {r:.3f}  {urls.get(key) or ''}")
    if args.dump:
        args.dump.write_text(json.dumps(predictions, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
