"""Dates in the languages of the communities served (the English forms: `scrubbing.times`).

Months and weekdays come from CLDR (through Babel, once, into resources/dates/) for every
language listed, as written and as typed without accents ("sábado 28 de noviembre", "3 grudnia",
"5 decembrie", "sobota 12.12"), with the weekday as "on Saturday" declines it ("w sobotę 28
listopada"); Chinese "12月3日", Thai "3 ธันวาคม", Portuguese and Spanish "dia 28".
"""

from __future__ import annotations

from collections.abc import Iterator

from outreach_app.domain.resources import resource_path
from outreach_app.domain.scrubbing import lazy_re as re
from outreach_app.domain.scrubbing.spans import Kind, word_set

Found = tuple[int, int, Kind]

DAY_OF_MONTH = r"(?:0?[1-9]|[12]\d|3[01])"
_DAY = DAY_OF_MONTH


def _calendar_words(name: str) -> frozenset[str]:
    """Months or weekdays in the languages of the communities served, from CLDR, as written and
    as typed without accents: "sábado 28 de noviembre", "3 grudnia", "5 decembrie", "12 de
    novembro". Generated once into resources/dates/ by its make_calendar_words.py (reading CLDR
    through Babel at import cost every process half a CPU-second; a test rebuilds the files)."""
    return word_set(resource_path("dates", name).read_text(encoding="utf-8"))


_FOREIGN_MONTHS = _calendar_words("foreign_months.txt") | word_set(
    # ... and the months as Somali and Kurmanji speakers write them, which CLDR does not list
    # ("14 Maarso"; "14ê Adarê", the month declined with its "ê")
    """janaayo febraayo maarso abriil maajo juun luulyo agoosto sebtembar oktoobar nofembar desembar
    kanûn kanun sibat adar nîsan nisan gulan hezîran heziran tîrmeh tirmeh tebax îlon ilon cotmeh mijdar
    berfanbar"""
    # ... and the Latvian months in the locative, as a date says them ("3. novembrī"), as written
    # and as typed without accents
    """janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī oktobrī novembrī decembrī
    janvari februari marta aprili maija junija julija augusta septembri oktobri novembri decembri"""
    # ... and the Welsh, Swahili, Bengali and Persian names of the months, which the CLDR locales
    # listed do not hold ("5 Rhagfyr", "5 Desemba", "5 ডিসেম্বর", "۵ دسامبر")
    """ionawr chwefror ebrill mehefin gorffennaf awst medi hydref tachwedd rhagfyr
    januari februari machi aprili mei juni julai agosti septemba oktoba novemba desemba
    জানুয়ারি ফেব্রুয়ারি মার্চ এপ্রিল জুন জুলাই আগস্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর
    ژانویه فوریه مارس آوریل ژوئن ژوئیه اوت سپتامبر اکتبر نوامبر دسامبر"""
)
# ... and the weekdays as "on Saturday" declines them, which CLDR does not list: Polish "w
# sobotę", "w środę", "w niedzielę"; Czech and Slovak "v sobotu", "ve středu", "v neděli"; Russian,
# Ukrainian and Bulgarian "в субботу", "в среду", "в пятницу", "в неделю"
_WEEKDAY_CASES = word_set(
    """środę srode sobotę sobote niedzielę niedziele středu stredu sobotu neděli nedeli nedeľu nedelu
    среду субботу пятницу неделю середу суботу пʼятницю неділю"""
)
# (less the short forms that are English words or names: "had sex 2 times", "Sam 21 said", "will
# cum 2 drop", "die 2 of them")
_ENGLISH_LOOKALIKES = word_set(
    "cum sex sam die dim dom pet pre sal ven vin mer ned sob ter qua qui seg sab mar sri"
)
_FOREIGN_WEEKDAYS = (_calendar_words("foreign_weekdays.txt") | _WEEKDAY_CASES) - _ENGLISH_LOOKALIKES
# The word for "on" before such a weekday goes with the date: "w sobotę 28 listopada"
# (and the Albanian article that is part of a weekday's name: "e shtunë 5 dhjetor")
_ON_BEFORE = re.compile(r"(?<!\w)(?i:w|we|v|ve|в|во|на|na|e)\s+$")
# A day and a word that may be a month, looked up in the set above (one regex of hundreds of
# alternatives would cost every note a slow scan).
_DAY_AND_WORD = re.compile(
    # ("5-го декабря": the Russian and Ukrainian ordinal's ending)
    rf"(?<![\w/.])(?P<day>{_DAY})(?:\.|ê|-(?:го|ого|е|ге))?\s+(?:de\s+)?(?P<month>[^\W\d_]{{3,}})\.?(?!\w)"
    r"(?P<year>,?\s+(?:de\s+)?(?:19|20)\d{2}(?!\d))?",
    re.IGNORECASE,
)
# "sábado 28", "el 28": a weekday before the day goes with the date
_WORD_BEFORE = re.compile(r"(?P<word>[^\W\d_]+),?\s+(?:(?i:el|o|a|le|il)\s+)?$")


# "sábado 28", "sobota 28": a weekday of another language and a day (the word looked up as above)
_WORD_AND_DAY = re.compile(
    # ("quinta-feira 19": a weekday of two words joined; "w sobotę 14-go": the Polish ordinal's ending)
    rf"(?<![\w/.-])(?P<word>[^\W\d_]{{3,}}(?:-[^\W\d_]{{3,}})?),?\s+(?:(?i:el|o|a|le|il|dia|den)\s+)?{_DAY}"
    r"(?:-(?:go|ego)(?!\w))?"
    # ("sobota 12.12": with a dotted month too, and the dot after it as Czech and Slovak write
    # it: "sobota 12.12.")
    r"(?:\.(?:1[0-2]|0?[1-9])(?:\.(?:\d{4}|\d{2}))?\.?(?![\d.])"
    r"|(?:\.|[ºª])?(?![\d:]|[.,]\d|\s*(?i:am|pm|h|hrs?|uhr|godz)\b))"
)


# Hungarian: the month first and the day with its dot or its "on" ending: "március 4.",
# "december 3-án" (without them a month and a number is too often something else)
# (the dotted day is looked for first and the word before it then: a pattern that begins with a
# word would be tried at every letter of every note)
# (and Lithuanian's "d." for "diena", day: "lapkričio 3 d.")
_DOTTED_DAY = re.compile(rf"(?<=\s){_DAY}(?:\.(?!\d)|-(?:án|én|an|en|ján|jén|jan|jen)(?!\w)|\s+d\.(?!\w))")
_MONTH_BEFORE = re.compile(r"(?<![\w/.])(?P<month>[^\W\d_]{3,})\s+$")


def _a_month(word: str) -> bool:
    word = word.lower()
    return word in _FOREIGN_MONTHS or (word.endswith("ê") and word[:-1] in _FOREIGN_MONTHS)


def _cldr_dates(text: str) -> Iterator[Found]:
    """ "sábado 28 de noviembre", "3 grudnia", "5 decembrie" (month names from CLDR)."""
    for match in _DOTTED_DAY.finditer(text):
        month = _MONTH_BEFORE.search(text, max(0, match.start() - 20), match.start())
        if month is not None and month.group("month").lower() in _FOREIGN_MONTHS:
            yield month.start(), match.end(), Kind.DATE
    for match in _DAY_AND_WORD.finditer(text):
        if not _a_month(match.group("month")):
            continue
        start = match.start()
        before = _WORD_BEFORE.search(text, max(0, start - 30), start)
        if before is not None and before.group("word").lower() in _FOREIGN_WEEKDAYS:
            start = before.start()
            on = _ON_BEFORE.search(text, max(0, start - 4), start)
            start = on.start() if on is not None else start
        yield start, match.end(), Kind.DATE
    words = _FOREIGN_WEEKDAYS.intersection(text.lower().replace(",", " ").split())
    for match in _WORD_AND_DAY.finditer(text) if words else ():
        if match.group("word").lower() in words:
            yield match.start(), match.end(), Kind.DATE


# 12月3日, 2026年12月3日
_CJK_DATE = re.compile(r"(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}[日号號]|(?<!\d)\d{1,2}월\s*\d{1,2}일")
# Thai: "3 ธันวาคม (2569)", "วันที่ 3 ธ.ค." (Thai letters carry combining vowels, so the month is
# named here, not found as a word as the other languages' are)
_THAI_MONTHS = (
    "มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม|"
    r"ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.|ต\.ค\.|พ\.ย\.|ธ\.ค\."
)
_THAI_DATE = re.compile(
    rf"(?:วันที่\s*)?(?<!\d)(?:0?[1-9]|[12]\d|3[01])\s*(?:{_THAI_MONTHS})(?:\s*(?:25|20)\d\d)?"
)
# Portuguese and Spanish: "dia 28", "el día 3" (a day of the month)
_DIA_DAY = re.compile(
    rf"\b(?:dia|día)\s+{_DAY}(?![\d:]|[.,]\d|\s*(?:h|hrs?|horas|am|pm|°)\b)(?!\s+(?:de\s+)?(?:trabalho|trabajo))",
    re.I,
)


# Arabic: "الخميس ٣ ديسمبر", "3 كانون الأول" (the weekday before the day goes too; digits either
# Western or Arabic-Indic; months as Egypt and the Gulf name them, and as the Levant and Iraq do)
_ARABIC_MONTHS = (
    "يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|"
    "كانون الثاني|شباط|آذار|اذار|نيسان|أيار|ايار|حزيران|تموز|آب|أيلول|ايلول|تشرين الأول|تشرين الاول|"
    "تشرين الثاني|كانون الأول|كانون الاول"
)
_ARABIC_DATE = re.compile(
    r"(?:(?:يوم\s+)?(?:الأحد|الاحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت)،?\s+)?"
    rf"(?<![\d٠-٩])(?:[0-3]?[0-9]|[٠-٣]?[٠-٩])\s+(?:{_ARABIC_MONTHS})(?!\w)"
)


# Welsh: a day with its Welsh ordinal ending (16eg, 1af, 3ydd, 21ain) after "Dydd" and the weekday,
# or after "ar y" (on the): "Dydd Llun 16eg", "ar y 3ydd"
# ("nos Fawrth 3ydd": the night of, with the weekday mutated after "nos"; the month may follow:
# "dydd Sadwrn 5ed Rhagfyr")
_WELSH_DATE = re.compile(
    r"(?<!\w)(?:(?i:dydd)\s+(?:Llun|Mawrth|Mercher|Iau|Gwener|Sadwrn|Sul|llun|mawrth|mercher|iau|gwener|sadwrn|sul)"
    r"|(?i:nos)\s+(?:Lun|Fawrth|Fercher|Iau|Wener|Sadwrn|Sul|lun|fawrth|fercher|iau|wener|sadwrn|sul)"
    r"|(?i:ar\s+y))\s+(?:0?[1-9]|[12]\d|3[01])(?:af|il|ydd|ed|fed|eg|ain)(?!\w)"
    r"(?:\s+(?:Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr)(?!\w))?"
)


# (looked for in C, not letter by letter in Python: every note passes here)
_ARABIC_LETTER = re.compile("[\u0600-\u06ff]")
_THAI_LETTER = re.compile("[\u0e00-\u0e7f]")


# Nepali (Bikram Sambat) and Hindi months in Devanagari, with the day before or after them: "मंसिर
# १८" (read with plain digits: "मंसिर 18"), "18 दिसंबर"
_DEVANAGARI_MONTH = (
    r"(?:बैशाख|वैशाख|जेठ|असार|साउन|श्रावण|भदौ|असोज|कार्तिक|कात्तिक|मंसिर|मङ्सिर|पुस|पौष|माघ|फागुन|चैत|"
    r"जनवरी|फ़रवरी|फरवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|अक्टूबर|नवंबर|नवम्बर|दिसंबर|दिसम्बर)"
)
_DEVANAGARI_DATE = re.compile(
    rf"{_DEVANAGARI_MONTH}\s*{_DAY}(?!\d)(?:\s*(?:गते|तारीख))?|(?<!\d){_DAY}\s*(?:गते\s*)?{_DEVANAGARI_MONTH}"
)
_DEVANAGARI_LETTER = re.compile("[\u0900-\u097f]")
# Bengali months (the vowel signs are no word characters to `_DAY_AND_WORD`): "5 ডিসেম্বর"
_BENGALI_DATE = re.compile(
    rf"(?<!\d){_DAY}\s*(?:জানুয়ারি|ফেব্রুয়ারি|মার্চ|এপ্রিল|মে|জুন|জুলাই|আগস্ট|সেপ্টেম্বর|অক্টোবর|নভেম্বর|ডিসেম্বর)"
    r"(?![\u0980-\u09ff])"
)
_BENGALI_LETTER = re.compile("[\u0980-\u09ff]")


def _script_dates(text: str) -> Iterator[Found]:
    for letters, pattern in (
        (_ARABIC_LETTER, _ARABIC_DATE),
        (_DEVANAGARI_LETTER, _DEVANAGARI_DATE),
        (_BENGALI_LETTER, _BENGALI_DATE),
        (_THAI_LETTER, _THAI_DATE),
    ):
        if letters.search(text):
            for match in pattern.finditer(text):
                yield match.start(), match.end(), Kind.DATE
    if "月" in text or "월" in text:  # (and Korean: "12월 5일")
        for match in _CJK_DATE.finditer(text):
            yield match.start(), match.end(), Kind.DATE


def foreign_date_spans(text: str) -> Iterator[Found]:
    yield from _cldr_dates(text)
    if not text.isascii():  # (the scripts' dates: most notes are plain ASCII, a test in C)
        yield from _script_dates(text)
    lowered = text.lower()
    if "dydd" in lowered or "ar y" in lowered or "nos " in lowered:
        for match in _WELSH_DATE.finditer(text):
            yield match.start(), match.end(), Kind.DATE
    if "dia" in lowered or "día" in lowered:
        for match in _DIA_DAY.finditer(text):
            yield match.start(), match.end(), Kind.DATE
