"""Scoring one extraction against a seed gold file (``tests/data/gold``).

Pure functions: the extraction is taken as plain dicts (``people`` with
name/role/quoted, ``quotes`` with text/speaker/kind, ``caption_people``) so
that warehouse rows can be scored the same way as dataclasses.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, is_dataclass

from .quotes import greedy_match, jaccard, names_match, tokens


def _plain(extraction) -> dict:
    return asdict(extraction) if is_dataclass(extraction) else dict(extraction)


def role_matches(pred: str | None, gold: str | None) -> bool:
    """Same role as written, allowing reordering and small differences
    (token Jaccard >= 0.5, or one containing the other)."""
    if not gold:
        return True
    if not pred:
        return False
    tp, tg = tokens(pred), tokens(gold)
    return jaccard(pred, gold) >= 0.5 or tp <= tg or tg <= tp


def score_seed(extraction, gold: Mapping) -> dict:
    """Recall/precision-style checks of one extraction against a gold file.

    Returns counts and lists of problems: people missed, wrong roles, wrong
    ``quoted`` flags, spurious people, quotes missed or with the wrong
    speaker, caption people mismatches, must-not violations.
    """
    ex = _plain(extraction)
    people = ex.get("people", [])
    out: dict = {"missed_people": [], "wrong_role": [], "wrong_quoted": [], "spurious_people": [],
                 "missed_quotes": [], "wrong_speaker": [], "caption_errors": [], "not_people_found": [],
                 "must_not_quoted": []}
    by_name = {}
    for g in gold.get("people", []):
        match = next((p for p in people if p["name"] == g["name"]), None) or \
            next((p for p in people if names_match(p["name"], g["name"])), None)
        if match is None:
            out["missed_people"].append(g["name"])
            continue
        by_name[match["name"]] = g
        if not role_matches(match.get("role"), g.get("role")):
            out["wrong_role"].append((g["name"], match.get("role"), g.get("role")))
        if bool(match.get("quoted")) != bool(g.get("quoted")):
            out["wrong_quoted"].append(g["name"])
    allowed = {n for n in gold.get("optional_people", [])}
    for p in people:
        if p["name"] not in by_name and not any(names_match(p["name"], a) for a in allowed):
            out["spurious_people"].append(p["name"])
        if any(names_match(p["name"], n) for n in gold.get("not_people", []) + gold.get("photo_credits_not_people", [])):
            out["not_people_found"].append(p["name"])
    quotes = [q for q in ex.get("quotes", []) if q.get("kind") in ("direct", "partial")]
    gq = gold.get("quotes", [])
    matches = greedy_match([q["text"] for q in quotes], [g["text"] for g in gq])
    found = {j: i for i, j, _ in matches}
    for j, g in enumerate(gq):
        if j not in found:
            out["missed_quotes"].append(g["text"])
            continue
        pred = quotes[found[j]].get("speaker")
        if not (pred == g.get("speaker") or names_match(pred, g.get("speaker"))):
            out["wrong_speaker"].append((g["text"][:60], pred, g.get("speaker")))
    for text in gold.get("must_not_quote", []):
        if any(jaccard(q["text"], text) >= 0.5 for q in quotes):
            out["must_not_quoted"].append(text)
    got = ex.get("caption_people", [])
    for ci, cap in enumerate(gold.get("captions", [])):
        pred = sorted(got[ci]) if ci < len(got) else []
        if pred != sorted(cap.get("people", [])):
            out["caption_errors"].append((ci, pred, cap.get("people", [])))
    out["people_found"] = len(gold.get("people", [])) - len(out["missed_people"])
    out["people_total"] = len(gold.get("people", []))
    out["quotes_found"] = len(gq) - len(out["missed_quotes"])
    out["quotes_right_speaker"] = out["quotes_found"] - len(out["wrong_speaker"])
    out["quotes_total"] = len(gq)
    return out
