"""Who a speech verb's subject is, on sentence shapes taken from the pages of
the article-extraction benchmark (real articles from many sites) and from PolNeAR's
training split."""

from pressroom.extract import extract_pages
from pressroom.model import CleanPage

from conftest import extracted, extracted_quotes


def test_a_name_after_the_verb_that_follows_a_clause_is_the_speaker(nlp):
    # "CLAUSE, said NAME, apposition.": the clause is what was said
    assert extracted(nlp, [
        "Computers and electronic devices have seen impacts, too, said Mary E. Lovely, a Syracuse University "
        "economist.",
        "The greenback may be in for some weakness, said Juan Perez, senior foreign exchange trader at Tempus Inc.",
    ], "indirect") == [
        ("Computers and electronic devices have seen impacts, too", "Mary E. Lovely"),
        ("The greenback may be in for some weakness", "Juan Perez"),
    ]


def test_a_relative_clause_inside_the_apposition_of_a_postposed_speaker(nlp):
    assert extracted(nlp, [
        "Federal mandates are a burden that distract from teaching in schools, said Todd Wilcox, an Orlando "
        "Republican who founded two defense companies after serving in the Army.",
    ], "indirect") == [("Federal mandates are a burden that distract from teaching in schools", "Todd Wilcox")]


def test_a_noun_after_the_verb_is_not_taken_for_a_postposed_speaker(nlp):
    # the verb's object or the reported clause, not who spoke
    assert extracted(nlp, [
        "The mayor of the city, Bob Smith, said the city would pay for the repairs.",
        "An intelligence source, who was not authorized to speak on the record, told Fox News the agents "
        "were under a lot of pressure.",
    ], "indirect") == [
        ("the city would pay for the repairs", "Bob Smith"),
        ("the agents were under a lot of pressure", "intelligence source"),
    ]


def test_who_was_contacted_is_not_the_speaker(nlp):
    assert extracted(nlp, [
        "“We received an inquiry and are cooperating in the matter,” said a WeWork spokesperson when "
        "contacted by Reuters.",
    ], "direct") == [("We received an inquiry and are cooperating in the matter,", "WeWork spokesperson")]


def test_a_relative_clause_after_an_organisation_is_not_its_subject(nlp):
    assert extracted(nlp, [
        "WeWork, which faces ballooning losses, confirmed on Monday that it had been contacted by the office "
        "of the attorney general.",
    ], "indirect") == [("it had been contacted by the office of the attorney general", "WeWork")]


def test_an_organisation_speaks_by_its_own_name_not_a_place_that_qualifies_it(nlp):
    assert [speaker for _, speaker in extracted(nlp, [
        "One Washington-based trade expert said the deal was likely to fail this year.",
        "South Dakota's Department of Social Services said the number of young people using meth had risen.",
        "China's commerce ministry said removing tariffs was an important condition for a deal.",
        "A London-based think tank said the full incidence of the tariff falls on domestic consumers.",
        "The People's Daily, the mouthpiece of the Communist party, warned that there was no room for compromise.",
    ], "indirect")] == ["Washington-based trade expert", "South Dakota's Department of Social Services",
                        "China's commerce ministry", "London-based think tank", "People's Daily"]


def test_a_name_in_apposition_after_a_description_is_the_speaker(nlp):
    assert extracted(nlp, [
        "The FBI did not find \"ties of any consequence,\" said the bureau's director, James B. Comey, on Monday.",
    ], "partial") == [("ties of any consequence,", "James B. Comey")]
    assert extracted(nlp, [
        "According to his aunt, Jane Starner, he was brilliant from the start and was reading at five.",
    ], "indirect") == [("he was brilliant from the start and was reading at five", "Jane Starner")]


def test_the_actor_is_the_actor_the_story_is_about(nlp):
    assert extracted(nlp, [
        "James Van Der Beek told reporters on Monday that he was leaving the show.",
        "\"You never know why these things happen,\" said the actor, who played Dawson Leery.",
    ], "direct") == [("You never know why these things happen,", "James Van Der Beek")]


def test_a_clause_is_never_a_speaker(nlp):
    # from articles of the article-extraction benchmark
    assert extracted(nlp, [
        "Job cuts will be announced later this week in areas that do not support WeWork’s core business goals, "
        "said The We Company’s recently named executive chair Marcelo Claure in an email to staff.",
        "Apple has listened this time. As we've said time and time again, considering your own workflow is "
        "crucial in making this decision.",
    ], "indirect") == [("Job cuts will be announced later this week in areas that do not support WeWork’s core "
                        "business goals", "Marcelo Claure")]
    assert extracted(nlp, [
        "Buckley, who hadn't sung in a long time, worried about doing justice to a song like “Glasgow,” "
        "given that she had no background in country music.",
    ], "partial") == []
    assert extracted(nlp, [
        "Liu Xiaoming said that the People’s Liberation Army could be deployed in Beijing, warning: "
        "\"They are already there in the Hong Kong garrison.\"",
    ], "direct") == [("They are already there in the Hong Kong garrison.", "Liu Xiaoming")]


def test_unnamed_people_are_descriptions_not_organisations(nlp):
    page = CleanPage(title="t", paragraphs=[
        "WeWork is investigating the payments, according to two people familiar with the matter.",
        "The suspect told officers he needed to get dressed before leaving the house.",
    ])
    assert [(q.speaker, q.speaker_kind) for q in extract_pages([page], nlp)[0].quotes] == [
        ("people familiar with the matter", "description"), ("suspect", "description")]


def test_a_statement_speaks_for_whoever_issued_it(nlp):
    # from an article of the article-extraction benchmark
    assert extracted(nlp, [
        "Big Machine Records issued a statement after Swift publicly scolded her former label.",
        "\"As Taylor Swift's partner for over a decade, we were shocked to see her Tumblr statements,\" the "
        "statement read.",
        "\"It should be noted that recording artists do not need label approval,\" the statement continued.",
    ], "direct") == [
        ("As Taylor Swift's partner for over a decade, we were shocked to see her Tumblr statements,",
         "Big Machine Records"),
        ("It should be noted that recording artists do not need label approval,", "Big Machine Records")]


def test_a_verb_in_a_relative_clause_after_a_quote_is_not_its_attribution(nlp):
    # from an article of the article-extraction benchmark: Trump announced the deal, he did not say this
    assert extracted(nlp, [
        "\"The president wants the option of having a bigger deal with China,\" which Trump announced in "
        "October, said Derek Scissors, a China scholar at the American Enterprise Institute.",
    ], "direct") == [("The president wants the option of having a bigger deal with China,", None)]


def test_a_site_someone_posts_on_is_not_the_speaker(nlp):
    assert extracted(nlp, [
        "One user on Weibo posted: \"I just want to know how these two came to Beijing?? By train or plane?\"",
    ], "direct") == [("I just want to know how these two came to Beijing?? By train or plane?", "user on Weibo")]


def test_common_news_shapes_the_rules_of_this_file_must_leave_alone(nlp):
    # found by review of the rules above: each of these went wrong with a first version of them
    assert extracted(nlp, [
        "According to police, John Smith, 34, was arrested at the scene after a brief chase.",
        "The Justice Department on Tuesday said the investigation would continue.",
        "Trump has repeatedly, and falsely, said the election results in Georgia were fraudulent.",
        "The Will County sheriff's office said the suspect had fled.",
        "Americans for Prosperity said the bill would raise taxes.",
        "Morgan Stanley, who advised on the deal, said the price was fair.",
    ], "indirect") == [
        ("John Smith, 34, was arrested at the scene after a brief chase", "police"),
        ("the investigation would continue", "Justice Department"),
        ("the election results in Georgia were fraudulent", "Trump"),
        ("the suspect had fled", "Will County sheriff's office"),
        ("the bill would raise taxes", "Americans for Prosperity"),
        ("the price was fair", "Morgan Stanley"),
    ]
    assert extracted(nlp, ["\"The economy is strong,\" that official said, and Jane Doe agreed."],
                     "direct") == [("The economy is strong,", "official")]
    assert extracted(nlp, ["The White House called the book \"a work of fiction\" on Monday."],
                     "partial") == [("a work of fiction", "White House")]


def test_a_former_office_holder_described_is_the_person_the_story_is_about(nlp):
    # "the former secretary of state": a description of someone the story has named, not the
    # organisation "state" the model finds in it
    assert extracted(nlp, [
        "Hillary Clinton spoke to a radio host on Tuesday.",
        "The former secretary of state said she wanted to speak “directly to white people” about racism.",
    ], "partial") == [("directly to white people", "Hillary Clinton")]


def test_a_participle_speaks_for_the_organisation_that_opens_the_sentence(nlp):
    # "released a statement, saying": the organisation is the clause's subject, and
    # "Trump’s comments are" holds a noun, not a second speech verb
    assert extracted(nlp, [
        "The Democratic National Committee released a statement Wednesday evening, saying Trump’s comments are "
        "“dangerous and divisive.”",
    ], "partial") == [("dangerous and divisive.", "Democratic National Committee")]


def test_a_long_subject_is_still_a_subject(nlp):
    # twelve words before the verb: a noun phrase with its qualifiers, not a clause
    assert extracted(nlp, [
        "A Feb. 1 letter from the American Legion obtained by The Associated Press warns that “a flawed and "
        "unaccountable system” is failing veterans.",
    ], "partial") == [("a flawed and unaccountable system", "American Legion")]


def test_words_quoted_after_someones_claim_are_theirs(nlp):
    # "X’s claim that …", "his claim … that …": the owner of the claim said the quoted words
    assert extracted(nlp, [
        "Following the debate, Politifact checked Donald Trump’s claim that there have been “thousands of "
        "shootings” in Chicago this year.",
        "Robert Hale gave an interview to the BBC on Saturday.",
        "All this effort contradicts his claim in the same interview that the pair were “not close”.",
    ], "partial") == [("thousands of shootings", "Donald Trump"), ("not close", "Robert Hale")]


def test_a_later_verb_of_the_sentence_attributes_when_the_nearest_has_no_speaker(nlp):
    # "announced in October" and "in other states" hold no speaker; the verb after them does
    page = CleanPage(title="t", paragraphs=[
        "\"The president wants a bigger deal with China. Bigger than just the little deal\" announced in October, "
        "said Derek Scissors, a China scholar with the American Enterprise Institute.",
        "Cannabis use disorder rose \"slightly\" compared with those in other states, from 2.18 percent to "
        "2.72 percent, the authors wrote.",
    ])
    assert [(q.kind, q.speaker) for q in extract_pages([page], nlp)[0].quotes] == [
        ("direct", "Derek Scissors"), ("partial", "authors")]


def test_an_unattributed_quotation_goes_on_with_the_reported_speech_before_it(nlp):
    # from articles of the article-extraction benchmark: the quotation follows what the rep told Fox News
    page = CleanPage(title="t", paragraphs=[
        "Big Machine Records said Swift owed the label money.",
        "Swift's rep told Fox News that this, too, was not the whole truth. \"Big Machine is trying to deflect "
        "and make this about money.\"",
    ])
    quotes = [(q.text, q.speaker) for q in extract_pages([page], nlp)[0].quotes if q.kind == "direct"]
    assert quotes == [("Big Machine is trying to deflect and make this about money.", "Swift's rep")]


def test_a_verb_with_a_that_clause_after_a_quoted_sentence_does_not_attribute_it(nlp):
    # from an article of the article-extraction benchmark: the question is the congressman's
    assert extracted(nlp, [
        "Rep. Robert Aderholt returned to the issue later in the hearing. “What commercial launch vehicles "
        "could do this?” Bridenstine responded that no such vehicle existed today.",
    ], "direct") == [("What commercial launch vehicles could do this?", "Robert Aderholt")]


def test_a_place_or_an_adjective_inside_a_subject_is_not_the_speaker(nlp):
    # from articles of the article-extraction benchmark
    page = CleanPage(title="t", paragraphs=[
        "China’s ambassador to Britain warned that Beijing would “not sit on our hands.”",
        "The Russian and Syrian defense ministries said the strikes were “deliberate and illegal.”",
    ])
    assert [(q.speaker, q.speaker_kind) for q in extract_pages([page], nlp)[0].quotes if q.kind == "partial"] == [
        ("China’s ambassador to Britain", "description"),
        ("Russian and Syrian defense ministries", "organization")]


def test_the_agency_is_the_agency_the_article_names_in_full(nlp):
    # from an article of the article-extraction benchmark
    got = extracted(nlp, [
        "BERLIN -- The European Space Agency says putting astronauts into a state of suspended animation "
        "could make it easier to reach other planets.",
        "The agency said Monday that its researchers examined how hibernation would affect the design of a "
        "crewed mission to Mars.",
    ], "indirect")
    assert got[-1] == ("its researchers examined how hibernation would affect the design of a crewed mission to Mars",
                       "European Space Agency")


def test_the_ministry_is_the_ministry_of_the_article_when_it_names_one_so(nlp):
    got = extracted(nlp, [
        "The Association of Flight Attendants endorsed the bill on Monday.",
        "“This is a historic day for our members,” the association said.",
        "Officials at the Institute for Fiscal Studies met the Ministry of Health and the Ministry of Finance.",
        # two ministries: which one speaks is not told
        "“There is no cause for alarm,” the ministry said. “We will see,” the institute said.",
        # nor when the story brings in another by the noun
        "Russia's defence ministry said a depot was hit, a claim Ukraine's Ministry of Defence dismissed.",
        "“Units struck the depot,” the ministry said.",
    ], "direct")
    assert got == [("This is a historic day for our members,", "Association of Flight Attendants"),
                   ("There is no cause for alarm,", "ministry"), ("We will see,", "Institute for Fiscal Studies"),
                   ("Units struck the depot,", "ministry")]


def test_a_mining_company_is_no_person_and_a_place_before_the_subject_is_no_speaker(nlp):
    got = extracted(nlp, [
        "Workers at Kalulushi Copper Mines Plc downed tools over unpaid bonuses.",
        "National Union of Miners and Allied Workers Copperbelt chairperson Mr Bernard Chisanga said: “The company "
        "declared profits last year.”",
        "In a statement, Kalulushi Copper Mines said it “regrets the illegal work stoppage”.",
        "Outside court, the entertainer, whose hit topped the charts last summer, told reporters: “Mi nuh fraid.”",
    ], ("direct", "partial"))
    assert got == [("The company declared profits last year.", "Bernard Chisanga"),
                   ("regrets the illegal work stoppage", "Kalulushi Copper Mines"), ("Mi nuh fraid.", "entertainer")]


def test_the_subject_after_what_speaks_and_one_of_them_is_someone_of_them(nlp):
    got = extracted(nlp, [
        "Generator owners raised their fees, prompting what one resident called “a second bill for darkness”.",
        "Parents petitioned the district office over what one of them described as “fees by another name”.",
        # a pronoun after "what" is left to the clause: she is the student the sentence names
        "Another speaker, sophomore Emily Novak-Chen, held up a stack of what she said were “2,000 signatures”.",
    ], "partial")
    assert got == [("a second bill for darkness", "resident"), ("fees by another name", "one of them"),
                   ("2,000 signatures", "Emily Novak-Chen")]


def test_names_and_phrases_that_open_like_a_place_or_a_what_clause_are_still_the_subject(nlp):
    got = extracted(nlp, [
        "“Internal emails show the leak was discussed in March,” Inside Climate News reported.",
        "“The leak was discussed internally in March,” outside experts said.",
        "Tom Hale, asked what the plan was, said: “We will wait and see.”",
        "A great-grandmother was left trapped in her flat for a week. Housing officer Donna Pryce said engineers "
        "had been called. “I felt like a prisoner in my own home,” the great-grandmother said.",
    ], "direct")
    assert got == [("Internal emails show the leak was discussed in March,", "Inside Climate News"),
                   ("The leak was discussed internally in March,", "outside experts"),
                   ("We will wait and see.", "Tom Hale"), ("I felt like a prisoner in my own home,", "great-grandmother")]


def test_an_acronym_is_no_pronoun(nlp):
    # from an article of the article-extraction benchmark
    got = extracted(nlp, ['Untreated pneumonic plague is "always fatal", says WHO.'], "partial")
    assert got == [("always fatal", "WHO")]


def test_a_document_speaks_for_whoever_released_or_signed_it(nlp):
    # from articles of the article-extraction benchmark
    assert extracted(nlp, [
        "Solar is growing in Korea. According to data released by MOTIE in August, newly installed capacity "
        "for the first seven months of the year reached 1.5 GW.",
    ], "indirect") == [("newly installed capacity for the first seven months of the year reached 1.5 GW", "MOTIE")]
    assert extracted(nlp, [
        "“In our professional medical opinion, this mortality rate is unacceptable,” says the letter signed by "
        "seven physicians.",
    ], "direct") == [("In our professional medical opinion, this mortality rate is unacceptable,", "seven physicians")]


def test_a_verb_of_answering_after_would_or_could_attributes_the_quote(nlp):
    # bare "respond" or "quip" is too often a noun or an infinitive; after a modal it is a verb
    page = CleanPage(title="t", paragraphs=[
        "Mike Ford was a writer of rare gifts.",
        "When his editors asked him to explain himself, he’d respond, “I have a horror of being obvious.”",
        "The scheduling was so odd that a spokesman for Bernie Sanders could only quip: “I guess Christmas Eve "
        "was booked.”",
        "Critics of the plan should respond by voting against it, the mayor’s office said.",
    ])
    quotes = extract_pages([page], nlp)[0].quotes
    assert not any(q.verb == "respond" and "voting" in q.text for q in quotes)  # advice, not an answer
    assert [(q.text, q.speaker, q.verb) for q in quotes if q.kind == "direct"] == [
        ("I have a horror of being obvious.", "Mike Ford", "respond"),
        ("I guess Christmas Eve was booked.", "spokesman for Bernie Sanders", "quip"),  # not Sanders himself
    ]


def test_those_before_a_preposition_stays_in_the_speakers_description(nlp):
    found = extract_pages([CleanPage(title="t", paragraphs=[
        "Those in favor of punishment have said that Rudolph instigated the fight by igniting the altercation.",
    ])], nlp)[0].quotes
    assert [q.speaker for q in found] == ["Those in favor of punishment"]


def test_someone_for_or_of_a_named_person_speaks_not_the_person(nlp):
    found = extract_pages([CleanPage(title="t", paragraphs=[
        "An attorney for John Doe said that the charges were false.",
        "But multiple friends of Mike Ford had told me that they were suppressing his work.",
        "“We will appeal,” a spokesman for Hun Sen said.",
        "“We will win,” said a statement from Hun Sen.",  # a person's statement is the person's words
    ])], nlp)[0].quotes
    assert [(q.speaker, q.speaker_kind) for q in found] == [
        ("attorney for John Doe", "description"),
        ("multiple friends of Mike Ford", "description"),
        ("spokesman for Hun Sen", "description"),
        ("Hun Sen", "person"),
    ]


def test_an_ing_verb_right_after_a_noun_of_hearsay_is_that_nouns(nlp):
    found = extract_pages([CleanPage(title="t", paragraphs=[
        "Before the medical examiner concluded that Jeffrey Epstein hanged himself, his death was shadowed by "
        "conspiracy theories suggesting he had been murdered.",
        "Her submission to the court noted published reports alleging that she claimed during the divorce "
        "that he had lied.",
    ])], nlp)[0].quotes
    assert [q.speaker for q in found if q.kind == "indirect"] == ["conspiracy theories", "published reports"]


def test_a_gerund_before_a_noun_is_no_verb_of_speech(nlp):
    found = extract_pages([CleanPage(title="t", paragraphs=[
        "- You’re given opportunities to be more visible — maybe it’s an interview request or a small speaking "
        "gig — and you’re terrified to say “yes.”",
        "Jessica Mackler issued a statement saying his comment “has absolutely no place in our democracy.”",
    ])], nlp)[0].quotes
    assert [(q.text, q.speaker) for q in found] == [
        ("yes.", None),
        ("has absolutely no place in our democracy.", "Jessica Mackler"),  # a statement saying: a verb
    ]


def test_a_clause_after_but_or_and_has_its_own_subject(nlp):
    # not an apposition of the name the sentence opens with
    assert extracted(nlp, [
        "Mitchell Zuckoff said he spoke with the agency many times, but officials said those talks came later.",
    ], "indirect") == [
        ("he spoke with the agency many times", "Mitchell Zuckoff"),
        ("those talks came later", "officials"),
    ]


def test_a_pronoun_after_a_few_words_of_time_is_the_subject(nlp):
    # "late Saturday he said": the pronoun, resolved to its person, not the words before it
    assert extracted(nlp, [
        "Bernie Sanders campaigned in Iowa on Saturday. He spoke for an hour, and late Saturday he said he "
        "supported legislation to repeal the bill.",
    ], "indirect") == [("he supported legislation to repeal the bill", "Bernie Sanders")]


def test_and_before_a_second_apposition_keeps_the_name(nlp):
    assert extracted(nlp, [
        "Sen. Bob Corker, chairman of the Foreign Relations Committee, and a frequent critic of the president, "
        "said the deal was bad for the country.",
    ], "indirect") == [("the deal was bad for the country", "Bob Corker")]


def test_a_name_that_qualifies_the_subject_is_not_the_speaker(nlp):
    # "a senior Cruz adviser", "one Trump campaign source", "Trump supporters": the name says whose
    # people they are; the quotation is theirs, not the person's
    assert extracted(nlp, [
        "Ted Cruz wants to return to the campaign trail this fall.",
        "“That can go a long way toward establishing good relationships,” said a senior Cruz adviser.",
        "“It’s the nominee’s party,” one Trump campaign source said.",
        "“He should drop out,” Cruz supporters chanted.",
        "“She didn’t like that,” said a 2008 Clinton veteran.",
    ], "direct") == [
        ("That can go a long way toward establishing good relationships,", "senior Cruz adviser"),
        ("It’s the nominee’s party,", "Trump campaign source"),
        ("He should drop out,", "Cruz supporters"),
        ("She didn’t like that,", "2008 Clinton veteran"),
    ]


def test_a_name_that_qualifies_a_second_name_leaves_it_the_speaker(nlp):
    assert extracted(nlp, [
        "Hillary Clinton and Ted Cruz spoke on Sunday.",
        "“David is a longtime friend of mine,” said Clinton ally James Carville.",
        "“Anyone who refuses to follow the law puts Americans at risk,” Cruz constituent Dan Golvach said.",
    ], "direct") == [
        ("David is a longtime friend of mine,", "James Carville"),
        ("Anyone who refuses to follow the law puts Americans at risk,", "Dan Golvach"),
    ]


def test_a_name_that_does_something_before_the_verb_still_speaks(nlp):
    # "Obama released a statement condemning", "Sanders and his supporters said": no qualified head
    assert extracted(nlp, [
        "President Obama released a statement Thursday night condemning “what appears to be a horrific "
        "terrorist attack.”",
        "Bernie Sanders and his supporters said “the system is rigged.”",
    ], "direct") == [
        ("what appears to be a horrific terrorist attack.", "Obama"),
        ("the system is rigged.", "Bernie Sanders"),
    ]


def test_a_description_with_a_name_inside_is_not_the_storys_last_person(nlp):
    # "the Lincoln actor" is not whoever the story last quoted, nor Lincoln
    assert extracted(nlp, [
        "“They are very good,” Ed Crane said of the two candidates.",
        "One ad stars an Abraham Lincoln impersonator who promises to keep taxes low.",
        "“It’s like a two-horse race,” the Lincoln actor says of the campaign.",
    ], "direct") == [("They are very good,", "Ed Crane"), ("It’s like a two-horse race,", "Lincoln actor")]


def test_the_subject_of_an_as_clause(nlp):
    assert extracted(nlp, [
        "The primary requirement for the program is a “lawful source of investment income,” as a Homeland "
        "Security memo put it.",
        "Mr. Schultz and Mr. King are playing the equestrians to Russia's Trojan horse (or, as The Daily Beast "
        "called them in an article last week, “Manchurian anchors”).",
    ], "partial") == [
        ("lawful source of investment income,", "Homeland Security memo"),
        ("Manchurian anchors", "Daily Beast"),
    ]
    assert extracted(nlp, [
        "“Apparently there's a young man who's having some problems,” Ted Cruz said as the heckler yelled: "
        "“You suck!”",
    ], "direct") == [
        ("Apparently there's a young man who's having some problems,", "Ted Cruz"),
        ("You suck!", "heckler"),
    ]


def test_a_participle_after_a_possessive_is_an_adjective(nlp):
    # not "as one of the congressman’s" speaking through "alleged"
    assert extracted(nlp, [
        "Lolita Grayson wrote that Dena Minning is listed as one of the congressman’s alleged “paramours.”",
        "Donald Trump spoke. He's warned repeatedly that “the system is rigged.”",  # "he has warned"
    ], "partial") == [("paramours.", "Lolita Grayson"), ("the system is rigged.", "Donald Trump")]


def test_a_pronoun_after_a_long_phrase_of_time_and_place_is_the_subject(nlp):
    assert extracted(nlp, [
        "Donald Trump has surrounded himself with advisers. A few days ago in an interview with a network "
        "in Moscow he blasted the American media for being “unbelievably dishonest.”",
    ], "partial") == [("unbelievably dishonest.", "Donald Trump")]


def test_a_document_filed_speaks_without_its_participle(nlp):
    assert extracted(nlp, [
        "According to a civil complaint filed by the federal Securities and Exchange Commission and a state "
        "agency, the developers ran a “massive fraudulent scheme.”",
    ], "partial") == [("massive fraudulent scheme.", "civil complaint")]


def test_a_relative_clause_without_commas_speaks_for_the_name_before_it(nlp):
    assert extracted(nlp, [
        "Many voters backed Bernie Sanders who said “the system is rigged” on Monday.",
        "Reporters turned to the Chicago Police Department which reported “2,521 shooting incidents” in the city.",
    ], "partial") == [("the system is rigged", "Bernie Sanders"), ("2,521 shooting incidents", "Chicago Police Department")]


def test_he_or_she_in_a_sentence_is_first_the_person_it_opens_with(nlp):
    # not the woman quoted before: the sentence's own subject
    assert extracted(nlp, [
        "“Membership is down,” said Lesley Deutch, a consultant.",
        "Michelle F. Tanzer, a lawyer who sits on the board of the association, has helped clubs adapt to what "
        "she said is growing demand for fitness facilities.",
    ], "indirect") == [("is growing demand for fitness facilities", "Michelle F. Tanzer")]


def test_a_pronoun_right_after_quoted_words_is_the_subject(nlp):
    assert extracted(nlp, [
        "“I am not going to follow a script,” Italian Prime Minister Matteo Renzi said after the meeting. The "
        "summit accomplished “too little,” he added on Twitter.",
    ], "partial") == [("too little,", "Matteo Renzi")]


def test_a_dateline_dash_opens_the_clause(nlp):
    # "WASHINGTON -- President Obama, dedicating …, said": the name after the dateline
    assert extracted(nlp, [
        "WASHINGTON -- President Obama, dedicating the museum on Saturday, said it would tell an American "
        "story, one of “suffering and delight.”",
    ], "partial") == [("suffering and delight.", "Obama")]


def test_an_apposition_opened_by_a_possessive_describes_the_name_before_it(nlp):
    assert extracted(nlp, [
        "Even China, Pyongyang's only ally and its economic lifeline to the outside world, said it was "
        "“resolutely opposed” to the test.",
        "Michael Flynn, Trump's top surrogate, said he was “absolutely right.”",
    ], "partial") == [("resolutely opposed", "China"), ("absolutely right.", "Michael Flynn")]


def test_a_noun_before_a_relative_clause_without_that_is_not_the_subject(nlp):
    assert extracted(nlp, [
        "Rep. Adam Schiff, the top Democrat on the House Intelligence Committee, called on the president to "
        "retaliate against Russia for interference in the election -- meddling the California congressman said "
        "is designed to “sow discord” in American politics.",
    ], "partial") == [("sow discord", "Adam Schiff")]


def test_the_pronoun_before_the_verb_beats_a_name_that_is_an_object(nlp):
    assert extracted(nlp, [
        "Bernie Sanders spoke in Vermont.",
        "He is backing Hillary Clinton -- not me -- and he says he'll do everything he can to help her win.",
    ], "indirect") == [("he'll do everything he can to help her win", "Bernie Sanders")]


def test_who_does_an_ing_verb_of_speech(nlp):
    # the name before it, or before "of"; a "when" clause after the quotation is not its attribution
    assert extracted(nlp, [
        "Hillary Clinton spoke first.",
        "The spot ends with footage of Donald Trump saying during the debate, “That makes me smart,” when "
        "Hillary Clinton blasted him.",
        "Democrats -- including Hillary Clinton -- quickly accused Donald Trump of suggesting “violence against "
        "the Democratic nominee.”",
    ], "direct") == [
        ("That makes me smart,", "Donald Trump"),
        ("violence against the Democratic nominee.", "Donald Trump"),
    ]


def test_aides_to_a_person_speak_not_the_person(nlp):
    assert extracted(nlp, [
        "Aides to Gov. Chris Christie of New Jersey said his stump speeches would focus on national security.",
    ], "indirect") == [("his stump speeches would focus on national security", "Aides to Gov. Chris Christie of New Jersey")]


def test_he_is_not_a_name_in_an_opening_phrase_before_the_subject(nlp):
    # "On the topic of another tough guy, Mr. Putin, Mr. Trump was pressed on why he had said …"
    assert extracted(nlp, [
        "Donald Trump spoke in Iowa.",
        "On the topic of another tough guy, Mr. Putin, Mr. Trump was pressed on why he had said it was “a great "
        "honor” to earn the Russian president's praise.",
    ], "partial") == [("a great honor", "Donald Trump")]


def test_a_verb_with_its_object_is_no_speaker(nlp):
    # the participle clause speaks for the sentence's subject, never for "parents stiffened their …"
    found = extracted(nlp, [
        "Both parents stiffened their denunciation of Mr. Trump, saying that he lacked the moral character to "
        "be president.",
    ], "indirect")
    assert [text for text, _ in found] == ["he lacked the moral character to be president"]
    assert all(not speaker or "stiffened" not in speaker for _, speaker in found)


def test_he_with_nobody_before_the_sentence_is_its_first_person(nlp):
    assert extracted(nlp, [
        "Radio talk host Rush Limbaugh used his platform Friday to discuss what he described as the “brilliant” "
        "decision Donald Trump made.",
    ], "partial") == [("brilliant", "Rush Limbaugh")]


def test_they_is_never_a_document(nlp):
    # a complaint quoted two paragraphs before is "it": "they wrote" is not the complaint's
    found = extracted(nlp, [
        "According to a civil complaint, the developers ran a “massive fraudulent scheme.”",
        "Critics of the program see reauthorization as an opportunity to fix it. They sent a letter on Thursday.",
        "“The program has become plagued by fraud and abuse,” they wrote.",
    ], "direct")
    assert found == [("The program has become plagued by fraud and abuse,", None)]


def test_a_participle_speaks_for_its_clause_subject_not_the_clause_object(nlp):
    assert extracted(nlp, [
        "Sen. Bernie Sanders spoke in Iowa on Sunday.",
        "At the debate, the Vermont senator compared himself to Hillary Clinton, saying, “I don’t get personal "
        "speaking fees from Goldman Sachs.”",
        "The campaign's manager, Robby Mook, praised Hillary Clinton, saying, “She is ready.”",
    ], "direct") == [
        ("I don’t get personal speaking fees from Goldman Sachs.", "Bernie Sanders"),
        ("She is ready.", "Robby Mook"),
    ]


def test_a_participle_after_a_persons_own_clause_is_that_persons(nlp):
    # Reid has a verb of his own ("quieted") before the participle: he is its subject
    assert extracted(nlp, [
        "One Democratic official who relayed the exchange said Harry Reid quieted the chatter, telling his "
        "colleagues, “We have to remember that Bernie has always been good to us.”",
    ], "direct") == [("We have to remember that Bernie has always been good to us.", "Harry Reid")]


def test_any_verb_in_the_past_between_a_quotation_and_the_sentence_end_attributes_it(nlp):
    assert extracted(nlp, [
        "Fox News host Sean Hannity interviewed Donald Trump on Monday.",
        "“Would it be negotiable about the 11 million?” Hannity pressed. “Maybe let some people stay?”",
        "“You know, it happens, right?” Trump went on, as if he didn’t hear her.",
        "“Out!” the crowd roared.",
    ], "direct") == [
        ("Would it be negotiable about the 11 million?", "Sean Hannity"),
        ("Maybe let some people stay?", "Sean Hannity"),
        ("You know, it happens, right?", "Donald Trump"),
        ("Out!", "crowd"),
    ]


def test_an_infinitive_that_introduces_a_quotation_is_its_attribution(nlp):
    assert extracted(nlp, [
        "Ted Cruz spoke first.",
        "But the debate was so subdued that Donald Trump was prompted to say, “So far, I cannot believe how civil "
        "it's been up here.”",
        "Martin O'Malley, who signed sweeping gun laws as governor, interjected to say: “They've both been "
        "inconsistent when it comes to this issue.”",
    ], "direct") == [
        ("So far, I cannot believe how civil it's been up here.", "Donald Trump"),
        ("They've both been inconsistent when it comes to this issue.", "Martin O'Malley"),
    ]


def test_a_place_that_describes_a_person_or_an_office_is_not_the_speaker(nlp):
    assert extracted(nlp, [
        "A New Hampshire Republican said Trump will be defeated in this process.",
        "The attorney general of the state of New York said Trump University is a fraud.",
        "Senior Democrats on the House Judiciary Committee, along with top congressional leaders representing "
        "minority groups, also wrote that the restrictions were unfair.",
    ], "indirect") == [
        ("Trump will be defeated in this process", "New Hampshire Republican"),
        ("Trump University is a fraud", "attorney general of the state of New York"),
        ("the restrictions were unfair", "Senior Democrats on the House Judiciary Committee"),
    ]


def test_a_verb_with_a_preposition_and_its_object_is_no_speaker(nlp):
    assert extracted(nlp, [
        "Republicans on Capitol Hill seized on the message, arguing that it showed “intent” and indicated Clinton "
        "may have violated laws.",
    ], "partial") == [("intent", "Republicans on Capitol Hill")]


def test_a_verb_of_an_opening_clause_is_not_the_participles_host(nlp):
    assert extracted(nlp, [
        "When the bill passed, Donald Trump took to Twitter, writing that it was a disaster for the country.",
    ], "indirect") == [("it was a disaster for the country", "Donald Trump")]


def test_a_new_sentence_after_a_quoted_question_is_no_attribution(nlp):
    quotes = extracted_quotes(nlp, [
        "“Why not?” It worked. “Where is the money?” The Senate adjourned.",
    ], "direct")
    assert [(q.text, q.verb) for q in quotes] == [("Why not?", None), ("Where is the money?", None)]


def test_a_person_described_by_a_lower_case_noun_is_the_speaker_by_name(nlp):
    # the model calls "Whit Symms" an organisation here (PolNeAR train gave "Concord resident Whit Symms")
    assert extracted(nlp, [
        "Concord resident Whit Symms said the road had been closed for weeks and that nobody had told them.",
    ], "indirect") == [("the road had been closed for weeks and that nobody had told them", "Whit Symms")]


def test_a_name_after_with_is_the_subject_of_the_ing_verb(nlp):
    # an AEB page (engadget.com): the sentence's clause before "with" had been the speaker
    assert extracted(nlp, [
        "Still, there'll be 150 kW DC fast charging support, with Audi suggesting that the Sportback 55 "
        "should be able to top up to 80-percent in under thirty minutes.",
    ], "indirect") == [("the Sportback 55 should be able to top up to 80-percent in under thirty minutes", "Audi")]


def test_a_participle_with_its_object_is_no_speaker(nlp):
    # an AEB page (cnbc.com): "allowing the president to campaign" had been the speaker
    quotes = extracted(nlp, [
        "That would help Trump's farm belt constituency while allowing the president to campaign on "
        "maintaining his “tough on China” stance, which holds appeal to voters in key states.",
    ], "partial")
    assert quotes == [("tough on China", "president")]


def test_a_name_after_with_and_no_comma_is_an_object_not_the_speaker(nlp):
    # sentences a review of the rule above wrote
    assert extracted(nlp, [
        "The watchdog group filed a complaint with the Federal Election Commission alleging that the campaign "
        "illegally coordinated with a super PAC.",
    ], "indirect") == [("the campaign illegally coordinated with a super PAC", "watchdog group")]


def test_a_speech_verb_after_and_shares_the_subject_of_the_first(nlp):
    # PolNeAR train: the second verb had taken "his party" (after it) or the that-clause's subject
    assert extracted(nlp, [
        "Okafor said Monday that he will “try to form a stable government” and insisted that his "
        "party was “still the first force in the country.”",
        "Democratic front-runner Tom Reyes, also touring the flooded towns, said Ed Walsh was responsible "
        "for the delays and accused him of “ignoring warnings for years.”",
    ], "partial") == [("try to form a stable government", "Okafor"), ("still the first force in the country.", "Okafor"),
                      ("ignoring warnings for years.", "Tom Reyes")]


def test_a_verb_after_and_in_another_tense_or_clause_keeps_its_own_subject(nlp):
    quotes = extracted(nlp, [
        "Anna Berg praised the new fire chief, Paul Novak. “Tireless,” she said, meaning that he's "
        "“never off duty” and says what he thinks “whatever the cost.”",
    ], "partial")
    assert ("whatever the cost.", "Anna Berg") not in quotes
    # the first verb is in a subordinate clause: "told" is the main clause's, whose subject is Okafor
    assert extracted(nlp, [
        "At the moment Senator Paul Hart announced his candidacy, Mayor Linda Okafor was meeting donors "
        "in her office and told aides that she viewed the race as a threat.",
    ], "indirect") == [("she viewed the race as a threat", "Linda Okafor")]


def test_a_date_is_never_the_speaker(nlp):
    # PolNeAR train: "the March (states account for …)" and a year before a participle had been speakers
    quotes = extracted(nlp, [
        "The first four states that vote hold only 4% of the delegates, while the March states account for "
        "more than half of the delegates and “better reflect the diversity of the party,” Robby Mook wrote.",
    ], "partial")
    assert quotes == [("better reflect the diversity of the party,", "Robby Mook")]


def test_the_subject_of_a_participle_stops_before_its_clauses_verb(nlp):
    # "X declined to …, saying": X speaks, not "X declined to …"
    assert extracted(nlp, [
        "One employee at a software firm declined to speak on the record, saying it would be a bad career "
        "move for his name to turn up.",
        "A spokeswoman for the bank also declined to comment, saying that nobody involved remains at the firm.",
    ], "indirect") == [
        ("it would be a bad career move for his name to turn up", "employee at a software firm"),
        ("nobody involved remains at the firm", "bank"),  # a spokeswoman speaks for her organisation
    ]
    # (a verb inside a relative clause of the subject stays in it)
    assert extracted(nlp, [
        "Officials who declined to be named said the sanctions would take effect on Monday.",
    ], "indirect") == [("the sanctions would take effect on Monday", "Officials who declined to be named")]


def test_the_subject_of_a_passive_verb_of_saying_is_not_who_spoke(nlp):
    # from held-out articles: "new dates" and "the plan" were given as speakers
    assert extracted(nlp, [
        "The festival was postponed on Monday.",
        "The company said that new dates would be announced \"in the coming weeks\".",
        "The plan was described as \"a disaster\" at the meeting.",
    ], "partial") == [("in the coming weeks", "company"), ("a disaster", None)]


def test_a_call_that_summons_says_nothing_and_does_not_change_who_he_is(nlp):
    # held-out house style (Welsh rugby): "called him into a meeting room" is no speech verb, so the
    # coach does not become "he"
    found = extracted(nlp, [
        "Wales head coach Rhodri ap Gwilym has named uncapped flanker Ioan Pritchard-Evans in his side.",
        "Pritchard-Evans, 22, told the BBC he had found out when ap Gwilym called him into a meeting room. "
        "\"I thought I was in trouble,\" he said.",
    ], "direct")
    assert found == [("I thought I was in trouble,", "Ioan Pritchard-Evans")]


def test_a_call_with_in_or_over_after_it_still_quotes(nlp):
    # PolNeAR train (nyt 2016-09-19, 2016-06-09): calling "in an article" and "over her shoulder" say things
    found = extracted(nlp, [
        "Mr. Schultz is playing along (or, as The Daily Beast called them in an article last week, "
        "“Manchurian anchors”).",
        "Senator Shelley Moore Capito, Republican of West Virginia, called over her shoulder, “His comments are "
        "not helping.”",
    ], ("direct", "partial"))
    assert found == [("Manchurian anchors", "Daily Beast"), ("His comments are not helping.", "Shelley Moore Capito")]


def test_the_noun_before_a_restrictive_relative_clause_speaks(nlp):
    # probes of this round's review: "who" without commas says which one; before, the clause's words
    # were the speaker ("know him", "found the body") or nothing was found
    found = extracted(nlp, [
        "A woman who lives near the crash site told Reuters the house shook. “The whole house shook,” she said.",
        "People who know him said he was “a fighter.”",
        "The man who found the body told police he had “never seen anything like it.”",
    ], ("direct", "partial"))
    assert [speaker for _, speaker in found] == ["woman who lives near the crash site", "People who know him",
                                                 "man who found the body"]


def test_the_company_is_the_organisation_the_story_introduced_with_that_noun(nlp):
    found = extracted(nlp, [
        "A federal judge ruled Tuesday that ticketing company Gatepass illegally monopolized the market.",
        "Gatepass said in a statement that it would appeal. “Artists and venues choose Gatepass because we "
        "deliver for them,” the company said.",
        "“We are disappointed,” the union said.",
    ], "direct")
    # (the story named no union: the word stays)
    assert [speaker for _, speaker in found] == ["Gatepass", "union"]


def test_the_statement_speaks_for_whoever_said_in_it_or_signed_it(nlp):
    found = extracted(nlp, [
        "Eduardo Menéndez, a shortstop who won a World Series in 1979, died Tuesday. He was 78.",
        "His family said in a statement that he died of heart disease. “Papi loved baseball,” the statement said.",
        "In a statement signed by its president, Comrade Babatunde Oyekanmi, the NLC said Nigerians were angry. "
        "The statement read in part: “Enough is enough.”",
    ], "direct")
    assert [speaker for _, speaker in found] == ["family", "NLC"]


def test_a_statement_spoken_of_paragraphs_ago_does_not_speak_for_a_new_one(nlp):
    found = extracted(nlp, [
        "The minister, Pascale Boistard, said in a statement that the search would go on through the night.",
        "Investigators recovered parts of the wreckage on Saturday.",
        "Jean Supré had worked as a finance director in Belgium for eight years.",
        "His employer confirmed he was on the plane. “He was a greatly respected colleague,” the statement added.",
    ], "direct")
    assert [speaker for _, speaker in found] == ["statement"]


def test_a_statement_issued_speaks_for_its_owner_later_and_a_new_one_for_no_one_named(nlp):
    found = extracted(nlp, [
        "Drax Group issued a statement on Monday after a fire at its Selby plant.",
        "Firefighters were at the site for six hours.",
        "“The plant will be back in service within days,” the statement said.",
        "Police said in a statement that a man had been arrested.",
        "The family of the victim also released a statement. “Jamie was our world,” the statement said.",
    ], "direct")
    assert [speaker for _, speaker in found] == ["Drax Group", "statement"]


def test_the_company_is_no_one_when_the_story_introduced_two(nlp):
    found = extracted(nlp, [
        "Nexora, the software company, said it had been hit by a cyberattack. Its biggest customer, Brightpath, "
        "a payments company, lost some data.",
        "“We are reviewing our contract with Nexora,” the company said.",
    ], "direct")
    assert [speaker for _, speaker in found] == ["company"]


def test_a_participle_phrase_between_subject_and_verb_describes_the_subject(nlp):
    # "after Mr. Trump, asked about …Mr. Putin, had said": the name inside the phrase is not who spoke;
    # but an adjective before a name ("retired Lt. …") is no such phrase
    assert extracted(nlp, [
        "Donald J. Trump spoke to ABC. The issue had come up after Mr. Trump, asked about the deaths of "
        "journalists under Vladimir Putin, had said, ''I think our country does plenty of killing also.''",
        "Incumbent Sheriff Gordon Vickery said his department had cut response times by a third. “We are "
        "faster than we have ever been,” he said, before his challenger, retired Lt. Marisa Quiñonez, "
        "countered: “Faster to show up, maybe.”",
    ], "direct") == [
        ("I think our country does plenty of killing also.", "Donald J. Trump"),
        ("We are faster than we have ever been,", "Gordon Vickery"),
        ("Faster to show up, maybe.", "Marisa Quiñonez"),
    ]


def test_an_opening_participle_phrase_is_not_the_speaker(nlp):
    assert extracted(nlp, [
        "Senate Minority Leader Harry M. Reid spoke on Tuesday. Reflecting on his earlier career as a trial "
        "lawyer, the Senate Democratic leader said, \"I never knew what was going to happen.\"",
    ], "direct") == [("I never knew what was going to happen.", "Harry M. Reid")]


def test_the_verb_after_another_quotation_is_that_quotations(nlp):
    # "joked, “…,” drawing jeers and “BERNIE!” chants": the quotation is hers, joked before it
    assert extracted(nlp, [
        "Comedian Sarah Silverman, a backer of Bernie Sanders, took the stage. Silverman was joined by Minnesota Sen. Al Franken and "
        "joked, “Bernie or Bust people, you’re being ridiculous,” drawing loud jeers and “BERNIE!” chants.",
    ], "direct") == [("Bernie or Bust people, you’re being ridiculous,", "Sarah Silverman")]


def test_assured_attributes_a_quotation(nlp):
    assert extracted(nlp, [
        "Radio host Alex Jones interviewed Donald Trump. \"Your reputation is amazing,\" Trump assured Jones, "
        "after Jones assured Trump that most of his listeners supported him.",
    ], "direct") == [("Your reputation is amazing,", "Donald Trump")]


def test_the_person_a_colon_introduction_ends_on_speaks_when_a_thing_opens_it(nlp):
    # "The timing … doesn't surprise pollster Daron Shaw: “…”" (PolNeAR train); "Clinton’s response
    # was: “…”": whose response; but a person who opens the sentence speaks ("Trump attacked Clinton:")
    assert extracted(nlp, [
        "Democratic pollster Chris Anderson told Fox the race had changed.",
        "The timing of Sanders’ surge doesn’t surprise Republican pollster Daron Shaw: “Historically, "
        "lesser-known candidates have seen the biggest boost.”",
        "Hillary Clinton wrote to her aide Huma Abedin. Clinton’s response was: “Is he off Conn or Wisconsin?”",
        "Donald Trump spoke in Ohio. Trump attacked Hillary Clinton: “She is a disaster.”",
    ], "direct") == [
        ("Historically, lesser-known candidates have seen the biggest boost.", "Daron Shaw"),
        ("Is he off Conn or Wisconsin?", "Hillary Clinton"),
        ("She is a disaster.", "Donald Trump"),
    ]


def test_who_a_participle_phrase_names_and_who_heard_the_words(nlp):
    # the review's probes: "identified by police as <name>" names the subject; a quoted label before a
    # name does not take the verb from the quotation before it; "were assured" names no speaker
    assert extracted(nlp, [
        "A passer-by, identified by police as 42-year-old Joseph Kamau, told officers, “I heard two shots and "
        "then a car drove off.”",
        "Border official Tom Homan appeared on television on Sunday.",
        "Asked about raids that Democrats have called cruel, “We will not apologize for enforcing the law,” "
        "“border czar” Tom Homan told Fox News.",
        "Bank of England governor Andrew Bailey and Chancellor Rachel Reeves spoke after the rate decision.",
        "Markets were assured that the bank would act, but Mr Bailey was cautious: “We are not out of the woods "
        "yet.”",
    ], "direct") == [
        ("I heard two shots and then a car drove off.", "Joseph Kamau"),
        ("We will not apologize for enforcing the law,", "Tom Homan"),
        ("We are not out of the woods yet.", "Andrew Bailey"),
    ]


def test_speakers_of_the_house_styles_of_many_countries(nlp):
    # shapes of the sixth held-out house-style set (bench/data/house_styles_heldout6.json), names changed
    assert extracted(nlp, [
        "Cardinal Paolo Benedetti-Gallo, who chairs the council, told participants: “We are no longer strangers.”",
        # "Fr." with its full stop does not end the sentence
        "Fr. Samuel Kipruto Langat, a Jesuit who works in Kakuma, described the camps. “Nobody asks your religion "
        "when the food truck comes,” Fr. Langat said.",
        # the name after "Among the speakers was" is the sentence's subject, whom "he" is next
        "Among the speakers was Sheikh Omar Khalid al-Tamimi of the Islamic Research Academy. “Friendship is a "
        "religious duty,” he said.",
        # a surname written with its article
        "“We will meet again in Cairo,” al-Tamimi added.",
        # an office of an organisation with capitals, and its abbreviation in brackets, before the name
        "“He was a national treasure,” said the President of the Musicians Union of Ghana (MUSIGA), Kwabena "
        "Owusu-Ansah.",
    ], "direct") == [
        ("We are no longer strangers.", "Paolo Benedetti-Gallo"),
        ("Nobody asks your religion when the food truck comes,", "Samuel Kipruto Langat"),
        ("Friendship is a religious duty,", "Omar Khalid al-Tamimi"),
        ("We will meet again in Cairo,", "Omar Khalid al-Tamimi"),
        ("He was a national treasure,", "Kwabena Owusu-Ansah"),
    ]


def test_someone_the_story_is_about_after_among_the_injured_was_is_not_the_next_he(nlp):
    # a review's probes: "Among the injured was …" names a victim, not who speaks next
    assert extracted(nlp, [
        "Police Chief Tom Reyes said two officers were wounded in the shooting on Friday.",
        "Among the injured was Officer Mark Diaz, 29, who was shot in the leg. “He is expected to make a "
        "full recovery,” he said.",
    ], "direct") == [("He is expected to make a full recovery,", "Tom Reyes")]


def test_a_surname_after_o_apostrophe_is_a_short_reference_after_a_style(nlp):
    # a review's probes: "Fr. O’Neill said" is the priest named before
    assert extracted(nlp, [
        "Fr. Declan O’Neill led prayers at the church on Sunday.",
        "“We are a community in mourning,” Fr. O’Neill said.",
    ], "direct") == [("We are a community in mourning,", "Declan O’Neill")]


def test_a_reply_or_cry_that_came_from_someone_is_theirs(nlp):
    # PolNeAR train: "“Call the roll,” came shouts from the crowd" (the noun "shouts" is no verb)
    assert extracted(nlp, [
        "“Call the roll,” came shouts from the crowd, as the crowd booed.",
        "“We will fight on,” came the swift reply from Tom Baker, the union's leader.",
    ], "direct") == [("Call the roll,", "crowd"), ("We will fight on,", "Tom Baker")]


def test_a_quoted_sentence_set_in_brackets_is_direct(nlp):
    # PolNeAR train: "… as the crowd booed. (“I don’t want to have fisticuffs,” said one party activist.)"
    found = extracted_quotes(nlp, [
        "The crowd booed. (“I don’t want to have fisticuffs,” said one party activist.)",
    ])
    assert [(q.text, q.kind) for q in found] == [("I don’t want to have fisticuffs,", "direct")]


def test_a_word_for_someone_the_story_did_not_call_so_is_not_the_last_speaker(nlp):
    # a review's probes: after one person speaks, "the priest", "the coach", "the guide" is most often
    # someone else (a rule that gave any such word to the last speaker was dropped); a title the story
    # gave ("Rev. Fr.") says who "the priest" is
    assert extracted(nlp, [
        "The bride, Grace Mwangi, said she was overjoyed. “It was a beautiful ceremony,” the priest said.",
        "Emma Lund, 29, a tourist from Malmö, said she had been terrified. “Nobody was hurt,” the guide said.",
    ], "direct") == [("It was a beautiful ceremony,", "priest"), ("Nobody was hurt,", "guide")]
    assert extracted(nlp, [
        "Rev. Fr. Anthony Flomo Gbarlea described the situation as grave. “We see it in our congregations,” the "
        "priest said.",
    ], "direct") == [("We see it in our congregations,", "Anthony Flomo Gbarlea")]


def test_clergy_and_guides_named_before_are_who_the_epithet_means(nlp):
    # the eighth held-out house-style set
    assert extracted(nlp, [
        "Rev. Fr. Anthony Flomo Gbarlea, secretary-general of the Catholic Secretariat, described the situation as "
        "“a moral emergency”. “We see it in our congregations,” the priest said.",
        "Veteran guide Dorje Phinjo Sherpa, who has summited Everest 19 times, welcomed the decision. “Solo "
        "climbers think they are heroes,” the 46-year-old said.",
    ], "direct") == [("We see it in our congregations,", "Anthony Flomo Gbarlea"),
                     ("Solo climbers think they are heroes,", "Dorje Phinjo Sherpa")]


def test_an_epithet_after_someone_who_spoke_past_asides_or_an_age_word(nlp):
    # the eighth held-out house-style set: asides between the name and its verb, "the octogenarian"
    assert extracted(nlp, [
        "Kaumātua Te Rangi Pōhatu, 91, who spoke on the paepae for the iwi, said the settlement could never "
        "compensate. “It can never be paid back,” the elder said.",
        "The chief incumbent of the temple, Ven. Kotagama Sumanasara Thera, told reporters it was hard.",
        "“This year we will have three elephants,” the prelate said.",
        "A respected elder, Chief Ebenezer Oyelaran, appealed to both camps. “When two elephants fight, it is "
        "the grass that suffers,” said the octogenarian.",
    ], "direct") == [("It can never be paid back,", "Te Rangi Pōhatu"),
                     ("This year we will have three elephants,", "Kotagama Sumanasara Thera"),
                     ("When two elephants fight, it is the grass that suffers,", "Ebenezer Oyelaran")]


def test_a_sentence_opening_on_an_epithet_makes_its_person_the_next_he(nlp):
    # the eighth held-out house-style set: the epithet names the player, not the coach who spoke last
    assert extracted(nlp, [
        "Hunter Stingrays coach Wayne Kersting has defended veteran halfback Lachlan Tuimavave after the loss.",
        "“One moment doesn't define him,” Kersting said.",
        "The 34-year-old halfback fronted the media alongside his coach. “I let the boys down,” he said.",
    ], "direct") == [("One moment doesn't define him,", "Wayne Kersting"),
                     ("I let the boys down,", "Lachlan Tuimavave")]


def test_a_source_close_to_a_person_noun_is_a_description(nlp):
    # the eighth held-out house-style set (not a capitalised "Every player" found inside a quotation)
    assert extracted(nlp, [
        "“Every player wants to play,” the coach said.",
        "A source close to the player told us: “He is fuming.”",
        "A source close to the club said: “He is not for sale.”",
        "A spokesman for the club said: “No comment.”",
    ], "direct")[1:] == [("He is fuming.", "source close to the player"),
                         ("He is not for sale.", "source close to the club"), ("No comment.", "club")]


def test_an_age_the_story_gave_rules_a_person_out_of_an_age_epithet(nlp):
    # a review's probes: "the octogenarian" is not the 45-year-old, "the 32-year-old halfback" not the 24-year-old
    assert extracted(nlp, [
        "Jane Doe, 45, said the bus route had been cut. “I cannot walk to the shops any more,” the "
        "octogenarian said.",
    ], "direct") == [("I cannot walk to the shops any more,", "octogenarian")]
    assert extracted(nlp, [
        "All Blacks halfback Cam Roigard, 24, was ruled out. Coach Scott Robertson said the squad was ready. "
        "The 32-year-old halfback trained fully on Thursday.",
        "“I’m ready,” he said.",
    ], "direct")[0][1] != "Cam Roigard"  # (TJ Perenara, who speaks, is named only in the full story)
