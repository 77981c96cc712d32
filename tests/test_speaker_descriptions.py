"""Speakers as sports, tabloid and British sites describe them: relatives, epithets, a role and
then the name, and full names the model only half found."""

from conftest import extracted, extracted_quotes


def test_a_relative_speaks_for_themself_not_for_the_person_they_belong_to(nlp):
    found = extracted(nlp, [
        "Liam Corrigan, 12, died in hospital on Sunday after being struck by a car in Mansfield.",
        "In a statement released through the police, his family said: \"Liam was a kind, funny, football-mad boy.\"",
        "Ellie Harford, 19, was found on Tuesday.",
        "In a statement, her parents said: \"We have been through the worst three days of our lives.\"",
        "\"It was a good day,\" a close ally said.",
    ], "direct")
    assert [speaker for _, speaker in found] == ["family", "parents", "close ally"]


def test_a_name_after_a_role_with_its_owner_or_a_title_is_the_speaker(nlp):
    found = extracted(nlp, [
        "The farm trial ran for three years.",
        "\"Soil is the most undervalued asset in farming,\" said its chief scientist, Dr Ruth Kamau.",
        "\"It was close,\" said the competition's head judge, Professor Alan Birtwhistle.",
        "\"The effect was bigger than we expected,\" said the study's lead author, Dr. Mette Sørgaard of Nordvik University.",
    ], "direct")
    assert [speaker for _, speaker in found] == ["Ruth Kamau", "Alan Birtwhistle", "Mette Sørgaard"]


def test_an_epithet_is_the_person_the_story_named(nlp):
    found = extracted(nlp, [
        "Thomas Lemaire signed a new contract on Friday.",
        "\"I am happy here. My family is happy here,\" the Frenchman told a newspaper.",
        "Lila Frost, who released her third album in May, has been touring for a year with Tom Reyes.",
        "\"There were nights I'd be standing side stage, shaking,\" the 27-year-old told the magazine.",
        "Craig Tennant, 41, said his son waited for two hours.",
        "The dad-of-three told the paper: \"Nobody from the council has even bothered to ring.\"",
        "\"It is a disgrace,\" the Republican said.",
    ], "direct")
    assert [speaker for _, speaker in found] == ["Thomas Lemaire", "Lila Frost", "Craig Tennant", "Republican"]


def test_a_grandmother_is_called_by_her_grandchildren(nlp):
    found = extracted(nlp, [
        "Maureen Pickering, 78, was loading shopping into her trolley when the pair grabbed her handbag.",
        "“I just saw red,” the gran-of-five said.",
        "The great-grandmother, who had a hip replacement last spring, added: “My daughter says I’m daft.”",
    ], "direct")
    assert found == [("I just saw red,", "Maureen Pickering"), ("My daughter says I’m daft.", "Maureen Pickering")]


def test_a_given_name_the_model_left_out_of_a_surname_it_found(nlp):
    found = extracted(nlp, [
        "The board met on Thursday. Its chair, Renata Coles, signaled that no decision was near.",
        "“We’re not in a hurry,” Ms. Coles said.",
        "Mikel Orrin admitted his side had been poor.",
        "\"We started well,\" Orrin told Sky Sports.",
    ], "direct")
    assert [speaker for _, speaker in found] == ["Renata Coles", "Mikel Orrin"]


def test_ranks_post_nominals_occupations_and_an_age_are_not_the_name(nlp):
    found = extracted(nlp, [
        "Fish prices rose again in March.",
        "Shopper Derek Ames, 67, said: \"I've stopped buying fresh fish altogether. It's a luxury now.\"",
        "Det Supt Karen Blake said: \"We are keeping an open mind.\"",
        "The family was represented at the hearing by Sir Keith Marlow KC, who told the court: \"This family wants answers.\"",
        "\"Families are living in hotel rooms,\" said Aoife Breathnach TD.",
        "Librarian Maya Holt said: \"We lend more than books.\"",
    ], "direct")
    assert [speaker for _, speaker in found] == ["Derek Ames", "Karen Blake", "Keith Marlow", "Aoife Breathnach",
                                                 "Maya Holt"]


def test_the_question_put_to_the_speaker_is_not_the_speech_verb(nlp):
    found = extracted(nlp, [
        "The season starts in September.",
        "Asked about his team's chances this season, Marcus Dell shrugged: \"We'll find out in September.\"",
        "Asked about the report, Mayor Ann Ruiz said it was \"flawed.\"",
    ], ("direct", "partial"))
    assert found == [("We'll find out in September.", "Marcus Dell"), ("flawed.", "Ann Ruiz")]


def test_an_office_of_an_organisation_speaks_not_the_organisation(nlp):
    found = extracted(nlp, [
        "The chief executive of fintech start-up Paywise has said she is \"heartbroken\" by the job losses.",
        "The Minister for Housing has said he is \"confident\" that targets will be met.",
        "\"We will appeal,\" a spokesman for the city council said.",  # (speaks for the council)
    ], ("direct", "partial"))
    assert [speaker for _, speaker in found] == ["chief executive of fintech start-up Paywise", "Minister for Housing",
                                                 "city council"]


def test_relatives_named_by_a_given_name_and_a_live_blogs_times(nlp):
    found = extracted(nlp, [
        "Angela Moretti opened the bakery in 1979.",
        "Her son, Marco, 34, who works in the shop on weekends, said: \"She's been here every morning at 4 a.m.\"",
        "Her daughter, Lucia, put it more simply. \"Mom is the bakery,\" she said.",
        "11:45 a.m. — Janet Olmsted, the county clerk, said turnout was \"steady.\"",
        "12:30 p.m. — Gov. Leah Corwin cast her ballot in Milford. \"I feel good,\" she said as she left.",
    ], ("direct", "partial"))
    assert [speaker for _, speaker in found] == ["Marco", "Lucia", "Janet Olmsted", "Leah Corwin"]


def test_irish_names_counties_and_a_players_position(nlp):
    found = extracted(nlp, [
        "Local councillor Seán Ó Conghaile told a newspaper the attack in Castlebar, Co Mayo, was shocking.",
        "\"This is a quiet estate,\" he said.",
        "Kofi Mensah-Boateng scored twice on Saturday.",
        "\"You never know in football,\" the striker said.",
    ], "direct")
    assert [speaker for _, speaker in found] == ["Seán Ó Conghaile", "Kofi Mensah-Boateng"]


def test_an_epithet_after_someone_the_story_did_not_name_as_a_person_stays_a_description(nlp):
    # from held-out articles: the last speaker is not who "the teenager" is
    found = extracted(nlp, [
        "\"We were poor,\" manager Callum Rennie said.",
        "Femi Adeyinka, 19, scored his first senior goal. \"I have dreamed about that since I was six,\" the teenager said.",
        "Leland Ostrowski, 58, was found guilty on Tuesday.",
        "\"Justice was done,\" County Attorney Graciela Tapia said.",
        "Outside the courthouse, the 58-year-old said only: \"I am going to appeal.\"",
        "Rasmus Kjeldgaard won the Scottish Open on Sunday.",
        "\"It was nice to finally make it,\" the Dane said.",
    ], "direct")
    assert [speaker for _, speaker in found] == ["Callum Rennie", "teenager", "Graciela Tapia", "Leland Ostrowski",
                                                 "Rasmus Kjeldgaard"]


def test_someone_elses_relative_is_new_and_a_party_before_mp_is_not_the_name(nlp):
    found = extracted(nlp, [
        "\"We will appeal,\" said Nia Howells, the prosecutor.",
        "The daughter of one victim said outside court that the family felt \"betrayed twice over\".",
        "The boy's mother said the school had \"failed him\".",
        "Conservative MP Harjit Dhaliwal said the bill was \"a mess\".",
    ], ("direct", "partial"))
    assert [speaker for _, speaker in found] == ["Nia Howells", "daughter of one victim", "boy's mother",
                                                 "Harjit Dhaliwal"]


def test_more_titles_and_positions_from_other_countries(nlp):
    found = extracted(nlp, [
        "The council met on Monday.",
        "\"We need the money,\" said Ald. Desmond Kwarteng.",
        "Cr Jodie Hanrahan said the rates rise was \"unavoidable\".",
        "\"It was quiet,\" said Mr Lim Boon Huat, 52, a trader.",
        "Carlos Ruiz struck out nine in six innings.",
        "\"My slider was working,\" the right-hander said.",
    ], ("direct", "partial"))
    assert [speaker for _, speaker in found] == ["Desmond Kwarteng", "Jodie Hanrahan", "Lim Boon Huat", "Carlos Ruiz"]


def test_an_epithet_after_someone_unnamed_and_offices_with_a_suffix(nlp):
    # from a review of this round's rules against the code before them
    found = extracted(nlp, [
        "Detective Inspector Mark Hale said a 15-year-old boy had been arrested.",
        "\"I didn't do anything,\" the 15-year-old said.",
        "\"We will work with everyone,\" said the country's president-elect, Javier Milei, on Monday.",
        "\"It was a long season,\" the St Louis Cardinals said in a statement.",
    ], "direct")
    assert [speaker for _, speaker in found] == ["15-year-old", "Javier Milei", "St Louis Cardinals"]


def test_a_capitalised_occupation_in_man_before_a_name(nlp):
    found = extracted(nlp, [
        "The typhoon hit the coast on Sunday.",
        "\"The sea was like a wall,\" forecaster Liza Santos said.",
        "Fisherman Arnel Pagulayan lost his boat. \"Everything is gone,\" he said.",
    ], "direct")
    assert [speaker for _, speaker in found] == ["Liza Santos", "Arnel Pagulayan"]


def test_the_words_set_before_a_name_later_describe_that_person(nlp):
    found = extracted(nlp, [
        "Rajasthan Royals captain Siddharth Bhatnagar credited his bowlers.",
        "“On this surface 158 was about 15 short,” the skipper said.",
        "Left-arm pacer Gurpreet Dhillon returned figures of 4/22. “I just wanted to hit the blockhole,” "
        "the left-arm pacer said.",
        "The Swedish winger scored past Senators goalie Jérémie Fontaine in extra time.",
        "“I'd like that one back,” the goalie said.",
    ], "direct")
    assert [speaker for _, speaker in found] == ["Siddharth Bhatnagar", "Gurpreet Dhillon", "Jérémie Fontaine"]


def test_words_before_a_name_that_opens_a_clause_describe_no_one(nlp):
    # PolNeAR train (west-journal, 2016-08-01) has the shape: "the poll" said it, not the candidate
    found = extracted(nlp, [
        "In the latest CBS poll Hillary Clinton leads by seven points.",
        "The poll also noted that 73 percent of Democrats now support her, saying “the race is settled.”",
    ], "direct")
    assert found == [("the race is settled.", "CBS poll")]


def test_an_epithet_after_a_sentence_opening_on_a_described_name(nlp):
    found = extracted(nlp, [
        "Rafael Quintanilla hit a two-run homer in the 10th inning.",
        "\"I was looking for something up,\" Quintanilla said.",
        "Brewers starter Owen Takahashi allowed two runs. \"My curveball was not great early,\" the right-hander said.",
    ], "direct")
    assert [speaker for _, speaker in found] == ["Rafael Quintanilla", "Owen Takahashi"]


def test_a_lad_a_pensioner_or_the_teenager_is_the_person_just_named(nlp):
    found = extracted(nlp, [
        "Dad-of-two Lee Cartwright, 44, was driving the number 52 when he spotted smoke.",
        "The Walsall lad added: \"The door was jammed so I went round the other side.\"",
        "Patricia Leyland, 76, said she had been in pain for more than a year.",
        "\"I couldn't carry on sleeping in a chair,\" the retired dinner lady said.",
        "Goals from Ryan Tesfaye and substitute Femi Adeyinka gave Boro a 2-0 victory.",
        "Stevenage boss Callum Rennie said his side were not safe.",
        "Adeyinka, 19, scored within four minutes. \"I've dreamed about that since I was six,\" the teenager said.",
    ], "direct")
    assert [speaker for _, speaker in found] == ["Lee Cartwright", "Patricia Leyland", "Femi Adeyinka"]


def test_the_skipper_is_the_captain_named_before(nlp):
    found = extracted(nlp, [
        "India captain Varun Deshpande said his bowlers had \"won the game in the first session\".",
        "Left-arm spinner Mohd. Irfan Qadri took five for 44, his third five-wicket haul in Tests.",
        "\"The pitch was offering a little bit, but Irfan bowled with a lot of patience,\" the skipper said.",
    ], "direct")
    assert [speaker for _, speaker in found] == ["Varun Deshpande"]


def test_she_after_someone_unnamed_spoke_is_that_person(nlp):
    found = extracted(nlp, [
        "National police commissioner Åsa Lindström-Öberg said more than 1,000 children had been linked to "
        "investigations.",
        "A mother in Rinkeby, who asked not to be named for fear of reprisals, told The Local her son had been "
        "approached outside his school. “They gave him new trainers first,” she said.",
        "Lindström-Öberg said the campaign would run all year. “It is hard,” she added.",
    ], "direct")
    assert [speaker for _, speaker in found] == ["mother in Rinkeby", "Åsa Lindström-Öberg"]


def test_the_teenager_is_not_the_manager_but_whom_the_sentence_before_was_about(nlp):
    found = extracted(nlp, [
        "Manager Seán Ó Cinnéide was still hoarse when he spoke to reporters afterwards.",
        "‘Thirty-one years,’ he said.",
        "Darragh O’Shea-Moynihan, just 19 and in his first season, admitted he had not seen the ball go over. "
        "‘I heard the roar before I looked up,’ the teenager said.",
    ], "direct")
    # (his age is not given as "Name, 19,", but he is the subject of the sentence before)
    assert [speaker for _, speaker in found] == ["Seán Ó Cinnéide", "Darragh O’Shea-Moynihan"]


def test_a_description_with_an_age_and_a_relative_clause_and_an_attribution_inside_a_clause(nlp):
    found = extracted(nlp, [
        "The actor Rhys ap Emlyn-Jones has said he almost turned down the lead role.",
        "The Welsh actor, 38, who plays a grieving keeper on a remote Hebridean rock, told Radio Times: "
        "“I can’t swim.”",
        "Ms Justice Bernadette Uí Bhriain found the plaintiff credible. There was, the judge said, "
        "“no contemporaneous record whatsoever” of any test.",
    ], ("direct", "partial"))
    assert [speaker for _, speaker in found] == ["Rhys ap Emlyn-Jones", "Bernadette Uí Bhriain"]


def test_a_relative_named_in_an_apposition_is_a_person_of_the_relatives_gender(nlp):
    found = extracted(nlp, [
        "Chukwuemeka Obi was forced into a car shortly after leaving his office on Admiralty Way.",
        "His sister, Amara Obi, said the family had not heard from the kidnappers. “They called once,” she told "
        "our correspondent.",
        "“We are on the trail of the suspects,” he said.",
    ], "direct")
    # (not the street, which the model calls a person; and "he" is not the sister: the model finds no
    # "Chukwuemeka Obi", so no one)
    assert [speaker for _, speaker in found] == ["Amara Obi", None]


def test_descriptions_after_someone_new_and_he_after_who_was_told_stay_with_them(nlp):
    # probes of this round's review
    found = extracted(nlp, [
        "Lorry driver Paul Mason, 52, died at the scene.",
        "A bus driver who saw the crash stopped to help. “There was nothing anyone could do,” the driver said.",
        "President Joe Biden took questions on Tuesday.",
        "A reporter told Biden that the plan had already leaked. “That's not true,” he said.",
        "Emma Walsh was upstairs. “I'll be down in a minute,” she called back from the landing.",
    ], "direct")
    speakers = [speaker for _, speaker in found]
    assert speakers[0] != "Paul Mason" and speakers[1:] == ["Joe Biden", "Emma Walsh"]


def test_she_after_someone_unnamed_is_a_person_named_since(nlp):
    # held-out house style (pentagon_anon): the unnamed official spoke, then the story named someone
    found = extracted(nlp, [
        "A senior defense official later told reporters at the Pentagon that the department would “not get "
        "ahead of the secretary” on deployments.",
        "Pentagon press secretary Col. Anita Raghunathan declined to confirm the move. “We continuously assess "
        "our force posture in the region,” she said in a statement.",
    ], "direct")
    assert [speaker for _, speaker in found] == ["Anita Raghunathan"]


def test_words_in_er_that_are_no_one_describe_no_name():
    from pressroom.extract.epithets import descriptor_before

    text = "In September Donald Trump said, and later Owen Takahashi agreed with Left-arm pacer Gurpreet Dhillon."
    assert descriptor_before(text, text.index("Donald")) == ()  # not ("september",)
    assert descriptor_before(text, text.index("Owen")) == ()  # not ("later",)
    assert descriptor_before(text, text.index("Gurpreet")) == ("left-arm", "pacer")
    text = "Portuguese newspaper Correio de Manha reported it, and election monitor Ana Ruiz agreed."
    assert descriptor_before(text, text.index("Correio")) == ()  # a paper is no one
    assert descriptor_before(text, text.index("Ana")) == ("election", "monitor")


def test_the_teenager_is_not_a_manager_whose_age_the_story_did_not_give(nlp):
    found = extracted(nlp, [
        "Kilcummin won the county final on Sunday.",
        "Manager Seán Ó Cinnéide praised his young side after the final whistle. ‘I heard the roar before I looked "
        "up,’ the teenager said.",
    ], "direct")
    assert [speaker for _, speaker in found] == ["teenager"]


def test_a_description_of_the_person_the_sentence_before_was_about_is_that_person(nlp):
    found = extracted(nlp, [
        "Kazakh qualifier Timur Abdrakhmanov stunned the 11th seed to reach the quarter-finals on Monday.",
        "“Somebody pinch me,” the Kazakh said in his on-court interview.",
        "Captain Eben Rossouw agreed. “We all had bad games at 22,” the lock said.",
        "Sen. Maria Elena Quintanilla, D-N.M., said she would support more judges. “We should be speeding up "
        "hearings,” the Democrat said.",
        "Coach Rangimarie Tuhiwai said the selections were about the next cycle. “We have to be brave,” the "
        "Silver Ferns coach said.",
    ], "direct")
    assert [speaker for _, speaker in found] == ["Timur Abdrakhmanov", "Eben Rossouw", "Maria Elena Quintanilla",
                                                 "Rangimarie Tuhiwai"]


def test_a_description_stays_for_someone_else_than_the_person_just_named(nlp):
    found = extracted(nlp, [
        "Ted Cruz took the stage in Indiana. “There's a young man having some problems,” Cruz said as the "
        "heckler yelled: “You suck!”",
        "Hillary Clinton campaigned in Ohio on Monday. “We will win,” the spokesman said.",
        "Sarah Lund met the groundsman on Friday. “The pitch is fine,” the groundsman said.",
        "Sarah Okafor won the race in 2019.",
        "The course was moved for the 2024 edition.",
        "“It is the best track in the country,” the veteran driver said.",
    ], "direct")
    assert [speaker for _, speaker in found] == ["Ted Cruz", "heckler", "spokesman", "groundsman", "veteran driver"]


def test_a_relative_named_in_an_apposition_is_who_his_or_her_relative_is_later(nlp):
    found = extracted(nlp, [
        "Beatrice Hollander, who turned a hardware store into a cooperative, died on Oct. 3. She was 91.",
        "Her death was confirmed by her son, Samuel Hollander, who said the cause was heart failure.",
        "“She knew the name of every kid who came in,” her son said in an interview.",
    ], "direct")
    assert [speaker for _, speaker in found] == ["Samuel Hollander"]


def test_a_shadow_minister_is_not_the_minister(nlp):
    found = extracted(nlp, [
        "The energy minister, Sophie Carrow-Adeyemi, said the reforms would end the ban.",
        "The plan has been branded “reckless” by the shadow energy secretary, Gareth Pennington-Rowe.",
        "Pennington-Rowe said the government had failed to consult. “They are asking people to accept "
        "turbines,” the shadow minister said.",
        "Energy Minister Michael Shanks defended the policy. “It works,” the shadow minister said.",
    ], "direct")
    # (the last is a shadow minister the story has not named)
    assert [speaker for _, speaker in found] == ["Gareth Pennington-Rowe", "shadow minister"]


def test_a_lede_that_holds_back_the_name_gives_the_words_to_whom_the_next_paragraph_names(nlp):
    found = extracted(nlp, [
        "The head of Britain's biggest building society has warned that first-time buyers face \"the toughest "
        "market in a generation\".",
        "Speaking to the Financial Times, Stuart Kilbride, chief executive of Nationhome, said deposits were now "
        "out of reach for most people under 35.",
    ], "partial")
    assert [speaker for _, speaker in found] == ["Stuart Kilbride"]


def test_a_lede_office_stays_when_the_next_paragraph_opens_on_someone_else_speaking_later(nlp):
    found = extracted(nlp, [
        "The head of Britain's biggest building society has warned that first-time buyers face \"the toughest "
        "market in a generation\".",
        "House prices rose again in May. Economist Priya Lal said the rise would not last.",
    ], "partial")
    assert [speaker for _, speaker in found] == ["head of Britain's biggest building society"]


def test_a_lede_that_describes_its_speaker_gives_the_words_to_whom_the_next_paragraph_opens_on(nlp):
    def lede_speaker(lede, second):
        return [speaker for _, speaker in extracted(nlp, [lede, second], "partial")][:1]

    # a role without "of", a businessman, a leader the next paragraph names as its subject, speaking or not
    assert lede_speaker(
        "Shares in Harrowgate & Finch fell by a fifth after the retailer cut its forecast, blaming what its chief "
        "executive described as “the most cautious consumer I have seen in 25 years”.",
        "Annabel Quarrie, who took over the company in 2022, said profit would be lower.") == ["Annabel Quarrie"]
    assert lede_speaker(
        "Landowners have given the government 30 days or face what their chairman called “a total shutdown of "
        "the mine road”.",
        "Chief Andrew Yakopya, chairman of the landowners association, presented a petition on Tuesday.") \
        == ["Andrew Yakopya"]
    # not one who does not speak there and has no such role, nor when the lede opens on someone else it
    # describes: the next paragraph names them
    assert lede_speaker(
        "Police in Port Moresby have arrested two men after a shooting, with a senior officer calling it “a "
        "cowardly act”.",
        "Peter Kila, 19, died at the scene.") == ["senior officer"]
    assert lede_speaker(
        "A delivery rider who let scammers use his bank accounts was jailed on Friday, with a judge warning "
        "that money mules were “the oxygen that keeps these syndicates breathing”.",
        "Muhammad Hafiz Abdul Rahman, 24, pleaded guilty to three charges.") == ["judge"]


def test_a_quotation_alone_in_the_lede_is_the_words_of_whom_the_next_paragraph_points_back_at(nlp):
    found = extracted(nlp, [
        "\"I didn't think I'd ever see the day.\"",
        "That was how Evelyn Marsh, 94, described the moment she learned her childhood home would be saved.",
        "\"It's not just a house,\" said Rob Tillman, president of the historical society.",
    ], "direct")
    assert [speaker for _, speaker in found] == ["Evelyn Marsh", "Rob Tillman"]


def test_a_description_is_not_someone_the_sentence_before_names_as_its_object(nlp):
    found = extracted(nlp, [
        "John Smith ran the bakery on Mill Street for a decade.",
        "Police arrested John Smith at his home on Friday. “He was calm,” the detective said.",
        "Elena Ruiz won the final. “I played my best,” Ruiz said. “It was the best day of my life,” the Spaniard "
        "added.",
    ], "direct")
    assert [speaker for _, speaker in found] == ["detective", "Elena Ruiz", "Elena Ruiz"]


def test_he_or_she_after_someone_unnamed_introduced_with_one_or_a_doer_is_that_person(nlp):
    found = extracted(nlp, [
        "Kerry-Ann Duffield, 34, plunged into the canal to save her puppy.",
        "A dog walker who helped haul the pair out said Kerry-Ann was “absolutely soaked”. He added: “She’s a "
        "hero, that woman.”",
        "Floods hit the town again on Monday.",
        "One resident said the water rose within minutes. “It was terrifying,” she said.",
    ], "direct")
    assert [speaker for _, speaker in found] == ["dog walker who helped haul the pair out", "resident"]


def test_he_after_an_unnamed_questioner_is_who_answers(nlp):
    found = extracted(nlp, [
        "Donald Trump spoke at a forum with military leaders in Virginia on Monday.",
        "There, one questioner claimed that political correctness was hurting the military.",
        "“You’re right, we have a politically correct military,” he said.",
    ], "direct")
    assert [speaker for _, speaker in found] == ["Donald Trump"]


def test_a_description_that_does_not_fit_the_person_just_named_stays(nlp):
    found = extracted(nlp, [
        "Darren Pike, 34, was jailed for four years on Friday. Pike admitted dangerous driving. “You showed a "
        "total disregard for other people,” the judge said.",
        "Striker Ollie Watkins scored a hat-trick on Saturday. “Ollie was unplayable,” the manager said.",
        "Qualifier Lucas Pouille beat Daniil Medvedev in straight sets. Pouille hit 40 winners. “He played too "
        "well,” the former champion said.",
        "Democrat Sherrod Brown attacked Republican Bernie Moreno over his record. “The claim is false,” the "
        "Republican said.",
        "Finance director Tom Hale has left Brightway Bank. “He will be replaced in March,” the lender said.",
    ], "direct")
    assert [speaker for _, speaker in found] == ["judge", "manager", "former champion", "Bernie Moreno", "lender"]


def test_a_lede_keeps_its_words_when_the_next_paragraph_names_someone_else(nlp):
    found = extracted(nlp, [
        "The head of NHS England has warned that hospitals face \"the hardest winter yet\".",
        "Health Secretary Wes Streeting said the government would publish its plan next week.",
    ], "partial")
    assert [speaker for _, speaker in found] == ["head of NHS England"]
    found = extracted(nlp, [
        "“She lit up every room she walked into.”",
        "That was how the mother of murdered teenager Ellie Carter described her daughter on Friday.",
    ], "direct")
    assert [speaker for _, speaker in found] == [None]
    found = extracted(nlp, [
        "“A true gentleman of the game.”",
        "That is how fans remember Sir Bobby Charlton, who died on Saturday aged 86.",
    ], "direct")
    assert [speaker for _, speaker in found] == [None]


def test_his_son_is_not_the_son_of_the_woman_named_before(nlp):
    found = extracted(nlp, [
        "Mary Jones, 80, and Peter Brown, 71, died in the fire.",
        "Her son, Tom Jones, said she had lived there for fifty years.",
        "Brown was a retired postman. “He never missed a day,” his son said.",
    ], "direct")
    assert [speaker for _, speaker in found] == ["son"]


def test_he_after_one_of_a_group_is_the_person_the_paragraph_named_before(nlp):
    found = extracted(nlp, [
        "Labour leader Keir Starmer faced a rebellion over the two-child cap. One MP said the policy was cruel. "
        "“I will not back down,” he said.",
    ], "direct")
    assert [speaker for _, speaker in found] == ["Keir Starmer"]


def test_the_cop_is_the_police_officer_of_the_story_whatever_the_rank(nlp):
    # held out 6 (a Jamaican paper): "the senior cop" after "Senior Superintendent of Police …"
    assert extracted(nlp, [
        "Member of Parliament Julian Brackett said he had spoken to the police.",
        "Senior Superintendent of Police Marlon Gayle, head of the division, said investigators had leads. "
        "“We are appealing to anyone who saw anything to come forward,” the senior cop said.",
    ], "direct") == [("We are appealing to anyone who saw anything to come forward,", "Marlon Gayle")]


def test_the_cop_is_no_named_officer_when_the_story_tells_of_one_it_does_not_name(nlp):
    # a review's probes
    assert extracted(nlp, [
        "Detective Sergeant Paul Watts said the investigation was continuing.",
        "One cop, who asked not to be named, said morale was low. “We are exhausted,” the cop said.",
    ], "direct") == [("We are exhausted,", "cop")]


def test_the_native_of_a_place_is_the_person_the_story_just_named(nlp):
    # held out 6 (an Irish paper): "The Tallaght native, who hit 1-4 …, said"
    assert extracted(nlp, [
        "Dublin forward Cian Ó Broin insists there is “no hangover” from last year’s final defeat.",
        "The Tallaght native, who hit 1-4 in the win over Wicklow, said the squad had “parked” the loss.",
        "“It was a long winter,” the Dublin native said.",
    ], ("direct", "partial")) == [("no hangover", "Cian Ó Broin"), ("parked", "Cian Ó Broin"),
                                  ("It was a long winter,", "Cian Ó Broin")]


def test_the_sydneysider_is_an_epithet_and_an_unattributed_quotation_is_the_paragraphs_subjects(nlp):
    # held out 5 (an Australian paper): the model calls "Sydneysider" a person; "Lemaire-Duchêne
    # shrugged. “…”" is his, not the previous paragraph's speaker's
    assert extracted(nlp, [
        "Frenchman Baptiste Lemaire-Duchêne has described his five-set win over local hope Jayden "
        "Nguyen-Walsh as “the most hostile atmosphere I have ever played in”.",
        "Nguyen-Walsh, 19, was close to tears in his press conference. “I had him and I let him back in,” "
        "the Sydneysider said.",
        "Asked about a heated exchange with the umpire, Lemaire-Duchêne shrugged. “It’s tennis. I apologised "
        "after.”",
    ], "direct") == [("I had him and I let him back in,", "Jayden Nguyen-Walsh"),
                     ("It’s tennis. I apologised after.", "Baptiste Lemaire-Duchêne")]


def test_an_age_a_couple_shares_a_surname_with_is_each_ones_own(nlp):
    # "Hannah Briggs, 29" and "her husband Jordan Briggs, 31": the surname tells neither age
    found = extracted(nlp, [
        "Hannah Briggs, 29, abandoned her car near the hospital.",
        "Her husband Jordan Briggs, 31, was working a night shift.",
        "Baby Alfie arrived safely at 7.42am.",
        "‘I was in agony,’ the 29-year-old told the Clarion.",
        "‘It was hard,’ the 31-year-old said.",
    ], "direct")
    assert [speaker for _, speaker in found] == ["Hannah Briggs", "Jordan Briggs"]


def test_a_roles_initials_are_its_holder(nlp):
    found = extracted(nlp, [
        "Health Cabinet Secretary Dr Nereah Kibet, however, dismissed the claims.",
        "“The money is there and it is flowing,” the CS said during a tour.",
        "“We will report on it,” the BBC said.",
        "The Municipal Chief Executive (MCE) for Prestea-Huni Valley, Mrs Abigail Mensah-Bonsu, said the Assembly knew.",
        "\"This is not a fight the Assembly alone can win,\" the MCE stated.",
        "IMF chief economist Maury Obstfeld spoke first.",
        "\"Growth will slow,\" the IMF said.",
    ], "direct")
    assert [speaker for _, speaker in found] == ["Nereah Kibet", "BBC", "Abigail Mensah-Bonsu", "IMF"]


def test_a_party_is_no_person_and_no_part_of_a_role(nlp):
    from pressroom.extract import extract_pages
    from pressroom.model import CleanPage

    paragraphs = [
        "However, Cllr Pete Oakes, who represents the ward, said he had asked officers to refund the charges.",
        "\"Common sense has to prevail here,\" the Lib Dem councillor said.",
    ]
    assert [s for _, s in extracted(nlp, paragraphs, "direct")] == ["Pete Oakes"]
    people = extract_pages([CleanPage(title="t", paragraphs=paragraphs)], nlp)[0].people
    assert [(p.name, p.role) for p in people] == [("Pete Oakes", "Cllr")]


def test_the_statement_read_in_the_paragraph_after_it_was_issued(nlp):
    found = extracted(nlp, [
        "The Ministry of Health said in a statement on Tuesday evening that it had invited the union to talks.",
        "“The ministry remains committed to resolving all outstanding issues through dialogue,” the statement read.",
    ], "direct")
    assert [speaker for _, speaker in found] == ["Ministry of Health"]


def test_what_someone_owns_is_no_person(nlp):
    from pressroom.extract import extract_pages
    from pressroom.model import CleanPage

    page = CleanPage(title="t", paragraphs=[
        "Hannah Briggs, 29, abandoned her Vauxhall Corsa in a side street near the hospital.",
        "‘I was in agony,’ the 29-year-old said."])
    people = [p.name for p in extract_pages([page], nlp)[0].people]
    assert people == ["Hannah Briggs"]
    # "her" is whom they told, and the name the subject of what they told
    page = CleanPage(title="t", paragraphs=["Police told her Mark Evans had died in the crash on Sunday."])
    assert [p.name for p in extract_pages([page], nlp)[0].people] == ["Mark Evans"]


def test_the_statement_read_is_not_carried_into_a_paragraph_of_other_words(nlp):
    # the paragraph after does not open with the statement's words: whose statement it is, is not told
    found = extracted(nlp, [
        "Police said in a statement on Sunday that the road would reopen on Monday.",
        "The hospital said the patient was stable. “We thank the staff,” the statement read.",
    ], "direct")
    assert [speaker for _, speaker in found] == ["statement"]


def test_the_company_is_the_one_company_named_by_its_legal_form(nlp):
    found = extracted(nlp, [
        "Frontenac Nickel Corp. says it will lay off about 340 workers at its Larch Lake Mine.",
        "\"We regret this,\" the company said.",
    ], "direct")
    assert [speaker for _, speaker in found] == ["Frontenac Nickel Corp."]
    # two companies so named: which one is not told
    found = extracted(nlp, [
        "Frontenac Nickel Corp. says it will sell the mine to Larch Holdings Ltd.",
        "\"We regret this,\" the company said.",
    ], "direct")
    assert [speaker for _, speaker in found] == ["company"]


def test_an_organisation_named_after_what_it_is_speaks_by_its_name(nlp):
    found = extracted(nlp, ["Passenger group Transport Focus said the figures were \"simply unacceptable\".",
                            "The tenants' association Wijkraad Lombok-Oost said in a statement it was \"relieved\"."],
                      ("partial",))
    assert [speaker for _, speaker in found] == ["Transport Focus", "Wijkraad Lombok-Oost"]


def test_a_participle_with_its_preposition_qualifies_a_person_noun(nlp):
    found = [(q.speaker, q.speaker_kind) for q in extracted_quotes(nlp, [
        "The layoffs were announced on Monday.",
        "\"There was no warning,\" one engineer affected by the cuts said.",
        "\"We feed 300 families a week,\" a women led charity said.",
    ], ("direct",))]
    assert found == [("engineer affected by the cuts", "description"), ("women led charity", "organization")]
