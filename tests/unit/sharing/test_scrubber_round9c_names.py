"""Names in the third part of the ninth round (issue 14, branch tune9n): a word-name that opens an
English set phrase ("Grace period", "Carol singers", "Rose water", "a pat-down by security",
"Old Bill" and "the Bill" for the police) is the word, and "name was hurt" does not make "hurt"
a name; the same names stay scrubbed wherever they stand as a person.

Every sentence here is written for these tests from how such notes are typed, never copied from
a note of any batch.
"""

from __future__ import annotations

import pytest

from outreach_app.domain.scrubbing.scrubber import ScrubContext, scrub


@pytest.mark.parametrize(
    ("text", "aliases"),
    [
        ("Carol singing in the precinct tonight, too loud to talk to anyone.", []),
        ("The council gave a grace period on the arrears until May.", []),
        ("Got a pat-down by security on the door of the club.", []),
        ("Old Bill drove past twice, nobody stopped.", []),
        ("Leaflets left with the Bill at the station desk.", []),
        ("Brought rose water and biscuits for the group.", ["Rose"]),
        ("Velvet curtains in the back room of the parlour, very dark.", ["Velvet"]),
        ("Crystal meth going round the hostel again.", ["Crystal"]),
        ("Ginger beer and crisps at the drop-in.", ["Ginger"]),
        ("Rain all night so the van went home early.", ["Rain"]),
        ("precious little sleep for anyone on the beat tonight", ["Precious"]),
        ("Name was hurt badly, says the friend on the phone.", []),
        ("her name is withheld for now", []),
    ],
)
def test_a_set_phrase_or_a_state_stays(text: str, aliases: list[str]) -> None:
    assert scrub(text, ScrubContext.of(remove=aliases)).text == text


@pytest.mark.parametrize(
    ("text", "aliases", "expected"),
    [
        # a person verb, a possessive, a cue or a plain name: the person goes
        ("Carol said the van was late.", [], "[name] said the van was late."),
        ("Grace rang from the hostel.", [], "[name] rang from the hostel."),
        ("Saw Pat down by the canal, she was fine.", [], "Saw [name] down by the canal, she was fine."),
        ("Pat down the road said he was back.", ["Pat"], "[name] down the road said he was back."),
        ("Old Bill's van was parked outside her flat.", [], "Old [name]'s van was parked outside her flat."),
        ("Bill said the punter had a knife.", [], "[name] said the punter had a knife."),
        (
            "Rose waters the plants at the hostel and says hi.",
            ["Rose"],
            "[name] waters the plants at the hostel and says hi.",
        ),
        ("Rain said she was fine.", ["Rain"], "[name] said she was fine."),
        ("his name was rich, drove a van", [], "his name was [name], drove a van"),
        ("Her name is Grace, says she is 19.", [], "Her name is [name], says she is 19."),
        ("Met Crystal at the van, she was fine.", ["Crystal"], "Met [name] at the van, she was fine."),
    ],
)
def test_the_same_names_as_people_go(text: str, aliases: list[str], expected: str) -> None:
    assert scrub(text, ScrubContext.of(remove=aliases)).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a party's role in a case or a board is never a name; the person it names still goes
        ("The Respondent's solicitor wrote again.", "The Respondent's solicitor wrote again."),
        ("Panel agreed the move-on, flat offered.", "Panel agreed the move-on, flat offered."),
        ("Met at the van. Was told to come back Friday.", "Met at the van. Was told to come back Friday."),
        ("Applicant Shona Reid says the Respondent rang.", "Applicant [name] says the Respondent rang."),
        ("Claimant: Bethany Lowe.", "Claimant: [name]."),
    ],
)
def test_a_role_word_stays_and_the_person_goes(text: str, expected: str) -> None:
    assert scrub(text, ScrubContext()).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "named as" names the next word, never "as" itself
        ("Punter named as Dean Holt, drives a van.", "Punter named as [name], drives a van."),
        ("punter named as spider, drives a van", "punter named as [name], drives a van"),
        ("She was named as the victim in the report.", "She was named as the victim in the report."),
    ],
)
def test_named_as_names_the_next_word(text: str, expected: str) -> None:
    assert scrub(text, ScrubContext()).text == expected
