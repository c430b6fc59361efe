"""Identifiers, times and dates by family (issue 14, branch tune4s), with the look-alikes that
must stay.

Every sentence here is written for these tests from how the family is typed (the forms of an
e-mail in the writer's language, a foreign plate, a clock time run together with am/pm ...),
never copied from a note of any batch.
"""

from __future__ import annotations

import pytest

from outreach_app.domain.scrubbing.scrubber import ScrubContext, scrub


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # any country's ending, said or written
        ("his email petar at abv dot bg", "his email [email]"),
        ("write to gianni at libero dot it", "write to [email]"),
        ("she uses jana.k at seznam dot cz", "she uses [email]"),
        ("reply to tamas at freemail dot hu please", "reply to [email] please"),
        ("mail: ion.v@yahoo,ro", "mail: [email]"),
        ("his address kev.b@gmailcom bounced", "his address [email] bounced"),
        ("e-mail dan.r(a)outlook.com", "e-mail [email]"),
        # ... said in the writer's language
        ("jej email kasia.w małpa onet kropka pl", "jej email [email]"),
        ("su correo lucia.m arroba gmail punto com", "su correo [email]"),
        ("o email dele é bruno.s arroba sapo ponto pt", "o email dele é [email]"),
        # ... an address online takes a street word read inside it along
        ("email ola at wp dot pl", "email [email]"),
        # look-alikes: prose with "at" and a word that ends like a country
        ("she arrived at home.it was late", "she arrived at home.it was late"),
        ("TOOK HIS MONEY AT GUN POINT IN THE FLAT", "TOOK HIS MONEY AT GUN POINT IN THE FLAT"),
        ("she was at the point of leaving", "she was at the point of leaving"),
    ],
)
def test_emails_with_any_ending_and_in_the_writers_language(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("his site is dariusauto.pl", "his site is [url]"),
        ("check the page bogdancars.ro/offers", "check the page [url]"),
        ("she found him at webcamlads.xxx/ryan", "she found him at [url]"),
        # a bare name with a country's ending and no word of the web before it is a handle
        ("on Zalo as minhtuan.vn", "on Zalo as [handle]"),
        # ... and a missed space after a full stop is neither
        ("he left at 5.th next day", "he left at [night].th next day"),
    ],
)
def test_web_addresses_with_country_endings(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("add him on IG dazza.mcr", "add him on IG [handle]"),
        ("messaged her from dazza.mcr on snap", "messaged her from [handle] on snap"),
        ("dazza_mcr on tiktok keeps commenting", "[handle] on tiktok keeps commenting"),
        ("her backup is roxy.bham7 now", "her backup is [handle] now"),
        ("his OF brummiedazz is new", "his OF [handle] is new"),
        ("the OnlyFans creator (starlabelle) posted it", "the OnlyFans creator ([handle]) posted it"),
        ("an OnlyFans subscriber dazzwatcher turned up", "an OnlyFans subscriber [handle] turned up"),
        ("posted by u/brum_gent_77 on r/brum", "posted by [handle] on r/brum"),
        # the escort and classified sites, and the apps of the communities served
        ("his fetlife is brum_dom", "his fetlife is [handle]"),
        ("on Tryst as BrumGent", "on Tryst as [handle]"),
        ("vk: ivan.petrov", "vk: [handle]"),
        ("Gumtree ad from dazza99", "Gumtree ad from [handle]"),
        # a user number after a joiner ("his qq is ..."); a count or a phone number is none
        ("his qq is 771234", "his qq is [handle]"),
        ("insta 30000 followers", "insta 30000 followers"),
        ("his whatsapp is 07700900123", "his whatsapp is [phone]"),
        ("posting threads with photos", "posting threads with photos"),
        # look-alikes: a site's people, trade words, the word "of"
        ("an Instagram model said hi", "an Instagram model said hi"),
        ("a TikTok star was filming", "a TikTok star was filming"),
        ("Vivastreet replies from his burner", "Vivastreet replies from his burner"),
        ("AdultWork reviews say he is rough", "AdultWork reviews say he is rough"),
        ("AW incall in Leeds", "AW incall in Leeds"),
        ("most of sweetness was gone", "most of sweetness was gone"),
        ("read a copy of notes.md first", "read a copy of notes.md first"),
        ("someone on snap again", "someone on snap again"),
    ],
)
def test_handles_by_their_look_near_a_platform(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # plates of the countries the cars come from
        ("a grey Peugeot FG-482-KL, French plates", "a grey Peugeot [plate], French plates"),
        ("Italian car EK 512 TR outside", "Italian car [plate] outside"),
        ("Bulgarian van CB 4417 KA again", "Bulgarian van [plate] again"),
        ("German BMW M-KX 482 seen", "German BMW [plate] seen"),
        ("Dutch Golf 45-KTL-7 parked", "Dutch Golf [plate] parked"),
        # a letter for a digit in the age, lower case spaced, each character spaced
        ("blue Astra KT1O WMB at the lights", "blue Astra [plate] at the lights"),
        ("lookout car is kx 17 ptx now", "lookout car is [plate] now"),
        ("the bloke in k w 1 7 p t x again", "the bloke in [plate] again"),
        ("reg sierra tango 15 kilo lima mike", "reg [plate]"),
        ("white van, K.N.6.6 X.Z.T.", "white van, [plate]."),
        # lower case with a dash; the phonetic alphabet with no cue (two of its words and a digit)
        ("white van kx66-pzt again", "white van [plate] again"),
        ("a van, kilo xray six six zulu papa tango", "a van, [plate]"),
        ("Charlie and Mike at the arches", "[name] and [name] at the arches"),
        # look-alikes: a time in capitals, a police log's date, words around numbers
        ("AT 1130 PM HE LEFT", "AT [night] HE LEFT"),
        ("she is 18 now and on 12 nov she left", "she is 18 now and on [date] she left"),
    ],
)
def test_plates_in_more_shapes(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("他的电话一三八零零一三八零零零，很凶", "他的电话[phone]，很凶"),
        ("他的电话是幺三九 一二三四 五六七八", "他的电话是[phone]"),
        ("email: 88421＠qq。com", "email: [email]"),
        # look-alike: a short run of numerals
        ("她说一二三", "她说一二三"),
    ],
)
def test_numbers_and_emails_typed_with_a_chinese_keyboard(text: str, expected: str) -> None:
    assert scrub(text).text == expected


def test_a_number_that_starts_with_the_letter_o_is_read_whole() -> None:
    assert scrub("new no O7 9 1 2 34O 5 6 O, text her").text == "new no [phone], text her"


def test_the_perpetrators_plate_in_a_foreign_shape_stays() -> None:
    text = "his car FG-482-KL, hers KT1O WMB"
    assert scrub(text, ScrubContext.of([], ["FG-482-KL"])).text == "his car FG-482-KL, hers [plate]"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("he came at 1130pm", "he came at [night]"),
        ("he came at 1130 pm", "he came at [night]"),
        ("it was 3amish", "it was [night]"),
        ("seen c.22:00 by the shop", "seen c.[night] by the shop"),
        ("left at 21.00h", "left at [evening]"),
        ("between 1am/2am", "between [night]/[night]"),
        ("it was 1 or 2am", "it was [night] or [night]"),
        ("he turns up at 21 hrs", "he turns up at [evening]"),
        ("er kam um 21 Uhr", "er kam [evening]"),
        ("she was out 10.30-11 and then home", "she was out [morning] and then home"),
        ("twenty to one he rang", "[afternoon] he rang"),
        ("ten to midnight she called", "[night] she called"),
        ("Time: 2350", "Time: [night]"),
        ("he came at 4 and left", "he came at [night] and left"),
        ("just after 2 and she ran", "just after [night] and she ran"),
        ("at 10 outside the chemist", "at [morning] outside the chemist"),
        ("around eleven thirty p m he came", "around [night] he came"),
        ("2mins past 11 she rang", "[morning] she rang"),
        ("I come tomorrow at 10 in morning", "I come tomorrow at [morning]"),
        ("by the garages 5 this morning when he", "by the garages [night] when he"),
        ("he came 9 at nite and left", "he came [evening] and left"),
        ("grabbed me 11 2nite by the shop", "grabbed me [night] by the shop"),
        ("works od 9 do 21 every day", "works [morning] every day"),
        ("lucrează de la 10 la 22", "lucrează [morning]"),
        ("o 3 w nocy", "[night]"),
        ("12 midnite he texted", "[night] he texted"),
        ("by 10 he was gone", "by [morning] he was gone"),
        ("it happened at 2 30 near the park", "it happened at [night] near the park"),
        ("at 11,45 he came", "at [morning] he came"),
        ("at 2 30 people came", "at 2 30 people came"),
        ("by two the van had left", "by [night] the van had left"),
        ("she was beaten by 3 men", "she was beaten by 3 men"),
        # an hour said in words of the writer's language, with the part of the day it sets
        ("vino a las once y media de la noche", "vino [night]"),
        ("chegou às três da manhã", "chegou [night]"),
        ("è arrivato alle nove di sera", "è arrivato [evening]"),
        ("il est venu à onze heures", "il est venu [morning]"),
        ("a venit la ora unsprezece seara", "a venit [night]"),
        ("przyszedł o jedenastej wieczorem", "przyszedł [night]"),
        ("powiedziała wpół do dwunastej", "powiedziała [morning]"),
        ("jött este 10", "jött [night]"),
        # look-alikes: counts, ranks, tallies, a pronoun "one", "to the two (women)"
        ("le dio dinero a las dos chicas", "le dio dinero a las dos chicas"),
        ("alle due ragazze ha detto", "alle due ragazze ha detto"),
        ("este 3 de diciembre", "este [date]"),
        ("from 9pm to 10 people came", "from [evening] to 10 people came"),
        ("he was at 2 on the list", "he was at 2 on the list"),
        ("at 1 and 2 bedroom flats", "at 1 and 2 bedroom flats"),
        ("she did 3 last night", "she did 3 last night"),
        ("contacts: 4 tonight", "contacts: 4 tonight"),
        ("had a bad one last night", "had a bad one last night"),
        ("im ok now hun ty 4 last nite xx", "im ok now hun ty 4 last nite xx"),
        ("from 10 to 20 zł", "from 10 to 20 zł"),
        ("od 10 do 20 zł", "od 10 do 20 zł"),
        ("for 21 hrs she waited", "for 21 hrs she waited"),
    ],
)
def test_clock_times_in_more_forms(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("robbed on Tuesday the first of December", "robbed on [date]"),
        ("she says last Friday the fourth", "she says [date]"),
        ("hit her last Sunday 6/12", "hit her [date]"),
        ("Ring her back the ninth.", "Ring her back [date]."),
        ("uderzył ją w sobotę 5 grudnia", "uderzył ją [date]"),
        ("e hënë 7 dhjetor ishte", "[date] ishte"),
        # run together, as police logs write it; a two-digit year before a clause
        ("ON 14NOV26 AT THE ARCHES", "ON [date] AT THE ARCHES"),
        ("seen 03Dec2026 again", "seen [date] again"),
        ("it was 14 Nov 26 when he came", "it was [date] when he came"),
        ("on Thursday 19 when she rang", "on [date] when she rang"),
        # look-alikes: minutes run together, a count after a weekday's number
        ("back 3mins later", "back 3mins later"),
        ("Sat 2 girls out", "Sat 2 girls out"),
        ("14 Nov 26 girls came", "[date] 26 girls came"),
        # look-alikes: ranks and list items
        ("At the second, nobody answered.", "At the second, nobody answered."),
        ("she came the ninth time", "she came the ninth time"),
    ],
)
def test_dates_with_their_weekday_and_in_the_writers_language(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "keep", "expected"),
    [
        # one keep value holding two numbers: each stays, wherever it is written
        (
            "he rang from 07911 204 350 / 07911 204 351 and hers is 07955 100 200",
            ["07911 204 350 / 07911 204 351"],
            "he rang from 07911 204 350 / 07911 204 351 and hers is [phone]",
        ),
        ("his other one is 07911 204 351", ["07911204350 or 07911204351"], "his other one is 07911 204 351"),
        # his number typed with the letter O, or with marks to slip a filter, is still his
        ("his new one O7911 2O4 35O", ["07911 204 350"], "his new one O7911 2O4 35O"),
        ("ad says 07911*204*350", ["07911204350"], "ad says 07911*204*350"),
        # a whole plate read out ends at its seventh character ("3 times" is a count)
        ("plate K D 1 5 H K J 3 times past us", ["KD15 HKJ"], "plate K D 1 5 H K J 3 times past us"),
        ("plate K D 1 5 H K J 3 times past us", [], "plate [plate] 3 times past us"),
        # his plate read out in the phonetic alphabet is his plate
        (
            "she read it as 'Kilo Delta one five, Papa Kilo Juliet'",
            ["KD15 PKJ"],
            "she read it as 'Kilo Delta one five, Papa Kilo Juliet'",
        ),
    ],
)
def test_the_perpetrators_identifiers_stay_in_any_form(text: str, keep: list[str], expected: str) -> None:
    assert scrub(text, ScrubContext.of([], keep)).text == expected
