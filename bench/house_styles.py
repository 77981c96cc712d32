"""Score quotes and speakers on news written in many house styles.

    .venv/bin/python bench/house_styles.py [CASES.json ...] [--errors]

Eleven sets of short articles are bundled in ``bench/data``, all written for this project by helpers
(language models) in the seventeenth to twenty-sixth rounds, each with its writer's gold: every direct
and partial quote and its speaker.
- ``house_styles_tuned.json``: 86 articles in British, Irish, Australian, New Zealand, Indian and
  American house styles, sports, courts, science, tech, live blogs, Q&As and transcripts. The rules
  of the seventeenth round were written from its failures, so it measures little.
- ``house_styles_heldout.json``: 72 more, written afterwards by another helper, without reusing the
  first set's names, sentences or plots. Its five regressions were mended, so it is no longer unseen.
- ``house_styles_heldout2.json``: 75 more from outlets of thirteen countries, written by a third helper
  when the round's rules were done. Scored at 79ca20b; then a few titles and players' positions it
  showed (Ald., Cr, Mr before a name the model missed, the right-hander) were added.
- ``house_styles_heldout3.json``: 70 more from outlets of 27 countries, written in the eighteenth round
  by a fourth helper that saw neither the code nor the other sets, while that round's rules were being
  written from the first three sets' errors; scored before and after them.
- ``house_styles_heldout4.json``: 60 more from outlets of eleven countries, leaning to the US and the
  UK, written by a fifth helper later in that round, also without sight of the code or the other sets.
- ``house_styles_heldout5.json``: 60 more from outlets of about twenty countries, written in the
  nineteenth round by a sixth helper that saw neither the code nor the other sets, while that round's
  rules were written from the first five sets; scored on the code before the round (226 fully right)
  and after (241). Of the two regressions it showed, one was then mended (a surname of two words
  after a particle, "Gurdev Singh a/l Harbans Singh"): 242.
- ``house_styles_heldout6.json``: 60 more from outlets of 35 countries (338 quotes), written in the
  twentieth round by a seventh helper that saw neither the code nor the other sets. Scored when it
  arrived, on the code the round started from (4706ca8) and on the round's code then: 246 fully right
  both times; then the names it showed wrong in general ways (a nickname kept inside the canonical
  name, "Fr", "Cde", "Hj", "Evacuee" before a name) were mended.
- ``house_styles_heldout7.json``: 60 more from outlets of 49 countries (323 quotes scored, 6 optional chants),
  written in the twenty-first round by an eighth helper that saw neither the code nor the other sets,
  while that round's rules were written from the sixth set's errors. Scored when it arrived: 255 fully
  right on the code the round started from (e85c0e6), 269 on the round's code then. Of what it showed,
  one regression of that code was mended (a name the model read in two pieces, "Finance Minister Luisa
  Fernanda Ospina Caicedo, who …", cut back as if a heading): 271. No other rule was written from it.
- ``house_styles_heldout8.json``: 60 more from outlets of 51 countries (374 quotes scored, 15 optional),
  written in the twenty-second round by a ninth helper that saw neither the code nor the other sets.
  Scored when it arrived: 301 fully right on the code the round started from (5515c53), 305 on the
  round's code then (320b600). The rest of that round's rules were then written from its errors, so it
  too measures little from then on.
- ``house_styles_heldout9.json``: 60 more from outlets of 47 countries (385 quotes scored, 4 optional),
  written in the twenty-sixth round by a tenth helper that saw neither the code nor the other sets.
  Scored when it arrived: 323 fully right on the code the round started from (5580c5f) and on the
  round's code then (b253366). That round's speaker rules (titles of other places, grandparents'
  epithets, a mining company, a place before the subject, the subject after "what") were then written
  from its errors (339; 340 with the lede rule below), so it measures little from then on.
- ``house_styles_heldout10.json``: 60 more from outlets of 58 countries and territories, the smaller ones
  among them (386 quotes scored, 6 optional), written later in the twenty-sixth round by an eleventh
  helper that saw neither the code nor the other sets. Scored when it arrived: 302 fully right on the
  code the round started from (5580c5f), 304 on the round's code then (58641a0). A lede's described
  speaker named in the next paragraph, "Tan Sri" and more titles of other places were then written from
  its errors (318 at c88de35), so it too measures little from then on.

A gold quote is found when a direct or partial quote of its paragraph has the same text, or contains
it or is contained in it, or is 60 % similar; its speaker is right when it is the gold name, and
"not canonical" when it is another form of a person's name (a surname alone, a title kept). Pieces
of one quotation count separately. This is not the held-out scoring of ``../shared/bench``: the
labels are the helpers', and the articles are short.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
from pathlib import Path

from pressroom.extract import extract_pages, load_nlp
from pressroom.model import CleanPage

DATA = Path(__file__).resolve().parent / "data"
DEFAULT = [DATA / "house_styles_tuned.json", DATA / "house_styles_heldout.json", DATA / "house_styles_heldout2.json",
           DATA / "house_styles_heldout3.json", DATA / "house_styles_heldout4.json",
           DATA / "house_styles_heldout5.json", DATA / "house_styles_heldout6.json",
           DATA / "house_styles_heldout7.json", DATA / "house_styles_heldout8.json",
           DATA / "house_styles_heldout9.json", DATA / "house_styles_heldout10.json"]
_EDGE = " \t\n,.;:!?'\"‘’“”«»„‚‹›—–-"
_NOT_NAMES = {"council", "service", "government", "agency", "ministry", "board", "family", "court", "union",
              "statement", "report"}


def _text(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip(_EDGE).lower()


def _name(s: str | None) -> str:
    return re.sub(r"[^\w ]", "", (s or "").lower().replace("’", "'")).strip()


def _is_person(gold: dict) -> bool:
    first = gold["speaker"].split("|")[0]
    return gold.get("person", True) and first[:1].isupper() and len(first.split()) >= 2 \
        and not set(_name(first).split()) & _NOT_NAMES


def speaker_verdict(gold: dict, found: str | None) -> str:
    """'right', 'not canonical' (a person's name in another form) or 'wrong'; the gold speaker may
    list alternatives separated by '|'."""
    said = _name(found)
    if not said:
        return "wrong"
    alternatives = [_name(alt) for alt in gold["speaker"].split("|")]
    if said in alternatives:
        return "right"
    for alt in alternatives:
        bare = re.sub(r"^(the|a|an|one) ", "", alt)
        if (bare and bare in said) or (len(said) > 3 and said in alt):
            return "not canonical" if _is_person(gold) else "right"
    return "wrong"


def _best(gold_text: str, candidates: list) -> object | None:
    want = _text(gold_text)
    exact = next((q for q in candidates if _text(q.text) == want), None)
    if exact is not None:
        return exact
    best, score = None, 0.0
    for q in candidates:
        got = _text(q.text)
        if got:
            r = 1.0 if (want in got or got in want) and min(len(want), len(got)) > 3 \
                else difflib.SequenceMatcher(None, want, got).ratio()
            if r > score:
                best, score = q, r
    return best if score >= 0.6 else None


def score(cases: list[dict], nlp) -> tuple[dict, list[str]]:
    """Counts over all articles, and one line per error."""
    pages = [CleanPage(title="", paragraphs=case["p"]) for case in cases]
    counts = dict.fromkeys(["gold", "found", "missed", "spurious", "wrong speaker", "not canonical", "wrong kind",
                            "boundary", "fully right"], 0)
    errors = []
    for case, extraction in zip(cases, extract_pages(pages, nlp)):
        quotes = [q for q in extraction.quotes if q.kind != "indirect"]
        used = set()
        for gold in case["gold"]:
            para = next(i for i, p in enumerate(case["p"]) if gold["text"] in p)
            found = _best(gold["text"], [q for q in quotes if q.paragraph_index == para and id(q) not in used])
            if gold.get("optional"):
                if found is not None:
                    used.add(id(found))
                continue
            counts["gold"] += 1
            where = f"{case['id']} p{para} {gold['text'][:50]!r}"
            if found is None:
                counts["missed"] += 1
                errors.append(f"missed        {where} [{gold['speaker']}]")
                continue
            used.add(id(found))
            counts["found"] += 1
            problems = []
            if _text(found.text) != _text(gold["text"]):
                problems.append("boundary")
            verdict = speaker_verdict(gold, found.speaker)
            if verdict != "right":
                problems.append("wrong speaker" if verdict == "wrong" else verdict)
            if found.kind != gold["kind"]:
                problems.append("wrong kind")
            for problem in problems:
                counts[problem] += 1
                errors.append(f"{problem:13} {where}: gold [{gold['speaker']}, {gold['kind']}] got [{found.speaker}, {found.kind}]")
            counts["fully right"] += not problems
        for q in quotes:
            if id(q) not in used:
                counts["spurious"] += 1
                errors.append(f"spurious      {case['id']} p{q.paragraph_index} {q.kind} [{q.speaker}] {q.text[:60]!r}")
    return counts, errors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cases", nargs="*", type=Path, default=DEFAULT)
    parser.add_argument("--errors", action="store_true", help="list every error")
    args = parser.parse_args()
    nlp = load_nlp()
    for path in args.cases:
        cases = json.loads(path.read_text(encoding="utf-8"))
        counts, errors = score(cases, nlp)
        print(f"{path.name}: {len(cases)} articles, " + ", ".join(f"{k} {v}" for k, v in counts.items()))
        if args.errors:
            print("\n".join("  " + e for e in errors))


if __name__ == "__main__":
    main()
