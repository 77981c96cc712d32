"""HTML pages turned into plain-text scrapes, the input `eval aeb --as-text` feeds the cleaner."""

from __future__ import annotations

from pressroom.evaluate.text_scrape import page_text

PAGE = """<html><head><title>Ignored | Site</title><style>p { color: red }</style></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<script>var x = "not text";</script>
<article><h1>Council backs new bridge</h1>
<figure><img src="b.jpg" alt="The old bridge at dusk"><figcaption>The bridge in 1990. Photo: Jo Lee</figcaption></figure>
<p>The council voted on <b>Tuesday</b> to replace the bridge.<br>Work starts in May.</p>
<p>  Spaces   and&nbsp;tabs	collapse. </p></article>
<footer>&copy; 2019 Site</footer></body></html>"""


def test_blocks_are_separated_by_blank_lines_and_list_items_bulleted():
    assert page_text(PAGE).split("\n\n") == [
        "• Home",
        "• World",
        "Council backs new bridge",
        "The old bridge at dusk",
        "The bridge in 1990. Photo: Jo Lee",
        "The council voted on Tuesday to replace the bridge.\nWork starts in May.",
        "Spaces and tabs collapse.",
        "© 2019 Site\n",
    ]


def test_hidden_text_is_left_out_and_alt_text_kept_on_its_own_line():
    text = page_text(PAGE)
    assert "not text" not in text and "color: red" not in text and "Ignored" not in text
    lines = text.split("\n")
    assert "The old bridge at dusk" in lines
    assert lines.index("The old bridge at dusk") < lines.index("The bridge in 1990. Photo: Jo Lee")


def test_garbage_gives_empty_text_not_an_error():
    assert page_text("") == ""
    assert page_text("<p>unclosed <b>tags") == "unclosed tags\n"
