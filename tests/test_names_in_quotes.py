"""Words in quotation marks that quote nobody: names of works, slogans, headings."""

from conftest import extracted_quotes as quotes


def test_names_of_works_in_quotation_marks_are_not_quotes(nlp):
    # from articles of the article-extraction benchmark
    qs = quotes(nlp, [
        "Buckley, who landed a key role in the BBC series “War & Peace,” met the director in London.",
        "Van Der Beek was eliminated from “Dancing With the Stars” on Monday, hours after the news broke on “DWTS.”",
        "Donald Trump called Marco Rubio “Little Marco” at the rally.",
        "Senator Tom Cotton dismissed the plan as “a total disaster.”",
        "“It's nonsense,” Mr. Tom Hale said by telephone on NBC's “Meet the Press.” “She knows it.”",
    ])
    assert [(q.text, q.speaker) for q in qs] == [("Little Marco", "Donald Trump"),
                                                 ("a total disaster.", "Tom Cotton"),
                                                 ("It's nonsense,", "Tom Hale"), ("She knows it.", "Tom Hale")]
    assert qs[2].quotation == qs[3].quotation


def test_a_heading_in_quotation_marks_is_not_a_quote(nlp):
    # from an article of the article-extraction benchmark: the letter's section headings were quoted
    qs = quotes(nlp, [
        "The physicians wrote to the department on Tuesday. \"We implore you to help,\" they wrote.",
        "\"Alarming mortality rate\"",
        "\"In our professional medical opinion, this mortality rate is unacceptable,\" the letter said.",
    ])
    assert [q.text for q in qs] == ["We implore you to help,",
                                    "In our professional medical opinion, this mortality rate is unacceptable,"]


def test_a_thing_called_by_a_name_and_a_name_that_describes_are_not_quotes(nlp):
    # from articles of the article-extraction benchmark
    qs = quotes(nlp, [
        "He’d fallen in love with an electric Nicole Taylor script called “Wild Rose,” a fish-out-of-water story.",
        "He appeared on a previous episode of “DWTS” last year.",
        "Braun has tried to reach Swift, however the “Bad Blood” songstress has not responded, a source claimed.",
        "Gov. Kristi Noem is defending the state’s anti-drug campaign with the slogan “Meth, we’re on it.”",
        "Trump called Clinton “Crooked Hillary” at the rally.",
        "Senator Tom Cotton dismissed the plan as “a total disaster.”",
    ])
    assert [q.text for q in qs] == ["Crooked Hillary", "a total disaster."]


def test_a_term_after_a_determiner_that_nobody_is_said_to_have_said_is_not_a_quote(nlp):
    # from articles of the article-extraction benchmark
    qs = quotes(nlp, [
        "Your “success mindset” matters more than any degree you hold.",
        "When it comes to moving yourself along the “visibility spectrum” toward a leadership role, speak up.",
        "This “on-ramp” to the program was designed to bring in new companies.",
        "Trump said the election was “rigged” against him.",
        "The senator called the plan “a disgrace” on Tuesday.",
    ])
    assert [(q.text, q.speaker) for q in qs] == [("rigged", "Trump"), ("a disgrace", "senator")]


def test_what_something_is_called_is_a_name_not_a_quote(nlp):
    # from an article of the article-extraction benchmark
    qs = quotes(nlp, [
        "When the offending substance is feathers in a duvet, HP is called “feather duvet lung.”",
        "The senator was called “a liar” by the president on Tuesday.",
    ])
    assert [q.text for q in qs] == ["a liar"]


def test_a_linked_storys_headline_before_its_byline_is_not_a_quote(nlp):
    qs = quotes(nlp, [
        "BROADWAY BEAT—\"Matthew Morrison is leaving ‘Neverland,'\" by Times' Michael Paulson: "
        "\"Matthew Morrison, the star of the show, is leaving the Broadway musical next month.\" http://nyti.ms/1RH",
        "“I will stay,” Ann Ruiz said, by all accounts: calmly.",
        "“It's over,” by Ann Lee's account: the two never spoke again.",
    ])
    texts = [q.text for q in qs]
    assert "Matthew Morrison is leaving ‘Neverland,'" not in texts
    assert "Matthew Morrison, the star of the show, is leaving the Broadway musical next month." in texts
    assert "I will stay," in texts and "It's over," in texts


def test_a_works_name_after_its_noun_and_a_comma_is_not_a_quote(nlp):
    qs = quotes(nlp, [
        "Ann Ruiz became a voice for gun control after a shooting at a screening of her blockbuster film, “Trainwreck.”",
        "Tom Hale's weekly radio show, “Generations with Tom Hale,” airs on Mondays.",
        "Mary Smith wrote in her memoir, “I was wrong about the war.”",
        # set off by a comma, a name is a quote when a verb of saying attributes it
        "She said of the film, “Wow.”",
    ])
    assert [q.text for q in qs] == ["I was wrong about the war.", "Wow."]


def test_a_nickname_inside_a_name_is_read_with_it_but_left_out_of_the_canonical_name(nlp):
    # the mention keeps what the page wrote; the person is the given name and the surname
    # ("Marcia Price", as the house-style golds and reference works write such names)
    from pressroom.extract import extract_pages
    from pressroom.model import CleanPage

    page = CleanPage(title="t", paragraphs=[
        "The bill passed the Assembly on Thursday.",
        "“This is a good day for working families,” said Assemblywoman Marcia “Cia” Price, a Democrat.",
        "Former Marine John \"Tig\" Tiegen said the report was \"long overdue.\"",
    ])
    ex = extract_pages([page], nlp)[0]
    assert [(q.text, q.speaker) for q in ex.quotes if q.kind != "indirect"] == [
        ("This is a good day for working families,", "Marcia Price"), ("long overdue.", "John Tiegen")]
    assert {m.surface for m in ex.mentions} == {"Marcia “Cia” Price", 'John "Tig" Tiegen'}


def test_a_works_name_in_apposition_or_before_its_noun_is_not_a_quote(nlp):
    qs = quotes(nlp, [
        "Director Inés Carbajal, whose previous feature, “Quiet Dogs,” won a prize, told me she fought for the "
        "ending.",
        "The actor said he almost turned down the lead in the BBC drama “The Lighthouse Keepers” because he was "
        "“terrified of the sea”.",
        "Nimbus is bringing its “Quiet Mode” feature to older phones, the company said.",
        "The bill, which its sponsors have dubbed the “Secure Borders and Fair Futures Act,” would fund more "
        "judges.",
        # a sentence of someone's own after a work's noun and a comma stays a quote
        "She said of the film, “Wow.”",
    ])
    assert [q.text for q in qs] == ["terrified of the sea", "Wow."]


def test_a_works_title_that_is_a_sentence_or_the_work_the_words_were_said_in_is_not_a_quote(nlp):
    qs = quotes(nlp, [
        "Ana Reyes' commentary, “Senators, tell us your plan,” is very thoughtful.",
        "His essay, “Why I left the party and never looked back,” ran in a Sunday paper last year.",
        "Tom Hale said in his 2012 book, “A Miner's Son.”",
        # a sentence after "in her memoir," is what she wrote; a sentence said of a film is what she said
        "Mary Smith wrote in her memoir, “I was wrong about the war.”",
        "She said of the film, “It moved me to tears,” and left.",
    ])
    assert [q.text for q in qs] == ["I was wrong about the war.", "It moved me to tears,"]


def test_a_line_quoted_from_a_work_or_said_about_it_is_a_quote(nlp):
    # words from a work, about it or in it, which no known verb attributes, stay quotes
    qs = quotes(nlp, [
        "A line from the memoir, “I was never the smart one,” later became the title of a podcast.",
        "About the memoir, “I wish I'd never written it,” she later confessed.",
        "Of the bill, “It's a disaster,” was the verdict of one senior Democrat.",
        "Asked who his hero was, Mr. Obi said in his book, “Nelson Mandela.”",
        "As Ms. Lewis put it in her memoir, “Good Trouble, Necessary Trouble.”",
    ])
    assert [q.text for q in qs] == ["I was never the smart one,", "I wish I'd never written it,", "It's a disaster,",
                                    "Nelson Mandela.", "Good Trouble, Necessary Trouble."]


def test_a_quotation_after_a_works_noun_and_a_comma_that_someone_said_is_a_quote(nlp):
    qs = quotes(nlp, [
        "Labour MPs were furious about the bill, “Shameful,” said Labour MP Dawn Butler, who vowed to vote "
        "against it.",
        "Of the opera, “Extraordinary,” conductor Simon Rattle told reporters, adding that he would return.",
    ])
    assert [q.text for q in qs] == ["Shameful,", "Extraordinary,"]


def test_a_nickname_after_alias_or_inside_a_name_and_a_memoirs_title_are_not_quotes(nlp):
    qs = quotes(nlp, [
        "Among those arrested is Kofi Acheampong, alias \"Kojo Bee\", the alleged ringleader.",
        "Adeleke-Coker, popularly called \"Baba T\" by fans, told journalists the result was fair.",
        "Governor Rosario “Charo” Velasco-Ignacio appealed for help.",
        "“I’d catch the train to Cardiff,” he recalled in his autobiography, “Coal and Touchlines” (1989).",
    ])
    assert [q.text for q in qs] == ["I’d catch the train to Cardiff,"]
