"""Batch extraction: pages in, one :class:`Extraction` per page out."""

from __future__ import annotations

import logging
import re
import unicodedata

from pressroom.model import CleanPage, Extraction, Mention, Person

from .attribution import embedded_title, subject_before
from .epithets import descriptor_before
from .inverted import postposed_subject, subject_after
from .lexicon import (FEMALE_NAMES, GIVEN_FEMALE, GIVEN_MALE, HONORIFICS, MALE_NAMES, NOUN_GENDER, ROLE_HEADS,
                      STOPWORDS)
from .language import looks_english
from .marks import as_read, with_marks_of
from .missed_names import KIN_BEFORE
from .names import _key, _norm, osa_distance
from .nlp import run_ner
from .para import Para, PersonSpan
from .participles import (clause_subject, coordinated_verb, gerund_subject, hearsay_subject, participle_clause,
                          subject_of_host_clause, subject_outside_subordinate)
from .people import PersonInfo, _CAP_TOKEN_RE, cluster_people, gender_of, name_candidates
from .quotations import quotation_groups
from .quotes import attribute_document
from .roles import choose_role, roles_after_other_names, roles_at
from .speakers import State
from .subject_phrase import subjects_from_parse
from .text import block_quote_paragraphs, find_quote_spans, mask_quotes, sentence_bounds, unmark_block_quote
from .verbs import find_verbs

log = logging.getLogger(__name__)
_POSS = re.compile(r"['’]s?$")


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKD", text).lower().split())


class _Article:
    """Working state for one page between the NER pass and the output."""

    def __init__(self, page: CleanPage, ents):
        self.page = page
        self.units = list(page.paragraphs) + [c.text for c in page.captions]
        self.n_paras = len(page.paragraphs)
        self.ents = ents
        self.starts = page.paragraph_starts()
        self.people: dict[str, PersonInfo] = {}
        self.mentions: list = []  # (unit, start, end, surface, name, possessive)
        self.paras: list[Para] = []
        self.votes: dict[str, list[int]] = {}
        self.first_seen: dict[str, int] = {}  # person -> order of their first full-name mention

    # -- people ------------------------------------------------------------
    def find_people(self) -> None:
        cands = name_candidates(self.units, self.ents)
        credits = {_fold(c.credit) for c in self.page.captions if c.credit}
        repeated = {}
        for c in cands:
            if not c.strong and len(c.tokens) == 1:
                repeated[c.tokens] = repeated.get(c.tokens, 0) + 1
        strong = [c for c in cands if (c.strong or repeated.get(c.tokens, 0) >= 2)
                  and _fold(" ".join(c.tokens)) not in credits]
        self.people = cluster_people(strong)
        taken: dict[int, list[tuple[int, int]]] = {}
        raw = []
        for c in strong:
            if c.canonical:
                raw.append((c.unit, c.start, c.end, c.surface, c.canonical, c.honorific))
                taken.setdefault(c.unit, []).append((c.start, c.end))
        self._literal_full_names(strong, raw, taken)
        recency: list[str] = []
        full_by_unit = sorted(raw, key=lambda r: (r[0], r[1]))
        for r in sorted(raw, key=lambda r: (self._reading(r[0]), r[1])):
            self.first_seen.setdefault(r[4], len(self.first_seen))
        fi = 0
        for u, text in enumerate(self.units):
            ent_spans = [(e.start, e.end) for e in self.ents[u]]
            for m in _CAP_TOKEN_RE.finditer(text):
                while fi < len(full_by_unit) and (full_by_unit[fi][0], full_by_unit[fi][1]) <= (u, m.start()):
                    self._touch(recency, full_by_unit[fi][4])
                    fi += 1
                if any(a <= m.start() < b for a, b in taken.get(u, [])):
                    continue
                name = self._short(text, m, recency, ent_spans)
                if name:
                    raw.append((u, m.start(), m.end(), m.group(), name, None))
                    self._touch(recency, name)
        for u, a, b, surface, name, honorific in sorted(raw, key=lambda r: (self._reading(r[0]), r[1])):
            info = self.people[name]
            possessive = bool(re.search(r"['’]s?$", surface)) and not surface.endswith("s'") or surface.endswith(("’s", "'s")) \
                or re.match(r"['’](?:s\b|\s)", self.units[u][b : b + 3]) is not None  # "Sanders’ campaign manager"
            self.mentions.append((u, a, b, surface, name, possessive))
            text = self.units[u]
            kin = KIN_BEFORE.search(text, 0, a)  # "His sister, Amara Obi,"
            g = gender_of(honorific) or (NOUN_GENDER.get(kin.group().split()[-1].strip(",").lower()) if kin else None)
            if g:
                info.gender = info.gender or g
            others = [(r[1], r[2]) for r in raw if r[0] == u and r[2] <= a and r[4] != name]
            info.roles.extend(roles_after_other_names(text, a, roles_at(text, a, b), others))

    def _literal_full_names(self, strong, raw, taken) -> None:
        # a full name found once is that person wherever else it is written,
        # also where NER missed it ("Ivanka Trump, the nominee's daughter, …")
        forms = {c.tokens: c.canonical for c in strong if c.canonical and len(_key(c.tokens)) > 1}
        if not forms:
            return
        pattern = re.compile(r"(?<![\w’'-])(?:" + "|".join(
            r"\s+".join(map(re.escape, tokens)) for tokens in sorted(forms, key=len, reverse=True)) + r")(?![\w-])")
        by_text = {" ".join(tokens): name for tokens, name in forms.items()}
        for u, text in enumerate(self.units):
            for m in pattern.finditer(text):
                if any(a < m.end() and m.start() < b for a, b in taken.get(u, [])):
                    continue
                raw.append((u, m.start(), m.end(), m.group(), by_text[" ".join(m.group().split())], None))
                taken.setdefault(u, []).append((m.start(), m.end()))

    def _reading(self, unit: int) -> tuple[int, int]:
        """Reading order of a unit: a caption comes just before the paragraph
        at its position, so the first role a reader sees is chosen first."""
        if unit < self.n_paras:
            return (unit, 1)
        position = self.page.captions[unit - self.n_paras].position
        return (position if position is not None else self.n_paras, 0)

    def _touch(self, recency, name):
        if name in recency:
            recency.remove(name)
        recency.insert(0, name)

    def _short(self, text, m, recency, ent_spans) -> str | None:
        word = _POSS.sub("", m.group()) if m.group().endswith(("’s", "'s")) else m.group()
        low = _norm(word)
        if len(low) < 2 or len(low) == 2 and (low in STOPWORDS or not word.istitle()
                                              or not any(low in _key(info.tokens)[:-1] for info in self.people.values())):
            return None  # (a surname of two letters before a given name: "Ho" of "Winnie Ho Wing-sze")
        before = text[: m.start()].rstrip()
        after = text[m.end():]
        prev_word = before.split()[-1] if before.split() else ""
        if re.match(r"\s+[A-Z]", after) and not re.match(r"\s+(?:[A-Z][a-z]*\s+)?(?:said|says|told|added)\b", after):
            return None  # part of a longer capitalised name we do not know
        if prev_word[:1].isupper() and not prev_word.endswith((".", ",", ":", "”", "\"")) \
                and _norm(prev_word) not in HONORIFICS and _norm(prev_word) not in ROLE_HEADS \
                and prev_word.lower() not in STOPWORDS \
                and before.rstrip()[-1:] not in ".?!":
            return None
        exact = [n for n in recency if low in _key(self.people[n].tokens)]
        exact += [n for n in self.people if n not in exact and low in _key(self.people[n].tokens)]
        want = gender_of(_norm(prev_word))
        if want:
            # "Mrs. Clinton" with Bill and Hillary Clinton in the article: the one whose given name fits
            exact = [n for n in exact if self._given_gender(n) == want] or exact
        if exact:
            last = [n for n in exact if _key(self.people[n].tokens)[-1] == low]
            seen = [n for n in last if n in recency]
            if len(seen) > 1:
                # "Cruz" after "Heidi Cruz" and "Rafael Cruz": a shared surname
                # alone is the person the article introduced first
                return min(seen, key=lambda n: self.first_seen.get(n, len(self.first_seen)))
            return (last or exact)[0]
        covered = any(a <= m.start() < b for a, b in ent_spans)
        if len(low) >= 5 and covered:
            for n in recency + [n for n in self.people if n not in recency]:
                for tok in _key(self.people[n].tokens):
                    if len(tok) >= 5 and tok[0] == low[0] and osa_distance(low, tok) <= (1 if len(low) < 8 else 2):
                        return n
        return None

    def _given_gender(self, name: str) -> str | None:
        """The gender a person's given name tells (None for a lone surname)."""
        tokens = self.people[name].tokens
        return _name_gender(tokens) if len(tokens) > 1 else None

    # -- paragraphs ----------------------------------------------------------
    def build_paras(self) -> list[tuple[Para, object]]:
        """Paragraph structures; returns the verbs that need a parse."""
        need = []
        inside = False
        block_quote = block_quote_paragraphs(self.page.paragraphs)
        for i, text in enumerate(self.page.paragraphs):
            marked = unmark_block_quote(text) if i in block_quote else text
            spans = find_quote_spans(marked, starts_inside=inside)
            inside = bool(spans) and not spans[-1].closed
            p = Para(i, text, self.starts[i], spans)
            p.masked = mask_quotes(marked, spans)
            p.sents = sentence_bounds(p.masked) or [(0, len(text))]
            p.people = [PersonSpan(a, b, name, poss) for u, a, b, s, name, poss in self.mentions if u == i]
            p.orgs = [(e.start, e.end, e.text) for e in self.ents[i] if e.label in ("ORG", "GPE", "NORP")
                      and not any(ps.start < e.end and e.start < ps.end for ps in p.people)]
            p.nationalities = [(e.start, e.end) for e in self.ents[i] if e.label == "NORP"]
            p.verbs = find_verbs(p)
            self._gender_votes(p)
            for v in p.verbs:
                a, b = p.sents[v.sentence]
                lo = max([a] + [s.close_end for s in spans if s.close_end <= v.start and s.close_end > a
                                and not embedded_title(p, s)])
                region = p.masked[lo : v.start].strip(" ,.;:—–-")
                if region.lower() in ("but", "and", "yet", "still", "so", "then", "or"):
                    region = ""  # "But, said Solovey, “…”": the subject comes after
                # ("are alleging" is no passive)
                passive = _PASSIVE_BEFORE.search(p.masked[lo : v.start]) and not v.form.lower().endswith("ing")
                by = re.match(r"\s+by\s+", p.masked[v.end :])
                # "She was told that ...", "it's revealed in the review that ...": the subject heard,
                # or is what was said; it reports no words of its own
                v.passive = bool(passive)
                participle = participle_clause(p, v)
                if passive and by:
                    # "was criticised by rights groups": the agent speaks
                    v.subject, v.inverted = subject_after(p, v.end + by.end()), True
                elif (hearsay := hearsay_subject(p, v) or gerund_subject(p, v)) is not None:
                    v.subject = hearsay  # "conspiracy theories suggesting", "accused Trump of suggesting"
                elif (v.form.lower() == "according to" or not region or v.inverted) and not participle:
                    v.subject, v.inverted = subject_after(p, v.end), True
                elif (post := postposed_subject(p, v)) is not None:
                    v.subject, v.inverted = post, True  # "Prices have risen, said Mary Lovely."
                else:
                    # "O'Malley, who …, interjected to say: “…”", "the email goes on to say": the subject
                    # of the verb before "to"
                    infinitive = _INFINITIVE_HEAD.search(p.masked[lo : v.start])
                    v.subject = subject_before(p, lo, lo + infinitive.start() if infinitive else v.start)
                if v.subject is not None and participle:
                    # "Sanders compared himself to Clinton, saying": Sanders, not Clinton
                    v.subject = subject_of_host_clause(p, v) or subject_outside_subordinate(p, v) or v.subject
                if v.subject is None and participle:
                    # "…,” adding, “…”: a participle clause speaks for the
                    # subject of the clause it hangs on
                    v.subject, v.inverted = clause_subject(p, v), False
                if (shared := coordinated_verb(p, v)) is not None:
                    # "Rajoy said … and insisted that …": the subject of "said", once it is known
                    v.shares = shared
                    if shared.subject is not None:
                        v.subject, v.inverted = shared.subject, False
                if v.subject is None and not v.inverted:
                    v.needs_parse = True
                    need.append((p, v))
            self.paras.append(p)
        return need

    def _gender_votes(self, p: Para) -> None:
        # "Clinton said she would…": with one person in a sentence, the
        # pronouns after the name tell that person's gender
        for a, b in p.sents:
            names = {ps.name for ps in p.people if a <= ps.start < b}
            if len(names) != 1:
                continue
            name = names.pop()
            first = min(ps.end for ps in p.people if a <= ps.start < b)
            rest = p.masked[first:b].lower()
            male = len(re.findall(r"\b(?:he|his|him|himself)\b", rest))
            female = len(re.findall(r"\b(?:she|her|hers|herself)\b", rest))
            if male != female:
                votes = self.votes.setdefault(name, [0, 0])
                votes[0 if male > female else 1] += 1

    # -- output --------------------------------------------------------------
    def finish(self) -> Extraction:
        for p in self.paras:
            for v in p.verbs:
                if v.shares is not None and v.shares.subject is not None:
                    v.subject = v.shares.subject  # known now that the parse has run
        roles = {n: (choose_role(info.roles) or "") for n, info in self.people.items()}
        # evidence from weakest to strongest: pronouns near the name, the
        # given name, an honorific (Mr., Ms.)
        genders = {n: ("m" if v[0] > v[1] else "f") for n, v in self.votes.items() if v[0] != v[1]}
        for n, info in self.people.items():
            if (g := _name_gender(info.tokens)) is not None:
                genders[n] = g
        genders.update({n: info.gender for n, info in self.people.items() if info.gender})
        state = State(self.page.body, {n: r.lower() for n, r in roles.items()}, genders)
        for u, a, _b, _surface, name, _poss in self.mentions:
            if u < self.n_paras:
                if before := descriptor_before(self.units[u], a):
                    state.descriptors.setdefault(name, set()).add(before)
        quotes = attribute_document(self.paras, state)
        pieces = [{"text": q.text, "kind": q.kind, "speaker": q.speaker, "verb": q.verb,
                   "start_char": q.start_char, "end_char": q.end_char} for q in quotes]
        for q, first in zip(quotes, quotation_groups(pieces, self.page.body)):
            q.quotation = first
        speakers = {name for q in quotes if q.speaker_kind == "person" and q.kind != "indirect"
                    for name in [q.speaker, *q.co_speakers]}
        people, mentions = [], []
        counts: dict[str, int] = {}
        aliases: dict[str, list[str]] = {}
        for u, a, b, surface, name, _poss in self.mentions:
            counts[name] = counts.get(name, 0) + 1
            alias = _POSS.sub("", surface) if surface.endswith(("’s", "'s", "’")) else surface
            if alias != name and alias not in aliases.setdefault(name, []):
                aliases[name].append(alias)
            if u < self.n_paras:
                mentions.append(Mention(name, surface, self.starts[u] + a, self.starts[u] + b, paragraph_index=u))
            else:
                mentions.append(Mention(name, surface, a, b, caption_index=u - self.n_paras))
        for name, info in self.people.items():
            if not counts.get(name):
                continue
            people.append(Person(name=name, role=roles[name] or None, mention_count=counts[name],
                                 quoted=name in speakers, aliases=aliases.get(name, [])))
        caption_people = []
        for ci in range(len(self.page.captions)):
            names = []
            for u, a, b, s, name, _ in self.mentions:
                if u == self.n_paras + ci and name not in names:
                    names.append(name)
            caption_people.append(names)
        return Extraction(people=people, mentions=mentions, quotes=quotes, caption_people=caption_people)


# the verb an infinitive of saying hangs on: "interjected to (say)", "goes on to (say)"
_INFINITIVE_HEAD = re.compile(r"\b(?:[a-z]+ed|[a-z]+\s+on|rose|stood|came|went|got|began)\s+to\s+$")
_PASSIVE_BEFORE = re.compile(r"(?:\b(?:been|was|were|is|are|be|being)|\b(?i:it|that|this|what)['’]s)\s+(?:\w+ly\s+)?$")


def _page_name(page: CleanPage, i: int) -> str:
    meta = page.meta or {}
    return str(meta.get("source_uri") or meta.get("url") or page.title or f"page {i}")[:120]


def _guarded(step, page: CleanPage, i: int, failed: set[int]):
    """Run one page's step; an unexpected error costs that page its
    extraction (logged once, naming the page), never the batch."""
    if i in failed:
        return None
    try:
        return step()
    except Exception as exc:  # noqa: BLE001 -- one bad page must not fail the batch
        failed.add(i)
        log.warning("extract: %s failed (%s: %s); empty extraction", _page_name(page, i),
                    type(exc).__name__, str(exc)[:200])
        return None


def _name_gender(tokens: tuple[str, ...]) -> str | None:
    """The gender a name's first word tells. A lone word ("Clinton", "Scott") is more often a
    surname: only the short hand-made lists may read it as a given name."""
    male, female = (GIVEN_MALE, GIVEN_FEMALE) if len(tokens) > 1 else (MALE_NAMES, FEMALE_NAMES)
    first = _norm(tokens[0])
    return "m" if first in male else "f" if first in female else None


def extract_pages(pages: list[CleanPage], nlp) -> list[Extraction]:
    """People, mentions, quotes and caption people of every page written in English.

    NER runs once over all paragraphs and captions of the batch; the parser
    only over the sentences whose speech verb has no subject the rules can
    find. A page whose rules raise gets an empty :class:`Extraction` and a
    one-line warning; the other pages are unaffected.
    """
    english = [looks_english("\n".join(page.paragraphs)) for page in pages]
    originals = [page for page, ok in zip(pages, english) if ok]
    pages_in = [as_read(page) for page in originals]
    texts, owners = [], []
    for page in pages_in:
        units = list(page.paragraphs) + [c.text for c in page.captions]
        texts.extend(units)
        owners.append(len(units))
    ents = run_ner(nlp, texts)
    articles, pos = [], 0
    for page, n in zip(pages_in, owners):
        articles.append(_Article(page, ents[pos : pos + n]))
        pos += n
    need: list = []
    failed: set[int] = set()
    for i, art in enumerate(articles):
        found = _guarded(lambda: (art.find_people(), art.build_paras())[1], art.page, i, failed)
        if found:
            need.extend((i, p, v) for p, v in found)
    try:
        subjects_from_parse(nlp, [(p, v) for _, p, v in need])
    except Exception:  # noqa: BLE001
        # parse page by page so that only the page at fault loses its quotes
        for i in sorted({i for i, _, _ in need}):
            _guarded(lambda: subjects_from_parse(nlp, [(p, v) for j, p, v in need if j == i]), articles[i].page, i, failed)
    done = []
    for i, art in enumerate(articles):
        ex = _guarded(art.finish, art.page, i, failed)
        if ex is not None and i not in failed:
            # (words taken back from the page as written only where it was read in other marks)
            done.append(ex if art.page is originals[i] else with_marks_of(originals[i], ex))
        else:
            done.append(Extraction())
    # a page in another language: no people or quotes rather than the English model's misreadings
    extracted = iter(done)
    return [next(extracted) if ok else Extraction() for ok in english]
