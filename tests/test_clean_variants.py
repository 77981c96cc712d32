"""Shapes of scraped pages the cleaner must survive, built from realistic examples.

The pages in tests/data/scrapes are written for these tests (invented papers
and people); none of them is one of the seeds.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pressroom.clean import chrome_lines, clean_text
from pressroom.clean.captions import credit_only, split_credit
from pressroom.clean.meta import parse_byline, parse_date, split_title_site
from pressroom.clean.text import is_hard_wrapped

SCRAPES = Path(__file__).parent / "data" / "scrapes"


def _page(name: str):
    return clean_text((SCRAPES / name).read_text(encoding="utf-8"))


# --- hard wraps -----------------------------------------------------------------


def test_hard_wrapped_paragraphs_are_rejoined():
    page = _page("hard_wrapped.txt")
    assert page.title == "Harbour dredging contract goes to unknown bidder"
    assert len(page.paragraphs) == 4
    assert page.paragraphs[0] == (
        "Port authorities in the coastal province awarded a $40 million dredging "
        "contract on Tuesday to a company registered only three weeks before the "
        "tender closed, according to documents seen by reporters."
    )
    assert all("\n" not in p for p in page.paragraphs)


def test_hard_wrapped_paragraph_split_by_a_blank_line_is_one_paragraph():
    page = _page("hard_wrapped.txt")
    second = page.paragraphs[1]
    assert second.startswith("The company, which lists a residential address")
    assert 'the winning bid had been judged on "technical merit" rather than price alone' in second
    assert second.endswith("had followed the procurement law to the letter.")


def test_hard_wrap_keeps_hyphenated_words_whole():
    text = (
        "Title of the story\n\n"
        "The coalition said on Sunday that the armed group backing the pro-\n"
        "government militia had taken control of the northern checkpoint early\n"
        "in the morning, residents said, after a night of fighting in the hills."
    )
    page = clean_text(text)
    assert page.paragraphs == [
        "The coalition said on Sunday that the armed group backing the pro-government militia had "
        "taken control of the northern checkpoint early in the morning, residents said, after a "
        "night of fighting in the hills."
    ]


def test_short_lines_are_not_mistaken_for_wrapping():
    assert not is_hard_wrapped(["Stop lying", "Show humility", "Fill in the gaps."])
    assert not is_hard_wrapped(
        ["Sen. Jane Roe (D-Ore.) — Announced March 23, 2015", "Roe dropped out of the race May 3, 2016."]
    )


# --- headers ------------------------------------------------------------------------


def test_header_chrome_is_removed_and_facts_are_kept():
    page = _page("headers.txt")
    assert page.title == "Farmers block highway over water quotas"
    assert page.site == "The Valley Gazette"
    assert page.byline == "Sofia Brandt"
    assert page.published_at == "2019-03-12"
    assert len(page.paragraphs) == 4
    assert page.paragraphs[0].startswith("Hundreds of farmers blocked the main northern highway")
    assert page.paragraphs[-1].startswith("The water authority said the quotas")
    for chrome in ("Search form", "Login", "Content image", "Publication date", "Reporter", "Tags:", "Share",
                   "WhatsApp", "| The Valley Gazette", "Politics\n"):
        assert chrome not in page.body


def test_byline_and_date_lines_are_read_and_dropped():
    page = _page("byline_date.txt")
    assert page.title == "City council approves night bus pilot"
    assert page.byline == "Jane Okafor"
    assert page.published_at == "2019-03-12"
    assert page.paragraphs[0].startswith("The city council voted 9-2 on Tuesday")
    assert len(page.paragraphs) == 3
    assert "Subscribe" not in page.body and "By Jane" not in page.body


@pytest.mark.parametrize(
    ("byline_lines", "author"),
    [
        (["By", "Umair Irfan", "Updated Nov 20, 2019, 10:30am EST"], "Umair Irfan"),  # the author's link on its own line
        (["• Debbie White", "• 18 Nov 2019, 19:09"], "Debbie White"),  # a name over a date, as a list
        (["Tom Davies", "Associated Press", "Published 11:34 PM EST Nov 19, 2019"], "Tom Davies"),
    ],
)
def test_an_authors_name_printed_apart_from_by_or_over_the_date_is_the_byline(byline_lines: list[str], author: str):
    para = "The {} paragraph of the article is long enough to count as prose, and it ends with a stop."
    text = "\n\n".join(["• Home", "• World", "• Science", "Delhi's air pollution is getting worse again",
                         *byline_lines, para.format("first"), para.format("second")])
    page = clean_text(text)
    assert page.title == "Delhi's air pollution is getting worse again"
    assert page.byline == author
    assert [p.split()[1] for p in page.paragraphs] == ["first", "second"]


def test_mixed_quotation_marks_are_kept_as_written():
    page = _page("byline_date.txt")
    assert (
        "'Nurses, cleaners and bakers keep this city running at night,' she said. "
        "\"They deserve a way home that doesn't cost half a day's wages.\""
    ) in page.paragraphs[1]


@pytest.mark.parametrize(
    "line, iso",
    [
        ("Publication date 12 March 2019", "2019-03-12"),
        ("March 12, 2019 10:32 AM", "2019-03-12"),
        ("Published: Tue, 5 Nov 2019 | 07:15 GMT", "2019-11-05"),
        ("2021-07-30T09:00:00+07:00", "2021-07-30"),
        ("Updated 25/12/2018", "2018-12-25"),
        ("03/04/2019", None),  # day and month could be either way round
        ("31 February 2019", None),
        ("no date here", None),
    ],
)
def test_dates_are_parsed_to_iso(line: str, iso: str | None):
    assert parse_date(line) == iso


@pytest.mark.parametrize(
    "line, name",
    [
        ("By Jane Doe", "Jane Doe"),
        ("BY JANE DOE", "JANE DOE"),
        ("By Jane Doe and Omar Haddad | 12 March 2019", "Jane Doe and Omar Haddad"),
        ("Reporter : Sofia Brandt", "Sofia Brandt"),
        ("Written by Li Wei, Reuters", "Li Wei"),
        ("By the time the police arrived, the crowd had gone.", None),
        ("by road and by rail", None),
    ],
)
def test_bylines(line: str, name: str | None):
    assert parse_byline(line) == name


# --- captions and credits -------------------------------------------------------------


def test_captions_with_every_kind_of_credit():
    page = _page("captions.txt")
    assert page.title == "Flood waters recede in northern districts"
    assert [(c.text, c.credit) for c in page.captions] == [
        ("Residents wade through a flooded street in the northern district on Sunday.", "Photo supplied"),
        ("Volunteers carry sacks of rice to an evacuation centre in a school on July 11.", "AFP"),
        ("A woman cooks outside a temporary shelter near the river bank.", "Supplied"),
        ("Soldiers reinforce a dike with sandbags on Saturday.", "AFP"),
        ("A boy rests on a wooden boat moored at a flooded market.", "Ana Kowalczyk"),
    ]
    assert [c.position for c in page.captions] == [0, 1, 2, 3, 4]
    assert len(page.paragraphs) == 5
    for leftover in ("IMG_4471", "PHOTO", "Supplied", "Volunteers carry", "Ana Kowalczyk", "A boy rests"):
        assert leftover not in page.body


@pytest.mark.parametrize(
    "line, text, credit",
    [
        ("Police guard the gate on July 11.PHOTO: AFP", "Police guard the gate on July 11.", "AFP"),
        ("Police guard the gate. Photo: Jane Doe/Reuters", "Police guard the gate.", "Jane Doe/Reuters"),
        ("Police guard the gate. (AFP)", "Police guard the gate.", "AFP"),
        ("Police guard the gate. Photo supplied", "Police guard the gate.", "Photo supplied"),
        ("Police guard the gate. Getty Images", "Police guard the gate.", "Getty Images"),
        ("Police guard the gate on Monday.", "Police guard the gate on Monday.", None),
    ],
)
def test_split_credit(line: str, text: str, credit: str | None):
    assert split_credit(line) == (text, credit)


@pytest.mark.parametrize(
    "line, text, credit",
    [
        # shapes from the article-extraction benchmark's pages
        (
            "Rep. Ilhan Omar, D-Minn., speaks at the Capitol on July 25, 2019.J. Scott Applewhite / AP file",
            "Rep. Ilhan Omar, D-Minn., speaks at the Capitol on July 25, 2019.",
            "J. Scott Applewhite / AP file",
        ),
        (
            "A hospital where plague-infected people sought treatmentCredit: EPA",
            "A hospital where plague-infected people sought treatment",
            "EPA",
        ),
        (
            "Boris Johnson reacts during the debate in Salford. (ITV via AP)",
            "Boris Johnson reacts during the debate in Salford.",
            "ITV via AP",
        ),
        (
            "Astronauts take a space walk. (NASA via AP, File)",
            "Astronauts take a space walk.",
            "NASA via AP, File",
        ),
        (
            "LeBron James dunks during the first half in Los Angeles. Photo: Ringo H.W. Chiu, AP",
            "LeBron James dunks during the first half in Los Angeles.",
            "Ringo H.W. Chiu, AP",
        ),
    ],
)
def test_split_credit_agency_shapes(line: str, text: str, credit: str):
    assert split_credit(line) == (text, credit)


@pytest.mark.parametrize(
    "line, credit",
    [
        ("(Image credit: Sierra Nevada Corp.)", "Sierra Nevada Corp."),
        ("(Image: © NASA/ESA/K. Retherford/SWRI)", "© NASA/ESA/K. Retherford/SWRI"),
        ("Sanjeev Verma/Hindustan Times/Getty Images", "Sanjeev Verma/Hindustan Times/Getty Images"),
        ("New York State Sex Offender Registry via AP", "New York State Sex Offender Registry via AP"),
        ("Natalie Naccache | Bloomberg | Getty Images", "Natalie Naccache | Bloomberg | Getty Images"),
        ("Photo: Ringo H.W. Chiu, AP", "Ringo H.W. Chiu, AP"),
    ],
)
def test_credit_lines_with_initials_and_agency_chains(line: str, credit: str):
    assert credit_only(line) == credit


@pytest.mark.parametrize("line", ["He said, AP", "In the end, Reuters", "Reporting by Jane Doe/Editing by John Roe"])
def test_words_before_an_agency_are_no_credit_unless_a_name(line: str):
    assert credit_only(line) is None


def test_a_wire_caption_of_two_sentences_takes_the_credit_line_under_it():
    caption = (
        "Sheikh Mohammed bin Rashid Al Maktoum, United Arab Emirates vice president and prime minister, "
        "passes a Boeing Co. 787-10 passenger aircraft during the 15th Dubai Air Show in Dubai, United Arab "
        "Emirates, on Monday, Nov. 18, 2019. The air show runs until Nov. 22."
    )
    prose = "The {} paragraph of the story is long enough to count as prose and ends properly."
    page = clean_text("\n\n".join([
        "Title of the story here", prose.format("first"), caption, "Natalie Naccache | Bloomberg | Getty Images",
        prose.format("second"),
    ]))
    assert [(c.text, c.credit) for c in page.captions] == [(caption, "Natalie Naccache | Bloomberg | Getty Images")]
    assert [p.split()[1] for p in page.paragraphs] == ["first", "second"]


def test_wire_captions_long_or_credited_on_a_later_line_leave_the_body():
    prose = "The {} paragraph of the story is long enough to count as prose and ends properly."
    getty = (
        "WASHINGTON, DC - NOVEMBER 19: " + "Officials arrive to testify before the committee on Capitol Hill. " * 12
        + "(Photo by Chip Somodevilla/Getty Images)"
    )
    text = "\n\n".join([
        "Title of the story here",
        prose.format("first"),
        getty,
        prose.format("second"),
        "In this Dec. 12, 2006, file photo, made available by NASA, two astronauts work outside the station.",
        prose.format("third"),
        "Image 2 of 5",
        "An artist's concept of a moon lander on the lunar surface.",
        "An artist's concept of a moon lander on the lunar surface.",
        "(Image credit: Ceres Robotics)",
        prose.format("fourth"),
        "Air pollution is once again surging in the capital this winter.",
        "Sanjeev Verma/Hindustan Times/Getty Images",
        prose.format("fifth"),
    ])
    page = clean_text(text)
    assert [p.split()[1] for p in page.paragraphs] == ["first", "second", "third", "fourth", "fifth"]
    assert [(c.text[:20], c.credit) for c in page.captions] == [
        ("WASHINGTON, DC - NOV", "Chip Somodevilla/Getty Images"),
        ("In this Dec. 12, 200", None),
        ("An artist's concept ", "Ceres Robotics"),
        ("Air pollution is onc", "Sanjeev Verma/Hindustan Times/Getty Images"),
    ]


def test_a_photos_alt_text_and_caption_with_an_agency_credit_is_no_title():
    story = "WikiLeaks founder Julian Assange will not face charges in Sweden, prosecutors said on Tuesday."
    text = "\n\n".join([
        "Home | World | Business | Sport",
        "Sweden Drops Its Investigation Into Rape Allegation Against Julian Assange",
        "Published November 20th, 2019 - 07:50 GMT",
        "WikiLeaks founder Julian Assange (AFP)",
        "WikiLeaks founder Julian Assange (AFP)",
        story,
        story.replace("Tuesday", "Wednesday"),
    ])
    assert clean_text(text).title == "Sweden Drops Its Investigation Into Rape Allegation Against Julian Assange"


def test_a_photo_over_its_credit_line_above_the_story_is_a_caption_not_the_title():
    story = "The latest wave of financial startups assume that everyone is out of money, and try to profit from it."
    text = "\n\n".join([
        "WIRED", "The Future of Banking Is … You're Broke", "• Business", "• Culture", "• Gear", "Sign In",
        "Molly Wood", "Ideas", "11.14.2019 09:00 AM",
        "The Future of Banking Is … You're Broke",
        "•", "•",
        "A crumpled dollar bill",
        "Photograph: Tim Robberts/Getty Images",
        "•", "•",
        story,
        story.replace("everyone", "nobody"),
    ])
    page = clean_text(text)
    # an ellipsis is no full stop: "You're Broke" is no photographer's name
    assert page.title == "The Future of Banking Is … You're Broke"
    assert [(c.text, c.credit) for c in page.captions] == [("A crumpled dollar bill", "Tim Robberts/Getty Images")]
    assert split_credit("The Future of Banking Is … You're Broke", names=True)[1] is None


@pytest.mark.parametrize("credit", ["Photo: J. Scott Applewhite/AP", "J. Scott Applewhite / AP", "Image: Getty Images"])
def test_a_lead_photo_with_only_a_credit_under_the_headline_leaves_the_headline(credit: str):
    story = "WASHINGTON - Senate Democrats passed their sweeping climate bill on Sunday after an overnight session."
    text = "\n\n".join([
        "Home | News | Politics | Opinion | Sport",
        "Senate passes sweeping climate and tax bill after marathon session",
        credit, "By Jane Smith", "Aug. 7, 2022",
        story, story.replace("Sunday", "Monday"),
    ])
    page = clean_text(text)
    assert page.title == "Senate passes sweeping climate and tax bill after marathon session"
    assert page.captions == []


def test_an_agency_under_the_headline_is_its_byline_not_a_photo_credit():
    story = "WASHINGTON (Reuters) - Scientists on Monday unveiled the first global geological map of Saturn's moon Titan."
    text = "\n\n".join([
        "• Contact Us", "• Privacy Policy", "main article image", "SPACE",
        "The First Map of Saturn's Moon Titan Just Revealed Some Tantalising Features",
        "REUTERS", "19 NOV 2019",
        story, story.replace("Monday", "Tuesday"),
    ])
    page = clean_text(text)
    assert page.title == "The First Map of Saturn's Moon Titan Just Revealed Some Tantalising Features"
    assert page.captions == []


def test_a_kicker_over_a_long_headline_is_not_the_title():
    story = ("A hunter has been diagnosed with bubonic plague after eating a wild rabbit, making him the third "
             "person from the Beijing area to contract the disease this month, health officials said.")
    headline = ("Hunter diagnosed with bubonic plague after eating a rabbit making him third Beijing local "
                "to contract medieval disease")
    text = "\n\n".join([
        "• All News", "• UK News", "• World News", "• Health News",
        "BLACK DEATH FEARS", headline,
        "• Debbie White", "• 18 Nov 2019, 19:09",
        story, "The plague, once known as the Black Death, killed millions in medieval Europe, officials said.",
    ])
    assert clean_text(text).title == headline


def test_a_page_in_a_language_written_without_spaces_keeps_its_title_and_story():
    paragraphs = [
        "先日、不正に改造した携帯電話を販売したとして、商標法違反の疑いで二十代の男性が逮捕されたというニュースを耳にしました。",
        "報道によると、今回販売されたのは、機能制限を解除するように改造した携帯電話だったとのことです。",
        "では、なぜ不正に改造した商品を販売すると、商標権の侵害になるのでしょうか。",
    ]
    text = "\n\n".join([
        "MENU", "国際特許事務所", "受付時間：平日9:00〜18:00", "• HOME", "• 商標登録の基礎知識", "• サービスのご案内",
        "ブログ", "• HOME >", "• ブログ >", "• 商品の改造が商標法違反に！？",
        "商品の改造が商標法違反に！？",
        "• by 国際特許事務所 ／ 2016.12.01",
        *paragraphs,
    ])
    page = clean_text(text)
    assert page.title == "商品の改造が商標法違反に！？"
    assert page.paragraphs == paragraphs


def test_a_tickers_bulleted_headline_and_a_metadata_line_are_no_title():
    story = "Officials in the state said on Tuesday that the new oxygen bars would be inspected next month."
    text = "\n\n".join([
        "site: media | arena: nfl | pageType: stories | section: news",
        "• Business", "• Offbeat", "• Results",
        "BREAKING",
        "• Maharashtra | Sonia Gandhi gives nod to Congress alliance with Shiv Sena: Reports",
        "You are at:", "• Home", "• Fact Check",
        "Fact Check: Is An 'Oxygen Bar' In Delhi Offering Fresh Air For Rs 300?",
        story,
        story.replace("Tuesday", "Wednesday"),
    ])
    assert clean_text(text).title == "Fact Check: Is An 'Oxygen Bar' In Delhi Offering Fresh Air For Rs 300?"
    assert split_title_site("site: media | arena: nfl | pageType: stories") is None


def test_a_credit_under_the_second_copy_of_a_caption_is_the_captions():
    # a gallery slide: the photo's alt text, the caption repeating it, then the credit
    prose = "The {} paragraph of the story is long enough to count as prose and ends properly."
    caption = "This Sierra Nevada Corp. illustration shows a concept of the company's commercial lunar lander."
    page = clean_text("\n\n".join([
        "Title of the story here", prose.format("first"), caption, caption, "(Image credit: Sierra Nevada Corp.)",
        prose.format("second"),
    ]))
    assert [(c.text, c.credit) for c in page.captions] == [(caption, "Sierra Nevada Corp.")]
    assert [p.split()[1] for p in page.paragraphs] == ["first", "second"]


def test_a_long_paragraph_with_an_agency_word_at_its_end_stays_body():
    long_line = "Officials arrived to testify before the committee on Capitol Hill today. " * 10 + "Getty Images"
    assert split_credit(long_line)[1] == "Getty Images"  # the tail alone looks like a credit...
    text = "\n\n".join(["Title of the story here", long_line, "A closing paragraph that is prose and long enough to count."])
    assert any(p.endswith("Getty Images") for p in clean_text(text).paragraphs)  # ...but unbracketed, it is too long


def test_photographer_name_is_a_credit_only_in_a_caption():
    line = "The minister meets Mr. Jones at the airport. Heng Dara"
    assert split_credit(line) == (line, None)
    assert split_credit(line, names=True) == ("The minister meets Mr. Jones at the airport.", "Heng Dara")
    # a dot after an abbreviation is no full stop
    assert split_credit("The minister meets Mr. Jones", names=True) == ("The minister meets Mr. Jones", None)


def test_credit_on_its_own_line_after_the_caption():
    text = (
        "Title of the story here\n\n"
        "The first paragraph of the story is long enough to count as prose and ends properly.\n\n"
        "Children play in the new park on Saturday.\nPhoto: Maria Souza\n\n"
        "The second paragraph of the story is also long enough to count as real prose here."
    )
    page = clean_text(text)
    assert [(c.text, c.credit, c.position) for c in page.captions] == [
        ("Children play in the new park on Saturday.", "Maria Souza", 1)
    ]
    assert len(page.paragraphs) == 2


def test_credit_only_lines():
    assert credit_only("Photo supplied") == "Photo supplied"
    assert credit_only("PHOTO: AFP") == "AFP"
    assert credit_only("Reuters") == "Reuters"
    assert credit_only("Getty/Instagram.") is None  # a sentence, as plain text writes it
    assert credit_only("Photos of the week") is None


# --- footers, appeals, repeats ----------------------------------------------------------


def test_footers_appeals_and_repeats_are_dropped():
    page = _page("footers.txt")
    assert page.title == "Minister defends rail budget in heated hearing"
    assert len(page.paragraphs) == 3
    assert page.paragraphs[0].startswith("The transport minister on Wednesday defended")
    assert page.paragraphs[-1].startswith("The minister said the forecasts would be published")
    for chrome in ("Related stories", "Rail workers threaten", "Latest news", "Heatwave warning", "More topic",
                   "Budget 2019", "donation", "Donate", "Post a comment", "waste of money", "Advertisement"):
        assert chrome not in page.body
    assert chrome_lines(page.body) == []


@pytest.mark.parametrize(
    "bio",
    [
        "Jeff Foust (jeff@example.com) is the editor and publisher of The Space Review, and a senior staff writer.",
        "Roger Gonzalez is an award-winning writer based in Virginia that has covered pro soccer in Europe.",
        "John Stoehr is a lecturer in political science at Yale and a contributing writer at Washington Monthly.",
    ],
)
def test_a_writers_bio_after_the_story_ends_it(bio: str):
    para = "The {} paragraph of the article is long enough to count as prose, and it ends with a stop."
    story = ["A headline for the story"] + [para.format(n) for n in ("first", "second", "third")] + [bio]
    note = "Note: we are temporarily moderating all comments submitted to deal with a surge in spam."
    page = clean_text("\n\n".join(["Home | World | Sport | Science"] + story + [note]))
    assert [p.split()[1] for p in page.paragraphs] == ["first", "second", "third"]
    # plain article text, with no site around it, keeps the bio as the paper printed it
    assert clean_text("\n\n".join(story)).paragraphs[-1] == bio


def test_a_person_described_as_a_writer_inside_the_story_stays():
    para = "The {} paragraph of the article is long enough to count as prose, and it ends with a stop."
    inside = "Jamal Simmons is a Democratic consultant and a CNN contributor who also worked in the White House."
    text = "\n\n".join(["A headline for the story"] + [para.format(n) for n in ("first", "second")] + [inside]
                       + [para.format(n) for n in ("third", "fourth", "fifth")])
    assert inside in clean_text(text).paragraphs


def test_the_authors_box_ends_the_story_however_much_the_site_prints_after_it():
    para = "The {} paragraph of the article is long enough to count as prose, and it ends with a stop."
    feed = [
        "'Why Don't You Go Fight For The Reindeer?'", "REINDEER GAMES", "'Why Don't You Go Fight For The Reindeer?'",
        "Scandinavia's Sami have been herding reindeer for generations. Then the miners arrived. The Sami had never "
        "been protesters. Until now.",
        "Watching This Koala Get Rescued From A Bushfire Is Heart-Wrenching",
        "Dozens of bushfires are spreading across Australia, burning across more than two million acres and putting "
        "koalas in harm's way.",
        "US Senate Unanimously Passes Hong Kong Rights And Democracy Bill",
        "The United States Senate unanimously passed a bill Tuesday that would require an annual review of the "
        "special treatment Hong Kong receives.",
    ]
    story = [para.format(n) for n in ("first", "second", "third", "fourth")]
    page = clean_text("\n\n".join(
        ["Home | World | Sport | Science", "A headline for the story"] + story
        + ["Dallas Robinson", "Dallas Robinson is a freelance writer living in Minneapolis"] + feed
    ))
    assert [p.split()[1] for p in page.paragraphs] == ["first", "second", "third", "fourth"]


@pytest.mark.parametrize(
    "line",
    [
        "Get breaking news alerts and special reports. The news and stories that matter, delivered weekday mornings.",
        "Get the latest updates right in your inbox. Subscribe to the Courier's newsletters.",
        "Thanks for signing up!",
        "There was an error processing your subscription.",
        "No spam, we promise. You can unsubscribe at any time and we'll never share your details.",
        "An email with an activation link has just been sent to your email address.",
        "Get Motor Cycle Monthly delivered through your letterbox every month. 12 issues for £11.99.",
        "This site is protected by recaptcha Privacy Policy | Terms of Service",
        "CLICK HERE TO GET THE COURIER APP",
    ],
)
def test_a_newsletter_boxs_lines_leave_the_body(line: str):
    page = _scraped_story(line, after=line)
    assert [p.split()[1] for p in page.paragraphs] == ["first", "second", "third"]


def _scraped_story(between: str, after: str | None = None):
    """A page with menus and three paragraphs of story, ``between`` after the first one."""
    para = "The {} paragraph of the article is long enough to count as prose, and it ends with a stop."
    lines = ["Home | World | Sport", "A headline for the story", para.format("first"), between,
             para.format("second"), para.format("third")]
    return clean_text("\n\n".join(lines + ([after] if after else [])))


@pytest.mark.parametrize(
    "inside",
    [
        # sentences a review of the newsletter rules wrote: the widgets' words, in a story
        "Scammers sent fake invoices to thousands of inboxes, and the bank said it would refund the victims.",
        "\"Your ballot pack will be delivered to your letterbox in the next few days,\" a spokesman said.",
        "Under the new rules, companies must let customers unsubscribe at any time without a fee, the regulator said.",
        "Police said the scam emails contain a fake activation link that steals banking details when clicked.",
        "\"Keep an eye on your inbox and never share your password,\" said Detective Inspector Sarah Jones.",
        "The messages tell recipients to \"click here to get your refund\" and lead to a copy of the website.",
        "Officials urged residents to get breaking news alerts on their phones from the emergency office.",
    ],
)
def test_a_story_about_email_keeps_its_sentences(inside: str):
    assert inside in _scraped_story(inside).paragraphs


def test_a_story_with_a_heading_per_author_keeps_its_end():
    para = "The {} paragraph of the article is long enough to count as prose, and it ends with a stop."
    story = [para.format(n) for n in ("first", "second", "third")] + [
        "Percival Everett",
        "Percival Everett is an American author and professor at the University of Southern California whose "
        "novel James retells Huckleberry Finn from the point of view of Jim.",
    ] + [para.format(n) for n in ("fourth", "fifth", "sixth")]
    page = clean_text("\n\n".join(["Home | News | Books", "Booker Prize: meet the six authors on the shortlist",
                                    "By Jane Smith"] + story))
    assert page.paragraphs[-1].split()[1] == "sixth"


def test_related_box_in_the_middle_keeps_the_rest_of_the_article():
    para = "This paragraph of the article is long enough to count as prose, and it ends with a stop."
    text = "\n\n".join([
        "A headline for the story",
        para.replace("This", "First"),
        para.replace("This", "Second"),
        "Related",
        "• Other story about roads",
        "• Other story about bridges",
        para.replace("This", "Third"),
        para.replace("This", "Fourth"),
        para.replace("This", "Fifth"),
    ])
    page = clean_text(text)
    assert [p.split()[0] for p in page.paragraphs] == ["First", "Second", "Third", "Fourth", "Fifth"]


def test_teaser_list_without_heading_is_cut_at_the_foot():
    text = "\n\n".join([
        "Vaccination drive reaches rural clinics",
        "Health workers began vaccinating children in remote clinics on Monday, the ministry said in a statement.",
        "The drive will run for six weeks and aims to reach 400,000 children under five years old.",
        "  • Fuel prices rise for third week",
        "    Fuel prices rose again on Monday as the government cut subsidies on diesel and petrol, which traders said would",
        "  • Teachers win pay rise after long strike",
        "    Teachers across the country will receive a 12 percent pay rise from January after the union and the",
    ])
    page = clean_text(text)
    assert len(page.paragraphs) == 2
    assert "•" not in page.body and "Fuel prices" not in page.body


def test_teasers_without_bullets_are_cut_at_the_foot():
    text = "\n\n".join([
        "Vaccination drive reaches rural clinics",
        "Health workers began vaccinating children in remote clinics on Monday, the ministry said in a statement.",
        "The drive will run for six weeks and aims to reach 400,000 children under five years old.",
        "Fuel prices rise for third week",
        "Fuel prices rose again on Monday as the government cut subsidies on diesel and petrol, which traders said would",
        "Teachers win pay rise after long strike",
        "Teachers across the country will receive a 12 percent pay rise from January after the union and the",
    ])
    page = clean_text(text)
    assert len(page.paragraphs) == 2


def test_lists_inside_the_article_are_kept():
    text = "\n\n".join([
        "Five things to know about the budget",
        "The finance minister presented the budget on Thursday. These are the main measures in it:",
        "- Income tax falls by two points for the lowest band.",
        "- Fuel duty stays frozen for another year.",
        "The opposition said the measures did not go far enough to help families with the cost of living.",
    ])
    page = clean_text(text)
    assert len(page.paragraphs) == 4


def test_paragraph_repeated_twice_is_kept_once_but_short_repeats_stay():
    body = "The committee will meet again next week to decide whether to refer the case to prosecutors."
    page = clean_text(f"Some title for it\n\n{body}\n\n{body}\n\n___\n\nMore text follows here.\n\n___\n\nEnd.")
    assert page.paragraphs.count(body) == 1
    assert page.paragraphs.count("___") == 2


# --- validation helper and robustness ----------------------------------------------------


def test_chrome_lines_finds_leftover_chrome():
    body = "\n\n".join([
        "A real paragraph of the article that says something.",
        "Login - Register",
        "Share this article",
        "Advertisement",
        "Photo supplied",
        "Related stories",
        "By Jane Doe",
        "IMG_1234.jpg",
        "Logo of Some Paper",
    ])
    assert chrome_lines(body) == [
        "Login - Register", "Share this article", "Advertisement", "Photo supplied",
        "Related stories", "By Jane Doe", "IMG_1234.jpg", "Logo of Some Paper",
    ]
    assert chrome_lines("") == []


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=3000))
def test_any_text_gives_a_page(text: str):
    page = clean_text(text)
    assert all(p and p == p.strip() for p in page.paragraphs)
    assert all(0 <= c.position <= len(page.paragraphs) for c in page.captions)
    chrome_lines(page.body)


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from([
    "Search form", "Login - Register", "• A headline here", "    a blurb that is cut off and",
    "Photo supplied", "Related stories", "By Jane Doe", "12 March 2019", "IMG_1.jpg",
    "A caption line for a photo.", "A caption line for a photo. Jane Doe",
    "A long enough paragraph of prose that ends with a proper full stop, like articles do.",
    "", "", "\n",
]), max_size=40))
def test_chrome_soup_gives_a_page(lines: list[str]):
    page = clean_text("\n".join(lines))
    assert all(0 <= c.position <= len(page.paragraphs) for c in page.captions)
