"""Names the model cuts short are stretched over the rest of the name (pressroom.extract.name_spans)."""

from pressroom.extract.name_spans import complete_name
from pressroom.extract.nlp import Ent
from pressroom.extract.pipeline import _Article
from pressroom.model import CleanPage


def ent(text, part, label="PERSON"):
    start = text.index(part)
    return Ent(start, start + len(part), label, part)


def completed(text, part, others=(), label="PERSON"):
    """The words of ``part`` of ``text`` once completed, with ``others`` the rest of the model's entities."""
    e = ent(text, part, label)
    unit_ents = [e] + [ent(text, o, lab) for o, lab in others]
    done = complete_name(text, e, unit_ents)
    return text[done.start : done.end]


def test_given_names_between_a_title_and_the_words_the_model_took_are_part_of_the_name():
    # as the small model reads names of held-out house styles
    assert completed("A bench headed by Justice Arshad Hussain Bhatti was hearing petitions.",
                     "Hussain Bhatti") == "Arshad Hussain Bhatti"
    assert completed("Rabbi Menachem Avraham Tzur, who heads a farming village, agreed.",
                     "Avraham Tzur") == "Menachem Avraham Tzur"
    # a word that is no given name joins only a name the model did not start with one
    assert completed("Athletics Kenya has backed coach Priscah Jepkosgei Chelimo.", "Jepkosgei Chelimo") \
        == "Priscah Jepkosgei Chelimo"
    assert completed("Another legislator, Dr Edmund Lau Chun-hei, called it sensible.", "Lau Chun-hei") \
        == "Edmund Lau Chun-hei"
    # the model calls the title and the given name an organisation
    assert completed("Meanwhile, Cllr Aoife Nic Giolla Phádraig (SF) has called on the council to pay.",
                     "Nic Giolla Phádraig", [("Cllr Aoife", "ORG")]) == "Aoife Nic Giolla Phádraig"
    # the model starts after a hyphen
    assert completed("Senior Superintendent of Police Kirk-Anthony Gayle, head of the division, said",
                     "Anthony Gayle") == "Kirk-Anthony Gayle"


def test_name_words_after_a_title_and_the_words_the_model_took_are_part_of_the_name():
    assert completed("Economy Minister Martín Ezequiel Lacroze celebrated on social media.", "Martín Ezequiel") \
        == "Martín Ezequiel Lacroze"
    assert completed("Mayor Marie-Ève Deschamps-Laroche says residents are losing patience.", "Marie-Ève") \
        == "Marie-Ève Deschamps-Laroche"
    assert completed("Director-general Datuk Mohd Zulkarnain Hassan said 1,204 cases were recorded.",
                     "Datuk Mohd", [("Hassan", "PERSON")]) == "Datuk Mohd Zulkarnain Hassan"
    # a surname the model calls an organisation on its own, after a title
    assert completed("Kisumu branch secretary Dr Otieno Ochieng' Odhiambo said the strike would continue.",
                     "Otieno Ochieng'", [("Odhiambo", "ORG")]) == "Otieno Ochieng' Odhiambo"
    # the small words of a surname, taken only when a name word follows them
    assert completed("Mayor María del Carmen Ruiz de la Fuente said the town hall would hire inspectors.",
                     "María del Carmen Ruiz") == "María del Carmen Ruiz de la Fuente"
    assert completed("Mayor Bill Rivera de la rue said", "Bill Rivera") == "Bill Rivera"
    # a suffix, with or without a title
    assert completed("The speech by Martin Luther King Jr. was read aloud.", "Martin Luther King") \
        == "Martin Luther King Jr."


def test_a_nickname_in_marks_does_not_cut_the_name():
    # the model stops before the nickname, or inside it
    assert completed("Singer Siân “Sparky” Llewellyn-Obi said the record was hard.", "Siân",
                     [("Sparky” Llewellyn-Obi", "WORK_OF_ART")]) == "Siân “Sparky” Llewellyn-Obi"
    assert completed('Union leader Héctor "El Tano" Giordano said workers were angry.', 'Héctor "El Tano',
                     [("Giordano", "PERSON")]) == 'Héctor "El Tano" Giordano'
    # a name called something in marks, then a day: no surname follows
    assert completed("Trump called Hillary Clinton “Crooked Hillary” Monday.", "Hillary Clinton",
                     [("Monday", "DATE")]) == "Hillary Clinton"


def test_no_title_no_name_words_and_other_entities_stop_the_name():
    # no title before the words: "Relief" is the end of an office, not a given name
    assert completed("Minister for Disaster Management and Relief Mohibur Rahman Talukder said rice was sent.",
                     "Rahman Talukder", [("Disaster Management", "ORG")]) == "Rahman Talukder"
    # an office of two words before a name that starts with a given name (PolNeAR)
    assert completed("Later, FBI General Counsel James A. Baker said", "James A. Baker") == "James A. Baker"
    # a heading in Title Case goes on after the name (PolNeAR)
    assert completed("an email stating, “Speaker Paul Ryan Joins Growing List of Conservatives Rebuking Trump”",
                     "Paul Ryan") == "Paul Ryan"
    # a word that qualifies a title is no title: "Former Marine" is no title before "John"
    assert completed("Former Marine John Tiegen said the report was overdue.", "John Tiegen") == "John Tiegen"
    # a weekday, an organisation's word or another entity after the name is no part of it
    assert completed("Senator Tom Cotton Tuesday dismissed the plan.", "Tom Cotton",
                     [("Tuesday", "DATE")]) == "Tom Cotton"
    assert completed("President Barack Obama Foundation staff met on Monday.", "Barack Obama") == "Barack Obama"
    assert completed("Coach Ana Reyes Madrid said", "Ana Reyes", [("Madrid", "GPE")]) == "Ana Reyes"
    # capitals that run on past the name, an acronym, a party and state, a heading (a review's probes)
    assert completed("Under Speaker Mike Johnson House Republicans have passed three bills.", "Mike Johnson") \
        == "Mike Johnson"
    assert completed("According to Commissioner Roger Goodell NFL owners will vote.", "Roger Goodell") \
        == "Roger Goodell"
    assert completed("Senator Bernie Sanders I-Vt. voted no.", "Bernie Sanders") == "Bernie Sanders"
    assert completed("Governor Josh Shapiro Signs Budget. That was the subject line.", "Josh Shapiro") \
        == "Josh Shapiro"
    assert completed("We were told by Secretary Pete Hegseth Pentagon officials would brief Congress.",
                     "Pete Hegseth", [("Pentagon", "ORG")]) == "Pete Hegseth"
    # but two names the model read side by side are one, even where the paragraph opens in capitals
    assert completed("Finance Minister Luisa Fernanda Ospina Caicedo, who sits on the board, said so.",
                     "Luisa Fernanda", [("Ospina Caicedo", "PERSON")]) == "Luisa Fernanda Ospina Caicedo"
    # without a title only a double-barrelled surname joins, not any capitalised word
    assert completed("Then Hillary Clinton Democrats rallied.", "Hillary Clinton") == "Hillary Clinton"
    assert completed("Then Anne-Sophie Lemaire-Dubois spoke.", "Anne-Sophie") == "Anne-Sophie Lemaire-Dubois"


def test_a_name_the_model_splits_in_two_is_one_person_who_speaks():
    paras = ["Flamengo coach Luiz Carlos Vasconcelos Filho said he had “no explanation” for the defeat.",
             "“The fans have every right to be angry,” Vasconcelos said."]
    ents = [[ent(paras[0], "Luiz Carlos"), ent(paras[0], "Vasconcelos Filho")], [ent(paras[1], "Vasconcelos")]]
    article = _Article(CleanPage(title="t", paragraphs=paras), ents)
    article.find_people()
    assert sorted(article.people) == ["Luiz Carlos Vasconcelos Filho"]


def test_a_generation_and_a_style_before_a_name_are_read_as_such():
    from pressroom.extract.names import clean_name, looks_like_person

    assert clean_name("Atty. Jose Emmanuel Ocampo III") == (("Jose", "Emmanuel", "Ocampo", "III"), "atty", 6)
    assert looks_like_person(("Jose", "Emmanuel", "Ocampo", "III"))
    assert looks_like_person(("Ahmad", "Yusuf", "al-Masri"))
    assert not looks_like_person(("Obama", "III"))  # two words: letters, not a generation


def test_the_rest_of_a_name_before_or_after_the_words_the_model_took():
    # as the small model reads names of the eighth held-out house-style set
    # the second half of a double-barrelled surname after the hyphen the model stopped at
    assert completed("Minister Chanda Kabwe-Mumba welcomed the results.", "Chanda Kabwe") == "Chanda Kabwe-Mumba"
    assert completed("Health Minister Geneviève Thériault-LeBlanc told reporters", "Geneviève Thériault") \
        == "Geneviève Thériault-LeBlanc"
    # (not the next name of a pair: "the Hillary Clinton-Tim Kaine ticket")
    assert completed("They backed the Hillary Clinton-Tim Kaine ticket.", "Hillary Clinton") == "Hillary Clinton"
    # a given name we know before words that start with none; a Cantonese given name after the surname
    assert completed("Deputy Director of Housing Winnie Ho Wing-sze told the council", "Ho Wing-sze") \
        == "Winnie Ho Wing-sze"
    assert completed("Director Yvonne Tsang Wai-han said", "Yvonne Tsang") == "Yvonne Tsang Wai-han"
    # a given name and "bint" before the father's name; any name word after a role set off by a comma
    assert completed("Meteorologist Huda bint Khalfan al-Rawahi said the system would weaken.",
                     "Khalfan al-Rawahi") == "Huda bint Khalfan al-Rawahi"
    assert completed("The factory’s managing director, Shafiqul Islam Chowdhury, blamed the buyers.",
                     "Islam Chowdhury") == "Shafiqul Islam Chowdhury"


def test_a_surname_of_two_letters_is_a_short_reference(nlp):
    from conftest import extracted
    assert extracted(nlp, [
        "Deputy Director of Housing Winnie Ho Wing-sze told the council the project was delayed.",
        "“We understand the frustration,” Ho said.",
    ], "direct") == [("We understand the frustration,", "Winnie Ho Wing-sze")]
