"""Emails, URLs and handles in the forms people really type them.

Emails also as "name at domain dot com", glued ("kevATgmailDOTcom") or half remembered; URLs;
handles with `@`, after a platform cue word ("his AW profile is kingkev515", "on Snap as ...",
"wechat id ..."), named as one ("his username is kingkev"), dictated or joined by underscores.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import stopwordsiso

from outreach_app.domain.scrubbing import lazy_re as re
from outreach_app.domain.scrubbing.lowered import CaselessHint, lower_case_twin
from outreach_app.domain.scrubbing.spans import Kind, word_set
from outreach_app.domain.scrubbing.twins import twin_finditer

Found = tuple[int, int, Kind]

# The country endings of the communities served and of the UK's neighbours, and a few generic
# ones (an address is written with whichever its owner has: "kevscars.de", "ivan at abv dot bg").
# Endings that are English words ("it", "in", "no", "be", "at", "is", "us") only in an e-mail with
# its dot said or bracketed ("kev at libero dot it"): "left.it was late" is a missed space.
_COUNTRY_ENDINGS = (
    "ru|ro|pl|de|fr|es|nl|ie|eu|bg|hu|cz|sk|lt|lv|ee|al|gr|pt|br|ng|gh|cn|vn|th|ph|ua|rs|hr|si|fi|se|dk|"
    "ch|tr|md|za|au|ca|nz"
)
_WORD_ENDINGS = "it|in|no|be|at|is|us"
_MAIL_ENDINGS = rf"(?:com|net|org|co|uk|io|me|info|biz|email|online|{_COUNTRY_ENDINGS})"
# (in a bare web address, not the endings that a missed space after a full stop makes: "5.th",
# "1.hr", "et.al", "the pt.pt")
_URL_COUNTRY_ENDINGS = (
    "ru|ro|pl|de|fr|es|nl|ie|eu|bg|hu|cz|sk|lt|lv|gr|br|ng|gh|cn|vn|ua|rs|si|fi|dk|tr|md|za|au|ca|nz"
)
_TLDS = (
    r"(?:co\.uk|org\.uk|com|net|org|uk|ru|io|me|ly|ee|tv|app|info|biz|xyz|cc|to|link|xxx|fans|club|online|site|"
    rf"store|shop|vip|{_URL_COUNTRY_ENDINGS})"
)
_URL = re.compile(
    r"(?:https?://|www\.)[^\s<>\"']+"
    rf"|\b(?:[a-z0-9-]+\.)+{_TLDS}(?:/[^\s<>\"']*)?(?![\w@])",
    re.IGNORECASE,
)
# (an "@" typed twice is a slip: "kev@@gmail.com")
# (typed with a Chinese or Japanese keyboard, the "@" and the dots are wide: "884213＠qq。com")
_EMAIL = re.compile(r"\b[\w.+-]+[@＠][@＠]?[\w-]+(?:[.。．][\w-]+)*[.。．][a-z]{2,}\b", re.IGNORECASE)
# "kev at gmail dot com", "kev (at) hotmail (dot) co (dot) uk", "kev[at]gmail[dot]com": the
# spelled "dot" (or a provider name) is required, so prose like "met at the hotel" is left.
# (any bracket round the word or the mark: "kev{at}gmail{dot}com", "kev[@]gmail[.]com")
# ("(a)" too, as some write it to slip past a filter: "kev.smith(a)gmail.com")
# (or the word for "@" in the writer's language: Polish "małpa", Spanish and Portuguese "arroba",
# Italian "chiocciola", French "arobase", Hungarian "kukac", Czech "zavináč", Romanian "coadă de
# maimuță" is said "a rond" too, Turkish and Albanian "et")
# (and Lithuanian "eta", Romanian "arond" run together, German "ät", Dutch "apenstaartje", Swedish
# "snabel-a", Russian "собака", Bulgarian "маймунка", Ukrainian "равлик")
_FOREIGN_AT = (
    r"(?:małpa|malpa|arroba|chiocciola|arobase|arrobase|kukac|zavináč|zavinac|a rond|arond|et|eta|ät|"
    r"apenstaartje|snabel-a|собака|маймунка|равлик)"
)
_AT = rf"(?:\s*[\(\[{{<]\s*(?:at|@|a)\s*[\)\]}}>]\s*|\s+(?:at|{_FOREIGN_AT})\s+|\s*@\s*)"
# ("dot" in theirs: Polish "kropka", Spanish and Italian "punto", Portuguese "ponto", French
# "point", German "Punkt", Hungarian "pont", Czech "tečka", Turkish "nokta", Albanian "pikë")
# (and Lithuanian "taškas", Romanian "punct", Dutch "punt", Slovak "bodka", Russian "точка")
_FOREIGN_DOT = (
    r"(?:kropka|punto|ponto|point|punkt|pont|tečka|tecka|nokta|pikë|pike|taškas|taskas|punct|punt|bodka|"
    r"точка)"
)
_DOT = rf"(?:\s*[\(\[{{<]\s*(?:dot|\.)\s*[\)\]}}>]\s*|\s+(?:dot|{_FOREIGN_DOT})\s+|\.)"
# (before an ending that is an English word, only "dot" itself, or its word in another language
# that no English sentence holds: "money at knife point in" is prose, "chiara chiocciola libero
# punto it" is an address)
_FOREIGN_SAID_DOT = r"kropka|punto|ponto|punkt|tečka|tecka|nokta|pikë|taškas|taskas|punct|bodka|точка"
_SAID_DOT = rf"(?:\s*[\(\[{{<]\s*(?:dot|\.)\s*[\)\]}}>]\s*|\s+(?:dot|{_FOREIGN_SAID_DOT})\s+)"
# An e-mail half remembered: the part before "@" with nothing after it ("bigkev.leeds@ (she
# can't remember the rest)", "daddy4u@..."), or the start of one after a cue ("his email starts
# daddy4").
_CUT_EMAIL = re.compile(r"(?<![\w.@+-])[A-Za-z0-9][\w.+-]+@(?=\s|\.{2,}|…|[,;:)!?]|$)")
_EMAIL_START = re.compile(
    r"\be-?mail(?:\s+address)?\s+(?:starts|started|starting|begins|began|beginning)(?:\s+with)?\s+"
    r"['‘\"“]?(?P<e>[A-Za-z0-9][\w.+-]{2,})",
    re.IGNORECASE,
)
_DOT_ENDING = re.compile(rf"\.(?i:{_MAIL_ENDINGS})\b")
# (the part before "at" may hold said dots too, in the writer's language: "clarisse point ngono
# arobase yahoo point fr", "kev dot smith at protonmail dot me")
_LOCAL_SAID_DOT = rf"\s+(?:dot|{_FOREIGN_DOT})\s+"
_SPELLED_EMAIL = re.compile(
    # (a letter in the name after "at": "left at 5.th" is a missed space)
    rf"\b(?<!\w['’])[\w.+-]+(?:{_LOCAL_SAID_DOT}[\w+-]+)*{_AT}[\w-]*[A-Za-z][\w-]*(?:{_DOT}[\w-]+)*(?:{_DOT}{_MAIL_ENDINGS}|{_SAID_DOT}(?:{_WORD_ENDINGS}))\b",
    re.IGNORECASE,
)
# ... and with the words glued on, in capitals so they show: "dazzaATgmailDOTcom",
# "s.walkerAtProtonmailDotCom", "adam.kowalski(at)wp(dot)pl"; or in lower case with a mail
# provider's name between ("daveatgmaildotcom").
# ("gazza@hotmailDOTcom", "m.d[at]gmail[.]com": the two ways mixed)
_GLUED_AT = r"(?:AT|At|@|[\(\[{<](?i:at|@|a)[\)\]}>])"
_GLUED_DOT = r"(?:DOT|Dot|[\(\[{<](?i:dot|\.)[\)\]}>])"
_GLUED_EMAIL = re.compile(
    rf"(?<![\w.@])[A-Za-z0-9][\w.+-]*?{_GLUED_AT}[A-Za-z0-9-]+?(?:{_GLUED_DOT}[A-Za-z0-9-]+?)*?{_GLUED_DOT}"
    rf"(?i:{_MAIL_ENDINGS})(?!\w)"
    r"|(?i:(?<![\w.@])[a-z0-9][\w.+-]*?at(?:gmail|googlemail|hotmail|yahoo|outlook|icloud|live|aol|proton(?:mail)?|"
    r"ymail|msn|btinternet|sky|qq)dot(?:com|net|co(?:dotuk)?|uk)(?!\w))"
)
_HANDLE = re.compile(r"(?<![\w.@])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?")
# A Reddit user as Reddit writes one: "u/leedsgent_88" ("r/..." is a forum, not a person)
_REDDIT_USER = re.compile(r"(?<![\w/])u/[A-Za-z0-9_-]{3,20}(?![\w/])")
# A Skype name as Skype writes it, "live:" glued to it: "live:kev.smith_1", "live:.cid.3f9a2b"
# A Cash App "$cashtag": "$" before letters (before digits it is money: "$50")
_CASHTAG = re.compile(r"(?<![\w$])\$[A-Za-z][A-Za-z0-9_-]{1,19}(?![\w$])")
_SKYPE_LIVE = re.compile(r"(?<![\w/])live:(?:\.cid\.)?[A-Za-z0-9][A-Za-z0-9._-]{2,}(?<![._-])")
# "@2300", "@11pm", "@23:40", "@ 9": "@" for "at" before a clock time is no handle.
_AT_CLOCK = re.compile(r"@(?:2[0-3]|[01]?\d)(?:[:.]?[0-5]\d)?(?:\s?[ap]\.?m\b\.?|hrs?\b|h\b)?(?![\w@])", re.I)
# A handle without @ after a platform word and a joiner: "Snapchat: danny_b_4u", "on Snap as
# lil_tony", "his AW profile is kingkev515", "wechat id zhang8888", "kik bossman_ldn".
# Platform words that are never ordinary words: a handle may follow directly ("kik bossman_ldn").
_PLATFORM = (
    r"snap(?:chat)?|insta(?:gram)?|tik ?tok|telegram|twitter|kik|grindr|tinder|wechat|we chat|viber|"
    r"whatsapp|onlyfans|fansly|adult ?work|viva(?: ?street)?|facebook|badoo|bumble|skype|discord|wickr|"
    r"threema|plenty ?of ?fish|hinge|seeking|feeld|grindr|scruff|snap ?chat|kakao ?(?:talk)?|zalo|"
    r"sniffies|planet ?romeo|meetme|reddit|twitch|youtube|linkedin|imessage|facetime|"
    # (the escort and classified sites, and the apps of the communities served)
    r"tryst|slixa|punter ?net|fetlife|gumtree|locanto|skokka|chaturbate|leolist|smooci|massage ?republic|"
    r"bluesky|tumblr|vkontakte|weibo|douyin|xiaohongshu|jack'?d|lovoo|happn|zoosk"
)
# Short or ordinary platform words need a joiner before the handle ("his AW profile is ...").
_PLATFORM_SHORT = r"aw|ig|tg|fb|sc|x|of|line|signal|pof|wa|vk|qq|eros|threads"
# (a word joiner ends at a word's end: "AW asking" is not "AW as" + "king")
# In a note mixing languages the joiner may be in the other one: "Line ของเขาคือ garyinleeds".
_FOREIGN_JOINER = "[\u0400-\u04ff\u0600-\u06ff\u0e00-\u0e7f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]+"
_JOINER = (
    # ("her snap's lexi.x": the possessive is a joiner too)
    # ("her snap was bellaaa.x3": after "was" only what looks like a handle, `handle_spans`)
    r"(?:(?:user ?name|handle|profile(?: name)?|account|id|name|is|as|called|was|were)\b|['’]s\b|:|-|=|@|"
    rf",\s*(?:user ?name|handle|profile(?: name)?|account|id)\b|{_FOREIGN_JOINER})"
)
_PLATFORM_HANDLE = re.compile(
    rf"\b(?:(?:{_PLATFORM})\b(?:\s*{_JOINER})*|(?:{_PLATFORM_SHORT})\b(?:\s*{_JOINER})+)"
    # (in brackets too: "on snap (toplad.x)", when it looks like a handle: `handle_spans`)
    # (a Discord tag takes its number along: "kev#4471")
    # (a dash inside too, as Snapchat allows: "snap kev-ldn")
    r"\s*(?P<bracket>\()?(?P<quote>['‘\"“])?(?P<handle>[A-Za-z0-9_.]*[A-Za-z0-9_](?:-[A-Za-z0-9_]+)*(?:#\d{4}\b)?)",
    re.IGNORECASE,
)
# "Line" after a word that makes it a telephone's: "the helpline", "out-of-hours line", "the
# phone line" (not the app's capitals, "LINE")
_PHONE_LINE_BEFORE = re.compile(
    r"(?:\b(?i:phone|help|hot|land|tele|advice|support|crisis|night|hours|direct|office|main|duty|chat|tip|"
    r"fixed|the|a|this|that|our|same|bottom|front|finish|picket|dotted|punch)[ \t-]*)$"
)
# After a short platform word with no joiner, only what looks like a handle ("ig kevlad99").
_SHORT_PLATFORM_HANDLE = re.compile(
    rf"\b(?i:{_PLATFORM_SHORT})\s+(?P<handle>[A-Za-z][A-Za-z0-9_.]*(?:\d|_)[A-Za-z0-9_.]*[A-Za-z0-9_])(?![\w@])"
)
# ... or a name with a dot inside, as Instagram and Snapchat allow ("IG kev.ldn", "sc lexi.rose"):
# letters on both sides of the dot, two at least after it (not "x e.g." nor "of a.m.").
# (found from the dotted name, the site's word looked for before it)
_DOTTED_NAME = re.compile(r"(?<![\w@.])[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]{2,})+(?![\w@.]|\.\w)")
# ("of" and "x" only as the sites' capitals, "OF kev.ldn", "X kev.ldn": "a copy of notes.md" is prose)
_SHORT_PLATFORM_BEFORE = re.compile(
    r"\b(?:(?i:aw|ig|tg|fb|sc|line|signal|pof|wa|vk|qq|eros|threads)|OF|X)\s+$"
)
# A name with a dot or an underscore inside that ends in a digit is a user name wherever it is
# ("new one is lexi.leeds2", "kev_ldn7"): no word, time or version is written so ("v1.2" starts
# with a letter and one digit, "3.15" with a digit).
_DOTTED_DIGIT_TAILED = re.compile(
    r"(?<![\w@.#/-])[A-Za-z]{2}[A-Za-z0-9]*(?:[._][A-Za-z0-9]+)*[._][A-Za-z]+\d+(?![\w@]|\.\w)"
)
# The short name of a site written as its capitals ("OF", "IG", "AW", "SC", "TG", "FB", "POF"; not
# the word "of") and a run of letters in lower case that is no word: "her own OF sineadsecrets".
# Words of the trade that a dictionary lacks: "AW incall", "AW outcall" say where, not who.
_TRADE_WORDS = word_set("""incall incalls outcall outcalls punter punters escorting duos
    webcam webcams sexting camming selfies nudes""")
_ACRONYM_PLATFORM = re.compile(r"\b(?:OF|IG|AW|SC|TG|FB|POF)\b")
_ACRONYM_PLATFORM_WORD = re.compile(
    r"\b(?:OF|IG|AW|SC|TG|FB|POF)(?:\s*(?:[:=-]|is|was|name|account|profile|handle|id)\b)*\s*"
    r"(?P<handle>[a-z]{6,})(?![\w@]|\.\w)"
)
# The people a site has, named after it: "OnlyFans creator", "Instagram model", "TikTok star",
# "Snapchat user" are no handles; the word after them may be one ("OnlyFans subscriber
# bristolwatcher", when it looks like one or is no word).
_PLATFORM_ROLES = (
    r"creators?|subscribers?|subs?|fans?|models?|stars?|users?|followers?|influencers?|girls?|guys?"
)
# (found from the role word, the site looked for before it: one regex of every site's name tried
# at every position costs every note a slow scan)
_PLATFORM_ROLE_HANDLE = re.compile(
    rf"\b(?i:{_PLATFORM_ROLES})\s+(?:(?i:called|named|as)\s+)?(?P<handle>[A-Za-z0-9_.]*[A-Za-z0-9_])(?![\w@])"
)
_PLATFORM_JUST_BEFORE = re.compile(rf"\b(?i:{_PLATFORM})\s+$")
_DOTTED_WORD = re.compile(r"[A-Za-z0-9]\.[A-Za-z0-9]{2}")
# A handle written before the platform it is on, with no verb before it: "messaged her from
# kev.ldn on snap", "lexi_rose on onlyfans" (only what looks like a handle: a dot, an underscore or
# digits inside a word in lower case; "Kev on snap" is a name, left to the names pass).
# (found from " on <site>", the word before it looked at after: cheaper than a scan for handles)
_ON_PLATFORM = re.compile(rf"\s+on\s+(?:{_PLATFORM}|{_PLATFORM_SHORT})\b", re.IGNORECASE)
_LOOKS_BEFORE_PLATFORM = re.compile(
    r"(?<![\w@.])(?P<handle>[a-z][a-z0-9]*(?:[._][a-z0-9]+)+|[a-z]+[a-z_]*\d{2,}[a-z0-9_]*)$", re.IGNORECASE
)
# ... or a name run together in capitals after the short name of a site that is no word: "AW
# WelshBron", "IG KevLdn" (not after "of" or "x": "of McDonalds")
_CAMEL_SHORTS = ("aw ", "ig ", "tg ", "fb ", "sc ", "pof ")
_CAMEL_AFTER_SHORT = re.compile(
    r"\b(?i:aw|ig|tg|fb|sc|pof)\s+(?P<handle>[A-Z][a-z]+(?:[A-Z][a-z0-9]*)+)(?![\w@])"
)
# A name run together in three or more capitalised parts is a screen name wherever it stands
# ("VixVelvetToo", "LivLovesYou", "BigDaddyKev"): prose joins no three words so (two are a
# surname or a brand: "McDonald", "PlayStation").
_CAMEL_HANDLE = re.compile(r"(?<![\w@.])[A-Z][a-z]+(?:[A-Z][a-z]+){2,}\d*(?![\w@])")
_CAMEL_HINT = re.compile(r"[a-z][A-Z][a-z]+[A-Z]")
# ... unless its digits are a phone number with a label glued on: "mob07700900123", "tel.0113..."
_GLUED_NUMBER = re.compile(
    r"(?i:mob|mobile|tel|num|no|phone|fon|call|txt|text|cell)[.:]?(?P<n>(?:44|0)\d{9,10})$"
)
# "his @ is kevldn", "her @: lexi.x": "@" said as the word for a handle
_AT_WORD_HANDLE = re.compile(
    r"\b(?i:his|her|my|their)\s+@\s*(?:(?i:is|was|=|:)\s*)?(?P<handle>[A-Za-z0-9_.]*[A-Za-z0-9_])(?![\w@])"
)
# A word of letters ending in two or more digits is a user name ("kevlad99", "zhang8888").
_DIGIT_TAILED = re.compile(r"(?<![\w@.#£$€/-])[A-Za-z][A-Za-z._]{2,}\d{2,}(?![\w@/])")
_NUMBER_WORD_TAILED = re.compile(r"(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\d{2,}")
_LETTER_TWO_DIGITS = re.compile(r"[A-Za-z._]\d\d")
_TWO_DIGITS = re.compile(r"\d\d|\d_|_\d|\d\.")
_NOT_DIGIT_TAILED = word_set(
    "covid19 covid covid-19 mp3 mp4 ps4 ps5 iphone11 iphone12 iphone13 iphone14 iphone15 size10 size12 size14"
)
# Words that may follow a platform word without being a handle ("on snap as well").
_NOT_HANDLES = word_set("""a an the his her he she him it is as too and or but also again now then well same
    handle username user profile account id name called
    apparently again again only ok so to from with for of in on at by all this that there street
    messages message msg msgs dm dms chat page account profile app number him again
    yesterday today tonight tomorrow earlier later recently lately before after afterwards since
    ever never always sometimes often usually last next every though tho anyway lol
    guy guys man men bloke blokes lad lads girl girls date dates match matches ad ads advert adverts
    post posts story stories pic pics photo photos video videos call calls group groups live link
    links notification notifications request requests status friend friends screenshot screenshots screen
    creator creators subscriber subscribers sub subs fan fans model models star stars users follower
    followers influencer influencers
    reply replies replied listing listings review reviews reviewed booking bookings
    verification verified verify buyer buyers seller sellers channel channels voice voicenote voicenotes
    note notes inbox feed bio escort escorts client clients customer customers punter punters
    payment payments wallet subscription subscriptions safety feature features setting settings support
    tips guide guidance policy rules
    messenger style server servers chats reel reels dele dela deles delas suyo suya jego jej dot slash
    ban bans banned block blocks blocked report reports reported scam scams scammer scammers
    streak streaks""")
_UNDERSCORE_WORD = re.compile(r"(?<![\w@.])[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+_?(?![\w@])")


# Said aloud, the part before "at" may be several words ("big john 69 at gmail dot com"): with
# a mail provider's name after "at", up to three words before it belong to the address.
_SPACED_DOT = r"(?:\s*[\(\[]\s*dot\s*[\)\]]\s*|\s+dot\s+|\s*\.\s*)"
_SPOKEN_EMAIL = re.compile(
    # (up to six words when "dot" is said in it: "chloe dot m nineteen ninety at yahoo dot com")
    # (from a word's start: not the "s" of "it's")
    r"(?<!\w)(?<!\w['’])(?P<local>(?:[a-z0-9][\w.+-]*\s+){1,6})(?:at|@)\s+"
    r"(?:(?:gmail|g mail|hotmail|yahoo|outlook|icloud|"
    # (a second ending is a country's two letters: ". com. says" ends at "com")
    rf"live|aol|proton(?:mail)?|ymail|mail|msn|btinternet|sky){_SPACED_DOT}[a-z]+(?:{_SPACED_DOT}[a-z]{{2}})?\b"
    r"|(?:gmail|hotmail|yahoo|outlook|icloud|protonmail|ymail)\b)",
    re.IGNORECASE,
)
# Written with a space round every dot and the "@", as some type it so a filter misses it:
# "bruna . santos . 90 @ hotmail . com", "daddy . smith @ aol . com"
_SPACED_EMAIL = re.compile(
    r"(?<![\w.@])[A-Za-z0-9][\w+-]*(?:\s?\.\s?[A-Za-z0-9][\w+-]*)*\s?@\s?[A-Za-z0-9][\w-]*"
    rf"(?:\s?\.\s?(?!(?:com|net|org|co)\b)[A-Za-z0-9][\w-]*)*\s?\.\s?{_MAIL_ENDINGS}\b"
    r"(?:\s?\.\s?[a-z]{2}\b)?",
    re.IGNORECASE,
)
# "kev.smith@gmail" (no ending), "kev @ gmail.com" (spaces round the @)
_SHORT_EMAIL = re.compile(
    r"\b[\w.+-]+\s?@\s?(?:gmail|googlemail|hotmail|yahoo|outlook|icloud|live|aol|protonmail|ymail)\b"
    # (a comma for the dot is a slip too: "kev@gmail,com")
    r"(?:\.[a-z]{2,}(?:\.[a-z]{2,})?|,(?:com|net|co[.,]uk)\b)?",
    re.IGNORECASE,
)
# An address with its last dot slipped: a comma for it ("marek@wp,pl") or none at all
# ("kev.smith@gmailcom", "dave@hotmailcouk").
_SLIPPED_EMAIL = re.compile(
    rf"\b[\w.+-]+@(?:[A-Za-z0-9-]+\.)*[A-Za-z0-9-]+(?:,{_MAIL_ENDINGS}\b|(?<=[A-Za-z])(?:com|couk|net)\b)",
    re.IGNORECASE,
)
# Words that end the spoken address on the left ("email him at big john 69 at gmail dot com").
_NOT_EMAIL_WORDS = word_set("""at is was him her me them us email e-mail mail address his its to on
    it's its: contact write wrote send sent from the a an and or he she they i you
    emailed emails emailing mailed messaged messages texted texts writes writing contacted replied
    works worked working lives lived living stays stayed staying met meet meets shop shops shopped
    bought order ordered job jobs""")


_SAID_MARKS = frozenset({"dot", "underscore", "dash", "hyphen"})
_PROVIDER = re.compile(
    r"(?:\bat|@)\s+(?:gmail|g mail|hotmail|yahoo|outlook|icloud|live|aol|proton|ymail|mail|msn|"
    r"btinternet|sky)",
    re.IGNORECASE,
)


def email_spans(text: str) -> Iterator[Found]:
    spoken = (  # (a cheap test first)
        twin_finditer(_SPOKEN_EMAIL, text, lower_case_twin(text)) if _PROVIDER.search(text) else iter(())
    )
    for match in spoken:  # first: the longer span wins over "69 at gmail ..."
        words = list(re.finditer(r"\S+", match.group("local")))
        if len(words) > 3:  # (more than three words only with "dot" or "underscore" said, after
            # the last word that is no part of an address: "emailing girls from dave dot w1974")
            last = max((i for i, w in enumerate(words) if w.group(0).lower() in _NOT_EMAIL_WORDS), default=-1)
            words = words[last + 1 :]
            if len(words) > 3 and not any(w.group(0).lower() in _SAID_MARKS for w in words):
                words = words[-3:]
        while words and words[0].group(0).lower() in _NOT_EMAIL_WORDS:
            words = words[1:]
        if words and not any(w.group(0).lower() in _NOT_EMAIL_WORDS for w in words):
            yield match.start() + words[0].start(), match.end(), Kind.EMAIL
    # (the plain and the short forms hold an "@", the spelled one "at" or "@" and "dot" or a dot
    # before an ending: cheap tests first)
    lowered = text.lower()
    has_at = "@" in text or "＠" in text
    bracketed_dot = any(map(text.__contains__, _BRACKETED_DOTS))
    spelled = (
        has_at or "at" in lowered or "a)" in lowered or "a]" in lowered or _FOREIGN_AT_STEMS.search(lowered)
    ) and (
        "dot" in lowered
        or bracketed_dot
        or _DOT_ENDING.search(text) is not None
        or _FOREIGN_DOT_STEMS.search(lowered)
    )
    patterns = (
        (_SPACED_EMAIL, has_at),
        (_EMAIL, has_at),
        (_SPELLED_EMAIL, spelled),
        (_SHORT_EMAIL, has_at),
        (_SLIPPED_EMAIL, has_at),
    )
    for pattern, wanted in patterns:
        for match in pattern.finditer(text) if wanted else ():
            local = match.group(0).split()[0].lower()  # ("works at tesco dot com" is a job)
            if pattern is _SPELLED_EMAIL and "@" not in match.group(0) and _ordinary_word(local):
                continue
            yield match.start(), match.end(), Kind.EMAIL
    for match in _CUT_EMAIL.finditer(text) if has_at else ():
        if match.group(0)[:-1].lower() not in _english_stopwords():  # "meet me@ the arches"
            yield match.start(), match.end(), Kind.EMAIL
    for match in _EMAIL_START.finditer(text) if "mail" in lowered else ():
        if match.group("e").lower() not in _english_stopwords():  # "email starts with a"
            yield match.start("e"), match.end("e"), Kind.EMAIL
    if "dot" in lowered or bracketed_dot:  # (what the glued forms need: cheap tests)
        for match in _GLUED_EMAIL.finditer(text):
            yield match.start(), match.end(), Kind.EMAIL


# (cheap tests for the foreign words above)
_FOREIGN_AT_STEMS = re.compile(
    r"małpa|malpa|arroba|chiocciola|arobase|kukac|zavin|a ?rond|\bet\b|\beta\b|\bät\b|apenstaartje|snabel|"
    r"собака|маймунка|равлик"
)
_FOREIGN_DOT_STEMS = re.compile(
    r"kropka|punto|ponto|point|punkt|pont|te[cč]ka|nokta|pik[eë]|ta[sš]kas|punct|punt|bodka|точка"
)
_BRACKETED_DOTS = ("[.]", "(.)", "{.}", "<.>")


def _a_plural_word(word: str) -> bool:
    """ "payouts", "subscribers": a dictionary word's plural in lower case (a handle is rarely one)."""
    from outreach_app.domain.scrubbing.names import english_words  # (loaded once, for the names pass too)

    return word.isalpha() and word.islower() and word.endswith("s") and word[:-1] in english_words()


def _no_word(handle: str) -> bool:
    """A handle of letters in lower case that is no English word ("destinydoesit")."""
    from outreach_app.domain.scrubbing.names import english_words  # (loaded once, for the names pass too)

    return len(handle) >= 6 and handle.isalpha() and handle.islower() and handle not in english_words()


def _ordinary_word(word: str) -> bool:
    return word in _NOT_EMAIL_WORDS or word in _english_stopwords()


# Sites named bare, with no page after them: a service everyone uses, no one's address.
_SERVICES = word_set("""bit.ly t.me wa.me linktr.ee gmail.com hotmail.com hotmail.co.uk outlook.com yahoo.com
    yahoo.co.uk icloud.com facebook.com instagram.com twitter.com x.com tiktok.com snapchat.com onlyfans.com
    fansly.com adultwork.com vivastreet.co.uk vivastreet.com grindr.com tinder.com whatsapp.com telegram.org
    gov.uk nhs.uk police.uk""")
# What a URL needs: "http", "www." or a dot and an ending (a literal "." is quick to look for).
_URL_NEEDS = re.compile(rf"\.{_TLDS}", re.IGNORECASE)


# A web address said aloud: "www dot kevscars dot co dot uk", "adultwork dot com slash kingkev"
# (with "www" or a page after it: "tesco dot com" alone is a shop)
_SPOKEN_TLD = r"(?:co\s+dot\s+uk|org\s+dot\s+uk|com|net|org|uk|co\.uk|me|io|tv)"
_SPOKEN_URL = re.compile(
    rf"\bwww\s+dot\s+[a-z0-9-]+(?:\s+dot\s+[a-z0-9-]+)*?\s+dot\s+{_SPOKEN_TLD}\b(?:\s+(?:forward\s+)?slash\s+[\w.-]+)*"
    rf"|\b[a-z0-9-]+(?:\s+dot\s+[a-z0-9-]+)*?\s+dot\s+{_SPOKEN_TLD}(?:\s+(?:forward\s+)?slash\s+[\w.-]+)+",
    re.IGNORECASE,
)


# A bare name and a country's ending, no "www." nor a page after it ("kevscars.de"): a site only
# after a word that says so ("his site kevscars.de"); else a handle may end so ("kimbig.vn").
_BARE_COUNTRY_SITE = re.compile(rf"[a-z0-9-]+\.(?:{_URL_COUNTRY_ENDINGS})\.?", re.IGNORECASE)
_WEB_CUE_BEFORE = re.compile(
    r"\b(?i:site|website|web|webpage|page|link|url|domain|shop|blog|online|address|go to|visit)\b"
    r"[^.\n]{0,12}$"
)


# ... or with neither, after a word that says it is a site: "his website kevscars dot co dot uk"
_SPOKEN_BARE_URL = re.compile(rf"[a-z0-9-]+(?:\s+dot\s+[a-z0-9-]+)*?\s+dot\s+{_SPOKEN_TLD}\b", re.IGNORECASE)
_SITE_CUE_BEFORE = re.compile(
    r"\b(?i:site|website|webpage|web\s+page|url|domain|blog)(?:\s+(?i:is|was|called|at|address))*\s*[:=-]?\s*$"
)


def url_spans(text: str) -> Iterator[Found]:
    lowered = text.lower()
    if " dot " in lowered:
        for match in _SPOKEN_URL.finditer(text):
            yield match.start(), match.end(), Kind.URL
        for match in _SPOKEN_BARE_URL.finditer(text):
            if _SITE_CUE_BEFORE.search(text, max(0, match.start() - 30), match.start()):
                yield match.start(), match.end(), Kind.URL
    if "http" not in lowered and "www." not in lowered and _URL_NEEDS.search(text) is None:
        return
    for match in _URL.finditer(text):
        if (
            match.group(0).lower().rstrip(".") in _SERVICES
        ):  # "Bit.ly link", "on vivastreet.co.uk": the site, not a page
            continue
        if _BARE_COUNTRY_SITE.fullmatch(match.group(0)) and not _WEB_CUE_BEFORE.search(
            text, max(0, match.start() - 24), match.start()
        ):
            continue  # "on Zalo as kimbig.vn": a handle that ends as a country's site would
        yield match.start(), match.end(), Kind.URL


# "on twitter offering work", "on AdultWork booked her": a platform named as where something
# happened, with no joiner before the next word; that word is a handle only if it looks like one.
_WHERE_BEFORE = re.compile(r"\b(?:on|via|through|from|off|over)\s+$", re.IGNORECASE)
_HANDLE_LIKE = re.compile(r".*[\d_.].*|.*[a-z][A-Z].*")
# ... and only when the sentence goes on ("on twitter offering 'work'"; not "on telegram bossman.").
_PROSE_GOES_ON = re.compile(r"\s+['‘\"“]?[a-z]")


@lru_cache(maxsize=1)
def _english_stopwords() -> frozenset[str]:
    return frozenset(stopwordsiso.stopwords("en"))


# The handle before the platform, after a verb of looking someone up: "add kevvy on snap",
# "search bigkev on adultwork" ("add him on snap" is left: a pronoun).
_HANDLE_BEFORE_PLATFORM = re.compile(
    r"\b(?:add|added|adding|search|searched|search for|look up|looked up|find|found|follow|followed|"
    r"the name|name|called|username|user name|handle|goes by|went by|calls himself|called himself|"
    r"known as)\s+"
    rf"(?P<handle>[A-Za-z0-9_.]*[A-Za-z0-9_]{{2,}})\s+on\s+(?:{_PLATFORM}|{_PLATFORM_SHORT})\b",
    re.IGNORECASE,
)
# A user name after a site that no list holds, said as where she is found "as" someone: "on
# RentMen as JakeRiversUK", "found her on tsdates as Jas_tgirl" (only what looks like a handle:
# capitals inside a word, digits, a dot or an underscore; "on Monday as Kev" is a name, left to
# the names pass).
_SITE_AS = re.compile(
    r"\b(?i:on)\s+[A-Za-z][A-Za-z0-9.]{2,}\s+(?i:as)\s+['‘\"“]?(?P<handle>[A-Za-z0-9_.]*[A-Za-z0-9_])(?![\w@])"
)
# (a surname's capital inside is no handle's: "McDonald", "DeShawn", "LaToya")
_SURNAME_CAPITALS = re.compile(r"(?:Mc|Mac|De|Di|Da|La|Le|Van|Von)[A-Z][a-z]+")
# A handle in brackets a few words after a platform: "her Snapchat only (lil.miss.mo)"
_PLATFORM_BRACKET = re.compile(
    rf"\b(?:{_PLATFORM})\b[^()\n.]{{0,24}}\((?P<handle>[A-Za-z0-9_][A-Za-z0-9_.]*[A-Za-z0-9_])\)",
    re.IGNORECASE,
)
# A handle named as one without the platform: "his username is kingkev", "profile: luvdaddy", "on
# the app as kingkev", "from the account daddy4u" (after "account"/"profile" with no joiner, only
# what looks like a handle).
_NAMED_HANDLE = re.compile(
    r"\b(?P<cue>user ?names?|user|handle|screen ?name|display name|profile(?:\s+name)?|account(?:\s+name)?|"
    r"on\s+(?:the|his|her|that)\s+(?:app|site|website))"
    r"(?P<joiner>(?:\s+on\s+(?:the\s+)?(?:site|app|there|it|website))?(?:\s*(?:is|was|:|-|=|called|as)\b|\s*[:=-]))?"
    r"\s*(?P<quote>['‘\"“])?(?P<handle>[A-Za-z0-9_.]*[A-Za-z0-9_])(?![\w@])"
    # a quoted handle is one word ("as 'generous gent'" is a description)
    r"(?(quote)(?=['’\"”]))"
)
# Words that follow those cues and are not a handle ("his profile is fake", "account was deleted").
_NOT_NAMED_HANDLES = word_set("""fake private deleted blocked closed new old gone down unknown hidden
    reported suspended banned changed same different empty picture pic photo photos pics dodgy real
    active inactive there here""")
# A handle in quotes before a platform: 'he is "kingkev" on adultwork'.
_QUOTED_BEFORE_PLATFORM = re.compile(
    # ("he's 'kingkev' on Snap", "called himself 'KingKev' on Snap")
    r"(?:\b(?:is|as|called|name|named|(?:calls|called)\s+(?:himself|herself)|goes\s+by|went\s+by)|(?<=\w)['’]s)"
    r"\s+['‘\"“](?P<handle>[A-Za-z0-9_.]*[A-Za-z0-9_])['’\"”]"
    rf"\s+on\s+(?:{_PLATFORM}|{_PLATFORM_SHORT})\b",
    re.IGNORECASE,
)
# ... or after the platform: 'on Grindr he's "TopLad"' (quoted: "on snap he's scary" is prose)
_QUOTED_AFTER_PLATFORM = re.compile(
    rf"\b(?:{_PLATFORM})\b,?\s+(?:he|she|they)(?:['’]s|\s+is|\s+was|\s+are|\s+were|['’]re)\s+"
    r"['‘\"“](?P<handle>[A-Za-z0-9_.]*[A-Za-z0-9_])['’\"”]",
    re.IGNORECASE,
)
# (words one of which the lower-cased text must hold before the pattern is tried)
_NAMED_HANDLE_WORDS = ("user", "handle", "screen", "display", "profile", "account", " app", " site")
# A handle dictated: "marcus underscore b underscore 1990".
# (letters and numbers said one by one after it go too: "nadine underscore x x two two")
_SPOKEN_UNDERSCORE = re.compile(
    # (a part spelled out letter by letter too: "b e c c a underscore b x")
    r"(?<![\w@])(?:(?:[a-z]\s){2,}[a-z]|[A-Za-z0-9]+)(?:\s+underscore\s+[A-Za-z0-9]+)+"
    r"(?:\s+(?:[a-z]|\d+|zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple)(?=\s|$|[,.;!?]))*(?!\w)",
    re.I,
)


def _literal_stems(alternation: str) -> tuple[str, ...]:
    """The literal start of each alternative of a regex alternation of words ("tik ?tok" ->
    "tik", "snap(?:chat)?" -> "snap"): a lower-cased text holding none of them cannot match it."""
    stems: list[str] = []
    for alternative in alternation.split("|"):
        head = re.match(r"[a-z ]*", alternative)
        stem = head.group(0) if head else ""
        if alternative[len(stem) : len(stem) + 1] in {"?", "*"}:
            stem = stem[:-1]  # (the letter before "?" may be left out)
        assert stem, alternative
        stems.append(stem)
    return tuple(dict.fromkeys(stems))


_PLATFORM_STEMS = _literal_stems(_PLATFORM)
# What the short-platform half of `_PLATFORM_HANDLE` needs: the word and a joiner after it.
# (in the lower-case twin: the case-insensitive form is tried at every position of every note)
_SHORT_PLATFORM_JOINED = CaselessHint(rf"\b(?:{_PLATFORM_SHORT})\b(?:\s*{_JOINER})+")


# A display name of several words after a platform and a joiner: "on Grindr as Leeds Top Lad",
# "Snap: Kev LDN" (capitalised words or numbers; a quoted one to its closing quote: 'whatsapp
# name "Big K"').
_DISPLAY_WORD = re.compile(r"[ \t]+(?:[A-Z][A-Za-z0-9'’]*|\d{1,4})(?![\w@'’-])")
_CLOSING_QUOTE = re.compile(r"[^'’\"”\n,]{1,30}?(?=['’\"”](?!\w))")


# (the words that end a display name: "on Snap as Kev He said", "as Kev And then")
_DISPLAY_STOPS = word_set("""and or but then he she they it i we you his her their with at on in to for from
    was is who when because so if not no yes ok""")


# A word before these describes them and is no handle: "my WhatsApp is Brazilian number".
_DESCRIBES_NEXT = re.compile(r"\s+(?i:number|no|phone|sim|account|profile|page)\b")


_COUNTED_AFTER = re.compile(
    r"\s+(?i:secs?|seconds|mins?|minutes|hours?|hrs?|days?|weeks?|months?|years?|times)\b"
)


def _display_name_end(text: str, match: re.Match[str], *, no_joiner: bool) -> int:
    end = match.end("handle")
    if match.group("quote"):
        closing = _CLOSING_QUOTE.match(text, end)
        return closing.end() if closing is not None and len(closing.group(0).split()) <= 3 else end
    if not match.group("handle")[:1].isupper():
        return end
    start = end
    for _ in range(3):
        word = _DISPLAY_WORD.match(text, end)
        if word is None or word.group(0).strip().lower() in _DISPLAY_STOPS:
            break
        end = word.end()
    # (with no joiner, only a name that ends in its number, as Facebook shows two people of one
    # name: "only Facebook Mai Nguyen 2001"; "on Snap Kev Said" may be prose)
    if no_joiner and (
        not text[start:end].rstrip().rpartition(" ")[2].isdigit() or _COUNTED_AFTER.match(text, end)
    ):
        return start
    return end


def handle_spans(text: str) -> Iterator[Found]:
    lowered = text.lower()
    twin = lower_case_twin(text)  # (the case-insensitive patterns run as their twins: `twin_finditer`)
    if "underscore" in lowered:
        for match in _SPOKEN_UNDERSCORE.finditer(text):
            yield match.start(), match.end(), Kind.HANDLE
    if "u/" in text:
        for match in _REDDIT_USER.finditer(text):
            yield match.start(), match.end(), Kind.HANDLE
    if "$" in text:
        for match in _CASHTAG.finditer(text):
            yield match.start(), match.end(), Kind.HANDLE
    if "live:" in text:
        for match in _SKYPE_LIVE.finditer(text):
            yield match.start(), match.end(), Kind.HANDLE
    if "@" in text:
        for match in _HANDLE.finditer(text):
            clock = _AT_CLOCK.match(text, match.start())
            if clock is None or clock.end() < match.end():
                yield match.start(), match.end(), Kind.HANDLE
    # (cheap tests first: a platform's word, or a short one and a joiner, must be in the text)
    long_platform = any(map(lowered.__contains__, _PLATFORM_STEMS))
    platform = long_platform or _SHORT_PLATFORM_JOINED.search(text) is not None
    for match in twin_finditer(_PLATFORM_HANDLE, text, twin) if platform else ():
        handle = match.group("handle")
        quoted = (
            match.group("quote") is not None and _display_name_end(text, match, no_joiner=False) > match.end()
        )
        # (a user number, as QQ, AdultWork and ICQ give them, is one after a joiner: "his qq is
        # 884213", "AW id: 55120"; not a count: "snap 2", "insta 300 followers")
        between = text[match.start() : match.start("handle")]
        if between[:4] in ("line", "Line") and _PHONE_LINE_BEFORE.search(
            text, max(0, match.start() - 16), match.start()
        ):
            continue  # "the out-of-hours line: picked up", "the phone line is dead": a telephone line
        # (five to nine digits, not from 0: longer ones, or from 0, are phone numbers, `scrubbing.phones`)
        numbered = (
            handle.isdigit()
            and 5 <= len(handle) <= 9
            and not handle.startswith("0")
            and re.search(r"(?i:\bis|\bid|:|=|#)\s*$", between)
        )
        if not quoted and (
            handle.lower() in _NOT_HANDLES or len(handle) < 3 or (handle.isdigit() and not numbered)
        ):
            continue
        if (
            not quoted and handle.lower() in _english_stopwords()
        ):  # "his Line ID because ...", "profile using"
            continue
        # ("on whatsapp (withheld)" is a word; "her OnlyFans (destinydoesit)" no word)
        if match.group("bracket") and not _HANDLE_LIKE.fullmatch(handle) and not _no_word(handle):
            continue
        between = text[match.start() : match.start("handle")]
        # (a word joined by a hyphen: "out-of-hours", "X-ray", "Grindr-style"; the site's own name
        # in "on vivastreet.co.uk")
        if re.fullmatch(r"\w+-", between) or handle.startswith("."):
            continue
        said_was = re.search(r"\b(?:was|were)\b", between, re.IGNORECASE) is not None
        if not quoted and said_was and not _HANDLE_LIKE.fullmatch(handle):  # "his snap was deleted"
            continue
        if _DESCRIBES_NEXT.match(text, match.end("handle")):  # "my WhatsApp is Brazilian number"
            continue
        no_joiner = re.fullmatch(r"\w[\w ]*?\s+", between) is not None and len(between.split()) == 1
        if (
            no_joiner
            and _WHERE_BEFORE.search(text, max(0, match.start() - 10), match.start())
            and not _HANDLE_LIKE.fullmatch(handle)
            and _PROSE_GOES_ON.match(text, match.end("handle"))
        ):
            continue
        if no_joiner and not quoted and _a_plural_word(handle):
            continue  # "a session on OF and Fansly payouts": what the site pays, not who is on it
        yield match.start("handle"), _display_name_end(text, match, no_joiner=no_joiner), Kind.HANDLE
    for match in _SITE_AS.finditer(text) if " as " in text else ():
        handle = match.group("handle")
        if _HANDLE_LIKE.fullmatch(handle) and not _SURNAME_CAPITALS.fullmatch(handle):
            yield match.start("handle"), match.end("handle"), Kind.HANDLE
    for match in twin_finditer(_PLATFORM_BRACKET, text, twin) if long_platform and "(" in text else ():
        handle = match.group("handle")
        # ("OnlyFans creator Tilly (tillytwinkle)": a run of letters that is no word is a handle too)
        if _HANDLE_LIKE.fullmatch(handle) or _no_word(handle):
            yield match.start("handle"), match.end("handle"), Kind.HANDLE
    before_platform = twin_finditer(_HANDLE_BEFORE_PLATFORM, text, twin) if " on " in lowered else iter(())
    for match in before_platform:
        handle = match.group("handle")
        if handle.lower() not in _NOT_HANDLES and handle.lower() not in _english_stopwords():
            yield match.start("handle"), match.end("handle"), Kind.HANDLE
    yield from _named_handles(text, lowered, long_platform=long_platform)
    for match in _UNDERSCORE_WORD.finditer(text) if "_" in text else ():
        yield match.start(), match.end(), Kind.HANDLE
    if " @" in text:
        for match in _AT_WORD_HANDLE.finditer(text):
            if not _ordinary_word(match.group("handle").lower()):
                yield match.start("handle"), match.end("handle"), Kind.HANDLE
    for match in _CAMEL_AFTER_SHORT.finditer(text) if any(map(lowered.__contains__, _CAMEL_SHORTS)) else ():
        yield match.start("handle"), match.end("handle"), Kind.HANDLE
    for match in _CAMEL_HANDLE.finditer(text) if _CAMEL_HINT.search(text) else ():
        yield match.start(), match.end(), Kind.HANDLE
    if _DOTTED_WORD.search(text):
        for match in _DOTTED_NAME.finditer(text):
            if _SHORT_PLATFORM_BEFORE.search(text, max(0, match.start() - 10), match.start()):
                yield match.start(), match.end(), Kind.HANDLE
        for match in _DOTTED_DIGIT_TAILED.finditer(text):
            yield match.start(), match.end(), Kind.HANDLE
    for match in _PLATFORM_ROLE_HANDLE.finditer(text) if long_platform else ():
        handle = match.group("handle")
        if not _PLATFORM_JUST_BEFORE.search(text, max(0, match.start() - 20), match.start()):
            continue
        if _HANDLE_LIKE.fullmatch(handle) or _no_word(handle):
            yield match.start("handle"), match.end("handle"), Kind.HANDLE
    for match in _ACRONYM_PLATFORM_WORD.finditer(text) if _ACRONYM_PLATFORM.search(text) else ():
        if _no_word(match.group("handle")) and match.group("handle") not in _TRADE_WORDS:
            yield match.start("handle"), match.end("handle"), Kind.HANDLE
    for on in twin_finditer(_ON_PLATFORM, text, twin) if " on " in lowered and platform else ():
        looks = _LOOKS_BEFORE_PLATFORM.search(text, max(0, on.start() - 40), on.start())
        if looks is None:
            continue
        handle = looks.group("handle")
        if handle.islower() or handle.isupper():  # ("Mr.Kev on snap": a name, as above)
            yield looks.start("handle"), looks.end("handle"), Kind.HANDLE
    if _TWO_DIGITS.search(text) is None and "_" not in text:
        return  # (both kinds below hold a digit or an underscore)
    for match in _SHORT_PLATFORM_HANDLE.finditer(text):
        yield match.start("handle"), match.end("handle"), Kind.HANDLE
    tailed = _DIGIT_TAILED.finditer(text) if _LETTER_TWO_DIGITS.search(text) else iter(())
    for match in tailed:
        if match.group(0).lower() in _NOT_DIGIT_TAILED or _NUMBER_WORD_TAILED.fullmatch(match.group(0)):
            continue  # ("One25 van": a service's name, a number word and its digits)
        number = _GLUED_NUMBER.fullmatch(match.group(0))
        if number is not None:  # "mob07700900123", "tel.07700900123": the label stays, the number goes
            yield match.start() + number.start("n"), match.end(), Kind.PHONE
        else:
            yield match.start(), match.end(), Kind.HANDLE


def _named_handles(text: str, lowered: str, *, long_platform: bool) -> Iterator[Found]:
    has_quote = any(q in text for q in "'‘\"“")
    quoted = " on " in text and has_quote
    for match in _QUOTED_BEFORE_PLATFORM.finditer(text) if quoted else ():
        yield match.start("handle"), match.end("handle"), Kind.HANDLE
    for match in _QUOTED_AFTER_PLATFORM.finditer(text) if long_platform and has_quote else ():
        yield match.start("handle"), match.end("handle"), Kind.HANDLE
    if not any(map(lowered.__contains__, _NAMED_HANDLE_WORDS)):
        return
    for match in _NAMED_HANDLE.finditer(text):
        handle = match.group("handle")
        lowered = handle.lower()
        if lowered in _NOT_HANDLES or lowered in _NOT_NAMED_HANDLES or lowered in _english_stopwords():
            continue
        if len(handle) < 3 or handle.isdigit():
            continue
        # "from the account daddy4u" needs a handle's look, and so does a word after "is"/"was"
        # there ("his account was hacked"); "username kingkev" does not
        cue = match.group("cue").lower()
        loose = cue in {"profile", "account", "user", "handle"} or cue.startswith("on")
        joiner = (match.group("joiner") or "").strip().lower()
        if loose and joiner in {"", "is", "was"} and not _HANDLE_LIKE.fullmatch(handle):
            continue
        yield match.start("handle"), match.end("handle"), Kind.HANDLE
