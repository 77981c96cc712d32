"""Quotations of one article and who said them.

Goes through the body paragraph by paragraph, in reading order, so that a
pronoun is resolved against the people met so far and a paragraph of bare
quotation takes the speaker of the one before it.
"""

from __future__ import annotations

import re

from pressroom.model import Quote

from .attribution import lead_in, leading_subject
from .claims import claim_owner
from .coordination import co_speakers
from .ledes import name_held_back
from .lexicon import CORE_LEMMAS, DETERMINERS, VERB_LEMMA, titles_only
from .memory import note_described, note_mentions, note_subject
from .para import Para, VerbHit, person_subject
from .quote_kinds import DASH_ENDINGS, is_a_works_name, is_headline, is_subheading, is_term, names_a_work, quote_kind
from .quote_verbs import (REPORTS_A_CLAUSE, asked_of, bare_attribution_after, head_verb, later_verbs, tail_is_attribution,
                          tail_verb)
from .reported import indirect_speech
from .speakers import Speaker, State, resolve
from .transcripts import transcript_line, transcript_lines


def _introducing_subject(p: Para, span, k: int):
    """The person a sentence ending in a colon or a dash starts with, when the
    quotation follows it: "Obama is rolling out a message: “…”", "Ms. Lane had
    one message for voters -- “…”"; or, when a thing opens it, the person it ends
    on right before the colon: "The timing doesn't surprise pollster Daron Shaw: “…”"."""
    intro = p.masked[: span.open_at].rstrip()
    if not intro.endswith((":", *DASH_ENDINGS)):
        return None
    lead = leading_subject(p, k, span.open_at)
    a = p.sents[k][0] if p.sents else 0
    first = p.masked[a : span.open_at].split()[:1]
    thing_first = bool(first) and (first[0].lower() in DETERMINERS or first[0].endswith(("’s", "'s")))
    if lead is None and intro.endswith(":") and thing_first:  # (not "He attacked Clinton:")
        last = next((ps for ps in p.people if a <= ps.start and ps.end < len(intro) and not ps.possessive
                     and not p.masked[ps.end : len(intro) - 1].strip(" )")), None)
        lead = person_subject(last) if last else None
    return lead


def _reported_before(p: Para, k: int, verb_speaker: dict, after: int, lemmas=CORE_LEMMAS) -> Speaker | None:
    """The speaker of the reported speech (a verb of ``lemmas``) in an earlier sentence of the paragraph,
    after offset ``after`` (where its last attributed quotation ends): an unattributed quotation goes on
    with what they said."""
    earlier = [v for v in p.verbs if v.sentence < k and v.start > after and verb_speaker.get(id(v))
               and not v.form.lower().endswith("ing") and VERB_LEMMA.get(v.form.lower()) in lemmas]
    return verb_speaker[id(earlier[-1])] if earlier else None


def _described_reporter(p: Para, v: VerbHit, verb_speaker: dict) -> Speaker | None:
    """A "he" or "she" that names no person of the story: the one person described, not named, who reported
    speech earlier in the paragraph ("One engineer affected by the cuts … said the news arrived in a video
    call. “There was no warning,” she said")."""
    if v.subject is None or v.subject.kind != "pronoun" or v.subject.text not in ("he", "she"):
        return None
    # (one person described, who said something: not "Police said …", "The BBC said …", "Residents said …",
    # nor "One fan asked whether …": the one who asked is not who answers)
    reporter = _reported_before(p, v.sentence, verb_speaker, -1, lemmas=_REPORTING)
    if reporter is None or reporter.kind != "description" or _PLURAL_FIRST_WORD.match(reporter.name):
        return None
    return reporter


_REPORTING = CORE_LEMMAS - {"ask", "question", "inform", "advise", "urge", "request"}
_PLURAL_FIRST_WORD = re.compile(r"\w+[^s\W]s\b")  # "residents …", "officials" (not "witness")


def _surely_named(state: State, v: VerbHit, sp: Speaker) -> bool:
    """The verb's subject names its speaker, or is a "he"/"she" that fits the person it was resolved to
    by gender (a pronoun that only fell back on someone is no match for a named reporter)."""
    if v.subject is None or v.subject.kind != "pronoun":
        return True
    want = {"he": "m", "she": "f"}.get(v.subject.text)
    return want is not None and state.genders.get(sp.name) == want


# "is describing": a progressive main verb, not a participle clause
_PROGRESSIVE = re.compile(r"\b(?:is|are|was|were|been|be|’s|'s)\s+(?:\w+ly\s+)?$", re.I)


def subject_speaker(state: State, p: Para, v: VerbHit) -> Speaker | None:
    if v.passive and not v.inverted and v.subject is not None and v.subject.kind == "np":
        return None  # "new dates would be announced “in the coming weeks”": what is announced, not who
    he_or_she = v.subject.text if v.subject and v.subject.kind == "pronoun" and v.subject.text in ("he", "she") \
        else None
    may_be = (None, "m" if he_or_she == "he" else "f")  # the genders a person "he"/"she" can be of
    if he_or_she:
        # "Michelle Tanzer, a lawyer who …, has helped clubs adapt to what she said is …": the
        # person the sentence opens with is who "she" is, before anyone quoted earlier
        lead = _opening_person(p, v.sentence, v.subject.start)
        if lead and not _named_again(p, lead, v.subject.start) and state.genders.get(lead.name) in may_be:
            state.saw_person(lead.name)
    # "he told Hannity": whoever "he" is, not the person he told
    told = next((ps.name for ps in p.people if v.end < ps.start <= v.end + 2 and not ps.possessive
                 and not p.masked[v.end : ps.start].strip()), None)
    sp = resolve(state, p, v.subject, besides=told)
    if sp and sp.kind == "person" and v.subject.kind == "person" and sp.name == v.subject.name:
        sp = Speaker(sp.name, sp.kind, tuple(co_speakers(p, v)))
    if sp is None and he_or_she and len(p.masked[v.subject.end : v.start].split()) <= 2:
        # nobody before the sentence: "Radio talk host Rush Limbaugh used his platform to discuss what
        # he described as …" -- the first person of the sentence who may be "he" (the pronoun is the
        # verb's own subject)
        a = p.sents[v.sentence][0] if p.sents else 0
        earlier = [ps for ps in p.people if a <= ps.start < v.subject.start and not ps.possessive
                   and state.genders.get(ps.name) in may_be]
        sp = Speaker(earlier[0].name, "person") if earlier else None
    if v.form.lower().endswith("ing") and not _PROGRESSIVE.search(p.masked[max(0, v.start - 12) : v.start]) \
            and not (v.subject and v.subject.kind == "person" and _starts_sentence(p, v)):
        if sp and sp.kind == "organization" and v.subject and v.subject.kind == "np" \
                and re.search(r"[a-z]{2}", sp.name) \
                and any(re.sub(r"^the\s+", "", org, flags=re.I) == sp.name for _, _, org in p.orgs):
            state.last_group = sp  # "the Electoral Commission issued a statement warning …": "it" next
        return sp  # "…, adding": a participle clause does not change who "he" is
    if sp and sp.kind == "person":
        state.saw_person(sp.name)
    elif sp:
        state.last_group = sp
        lemma = VERB_LEMMA.get(v.form.lower())
        if sp.kind == "description" and v.subject is not None and v.subject.kind == "np" \
                and lemma not in ("ask", "question") and (told is None or lemma not in ("tell", "inform", "remind")):
            # (not "A reporter asked Sanders …. He replied", "A reporter told Biden …. “…,” he said"; but "A dog
            # walker said Kerry-Ann was soaked. He added": the name begins what was said)
            # (a person the paragraph has made the subject of a sentence before: "Labour leader Keir Starmer
            # faced a rebellion. One MP said"; not "thanks to Trump. One California delegate said")
            after_a_name = any(ps.start < v.subject.start and titles_only(p.masked[p.sents[p.sentence_of(ps.start)][0]
                                                                                  : ps.start].split())
                               for ps in p.people) if p.sents else False
            note_described(state, v.subject.text, sp, (p.index, v.sentence), after_a_name=after_a_name)
    return sp


def attribute_document(paras: list[Para], state: State) -> list[Quote]:
    """Every quotation (direct and partial) and reported speech of the body."""
    quotes: list[Quote] = []
    flags: list[bool] = []  # quote i continues quote i-1 (split or multi-paragraph)
    prev_para_speaker: Speaker | None = None
    prev_ended_colon: Speaker | None = None
    chain_speaker: Speaker | None = None
    chain_open = False
    prev_para_unresolved = False
    transcript = transcript_lines([p.text for p in paras])
    for p in paras:
        state.note_documents(p)
        if (line := transcript_line(p, state, transcript)) is not None:
            # "WALLACE: …": the speaker's words, whatever marks the paragraph has
            quotes.append(line)
            flags.append(False)
            state.saw_person(line.speaker)
            prev_para_speaker, prev_ended_colon, chain_open = Speaker(line.speaker, "person"), None, False
            prev_para_unresolved = False
            continue
        verb_speaker: dict[int, Speaker | None] = {}
        para_speakers: list[Speaker] = []
        attributed_end = -1  # where the paragraph's last quotation with a speaker ends
        sent_speaker: dict[int, Speaker] = {}
        # sentences whose quotation has an attribution that names no one we could resolve ("she said")
        sent_unresolved: set[int] = set()
        spans_by_sent: dict[int, list] = {}
        for s in p.spans:
            spans_by_sent.setdefault(p.sentence_of(s.open_at), []).append(s)
        subject_before = state.last_people[0] if state.last_people else None
        continuing_chain = chain_open and p.spans and not p.spans[0].opened or (
            chain_open and p.spans and p.spans[0].open_at == len(p.text) - len(p.text.lstrip()))
        chain_open = False
        for k in range(len(p.sents) or 1):
            # verbs of this sentence, resolved once and in order
            for v in p.verbs:
                if v.sentence == k and id(v) not in verb_speaker:
                    verb_speaker[id(v)] = subject_speaker(state, p, v) or _described_reporter(p, v, verb_speaker)
            for s in spans_by_sent.get(k, []):
                kind = quote_kind(p, s)
                tail, head = tail_verb(p, s, k), head_verb(p, s, k)
                # after the nearest verbs, any later one of the sentence that has a speaker:
                # "“…” announced in October, said Derek Scissors", "rose “slightly” in other states, the authors wrote"
                later = later_verbs(p, s, k)
                if kind == "direct" and s.closed and re.search(r"[.?!]\W*$", p.text[s.start : s.end]):
                    # "“…?” Bridenstine responded that …": a verb with a that-clause after a whole quoted
                    # sentence reports that clause, not the quotation
                    tail = None if tail and REPORTS_A_CLAUSE.match(p.masked[tail.end :]) else tail
                    later = [v for v in later if not REPORTS_A_CLAUSE.match(p.masked[v.end :])]
                right_before = head is not None and re.fullmatch(r"\s*[,:]\s*", p.masked[head.end : s.open_at])
                # "Blumenthal was asked, “…?” He answered": someone unnamed asked
                asked = kind == "direct" and right_before and asked_of(head)
                if kind == "direct":
                    order = [tail] if tail and tail_is_attribution(p, s, tail) else []
                    reporter = verb_speaker.get(id(order[0])) if order else None
                    if right_before and verb_speaker.get(id(head)) and not head.passive \
                            and not head.form.lower().endswith("ing") and _surely_named(state, head, verb_speaker[id(head)]) \
                            and (reporter is None or reporter.kind != "person" or order[0].form.lower().endswith("ing")):
                        # "he said, “… skull,” the prosecutor’s office said": the words are his; the
                        # office reports them
                        order = [head]
                    order += [head, tail] + later
                else:
                    # then the sentence's earlier verbs, nearest first: "The company said that new dates
                    # would be announced “in the coming weeks”" (the passive names no speaker)
                    earlier = [v for v in reversed(p.verbs) if v.sentence == k and v.end <= s.open_at and v is not head]
                    order = [head, tail] + later + earlier
                # (a verb whose subject only heard the words, "was told", "was asked", names no speaker)
                order = [head] if asked else [v for v in order if v is None or not asked_of(v)]
                chosen = next((v for v in order if v is not None and verb_speaker.get(id(v))), None)
                if chosen is None:
                    chosen = next((v for v in order if v is not None), None)
                speaker = verb_speaker.get(id(chosen)) if chosen else None
                if asked:
                    speaker = None
                continues = False
                intro = _introducing_subject(p, s, k) if speaker is None and kind == "direct" and chosen is None else None
                if intro:
                    speaker = resolve(state, p, intro)  # "Obama has a new message: “…”"
                elif kind == "direct" and chosen is None and (colon := p.masked[: s.open_at].rstrip()).endswith(":"):
                    speaker = claim_owner(state, p, k, len(colon) - 1)  # "Clinton’s response was: “…”"
                if speaker is None and kind == "direct" and chosen is None \
                        and (bare := bare_attribution_after(p, s, k)) is not None:
                    # "“… missing.” Trump said.": the attribution typed as a sentence of its own
                    chosen = bare
                    verb_speaker[id(bare)] = subject_speaker(state, p, bare)
                    speaker = verb_speaker[id(bare)]
                if speaker is None and kind == "direct" and chosen is None:
                    if continuing_chain and s is p.spans[0] and chain_speaker:
                        speaker, continues = chain_speaker, True
                    elif k - 1 in sent_speaker:
                        speaker, continues = sent_speaker[k - 1], True
                    elif (reporter := _reported_before(p, k, verb_speaker, attributed_end)) is not None:
                        # "Swift's rep told Fox News that this was not the whole truth. “Big Machine is …”"
                        speaker = reporter
                    elif para_speakers:
                        speaker = para_speakers[-1]
                    elif k - 1 in sent_unresolved or k == 0 and s is p.spans[0] and prev_para_unresolved:
                        # “…,” she said. “…”: hers, whoever she is -- not whoever was named before
                        continues = True
                        sent_unresolved.add(k)
                    elif prev_ended_colon and s is p.spans[0]:
                        speaker = prev_ended_colon
                    elif k and state.last_people and state.last_people[0] != subject_before:
                        # "Lemaire-Duchêne shrugged. “It’s tennis.”": the person an earlier sentence of
                        # the paragraph is about, not whoever spoke in the paragraph before
                        speaker = Speaker(state.last_people[0], "person")
                    elif prev_para_speaker and s is p.spans[0]:
                        speaker = prev_para_speaker
                    elif state.last_people:
                        speaker = Speaker(state.last_people[0], "person")
                elif s is p.spans[0] and continuing_chain and chosen is None:
                    continues = True
                if kind == "direct" and chosen is not None and speaker is None and not asked:
                    sent_unresolved.add(k)
                if speaker:
                    para_speakers.append(speaker)
                    attributed_end = s.close_end
                    if kind == "direct":
                        sent_speaker[k] = speaker
                    if speaker.kind == "person" and kind == "direct":
                        state.saw_person(speaker.name)
                if s is p.spans[0] and continuing_chain and chain_speaker and speaker is None:
                    speaker = chain_speaker
                said = speaker
                if speaker is None and kind == "partial":
                    # "Trump’s claim that there were “thousands of shootings”": the claim's owner's words
                    speaker = claim_owner(state, p, k, s.open_at)
                if speaker is None and kind == "partial":
                    # "Trump openly admires Putin as a “strong leader”": the words are the
                    # clause's subject's, when a person opens the sentence
                    lead = _opening_person(p, k, s.open_at)
                    speaker = resolve(state, p, lead) if lead else None
                if kind == "partial" and names_a_work(p, s, said):
                    continue  # “Wild Rose”, the film “Pose”: a name in quotation marks, not words anyone said
                if kind == "partial" and speaker is None and is_term(p, s):
                    continue
                if chosen is None and is_subheading(p, s):
                    continue  # “Alarming mortality rate”: a heading set in quotation marks
                if is_headline(p, s) or is_a_works_name(p, s, attributed=chosen is not None):
                    continue  # a linked story's headline, “Trainwreck” after "her film,": names of works
                q = Quote(
                    text=p.text[s.start : s.end], kind=kind,
                    start_char=p.offset + s.start, end_char=p.offset + s.end,
                    paragraph_index=p.index,
                    speaker=speaker.name if speaker else None,
                    speaker_kind=speaker.kind if speaker else None,
                    verb=chosen.form if chosen and speaker else None,
                    co_speakers=list(speaker.others) if speaker else [],
                )
                quotes.append(q)
                flags.append(continues or bool(s is p.spans[0] and continuing_chain))
            # a sentence's subject is the person pronouns will point at next, unless a verb of
            # saying in it had a speaker ("Buckley, who hadn't sung in years, worried …": "sung" had none)
            if not any(v.sentence == k and verb_speaker.get(id(v)) for v in p.verbs):
                note_subject(state, p, k)
            else:
                spoke = any(v.sentence == k and not v.form.lower().endswith("ing") and verb_speaker.get(id(v))
                            and verb_speaker[id(v)].kind == "person" for v in p.verbs)
                note_mentions(state, p, k, spoke)
        reported = indirect_speech(p, verb_speaker)
        quotes.extend(reported)
        flags.extend([False] * len(reported))
        if p.spans and not p.spans[-1].closed and p.spans[-1].end >= len(p.text.rstrip()) - 1:
            chain_open = True
            chain_speaker = next((Speaker(q.speaker, q.speaker_kind) for q in reversed(quotes)
                                  if q.paragraph_index == p.index and q.speaker and q.kind != "indirect"), chain_speaker)
        # the paragraph ends on words whose speaker no one can tell: the next one's unattributed quotation too
        last_quote = next((q for q in reversed(quotes) if q.paragraph_index == p.index and q.kind == "direct"), None)
        prev_para_unresolved = last_quote is not None and last_quote.speaker is None and bool(sent_unresolved)
        prev_para_speaker = para_speakers[-1] if para_speakers else (
            Speaker(state.last_people[0], "person") if state.last_people else None)
        prev_ended_colon = None
        if p.masked.rstrip().endswith(":") and p.sents:
            # "… said:" or "Trump issued the following statement:" before a
            # paragraph of quotation
            last = len(p.sents) - 1
            if p.verbs and p.verbs[-1].sentence == last:
                prev_ended_colon = verb_speaker.get(id(p.verbs[-1]))
            else:
                lead = leading_subject(p, last, len(p.text))
                prev_ended_colon = resolve(state, p, lead) if lead else None
    _backfill_chains(quotes, flags)
    name_held_back(quotes, paras, state)
    return quotes


def _opening_person(p: Para, k: int, before: int):
    """The person sentence ``k`` opens with, after nothing but titles or an
    introductory phrase ("In recent weeks, Reid …"), if before ``before``."""
    lead = leading_subject(p, k, before)
    if lead is None:
        return None
    words = lead_in(p, k, lead.start)
    return lead if not words or words[-1].endswith(",") else None


def _named_again(p: Para, lead, before: int) -> bool:
    """Another name follows ``lead`` as its apposition, before offset ``before``: "On the topic of
    another tough guy, Mr. Putin, Mr. Trump was pressed on why he had said" (the second is the subject)."""
    return any(lead.end <= ps.start < before and not ps.possessive
               and re.fullmatch(r",\s*(?:[A-Z][\w.]*\s+)*", p.masked[lead.end : ps.start]) for ps in p.people)


def _starts_sentence(p: Para, v: VerbHit) -> bool:
    """"House Speaker Paul Ryan, R-Wis., despite admitting …": the verb's
    subject opens its sentence (an apposition's name further in does not)."""
    a = p.sents[v.sentence][0] if p.sents else 0
    return v.subject.start < v.start and titles_only(p.masked[a : v.subject.start].split())


def _backfill_chains(quotes: list[Quote], flags: list[bool]) -> None:
    # a quotation over several paragraphs is often attributed only in its last piece
    for i in range(len(quotes) - 1, 0, -1):
        q, prev = quotes[i], quotes[i - 1]
        if flags[i] and q.speaker and not prev.speaker and prev.kind == "direct":
            prev.speaker, prev.speaker_kind = q.speaker, q.speaker_kind

