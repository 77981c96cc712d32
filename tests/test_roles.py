"""Roles written around a name: titles before it, appositions after it (pure functions, no model)."""

import pytest

from pressroom.extract.roles import roles_at, choose_role


def role_of(text: str, name: str) -> str | None:
    start = text.index(name)
    return choose_role(roles_at(text, start, start + len(name)))


@pytest.mark.parametrize(
    "text, name, role",
    [
        # an office's title stands before the name with "of"/"for" and several words
        ("Senior Minister of State for Transport Benedict Lau said in a post.", "Benedict Lau",
         "Senior Minister of State for Transport"),
        ("Minister of Labour and Employment Halima Bello-Usman said.", "Halima Bello-Usman",
         "Minister of Labour and Employment"),
        ("MMC for Environment and Infrastructure Services Thapelo Radebe said.", "Thapelo Radebe",
         "MMC for Environment and Infrastructure Services"),
        ("Harlan Logistics vice president of development Andrea Castellanos told council.", "Andrea Castellanos",
         "Harlan Logistics vice president of development"),
        # a courtesy style between the office and the name
        ("Bramwell MP Sir Geoffrey Alleyne said he had written.", "Geoffrey Alleyne", "Bramwell MP"),
        ("Cost of Living Minister Datuk Seri Rahmat Idris said.", "Rahmat Idris", "Cost of Living Minister"),
        # styles that are offices
        ("Sheriff Dale Ochoa said deputies would patrol.", "Dale Ochoa", "Sheriff"),
        # a description set off before the name: a relative keeps whose, an office the organisation described
        ("His mother, Ayesha Tariq, said the family had waited.", "Ayesha Tariq", "mother"),
        ("Campbell’s daughter, Shanique Campbell, wept.", "Shanique Campbell", "Campbell’s daughter"),
        ("The hospital's chief executive, Dr Ahmed Saif Al Mansoori, said.", "Ahmed Saif Al Mansoori",
         "hospital's chief executive"),
        ("The NLC President, Festus Ogbonna, said.", "Festus Ogbonna", "NLC President"),
        ("A clerical officer at a state secretariat, Mrs Blessing Audu, said.", "Blessing Audu",
         "clerical officer at a state secretariat"),
        ("His attorney-at-law, Duane Wellington, told the court.", "Duane Wellington", "attorney-at-law"),
        # only a description that is its whole clause and is closed by a comma after the name (a review's probes)
        ("Speaking outside the court the victim's mother, Jane Roe, said.", "Jane Roe", None),
        ("Flanked by his wife, President William Ruto said the vote was fair.", "William Ruto", "President"),
        ("Unlike his father, Tomás Herrera, 24, plays on the left.", "Tomás Herrera", None),
        ("In a letter to his daughter, Sgt. Marcus Hill wrote of the war.", "Marcus Hill", "Sgt."),
        # a clause is a role only when it names a business or a place; "works as" only a role word
        ("Priya Nair, who owns a dog named Biscuit, said.", "Priya Nair", None),
        ("Ana Silva, who works as a team with her sister at the salon, said.", "Ana Silva", None),
        # more people after a relative, the next name of a list, a defender defending
        ("Rescuers reached Tom Hill, his son and a neighbour after six hours.", "Tom Hill", None),
        ("The victims were named as Jane Doe, 40, Mark Doe, 42, a mechanic, and their son.", "Jane Doe", None),
        ("Virgil van Dijk, defending, was caught flat-footed.", "Virgil van Dijk", None),
        # who the story meets: an age before the apposition, lay occupations, a relative before the name
        ("“It rose fast,” said Lorna Villareal, 52, a vendor at the city's public market who was rescued.",
         "Lorna Villareal", "vendor at the city's public market"),
        ("Arif Hussain, a retired schoolteacher, told the regulator.", "Arif Hussain", "retired schoolteacher"),
        ("Invercargill retiree Graeme Lilley, 67, said.", "Graeme Lilley", "Invercargill retiree"),
        ("Her husband Jordan Briggs, 31, was working.", "Jordan Briggs", "husband"),
        # counsel by the side they speak for; a clause's office when nothing else says who
        ("Pádraig Ó Murchú SC, defending, said his client was ashamed.", "Pádraig Ó Murchú", "defending"),
        ("In Klang, M. Saraswathy, 55, who runs a banana leaf rice stall, said.", "M. Saraswathy",
         "runs a banana leaf rice stall"),
        ("Tariq Mehmood, who works as an accountant in Dubai, said.", "Tariq Mehmood", "accountant in Dubai"),
        ("Cllr Pete Oakes, who represents the ward, said.", "Pete Oakes", "Cllr"),
        # an office's initials between the office and the name; "Mr Justice" between a role and the name
        ("Deputy Superintendent of Police (DSP) Ama Serwaa Asante-Bekoe confirmed it.", "Ama Serwaa Asante-Bekoe",
         "Deputy Superintendent of Police"),
        ("High Court judge Mr Justice Brendan Kinsella described it.", "Brendan Kinsella", "High Court judge"),
        ("Lands Deputy Minister Cde Tinashe Mapfumo said.", "Tinashe Mapfumo", "Lands Deputy Minister"),
        # an occupation opening a sentence is capitalised by the sentence, not by a name
        ("Closer Tyler Bramwell worked a perfect ninth.", "Tyler Bramwell", "Closer"),
        ("He left early. Right-hander Colin Reyes gets the start.", "Colin Reyes", "Right-hander"),
        ("Mr Tawanda Gumbo, who farms in Karoi, said he was offered less.", "Tawanda Gumbo", "farms in Karoi"),
        # Justice before a full name is the office; after a role word it is a given name
        ("Justice Mihir A. Kothari said.", "Mihir A. Kothari", "Justice"),
        ("Chief Justice John Roberts said.", "John Roberts", "Chief Justice"),
        ("Black Stars defender Justice Kpeli said.", "Justice Kpeli", "Black Stars defender"),
        # an office of an office is no one's role: the spokesman is someone else
        ("A spokesman for Health Minister Jane Morrow said.", "Jane Morrow", "Health Minister"),
        ("Police Chief Dan Ortiz said.", "Dan Ortiz", "Police Chief"),
        ("Secretary-General of the United Nations Antonio Guterres said.", "Antonio Guterres",
         "Secretary-General of the United Nations"),
        ("Meanwhile, the Minister of Labour and Employment, Dr Halima Bello-Usman, appealed.", "Halima Bello-Usman",
         "Minister of Labour and Employment"),
        ("Speaking to the Daily Monitor, Mary Jones said.", "Mary Jones", None),
        ("The Municipal Chief Executive (MCE) for Prestea-Huni Valley, Mrs Abigail Mensah-Bonsu, said.",
         "Abigail Mensah-Bonsu", "Municipal Chief Executive (MCE) for Prestea-Huni Valley"),
        ("Detective Garda Siobhán Keogh said.", "Siobhán Keogh", "Detective Garda"),
        ("However, Cllr Pete Oakes, who represents the ward, said.", "Pete Oakes", "Cllr"),
        # an apposition before the name, its title capitalised
        ("Ontario's Minister of Mines, Claire Desrosiers, said the province.", "Claire Desrosiers", "Minister of Mines"),
        ("The Rev. Gloria Hensley, the church's pastor, stood in the lot.", "Gloria Hensley", "church's pastor"),
        # courtesy styles alone are no role
        ("Mr. Trump met Dr. Jill Biden.", "Jill Biden", None),
        ("Sir Keir Starmer said.", "Keir Starmer", None),
    ],
)
def test_roles_written_around_a_name(text, name, role):
    assert role_of(text, name) == role
