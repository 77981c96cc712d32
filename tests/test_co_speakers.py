"""Several people who say the same words: a quote is credited to each of them."""

import pytest

from pressroom.extract import extract_pages
from pressroom.model import CleanPage


def speakers(nlp, paragraph):
    """(speaker, co-speakers) of every quote of one paragraph."""
    found = extract_pages([CleanPage(title="t", paragraphs=[paragraph])], nlp)[0]
    return [(q.speaker, q.co_speakers) for q in found.quotes]


@pytest.mark.parametrize("paragraph, everyone", [
    ("“We will not back down,” said Senators Ann Ruiz and Tom Hale in a joint statement.",
     {"Ann Ruiz", "Tom Hale"}),
    ("Ann Ruiz and Tom Hale said the bill was “a disgrace to the chamber.”", {"Ann Ruiz", "Tom Hale"}),
    ("“It is over,” Mary Smith and her husband, John Smith, told reporters.", {"Mary Smith", "John Smith"}),
    ("The mayor, Lisa Park, and police chief Dan Ortiz said in a statement: “We are grieving.”",
     {"Lisa Park", "Dan Ortiz"}),
    ("Ann Ruiz, Tom Hale and Bob Kent said in a letter that the vote was “rigged.”",
     {"Ann Ruiz", "Tom Hale", "Bob Kent"}),
    ("“It is a shame,” Sen. Mark Warner and Sen. Tim Kaine, both Virginia Democrats, wrote.",
     {"Mark Warner", "Tim Kaine"}),
])
def test_people_joined_by_and_in_the_subject_all_speak(nlp, paragraph, everyone):
    [(speaker, others)] = speakers(nlp, paragraph)
    assert {speaker, *others} == everyone and speaker not in others


@pytest.mark.parametrize("paragraph, speaker", [
    # a name after the attribution opens a clause of its own
    ("“It is fine,” said Ann Ruiz, and Tom Hale nodded.", "Ann Ruiz"),
    ("“It is fine,” said Ann Ruiz, Tom Hale agreed.", "Ann Ruiz"),
    # the earlier name is the object of another verb
    ("After meeting Ann Ruiz and her aide, Tom Hale said the bill was “dead.”", "Tom Hale"),
    # the people spoken to
    ("“No,” Bob Kent told Ann Ruiz and Tom Hale.", "Bob Kent"),
    # people inside an apposition or a comparison
    ("“We will never forget him,” said Ann Ruiz, sister of Tom Hale and Bob Kent.", "Ann Ruiz"),
    ("Sen. Ann Ruiz, unlike Sen. Tom Hale and Sen. Bob Kent, said the bill was “a disgrace.”", "Ann Ruiz"),
    # a verb of his own after an apposition
    ("“That is the plan,” said Ann Ruiz, and Tom Hale, her deputy, nodded.", "Ann Ruiz"),
])
def test_names_outside_the_subject_do_not_speak(nlp, paragraph, speaker):
    [(found, others)] = speakers(nlp, paragraph)
    assert (found, others) == (speaker, [])


def test_everyone_who_speaks_is_quoted(nlp):
    found = extract_pages([CleanPage(title="t", paragraphs=[
        "Ann Ruiz and Tom Hale said the bill was “a disgrace to the chamber.”"])], nlp)[0]
    assert {p.name for p in found.people if p.quoted} == {"Ann Ruiz", "Tom Hale"}
