"""Names in non-Latin script, told apart from prose written in that script.

A word of Cyrillic, Arabic, Thai or Chinese in an English note is almost always a name, and
is scrubbed as one. But notes are also written in those languages ("小美说 … 她很害怕",
"ليلى قالت إن الرجل …"), and scrubbing every word of such a sentence hides the account while
adding nothing to anonymity. So, within a run of non-Latin script:

- a stopword of the languages written in that script (the `stopwordsiso` lists: "and", "she",
  "said", "the", "not" …) is prose and stays;
- in a cased script (Cyrillic, Greek, Armenian) a word in lower case inside a sentence of that
  script is not a name;
- in Arabic, a word with the article "ال" inside Arabic prose is a noun ("the man"), not a name;
- Thai and Chinese are written without spaces: a run with no stopword (no function
  character) may be a name and goes ("王芳", "陈老板"); in a run of prose only the words before
  the first stopword (a clause starts with who: "小美很害怕", "นกไม่สบาย"), before "说" (says)
  or after "叫" (is called) or "我是" (I am) go.

Everything else in non-Latin script is still treated as a name (the issue's rule: a name we
cannot read must not leave), unless it is on the keep-list `resources/names/script_keep.tsv`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

import stopwordsiso

from outreach_app.domain.scrubbing.names import NON_LATIN_RUN
from outreach_app.domain.scrubbing.spans import word_set

# The languages whose stopwords count, for the scripts the communities served write in.
_LANGUAGES = (
    *("ar", "fa", "ur", "he", "ru", "uk", "bg", "el", "hy", "hi", "mr", "ne", "th", "zh", "ko", "ja"),
    *("gu", "bn"),  # (Gujarati and Bengali: the South Asian communities' other scripts)
)
# Chinese characters that start a nickname ("小美", "老王", "阿珍"), though also stopwords.
_CJK_NAME_PREFIXES = frozenset("小老阿")
_CJK = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_THAI = re.compile("[\u0e00-\u0e7f]")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f]")
# Arabic short vowels and tanween: "جداً" is the stopword "جدا".
_ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670]")
_CJK_SAYS = re.compile("说|讲|告诉|表示")
# ("我是小丽": I am Xiaoli, as a woman introduces herself; "名字是", the name is)
_CJK_CALLED = re.compile("(?:名叫|叫做|叫|我是|名字是)")
# Thai names with their honorific ("น้องแพร", "พี่แดง") are at most about eight characters.
_THAI_NAME_MAX = 9
_THAI_STOPWORD_MIN = 3  # shorter Thai stopwords occur inside names by chance


@lru_cache(maxsize=1)
def _stopwords() -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    """All stopwords; the one-character Chinese ones; the Thai ones long enough to look for."""
    languages = [lang for lang in _LANGUAGES if stopwordsiso.has_lang(lang)]
    words = frozenset(stopwordsiso.stopwords(languages))
    cjk_chars = frozenset(w for w in words if len(w) == 1 and _CJK.match(w)) - _CJK_NAME_PREFIXES
    thai = tuple(w for w in words if _THAI.match(w) and len(w) >= _THAI_STOPWORD_MIN)
    return words, cjk_chars, thai


def _cased(word: str) -> bool:
    return word.lower() != word.upper()


def _neighbour_is_script(text: str, start: int, end: int) -> bool:
    """Whether the word before or after (across spaces) is also non-Latin: prose, not a quote."""
    before = text[:start].rstrip()
    after = text[end:].lstrip()
    return bool(before and NON_LATIN_RUN.match(before[-1])) or bool(after and NON_LATIN_RUN.match(after[0]))


_SENTENCE_END = re.compile(r"[.!?;:](?=\s|$)|\n")
_SENTENCE_REACH = 60


def _in_script_sentence(text: str, start: int, end: int) -> bool:
    """Whether another word of non-Latin script stands in the same sentence, a few words away:
    "Дойдоха 4 жени, всички ок", "дойде на 14.02 вечерта" (a number or a comma between them)."""
    if _neighbour_is_script(text, start, end):
        return True
    low = max(0, start - _SENTENCE_REACH)
    before = text[low:start]
    stop = max((m.end() for m in _SENTENCE_END.finditer(before)), default=0)
    if NON_LATIN_RUN.search(before, stop):
        return True
    after = text[end : end + _SENTENCE_REACH]
    cut = _SENTENCE_END.search(after)
    return NON_LATIN_RUN.search(after, 0, cut.start() if cut else len(after)) is not None


def script_name_spans(text: str, keep: frozenset[str]) -> Iterator[tuple[int, int]]:
    """The spans of non-Latin script in `text` that may be names (see the module doc)."""
    stop, cjk_stop, thai_stop = _stopwords()
    for match in NON_LATIN_RUN.finditer(text):
        word, start, end = match.group(0), match.start(), match.end()
        if word in keep or word.lower() in keep:  # ("Привет, ..." starts a sentence)
            continue
        if _CJK.match(word) or _THAI.match(word):
            # (a run's first words kept as a word: "老板不给钱", the boss does not pay)
            cjk = _CJK.match(word) is not None
            found = _cjk_names(word, start, cjk_stop) if cjk else _thai_names(word, start, thai_stop)
            thai_kept = () if cjk else _thai_keep(keep)
            yield from (
                (s, e) for s, e in found if text[s:e] not in keep and not text[s:e].startswith(thai_kept)
            )
        else:
            bare = unicodedata.normalize("NFC", _ARABIC_MARKS.sub("", word))
            if bare.lower() in stop:
                continue
            if _cased(word) and word[0].islower() and _in_script_sentence(text, start, end):
                continue  # lower case inside a sentence of Cyrillic or Greek: not a name
            if (
                _ARABIC.match(word)
                and _neighbour_is_script(text, start, end)
                and _arabic_prose_word(text, start, bare)
            ):
                continue
            yield start, end


# Arabic personal pronouns and negations: the word after one is a predicate or a verb ("هي
# خائفة", she is scared; "لا توجد", there is not), not a name.
_ARABIC_BEFORE_PREDICATE = word_set("هي هو هم هن أنا انا نحن أنت انت لا لم لن ليس ليست")
# Attached pronouns ("سفرها", her passport; "بيتهم", their house) on a word long enough that the
# ending is not part of a short name ("مها", Maha).
_ARABIC_POSSESSIVE = ("ها", "هم", "هن", "كم", "نا")
_ARABIC_POSSESSIVE_MIN = 5


def _arabic_prose_word(text: str, start: int, bare: str) -> bool:
    """A word of Arabic prose that is not a name: a noun with the article ("الرجل"), a word
    with an attached pronoun ("سفرها", her passport), or the word after a pronoun or a negation
    ("هي خائفة", she is scared). A name after a verb ("قالت ليلى", said Layla) or a noun ("الرجل
    محمد", the man Muhammad) still goes."""
    if bare.startswith("ال"):
        return True
    if len(bare) >= _ARABIC_POSSESSIVE_MIN and bare.endswith(_ARABIC_POSSESSIVE):
        return True
    before = text[max(0, start - 30) : start].rstrip().rsplit(None, 1)
    return (
        bool(before)
        and unicodedata.normalize("NFC", _ARABIC_MARKS.sub("", before[-1])) in _ARABIC_BEFORE_PREDICATE
    )


@lru_cache(maxsize=4)
def _thai_keep(keep: frozenset[str]) -> tuple[str, ...]:
    """The Thai words of the keep-list long enough to stand at the start of a run's first words
    and make them prose ("ผู้ชายคนนั้น", that man; "ร้านนี้", this shop), not a name."""
    return tuple(w for w in keep if _THAI.match(w) and len(w) >= _THAI_STOPWORD_MIN)


def _thai_names(run: str, offset: int, stopwords: tuple[str, ...]) -> Iterator[tuple[int, int]]:
    first = min((i for i in (run.find(w) for w in stopwords) if i >= 0), default=-1)
    if first < 0:
        if len(run) < _THAI_NAME_MAX:
            yield offset, offset + len(run)
    elif 2 <= first < _THAI_NAME_MAX:  # "นกไม่สบาย" (Nok is unwell): a clause starts with who
        yield offset, offset + first


def _cjk_names(run: str, offset: int, stop_chars: frozenset[str]) -> Iterator[tuple[int, int]]:
    first = next((i for i, c in enumerate(run) if c in stop_chars), -1)
    if len(run) == 1:  # one character alone ("高", tall): Chinese names have two or three
        return
    if first < 0:  # no function character at all: unread, it may be a name
        yield offset, offset + len(run)
        return
    says = _CJK_SAYS.search(run)
    if says is not None and 2 <= says.start() <= 3:  # "小美说…": who says it
        yield offset, offset + says.start()
    elif 2 <= first <= 3:  # "小美很害怕" (Xiaomei is very scared): a clause starts with who
        yield offset, offset + first
    for called in _CJK_CALLED.finditer(run):  # "她叫丽丽": what she is called
        name_end = called.end()
        while name_end < len(run) and name_end - called.end() < 3 and run[name_end] not in stop_chars:
            name_end += 1
        if name_end - called.end() >= 2:
            yield offset + called.end(), offset + name_end
