"""parse_html: body paragraphs, captions kept apart with credits, metadata."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from pressroom.evaluate.aeb import score_pages
from pressroom.html import parse_html
from pressroom.html.captions import split_trailing_credit
from pressroom.model import CleanPage

DATA = Path(__file__).parent / "data"


def load(name: str) -> CleanPage:
    return parse_html((DATA / "html" / name).read_bytes())


@pytest.fixture(scope="module")
def news() -> CleanPage:
    return load("news_figure.html")


@pytest.fixture(scope="module")
def wordpress() -> CleanPage:
    return load("wordpress_caption.html")


def caption_with(page: CleanPage, words: str):
    matches = [c for c in page.captions if words in c.text]
    assert len(matches) == 1, page.captions
    return matches[0]


def test_news_body_paragraphs(news):
    assert len(news.paragraphs) == 6
    assert news.paragraphs[0].startswith("The harbour council voted on Wednesday night")
    assert news.paragraphs[-1].startswith("Construction is expected to begin next spring")
    assert "“This is the day we stop bailing out our kitchens every winter,” said Mayor Helen Brandt" in news.body


def test_news_captions_with_credits(news):
    lead = caption_with(news, "Mayor Helen Brandt speaks to residents")
    assert lead.credit == "Tom Reyes/Coastal Ledger"
    assert lead.position == 0
    inline = caption_with(news, "Floodwater covers the quay")
    assert inline.text == "Floodwater covers the quay during the storm of January 2023."
    assert inline.credit == "Priya Nair/Reuters"  # "Photo: …" split off the caption text
    assert inline.position == 3
    aerial = caption_with(news, "aerial view of the harbour mouth")  # only in JSON-LD
    assert aerial.credit == "Coastal Ledger drone team"


def test_news_captions_and_furniture_not_in_body(news):
    body = news.body
    for text in ("speaks to residents", "Floodwater covers", "Priya Nair", "Tom Reyes", "aerial view"):
        assert text not in body
    for text in ("Share on Facebook", "Tweet", "Share this article", "Related stories", "Storm floods quay",
                 "School roof repairs", "All rights reserved", "Home"):
        assert text not in body


def test_news_metadata(news):
    assert news.title == "Harbour council approves flood barrier after decade of delay"
    assert news.byline == "Maria Okafor"
    assert news.meta["author"] == "Maria Okafor"
    assert news.published_at == "2024-03-14T09:30:00+00:00"
    assert news.site == "The Coastal Ledger"
    assert news.meta["canonical_url"] == "https://ledger.example.com/news/2024/03/harbour-flood-barrier"
    assert news.meta["language"] == "en-GB"


def test_wordpress_caption_with_agency_credit(wordpress):
    pickers = caption_with(wordpress, "Pickers rest in the shade")
    assert pickers.text == "Pickers rest in the shade of a cooperative cellar near Saint-Amour on Monday."
    assert pickers.credit == "AFP"
    assert pickers.position == 1


def test_itemprop_caption_with_copyright_holder(wordpress):
    roux = caption_with(wordpress, "addresses workers outside the cellar")
    assert roux.credit == "Valley Courier/Jean Petit"
    assert roux.position == 3
    assert all(c.text for c in wordpress.captions)  # the credit joined its caption


def test_wordpress_body_and_metadata(wordpress):
    assert len(wordpress.paragraphs) == 6
    assert wordpress.paragraphs[1].startswith("The strike was called by the regional farm workers' union")
    for text in ("Pickers rest", "AFP", "addresses workers outside", "Jean Petit", "Share this", "Facebook",
                 "Heat alert raised to red", "Related", "powered by WordPress"):
        assert text not in wordpress.body
    assert wordpress.title == "Vineyard workers strike over heat rules"
    assert wordpress.byline == "Luc Martin"
    assert wordpress.published_at == "2023-08-21T16:05:00+02:00"
    assert wordpress.site == "Valley Courier"
    assert wordpress.meta["language"] == "fr-FR"
    assert wordpress.meta["canonical_url"] == "https://valleycourier.example.org/2023/08/vineyard-workers-strike/"


def test_str_input_and_url():
    html = (DATA / "html" / "news_figure.html").read_text(encoding="utf-8")
    page = parse_html(html, url="https://ledger.example.com/x")
    assert len(page.paragraphs) == 6
    assert page.meta["url"] == "https://ledger.example.com/x"


@pytest.mark.parametrize("data", [b"", "", b"\x00\x01garbage", "<html><body></body></html>"])
def test_empty_or_broken_input_gives_empty_page(data):
    page = parse_html(data)
    assert page.paragraphs == [] and page.body == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor at the quay. Photo: Jane Doe/Reuters", ("The mayor at the quay.", "Photo: Jane Doe/Reuters")),
        ("Pickers rest in the shade. (AFP)", ("Pickers rest in the shade.", "AFP")),
        ("The winning team, pictured (left)", ("The winning team, pictured (left)", None)),
        ("A quiet street at dawn © Ana Silva 2021", ("A quiet street at dawn", "© Ana Silva 2021")),
        ("A quiet street at dawn", ("A quiet street at dawn", None)),
    ],
)
def test_split_trailing_credit(text, expected):
    assert split_trailing_credit(text) == expected


# F1 measured on these pages: 0.968 (P 0.946, R 0.991); the full 92-page half gives 0.973.
AEB_MIN_F1 = 0.955


def test_aeb_sample_main_text_f1():
    root = DATA / "aeb"
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    gold = {key: value["articleBody"] for key, value in truth.items()}
    predictions = {
        key: parse_html(gzip.decompress((root / "html" / f"{key}.html.gz").read_bytes()), url=value["url"]).body
        for key, value in truth.items()
    }
    score = score_pages(predictions, gold)
    assert score.pages == len(gold) >= 10
    assert score.f1 >= AEB_MIN_F1, (score.precision, score.recall, score.f1)


def test_caption_left_in_body_moves_to_captions():
    from pressroom.html.parse import split_body_captions

    paragraphs, captions = split_body_captions(
        [
            "The agency rolled out the core stage on Monday.",
            "| The core stage after the installation of its four engines. (credit: NASA/Jane Doe) |",
            "Testing continues next year.",
        ]
    )
    assert paragraphs == ["The agency rolled out the core stage on Monday.", "Testing continues next year."]
    [caption] = captions
    assert caption.text == "The core stage after the installation of its four engines."
    assert caption.credit == "NASA/Jane Doe" and caption.position == 1


def test_lone_image_credit_out_of_body_footer_copyright_ignored():
    page = load("lone_credit.html")
    # a credit with no caption text is neither body nor a caption (captions need text)
    assert page.captions == []
    assert len(page.paragraphs) == 3
    assert "Jane Roe" not in page.body and "All rights reserved" not in page.body


@pytest.mark.parametrize("key, labels", [
    ("3c5bf8db4272", {"Live Science logo"}),
    ("612cd2982662", {"Tony Carter", "Always Enabled"}),
    ("94fbcc267720", {"Inexhibit"}),
])
def test_caption_markup_around_a_logo_or_an_author_is_not_a_caption(key, labels):
    (path,) = (DATA / "aeb" / "html").glob(f"{key}*.html.gz")
    captions = parse_html(gzip.decompress(path.read_bytes())).captions
    assert not labels & {c.text for c in captions}
    assert all(c.credit or len(c.text.split()) > 3 for c in captions)


def test_a_credited_or_sentence_caption_stays_however_short():
    from pressroom.html.captions import is_label

    assert is_label("Space logo") and is_label("604 COMMENTS") and is_label("kei_eno")
    assert not is_label("Crowds gathered at noon.") and not is_label("Soccer ball on grass")


def test_a_card_of_headlines_that_pops_up_over_a_name_is_not_body_text():
    # the structure of two AEB pages: the card sits inside the paragraph, right after the name's link
    card = ('<span class="rollover-people-block"><span class="rollover-block"><a class="name" href="/people/ao">'
            'Alexandria Ocasio-Cortez</a><a href="/1">Sanders doubles down on Bolivia coup</a> '
            '<a href="/2">Progressives oppose funding bill over surveillance authority</a> '
            '<a href="/3">Lawmakers spar over actor testimony</a> <a href="/people/ao">MORE</a></span></span>')
    html = ("<html><head><title>Man pleads guilty to threatening lawmakers</title></head><body><article>"
            "<h1>Man pleads guilty to threatening lawmakers</h1>"
            "<p>A New York man pleaded guilty on Monday to charges that he threatened to kill a member of "
            "Congress in a phone call to her office, prosecutors said in a statement.</p>"
            '<p><span>Rep. <span class="rollover-people"><a href="/people/ao">Alexandria Ocasio-Cortez</a>'
            + card + "</span> (D-N.Y.) shortly after the arrest linked the incident to a television host’s "
            "comments about her colleague.</span></p>"
            "<p>His sentencing is scheduled for February, and he faces up to ten years in prison for the "
            "threat, the office said.</p></article></body></html>")
    body = parse_html(html.encode()).body
    assert "Rep. Alexandria Ocasio-Cortez (D-N.Y.) shortly after the arrest" in body
    assert "Bolivia" not in body and "MORE" not in body


def test_a_credit_marked_as_attribution_inside_a_caption_is_its_credit():
    # the structure of an AEB page (msn.com): the credit is the first child of the caption
    html = ("<html><body><article><h1>Doctors offer free flu shots to detainees</h1>"
            "<p>A group of physicians is urging the department to accept its offer to provide free flu shots "
            "to detainees in California, saying the vaccine would save lives this winter.</p>"
            '<span class="image"><img src="a.jpg"></span><span class="caption truncate">'
            '<span class="attribution">© John Brecher</span>\n Needle poking skin during administration of '
            "a flu shot at a community health center in Washington.</span>"
            "<p>In a letter, the doctors pleaded with the administration to reconsider its decision not to "
            "vaccinate detained migrants.</p></article></body></html>")
    page = parse_html(html.encode())
    assert [(c.text, c.credit) for c in page.captions] == [
        ("Needle poking skin during administration of a flu shot at a community health center in Washington.",
         "© John Brecher")]


def test_a_list_of_linked_names_inside_a_paragraph_stays():
    html = ("<html><body><article><h1>Council passes the budget</h1>"
            "<p>The plan, backed by <span><a href='/a'>Mayor Bill Jones</a>, <a href='/b'>Jane Smith</a> and "
            "<a href='/c'>Tom Brown</a></span>, passed on a vote of seven to two after a long debate in the "
            "council chamber on Tuesday night.</p></article></body></html>")
    assert "backed by Mayor Bill Jones, Jane Smith and Tom Brown, passed" in parse_html(html.encode()).body


def _page_with_figures(figures: str) -> CleanPage:
    return parse_html((
        "<html><body><article><h1>Austria to turn house into a police station</h1>"
        "<p>The government said on Tuesday that the building would become a police station, to keep it from "
        "becoming a place of pilgrimage for neo-Nazis, officials in Vienna said.</p>" + figures +
        "<p>The interior minister said the decision had been taken after years of legal disputes with the "
        "former owner of the house.</p></article></body></html>").encode())


def test_a_credit_written_at_the_end_of_a_figcaption_is_split_off():
    # the shapes of three AEB pages (nbcnews.com, forbes.com, bbc.com)
    page = _page_with_figures(
        "<figure><img src='a.jpg'><figcaption>The house where Adolf Hitler was born in Braunau am Inn, Austria. "
        "Leonhard Foeger / Reuters file</figcaption></figure>"
        "<figure><img src='b.jpg'><figcaption>How can a duvet affect your lungs? (Photo: Getty Images) Getty"
        "</figcaption></figure>"
        "<figure><img src='c.jpg'><figcaption>Media playback is unsupported on your device Media caption "
        "Who is the minister?</figcaption></figure>")
    assert [(c.text, c.credit) for c in page.captions] == [
        ("The house where Adolf Hitler was born in Braunau am Inn, Austria.", "Leonhard Foeger / Reuters file"),
        ("How can a duvet affect your lungs?", "Getty Images"),
        ("Who is the minister?", None),
    ]


def test_other_stories_cards_in_figure_markup_are_no_captions():
    # phys.org lists related stories as figures whose captions end with their age or date
    page = _page_with_figures(
        "<figure><img src='a.jpg'><figcaption>Caught in the act: MeerKAT telescope spies stellar flare "
        "1 hour ago</figcaption></figure>"
        "<figure><img src='b.jpg'><figcaption>Hibernating bears protect bones by reducing resorption "
        "Jul 08, 2015</figcaption></figure>"
        "<figure><img src='c.jpg'><figcaption>The house, seen from the street.</figcaption></figure>"
        # a wire caption ends with its own date, after a comma
        "<figure><img src='d.jpg'><figcaption>Cars piled up after flash floods in Paiporta, near Valencia, "
        "Spain, Oct 30, 2024</figcaption></figure>")
    assert [c.text for c in page.captions] == [
        "The house, seen from the street.",
        "Cars piled up after flash floods in Paiporta, near Valencia, Spain, Oct 30, 2024"]


def test_a_caption_printed_twice_on_a_page_is_one_caption_with_its_credit():
    # a gallery's first slide repeats the lead photo's caption (two AEB pages, sfgate.com)
    caption = "The mayor speaks with a business owner during a campaign stop in Columbia."
    page = _page_with_figures(
        f"<figure><img src='a.jpg'><figcaption>{caption}</figcaption></figure>"
        f"<figure><img src='a.jpg'><figcaption>{caption} <span class='credit'>Photo: Meg Kinnard, AP</span>"
        "</figcaption></figure>")
    assert [(c.text, c.credit) for c in page.captions] == [(caption, "Meg Kinnard, AP")]


def test_a_broadcasters_copyright_label_is_not_part_of_the_credit():
    # the shape of an AEB page (bbc.com): the credit span reads "Image copyright EPA"
    page = _page_with_figures(
        "<figure><img src='a.jpg'><span class='credit'>Image copyright EPA</span><figcaption>Image caption "
        "The house in Braunau am Inn, seen from the street</figcaption></figure>")
    assert [(c.text, c.credit) for c in page.captions] == [("The house in Braunau am Inn, seen from the street", "EPA")]
