"""The person-facing catalogs (resources/texts/): complete, same placeholders, the person's
language resolved from what the worker recorded, dates and numbers in the reader's form, and
the device's zone from the system."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from outreach_app.domain import texts
from outreach_app.domain.device_zone import FALLBACK_ZONE, device_zone
from outreach_app.domain.enums import Purpose
from outreach_app.domain.locale_format import format_count, format_day, format_moment
from outreach_app.sharing.consent import explanation_text, purpose_explanations, slip_text


def test_every_catalog_file_is_a_declared_language_and_back() -> None:
    files = {path.stem for path in texts.texts_folder().glob("*.po")}
    assert files == set(texts.TRANSLATED_LANGUAGES)
    assert texts.catalog_file("en").is_file()


@pytest.mark.parametrize("lang", texts.TRANSLATED_LANGUAGES)
def test_every_source_string_is_translated_with_the_same_placeholders(lang: str) -> None:
    keys = texts.keys()
    assert len(keys) >= 29  # consent (4 purposes x 3 + labels), slip, handout
    for key in keys:
        source, translated = texts.raw_text(key, "en"), texts.raw_text(key, lang)
        assert translated.strip(), f"{lang}: {key} is not translated"
        assert texts.placeholders(translated) == texts.placeholders(source), f"{lang}: {key}"


@pytest.mark.parametrize("lang", texts.TRANSLATED_LANGUAGES)
def test_drafted_catalogs_say_so_and_need_the_not_reviewed_notice(lang: str) -> None:
    assert texts.review_status(lang) == "drafted"
    assert not texts.is_reviewed(lang)
    assert texts.text("consent.not_reviewed", lang) != texts.text("consent.not_reviewed")


def test_text_fills_placeholders_and_refuses_wrong_values() -> None:
    assert texts.text("handout.page", "pl", page="1", pages="3") == "Strona 1 z 3"
    with pytest.raises(texts.TextError):
        texts.text("handout.page", "pl", page="1")  # {pages} missing
    with pytest.raises(texts.TextError):
        texts.text("handout.none", "pl", area="x")  # takes none
    with pytest.raises(texts.TextError):
        texts.text("no.such.key", "pl")
    with pytest.raises(texts.TextError):
        texts.text("handout.none", "xx")


@pytest.mark.parametrize(
    ("recorded", "lang"),
    [
        ("", "en"),
        ("pl", "pl"),
        ("Polish", "pl"),
        ("polski", "pl"),
        ("pt-BR", "pt_BR"),
        ("pt", "pt_BR"),
        ("zh_CN", "zh_Hans"),
        ("中文", "zh_Hans"),
        ("Chinese", "zh_Hans"),
        ("română", "ro"),
        ("ไทย", "th"),
        ("Tiếng Việt", "vi"),
        ("shqip", "sq"),
        ("es_MX", "es"),
        ("български", "bg"),
        ("Hungarian", "hu"),
        ("Klingon", "en"),
        ("French", "en"),  # no catalog yet: English, not a guess
    ],
)
def test_the_recorded_preferred_language_picks_the_catalog(recorded: str, lang: str) -> None:
    assert texts.language_for(recorded) == lang


def test_consent_explanations_and_slip_come_in_the_persons_language() -> None:
    romanian = purpose_explanations("ro")
    assert romanian[Purpose.POLICE_INTELLIGENCE].title == "Informații anonime pentru poliție"
    assert purpose_explanations()[Purpose.ALERT].title == "Warn other sex workers (anonymous alert)"
    text = explanation_text([Purpose.STATISTICS], lang="es")
    assert text.startswith("Ser contado/a por la organización benéfica (estadísticas)\n  Qué se comparte: ")
    assert "Warn" not in text
    assert slip_text("7KQ2-MX9D-4HTB-0WZR", "zh_Hans").startswith("编号：7KQ2-MX9D-4HTB-0WZR\n")


@pytest.mark.parametrize(
    ("lang", "day", "count"),
    [
        ("en", "20 Nov 2026", "12,345"),
        ("pl", "20 lis 2026", "12\xa0345"),
        ("hu", "2026. nov. 20.", "12\xa0345"),
        ("zh_Hans", "2026年11月20日", "12,345"),
        ("pt_BR", "20 de nov. de 2026", "12.345"),
    ],
)
def test_dates_and_numbers_in_the_readers_form(lang: str, day: str, count: str) -> None:
    assert format_day(date(2026, 11, 20), lang) == day
    assert format_count(12345, lang) == count


def test_moments_are_shown_in_the_zone_given() -> None:
    noon_utc = datetime(2026, 7, 1, 12, 0, tzinfo=UTC)
    assert format_moment(noon_utc, "Europe/London") == "1 Jul 2026, 13:00:00"
    assert format_moment(noon_utc, "Asia/Bangkok") == "1 Jul 2026, 19:00:00"


def test_device_zone_is_the_systems_and_falls_back_when_unusable() -> None:
    assert device_zone(lambda: "Europe/Bucharest") == "Europe/Bucharest"
    assert device_zone(lambda: "America/Argentina/Buenos_Aires") == "America/Argentina/Buenos_Aires"
    assert device_zone(lambda: None) == FALLBACK_ZONE
    assert device_zone(lambda: "Not/AZone") == FALLBACK_ZONE

    def broken() -> str:
        raise LookupError("no zone configured")

    assert device_zone(broken) == FALLBACK_ZONE


def test_device_zone_reads_the_system_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    import tzlocal.unix

    monkeypatch.setenv("TZ", "Asia/Ho_Chi_Minh")
    monkeypatch.setattr(tzlocal.unix, "_cache_tz_name", None, raising=False)
    assert device_zone() == "Asia/Ho_Chi_Minh"


def test_the_statistics_consent_promises_monthly_numbers_only() -> None:
    """Protocol v2 sends statistics as monthly aggregates without injury: the explanation the
    person hears must not say "on this date" or "whether you were hurt"."""
    english = texts.text("consent.statistics.shares")
    assert "whole month" in english and "No date" in english
    assert "on this date" not in english and "hurt" not in english


@pytest.mark.parametrize("lang", texts.TRANSLATED_LANGUAGES)
def test_every_translation_was_made_from_the_current_english(lang: str) -> None:
    """A .po entry whose English (msgid) differs from texts.pot translates an older text."""
    from babel.messages.pofile import read_po

    def sources(lang: str) -> dict[str, object]:
        with texts.catalog_file(lang).open("rb") as handle:
            return {m.context: m.id for m in read_po(handle) if m.id and m.context}

    assert sources(lang) == sources("en")


@pytest.mark.parametrize(
    ("system", "lang"),
    [
        ("C", "en"),
        ("POSIX", "en"),
        ("en_US", "en"),
        ("en_GB", "en"),
        ("pl_PL", "pl"),
        ("pt_PT", "pt_BR"),
        ("zh_TW", "zh_Hans"),
        ("th_TH", "th"),
        ("fr_FR", "en"),
    ],
)
def test_a_system_locale_is_settled_without_the_table_of_language_names(system: str, lang: str) -> None:
    # the table loads CLDR data for every catalog (~0.2 s before the unlock screen could paint)
    texts._names.cache_clear()
    assert texts.language_for(system) == lang
    assert texts._names.cache_info().currsize == 0
