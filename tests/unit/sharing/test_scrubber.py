from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from outreach_app.domain.scrubbing.scrubber import Kind, ScrubContext, load_names, scrub
from tests.unit.sharing.scrubber_eval import evaluate, load, perpetrator_keep, report

# The tests that score a split of the corpus run on one xdist worker: scrubber_eval scores each
# split once per process, and the floors and the regression guards of a split (two tests)
# scored it on both workers when they were handed out apart (~1.4 CPU-s a run, issue 19).
SCORED = pytest.mark.xdist_group("scrubber_corpus")

# Issue 14's floors, on the held-out fifth of the corpus that tuning never looks at.
STRUCTURED_RECALL = 0.995
NAMES_RECALL = 0.95
OWN_NAME_RECALL = 0.97
PLACES_RECALL = 0.95
TIMES_RECALL = 0.95
PRECISION = 0.95
KEPT = 0.95


@SCORED
@pytest.mark.parametrize(
    "split",
    [
        "test",
        # The first hand-written batch (make_fresh.py): its held-out 40% meets every floor since
        # the scrubnames round (names 0.943 -> 0.971, 34/35), so its xfail marker went.
        "fresh",
        # The second held-out batch, written unlike the corpus (make_unseen.py) and never tuned
        # on, does NOT meet the floors: strict, so the day it does this marker must go. Figures
        # in docs/sharing.md; the regression guard below keeps them from getting worse.
        # Written blind (branch h14w) by someone who never saw the scrubber; first scored whole
        # before any change it prompted: names 0.960, own name 0.963, places 0.707, structured
        # 0.615, times 0.718, precision 0.923 (235 notes). Held out here: its 40% (scrubber_eval).
        pytest.param(
            "blind",
            marks=pytest.mark.xfail(
                strict=True,
                reason="issue 14: held-out 40% of blind: structured 0.800 "
                "(names, own name, places, times, precision and kept meet theirs)",
            ),
        ),
        pytest.param(
            "unseen",
            marks=pytest.mark.xfail(
                strict=True,
                reason="issue 14: held-out 40% of unseen: structured 0.952 (the rest meet theirs)",
            ),
        ),
        # A second blind batch (branch blindwriter, 257 notes, 31 voices), first scored whole
        # before any change it prompted: names 0.915, own name 0.970, places 0.602, structured
        # 0.905, times 0.766, precision 0.919 (scrubber told only the perpetrator's keep values).
        pytest.param(
            "blind2",
            marks=pytest.mark.xfail(
                strict=True,
                reason="issue 14: held-out 40% of blind2: structured 0.935, times 0.933 "
                "(names, own name, places, precision and kept meet theirs)",
            ),
        ),
        # Two more blind batches (branches blind3: 351 notes, 47 voices; blind4: 339 notes, 29
        # voices), written by writers who never saw the scrubber and scored once, whole, after
        # the train3 round (docs/sharing.md): the honest figure for writing nobody tuned on.
        pytest.param(
            "blind3",
            marks=pytest.mark.xfail(
                strict=True,
                reason="issue 14: blind3: names 0.949, own name 0.962, places 0.872, structured 0.962, "
                "times 0.941 (precision and kept meet theirs)",
            ),
        ),
        pytest.param(
            "blind4",
            marks=pytest.mark.xfail(
                strict=True,
                reason="issue 14: blind4: places 0.938, structured 0.979, times 0.895, precision 0.915 "
                "(names, own name and kept meet theirs)",
            ),
        ),
        # A fifth (branch blind5: 306 notes, 51 voices), written in the fourth session by a writer
        # who never saw the scrubber, committed and scored once on main before that session's
        # tuning merged (docs/sharing.md); the tuners never ran it.
        pytest.param(
            "blind5",
            marks=pytest.mark.xfail(
                strict=True,
                reason="issue 14: blind5: structured 0.975 (39/40) "
                "(names, own name, places, times, precision and kept meet theirs)",
            ),
        ),
        # A sixth (branch blind6: 321 notes, 133 voices), written in the fifth session by a writer
        # who never saw the scrubber, committed and scored once on main (b364f5b) before any of
        # that session's tuning (docs/sharing.md); the tuners never ran it.
        pytest.param(
            "blind6",
            marks=pytest.mark.xfail(
                strict=True,
                reason="issue 14: blind6: precision 0.938 "
                "(names, own name, places, structured, times and kept meet theirs)",
            ),
        ),
        # A seventh (branch blind7: 325 notes, 143 voices), written in the sixth session by a
        # writer who never saw the scrubber, committed and scored once on main before any of that
        # session's tuning merged (docs/sharing.md); the tuners never ran it.
        pytest.param(
            "blind7",
            marks=pytest.mark.xfail(
                strict=True,
                reason="issue 14: blind7: places 0.879, precision 0.914 "
                "(names, own name, structured, times and kept meet theirs)",
            ),
        ),
        # An eighth (branch blind8: 345 notes, 39 voices), written in the seventh session by a
        # writer who never saw the scrubber, committed and scored once on main before any of that
        # session's tuning merged (docs/sharing.md); the tuners never ran it.
        pytest.param(
            "blind8",
            marks=pytest.mark.xfail(
                strict=True,
                reason="issue 14: blind8: places 0.935, structured 0.982, precision 0.946 "
                "(names, own name, times and kept meet theirs)",
            ),
        ),
        # A ninth (branch blind9: 322 notes, 55 voices), written in the eighth session by a writer
        # who never saw the scrubber, committed and scored once on main before any of that
        # session's tuning merged (docs/sharing.md); the tuners never ran it.
        pytest.param(
            "blind9",
            marks=pytest.mark.xfail(
                strict=True,
                reason="issue 14: blind9: places 0.901, structured 0.978, times 0.820, precision 0.889 "
                "(names, own name and kept meet theirs)",
            ),
        ),
        # A tenth (branch blind10: 373 notes, 84 voices), written in the ninth session by a writer
        # who never saw the scrubber, committed and scored once on main before any of that
        # session's tuning merged (docs/sharing.md); the tuners never ran it.
        pytest.param(
            "blind10",
            marks=pytest.mark.xfail(
                strict=True,
                reason="issue 14: blind10: places 0.907, structured 0.944, times 0.850, precision 0.935 "
                "(names, own name and kept meet theirs)",
            ),
        ),
    ],
)
def test_held_out_split_meets_recall_and_precision_floors(split: str) -> None:
    scores = evaluate(split)
    print("\n" + report(split, scores))
    groups = scores.by_group
    assert groups["structured"].recall >= STRUCTURED_RECALL
    assert groups["names"].recall >= NAMES_RECALL
    assert scores.own_name.recall >= OWN_NAME_RECALL
    assert groups["places"].recall >= PLACES_RECALL
    assert groups["times"].recall >= TIMES_RECALL
    assert scores.precision >= PRECISION
    assert scores.kept >= KEPT


# Regression guards on the fresh hand-written notes (written after tuning, never tuned on):
# set below the figures measured when they were first run, so a change that makes real-looking
# writing worse fails; docs/sharing.md records the figures.
# Since the 60/40 split (scrubber_eval.py) the guards are on the held-out 40% only. When the
# split was committed (before tuning on the 60%): names 0.943, own name 1.000, places 0.818,
# structured 0.667, precision 0.981. The guards are the figures after that tuning.
# After the scrubnames round: names 0.971 (34/35).
FRESH_FLOORS = {"names": 0.971, "own name": 1.0, "precision": 1.0, "places": 1.0, "structured": 1.0}


@SCORED
def test_fresh_notes_never_tuned_on_are_reported_and_do_not_regress() -> None:
    scores = evaluate("fresh")
    print("\n" + report("fresh", scores))
    assert len(load("fresh")) >= 24 and len(load("fresh-train")) >= 36
    tolerance = 0.0005
    assert scores.by_group["names"].recall >= FRESH_FLOORS["names"] - tolerance
    assert scores.own_name.recall >= FRESH_FLOORS["own name"] - tolerance
    assert scores.precision >= FRESH_FLOORS["precision"] - tolerance
    assert scores.by_group["places"].recall >= FRESH_FLOORS["places"] - tolerance
    assert scores.by_group["structured"].recall >= FRESH_FLOORS["structured"] - tolerance


# Measured on unseen.jsonl after the scrubber changes of this round (before them: places 0.508,
# structured 0.863, times 0.700, names 0.962, own name 0.995, precision 0.968); the guard is the
# figure after, so a change that makes unseen writing worse fails. (Times: the one miss is
# "the" of "on the twelfth", which the corpus leaves and this batch labels as part of the date.)
# Held-out 40% since the 60/40 split. When the split was committed: names 0.952, own name 1.000,
# places 0.739, structured 0.952, times 0.833, precision 0.967; the guards are the figures after
# tuning on the 60%.
# After the blind2 round (rules from blind2's tuning 60%): names 0.962 (100/104), the rest the same.
# After the names round (branch names): names 0.971 (101/104).
# After the places/times round (bare streets, with the relabel): places 0.870 (20/23).
# After the scrubnames round: names 0.981 (102/104).
# After the scrubplaces2 round (train3a/b): places 0.913 (21/23), precision 0.981 (152/155).
# After the identifier/time round 2 (branch scrubstruct2: a longer place found after a shorter one
# inside it replaces it), both rounds merged: places 0.957 (22/23), precision 0.981 (152/155).
# After the scrubplaces3 round (train3a/b/c precision): precision 0.993 (152/153), the rest the same.
UNSEEN_FLOORS = {"names": 0.981, "own name": 1.0, "places": 0.957, "structured": 0.952, "times": 1.0}
# After the fifth session's rounds: precision 1.000 (152/152).
UNSEEN_PRECISION = 1.0


@SCORED
def test_unseen_notes_never_tuned_on_do_not_regress() -> None:
    scores = evaluate("unseen")
    print("\n" + report("unseen", scores))
    assert len(load("unseen")) >= 75 and len(load("unseen-train")) >= 110
    groups = scores.by_group
    for group in ("names", "places", "structured", "times"):
        assert groups[group].recall >= UNSEEN_FLOORS[group] - 0.0005, group
    assert scores.own_name.recall >= UNSEEN_FLOORS["own name"] - 0.0005
    assert scores.precision >= UNSEEN_PRECISION - 0.0005
    assert scores.kept == 1.0


def test_corpus_is_big_varied_labelled_and_a_fifth_is_held_out() -> None:
    train, test = load("train"), load("test")
    rows = train + test
    assert len(rows) >= 800
    assert len(test) * 5 == len(rows)
    styles = Counter(row["style"] for row in rows)
    assert len(styles) >= 10 and max(styles.values()) <= len(rows) // 5
    roles = Counter(span["role"] for row in rows for span in row["spans"])
    assert {"harmed", "worker", "perpetrator"} <= set(roles)
    for row in rows:
        for span in row["spans"]:
            assert row["text"][span["start"] : span["end"]] == span["value"]
            assert Kind(span["kind"])


@pytest.mark.parametrize(
    "phone",
    [
        "07700 900123",
        "+44 7700 900123",
        "+44 (0)7700 900123",
        "(0113) 496 0123",
        "0113-496-0123",
        "07700.900.123",
        "0044 7700 900123",
        "+48 512 345 678",
        "+40 721 123 889",
        "+234 803 123 4567",
        "+233 24 123 7788",
        "+52 55 1234 5678",
        "+55 11 98765 4321",
        "+63 917 123 4567",
        "+84 90 123 4567",
        "+66 81 123 9876",
        "+86 138 0013 8000",
    ],
)
def test_phone_numbers_in_many_formats_become_placeholders(phone: str) -> None:
    result = scrub(f"He rang from {phone} at night.")
    assert result.text == "He rang from [phone] at night."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mail me at dave.k+x@mail.example.co.uk now", "mail me at [email] now"),
        ("profile https://example.com/p?id=12&x=3.", "profile [url]."),
        ("see www.vivastreet.co.uk/escort/abc-12, then", "see [url], then"),
        ("his page onlyfans.com/bigdave12 is new", "his page [url] is new"),
        ("Instagram @big.dave_88.", "Instagram [handle]."),
        ("Snapchat: danny_b_4u keeps going", "Snapchat: [handle] keeps going"),
        ("near LS6 2AB and M14 5PW and ec1a1bb", "near [postcode] and [postcode] and [postcode]"),
        ("reg AB12 CDE, then ab12cde", "reg [plate], then [plate]"),
        ("plate FY 14 MXD and R482 KLM and BYP 58U", "plate [plate] and [plate] and [plate]"),
        ("partial plate KX17 seen", "partial plate [plate] seen"),
    ],
)
def test_structured_identifiers_get_their_typed_placeholder(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Said his name was Tomasz Nowak.", "Said his name was [name]."),
        ("Kwame and Adaeze saw him.", "[name] and [name] saw him."),
        ("Man called Zbigniew, stocky.", "Man called [name], stocky."),
        ("He went by Big Mike, tall.", "He went by [name], tall."),
        ("Calls himself Big Mike, tall.", "Calls himself [name], tall."),
        ("Punter Nguyen Van Minh refused to pay.", "Punter [name] refused to pay."),
        ("Li Na and Siriporn were robbed.", "[name] and [name] were robbed."),
        ("Carlos Gonzalez uses two phones.", "[name] uses two phones."),
        ("Ama Mensah was followed.", "[name] was followed."),
    ],
)
def test_names_from_every_community_and_after_cues_are_scrubbed(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mark the corner as unsafe.",
        "Will he come back? Nobody knows.",
        "Black Mercedes, then a white Jaguar in May.",
        "Brown hair, grey eyes, Chelsea boots, Nike cap.",
        # (a bare street is an address since the relabel: tests/unit/sharing/test_places_times.py)
        "Seen near St Mary's church, then at Leeds Crown Court.",
        "Rob him of the chance: share the alert.",
        "Tall, slim, Eastern European accent, about 40, shaved head.",
        "Paid £40 instead of £100 near junction 4 of the M62, open 24/7.",
        "Silver Vauxhall Astra, tattoo of a rose on his hand, 6ft 2.",
        "Seen on Friday and again in March, aged 30-35, 6ft 2, size 10 shoes.",
        "Man with a ginger beard, a diamond earring and a rose tattoo, drives a cherry red Corsa.",
        "Harehills, Leeds: a green car with tinted windows, two men, one of them bald.",
        "Same client Tuesday and again in March.",
    ],
)
def test_ordinary_words_and_perpetrator_descriptions_survive(text: str) -> None:
    assert scrub(text).text == text


def test_the_vaults_aliases_go_with_first_tokens_and_short_forms_in_any_case() -> None:
    context = ScrubContext.of(remove=["Roxy Canary", "Natasha", "Baby D", "Holly", "+447700900123"])
    result = scrub(
        "picked up a worker (Roxy) then tash and baby d; Holly was left at the side of the road; "
        "HOLLY rang 07700 900123",
        context,
    )
    assert result.text == (
        "picked up a worker ([name]) then [name] and [name]; [name] was left at the side of the road; "
        "[name] rang [phone]"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ginger has a ginger beard.", "[name] has a ginger beard."),
        ("He had a diamond earring and asked for Diamond.", "He had a diamond earring and asked for [name]."),
        (
            "Rose tattoo on his hand. Rose says it was him.",
            "Rose tattoo on his hand. [name] says it was him.",
        ),
        ("Star was left on Rose Street. A star tattoo.", "[name] was left on [address]. A star tattoo."),
        (
            "Ginger, Jade and Rose saw the ginger-haired man.",
            "[name], [name] and [name] saw the ginger-haired man.",
        ),
    ],
)
def test_word_aliases_in_the_vault_go_as_names_and_stay_as_descriptions(text: str, expected: str) -> None:
    assert scrub(text, ScrubContext.of(remove=["Ginger", "Diamond", "Rose", "Star", "Jade"])).text == expected


def test_the_perpetrators_identifiers_stay_unless_the_vault_also_holds_them() -> None:
    context = ScrubContext.of(
        remove=["Candy"], keep=["Big Mike", "+447700900999", "kingkev515", "YF19 KPD", "Candy"]
    )
    result = scrub(
        "Big Mike (07700 900999, AW profile is kingkev515, YF19KPD) knows Candy lives on Cardigan Road, "
        "07700 900123 is HER number",
        context,
    )
    assert result.text == (
        "Big Mike (07700 900999, AW profile is kingkev515, YF19KPD) knows [name] lives on [address], "
        "[phone] is HER number"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ring oh seven seven double oh nine double oh one two three tonight", "ring [phone] tonight"),
        ("his num 07seven7009oo123 ok", "his num [phone] ok"),
        ("number O77OO 9OO123 again", "number [phone] again"),
        ("call 07700  900123 now", "call [phone] now"),
        ("numbers 07700900111/07700900222 both", "numbers [phone] both"),
        ("0 7 7 0 0 9 0 0 1 2 3 is his", "[phone] is his"),
        (
            "email dave.smith at gmail dot com or kev (at) hotmail (dot) co (dot) uk",
            "email [email] or [email]",
        ),
        (
            "his AW profile is kingkev515, on Snap as lil_tony",
            "his AW profile is [handle], on Snap as [handle]",
        ),
        ("wechat id zhang8888 and kik bossman", "wechat id [handle] and kik [handle]"),
        ("smells of weed, on snap as well", "smells of weed, on snap as well"),
    ],
)
def test_identifiers_typed_to_dodge_filters_are_found(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Incall at 42 Cardigan Road, flat 3.", "Incall at [address]."),
        ("she works at the Oasis Sauna now", "she works at [place] now"),
        ("Velvet Parlour and Club Tropicana", "[place] and [place]"),
        # the whole phrase says where she is (as labelled in the unseen notes)
        ("the flat above the bookies on Spencer Place, that's hers", "[place], that's hers"),
        # forms from the tuning part of the unseen notes
        ("rents a room at No. 8, Cavendish Street from", "rents [address] from"),
        ("Suite 6, 40-42 Park Square East.", "[address]."),
        ("an incall on Hyde Park Road, flat 2.", "an incall on [address]."),
        ("my apartment number 5 on Elm Grove, he", "my [address], he"),
        ("outside the Spar on Harehills Lane.", "outside [place]."),
        ("in the Black Swan when the Polish girls left", "in [place] when the Polish girls left"),
        ("at the Elite Spa & Sauna and Jasmine Garden massage", "at [place] and [place]"),
        ("she's above the chippy on Roundhay Road", "[place]"),
        ("lives at Cardigan Road no. 42, then 3/42 Oak Road", "lives at [address], then [address]"),
        ("staying at her mates on Cardigan Road", "staying at her mates on [address]"),
        ("she is at Pleasure Palace, van parked at Armley Rd", "she is at [place], van parked at [address]"),
        ("out of the Oasis, not the Police station", "out of [place], not the Police station"),
        ("lives near LS7 3 or BD3 9LU", "lives near [postcode] or [postcode]"),
        ("moved to flat 6, 21 Canal Way in Harehills", "moved to [address] in Harehills"),
        ("a green car near Harehills Lane", "a green car near [address]"),
        # said aloud, a flat in a named block, a range of numbers, chains without a venue word
        ("the address was forty two Tempest Road", "the address was [address]"),
        ("I'm at flat three Regent Court now", "I'm at [address] now"),
        ("Flat 22, Block C, Lovell Park Towers.", "[address]."),
        ("Suite 6, 40-42 Park Square", "[address]"),
        ("stayed at the Ibis Budget, then the Queens Arms", "stayed at [place], then [place]"),
        ("she sleeps at the hostel on Lisbon Street", "she sleeps at the hostel on [address]"),
        ("flat 2 was empty and he drove up Park Road", "[address] was empty and he drove up [address]"),
    ],
)
def test_addresses_flats_postcodes_and_venues_go_but_districts_stay(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("at 23:47 on Friday 20th November", "at [night] on [date]"),
        ("around 3.15pm on 20/11", "around [afternoon] on [date]"),
        ("at 0540hrs on 15/06/26", "at [night] on [date]"),
        ("about 7am on the 3rd, again on March 4th", "about [morning] on [date], again on [date]"),
        ("at 6pm on Friday in May", "at [evening] on Friday in May"),
        # said, not written: part of day from the hour word; counts and years stay
        ("at quarter past ten on the twelfth", "at [morning] on [date]"),
        ("about two in the morning, around 3ish", "about [night], around [night]"),
        ("it was half 11, robbed @ 0140", "it was [morning], robbed @ [night]"),
        ("gone eight in the evening", "gone [evening]"),
        ("at twenty past one, around half eleven", "at [night], around [morning]"),
        ("five to ten minutes later, aged 5 to 10", "five to ten minutes later, aged 5 to 10"),
        # from the blind batch's tuning part: "ish" with its part of day, "last" and "the" with a date,
        # ordinals that count stay
        ("11ish pm, last tuesday the 3rd, 9ish in the morning", "[night], [date], [morning]"),
        (
            "on the first two, on the 2nd Monday of the month",
            "on the first two, on the 2nd Monday of the month",
        ),
        (
            "one or two in the evening, at 1950 prices, half the girls",
            "one or two in the evening, at 1950 prices, half the girls",
        ),
    ],
)
def test_clock_times_become_a_part_of_day_and_dates_go(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # numbers half-remembered, spoken with pauses, or typed with letters for digits
        ("his number was 07700-9OO-4I2", "his number was [phone]"),
        ("ring seven seven double oh, nine double oh, four five six", "ring [phone]"),
        ("on the ad: 0seven9double4 one two three four five six", "on the ad: [phone]"),
        ("and one ending 3391", "and one ending [phone]"),
        ("number starts 07700 9", "number starts [phone]"),
        ("one, two, three, four, five, six, seven", "one, two, three, four, five, six, seven"),
        # plates after "plate" / "reg", in any spacing and spelled out
        ("first bit of plate YE6.", "first bit of plate [plate]."),
        ("the reg was Y R one seven something", "the reg was [plate] something"),
        ("plate Y R 1 7 A B C", "plate [plate]"),
        ("car reg ends in ABC", "car reg ends in [plate]"),
        ("the plate was covered in mud, reg 2019 Audi", "the plate was covered in mud, reg 2019 Audi"),
        # emails said aloud, handles after a platform, prose after a platform is not a handle
        ("email him at big john 69 at gmail dot com", "email him at [email]"),
        ("telegram handle = darkknight", "telegram handle = [handle]"),
        ("He write her on telegram bossman. She", "He write her on telegram [handle]. She"),
        (
            "on twitter offering work, on AdultWork booked her",
            "on twitter offering work, on AdultWork booked her",
        ),
        # probes: emails without an ending or spaced, handles without a platform joiner, spaced plates
        ("kev.smith@gmail and k e v @ gmail . com", "[email] and [email]"),
        ("email is kevsmith123 at hotmail, she met him at gmail", "email is [email], she met him at gmail"),
        ("ig kevlad99, goes by kingkev515 online", "ig [handle], goes by [handle] online"),
        ("A B 1 2 C D E or AB-12-CDE", "[plate] or [plate]"),
        ("07700 900 one two three", "[phone]"),
        ("had covid19, on the A61 near J27", "had covid19, on the A61 near J27"),
    ],
)
def test_identifiers_in_the_forms_people_type_and_say_them(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lisa and Trace were both in the car", "[name] and [name] were both in the car"),
        ("the landlord, Milan, takes half", "the landlord, [name], takes half"),
        ("Punter 'Si' from the caravan site", "Punter '[name]' from the caravan site"),
        ("Tink here he rang me", "[name] here he rang me"),
        ("Kasia rang. Security rang too.", "[name] rang. Security rang too."),
        ("a driver, Skoda Fabia white", "a driver, Skoda Fabia white"),
        ("drives a Diamond Cars taxi", "drives a Diamond Cars taxi"),
        ("name on Line is somchai_love", "name on Line is [handle]"),
    ],
)
def test_names_with_weak_cues_and_what_is_not_a_name(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Her friend Оксана translated.", "Her friend [name] translated."),
        # "he is called Wang Wei": the name goes, the words around it are prose
        ("他叫王伟, drove a taxi.", "他叫[name], drove a taxi."),
        ("Worker (ลัดดา) and Ελένη saw him.", "Worker ([name]) and [name] saw him."),
        ("She said да, police no.", "She said да, police no."),
    ],
)
def test_non_latin_script_is_a_name_unless_on_the_keep_list(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence in Chinese: who says it goes, "she is very scared" stays
        ("美玲说她很害怕. Gave her the number.", "[name]说她很害怕. Gave her the number."),
        ("大家都还好, all fine tonight.", "大家都还好, all fine tonight."),
        # Thai prose with stopwords stays; a Thai name alone goes
        ("ทุกคนสบายดี, visited the shops. นก was there.", "ทุกคนสบายดี, visited the shops. [name] was there."),
        # Arabic: stopwords and nouns with the article inside Arabic prose stay; the name goes
        ("هي في البيت. Also: فاطمة is fine.", "هي في البيت. Also: [name] is fine."),
        # an Arabic word that is neither (an adjective, "angry") still goes: unread, it may be a name
        ("الرجل غاضب", "الرجل [name]"),
        # Cyrillic prose in lower case stays; a capitalised name goes; alone, lower case too
        ("Андрей забрал деньги и телефон.", "[name] забрал деньги и телефон."),
        ("saw наташа tonight", "saw [name] tonight"),
        # a clause in Chinese or Thai starts with who: that goes, the rest stays
        ("小美很害怕", "[name]很害怕"),
        ("นกไม่สบาย", "[name]ไม่สบาย"),
        # no function word at all: unread, it may be a name
        ("王芳想换工作", "[name]"),
    ],
)
def test_prose_in_a_non_latin_script_stays_but_its_names_go(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He arrived at about 2140 and left.", "He arrived at about [evening] and left."),
        ("[04/12/2026, 23:41:07] Deb: ok", "[[date], [night]] [name]: ok"),
        ("Llamó a las 11 de la noche.", "Llamó a las [night]."),
        ("Aconteceu domingo às 4 da manhã, umas 23h.", "Aconteceu domingo às [night], umas [night]."),
        ("azi noapte pe la ora 2.", "azi noapte pe la [night]."),
        ("el sábado 28 de noviembre", "el [date]"),
        ("On Wednesday 2 December; sent Tue 1 Dec 11:52 PM.", "On [date]; sent [date] [night]."),
        ("przyszły na drop-in 3 grudnia.", "przyszły na drop-in [date]."),
        ("小美说12月3日晚上11点左右", "[name]说[date][night]左右"),
        (
            "on the night of 1st-2nd Dec, around eleven thirty at night",
            "on the night of [date], around [night]",
        ),
        ("she rang at 3 and half, crying", "she rang at [night], crying"),
        # not times: a count, a year, a number, a duration, an English word after a day
        (
            "at 1900 people, from 0113 680 6960, for 3 and a half years",
            "at 1900 people, from [phone], for 3 and a half years",
        ),
        ("GOT 7 OUT THERE", "GOT 7 OUT THERE"),
    ],
)
def test_times_and_dates_in_the_forms_and_languages_notes_use(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("staying in rm 15 tonight", "staying in [address] tonight"),
        ("trabajan en piso 5B del edificio", "trabajan en [address] del edificio"),
        ("w hotelu, pokój 117.", "w hotelu, [address]."),
        ("adresa noua: apartament 22, 5 Marshall Street.", "adresa noua: [address]."),
        ("la nr. 12 Brudenell Grove.", "la [address]."),
        ("moving to 16 Oak Lane, BD9 next week", "moving to [address] next week"),
        ("HIS HOUSE 22 OAKWOOD CRESCENT LS8, TIED", "HIS HOUSE [address] [postcode], TIED"),
        ("works at Sauna 88 most nights", "works at [place] most nights"),
        ("staying at Travelodge Leeds Central for 3 nights", "staying at [place] for 3 nights"),
        # not places
        ("we visited the flats on the Hunslet side", "we visited the flats on the Hunslet side"),
        ("so it's all in one place.", "so it's all in one place."),
        ("the two Thai massage shops", "the two Thai massage shops"),
        ("near the Dawsons Corner roundabout", "near the Dawsons Corner roundabout"),
    ],
)
def test_flats_rooms_postcodes_and_venues_as_notes_write_them(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "remove", "expected"),
    [
        ("Landlord, Mr Khan, served notice.", [], "Landlord, [name], served notice."),
        ("2. Gemma R. - lost her ID", [], "2. [name] - lost her ID"),
        ("a male I now know as Craig DOWNES on my phone", [], "a male I now know as [name] on my phone"),
        ("Kelly NFA again tonight", [], "[name] NFA again tonight"),
        ('her dealer, Liam ("Lemmy"), who', [], 'her dealer, [name] ("[name]"), who'),
        ("I'll say that again. I've told her.", [], "I'll say that again. I've told her."),
        ("I am the above named person.", [], "I am the above named person."),
        # a word-alias in lower case stays a name before a preposition: text-speak writes names so
        (
            "ruby in hosp since weds, saw angel with a punter",
            ["Ruby", "Angel"],
            "[name] in hosp since weds, saw [name] with a punter",
        ),
    ],
)
def test_names_with_their_titles_and_initials_and_words_that_are_not_names(
    text: str, remove: list[str], expected: str
) -> None:
    assert scrub(text, ScrubContext.of(remove)).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "he is on Instagram as marcus underscore b underscore 1990 and",
            "he is on Instagram as [handle] and",
        ),
        ("the registration whiskey echo one nine X ray Kilo Lima he", "the registration [plate] he"),
        # not handles
        ("messaging girls on AW asking for bb", "messaging girls on AW asking for bb"),
        ("she has a new Line ID because the old one", "she has a new Line ID because the old one"),
    ],
)
def test_handles_and_plates_as_they_are_dictated(text: str, expected: str) -> None:
    assert scrub(text).text == expected


def test_names_lists_cover_every_community_listed_in_the_issue() -> None:
    names = load_names()
    for sample in ["sarah", "agnieszka", "chioma", "valentina", "siriporn", "xiaoling", "nowak", "okafor"]:
        assert sample in names.names
    assert "rose" in names.word_names and "diamond" in names.word_names
    assert {"tasha", "tash"} <= names.short_forms["natasha"]
    assert "may" in names.context_names
    # (the census given names, filtered for words and places, brought it from ~1,800 to ~3,100)
    assert 500 <= len(names.names) <= 4000


@settings(deadline=None, max_examples=200)
@given(st.text(max_size=2000))
def test_scrubbing_never_fails_and_spans_do_not_overlap(text: str) -> None:
    result = scrub(text, ScrubContext.of(remove=["Sparkle", "Ginger"], keep=["Dave"]))
    for first, second in zip(result.spans, result.spans[1:], strict=False):
        assert first.end <= second.start
    for span in result.spans:
        assert 0 <= span.start < span.end <= len(text)


# The blind batch's held-out 40%. First scored (before any change it prompted): names 0.942,
# own name 0.938, places 0.758, structured 0.700, times 0.632, precision 0.936 (146/156). After
# the rules written from its tuning 60%: places 0.879, times 0.737, the rest the same, and
# precision 0.930 (147/158): one more false alarm, not looked for (that would be tuning on the
# held-out part). The guards are the figures after, so later changes cannot make them worse.
# After the blind2 round: times 0.789 (15/19), the rest the same; precision 0.929 (145/156): the
# same 11 false alarms, but two right spans became one each ("the flats" is no longer "flat s"
# plus a venue), so the ratio moved by 0.001. The guard on the false alarms is their count.
# After the names round (branch names): names 0.952 (99/104), own name 0.950 (76/80).
# After the places/times round, with the relabel (bare streets are addresses: 34 places, not 33):
# places 0.941 (32/34), times 0.895 (17/19), precision 0.937 (148/158), 10 false alarms.
# After the second places/times round (branch scrubplaces): places 0.971 (33/34), times 1.000
# (19/19), precision 0.943 (150/159), 9 false alarms.
# After the scrubnames round: names 0.971 (101/104), own name 0.975 (78/80), precision 0.938
# (150/160, the same 10 false alarms).
# Both rounds merged: names 0.971, own name 0.975, places 0.971, structured 0.700, times 1.000,
# precision 0.944 (152/161), 9 false alarms.
# After the scrubplaces2 round (train3a/b): precision 0.956 (152/159), 7 false alarms.
# After the identifier/time round 2 (branch scrubstruct2), both rounds merged: structured 0.800
# (8/10), precision 0.962 (152/158, 6 false alarms), the rest the same.
# After the identifier/time round 3 (branch scrubstruct3): precision 0.968 (152/157, 5 false
# alarms), the rest the same.
# After the scrubplaces3 round (train3a/b/c precision): precision 0.968 (152/157, 5 false alarms).
BLIND_FLOORS = {"names": 0.971, "own name": 0.975, "places": 0.971, "structured": 0.800, "times": 1.0}
# Both round-3 branches merged: precision 0.974 (152/156, 4 false alarms).
BLIND_PRECISION = 0.974
BLIND_FALSE_ALARMS = 4


@SCORED
def test_blind_notes_never_tuned_on_do_not_regress() -> None:
    scores = evaluate("blind")
    print("\n" + report("blind", scores))
    assert len(load("blind")) >= 90 and len(load("blind-all")) >= 230
    groups = scores.by_group
    for group in ("names", "places", "structured", "times"):
        assert groups[group].recall >= BLIND_FLOORS[group] - 0.0005, group
    assert scores.own_name.recall >= BLIND_FLOORS["own name"] - 0.0005
    assert scores.precision >= BLIND_PRECISION - 0.0005
    assert len(scores.false_alarms) <= BLIND_FALSE_ALARMS
    assert scores.kept == 1.0


# blind2's held-out 40% (100 notes). First measure, when the split was committed and before any
# tuning: names 0.905 (114/126), own name 0.962 (76/79), places 0.585 (24/41), structured 0.913
# (42/46), times 0.750 (45/60), precision 0.943 (231/245), kept 0.906 (29/32). The guards are the
# figures after the rules written from its tuning 60% (docs/sharing.md).
# After the names round (branch names): names 0.929 (117/126).
# After the places/times round: places 0.854 (35/41), times 0.883 (53/60), precision 0.965 (251/260).
# After the second places/times round (branch scrubplaces): places 0.878 (36/41), times 0.900
# (54/60), precision 0.966 (252/261).
# After the scrubnames round: names 0.952 (120/126), own name 0.975 (77/79), precision 0.966 (255/264).
# Both rounds merged: names 0.952, own name 0.975, places 0.878 (36/41), structured 0.913, times
# 0.900, precision 0.966 (255/264).
# After the identifier/time round (branch scrubstruct, 7 Dec): times 0.917 (55/60), precision
# 0.966 (257/266 with the places round merged); the rest unchanged.
# After the scrubplaces2 round (train3a/b): places 0.902 (37/41), times 0.933 (56/60), precision
# 0.970 (257/265), kept 0.938 (30/32); the rest unchanged.
# After the identifier/time round 2 (branch scrubstruct2), both rounds merged: structured 0.935
# (43/46), the rest as after scrubplaces2.
# After the fourth session's places round (branch tune4p): places 0.951 (39/41).
BLIND2_FLOORS = {"names": 0.952, "own name": 0.975, "places": 0.951, "structured": 0.935, "times": 0.933}
# After the fifth session's rounds: precision 0.973 (257/264), kept 0.969 (31/32).
BLIND2_PRECISION = 0.973
BLIND2_KEPT = 0.969


@SCORED
def test_second_blind_batch_never_tuned_on_does_not_regress() -> None:
    scores = evaluate("blind2")
    print("\n" + report("blind2", scores))
    assert len(load("blind2")) >= 95 and len(load("blind2-all")) >= 250
    groups = scores.by_group
    for group in ("names", "places", "structured", "times"):
        assert groups[group].recall >= BLIND2_FLOORS[group] - 0.0005, group
    assert scores.own_name.recall >= BLIND2_FLOORS["own name"] - 0.0005
    assert scores.precision >= BLIND2_PRECISION - 0.0005
    assert scores.kept >= BLIND2_KEPT - 0.0005


# The third and fourth blind batches, first scored whole after the train3 round (before it, on
# main 445e49c: blind3 names 0.925, own name 0.933, places 0.814, structured 0.949, times 0.916,
# precision 0.914, kept 0.973; blind4 names 0.962, own name 0.980, places 0.876, structured
# 0.927, times 0.857, precision 0.827, kept 0.959). The guards are the first measure after it.
# After the identifier/time round 3 (branch scrubstruct3): blind4 times 0.886 (93/105).
LATER_BLIND_FLOORS = {
    # after the fourth session's rounds (tune4p, tune4s): blind3 places 0.855 (147/172); blind4 places
    # 0.922 (119/129), structured 0.969 (93/96), times 0.895 (94/105); blind5 unchanged
    # after the sixth session's rounds (tune7p, tune7s): blind3 places 0.866 (149/172)
    # after the seventh session's rounds (tune8, tune8s): blind3 places 0.872 (150/172), blind4
    # places 0.938 (121/129), blind5 places 0.9496 (132/139), blind6 places 0.969 (156/161)
    # after the eighth session's rounds (tune9p, tune9s, tune9p2, tune9s2): blind4 structured 0.979
    # (94/96), blind5 places 0.957 (133/139), blind6 places 0.975 (157/161), blind7 times 0.976
    # (83/85), blind8 places 0.935 (216/231), structured 0.982 (56/57), times 0.981 (102/104),
    # blind9 names 0.985 (323/328), own name 0.989 (282/285), places 0.901 (145/161)
    "blind3": {"names": 0.949, "own name": 0.962, "places": 0.872, "structured": 0.962, "times": 0.95},
    "blind4": {"names": 0.962, "own name": 0.98, "places": 0.938, "structured": 0.979, "times": 0.895},
    # scored once on main cd0e6b6 before the fourth session's tuning merged
    "blind5": {"names": 0.991, "own name": 1.0, "places": 0.957, "structured": 0.975, "times": 0.966},
    # scored once on main b364f5b before the fifth session's tuning: names 1.000 (267/267), own
    # name 1.000 (218/218), places 0.944 (152/161), structured 1.000 (34/34), times 0.941 (95/101)
    # after the fifth session's rounds (tune5p, tune5t): places 0.950 (153/161), times 0.950 (96/101)
    # after the sixth session's rounds: places 0.957 (154/161)
    "blind6": {"names": 1.0, "own name": 1.0, "places": 0.981, "structured": 1.0, "times": 0.95},
    # scored once on main before the sixth session's tuning: names 0.985 (198/201), own name 1.000
    # (163/163), places 0.879 (109/124), structured 1.000 (13/13), times 0.953 (81/85); after the
    # sixth session's rounds: times 0.965 (82/85)
    "blind7": {"names": 0.99, "own name": 1.0, "places": 0.887, "structured": 1.0, "times": 0.976},
    # scored once on main before the seventh session's tuning: names 0.997 (320/321), own name
    # 0.996 (276/277), places 0.926 (214/231), structured 0.930 (53/57), times 0.962 (100/104);
    # after the seventh session's rounds: places 0.931 (215/231), structured 0.965 (55/57)
    "blind8": {"names": 0.997, "own name": 0.996, "places": 0.935, "structured": 0.982, "times": 0.981},
    # scored once on main (7ebf48f + its registration) before any of the eighth session's tuning:
    # names 0.982 (322/328), own name 0.986 (281/285), places 0.894 (144/161), structured 0.978
    # (45/46), times 0.820 (91/111)
    "blind9": {"names": 0.985, "own name": 0.989, "places": 0.907, "structured": 0.978, "times": 0.829},
    # scored once on main (4adb0f0 + train9b, blind10 and their registration) before any of the
    # ninth session's tuning: names 0.996 (269/270), own name 1.000 (238/238), places 0.907
    # (196/216), structured 0.944 (34/36), times 0.850 (199/234)
    # after the ninth session's rounds: blind3 times 0.950, blind6 places 0.981, blind7 names
    # 0.990, places 0.887, blind9 places 0.907, times 0.829, blind10 places 0.917, times 0.868
    "blind10": {"names": 0.996, "own name": 1.0, "places": 0.917, "structured": 0.944, "times": 0.868},
}
# After the scrubplaces3 round (train3a/b/c precision): blind3 precision 0.959 (636/663), blind4
# 0.905 (570/630), recall and kept the same.
# Both round-3 branches merged: blind4 precision 0.905 (571/631), the rest as above. Then a
# lower-case word alias after "the" with a person verb after it went back to being a name ("the
# holly was hurt" had leaked: the vault-alias property test): blind4 precision 0.901 (571/634),
# a trade made on purpose, privacy first.
# blind5 at its first measure: precision 0.945 (483/511), kept 0.981 (211/215). After the fourth
# session's rounds: blind4 precision 0.902 (573/635); blind5 precision 0.947 (483/510), kept 0.986
# (212/215).
# blind6 at its first measure: precision 0.910 (544/598), kept 0.965 (138/143). After the fifth
# session's rounds: blind3 precision 0.961 (634/660), kept 0.962 (176/183), places 0.860
# (148/172); blind4 precision 0.912 (573/628); blind5 precision 0.951 (483/508); blind6 precision
# 0.928 (543/585).
# blind7 at its first measure: precision 0.902 (404/448), kept 0.995 (192/193).
# blind8 at its first measure: precision 0.942 (665/706), kept 0.987 (155/157).
# blind9 at its first measure: precision 0.874 (599/685), kept 0.987 (225/228).
# After the eighth session's rounds: blind4 precision 0.915 (572/625), blind5 0.955 (484/507),
# blind6 0.938 (542/578), blind7 0.914 (404/442), blind8 0.946 (663/701), blind9 0.889 (598/673).
# blind10 at its first measure: precision 0.935 (692/740), kept 0.995 (201/202).
# After the ninth session's rounds (tune10p, tune10s, tune10n and the review's mends): blind3
# precision 0.965, blind6 0.939, blind7 0.920, blind8 0.947, blind9 0.890, kept 0.991.
LATER_BLIND_PRECISION = {
    "blind3": 0.965,
    "blind4": 0.915,
    "blind5": 0.955,
    "blind6": 0.939,
    "blind7": 0.92,
    "blind8": 0.947,
    "blind9": 0.89,
    "blind10": 0.935,
}
LATER_BLIND_KEPT = {
    "blind3": 0.962,
    "blind4": 0.959,
    "blind5": 0.986,
    "blind6": 0.965,
    "blind7": 0.995,
    "blind8": 0.987,
    "blind9": 0.991,
    "blind10": 0.995,
}
LATER_BLIND_NOTES = {
    "blind3": 351,
    "blind4": 339,
    "blind5": 306,
    "blind6": 321,
    "blind7": 325,
    "blind8": 345,
    "blind9": 322,
    "blind10": 373,
}


@SCORED
@pytest.mark.parametrize("split", sorted(LATER_BLIND_NOTES))
def test_later_blind_batches_never_tuned_on_do_not_regress(split: str) -> None:
    scores = evaluate(split)
    print("\n" + report(split, scores))
    assert len(load(split)) == LATER_BLIND_NOTES[split]
    floors = LATER_BLIND_FLOORS[split]
    for group in ("names", "places", "structured", "times"):
        assert scores.by_group[group].recall >= floors[group] - 0.0005, group
    assert scores.own_name.recall >= floors["own name"] - 0.0005
    assert scores.precision >= LATER_BLIND_PRECISION[split] - 0.0005
    assert scores.kept >= LATER_BLIND_KEPT[split] - 0.0005


def test_the_scrubber_is_told_only_the_perpetrators_keep_values() -> None:
    # blind2 lists districts and word-aliases used as words in `keep`; the app passes only his
    # identifiers, so the eval does too (passing the rest would protect them for free)
    row = {
        "keep": ["Harehills", "07700 900 811", "ginger"],
        "spans": [
            {"value": "Harehills", "keep": True, "role": "none"},
            {"value": "07700 900 811", "keep": True, "role": "perpetrator"},
            {"value": "ginger", "keep": True, "role": "none"},
        ],
    }
    assert perpetrator_keep(row) == ["07700 900 811"]


# Training batches (tuned on, so not a measure of how the scrubber does on new writing): floors at
# the figures they reached, so a later change that loses what a round won shows here. train6a
# before the seventh session's places round (tune8): places 0.814 (144/177), precision 0.948
# (490/517); train7a, first scored before that round: places 0.924 (243/263), precision 0.933
# (609/653). After it, the figures below: train6a places 0.881 (156/177), precision 0.948
# (494/521); train7a places 0.981 (258/263), precision 0.936 (619/661).
TRAIN_FLOORS = {
    # train8a before the eighth session's rounds: places 0.851, structured 0.882, times 0.932,
    # precision 0.918; train8b: places 0.892, structured 0.924, times 0.867, precision 0.910
    # after the ninth session's rounds (tune10p, tune10s, tune10n and the review's mends); train9a
    # and train9b before them: train9a places 0.846, structured 0.944, times 0.834, precision 0.916;
    # train9b places 0.882, structured 0.913, times 0.868, precision 0.911
    "train6a-train": {
        "names": 0.994,
        "own name": 1.0,
        "places": 0.927,
        "structured": 1.0,
        "times": 0.971,
        "precision": 0.967,
        "kept": 1.0,
    },
    "train7a-train": {
        "names": 0.993,
        "own name": 1.0,
        "places": 0.981,
        "structured": 1.0,
        "times": 0.967,
        "precision": 0.963,
        "kept": 0.986,
    },
    "train8a-train": {
        "names": 0.993,
        "own name": 0.996,
        "places": 0.931,
        "structured": 1.0,
        "times": 1.0,
        "precision": 0.958,
        "kept": 0.985,
    },
    "train8b-train": {
        "names": 0.987,
        "own name": 0.989,
        "places": 0.975,
        "structured": 0.992,
        "times": 0.945,
        "precision": 0.957,
        "kept": 0.989,
    },
    "train9a-train": {
        "names": 0.997,
        "own name": 0.997,
        "places": 0.939,
        "structured": 1.0,
        "times": 0.953,
        "precision": 0.945,
        "kept": 1.0,
    },
    "train9b-train": {
        "names": 0.997,
        "own name": 1.0,
        "places": 0.909,
        "structured": 0.978,
        "times": 0.875,
        "precision": 0.945,
        "kept": 1.0,
    },
}
TRAIN_NOTES = {
    "train6a-train": 320,
    "train7a-train": 335,
    "train8a-train": 330,
    "train8b-train": 336,
    "train9a-train": 442,
    "train9b-train": 347,
}


@pytest.mark.parametrize("split", sorted(TRAIN_FLOORS))
def test_later_training_batches_keep_what_tuning_won(split: str) -> None:
    scores = evaluate(split)
    assert len(load(split)) == TRAIN_NOTES[split]
    floors = TRAIN_FLOORS[split]
    for group in ("names", "places", "structured", "times"):
        assert scores.by_group[group].recall >= floors[group] - 0.0005, group
    assert scores.own_name.recall >= floors["own name"] - 0.0005
    assert scores.precision >= floors["precision"] - 0.0005
    assert scores.kept >= floors["kept"] - 0.0005
