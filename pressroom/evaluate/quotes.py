"""Scoring quotes and speakers against PolNeAR-style attributions.

Pure functions on plain lists and dicts, so that the same code scores the
development script's output and the warehouse's quote rows.

Rules (``/work/shared/bench/README.md``):

* texts are compared after stripping surrounding quotation marks (straight,
  curly, two-apostrophe), trailing punctuation and white space, as sets of
  lower-case word tokens (token Jaccard);
* predictions and gold are matched one-to-one, greedily by best Jaccard, and a
  pair matches at Jaccard >= 0.5;
* direct quotes: precision/recall/F1 against ``full`` attributions plus those
  written in two-apostrophe marks; a prediction matched to a ``partial`` or
  ``none`` attribution is neutral;
* speaker accuracy on matched direct quotes: names normalised (NFKD, lower
  case, punctuation, possessive 's and honorifics dropped) match when equal
  or when one's words are a subset of the other's; a pronoun source is
  replaced by the name from ``dev_speaker_names`` (unknown when absent);
* end-to-end F1: a true positive also needs the right speaker (a gold quote
  whose speaker is unknown counts on the quote alone);
* partial-quote recall: a ``partial`` attribution is found when a prediction
  matches its content or one of the quoted fragments inside it;
* partial-quote speaker accuracy (ours; the bench README has no such figure):
  of the partial attributions found by a ``partial`` prediction and whose
  speaker is known, the share where the prediction names it (no speaker is
  wrong);
* reported speech: precision/recall of ``indirect`` predictions against
  ``none`` attributions whose cue is a speech verb.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping

from pressroom.extract.quotations import join_pieces

THRESHOLD = 0.5
_MARKS = "\"“”„«»‘’'`"
_TOKEN_RE = re.compile(r"\w+(?:['’]\w+)*")
_TITLES = {
    "mr", "mrs", "ms", "miss", "dr", "sen", "senator", "rep", "representative", "gov",
    "governor", "president", "gen", "general", "prof", "professor", "rev", "sir", "dame",
    "lord", "lady", "judge", "justice", "mayor", "secretary", "minister", "prime",
    "ambassador", "vice", "chairman", "king", "queen", "prince", "princess", "pope",
    "lt", "col", "capt", "sgt", "adm", "former", "first", "samdech", "the", "r", "d",
    "candidate", "nominee", "presidential", "democratic", "republican", "gop", "chief",
    "admiral", "colonel", "captain", "commander", "lieutenant", "sergeant", "major", "maj",
    "rabbi", "bishop", "cardinal", "reverend", "attorney", "speaker", "chancellor",
}
_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr"}
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us",
             "his", "its", "who", "which", "that", "this", "one"}
_SPEECH_CUES = re.compile(
    r"\b(?:say|says|said|saying|tell|tells|told|telling|add|adds|added|adding|state|states|"
    r"stated|explain\w*|note|notes|noted|noting|claim\w*|insist\w*|argu\w*|assert\w*|"
    r"announc\w*|declar\w*|repl\w*|respond\w*|answer\w*|warn\w*|writ\w*|wrote|report\w*|"
    r"confirm\w*|den(?:y|ies|ied|ying)|acknowledg\w*|admit\w*|recall\w*|suggest\w*|"
    r"predict\w*|complain\w*|conced\w*|contend\w*|stress\w*|emphasi\w*|remark\w*|"
    r"comment\w*|caution\w*|ask\w*|urg\w*|tweet\w*|testif\w*|maintain\w*|reiterat\w*|"
    r"mention\w*|promis\w*|vow\w*|pledg\w*|estimat\w*|reveal\w*|alleg\w*|disclos\w*|"
    r"according to|point\w* out)\b",
    re.I,
)


def normalise(text: str | None) -> str:
    """Strip surrounding quotation marks, trailing punctuation and space."""
    text = (text or "").strip()
    prev = None
    while prev != text:
        prev = text
        text = text.strip().strip(_MARKS).strip()
        text = re.sub(r"^(?:``|'')|(?:''|``)$", "", text).strip()
        text = text.rstrip(".,;:!?…—– ")
    return text


def tokens(text: str | None) -> set[str]:
    """Lower-case word tokens of a normalised text."""
    return {t.lower().replace("’", "'") for t in _TOKEN_RE.findall(normalise(text))}


def jaccard(a: str | None, b: str | None) -> float:
    """Token Jaccard of two texts."""
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / len(ta | tb)


def greedy_match(pred_texts: list[str], gold_texts: list[str], threshold: float = THRESHOLD,
                 score=None) -> list[tuple[int, int, float]]:
    """One-to-one matching, best Jaccard first; pairs below ``threshold`` never match."""
    score = score or (lambda i, j: jaccard(pred_texts[i], gold_texts[j]))
    pairs = []
    for i in range(len(pred_texts)):
        for j in range(len(gold_texts)):
            s = score(i, j)
            if s >= threshold:
                pairs.append((s, i, j))
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_p, used_g, out = set(), set(), []
    for s, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j, s))
    return out


def normalise_name(name: str | None) -> list[str]:
    """Words of a name without accents, punctuation, possessive or titles."""
    text = unicodedata.normalize("NFKD", name or "")
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"['’]s\b", "", text)
    cased = re.sub(r"[^\w\s]", " ", text).split()
    words = [w.lower() for w in cased]
    # a capitalised last word after a first name or Mr./Ms. is a surname even
    # when it is also a title word ("Mr. Prince", "Matthew King"), while "the
    # governor" stays a title
    surname = len(words) >= 2 and cased[-1][:1].isupper() and (
        words[-2] in _HONORIFICS or (words[-2] not in _TITLES and cased[-2][:1].isupper()))
    return [w for k, w in enumerate(words) if w not in _TITLES or (surname and k == len(words) - 1)]


def names_match(a: str | None, b: str | None) -> bool:
    """Equal after normalising, or one's words a subset of the other's."""
    wa, wb = set(normalise_name(a)), set(normalise_name(b))
    if not wa or not wb:
        return False
    return wa <= wb or wb <= wa


def source_head(source: str) -> str:
    """The name part of an annotated source span: "Mr. King, 82," -> "Mr. King",
    "Mr. Morgan of the Sierra Club" -> "Mr. Morgan"."""
    head = re.split(r",|\(|\s[—–-]+\s", source)[0]
    m = re.match(r"(.+?)\s+of\s+(?:the\s+)?[A-Z]", head)
    if m and sum(w[:1].isupper() for w in m.group(1).split()) >= 1:
        head = m.group(1)
    return head.strip()


def speaker_ok(pred: str | None, gold: str) -> bool:
    """Speaker right: the name matches the source span or its name part."""
    return names_match(pred, gold) or names_match(pred, source_head(gold))


def _two_apostrophe(text: str) -> bool:
    t = text.strip()
    return t.startswith(("''", "``")) and t.rstrip(".,;:").endswith("''")


def gold_text(attr: Mapping, article_text: str | None = None) -> str:
    """The attribution's content; pieces of a discontinuous one are joined."""
    spans = attr.get("content_spans") or []
    if article_text and len(spans) > 1:
        return " ".join(article_text[a:b] for a, b in spans)
    return attr.get("content") or ""


def gold_kind(attr: Mapping, article_text: str | None = None) -> str:
    """'direct', 'partial' or 'none'; two-apostrophe quotations are direct."""
    marks = attr.get("quote_marks")
    if marks == "full":
        return "direct"
    if marks == "partial":
        return "partial"
    content = attr.get("content") or ""
    if article_text is not None and attr.get("content_start") is not None:
        a, b = attr["content_start"], attr["content_end"]
        content = article_text[max(0, a - 2) : b + 2] if not content.strip().startswith(("''", "``")) else content
    if _two_apostrophe(content):
        return "direct"
    if "''" in content:
        return "partial"
    return "none"


def gold_speaker(attr: Mapping, doc_id: str | None = None,
                 speaker_names: Mapping | None = None) -> str | None:
    """Name of the gold speaker; None when unknown (a pronoun with no name)."""
    key = f"{doc_id}|{attr.get('id')}"
    if speaker_names and key in speaker_names:
        return (speaker_names[key] or {}).get("name")
    source = attr.get("source")
    if not source:
        return None
    words = source.strip().split()
    if len(words) == 1 and words[0].lower() in _PRONOUNS:
        return None
    return source


def whole_quotations(pieces: list[Mapping], key: str = "quotation_id") -> list[dict]:
    """One prediction per quotation: the pieces that share ``key`` (the
    pipeline's grouping; pieces without it stand alone) joined in body order
    with a space, as PolNeAR's discontinuous contents are."""
    return join_pieces(pieces, [piece.get(key) for piece in pieces])


def is_speech_cue(cue: str | None) -> bool:
    """A cue that reports speech (said, told, according to …)."""
    return bool(cue and _SPEECH_CUES.search(cue))


def _prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def score_documents(golds: Iterable[Mapping], preds: Mapping[str, list[Mapping]],
                    speaker_names: Mapping | None = None, errors: list | None = None) -> dict:
    """All quote scores over documents.

    ``golds``: dicts with ``doc_id``, ``attributions`` and optionally ``text``.
    ``preds``: doc_id -> list of dicts with ``text``, ``speaker``, ``kind``.
    ``errors``, when given, collects (kind, doc_id, detail) for inspection.
    """
    c = dict(d_tp=0, d_pred=0, d_gold=0, spk_ok=0, spk_n=0, e2e_tp=0,
             p_found=0, p_gold=0, ps_ok=0, ps_n=0, i_tp=0, i_pred=0, i_gold=0)
    for doc in golds:
        doc_id, text = doc.get("doc_id"), doc.get("text")
        attrs = doc.get("attributions") or []
        kinds = [gold_kind(a, text) for a in attrs]
        gtexts = [gold_text(a, text) for a in attrs]
        dpred = [p for p in preds.get(doc_id, []) if p.get("kind") == "direct"]
        c["d_gold"] += kinds.count("direct")
        matches = greedy_match([p["text"] for p in dpred], gtexts)
        matched_p = {i for i, _, _ in matches}
        matched_g = set()
        for i, j, _ in matches:
            if kinds[j] != "direct":
                continue  # neutral
            matched_g.add(j)
            c["d_tp"] += 1
            c["d_pred"] += 1
            want = gold_speaker(attrs[j], doc_id, speaker_names)
            ok = want is None or speaker_ok(dpred[i].get("speaker"), want)
            if want is not None:
                c["spk_n"] += 1
                c["spk_ok"] += ok
                if not ok and errors is not None:
                    errors.append(("speaker", doc_id, f"{dpred[i].get('speaker')!r} != {want!r}: {gtexts[j][:90]}"))
            c["e2e_tp"] += ok
        for i, p in enumerate(dpred):
            if i not in matched_p:
                c["d_pred"] += 1
                if errors is not None:
                    errors.append(("false_direct", doc_id, p["text"][:120]))
        if errors is not None:
            for j, k in enumerate(kinds):
                if k == "direct" and j not in matched_g:
                    errors.append(("missed_direct", doc_id, gtexts[j][:120]))
        # partial quotes: content or a quoted fragment inside it
        pidx = [j for j, k in enumerate(kinds) if k == "partial"]
        c["p_gold"] += len(pidx)
        cand = [p for p in preds.get(doc_id, []) if p.get("kind") in ("partial", "indirect", "direct")]
        frags = {j: [gtexts[j]] + re.findall(r"[“\"]([^”\"]+)[”\"]|''(.+?)''", gtexts[j]) for j in pidx}
        frags = {j: [f if isinstance(f, str) else (f[0] or f[1]) for f in fs] for j, fs in frags.items()}
        pm = greedy_match([p["text"] for p in cand], [gtexts[j] for j in pidx],
                          score=lambda i, jj: max(jaccard(cand[i]["text"], f) for f in frags[pidx[jj]]))
        c["p_found"] += len(pm)
        for i, jj, _ in pm:
            # the speaker of a partial quote found as one (a missing speaker is a wrong one)
            want = gold_speaker(attrs[pidx[jj]], doc_id, speaker_names)
            if cand[i].get("kind") == "partial" and want is not None:
                c["ps_n"] += 1
                c["ps_ok"] += speaker_ok(cand[i].get("speaker"), want)
        # reported speech with a speech cue
        iidx = {j for j, a in enumerate(attrs) if kinds[j] == "none" and is_speech_cue(a.get("cue"))}
        c["i_gold"] += len(iidx)
        ipred = [p for p in preds.get(doc_id, []) if p.get("kind") == "indirect"]
        im = greedy_match([p["text"] for p in ipred], gtexts)
        hit = {i for i, j, _ in im if j in iidx}
        neutral = {i for i, j, _ in im if j not in iidx}
        c["i_tp"] += len(hit)
        c["i_pred"] += len(ipred) - len(neutral)
    direct = _prf(c["d_tp"], c["d_pred"], c["d_gold"])
    e2e = _prf(c["e2e_tp"], c["d_pred"], c["d_gold"])
    indirect = _prf(c["i_tp"], c["i_pred"], c["i_gold"])
    return {
        "direct_precision": direct["precision"], "direct_recall": direct["recall"], "direct_f1": direct["f1"],
        "speaker_accuracy": c["spk_ok"] / c["spk_n"] if c["spk_n"] else 0.0,
        "end_to_end_f1": e2e["f1"],
        "partial_recall": c["p_found"] / c["p_gold"] if c["p_gold"] else 0.0,
        "partial_speaker_accuracy": c["ps_ok"] / c["ps_n"] if c["ps_n"] else 0.0,
        "indirect_precision": indirect["precision"], "indirect_recall": indirect["recall"],
        "counts": c,
    }
