"""Where the story starts and ends on a page whose menus and teasers hold prose of their own."""

from __future__ import annotations

from pressroom.clean import clean_text

COOKIES = ("We use cookies and other tracking technologies to improve your browsing experience on our site, "
           "show personalized content and targeted ads, and analyze site traffic.")
MENU = "\n\n".join(f"• {word}" for word in
                   "News Sport Business Opinion Culture Travel Weather Video Podcasts Puzzles Jobs Obituaries".split())
STORY = [
    "The county council voted on Tuesday to replace the Mill Street bridge, which engineers closed in March "
    "after finding cracks in two of its piers.",
    "Work is due to start in May and to take about eighteen months, the council's transport committee said "
    "in a statement after the vote.",
    "Shopkeepers on both banks have complained that the closure cut their trade by a third, and several "
    "asked the council to put up a temporary footbridge.",
]
TEASERS = "\n\n".join([
    "More from News",
    "Ferry fares to rise in spring",
    "Operators say the cost of fuel leaves them no choice, and passenger groups want the increase phased in.",
    "School rebuilding plan delayed again",
    "Parents were told on Monday that the new classrooms will not open before the autumn term begins.",
    "Hospital car park charges scrapped",
    "The health board says the change, which takes effect next month, will cost it about a million a year.",
])


def _page(*parts: str) -> str:
    return "\n\n".join(parts) + "\n"


def test_prose_far_above_the_story_is_the_sites_not_the_storys():
    page = clean_text(_page("Skip to main content", COOKIES, "By choosing I Accept, you consent to our use of cookies.",
                            MENU, "Council to replace Mill Street bridge", "By Jane Roe", "March 3, 2019", *STORY))
    assert page.title == "Council to replace Mill Street bridge"
    assert page.paragraphs == STORY


def test_the_first_paragraph_above_a_box_of_links_is_the_storys():
    box = "\n\n".join(["Related", "• Bridge closed after cracks found", "• Traders count the cost of closure",
                       "• Council to vote on bridge"])
    page = clean_text(_page(MENU, "Council to replace Mill Street bridge", STORY[0], box, *STORY[1:]))
    assert page.paragraphs == STORY


def test_other_stories_summaries_after_the_story_are_cut():
    page = clean_text(_page(MENU, "Council to replace Mill Street bridge", *STORY, TEASERS, MENU))
    assert page.paragraphs == STORY


def test_a_tag_cloud_is_no_prose():
    cloud = "\n".join("bridge council traffic roads weather schools health parks budget election".split() * 5)
    page = clean_text(_page(MENU, cloud, MENU, "Council to replace Mill Street bridge", *STORY))
    assert page.title == "Council to replace Mill Street bridge"
    assert page.paragraphs == STORY


def test_a_list_of_dated_cards_after_the_story_is_cut():
    cards = []
    for headline, author, day, summary in [
        ("Ferry fares to rise in spring", "Ann Fisher", "Tuesday November 19, 2019",
         "Operators say the cost of fuel leaves them no choice, and passenger groups want the increase phased in "
         "over two years rather than all at once, as the board proposed at its meeting in the autumn."),
        ("School rebuilding plan delayed again", "Tom Baker", "Wednesday November 20, 2019",
         "Parents were told on Monday that the new classrooms will not open before the autumn term begins, the "
         "third delay since the council approved the plan and set aside the money for it."),
        ("Hospital car park charges scrapped", "Lee Chan", "Wednesday November 20, 2019",
         "The health board says the change, which takes effect next month, will cost it about a million a year "
         "that it hopes the government will make up in its next budget round."),
    ]:
        cards += [headline, author, day, summary]
    page = clean_text(_page(MENU, "Council to replace Mill Street bridge", *STORY, "In short, work starts soon.",
                            "More from the Chronicle", *cards))
    assert page.paragraphs == STORY + ["In short, work starts soon."]


def test_trailing_link_headings_legal_lines_and_yearless_stamps_are_chrome():
    page = clean_text(_page(MENU, "Council to replace Mill Street bridge", "Updated Nov 19, 6:55 AM; Posted Nov 19, 6:51 AM",
                            *STORY, "You may also like...", "• Ferry fares to rise in spring",
                            "• School rebuilding plan delayed again",
                            "The material on this site may not be reproduced, distributed or transmitted, except with "
                            "the prior written permission of the publisher."))
    assert page.title == "Council to replace Mill Street bridge"
    assert page.paragraphs == STORY


def test_among_menus_printed_twice_the_title_is_the_repeat_nearest_the_story():
    menu = "\n\n".join(["Home", "•", "Astronomy & Space", "•", "Earth Sciences"])
    page = clean_text(_page(menu, menu, "November 18, 2019", "Council to replace Mill Street bridge", "by Jane Roe",
                            "Council to replace Mill Street bridge", *STORY))
    assert page.title == "Council to replace Mill Street bridge"
    assert page.paragraphs == STORY


def test_the_headline_above_the_byline_in_a_short_head_with_menu_lines():
    page = clean_text(_page("Welcome to our European edition", "Learn More",
                            "Council to replace Mill Street bridge", "Jane Roe and John Doe", "The Chronicle",
                            "Published 7:07 PM EST Nov 19, 2019", *STORY))
    assert page.title == "Council to replace Mill Street bridge"
    assert page.paragraphs == STORY


def test_a_page_of_one_block_has_a_body_and_no_title():
    page = clean_text("The council voted on Tuesday to replace the bridge")
    assert page.title is None and page.paragraphs == ["The council voted on Tuesday to replace the bridge"]


def test_the_storys_own_numbered_list_is_kept():
    items = []
    for number, (name, link) in enumerate([("Lego Star Wars bomber", "http://amzn.to/2iJFhRj"),
                                           ("Electric racing track", "http://amzn.to/2hZfWFJ"),
                                           ("Blade Runner The Final Cut (4K)", "http://amzn.to/2hWEIX7"),
                                           ("Ghostbusters Collection 1-2 (Steelbook)", "http://amzn.to/2B4BNPS"),
                                           ("Indiana Jones Collection 1-4", "http://amzn.to/2hXQPDr")], start=1):
        items += [f"{number}) {name}", link]
    intro = "Here are this year's offers for collectors of the eighties, picked by our editors:"
    page = clean_text(_page(MENU, "Black Friday for the nostalgic", STORY[0], intro, *items, "Tags", MENU))
    assert page.paragraphs == [STORY[0], intro, *items]


def test_the_title_is_the_headline_whose_words_the_opening_repeats():
    # the layout rules would take the section name printed twice or the teaser nearest the story;
    # the opening says which line heads it, even with a scrape's inline spans in between
    spans = ["•", "by", "Jane Roe", "•", "@janeroe", "•", "Nov 19, 2019", "•", "2 min read"]
    page = clean_text(_page(MENU, "Around the County Today", "Council votes to replace Mill Street bridge after cracks",
                            *spans, "Around the County Today", "Ferry fares to rise in spring", *STORY))
    assert page.title == "Council votes to replace Mill Street bridge after cracks"
    assert page.paragraphs == STORY


def test_a_pull_quote_is_no_headline():
    quote = "“The bridge has served the town for a century, and it will again,” the council leader said."
    page = clean_text(_page(MENU, "Council to replace bridge", "Jane Roe", "Nov 19, 2019", quote, *STORY))
    assert page.title == "Council to replace bridge"


def test_teaser_cards_scraped_as_headline_glued_to_summary_are_not_the_story():
    # a mega-menu's cards: each card's headline and summary run together on one line
    cards = [
        "Ferry Fares To Rise In SpringOperators say the cost of fuel leaves them no choice, and passenger "
        "groups want the increase phased in.",
        "School Rebuilding Plan Delayed AgainParents were told on Monday that the new classrooms will not "
        "open before the autumn term begins.",
        "Is Parking In Town Getting Harder?Drivers say the new meters on the high street have cut the "
        "number of free spaces by half since the summer.",
    ]
    page = clean_text(_page(MENU, "Latest News", *cards, "Weather", "Sports", "Council to replace Mill Street bridge",
                            *STORY))
    assert page.title == "Council to replace Mill Street bridge"
    assert page.paragraphs == STORY


def test_an_interviews_answers_led_by_a_dash_are_the_story():
    # Russian, French or Spanish pages print each answer after a dash, which also marks a list item
    answers = [
        "— I started the page two years ago, when I was at home with my daughter and looked for food that "
        "was quick to make and still good for her.",
        "— Italian, without a doubt. It is simple and filling, and its whole secret is good produce and "
        "recipes that have been tested for centuries.",
        "— Pasta with baked tomatoes and goat's cheese. For two portions you need twelve cherry tomatoes, "
        "olive oil, garlic and a little thyme.",
    ]
    questions = ["What made you start a cooking page?", "Which cuisine do you like best?",
                 "A recipe for a quick dinner?"]
    interview = [line for pair in zip(questions, answers) for line in pair]
    page = clean_text(_page(MENU, "Masters of taste: the food bloggers of the year", STORY[0], *interview,
                            "You may also like...", "• Ferry fares to rise in spring",
                            "• School rebuilding plan delayed again"))
    assert page.paragraphs == [STORY[0], *interview]


def test_a_quoted_claim_above_the_story_is_no_headline():
    # a fact check prints the claim it checks, in quotation marks, above its own headline
    claim = "\"The council closed the Mill Street bridge after engineers found cracks.\""
    page = clean_text(_page(MENU, claim, "— Jane Roe on Monday, November 18th, 2019 in a council meeting",
                            "What will the Mill Street repairs cost?", "By", "John Doe",
                            "on Monday, November 18th, 2019 at 11:08 a.m.", *STORY))
    assert page.title == "What will the Mill Street repairs cost?"


def test_a_notice_of_two_sentences_is_no_headline():
    story = [
        "Lawmakers updated the state's privacy law on Tuesday, saying users deserve to know how companies "
        "share the data they collect about them.",
        "The changes, which take effect in January, require every company to publish its policy and to delete "
        "data when users ask.",
    ]
    page = clean_text(_page("Your privacy is important to us. We have updated our privacy policy to explain how "
                            "we use your data", MENU, "A new deal for web users",
                            "By Jane Roe on Monday, November 18th, 2019 at 11:04 a.m.", *story))
    assert page.title == "A new deal for web users"


def test_a_long_line_under_a_headline_is_its_standfirst_not_the_title():
    standfirst = ("The county council voted on Tuesday to replace the Mill Street bridge that engineers closed in "
                  "March")
    page = clean_text(_page(MENU, "Around the County Today", "Council to replace Mill Street bridge", standfirst,
                            "Around the County Today", *STORY))
    assert page.title == "Council to replace Mill Street bridge"
