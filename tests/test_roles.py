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
        # (not Justice, a given name too: "Black Stars defender Justice Kpeli")
        ("Justice Mihir A. Kothari said.", "Mihir A. Kothari", None),
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
