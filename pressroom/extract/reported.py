"""Reported speech without quotation marks: "Borith added that the
government would …" becomes a quote of kind ``indirect`` with the speaker of
its verb."""

from __future__ import annotations

import re

from pressroom.model import Quote

from .lexicon import CORE_LEMMAS, DETERMINERS, VERB_LEMMA
from .para import Para
from .speakers import Speaker

# "states" after these is the noun (after a determiner, number, preposition, "key" or "swing",
# lexicon.speech_verbs and find_verbs already drop it)
_NOUN_STATES = re.compile(r"\b(?:battleground|early|southern|northern|western|eastern|red|blue|member)\s+$", re.I)
# who was told: a pronoun, the press, a noun before the told clause's pronoun, or a name
# ("told reporters", "told police he …", "told The Associated Press")
_RECIPIENT = re.compile(r"\s+(?:him|her|them|us|me|you|reporters|journalists|the\s+(?:press|media|crowd|audience)|"
                        r"(?:the\s+)?[a-z]+(?=\s+(?:he|she|they|it|we|i|there)\s)|"  # "told police he …", "told doctors she …"
                        r"(?:[Tt]he\s+)?[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3})\s*,?\s+(?=[a-z]|[A-Z][a-z]+\s+[a-z])")  # told the Commons
# nobody's words: the writer's own aside, or nobody at all ("It's worth noting that",
# "No one bothered mentioning that", "Let's say that"); "would not say whether" stays, as PolNeAR annotates it
_NOT_SAID = re.compile(r"\b(?:worth|no one|nobody|let['’]s)\s+(?:\w+\s+)?$", re.I)
# a verb of saying after "might", "may", "could": what nobody has said yet ("Others might argue that")
# (lower case: "Theresa May said" is no modal)
_HYPOTHETICAL = re.compile(r"\b(?:might|may|could)\s+(?:(?:well|also|even|\w+ly)\s+)?$")
# "Our initial testing suggests that": the writer's own finding
_WRITERS_OWN = re.compile(r"(?:^|\s)(?:[Oo]ur|[Mm]y)\s+(?:[\w-]+\s+){0,2}$")
# a comparison with what someone said: what follows is the writer's
_COMPARED = re.compile(r"\bthan\s+(?:what\s+)?(?:[\w’'.-]+\s+){1,4}$", re.I)
# a gerund that is the object of a preposition or of "start", not a verb of speech
_GERUND_AS_NOUN = re.compile(r"\b(?:before|after|without|by|for|of|start|started|starts|begin|began|keep|kept|stop|"
                             r"stopped)\s+$", re.I)
# after "<verb> <words> that", a verb with no subject before it: "that" opens a relative clause
_RELATIVE_THAT = re.compile(r"(?:has|have|had|is|are|was|were|will|would|could|can|may|might|should|must|"
                            r"does|do|did)\b", re.I)
_ABOUT = {"about", "around", "nearly", "almost", "roughly", "some", "over", "more", "another", "just"}
_WH = {"how", "whether", "if", "why", "when", "what", "where"}  # "asked whether that would …": that is the subject
_COUNTS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens",
           "hundreds", "thousands", "millions", "billions"}
_CLAUSE_SKIP = re.compile(r"^\s*(?:,\s*)?(?:(?:yesterday|today|(?:on\s+)?(?i:mon|tues|wednes|thurs|fri|satur|sun)day"
                          r"(?:\s+(?:night|morning|afternoon|evening))?|last \w+|earlier|later|also|"
                          r"in a statement|in an interview|in an email|for (?:days|weeks|months|years)|"
                          # ("said publicly available records show": the adverb is the content's own)
                          r"(?:repeatedly|publicly|privately|recently|previously|often|again)"
                          r"(?=\s*(?:,|(?:he|she|they|we|I|it|the|a|an|that)\b|[A-Z])))\b\s*,?\s*)*")


# verbs whose clause often drops its "that": "said the plan failed"
_BARE_CLAUSE_LEMMAS = frozenset({"say", "add", "tell", "state", "claim", "argue", "insist", "note", "explain",
                                 "warn", "predict", "suggest", "believe"})
# any verb of saying with a clause that opens on a subject pronoun: "conceded he had fallen short"
# (not "the remarks he made": a relative clause on a noun of speech)
_PRONOUN_SUBJECT = re.compile(r"(?:he|she|they|we|I)\s+(?!,|(?:had\s+|has\s+|have\s+)?(?:made|gave|given|delivered|"
                              r"issued|sent|posted|wrote|written)\b)[a-z’']+")

# where reported content ends before its sentence does: the attribution again, another
# act of saying ("and warned against", "but noted that", ", arguing that"), or another
# clause with its own subject (", and the downgrade is …")
_SAYING = (r"(?:said|says|added|adds|noted|notes|warned|warns|argued|argues|told|tells|acknowledged|insisted|"
           r"claimed|stressed|emphasized|explained|suggested|predicted|conceded|admitted|declared|announced|"
           r"promised|pledged|vowed|refused|declined|denied|accused|called|urged|asked|wrote|reported|"
           r"contended|maintained|cautioned|pointed)")
_CONTENT_ENDS = re.compile(
    r",\s+(?:according to|he said|she said|they said)\b"
    # a subject of its own only after a comma: "revenue and profit declined" is one clause
    r"|,\s+(?:—\s*)?(?:and|but|while|whereas|although|though|yet)\s+(?:[\w’'.-]+\s+){0,4}?" + _SAYING + r"\b"
    r"|\s+(?:—\s*)?(?:and|but)\s+(?:(?:he|she|they|it|we|I|also|then|later)\s+)*" + _SAYING + r"\b"
    r"|,\s+(?:for|to|of|with|by|from|in)\s+(?:whom|which)\b|,\s+(?:whose|where)\b"
    # "74 percent say they have a favorable view of Clinton, compared with 64 percent who …": the writer's
    r"|,\s+compared\s+(?:with|to)\b"
    r"|,\s+(?:arguing|citing|saying|adding|noting|claiming|insisting|calling|warning|explaining|pointing|stressing|"
    r"suggesting|echoing|describing|referring|accusing|urging|asking|predicting|promising|vowing|acknowledging|"
    r"admitting|blaming|touting|dismissing|defending|criticizing|praising|comparing|questioning|telling|writing|"
    r"declaring|announcing|emphasizing|recalling|conceding|complaining|boasting|joking|lamenting|asserting|"
    r"contending|alleging|pledging|signaling|signalling)\b"
    r"|,\s+and\s+(?:the|a|an|he|she|they|it|we|I|his|her|their|its|[A-Z]\w+)\b")
# "the driving, the cars, and the experience": the last item of a list, no new clause
_LIST_ITEM = re.compile(r",\s*(?:[\w’'.-]+\s+){0,3}[\w’'.-]+$")


def _content_end(masked: str, start: int, end: int):
    """The first place in ``masked[start:end]`` where the reported content ends."""
    for m in _CONTENT_ENDS.finditer(masked, start, end):
        if re.match(r",\s+and\b", m.group(0)) and _LIST_ITEM.search(masked, start, m.start()):
            continue
        return m
    return None


# what was promised or urged: "vowed to boycott the product", "urged supporters to monitor the polls"
_TO_DO = r"(to\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|him|them|me|us|it|be\s+sure|" \
         r"be\s+(?:identified|named|quoted))\b)[a-z]+\b)"  # ("asked not to be named": no request reported)
# (who was urged comes between, but no preposition: not "warned against a rush to judgment",
# "asked about plans to expand"; "agreed to pay" is a deal, not words)
_NO_PREPOSITION = r"(?!(?:against|for|about|of|to|on|in|at|with|from|by|into|over|after|before)\b)"
_INFINITIVE_AFTER = {lemma: re.compile(r"\s+" + _TO_DO) for lemma in ("promise", "pledge", "vow")} | {
    lemma: re.compile(r"\s+(?:" + _NO_PREPOSITION + r"[\w’'.-]+\s+){0,5}?" + _TO_DO)
    for lemma in ("urge", "ask", "warn", "advise", "tell", "remind")}
_INFINITIVE_ENDS = re.compile(r",\s|\s[—–-]+\s")

# phrases of saying that report like a verb
_PHRASE_LEMMA = {"pointed out": "point out", "points out": "point out", "pointing out": "point out"}
# a sentence opened by a subordinate clause that holds the verb of saying
_FRONTED = re.compile(r"\s*(?:(?:(?:\w+\s+){0,2}(?:days?|hours?|weeks?|months?|years?|moments?|shortly|soon|just|"
                      r"long)\s+)?(?:after|before)|when|whenever|while|whereas|although|though|since|"
                      r"because|as|if|once|until|unless|having|even\s+as|just\s+as)\b", re.I)

_UNKNOWN = Speaker(None, None)  # type: ignore[arg-type]

# a wire story's dateline: a place in capitals, maybe a date and the agency, and a dash
_DATELINE = re.compile(r"\s*[A-Z][A-Z.’' ]{2,}(?:,\s*[A-Z][a-z]+\.?\s+\d{1,2})?\s*(?:\([A-Za-z .]+\)\s*)?(?:-{1,2}|[—–])\s+")


# "wrote hundreds of songs that summer": "that" before a time is no conjunction
_NOT_A_TIME = (r"(?!(?:summer|spring|fall|autumn|winter|year|week|month|day|night|morning|afternoon|evening|"
               r"weekend|time|season|decade)\b(?!\s+(?:is|was|are|were|has|had|have|will|would|could|can|may|might|"
               r"must|should|runs|ran)\b))")  # (but "said that time is running out")
_TOLD_A_THING = re.compile(r"\s+(?:the\s+truth|(?:a\s+)?lies?)\b(?!\s+[\w-]+\s+that\b)")  # (but "told stories of how …" reports)

# a description set before the speaker's name: "their children's school", "the group's founder"
# (whose it is says so: not "…, the highest in a decade, the agency said")
_DESCRIBES_SPEAKER = re.compile(r"\s*(?:(?:their|his|her|its)\s+|(?:the|a|an)\s+[\w-]+['’]s\s+)(?:[\w’'-]+\s+){0,3}[\w’'-]+\s*")


def indirect_speech(p: Para, verb_speaker: dict) -> list[Quote]:
    """Reported speech without quotation marks: '<speaker> <verb> that …'."""
    out = []
    for v in p.verbs:
        parenthetical = False
        lemma = _PHRASE_LEMMA.get(v.form.lower()) or VERB_LEMMA.get(v.form.lower(), v.form.lower())
        speaker = verb_speaker.get(id(v))
        if (v.passive and v.inverted) or (lemma not in CORE_LEMMAS and lemma not in ("according to", "point out")):
            continue  # passive with its agent: "A photo … was denied by Andrew" reports no words of his
        if v.passive:
            speaker = _UNKNOWN  # "She was told that …", "It was reported that …": words, but nobody's named
        elif speaker is None:
            continue
        a, b = p.sents[v.sentence] if p.sents else (0, len(p.text))
        if _NOT_SAID.search(p.masked[max(a, v.start - 40) : v.start]) \
                or _HYPOTHETICAL.search(p.masked[max(a, v.start - 30) : v.start]):
            continue
        if speaker.kind == "organization" and _WRITERS_OWN.search(p.masked[max(a, v.start - 40) : v.start]):
            continue
        if _COMPARED.search(p.masked[max(a, v.start - 60) : v.start]) \
                and re.match(r"\s*,\s*(?:but|and|yet)\b", p.masked[v.end : b]):
            continue  # "more complicated than McKinley suggests, but …": the writer's words
        sentence = p.masked[a:b]
        if "QQ" in sentence:
            continue
        if lemma == "according to":
            before = p.masked[a : v.start].rstrip(" ,")
            if len(before.split()) >= 4:
                start, end = a, a + len(before)
            else:
                # "According to his aunt, Jane Starner, he was …": after the name, too
                comma = p.masked.find(",", max(v.end, v.subject.end if v.subject else v.end), b)
                if comma < 0:
                    continue
                start, end = comma + 1, b
        elif v.inverted or (v.subject and v.subject.start > v.end):
            before = p.masked[a : v.start].rstrip(" ,")
            start, end = a, a + len(before)
        elif v.subject and v.subject.end <= v.start and re.search(r",\s*$", p.masked[a : v.subject.start]) \
                and v.subject.start - a > 20 and re.fullmatch(
                    r"\s*(?:(?:on|in|at|last|this|late|early)\b[^,]{0,25}|yesterday|today|\w+ly)?\s*[.!?]?",
                    p.masked[v.end : b]):
            # "CLAUSE, he said." – the content comes first
            start, end = a, p.masked.rfind(",", a, v.subject.start)
            while (before := p.masked.rfind(",", a, end)) > a and _DESCRIBES_SPEAKER.fullmatch(p.masked[before + 1 : end]):
                end = before  # "…, their children’s school, Leaders’ College, confirmed": the speaker's apposition
        else:
            rest = p.masked[v.end : b]
            m = re.match(r"(?:\s+[\w’'.-]+){0,7}?\s+that\s+" + _NOT_A_TIME, rest) \
                if lemma in ("tell", "inform", "advise", "warn", "remind") \
                else re.match(r"\s*(?:,[^,]*,\s*)?(?:(?:at|in|on|during|after|before|to|with|via|through)\s+"
                              r"(?:[\w’'-]+\s+){1,5}?|(?:[\w’'-]+\s+){0,3}?)that\s+" + _NOT_A_TIME, rest)  # "said at a press conference that"
            if lemma == "tell" and _TOLD_A_THING.match(rest):
                continue  # "lies as easily as it tells the truth": no one's words
            asked = re.match(r"(?:\s+[\w’'.-]+){0,3}?\s+(?=(?:whether|if|why|how|what|when|where|who)\s)", rest) \
                if lemma == "ask" else None
            if v.form.lower() == "states" and (not m or _NOUN_STATES.search(p.masked[max(0, v.start - 20) : v.start])):
                continue  # "in 20 states (that …)", "swing states": the noun
            recipient = _RECIPIENT.match(rest) if lemma in ("tell", "inform", "assure") and not m else None
            infinitive = _INFINITIVE_AFTER.get(lemma)
            infinitive = infinitive.match(rest) if infinitive and not (m or recipient or asked) else None
            between = m.group(0).split()[:-1] if m else []
            if between and between[-1].lower() not in _WH and _RELATIVE_THAT.match(p.masked, v.end + m.end()):
                # "adding to a series of problems that have turned …": the "that" of a relative clause
                continue
            if v.passive and not m and lemma not in ("tell", "ask"):
                continue  # "often enough to be noted more than once": no words reported
            if m:
                start = v.end + m.end()
            elif recipient:
                start = v.end + recipient.end()  # "told reporters the decision had been taken"
            elif asked:
                start = v.end + asked.end()  # "asked him whether …": the question is what was said
            elif infinitive:
                start = v.end + infinitive.start(1)  # "vowed to boycott …", "urged supporters to stay home"
            else:
                m = _CLAUSE_SKIP.match(rest)
                start = v.end + (m.end() if m else 0)
                nxt = p.masked[start : start + 30].split()
                if _GERUND_AS_NOUN.search(p.masked[max(a, v.start - 12) : v.start]) and v.form.lower().endswith("ing") \
                        and lemma in ("add", "write", "note") and nxt and nxt[0].lower() in DETERMINERS | {"the"}:
                    continue  # "before adding the pectin", "started writing songs"
                if lemma == "add" and nxt and (re.match(r"[\d$€£%]", nxt[0]) or nxt[0].lower() in _COUNTS
                                               or (nxt[0].lower() in _ABOUT and len(nxt) > 1 and re.match(r"[\d$€£]", nxt[1]))):
                    continue  # "added 25 points", "added 0.1%": a count added, nothing said
                if not nxt or nxt[0].lower() in ("to", "in", "on", "by", "at", "for", "with", "of", "as",
                                                 "about", "and", "so", "yes", "nothing") \
                        or (nxt[0].lower() in ("it", "no") and (len(nxt) < 2 or nxt[1].lower().strip(".,;")
                                                              in ("", "to", "again", "before", "once", "twice"))) \
                        or nxt[0].endswith(("ly",)) or (lemma not in _BARE_CLAUSE_LEMMAS and (
                            not _PRONOUN_SUBJECT.match(p.masked, start) or v.form.lower().endswith("s"))):
                    continue  # (an -s form after the pronoun rule: "repeated remarks he offered", a noun)
                opening = p.masked[a : v.subject.start] if v.subject and v.subject.end <= v.start else ""
                if rest.lstrip().startswith(",") and opening.rstrip().endswith(",") \
                        and len(opening.split()) >= 2 and "Q" not in opening:
                    start = a  # "Many of the prisons, she said, are aging": the words on both sides
                    parenthetical = True
            end = b
            cut = None if parenthetical else _content_end(p.masked, start, end)
            if infinitive:
                # what was promised or urged is short: it ends at the first comma or dash
                cut = _INFINITIVE_ENDS.search(p.masked, start, cut.start() if cut else end) or cut
            if cut:
                end = cut.start()
            if start >= v.end and _FRONTED.match(p.masked[a : v.start]) and "," not in p.masked[a : v.start]:
                # "While Ramos said that journalists cannot …, he appears uneasy": the sentence's own
                # clause starts after the first comma
                # (the first comma after four words: not "Mexico, not taxpayers, would pay", an aside)
                comma = next((c.start() for c in re.finditer(r", ", p.masked[start:end])
                              if len(p.masked[start : start + c.start()].split()) >= 4), None)
                end = start + comma if comma is not None else end
        if start == 0 and (dateline := _DATELINE.match(p.masked)):
            start = dateline.end()  # "NEW YORK, March 4 (Reuters) - Halvard Energy is exploring …" (not "said NATO -- not …")
        text = p.text[start:end].strip(" ,.")
        if text.endswith(")") and text.count(")") > text.count("("):
            text = text[:-1].rstrip(" ,.")  # the sentence was in brackets: "(Politico said that ….)"
        if len(text.split()) < 4:
            continue
        s = p.text.index(text, start) if text else start
        q = Quote(text=text, kind="indirect", start_char=p.offset + s, end_char=p.offset + s + len(text),
                  paragraph_index=p.index, speaker=speaker.name, speaker_kind=speaker.kind, verb=v.form,
                  co_speakers=list(speaker.others))
        out.append(q)
    return out
