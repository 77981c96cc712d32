"""The cleaner on scrapes in the seeds' shape from sites the rules were not written from.

``tests/data/seed_style/{a,b}`` hold twenty pages written in the twenty-third round by two
helpers that saw the seeds and their gold but not the code: each page with a gold file in
the seeds' format and its expected body (``<page>.body.txt``). ``pressroom eval seeds`` scores
them whole (see ``test_eval_seed_style.py``); these tests pin the structures they showed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pressroom.clean import clean_text
from pressroom.clean.chrome import is_chrome_line
from pressroom.clean.caption_lines import split_caption_lines
from pressroom.clean.captions import caption_with_credit, credit_only, split_credit
from pressroom.clean.meta import is_date_line

SETS = Path(__file__).parent / "data" / "seed_style"


def _clean(name: str):
    path = next(SETS.glob(f"*/{name}.txt"))
    return clean_text(path.read_text(encoding="utf-8")), path.with_suffix("").with_suffix(".body.txt")


def _scrape(site: str, title: str, blocks: list[str]):
    """A page of a site's menus, its headline and ``blocks``, blank lines between, cleaned."""
    return clean_text("\n\n".join([f"{title} | {site}", site, "Home", "News", "Sport", title, *blocks]))


def _expected_body(path: Path) -> list[str]:
    return [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]


def test_a_comment_count_by_the_byline_does_not_end_the_story():
    # "Comments (312)" under the byline: the story's 19 paragraphs come after it
    page, _ = _clean("uk_clarion_mum_car_towed")
    assert any(p.startswith("‘I don’t want anyone else to go through this,’") for p in page.paragraphs)
    assert len(page.paragraphs) >= 19


def test_a_headline_run_on_past_the_browser_title_is_the_title():
    page, _ = _clean("uk_clarion_mum_car_towed")
    assert page.title == "Mum’s fury as council tows her car while she was in labour: ‘I was giving birth!’"
    assert not any(p.startswith("Mum’s fury") for p in page.paragraphs)


def test_an_author_and_desk_over_a_glued_time_stamp_is_the_byline():
    page, _ = _clean("uk_clarion_mum_car_towed")
    assert page.byline == "Ellie Fairbrother"
    assert page.published_at and page.published_at.startswith("2024-02-14")
    assert not any("Consumer Reporter" in p for p in page.paragraphs)
    assert is_date_line("11:02, 14 Feb 2024Updated 13:45, 14 Feb 2024")


@pytest.mark.parametrize(
    "line, text, credit",
    [
        # after the caption's last stop
        ("Nepra Chairman Rafiq Ahmed Soomro presides over a public hearing in Islamabad on Monday. — APP",
         "Nepra Chairman Rafiq Ahmed Soomro presides over a public hearing in Islamabad on Monday.", "APP"),
        ("A man reads a newspaper by the light of a lamp during a power outage in Karachi. — Reuters/File",
         "A man reads a newspaper by the light of a lamp during a power outage in Karachi.", "Reuters/File"),
        ("The minister speaks to reporters in Shah Alam June 10, 2024. — Bernama pic",
         "The minister speaks to reporters in Shah Alam June 10, 2024.", "Bernama"),
        ("Maher was mobbed by teammates after his kick after the siren sailed through. (AAP: Ben Cotterill)",
         "Maher was mobbed by teammates after his kick after the siren sailed through.", "AAP: Ben Cotterill"),
        ("The mine is seen in this undated handout photo. THE CANADIAN PRESS/HO-Frontenac Nickel Corp.",
         "The mine is seen in this undated handout photo.", "THE CANADIAN PRESS/HO-Frontenac Nickel Corp."),
        ("A truck sits in a front yard on the south side of town after the storm. Courtesy: Jenna Marsh",
         "A truck sits in a front yard on the south side of town after the storm.", "Jenna Marsh"),
        ("A rendering of the proposed distribution center, viewed from Route 9. Courtesy of Harlan Logistics",
         "A rendering of the proposed distribution center, viewed from Route 9.", "Harlan Logistics"),
        ("Kirinofuji holds the Emperor’s Cup after winning the tournament on Sunday. | KYODO",
         "Kirinofuji holds the Emperor’s Cup after winning the tournament on Sunday.", "KYODO"),
        ("The CEO speaks to reporters in Fort Lauderdale, Fla., Feb. 21, 2024. (APW Photo/Jane Doe, File)",
         "The CEO speaks to reporters in Fort Lauderdale, Fla., Feb. 21, 2024.", "APW Photo/Jane Doe, File"),
        # an agency in square brackets; the photographer and the paper after a slash; a label after a dash
        ("Yang and catcher Park Jun-seo celebrate after the 5-1 win over the Busan Mariners on Saturday. [NEWS1]",
         "Yang and catcher Park Jun-seo celebrate after the 5-1 win over the Busan Mariners on Saturday.", "NEWS1"),
        ("Residents protest outside Utrecht city hall on Wednesday evening before the council vote. Joris van "
         "Dalen/The Randstad Post", "Residents protest outside Utrecht city hall on Wednesday evening before the "
         "council vote.", "Joris van Dalen/The Randstad Post"),
        ("A man wades through floodwaters on Clarke Road, Penal, on Thursday morning. – Photo by Anil Rampersad",
         "A man wades through floodwaters on Clarke Road, Penal, on Thursday morning.", "Anil Rampersad"),
    ],
)
def test_credits_after_a_caption(line, text, credit):
    assert caption_with_credit(line) == (text, credit)


def test_a_name_after_a_dash_credits_a_caption_only_under_its_alt_text():
    line = "Sunita Maharaj, 67, outside her flooded home on Wellington Road, Penal, yesterday. – Marlon Baptiste-Lewis"
    assert split_credit(line, names=True, signed=True) == (line.split(" –")[0], "Marlon Baptiste-Lewis")
    # a letter signed by its writer is no caption
    assert caption_with_credit("Drivers should slow down on blind corners. — Margaret Hill") is None
    segments = split_caption_lines(["Sunita Maharaj, 67, outside her flooded home on Wellington Road", line])
    assert segments == [("caption", (line.split(" –")[0], "Marlon Baptiste-Lewis"))]


@pytest.mark.parametrize(
    "line, credit",
    [
        ("Jordan Whitecloud / Maple Wire News", "Jordan Whitecloud / Maple Wire News"),
        ("Luis Ybarra/The Ledger", "Luis Ybarra/The Ledger"),
        ("(Satish Bate/WC Photo)", "Satish Bate/WC Photo"),
        ("— Picture by Firdaus Latif", "Firdaus Latif"),
        ("Courtesy: Jenna Marsh", "Jenna Marsh"),
        ("Courtesy of Philippine Coast Guard", "Philippine Coast Guard"),
        ("Contributed", "Contributed"),
        ("Home / News / Politics", None),  # a breadcrumb
        ("Israel/Gaza", None),  # a name of one word is no photographer
        ("Lennon/McCartney", None),
        ("Jenna Marsh", None),  # a name alone is a byline as much as a credit
    ],
)
def test_credit_lines_under_a_caption(line, credit):
    assert credit_only(line) == credit


@pytest.mark.parametrize(
    "line",
    [
        "Rescue teams used boats to reach villages cut off by the water near Dadu. — AFP",  # a story's, told as past
        "I drive the Mosgiel road every day and see people overtaking on blind corners. — Margaret Hill",  # a letter
        "“Education is the most powerful weapon you can use to change the world.” — Nelson Mandela",
        "It was a record year for exports. (Source: Statistics Canada)",
    ],
)
def test_signed_paragraphs_are_no_captions(line):
    assert caption_with_credit(line) is None


def test_call_letters_after_a_captions_stop_credit_the_station():
    assert split_credit("Storm damage to the church on Main Street on Saturday. (KMWT)", names=True) == (
        "Storm damage to the church on Main Street on Saturday.", "KMWT")
    # not on a line that is not known to be a caption
    assert caption_with_credit("Storm damage to the church on Main Street on Saturday. (KMWT)") is None


def test_credit_first_then_the_caption():
    page, _ = _clean("b07_ng_daily_lantern_wage")
    caption = next(c for c in page.captions if "Festus Ogbonna" in c.text)
    assert (caption.text, caption.credit) == (
        "Labour leaders Festus Ogbonna and Stella Nwachukwu at a rally in Abuja", "File photo")


def test_a_standfirst_between_headline_and_byline_is_not_body():
    # title, standfirst, "By … | Published …", photo, story
    page, body = _clean("us_ashford_ledger_rezoning")
    assert page.meta["standfirst"].startswith("Residents packed City Hall to oppose")
    assert page.paragraphs[0] == _expected_body(body)[0]
    assert page.byline == "Megan Kowalczyk"
    # the same under a name over a date line, without a final stop
    page, body = _clean("ie_chronicle_credit_union_theft")
    assert page.meta["standfirst"].startswith("Gerard Fahy (58) used false loan applications")
    assert page.paragraphs[0] == _expected_body(body)[0]


@pytest.mark.parametrize(
    "line",
    [
        "Share this item on Facebook",
        "Send this page to someone via email",
        "Share: Teen volunteer finds coin hoard in cave Facebook | X | WhatsApp | Email | Copy link",
        "Join our WhatsApp channel for the latest news from Israel",
        "Join the Severnside Gazette WhatsApp community for the latest news sent straight to your phone",
        "Follow us on our official WhatsApp channel for breaking news alerts and key updates!",
        "We use your sign-up to provide content in ways you've consented to and to improve our understanding of you.",
        "Download the KMWT News 5 app for breaking news and First Alert Weather alerts.",
        "© 2024 Maple Wire News, a division of Northstar Broadcasting Inc.",
        "Copyright © 2019 Acme Media",
        "Read Time: 4 min",
        "Share Via",
        "Click to play video: 'Sudbury nickel mine to lay off 340 workers'",
        "Get the latest news on your phone. Follow Gulf Daily Times on WhatsApp",
        "Follow NBC Latino on Facebook, Twitter and Instagram.",
        "The day’s most important Hong Kong stories, in your inbox by 7am.",
        "Our morning briefing lands in your inbox every weekday at 6am.",
        "We and our partners use cookies to store and access information on your device.",
        "We value your privacy",
        "READ NEXT: Plans for 120 homes on edge of Criccieth thrown out after 400 objections",
    ],
)
def test_share_app_and_channel_lines_are_chrome(line):
    assert is_chrome_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "The union says it will join the workers’ WhatsApp group to organise.",
        "Patients can download the NHS app to book appointments, the trust said.",
        "Download the NHS App, the integrated care board said, to book appointments.",
        "Join the official Safaricom WhatsApp group to claim your prize, the message said.",
        "The sleeve reads © 1973 Island Records.",
        "Users who tried to share on X were blocked.",
        "He shared the post on Facebook, where it was seen by thousands.",
    ],
)
def test_story_sentences_about_apps_and_sharing_are_not(line):
    assert not is_chrome_line(line)


def test_boxes_of_furniture_in_the_body_go():
    page, body = _clean("b09_au_ann_afl")  # "Key points:" over three summary lines
    assert not any(p.startswith("Key points") for p in page.paragraphs)
    page, body = _clean("b03_ph_manila_courant_floods")  # "MUST READ" over a headline
    assert not any("MUST READ" in p for p in page.paragraphs)
    page, body = _clean("b01_in_western_courier_potholes")  # "Share Via" over "Read Time: 4 min"
    assert not any(p.startswith("Share Via") for p in page.paragraphs)
    assert page.paragraphs[-1] == _expected_body(body)[-1]


def test_alt_text_over_its_caption_is_not_body():
    # "A grey wolf in a forest ⏎ A grey wolf photographed in … ⏎ (AFP)": the alt text differs from the caption
    lines = ["A grey wolf in a forest", "A grey wolf photographed in the Bavarian Forest National Park, Germany.", "(AFP)"]
    assert split_caption_lines(lines) == [
        ("caption", ("A grey wolf photographed in the Bavarian Forest National Park, Germany.", "AFP"))]
    # on a page copied without blank lines, only a line sharing the caption's words
    lines = ["He said talks would resume.", "Jang Hyun-woo at a briefing",
             "First Vice Health Minister Jang Hyun-woo speaks during a briefing in Sejong on Tuesday.", "Im Se-jun",
             "Some experts warned that the confrontation could harden."]
    assert split_caption_lines(lines) == [
        ("lines", ["He said talks would resume."]),
        ("caption", ("First Vice Health Minister Jang Hyun-woo speaks during a briefing in Sejong on Tuesday.",
                     "Im Se-jun")),
        ("lines", ["Some experts warned that the confrontation could harden."])]


def test_newsletter_boxes_and_a_related_article_go():
    for line in ("Get the latest Glasgow news straight to your inbox – sign up for free.",
                 "Get the latest insights and analysis from our Hong Kong Briefing newsletter, delivered to your inbox",
                 "Your email address   Sign up"):
        assert is_chrome_line(line)
    page, body = _clean("seoul_sentinel_doctors")  # no blank lines: "Related Article" over a headline
    assert page.paragraphs == _expected_body(body)


def test_a_box_heading_in_the_story_drops_the_box_not_the_story():
    page = _scrape("Manila Courant", "Rice smuggling inquiry opens", [
        "The Senate opened an inquiry on Monday into large-scale rice smuggling through Manila ports.",
        "Senators said at least 50 container vans of rice had entered the country undeclared since January.",
        "The Bureau of Customs said it had seized 12 of them.",
        "MUST READ",
        "Farmers' groups said smuggling was pushing down the price of palay in the provinces.",
        "The inquiry resumes on Thursday, when customs officials are due to testify.",
    ])
    assert "MUST READ" not in page.paragraphs
    assert page.paragraphs[-1] == "The inquiry resumes on Thursday, when customs officials are due to testify."


def test_a_wire_lede_over_the_byline_is_no_standfirst():
    page = _scrape("Capital Wire", "Senate passes budget", [
        "WASHINGTON (AP) — The Senate passed a $1.2 trillion spending bill early Saturday, averting a shutdown.",
        "By Jane Doe\nMarch 23, 2024",
        "The vote was 74-24 after a night of negotiations over amendments.",
        "The House passed the bill on Friday.",
    ])
    assert page.paragraphs[0].startswith("WASHINGTON (AP) — The Senate passed")


def test_a_cookie_banner_over_the_page_is_neither_title_nor_body():
    page, body = _clean("scot_court_crossbow")
    assert page.title == "Arbroath man who terrorised neighbours with crossbow jailed for 14 months"
    assert page.paragraphs[0] == _expected_body(body)[0]
    assert not any("in your inbox" in p for p in page.paragraphs)


def test_a_pull_quote_with_its_speakers_line_is_not_body():
    # "“Nobody woke us up. The water woke us up.” ⏎ — Sharon McPhee, Eugowra resident", printed in the body too
    page, body = _clean("au_regional_eugowra_flood")
    assert sum("Nobody woke us up" in p for p in page.paragraphs) == 1
    assert page.paragraphs == _expected_body(body)


@pytest.mark.parametrize(
    "name, foot",
    [
        ("no_ledger_lofoten_cod", "Erik Lunde is The Norway Ledger’s"),  # a bio: "is The Paper's correspondent"
        ("us_sports_mariners_rookie", "Marcus Hale covers the Mariners"),  # a bio: "covers … for Sideline Nation"
        ("pl_vistula_measles_lower_silesia", "is funded by its readers"),  # a reader appeal
        ("wales_maternity_pwllheli", "Local Democracy Reporter"),  # how the story was produced
        ("wales_maternity_pwllheli", "READ NEXT"),  # a link to another story
    ],
)
def test_the_foot_of_the_story_is_not_body(name, foot):
    page, body = _clean(name)
    assert not any(foot in p for p in page.paragraphs)
    assert page.paragraphs[-1] == _expected_body(body)[-1]


def test_alt_text_in_a_block_of_its_own_over_a_caption_is_not_body():
    page, _ = _clean("fr_lecourant_farmers_a7")
    assert not any(p.startswith(("Farmers block the A7", "Agriculture Minister Hélène Mercier-Dufour speaks"))
                   for p in page.paragraphs)
    assert any(c.text.startswith("Farmers gather around a fire") and c.credit == "AFP" for c in page.captions)


def test_short_sentences_of_a_page_printed_without_blank_lines_are_body():
    # one block holds the page's furniture and its story: a 9-word last paragraph is the story's
    page, body = _clean("nl_randstad_lombok_homes")
    expected = _expected_body(body)
    assert "The independent survey is expected to report in September." in page.paragraphs
    assert page.paragraphs[-1] == expected[-1]
    assert any(p.startswith("\"They say 'temporary'.") for p in page.paragraphs)


def test_a_headline_over_the_first_photo_stays_the_title():
    # a block of its own over a caption that shares its words may be the headline, not alt text
    page = clean_text("\n\n".join([
        "Sportsnet", "Home", "NHL", "NBA",
        "Nadal keeps Spain alive against Russia in Davis Cup Finals",
        "Spain's Rafael Nadal celebrates a point against Russia's Karen Khachanov during their Davis Cup tennis "
        "match in Madrid, Spain, Tuesday, Nov. 19, 2019. (Manu Fernandez/AP)",
        "Associated Press", "November 19, 2019, 9:02 AM",
        "MADRID — Rafael Nadal won his singles match to keep Spain alive against Russia at the Davis Cup Finals on "
        "Tuesday, beating Karen Khachanov in straight sets in front of a home crowd.",
        "Nadal, the top-ranked player in the world, needed just over an hour to win 6-3, 7-6 (7) in the second "
        "match of the day at the Caja Magica in the Spanish capital.",
    ]))
    assert page.title == "Nadal keeps Spain alive against Russia in Davis Cup Finals"
    assert page.paragraphs[0].startswith("MADRID — Rafael Nadal won")


@pytest.mark.parametrize(
    "line",
    [
        # story sentences that share words with appeals, bios and production notes (a review's probes)
        "Becoming a member of parliament at just 25, Adeyemi was the youngest in the chamber.",
        "Scam messages landing in your inbox every day have risen by a third, the regulator said.",
        "This report was produced by the National Audit Office after a two-year inquiry.",
        "The Ferret, which is funded by its readers, first reported the contract in March.",
        "Banners telling readers that we and our partners use cookies have multiplied since 2018.",
    ],
)
def test_story_sentences_that_sound_like_furniture_are_not_chrome(line):
    assert not is_chrome_line(line)


def test_a_past_editor_or_a_council_covering_costs_is_no_writers_bio():
    paragraphs = [
        "The newspaper industry has changed beyond recognition in the past three decades, and few editors "
        "have shaped it as much as the men and women who ran the biggest titles.",
        "Paul Dacre was The Daily Mail's editor for 26 years and made it the most profitable paper in Britain.",
        "Kent County Council covers the cost for Dover families who must travel to see relatives in hospital.",
        "The council said the scheme would continue next year, although its budget is under pressure.",
        "Critics say the arrangement is unfair to families in other parts of the county who pay their own way.",
    ]
    page = _scrape("The Weald Post", "Editors and councils", paragraphs)
    assert page.paragraphs == paragraphs
