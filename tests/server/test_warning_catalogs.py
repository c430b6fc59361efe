"""The warnings catalogs (outreach_app/server/notify/texts/, issue 23): every language complete with
the same placeholders, drafts marked as drafts, the reply words kept, discreet wording kept
discreet, every text used by the code present, and what an SMS costs per language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from outreach_app.server.notify import catalog, sms_length
from outreach_app.server.notify.templates import Template, render

ROOT = Path(__file__).resolve().parents[2]
BASE = "https://w.charity.example"  # 26 characters: a short public_base_url
LINKS = {  # real lengths: an 11-character page code, 38-character link tokens
    "link": f"{BASE}/a/AbCdEfGhIjK",
    "unsubscribe": f"{BASE}/u/" + "t" * 38,
    "regions": f"{BASE}/r/" + "t" * 38,
    "confirm": f"{BASE}/c/" + "t" * 38,
    "title": "Man in a silver car near the station",
}


def test_the_catalog_files_are_the_offered_languages() -> None:
    folder = catalog.catalog_file("en").parent
    assert {path.stem for path in folder.glob("*.po")} == set(catalog.TRANSLATED)
    assert catalog.catalog_file("en").is_file()


@pytest.mark.parametrize("lang", catalog.TRANSLATED)
def test_every_text_is_translated_with_the_same_placeholders_and_marked_drafted(lang: str) -> None:
    source = catalog.entries("en")
    translated = catalog.entries(lang)
    assert set(translated) == set(source) and len(source) >= 45
    for key, (english, _) in source.items():
        text = translated[key][1]
        assert text.strip(), f"{lang}: {key} is not translated"
        assert catalog.placeholders(text) == catalog.placeholders(english), f"{lang}: {key}"
        for word in ("STOP", "YES"):  # the webhook and gateways understand only these
            assert (word in english) == (word in text), f"{lang}: {key} must keep {word}"
    assert catalog.review(lang) == "drafted"


@pytest.mark.parametrize("lang", catalog.LANGUAGES)
def test_discreet_wording_never_uses_the_languages_own_words_for_an_alert(lang: str) -> None:
    plain = catalog.text("subject.plain", lang)  # "Safety alert" in that language
    words = [w for w in re.split(r"\W+", plain.casefold()) if len(w) > 3] or [plain.casefold()]
    for key in ("message.alert_discreet", "subject.discreet"):
        discreet = catalog.text(key, lang).casefold()
        assert not any(word in discreet for word in words), f"{lang}: {key} gives the subject away"


def test_every_catalog_key_the_code_asks_for_exists() -> None:
    used: set[str] = set()
    for path in (ROOT / "outreach_app" / "server").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        used |= set(re.findall(r"""\bt\(\s*f?["']((?:page|message|subject|channel)\.[a-z_.]+)["']""", text))
        used |= {
            f"{k}.{part}"
            for k in re.findall(r"""_page\(\s*["'](page\.[a-z_]+)["']""", text)
            for part in ("title", "text")
        }
    keys = set(catalog.entries("en"))
    assert used and used <= keys, sorted(used - keys)
    assert {f"message.{template.value}" for template in Template} <= keys


def test_sms_segments_per_language_stay_within_three_for_a_discreet_alert() -> None:
    table = []
    for lang in catalog.LANGUAGES:
        row = {template.value: sms_length.segments(render(template, lang, LINKS)) for template in Template}
        table.append((lang, row))
        encoding, count = row[Template.ALERT_DISCREET.value]
        assert count <= 3, f"{lang}: a discreet alert costs {count} segments"
        assert encoding == ("GSM-7" if lang == "en" else "UCS-2")
    english = dict(table)["en"]
    assert english[Template.ALERT_DISCREET.value] == ("GSM-7", 1)
    for lang, row in table:
        print(lang, {name: f"{enc} {n}" for name, (enc, n) in row.items()})


def test_gsm7_and_ucs2_segment_arithmetic() -> None:
    assert sms_length.segments("a" * 160) == ("GSM-7", 1)
    assert sms_length.segments("a" * 161) == ("GSM-7", 2)
    assert sms_length.segments("€" * 80) == ("GSM-7", 1)  # the extension table counts twice
    assert sms_length.segments("€" * 81) == ("GSM-7", 2)
    assert sms_length.segments("ș" * 70) == ("UCS-2", 1)
    assert sms_length.segments("ș" * 71) == ("UCS-2", 2)
    assert sms_length.segments("ș" * 135) == ("UCS-2", 3)


def test_language_from_the_browser_and_by_its_own_name() -> None:
    assert catalog.negotiate("ro-RO,ro;q=0.9,en;q=0.8") == "ro"
    assert catalog.negotiate("pt-PT;q=0.9, de") == "pt_BR"
    assert catalog.negotiate("zh-CN") == "zh_Hans"
    assert catalog.negotiate("zh-TW") == "en"
    assert catalog.negotiate("de, fr;q=0.5") == "en"
    assert catalog.negotiate(None) == "en"
    names = dict(catalog.language_options())
    assert (names["ro"], names["th"], names["zh_Hans"]) == ("Română", "ไทย", "中文 (简体)")
