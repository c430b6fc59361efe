"""Exact clock times and dates inside free text.

The structured date leaves only as a day and a part of day, so free text must not be more
exact: "23:47" becomes `[night]`, "Friday 20th November" and "20/11" become `[date]`.
A weekday or a month alone ("on Friday", "last May") stays.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from outreach_app.domain.scrubbing import lazy_re as re
from outreach_app.domain.scrubbing.clock_variants import clock_variant_spans
from outreach_app.domain.scrubbing.foreign_dates import DAY_OF_MONTH, foreign_date_spans
from outreach_app.domain.scrubbing.lowered import CaselessHint, lower_case_twin
from outreach_app.domain.scrubbing.spans import Kind
from outreach_app.domain.scrubbing.twins import twin_finditer

Found = tuple[int, int, Kind]

_MERIDIEM = r"(?:[ap]\.?m\b\.?)"
_MONTH_OR_WEEKDAY = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)"
    r"[a-z]*"
)
_WEEKDAY_NAME = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b"
# "11.30 at night", "2am this morning": the part of the day said after a clock time goes with it
_PART_AFTER = (
    r"(?:\s+(?:in (?:the )?(?:morning|afternoon|evening)|at night|last night|"
    r"this (?:morning|afternoon|evening)|tonight))?"
)
_MINUTES_SAID = r"(?:five|ten|twenty|twenty[ -]five)"
# Two years that read as a 24-hour range too ("worked there 2019-2022", "from 2015 to 2020": 20:19
# to 20:22), unless both fall on the quarter hours a shift keeps ("2000-2030", "from 2015 to 2030").
_YEAR_LIKE = r"(?:195\d|20[0-3]\d)"
_SHIFT_LIKE = r"(?:2000|2015|2030)"
_RANGE_WORD = r"\s*(?:-|–|to|and|till|til|until)\s*"
_NOT_YEARS = (
    rf"(?!(?={_YEAR_LIKE}{_RANGE_WORD}{_YEAR_LIKE}\b)(?!(?:{_SHIFT_LIKE}){_RANGE_WORD}(?:{_SHIFT_LIKE})\b))"
)
_TIMES = (
    # "ten past 3am", "quarter to 4am", "half past 2 am": said with its am/pm (first: the clock
    # time alone, "3am", would take the span; "10 to 3am" and "from five to 3am" are ranges, so
    # "to" only after words and not after "from")
    re.compile(
        r"\b(?<!from )(?<!between )"
        rf"(?:(?:half|quarter|{_MINUTES_SAID}|\d{{1,2}})(?:\s+(?:minutes|mins?))?\s+(?:past|after)"
        rf"|(?:quarter|{_MINUTES_SAID})(?:\s+(?:minutes|mins?))?\s+to)\s+(?:1[0-2]|0?[1-9])\s*{_MERIDIEM}(?!\w)"
        rf"{_PART_AFTER}",
        re.I,
    ),
    # "between 2200 and 0200", "from 2200-0200": a 24-hour range (one time alone after "from"
    # may be a phone number's start, two joined by "and" or "-" are not; nor is a range of years)
    re.compile(
        rf"\b(?:between|from)\s+{_NOT_YEARS}(?P<t>(?:[01]\d|2[0-3])[0-5]\d(?:\s*hrs?)?\s*(?:-|–|to|and|till|til|until)\s*"
        # (a colon, comma or stop may end it: "between 2200 and 0200: 4 calls")
        r"(?:[01]\d|2[0-3])[0-5]\d(?:\s*hrs?)?)(?![\d/-]|[.,:]\d)",
        re.I,
    ),
    # "between 10pm and 2am", "from 21:30 to 23:00": a range of clock times is one span, read by
    # its start (no "[night] and [night]" left to say how long)
    re.compile(
        rf"\b(?:between|from)\s+(?P<t>(?:(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*{_MERIDIEM}|(?:[01]?\d|2[0-3])[:.][0-5]\d)"
        r"\s*(?:-|–|to|till|til|until|and)\s*"
        rf"(?:(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*{_MERIDIEM}|(?:[01]?\d|2[0-3])[:.][0-5]\d(?![\d]|[:.]\d)))(?!\w)",
        re.I,
    ),
    # "from 10 til 2", "between 11 and 1 last night": a range of bare hours, when nothing after it
    # makes it a count ("between 2 and 3 times", "from 10 to 12 people")
    re.compile(
        r"\b(?:from|between)\s+(?:(?:about|around|roughly|approx\.?|like)\s+)?"
        # ("from 11 till gone 1")
        # ("from 10 till half 11": the half hour after it)
        r"(?P<t>(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*(?:-|–|to|till|til|until|and)\s*(?:gone\s+|half\s+(?:past\s+)?)?"
        # (its minutes whole: "between 10 and 10.30pm" is no range ending at "10" before ".30pm")
        r"(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?(?![:.]\d)"
        # (the part of the day said after it goes with it: "between 1 and 2 in the morning"; so does
        # its am/pm, "between 10 and half 10 pm": one span, read by its end's "pm", not the first
        # hour left alone and read as the morning)
        rf"(?:\s*{_MERIDIEM}(?!\w)|\s+(?:in (?:the )?(?:morning|afternoon|evening)|at night)\b)?)"
        # ("contact her between 10 and 12 only")
        r"(?:(?<=g|t)|(?=\s*(?:[.;:)!?\n]|,\s|$)|\s+(?:last|this|tonight|at night|in the|on|every|most|"
        r"yesterday|she|he|they|we|only|pls|please)\b))",
        re.I,
    ),
    # "23:47", "11.30pm", "23:41:07" (a chat export's seconds)
    # (not a decimal: "0.05 BTC")
    # (after a word's dot too: "c.22:00", "approx.23:40"; with an "h" after it: "21.00h")
    re.compile(
        rf"(?<![\d£$€:/,])(?<![\d.]\.)(?!0\.)(?:[01]?\d|2[0-3])[:.][0-5]\d(?::[0-5]\d)?(?:\s*{_MERIDIEM})?"
        rf"(?![\d]|[:.]\d)(?:\s*(?:-?\s*ish|hrs?|hours|h)\b)?{_PART_AFTER}",
        re.I,
    ),
    # (the second of two parted by a slash, "1am/2am"; "ish" run on, "3amish")
    re.compile(
        rf"(?<![\d£$€.:,])(?<!\d/)(?:1[0-2]|0?[1-9])\s*(?:{_MERIDIEM}(?!\w)(?:\s*-?\s*ish\b)?|[ap]m-?ish\b)"
        rf"{_PART_AFTER}",
        re.I,
    ),
    # (or "ish": "thurs 3rd 1130ish")
    re.compile(r"(?<![\d£$€.:/,])(?:[01]\d|2[0-3])[0-5]\d\s*(?:hrs?|hours|h|-?ish)\b", re.I),
    # "2300-0100", "0200 – 0400": a 24-hour range (not a phone's groups: no digit either side;
    # nor years, "2019-2022")
    re.compile(
        rf"(?<![\d£$€.:/,+-]){_NOT_YEARS}(?:[01]\d|2[0-3])[0-5]\d\s*[-–]\s*(?:[01]\d|2[0-3])[0-5]\d(?![\d-])(?!\s?\d)"
    ),
    # a 24-hour time after a word of time, as police and nurses write it: "at 1805", "at about 2140"
    re.compile(
        r"\b(?:at|about|around|approx\.?|approximately|till|til|until|since|by|from|between)\s+"
        r"(?:(?:about|around|approx\.?|approximately)\s+)?"
        # ("since 2019" is a year)
        rf"(?<!since )(?<!since about ){_NOT_YEARS}(?P<t>(?:[01]\d|2[0-3])[0-5]\d)\b"
        # not a count or a year ("at 1900 people", "at 1950 prices") nor the start of a number
        # ("from 0113 680 6960", "0113-496-0123")
        r"(?!\s*(?:hrs?|hours|people|men|women|children|quid)\b)"
        r"(?!\s+(?!(?:was|is|has|this|his|hers|as|yesterday)\b)[a-z]+s\b)"
        # (". 1 x male" starts a sentence)
        r"(?![,-]?\s*\d|\.\d)",
        re.I,
    ),
    # "23h", "umas 23h", "às 4h30": the hour as Portuguese, Spanish and French write it
    # (with the part of the day said after it: "7h du matin", "23h de la nuit")
    re.compile(
        r"(?<![\w£$€.:/,])(?:[01]?\d|2[0-3])h(?:[0-5]\d)?(?!\w)"
        r"(?:\s+(?:du\s+(?:matin|soir)|de\s+la\s+(?:nuit|noche|tarde|mañana|manana)|da\s+(?:manhã|manha|noite|tarde)))?",
        re.I,
    ),
    # "11 de la noche", "4 da manhã", "2 du matin": the hour and the part of the day
    re.compile(
        r"\b(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s+(?:de la|da|de|du|di)\s+"
        r"(?:noche|mañana|manana|tarde|madrugada|manhã|manha|noite|matin|soir|nuit|notte|mattina|sera)\b",
        re.I,
    ),
    # "ora 2", "la ora 23:00" (Romanian), "o godz. 23" (Polish)
    # (with the part of the day after it: "ora 2 noaptea", "ora 9 seara")
    re.compile(
        # (and Albanian "në orën 23:30", "ora 11")
        r"\b(?:orën|ora|o godz\.?|godz\.?)\s*(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\b"
        r"(?:\s+(?:noaptea|dimineața|dimineata|seara|după-amiaza|dupa-amiaza|w nocy|rano|wieczorem))?",
        re.I,
    ),
    # "2 noaptea", "12 și jumătate", "9 seara" (Romanian: the hour and the part of the day, or "and a half")
    re.compile(
        r"(?<![\w£$€.:/,])(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s+"
        r"(?:noaptea|dimineața|dimineata|seara|după-amiaza|dupa-amiaza|(?:și|si)\s+jumătate|(?:și|si)\s+jumatate)(?!\w)",
        re.I,
    ),
    # "晚上11点", "11点半", "凌晨3点20分"
    re.compile(r"(?:凌晨|早上|上午|中午|下午|晚上|半夜|夜里|傍晚)?\d{1,2}[点點時时](?:\d{1,2}分|半)?"),
    # Arabic: "الساعة 11", "الساعة ١١:٣٠" (with the part of the day after it: "الساعة ١١ ليلا"); Persian
    # "ساعت ۱۱ شب"
    re.compile(
        r"(?:الساعة|ساعت)\s*[\d٠-٩]{1,2}(?:[:.][\d٠-٩]{2})?"
        r"(?:\s+(?:ليلا|ليلاً|مساء|مساءً|صباحا|صباحاً|ظهرا|ظهراً|شب|صبح|عصر|ظهر)(?![\u0600-\u06ff]))?"
    ),
    # Vietnamese: "lúc 11 giờ tối", "11 giờ 30", "3 giờ sáng"
    re.compile(
        r"(?:\blúc\s+)?\b(?:[01]?\d|2[0-3])\s*giờ(?:\s*\d{1,2}(?:\s*phút)?|\s+rưỡi)?(?:\s+(?:tối|sáng|chiều|đêm|trưa|khuya))?",
        re.I,
    ),
    # Nepali and Hindi in Devanagari: "११ बजे राति" (read with plain digits: "11 बजे राति"), "रात 9 बजे"
    re.compile(
        r"(?:(?:राति|रातको|रात|बिहान|सुबह|बेलुका|साँझ|शाम|दिउँसो|दोपहर)\s*(?:को\s+)?)?(?<![\d.:])(?:[01]?\d|2[0-3])"
        r"(?:[:.][0-5]\d)?\s*बजे(?:\s+(?:राति|रातको|रात|बिहान|सुबह|बेलुका|साँझ|शाम|दिउँसो|दोपहर)(?![\u0900-\u097f]))?"
    ),
    # Swahili: "saa tano usiku" (the hours counted from 6 in the morning: 11 at night), "saa 5 asubuhi"
    re.compile(
        r"\b(?i:saa)\s+(?:\d{1,2}(?:[:.][0-5]\d)?|moja|mbili|tatu|nne|tano|sita|saba|nane|tisa|kumi(?:\s+na\s+(?:moja|mbili))?)"
        r"(?:\s+(?i:usiku|asubuhi|mchana|jioni|alfajiri|za\s+usiku|za\s+asubuhi))\b"
    ),
    # Thai: "23.00 น.", "เวลา 2 ทุ่ม" aside: a clock time with its "น." (นาฬิกา)
    re.compile(r"(?<![\d.:])(?:[01]?\d|2[0-3])[.:][0-5]\d\s*น\."),
    # Spanish, Portuguese, Italian, Polish: "a las 11", "às 2", "alle 23", "o 2 w nocy"
    re.compile(
        r"\b(?:a las|a la|sobre las|hacia las|às|alle|all'|verso le|około|okolo)\s+(?:[01]?\d|2[0-3])"
        # (with its half, quarter or minutes: "a las 2 y media", "às 2 e meia", "alle 23 e 30")
        r"(?:[:.h][0-5]\d|\s+(?:y|e)\s+(?:media|meia|cuarto|quarto|[0-5]\d(?!\d)))?(?!\d)(?!\s*(?:%|€|£))",
        re.I,
    ),
    # Bulgarian and Russian: "в 23:30 ч.", "в 11 часа", "10 сутринта", "в 9 вечера"; Lithuanian "23 val."
    # (the hour with the word for hours, or with the part of the day)
    # (a bare hour only after the word for "at" or "about": "2 часа път" is two hours' travel)
    re.compile(
        r"(?:(?<![\w£$€.:/,])(?:[01]?\d|2[0-3])[:.][0-5]\d"
        r"|(?:(?<=\bв )|(?<=\bвъв )|(?<=\bоколо )|(?<=\bapie )|(?<=\biki )|(?<=\bnuo )|(?<=\bpo ))"
        r"(?:[01]?\d|2[0-3]))"
        r"\s*(?:ч\.|часа|часов|val\.)"
        r"|(?<![\w£$€.:/,])(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s+(?:сутринта|вечерта|следобед|през\s+нощта|"
        r"през\s+деня|утра|вечера|ночи|дня|вечером|утром|ночью)(?!\w)",
        re.I,
    ),
    re.compile(
        r"\b(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s+(?:w nocy|nad ranem|rano|wieczorem|po południu)\b", re.I
    ),
    # "between 1am and 2", "from 11.30 till 1 most nights": the bare hour that ends a range begun
    # with a clock time, where nothing after it makes it a count ("from 9pm to 10 people")
    re.compile(
        rf"(?:\d\s*{_MERIDIEM}|\d[:.][0-5]\d)\s*(?:-|–|to|till|til|until|and)\s*"
        r"(?P<t>1[0-2]|0?[1-9])(?![\d:.]\d|\d|\s*(?:[ap]\.?m\b|o['’ ]?clock|ish))"
        r"(?=\s*(?:[.;:)!?\n]|,\s|$)|\s+(?:last|this|tonight|yesterday|when|then|but|so|cos|because|at night|"
        r"in the|on|every|most|she|he|they|we)\b)",
        re.I,
    ),
    # "2 30 am": the hour and minutes parted by a space, with am/pm
    re.compile(rf"(?<![\d£$€.:/,])(?:1[0-2]|0?[1-9]) [0-5]\d\s*{_MERIDIEM}(?!\w)", re.I),
    # "22/11/26 0310", "2026-11-29, 2340": a 24-hour time right after a date (a log's heading)
    re.compile(
        # ("Thursday 26/11 2310": the year may be left out)
        r"(?:\b\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\b\d{4}-\d\d-\d\d),?\s+"
        r"(?P<t>(?:[01]\d|2[0-3])[0-5]\d)\b(?!\s*(?:hrs?|hours)?\s*\d)"
        r"(?!\s*(?:quid|pounds|people|men|women|girls|calls|texts|leaflets|packs|condoms)\b)"
    ),
    # "0300 on Sunday", "2330 last night", "0140 Sat": a 24-hour time before a day or a part of
    # the day (not a year: "in 2019 on Friday", "since 2001 last")
    re.compile(
        r"(?=\d{4})(?<![\d£$€.:/,+-])(?<!\bin )(?<!\bsince )(?<!\bof )(?<!\bby )(?<!\bfrom )"
        r"(?<!\buntil )(?<!\btill )"
        r"(?<!\bborn )(?<!\byear )(?<!\bpaid )(?<!\bpay )(?<!\bowes )(?<!\bowed )(?<!\bgave )(?<!\btook )"
        # (a round sum is money as often as a time: "2000 on Saturday was the fee")
        r"(?!(?:1[05]|20)00\b(?!\s*hrs?))"
        r"(?P<t>(?:[01]\d|2[0-3])[0-5]\d)(?:\s*hrs?)?"
        rf"(?=,?\s+(?:on\s+)?(?:{_WEEKDAY_NAME}|last night|this morning|tonight|yesterday|the\s+\d))",
        re.I,
    ),
    # "@ 2300", "@0140": a 24-hour time after "@" (a log's shorthand for "at")
    re.compile(
        r"(?:(?<=(?<![\w.])@ )|(?<=(?<![\w.])@))(?:[01]\d|2[0-3])[0-5]\d\b"
        r"(?!\s*(?:hrs?|hours)\b)(?![.,-]?\s*\d)"
    ),
    # "raat 11 baje", "subah 5 baje", "9:30 vaje": the hour as Hindi, Urdu and Punjabi say it in
    # Latin letters ("baje", "vaje": o'clock), with the part of the day said before it
    re.compile(
        r"\b(?:(?:raat|rat|subah|subha|savere|sawere|shaam|sham|dopahar|dupahar|din)\s+(?:(?:ko|ke|nu|de)\s+)?)?"
        r"(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*(?:baje|bajay|bajey|bje|vaje|vajje)\b",
        re.I,
    ),
)
# Clock times as people say them: "half 11", "quarter past ten", "3ish", "two in the morning",
# "at 0140" (a 24-hour time after "at"/"@", with a leading 0 or 1 so a year is not one).
_HOUR_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# What may follow a bare hour that makes it a moment: the clause ends ("at 10.", "at 10, she"),
# "ish", a text's sign-off ("at 10 xx", "after 11 pls", "bout 4 🙏") or what it is for ("ring her
# at nine to check")
_HOUR_ENDS = (
    # (a quote closed at the clause's end too: "he bring me back at three'.")
    r"\s*(?:[.;:)!?\n]|,\s|$|-?ish\b|[\u2600-\u27bf\U0001f000-\U0001faff]|['’\"”](?=\s*(?:[.;:,!?]|$)))"
    r"|\s+(?:x{1,3}\b(?!\s*\d)|(?:pls|plz|please|ok|okay|latest|to\s+(?:check|see|ask|talk|meet|pick))\b)"
    # ("police came at 3 looking for her", "left at 7 for the bus", "he take me at nine from the house")
    r"|\s+(?:looking|asking|knocking|ringing|calling|shouting|banging|waiting|for\s+the\s+(?:bus|train|tram|taxi)"
    r"|from\s+(?:the|her|his|my|their)\s)\b"
)
_HOUR_ANY = rf"(?:1[0-2]|0?[1-9]|{_HOUR_WORD})"
_MINUTES = r"(?:five|ten|twenty|twenty[ -]five)"
# "10 past 9 in the evening": the part of the day said after it goes too (and sets the placeholder)
_PART_SAID = (
    r"(?:\s+(?:in (?:the )?(?:morning|afternoon|evening)|at night|last night|tonight|"
    r"(?:this|yesterday) (?:morning|afternoon|evening)))?"
)
# "quarter to midnight", "ten past midday": the hour by its name ("at midnight" alone stays: a
# part of the day, not a clock time)
_HOUR_OR_NAMED = rf"(?:{_HOUR_ANY}|midnight|midday|noon)"
# ... with its am/pm if said ("ten past 3am", "half past 4am")
_HOUR_SAID = rf"{_HOUR_OR_NAMED}(?:\s*{_MERIDIEM}(?!\w)|\b)"
_SPELLED_TIMES = (
    # "9-midnight", "10 – midnight": a stretch of time that ends at midnight is a moment, as "till
    # midnight" is (not "at midnight" alone)
    re.compile(
        r"(?<![\d£$€.:/,])(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?[ \t]*[-–][ \t]*(?:midnight|midnite)\b", re.I
    ),
    re.compile(rf"\b(?:half|quarter)\s+(?:past|to|after)\s+{_HOUR_SAID}{_PART_SAID}", re.I),
    # "twenty past one"; "ten to twelve" only after a word of time ("five to ten minutes" is not)
    re.compile(
        rf"\b(?:{_MINUTES}|\d{{1,2}})(?:\s*(?:minutes|mins?))?\s+past\s+{_HOUR_SAID}{_PART_SAID}", re.I
    ),
    # (or a log's word of coming and going: "Out ten to twelve.", "back 20 to 3")
    re.compile(
        rf"\b(?:at|about|around|till|til|until|since|by|gone|before|out|back|left|home|arrived|finished|started)\s+"
        rf"(?P<t>(?:{_MINUTES}|[1-5]?5|[1-5]0)(?:\s+(?:minutes|mins?))?\s+to\s+{_HOUR_SAID}{_PART_SAID})",
        re.I,
    ),
    # (with its am/pm: "half 11 pm")
    re.compile(
        # ("around half 2ish": its "ish" too)
        rf"\b(?:half|hauf|haff)\s+(?:1[0-2]|0?[1-9]|{_HOUR_WORD})(?!\d|[:.]\d)(?:-?ish)?\b"
        rf"(?:\s*{_MERIDIEM}(?!\w))?{_PART_SAID}",
        re.I,
    ),
    re.compile(
        rf"\b(?:{_HOUR_ANY}|(?:[01]?\d|2[0-3])[:.][0-5]\d)\s*-?\s*(?:ish|o['’ ]?clock)\b"
        # (or the part of the day without "in the", as some write it: "2 o'clock afternoon")
        rf"(?:\s*{_MERIDIEM}(?!\w)|\s+(?:in the )?(?:morning|afternoon|evening)|\s+at night)?",
        re.I,
    ),
    # "3 of the morning" (as "3 da manhã" or "3 de la mañana" is said in English)
    re.compile(
        r"(?<![\w£$€.:/,])(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s+of\s+the\s+(?:morning|night|afternoon|evening)\b"
        r"(?!\s+(?:shifts?|staff|team|crew|workers|girls|outreach|van|session)\b)",
        re.I,
    ),
    # "about midnight", "just after midday", "left before midnight", "around meia-noite": midnight or
    # noon with a word that puts a moment on it ("at midnight" alone stays: a part of the day; so
    # does "after midnight", the small hours; "home by midnight" is a moment as "till midnight" is)
    re.compile(
        r"\b(?:about|around|round|abt|bout|approx\.?|roughly|(?:just|shortly|right)\s+(?:after|before)|before|gone|nearly|almost|"
        r"till|til|until|by|por volta d[ao]|vers|hacia|około|okolo|pe la|verso)\s+"
        r"(?P<t>(?:midnight|midday|noon|meia-noite|meio-dia|medianoche|mediodía|minuit|midi|mezzanotte|mezzogiorno|"
        r"północy?|miezul nop(?:ț|ţ|t)ii)"
        # (and the half hour after it: "vers minuit et demi", "hacia medianoche y media")
        r"(?:\s+(?:et\s+demie?|y\s+media|e\s+mezza|e\s+meia))?)(?!\w)",
        re.I,
    ),
    # "till the back o' five", "the back of ten": just after the hour, as Scots and Irish say it
    # (not "the back of 2 cars": the clause ends after the hour, or the part of the day follows)
    re.compile(
        rf"\b(?:the\s+)?back\s+o(?:f|'|’)\s+(?:{_HOUR_ANY})(?={_HOUR_ENDS}|\s+(?:last|this|in\s+the|at\s+night)\b)",
        re.I,
    ),
    # "four am", "eleven p.m." (dictated)
    re.compile(rf"\b{_HOUR_WORD}\s*{_MERIDIEM}(?!\w){_PART_SAID}", re.I),
    # "two in the morning" only after a word of time ("one or two in the evening" is a count)
    re.compile(
        rf"\b(?:at|about|around|round|like|roughly|till|til|until|since|gone|after|before|by|abt|approx\.?|"
        rf"approximately|was|it's|its)\s+"
        rf"(?:(?:about|around|roughly|like)\s+)?"
        rf"(?P<t>{_HOUR_ANY}(?:[:.][0-5]\d)?\s+"
        r"(?:in (?:the )?(?:morning|mornin['’]?|afternoon|evening|am|pm)|at night|"
        r"in the night(?!\s+(?:shelter|shift|bus|van|café|cafe|team))|"
        r"(?:this|last|yesterday|tomorrow|that|on (?:\w+day|the)) ?(?:morning|afternoon|evening|night)|"
        r"tonight))\b",
        re.I,
    ),
    # A bare hour after "at", when nothing after it makes it a count or an age: "at about seven.",
    # "at 3 last night", "at 10, she" ("at 3 different places", "at 11 years old" stay; "since 10",
    # "by 1", "after 3" are too loose to pin a moment down, and "after 3" is often hours).
    # ... or after "around"/"round"/"about" when it is no age ("parked up round 11.", "Happened
    # about 3."; not "she's about 12.", "aged around 9.")
    # (the words before "about" that make it an age are looked at after a match: `_AGE_BEFORE`)
    re.compile(
        # (or "at like 2", "just after 2", "gone 3", "nearly 5": `_AGE_BEFORE` keeps "was nearly 3")
        # ("bout 4", as texted)
        # ("@ 11", as texted)
        rf"(?:\b(?P<at>at)\s+(?:(?:about|around|abt|bout|approx\.?|roughly|like)\s+)?|(?<![\w.])@\s?"
        r"|\b(?:around|round|about|abt|bout|approx\.?|(?:just|shortly|right)\s+(?:after|before)|gone|nearly|almost)\s+)"
        rf"(?P<t>(?:1[0-2]|0?[1-9]|{_HOUR_WORD}))"
        rf"(?={_HOUR_ENDS}|\s+(?:last|this|tonight|yesterday|tomorrow|tmrw|2moro|when|then|but|so|cos|because|"
        r"and\s+(?:she|he|they|we|then)|she|he|they|we|tonite|2nite|2nyt|in\s+(?:the\s+)?(?:night|morning|evening|am)|"
        # ("calls at 11 every night")
        r"every\s+(?:night|nite|day|morning|evening|week))\b"
        # ("at 9 on Friday", "at 3 on the 20th": a day after it makes it a moment)
        rf"|\s+on\s+(?:{_WEEKDAY_NAME}|the\s+\d|\d))",
        re.I,
    ),
    # "twenty to two in the morning", "ten to ten at night": said with its part of the day, no
    # word of time is needed before it
    re.compile(
        rf"\b(?:{_MINUTES}|quarter|[1-5]?5|[1-5]0)(?:\s+(?:minutes|mins?))?\s+to\s+{_HOUR_OR_NAMED}"
        r"\s+(?:in (?:the )?(?:morning|afternoon|evening)|at night|last night|tonight|"
        r"this (?:morning|afternoon|evening))\b",
        re.I,
    ),
    # A bare hour after "till"/"until", or when to ring back ("stayed till 4.", "ring her after
    # 12)"), where nothing after it makes it a count ("till 3 different men came"); "after 3" alone
    # is too often hours ("wouldn't leave after 3, paid"), "since 10" too loose to pin a moment.
    re.compile(
        # (and "by" a time to hear back: "if u dont hear by 3 call the desk", "text by 11 or ring")
        rf"\b(?:till|til|until|(?:ring|call|text|phone|contact|come|visit|callback|ringback)\b[^.!?\n]{{0,30}}?"
        rf"\b(?:after|before|from)|(?:hear|text|ring|call)\s+by)\s+"
        r"(?:(?:about|around|abt|approx\.?|roughly)\s+)?"
        rf"(?P<t>(?:1[0-2]|0?[1-9]|{_HOUR_WORD}))"
        rf"(?={_HOUR_ENDS}|\n|\s+(?:last|this|tonight|yesterday|when|then|but|so|cos|because|"
        r"or|and\s+(?:she|he|they|we|then)|she|he|they|we|on|call|ring|text|phone)\b"
        # (or the reason in brackets: "don't call after 6 (husband home)")
        r"|\s+\((?!\s*\d))",
        re.I,
    ),
    # "phone her tomorrow before 12.", "if I'm not back on here by 12 ring me": a bare hour after
    # "by" or "before" that sets when to ring or when she rings (after a day word, where the clause
    # ends, or before the call itself); "home by 11." alone is as often the team's end of shift
    re.compile(
        r"(?P<day>\b(?:tomorrow|today|tonight|tmrw|2moro)\s+)?\b(?:by|before|b4)\s+"
        rf"(?P<t>(?:1[0-2]|0?[1-9]|{_HOUR_WORD}))"
        rf"(?(day)(?={_HOUR_ENDS}|\n|\s+(?:latest|at\s+the\s+latest|or|then|ring|call|text|phone)\b)"
        r"|(?=,?\s+(?:ring|call|text|phone)\b))",
        re.I,
    ),
    # "Van on Queens Rd from 10.", "at the Cosmo from 10, come by": a bare hour after "from" where
    # the clause ends (not a list or a rise, "from 1, 2 or 3", "from 10, then 20"; "aged from 10."
    # is an age)
    re.compile(
        rf"(?<!\baged )\bfrom\s+(?P<t>1[0-2]|0?[1-9]|{_HOUR_WORD})"
        r"(?=[.;](?:\s|$)|$|,\s+(?!\d|(?:and|or|to)\b|(?:then|now|up to|down to|rising to)\s+\S*\d))",
        re.I,
    ),
    # "I'll do 9 till 1.", "8 til 2, then": a range of bare hours joined by "till" (not "to": "5 to 10
    # people"), where the clause ends after it
    re.compile(
        r"(?<![\w£$€.:/,-])(?P<t>(?:1[0-2]|0?[1-9])\s+(?:till|til|until)\s+(?:1[0-2]|0?[1-9]))"
        r"(?=\s*(?:[.;:)!?\n]|,\s|$))",
        re.I,
    ),
    # Working hours joined by "to" after a word of work or opening: "every day 8 to 8", "works 9 to
    # 5", "open 10 to 6" (not a count after it: "works 2 to 3 days a week", "shifts 4 to 5 girls")
    re.compile(
        # (or a ward's visiting hours: "visiting 2-4", "visiting hours 2 to 4")
        r"\b(?:every\s?day|daily|each\s+day|works?|working|worked|open|opens|opening|shifts?|"
        r"visiting(?:\s+(?:hours|times))?)\s+"
        r"(?P<t>(?:1[0-2]|0?[1-9])\s*(?:to|till|til|until|-|–)\s*(?:1[0-2]|0?[1-9]))(?![\w:]|[.,]\d)"
        r"(?!\s+(?:a|an|people|men|women|girls|guys|clients|customers|punters|times|hours?|hrs?|days?|nights?|"
        r"weeks?|months?|years?|mins?|minutes|quid|pounds|of)\b)",
        re.I,
    ),
    # "12 midnight", "12 noon"
    # ("12 midnite", as texted)
    re.compile(r"\b12(?:[:.]00)?\s+(?:midnight|midnite|midday|noon)\b", re.I),
    # "between 1 and 2am", "11-2am", "from 10 till 2am": the first hour of a range goes too
    re.compile(
        # ("1 or 2am", "1/2am": either hour)
        # ("between 10 and half 10 pm": the range may end on the half hour)
        rf"(?<![\d£$€.:/,])(?P<t>(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?)(?=\s*(?:-|–|/|to|till|til|until|and|or)\s*"
        rf"(?:half\s+(?:past\s+)?)?(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*{_MERIDIEM}(?!\w))",
        re.I,
    ),
    re.compile(r"(?:(?<=\bat )|(?<=@ )|(?<=@))0\d[0-5]\d\b(?!\s*(?:hrs?|hours)\b)"),
    # "at around eleven thirty", "about ten fifteen pm" (dictated)
    re.compile(
        r"\b(?:at|about|around|till|til|until|by|gone|before|after|since)\s+(?:(?:about|around)\s+)?"
        rf"(?P<t>{_HOUR_WORD}\s+(?:fifteen|thirty|forty[ -]five|fifty|forty|twenty|ten|oh\s+five)"
        rf"(?:\s*{_MERIDIEM}(?!\w))?\b{_PART_SAID})",
        re.I,
    ),
    # "two thirty am", "eleven fifteen p.m." (dictated, with am/pm: no word of time is needed)
    re.compile(
        rf"\b{_HOUR_WORD}\s+(?:fifteen|thirty|forty[ -]five|forty|fifty|twenty|ten|oh\s+five)"
        rf"\s*{_MERIDIEM}(?!\w)",
        re.I,
    ),
    # "3 in the morning and she was still out", "he come 1 in the morning": an hour and its part of
    # the day with no word of time before it, unless the word before makes it a count or a dose
    # ("one or two in the evening", "take 2 in the morning": `_COUNT_BEFORE`)
    re.compile(
        rf"(?<![\w£$€.:/,-])(?P<t>(?:1[0-2]|0?[1-9]|{_HOUR_WORD})(?:[:.][0-5]\d)?\s+"
        r"(?:in (?:the )?(?:morning|mornin['’]?|afternoon|evening|am|pm)|at ni(?:ght|te)))(?!\w)",
        re.I,
    ),
    # "car park 3 this morning when", "took her there 9 last night": an hour and the part of the
    # day it fell in, with no word of time before it, unless the word before makes it a count or a
    # tally ("did 3 last night", "contacts: 4 tonight": `_COUNT_BEFORE`, `_TALLY_BEFORE`)
    re.compile(
        # (not "one": "a bad one last night" is a night, not one o'clock; nor a bare 2 or 4, which
        # a text writes for "to" and "for": "ty 4 last nite xx")
        r"(?<![\w£$€.:/,-])(?P<t>(?:1[0-2]|0?[135-9]|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
        # (as texted too: "tonite", "2nite", "last nite", "dis mornin")
        r"(?:[:.][0-5]\d)?\s+(?:last ni(?:ght|te)|lst nite|tonight|tonite|2nite|2nyt|"
        r"(?:this|dis) (?:morning|mornin['’]?|afternoon|evening)))(?!\w)"
        # (and no count after it: "3 last night were new")
        r"(?!\s+(?:were|are|all|new|of|more|girls|women|men|punters|clients)\b)",
        re.I,
    ),
    # "3 and half", "two and a half" (an hour, not "3 and a half years")
    re.compile(
        rf"\b{_HOUR_ANY}\s+and\s+(?:a\s+)?half\b(?!\s+(?:an?\s+)?(?:years?|yrs?|hours?|hrs?|weeks?|"
        r"months?|days?|mins?|minutes?|stone|pints?|miles?|grams?|g|kg|quid|pounds?|times?|litres?|"
        r"bottles?|cans?|grand|k|metres?|feet|foot|ft|inches)\b)",
        re.I,
    ),
)
_MONTH_NAME = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
# "the first two", "the 2nd Monday of the month": an ordinal that counts, not a date
_NOT_AFTER_DAY = (
    r"one|two|three|four|five|few|time|times|of|thing|things|day|week|weeks|night|nights|half|floor|"
    r"mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d|"
    # "the 2nd and 3rd floor" counts; "since the 20th and has been asking" is a date
    r"(?:and|or)\s+(?:the\s+)?(?:\d|first|second|third|last|next)"
)
_SPELLED_ORDINAL = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
    r"fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|"
    r"(?:twenty|thirty)[ -](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))"
)
# (from the tenth on: "the tenth" to "the thirty-first")
_HIGH_SPELLED_ORDINAL = (
    r"(?:tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|"
    r"twentieth|thirtieth|thirty[ -]first|"
    r"twenty[ -](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))"
)
_SPELLED_DATES = (
    re.compile(
        rf"\b(?:on|from|since|until|till|by)\s+(?P<day>the\s+{_SPELLED_ORDINAL})\b(?!\s+(?:{_NOT_AFTER_DAY}))",
        re.I,
    ),
    # dictated: "the third of December", "December the third", "Friday the fourth", "twentieth
    # November" (the "of" left out, as it is typed; not before "may" or "march", words besides)
    # (the weekday before any of them goes too, and the word that places it: "Monday the thirtieth
    # of November", "last Thursday the third")
    re.compile(
        r"\b(?P<day>(?:(?:(?:last|this|next)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
        rf"(?:(?:the\s+)?{_SPELLED_ORDINAL}\s+(?:of\s+{_MONTH_NAME}|(?!may\b|march\b){_MONTH_NAME})"
        rf"|{_MONTH_NAME}\s+(?:the\s+)?{_SPELLED_ORDINAL}"
        rf"|(?<=day )the\s+{_SPELLED_ORDINAL}|(?<=day, )the\s+{_SPELLED_ORDINAL}))\b",
        re.I,
    ),
    # "Follow up the seventh.": a spelled day of the month alone, where the sentence ends after it
    # ("the seventh time" counts; "the first", "the second" and "the third" are as often the
    # items of a list, "at the third, a man opened": those only after "on"/"from"/"by", above)
    re.compile(
        rf"(?<![\w-])(?P<day>the\s+(?!first|second|third){_SPELLED_ORDINAL})\b(?=\s*(?:[.;!?)](?!\w)|$))",
        re.I,
    ),
    # "She thinks the twenty-ninth, maybe the thirtieth, around 4": from the tenth on, a spelled
    # ordinal alone before a comma is a day of the month too (few counts run so high)
    re.compile(rf"(?<![\w-])(?P<day>the\s+{_HIGH_SPELLED_ORDINAL})(?=,\s)", re.I),
)
# (a day's name slipped as typed in a hurry: "Thursdy", "Wendsday", "Satuday", "Fridy")
_WEEKDAY = r"(?:mon|tues?|weds|wed(?:nes)?|wends|thu(?:rs?)?|fri|sat(?:ur?)?|sun)(?:day|dy|dya|sday|ay)?\.?"
# (also read by the places pass: a year after a month is no house number)
MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = DAY_OF_MONTH
# A capitalised month's word as spelled or slipped: its first three letters, then letters that end
# as the month ends ("Febuary", "Novemeber", "Decmber"; "June", "July", "Sept" as they are).
_SLIP = r"(?:[a-z]*(?:ary|ch|il|ust|ber))?"
_MONTH_SLIPPED = (
    rf"(?:Jan{_SLIP}|Feb{_SLIP}|Mar{_SLIP}|Apr{_SLIP}|May|June?|July?|Aug{_SLIP}|Sept?{_SLIP}|Oct{_SLIP}|"
    rf"Nov{_SLIP}|Dec{_SLIP})(?![a-z])"
)
_ORDINAL = rf"{_DAY}(?:st|nd|rd|th)"
# (a two-digit year only with an apostrophe or where nothing follows: "3 Dec '26", "13 Dec 26.")
# (or where the sentence goes on with a word that no count takes: "20 Nov 26 when he came")
_YEAR = (
    r"(?:,?\s+(?:(?:19|20)\d{2}|['’]\d{2}|\d{2}(?![:.]\d)(?=\s*(?:[.;:)!?\n]|,\s|$|at\b|@)"
    r"|\s+(?:when|he|she|they|we|i|about|around|approx|in the|between)\b)))?"
)
# "1st-2nd Dec", "3–4 November": the first day of a range goes with the date
# ("12/13 Dec", "12th & 13th December", "the 12th or 13th Dec")
_RANGE_START = rf"(?:{_DAY}(?:st|nd|rd|th)?(?:\s*[-–/&]\s*|\s+(?:and|or|to)\s+(?:the\s+)?))?"
# "the" as texted or in patois before a day's ordinal: "on da 29th", "on d 3rd", "Sunday gone, di 29th"
_THE = r"(?:th[ea]|d[aei]?|teh)"
# ("last Friday 4/12": the word that places the weekday goes too)
# (and Vietnamese's: "tối thứ Ba 3/12", "chủ nhật 6/12")
_WEEKDAY_BEFORE = re.compile(
    rf"(?:\b(?:(?:last|this|next)\s+)?{_WEEKDAY}"
    r"|(?<!\w)(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)),?\s+$",
    re.I,
)


# (not the last digit of a number typed digit by digit: "... 2 2 2/07 4 0 0 ..." is two phones)
_SLASHED_DATE = re.compile(
    rf"(?<![\d/.£$€])(?<!\d \d )(?!24/7\b){_DAY}/(?:0?[1-9]|1[0-2])(?:/(?:\d{{4}}|\d{{2}}))?(?![\d/]|\.\d)"
)
_DOTTED_DATE = re.compile(rf"(?<![\d/.£$€]){_DAY}[.-](?:0?[1-9]|1[0-2])[.-](?:\d{{4}}|\d{{2}})(?![\d.]\d)")
# "am 7.3.", "за 28.03", "dne 7.3.": a dotted day and month after the word for "on" or "for" in
# the language a note mixes in (German, Bulgarian and Russian, Czech, French, Spanish, Italian,
# Portuguese), as "on 26.11" is in English
# (found from its digits, the word before them looked for after: a pattern that starts with the
# words is tried at every position of every note with a dotted number in it)
_FOREIGN_CUED_DOTTED = re.compile(
    rf"(?<=\s)(?P<day>{_DAY}\.(?:1[0-2]|0[1-9]|[1-9]))(?P<dot>\.)?"
    r"(?!\d|\.\d|\s*(?i:am|pm|a\.m|p\.m|ish|hrs?|h|uhr|ч|stone|st|kg|g|hours?|mins?)\b)"
)
# (German only with the dot after the month that German writes: "I am 7.5 stone" is English)
_GERMAN_ON_BEFORE = re.compile(r"(?<![\w])(?<!\bI )(?<!\bi )(?i:am|vom|bis|ab)\s+$")
_FOREIGN_ON_BEFORE = re.compile(r"(?<![\w])(?:dne|за|на|до|от|по|le|el|il|dia)\s+$")
_DATES = (
    # (Friday) (the) 20(th) (of) November (2026), 1st-2nd Dec
    # ("Thursday gone, the 3rd December": the weekday last past goes too, as before an ordinal)
    re.compile(
        rf"\b(?=[\dmtwfs])(?:{_WEEKDAY}(?:\s+(?:just\s+)?gone)?,?\s+)?(?:the\s+)?{_RANGE_START}{_DAY}(?:st|nd|rd|th)?(?:\s+of)?\s+{MONTH}(?![a-z])"
        rf"{_YEAR}",
        re.I,
    ),
    # (Friday) November 20(th) (2026): capital month, so "may 2 girls" is not a date ...
    # (the month's word ends as a month does, so a slip goes, "Febuary 20", "Novemeber 3", and
    # a name or a word that starts as one stays: "Mary 30, blonde", "Julie 25", "Maybe 30 years")
    re.compile(
        rf"\b(?:{_WEEKDAY},?\s+)?{_MONTH_SLIPPED}\.?\s+{_DAY}"
        rf"(?:st|nd|rd|th)?(?![\d:]){_YEAR}"
    ),
    # ... in lower case only a month that is no other word, or with an ordinal ("dec 13", "may 2nd")
    # (both: the last day of a range goes too, "Nov 28-29", "dec 3rd-4th": `_DAY_RANGE_END`)
    re.compile(
        rf"\b(?:{_WEEKDAY},?\s+)?(?:(?:jan|january|feb|february|apr|april|jun|june|jul|july|aug|august|sept?|"
        rf"september|oct|october|nov|november|dec|december)\.?\s+{_DAY}(?:st|nd|rd|th)?|"
        rf"(?:may|mar|march)\s+{_DAY}(?:st|nd|rd|th))(?![\d:.,]\d|\d|:){_YEAR}"
    ),
    # (last) Friday (night) (the) 20th, Tuesday (1st), on the 3rd
    re.compile(
        # ("Sunday gone, the 29th", "Thursday just gone 26th": the weekday last past; "Sat neet 28th",
        # "fri nite 4th" as Geordie says it or a text types it)
        rf"\b(?:(?:last|this|next)\s+)?{_WEEKDAY}(?:\s+(?:just\s+)?gone)?,?\s+"
        rf"(?:(?:night|neet|nite|morning|evening|afternoon),?\s+)?"
        rf"(?:\(\s*)?(?:{_THE}\s+)?{_ORDINAL}\b(?:\s*\))?",
        re.I,
    ),
    # "December the 1st", "Dec the 3rd"
    re.compile(rf"\b{MONTH}\s+the\s+{_ORDINAL}\b{_YEAR}", re.I),
    # "Fri 20." "Sat 28, at the arches": a weekday and a bare day, where nothing after makes it a count
    re.compile(
        # (not "fri 20.11": a day and a month)
        # (or "to"/"at" a named place: "come Tuesday 8 to Orchid Spa"; "Sat 2 girls out" counts)
        # (or a clause after it: "on Friday 20 when he came", "Sat 21 she rang")
        rf"\b{_WEEKDAY}\s+{_DAY}(?=\s*(?:[.;:](?!\d)|[)!\n]|,\s|$)|\s+(?:at|night|morning|evening|afternoon|"
        r"when|she|he|they|we|i|about|around)\b"
        r"|\s+(?:to|at)\s+(?:the\s+)?[A-Z])",
        re.I,
    ),
    re.compile(
        rf"\b(?:on|from|since|until|till|by)\s+(?P<day>(?:{_THE}\s+)?{_ORDINAL})\b(?!\s+(?:{_NOT_AFTER_DAY}))",
        re.I,
    ),
    # "she means the 5th.", "'the 5th'", "the 12th, at night": the day of the month alone, where the
    # clause ends after it or a moment follows ("the 5th time", "the 3rd girl" count)
    re.compile(
        rf"(?<![\w-])(?P<day>{_THE}\s+{_ORDINAL})\b"
        # ("the 4th late, past midnight": late or early in that day)
        r"(?=\s*(?:[.;:)!?'’\"”]|,\s|$)|\s+[-–]\s|\s+(?:at|when|night|morning|evening|afternoon|late|early)\b)",
        re.I,
    ),
    # "5th, 10pm", "came 3rd at 23:40" without "the": a day's ordinal right before a clock time
    # (a place in a race or a floor is not said before one)
    re.compile(
        rf"(?=\d)(?<![\w-])(?P<day>{_ORDINAL})\b(?=,?\s+(?:(?:at|@|about|around)\s*)?"
        r"(?:(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*[ap]\.?m\b|(?:[01]?\d|2[0-3])[:.][0-5]\d(?!\d)"
        r"|(?:half|quarter|ten|five|twenty)\s+(?:past|to)\b|wpół\s+do\b))",
        re.I,
    ),
    # "the night of the 28th", "over the weekend of the 5th"
    re.compile(
        rf"(?:\bthe\s+)?\b(?:night|evening|morning|afternoon|weekend|early hours)\s+of\s+"
        rf"(?:the\s+)?{_ORDINAL}\b",
        re.I,
    ),
    # 20/11, 20/11/26, 20.11.2026, 2026-11-20 (a weekday before them goes too: `date_spans`)
    _SLASHED_DATE,
    _DOTTED_DATE,
    # "12-Nov-2026", "3-Dec" (forms and police logs); run together too, "20NOV26", "05Dec2026"
    re.compile(
        rf"(?<![\d/.£$€A-Za-z]){_DAY}(?:-{MONTH}(?![a-z])(?:-(?:\d{{4}}|\d{{2}}))?"
        rf"|{MONTH}(?![a-z])(?:\d{{4}}|\d{{2}})?)(?!\d)",
        re.I,
    ),
    # ("2026-12-04T23:47", "2026-12-04T23:47:05Z": an app's export, its time glued on by a "T")
    re.compile(
        r"\b(?:19|20)\d{2}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])"
        r"(?:T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?\b"
    ),
    # "on 26.11": a dotted day and month without a year, only after "on" ("by 10.30" and "at
    # 11.30" are times, "2.5 grams" a count)
    re.compile(
        rf"\b(?i:on|w/c|dated?)\s+(?P<day>{_DAY}[.-](?:1[0-2]|0?[1-9]))(?!\d|[.-]\d|\s*(?i:am|pm|a\.m|p\.m|ish|hrs?|h)\b)"
    ),
    # "Thursday just gone (26th)": a day of the month in brackets
    # ("(21st-22nd)": a range of them)
    re.compile(rf"(?<=\()\s*(?P<day>(?:the\s+)?{_ORDINAL}(?:\s*[-–/&]\s*{_ORDINAL})?)(?=\s*\))", re.I),
    # "on fri 20.11", "w/c Mon 16.11": a weekday between the cue and a dotted day and month
    re.compile(
        rf"\b(?i:on|w/c|dated?)\s+{_WEEKDAY}\s+(?P<day>{_DAY}[.-](?:1[0-2]|0?[1-9]))"
        r"(?!\d|[.-]\d|\s*(?i:am|pm|a\.m|p\.m|ish|hrs?|h)\b)",
        re.I,
    ),
    # "the 20th of this month", "the 3rd of last month" ("the 1st of the month" is any month)
    re.compile(rf"\b(?P<day>the\s+{_ORDINAL}\s+of\s+(?:this|last|next)\s+month)\b", re.I),
    # "week commencing 16th", "w/c the 16th", "wk beginning 7th"
    re.compile(
        rf"\b(?:w/c|(?:week|wk)\s+(?:commencing|beginning|starting))\s+(?P<day>(?:(?:the|{_WEEKDAY})\s+)?{_ORDINAL})\b",
        re.I,
    ),
    # two days of the month together: "the 28th/29th", "28th-29th", "between the 28th and 29th",
    # "weekend of the 5th & 6th" (two ordinals are days, not a count: "2nd and 3rd floor" aside)
    re.compile(
        # (where the clause ends or goes on to a moment: "the 2nd and 3rd girls" counts)
        rf"\b(?P<day>(?:the\s+)?{_ORDINAL}\s*(?:[-–/&]|\s(?:and|or|to|till|until|-)\s)\s*(?:the\s+)?{_ORDINAL})\b"
        r"(?=\s*(?:[.;:)!?\n]|,|$)|\s+(?:at|when|she|he|they|we|i|and|but|night|nights|weekend|"
        r"of\s+(?:this|last|next|the)\s+month)\b)",
        re.I,
    ),
    # "28.XI", "28 XI 2026", "28/XI": the month in Roman numerals, as Central and Eastern Europe
    # write it
    re.compile(
        # (after a space only with a year: "5 X bigger" is a count; after a dot and a space only
        # with a dot or a year after it: "2. I went back" is a numbered list, "28. XI. 2026" a date)
        rf"(?<![\w/.£$€]){_DAY}(?:(?:\.|/|-)(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)"
        r"(?:(?:\.\s?|\s|/|-)(?:\d{4}|\d{2}))?"
        r"|\.\s(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?:\.?\s?(?:\d{4}|\d{2})|\.)"
        r"|\s(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\s(?:19|20)\d{2})(?![\w/])"
    ),
    # "ngày 5 tháng 12 (năm 2026)" (Vietnamese)
    re.compile(r"\bngày\s+\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?", re.I),
    # "11/20": month first, as Americans write it, where the day cannot be a month (13-31)
    re.compile(
        # (not a page, a score or a rating: "page 12/13", "scored 11/20")
        r"(?=\d)(?<![\d/.£$€])(?<!page )(?<!pages )(?<!pg )(?<!p\. )(?<!scored )(?<!score )(?<!rated )"
        r"(?<!got )(?<!marks )(?:0?[1-9]|1[0-2])/(?:1[3-9]|2\d|3[01])(?:/(?:\d{4}|\d{2}))?(?![\d/]|\.\d)"
    ),
    # "saturday 28.11", "Fri 04.12": a weekday and a dotted day and month, no cue needed
    re.compile(
        # (the weekday stays out, as after "on": "on fri [date]")
        rf"\b{_WEEKDAY}\s+(?P<day>{_DAY}\.(?:1[0-2]|0?[1-9])(?:\.(?:\d{{4}}|\d{{2}}))?)"
        r"(?![\d.]|\s*(?i:am|pm|a\.m|p\.m|ish|hrs?|h)\b)",
        re.I,
    ),
    # A diary's entry headed by its day: "Dec diary. 2nd: quiet. 3rd: timewaster x3." (an ordinal
    # that starts the text, a line or a sentence, then a colon)
    re.compile(rf"(?:^|(?<=[\n.;!?])[ \t]*|(?<=[.;!?] ))(?P<day>{_ORDINAL})(?=[ \t]*:(?!\d))", re.I | re.M),
    _FOREIGN_CUED_DOTTED,
)


# (the two numeric forms, "20/11(/26)" and "20.11.26": found by their start, not their place)
_NUMERIC_DATES = frozenset({_SLASHED_DATE, _DOTTED_DATE})
# A cheap test per date pattern, in the order of `_DATES` (None: always run).
# (a hint shared by several patterns is the same object: `_hinted` looks for it once per text)
_DIGIT_MERIDIEM = re.compile(r"(?i:\d\s*[ap]\.?m)")
_ORDINAL_HINT = re.compile(r"\d(?i:st|nd|rd|th)\b")
_DOTTED_HINT = re.compile(r"\d[.-]\d")
_DOTTED_HINT_WORD = re.compile(r"\d\.\d")
# Each hint is a necessary part of its pattern, so a text it rules out has no match.
_DATE_HINTS: tuple[re.Pattern[str] | CaselessHint | tuple[str, ...] | None, ...] = (
    # (a tuple: words of which the lower-cased note must hold one; cheaper than a scan)
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
    re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d"),
    re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d"),
    _ORDINAL_HINT,  # (and a weekday: the ordinal is the rarer)
    re.compile(r"(?i:\sthe\s+\d)"),
    # (first in the lower-case twin: the case-insensitive form tries every position, ~20 µs a note)
    CaselessHint(
        r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s+\d",
        exact=r"(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s+\d",
    ),
    _ORDINAL_HINT,
    _ORDINAL_HINT,
    _ORDINAL_HINT,
    _ORDINAL_HINT,
    re.compile("/"),
    _DOTTED_HINT,
    re.compile(r"\d-?(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"),
    re.compile(r"\d\d[-/.]\d"),
    _DOTTED_HINT,
    re.compile(r"\(\s*(?i:the\s+)?\d"),
    _DOTTED_HINT,
    ("month",),
    ("w/c", "commencing", "beginning", "starting"),
    _ORDINAL_HINT,
    re.compile(r"\d(?:\.\s|[./ -])?[XVI]"),  # (the pattern allows "28. XI": a dot and a space)
    ("ngày",),
    re.compile(r"\d/[123]\d"),
    _DOTTED_HINT_WORD,
    _ORDINAL_HINT,
    _DOTTED_HINT_WORD,  # (`_FOREIGN_CUED_DOTTED`)
)
# A cheap test per clock pattern, in the order of `_TIMES` (None: always run); most notes
# have no four-digit run, no "23h", no Romance part of day and no Chinese hour.
_TIME_HINTS: tuple[re.Pattern[str] | tuple[str, ...] | None, ...] = (
    # (a tuple: words of which the lower-cased note must hold one; cheaper than a scan)
    _DIGIT_MERIDIEM,
    ("between", "from"),
    ("between", "from"),
    ("between", "from"),
    re.compile(r"\d[:.][0-5]\d"),
    _DIGIT_MERIDIEM,
    re.compile(r"(?i:\d\d\s*(?:h|-?ish))"),
    re.compile(r"\d{4}\s*[-–]"),
    re.compile(r"\d{4}"),
    re.compile(r"\dh"),
    re.compile(r"\d\s+d[aeiu]\b"),
    ("ora", "orën", "godz"),
    ("noaptea", "dimineața", "dimineata", "seara", "amiaza", "jum"),
    re.compile("[点點時时]"),
    ("الساعة", "ساعت"),
    ("giờ",),
    ("बजे",),
    ("saa ", "Saa "),
    ("น.",),
    ("las ", "às ", "alle ", "all'", "verso le", "oko"),
    ("ч", "val", "сутрин", "вечер", "следобед", "нощ", "дня", "утр", "ноч"),
    ("nocy", "ranem", "rano", "wieczorem", "południu"),
    re.compile(r"(?i:\d\s*[ap]\.?m|\d[:.][0-5]\d)"),
    re.compile(r"(?i:\d [0-5]\d\s*[ap])"),
    re.compile(r"\d[/.-]\d"),
    re.compile(r"\d{4}"),
    ("@",),
    ("baje", "bajay", "bajey", "bje", "vaje", "vajje"),
)


def _hinted(
    text: str,
    patterns: Sequence[re.Pattern[str]],
    hints: Sequence[re.Pattern[str] | CaselessHint | tuple[str, ...] | None],
) -> Iterator[re.Pattern[str]]:
    """The patterns worth trying on `text`: those whose cheap hint is in it (a regex, or words
    looked for in the lower-cased text) or that have none. (The words are looked for with
    `map(lowered.__contains__, ...)`, which runs in C: a generator's frame per word cost more
    than the look-up, for every pattern of every note.)"""
    lowered = text.lower()
    found: dict[re.Pattern[str] | CaselessHint, bool] = {}
    for pattern, hint in zip(patterns, hints, strict=True):
        if isinstance(hint, tuple):
            if not any(map(lowered.__contains__, hint)):
                continue
        elif hint is not None:
            if hint not in found:
                found[hint] = hint.search(text) is not None
            if not found[hint]:
                continue
        yield pattern


# A bare hour right after a date and a word of time: "seen Mon 7th about 3 at the bus shelter", "on
# the 5th at 2 outside", "3 listopada o 11." (Polish "o", at) - after a day of the month the number
# is the hour, unless a count follows it ("Sat 5th about 3 girls", "the 7th at 2 different places")
_HOUR_AFTER_A_DATE = re.compile(
    rf"(?:\b{_WEEKDAY}\s+(?:the\s+)?|\bthe\s+){_ORDINAL}(?:\s+(?:of\s+)?{MONTH}(?![a-z]))?,?\s+"
    r"(?:about|around|approx\.?|at|@)\s+(?P<t>1[0-2]|0?[1-9])"
    r"(?![\d:.]\d|\d|\s*(?:[ap]\.?m\b|o['’ ]?clock|ish))"
    r"(?!\s*(?:%|£|x\b))(?!\s+(?:of|more|other|others|different|people|men|women|girls|guys|lads|times|hours?|hrs?|"
    r"mins?|minutes|days?|weeks?|months?|years?|quid|pounds)\b)"
    r"|\b\d{1,2}\s+(?i:stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|wrzesnia|"
    r"października|pazdziernika|listopada|grudnia)\s+o\s+(?P<u>1[0-2]|0?[1-9]|1[3-9]|2[0-3])(?![\d:.]\d|\d)",
    re.I,
)


# "approx 2am", "about 21:40", "around 4am": the word that says a time is rough goes with it
# (as the notes' writers mark it: the whole "about 3am" is the time).
_ROUGHLY_BEFORE = re.compile(
    r"(?<![\w'’])(?:approx\.?|approximately|about|around|roughly|abt\.?|bout|circa|c\.|ca\.)\s*$", re.I
)


# "last night about 11", "tonight around half ten": the part of the day said before a rough time
# goes with it (and sets its placeholder: "about 11" alone reads as the morning)
_PART_BEFORE_ROUGHLY = re.compile(r"\b(?:last\s+night|last\s+nite|tonight|tonite|2nite)\s+$", re.I)


def _roughly(text: str, start: int) -> int:
    """`start` moved back over a word of roughness right before it."""
    if start == 0 or (not text[start - 1].isspace() and text[start - 1] != "."):
        return start
    before = _ROUGHLY_BEFORE.search(text, max(0, start - 16), start)
    if before is None:
        return start
    part = _PART_BEFORE_ROUGHLY.search(text, max(0, before.start() - 12), before.start())
    return part.start() if part is not None else before.start()


# A log's 24-hour time: at the start of a line or a sentence ("0115 Shannon - robbed", "Fri 20th.
# 2230 Shaz + Tia"), after a word of coming and going ("Back 0250.", "Call 0120.", "home 0230",
# "Discharged 0810.")
# or after a date's month or weekday ("Mon 30 Nov, 0300"); not a year ("2019 was bad"), a count
# ("1200 leaflets") or the start of a number ("0113 496 0000"). (The four digits are looked for
# first, the words before them after: a pattern that starts with the words is slow on every note.)
_FOUR_DIGIT_TIME = re.compile(
    r"(?<![\w£$€.:/,+-])(?!19\d\d|20[0-5]\d(?!\s*hrs?\b))(?:[01]\d|2[0-3])[0-5]\d(?:\s*hrs?\b)?"
    # (a count after a comma goes on the clause: "Lights out 2300, 14 guests")
    r"(?![\w:]|[.,]\d|-?\s*\d|,\s*\d(?!\d*\s+[a-z]))"
    r"(?!\s+(?:numbers?|no|quid|pounds|people|men|women|girls|leaflets|packs|condoms|calls|texts|contacts)\b)",
    re.I,
)
_LOG_BEFORE = re.compile(
    r"(?:^|[\n.;!?]\s+|\b(?:back|out|left|arrived|home|call|called|rang|finished|started|ended|base|"
    # (and a ward's or a log's: "Triage 0347.", "Discharged 0810.", "seen 0930")
    r"triage|triaged|discharged|admitted|attended|seen|arrival|departed|logged|"
    # (or after the label of a form's field: "Time: 2347", "time of incident - 0140")
    rf"off|in|clocked\s+(?:in|off|on)|"
    # (or a pick-up's: "picked up 0015", "dropped off 0140", "got in 2330")
    rf"picked\s+up|dropped(?:\s+off)?|collected|got\s+in)\s+|\b{_MONTH_OR_WEEKDAY},\s+|\btime(?:\s+of\s+\w+)?\s*[:=-]?\s*)$",
    re.I,
)
_FOUR_DIGITS = re.compile(r"\d{4}")
# ... or anywhere in a sentence, a log's place and its time, "Anderston, 2315.", "found 0445 at a
# Travelodge", "the car park 0015 and took": where the clause ends after it or goes on with a word
# that says where or what happened next (no count or sum after it: "1000 a week", "1500 each")
_MOMENT_AFTER = re.compile(
    r"[ \t]*(?:[.;!?)](?![ \t]*\d)|,[ \t]+(?!\d)|\n|$|[ \t]+(?:and|at|by|in|on|near|outside|behind|when|"
    r"then|went|she|he|they|we|from|last|this|tonight|yesterday|today|till|until)\b)"
)
# (a round hundred of the day, 1000 to 1900, is a sum or a count as often: "raised 1500 at the
# fun run", "sold 1200 and"; those only after a log's word, above)
_ROUND_DAYTIME = re.compile(r"1\d00")
# ... and nothing before it that takes a number: a room, a flat, a code, an amount ("room 1012",
# "card ending 4471", "paid 1500", "PIN 2315")
_NUMBER_TAKER_BEFORE = re.compile(
    r"(?:\b(?i:room|rm|flat|apt|apartment|unit|no|nos|number|num|ward|bed|bay|code|pin|ext|extension|bus|route|"
    r"id|ref|badge|ending|ends|last|digits|paid|pay|pays|owes|owed|gave|give|took|cost|costs|costing|charged|"
    r"charges|earns|earned|made|spent|worth|price|rent|fee|of|about|over|under|nearly|around|almost|only|"
    r"year|years|since|in|till|until|by|from|to|x|cad|log|incident|crime|job|urn|case|call\s+sign)\.?"
    # (nor the last group of a number: "0113 496 0442", "+63 917 555 0123"; nor a plate's digits
    # after its capitals: "AKZ 1234", "B-AB 1234")
    r"|[£$€#:/×x+\d-]|\b[A-Z]{1,3})(?:[ \t]+(?i:was|is|were))?[ \t]*$"
)


def time_spans(text: str) -> Iterator[Found]:
    twin = lower_case_twin(text)  # (each case-insensitive pattern runs as its twin: `twin_finditer`)
    for pattern in _hinted(text, _TIMES, _TIME_HINTS):
        group = "t" if "t" in pattern.groupindex else 0
        for match in twin_finditer(pattern, text, twin):
            yield _roughly(text, match.start(group)), match.end(group), Kind.TIME
    if _ORDINAL_HINT.search(text) or " o " in text:
        for match in _HOUR_AFTER_A_DATE.finditer(text):
            group = "t" if match.group("t") else "u"
            yield _roughly(text, match.start(group)), match.end(group), Kind.TIME
    for match in _FOUR_DIGIT_TIME.finditer(text) if _FOUR_DIGITS.search(text) else ():
        start = match.start()
        logged = start == 0 or _LOG_BEFORE.search(text, max(0, start - 24), start) is not None
        if logged or (
            not _ROUND_DAYTIME.match(text, start)
            and _MOMENT_AFTER.match(text, match.end())
            and not _NUMBER_TAKER_BEFORE.search(text, max(0, start - 16), start)
        ):
            yield start, match.end(), Kind.TIME


# The last day of a range after a date that ends in its day: "Nov 28-29", "Dec 3rd–4th".
# (not a count after it: "Nov 28 - 30 people came")
_DAY_RANGE_END = re.compile(
    rf"(?<=\d|[a-z])\s*[-–]\s*{_DAY}(?:st|nd|rd|th)?(?![\d:.]|\w|\s*(?i:am|pm)\b)"
    r"(?!\s+(?i:people|men|women|girls|guys|times|mins?|minutes|hours?|hrs?|days|quid|pounds|years?|yrs?)\b)"
)
_ENDS_IN_DAY = re.compile(rf"(?:\D|^){_DAY}(?:st|nd|rd|th)?$", re.I)


def _range_end(text: str, end: int) -> int:
    if end < len(text) and text[end] in " -–" and _ENDS_IN_DAY.search(text, max(0, end - 5), end):
        more = _DAY_RANGE_END.match(text, end)
        if more is not None:
            return more.end()
    return end


# Ratings out of ten that look like a day and a month; a date only after a word that says so.
_RATINGS = frozenset({"10/10", "11/10"})
_COUNTED_BEFORE = re.compile(
    r"\b(?i:screenshots?|pages?|pg|part|images?|img|attachments?|scored?|rated?|rating|scale)\s+$"
)
_DATE_CUE_BEFORE = re.compile(r"\b(?i:on|dated?|date:|dob|since|from|until|till|by|w/c)\s*$")


# A share: a fraction with a smaller number over a larger ("3/4", "1/2", "2/3") before "of" and
# what it is a share of (not a month: "3/4 of May" is no share).
def _a_share(written: str) -> bool:
    top, _, bottom = written.partition("/")
    return top.isdigit() and bottom.isdigit() and 0 < int(top) < int(bottom) <= 10


_OF_AFTER = re.compile(
    r"\s+of\s+(?!(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|this\s+month|last\s+month|next\s+month)\w*)",
)
# A score out of five or ten, after what is scored ("pain 7/10", "mood about 3/10", "rated him
# 1/5") or before stars ("2/5 stars"): "7/10" is also the 7th of October, so only with those words
# (and never right after a word that puts a date there: "on 7/10").
_SCORE = re.compile(r"\d{1,2}/(?:10|5)")
_SCORED_BEFORE = re.compile(
    r"\b(?i:pain|mood|anxiety|stress|sleep|appetite|cravings?|energy|confidence|wellbeing|severity|"
    r"scores?|scored|rated?|rates|rating|scale|review(?:ed)?|gave\s+(?:him|her|it|them))\b[^\d/\n.;]{0,24}$"
)
_STARS_AFTER = re.compile(r"\s*(?i:stars?\b|\*|⭐)")

# Clinical shorthand for a duration: "3/7" three days, "2/52" two weeks, "4/12" four months
# ("pain for 3/7", "x2/7", "seen 2/7 ago"; "TCI 2/52" is never a date). Only /7 and /12 can be read as a date
# ("on 4/7" is the 4th of July), so those are a duration only with a word that makes them one.
# (or right after the complaint it measures: "c/o pelvic pain 3/7", "cough 2/52")
_SHORTHAND_BEFORE = re.compile(
    r"(?i:\b(?:for|past|last|over|within|approx)\s*|(?<![\w/])[x×~]\s*"
    r"|\b(?:pain|ache|aches|bleeding|bleed|discharge|cough|fever|symptoms|sx|vomiting|d&v|diarrhoea|dysuria|"
    r"headache|rash|swelling|itching|itch)\s+)$"
)
_SHORTHAND_AFTER = re.compile(r"\s*(?i:ago|hx|h/o|history|duration|post[- ]?op)\b")
_SHORTHAND = re.compile(r"\d{1,2}/(?:7|12)")


# "dia 14/11", "le 20 novembre", "el 2 de diciembre": the article or word for "day" that goes
# before a date in other languages is part of it (as the notes' writers mark it)
_DAY_WORD_BEFORE = re.compile(r"(?<!\w)(?i:dia|el|le|la|il|den|dnia|ngày)\s+$")


# "every 15th and 30th", "each 1st": a day of every month, no date
_EVERY_BEFORE = re.compile(r"\b(?i:every|each)\s+$")
# "w/c 30 Nov", "week ending the 6th": the week a date heads is said by the date (as a rota's or a
# summary's writer marks it, the cue is part of it)
_WEEK_OF_BEFORE = re.compile(
    r"(?<![\w/])(?i:w/[ce]|(?:week|wk)\s+(?:commencing|beginning|starting|ending))\s+$"
)


# "yesterday the 6th", "tomorrow, the 8th": the day named both ways is one date
_RELATIVE_DAY_BEFORE = re.compile(r"\b(?i:yesterday|today|tomorrow),?\s+$")
# "Sunday just gone (6th)", "last Friday (the 4th)": the weekday the bracket names goes with it
_WEEKDAY_GONE_BEFORE = re.compile(
    rf"\b(?:(?:last|this|next)\s+)?{_WEEKDAY}(?:\s+(?:just\s+gone|gone|last|just\s+past|past))?\s*\($", re.I
)


def date_spans(text: str) -> Iterator[Found]:
    for start, end, kind in _date_spans(text):
        # (a weekday after the article keeps it out, as before: "el [date]" for "el sábado 28")
        before = _DAY_WORD_BEFORE.search(text, max(0, start - 6), start) if text[start].isdigit() else None
        if before is None and (text[start : start + 4].lower() == "the " or text[start].isdigit()):
            before = _RELATIVE_DAY_BEFORE.search(text, max(0, start - 12), start)
        if before is None and start > 0 and text[start - 1] == " ":
            before = _WEEK_OF_BEFORE.search(text, max(0, start - 20), start)
        if before is None and start > 0 and text[start - 1] == "(":
            before = _WEEKDAY_GONE_BEFORE.search(text, max(0, start - 30), start)
            if before is not None and text[end : end + 1] == ")":
                end += 1
        yield (before.start() if before is not None else start), end, kind


def _date_spans(text: str) -> Iterator[Found]:
    twin = lower_case_twin(text)
    for pattern in _hinted(text, _DATES, _DATE_HINTS):
        for match in twin_finditer(pattern, text, twin):
            if pattern is _FOREIGN_CUED_DOTTED:
                low = max(0, match.start() - 8)
                if _FOREIGN_ON_BEFORE.search(text, low, match.start()):
                    yield match.start(), match.end("day"), Kind.DATE
                elif match.group("dot") and _GERMAN_ON_BEFORE.search(text, low, match.start()):
                    yield match.start(), match.end(), Kind.DATE
            elif "day" in pattern.groupindex:
                first, dash, second = match.group("day").partition("-")
                if (
                    dash and first.isdigit() and second.isdigit() and int(first) < int(second)
                ):  # "on 3-4 occasions": a count, not the 3rd of April
                    continue
                if _EVERY_BEFORE.search(text, max(0, match.start("day") - 8), match.start("day")):
                    continue  # "sends money home every 15th and 30th": a day of every month
                yield match.start("day"), match.end("day"), Kind.DATE
            elif (
                pattern in _NUMERIC_DATES
                and match.group(0) in _RATINGS
                and not _DATE_CUE_BEFORE.search(text, max(0, match.start() - 12), match.start())
            ):
                continue  # "u know who u are. 10/10": a rating
            elif (
                _a_share(match.group(0))
                and _OF_AFTER.match(text, match.end())
                and not _DATE_CUE_BEFORE.search(text, max(0, match.start() - 12), match.start())
            ):
                continue  # "3/4 of the girls", "2/3 of them": a share, not the 3rd of April
            elif pattern in _NUMERIC_DATES and _COUNTED_BEFORE.search(
                text, max(0, match.start() - 14), match.start()
            ):
                continue  # "Screenshot 2/3", "page 1/2": one of several
            elif (
                _SCORE.fullmatch(match.group(0))
                and not _DATE_CUE_BEFORE.search(text, max(0, match.start() - 12), match.start())
                and (
                    _SCORED_BEFORE.search(text, max(0, match.start() - 40), match.start())
                    or _STARS_AFTER.match(text, match.end())
                )
            ):
                continue  # "pain 7/10": a score, not the 7th of October
            elif _SHORTHAND.fullmatch(match.group(0)) and (
                _SHORTHAND_BEFORE.search(text, max(0, match.start() - 14), match.start())
                or _SHORTHAND_AFTER.match(text, match.end())
            ):
                continue  # "abdo pain for 3/7": three days, not the 3rd of July
            elif pattern in _NUMERIC_DATES:  # "Mon 30/11": the weekday goes with the numbers
                weekday = _WEEKDAY_BEFORE.search(text, max(0, match.start() - 12), match.start())
                yield (weekday.start() if weekday else match.start()), match.end(), Kind.DATE
            else:
                yield match.start(), _range_end(text, match.end()), Kind.DATE
    # after the English forms, which take their weekday along ("Wednesday 2 December")
    yield from foreign_date_spans(text)


# Hours written in Chinese numerals (no digit needed), with a cheap test. (Not Thai: written
# without spaces, "ตีสาม" (3am) is also the start of "ตีสามี" (hit her husband).)
_SCRIPT_TIMES: tuple[tuple[re.Pattern[str], str], ...] = (
    # "凌晨两点", "晚上十一点半": Chinese numerals only after a part of the day ("一点" alone is "a bit")
    (
        re.compile(
            # (Cantonese too: "夜晚十一點半", "朝早", "晏晝"; "今晚"/"昨晚", tonight and last night)
            r"(?:凌晨|早上|上午|中午|下午|晚上|半夜|夜里|夜裡|夜晚|深夜|傍晚|朝早|晏晝|今晚|昨晚)"
            r"[一二两兩三四五六七八九十]{1,3}[点點時时]"
            r"(?:[一二三四五六七八九十]{1,3}分|半)?"
        ),
        "点點時时",
    ),
)
# Thai: "ห้าทุ่ม" (eleven at night), "ตอนสองทุ่มครึ่ง": the evening's hours counted in "ทุ่ม" (not
# "ทุ่มเท", to devote)
_SCRIPT_TIMES = (
    *_SCRIPT_TIMES,
    (re.compile(r"(?:(?:ตอน|เวลา)\s*)?(?:หนึ่ง|สอง|สาม|สี่|ห้า)\s*ทุ่ม(?:ครึ่ง)?(?!เท)"), "ท"),
)
_CJK_NUMERAL_DATE = re.compile(
    r"[一二三四五六七八九十]{1,3}月(?:[一二三四五六七八九十]{1,3}|\d{1,2})[日号號]"
)
_UNCUED_PART = _SPELLED_TIMES[-3]
_UNCUED_RELATIVE = _SPELLED_TIMES[-2]
# What before an hour and "last night" makes it a tally of the night or a number's last digit:
# "contacts: 4 tonight", "saw 3 last night", "girls out 5 tonight", "... one two three tonight"
_TALLY_BEFORE = re.compile(
    r"(?:[:=]|\b(?:contacts?|girls|women|men|clients|punters|seen|met|out|saw|visits?|calls?|texts?|packs?|"
    r"condoms|total|only|about|around|approx\.?|roughly|maybe|like|"
    # (or the digits of a number said before it: "... double oh one two three tonight")
    r"zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|double|triple|\d))\s*$",
    re.I,
)
# A spelled date needs a spelled ordinal; one of these is in each (tested before the patterns).
_ORDINAL_WORDS = (
    *("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"),
    *("tenth", "eleventh", "twelfth", "teenth", "tieth"),
)
# A word each spelled-time pattern needs, tested first (most notes have none of them).
_MINUTE_WORDS = ("thirty", "fifteen", "forty", "fifty", "twenty", " ten", " oh ")
# (a tuple: words of which the lower-cased note must hold one; or a regex, as in `_hinted`)
_SPELLED_NEEDS: tuple[re.Pattern[str] | tuple[str, ...], ...] = (
    ("midnight", "midnite"),
    ("half", "quarter"),
    ("past",),
    (" to ",),
    ("half", "hauf", "haff"),
    ("ish", "clock"),
    (" of the ",),
    (
        *("midnight", "midday", "noon", "meia-noite", "meio-dia", "medianoche", "mediod", "minuit", "midi"),
        *("mezzanotte", "mezzogiorno", "półno", "miezul"),
    ),
    ("back o",),
    re.compile(r"(?i:[eorxnt]\s*[ap]\.?m\b)"),  # (the last letter of an hour's word, then am/pm)
    ("night", "mornin", "afternoon", "evening", "the am", "the pm"),
    ("at ", "round", "about", "abt", "bout", "approx", "after", "before", "gone", "nearly", "almost", "@"),
    (
        "morning",
        "afternoon",
        "evening",
        "at night",
        "last night",
        "tonight",
        "this morning",
        "this afternoon",
        "this evening",
    ),
    ("til", "after", "before", "from", " by"),
    (" by ", "before ", " b4 "),
    ("from",),
    ("til",),
    ("day", "work", "open", "shift", "visiting"),
    ("midnight", "midnite", "midday", "noon"),
    _DIGIT_MERIDIEM,
    ("at 0", "@0", "@ 0"),
    _MINUTE_WORDS,
    _MINUTE_WORDS,
    ("mornin", "afternoon", "evening", "at night", "at nite", "the am", "the pm"),
    ("last night", "tonight", "this morning", "this afternoon", "this evening", "nite", "2nyt", "dis mornin"),
    ("and half", "and a half"),
)


# "she's about 12", "aged around 9", "there were about 3": an age or a count, not a clock time
_AGE_BEFORE = re.compile(
    r"(?:\bis|\bwas|['’]s|\baged|\bage|\blooks|\bof|\bbe|\bwere|\bhad|\btook|\bfor|\bgot)\s+$", re.I
)


# "Managers friendly except at one", "only at one of them": "one" after these is a pronoun
_PRONOUN_ONE_BEFORE = re.compile(r"\b(?i:except|but|only|not|even|apart\s+from|save)\s+$")


# "one or two in the evening", "take 2 in the morning", "the first 3 at night": a count or a dose
_COUNT_BEFORE = re.compile(
    r"(?:\b(?:or|and|to|than|of|the|every|for|first|last|next|take|takes|took|taking|had|has|have|gave|give|"
    r"given|with|about|around|x|do|does|did|sees|saw|see|only|just|another|other)|[-–/+x\d])\s*$",
    re.I,
)


def spelled_when_spans(text: str) -> Iterator[Found]:
    """Times and dates written without digits, or said the way people say them."""
    lowered = text.lower()
    twin = lower_case_twin(text)
    for pattern in _hinted(text, _SPELLED_TIMES, _SPELLED_NEEDS):
        for match in twin_finditer(pattern, text, twin):
            rough = "at" in pattern.groupindex and match.group("at") is None  # "about 3", not "at 3"
            if rough and _AGE_BEFORE.search(text, max(0, match.start() - 8), match.start()):
                continue
            if (
                "at" in pattern.groupindex
                and match.group("t").lower() == "one"
                and _PRONOUN_ONE_BEFORE.search(text, max(0, match.start() - 12), match.start())
            ):
                continue  # "friendly except at one": one of them, not one o'clock
            if pattern in (_UNCUED_PART, _UNCUED_RELATIVE) and _COUNT_BEFORE.search(
                text, max(0, match.start() - 10), match.start()
            ):
                continue
            if pattern is _UNCUED_RELATIVE and _TALLY_BEFORE.search(
                text, max(0, match.start() - 12), match.start()
            ):
                continue
            group = "t" if "t" in pattern.groupindex else 0
            yield _roughly(text, match.start(group)), match.end(group), Kind.TIME
    for start, end, kind in clock_variant_spans(text):  # ("around eleven thirty p m": the rough word too)
        yield _roughly(text, start), end, kind
    for pattern, letters in _SCRIPT_TIMES:
        if any(map(text.__contains__, letters)):
            for match in pattern.finditer(text):
                yield match.start(), match.end(), Kind.TIME
    if "月" in text:  # "十一月三號": a date in Chinese numerals
        for match in _CJK_NUMERAL_DATE.finditer(text):
            yield match.start(), match.end(), Kind.DATE
    if any(map(lowered.__contains__, _ORDINAL_WORDS)):
        for pattern in _SPELLED_DATES:
            for match in pattern.finditer(text):
                yield match.start("day"), match.end("day"), Kind.DATE
