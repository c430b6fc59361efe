"""The public pages, as plain HTML: the alert a message links to, sign-up, confirmation,
unsubscribe and region change.

Made for a phone (readable at 390×844), with no script, no image, no font or stylesheet
from anywhere (one inline style block, allowed by its hash in the page's CSP), no cookie
and no analytics: opening a page tells nobody but the server, which logs no request.
Every text is HTML-escaped. Every page is in one language of the warnings catalogs
(catalog.py), given by the caller: the subscriber's, the one a link carries, or the one the
browser prefers.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable, Mapping
from html import escape
from typing import Any

from outreach_app.server.notify import catalog
from outreach_app.server.notify.catalog import text as t

STYLE = (
    "body{font:18px/1.5 system-ui,sans-serif;margin:0;padding:16px;color:#111;background:#fff}"
    "main{max-width:36rem;margin:auto}h1{font-size:1.4rem;line-height:1.25}h2{font-size:1.1rem}"
    "label{display:block;margin:.6rem 0}input[type=text],select{font-size:1rem;width:100%;"
    "padding:.5rem;box-sizing:border-box}button{font-size:1.05rem;padding:.7rem 1.2rem;margin-top:1rem}"
    ".meta{color:#444;font-size:.95rem}ul{padding-left:1.2rem}"
    ".box{border-left:4px solid #b00;padding-left:.8rem}"
)
_STYLE_HASH = base64.b64encode(hashlib.sha256(STYLE.encode()).digest()).decode()
CSP = (
    f"default-src 'none'; style-src 'sha256-{_STYLE_HASH}'; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)


def page(title: str, body: str, lang: str = catalog.SOURCE_LANGUAGE) -> str:
    return (
        f'<!doctype html><html lang="{escape(catalog.html_lang(lang))}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        '<meta name="referrer" content="no-referrer"><meta name="robots" content="noindex">'
        f"<title>{escape(title)}</title><style>{STYLE}</style></head>"
        f"<body><main>{body}</main></body></html>"
    )


def _list(items: Iterable[Any]) -> str:
    return "".join(f"<li>{escape(str(item))}</li>" for item in items)


def _words(value: Any) -> str:
    return ", ".join(str(v) for v in value) if isinstance(value, list) else str(value)


def _person(entry: Any) -> str:
    if isinstance(entry, Mapping):
        return "; ".join(
            f"{k.replace('_', ' ')}: {_words(v)}" for k, v in entry.items() if v not in (None, "", [])
        )
    return str(entry)


def alert_page(content: Mapping[str, Any], lang: str = catalog.SOURCE_LANGUAGE) -> str:
    """The alert as the desk wrote it (its own language), framed in the reader's."""
    parts = [f"<h1>{escape(str(content.get('title', '')))}</h1>"]
    parts.append('<div class="box">')
    for line in str(content.get("body", "")).splitlines():
        parts.append(f"<p>{escape(line)}</p>")
    parts.append("</div>")
    perpetrators = [_person(p) for p in content.get("perpetrators", [])]
    if perpetrators:
        parts.append(f"<h2>{escape(t('page.alert.who', lang))}</h2><ul>{_list(perpetrators)}</ul>")
    vehicles = [_person(v) for v in content.get("vehicles", [])]
    if vehicles:
        parts.append(f"<h2>{escape(t('page.alert.vehicles', lang))}</h2><ul>{_list(vehicles)}</ul>")
    dates = t(
        "page.alert.dates",
        lang,
        issued=str(content.get("issued_on", "")),
        expires=str(content.get("expires_on", "")),
    )
    parts.append(f'<p class="meta">{escape(dates)}</p>')
    return page(t("page.alert.title", lang), "".join(parts), lang)


def gone_page(lang: str = catalog.SOURCE_LANGUAGE) -> str:
    return message_page(t("page.gone.title", lang), t("page.gone.text", lang), lang)


def message_page(title: str, text: str, lang: str = catalog.SOURCE_LANGUAGE) -> str:
    return page(title, f"<h1>{escape(title)}</h1><p>{escape(text)}</p>", lang)


def keyed_page(key: str, lang: str) -> str:
    """A message page from the catalog: `key`.title and `key`.text."""
    return message_page(t(f"{key}.title", lang), t(f"{key}.text", lang), lang)


def button_page(key: str, lang: str = catalog.SOURCE_LANGUAGE) -> str:
    """A page whose action needs a press (a link scanner opening the link changes nothing):
    `key`.title, `key`.text and `key`.button from the catalog."""
    title = t(f"{key}.title", lang)
    return page(
        title,
        f"<h1>{escape(title)}</h1><p>{escape(t(f'{key}.text', lang))}</p>"
        f'<form method="post"><button>{escape(t(f"{key}.button", lang))}</button></form>',
        lang,
    )


def _region_boxes(regions: Iterable[tuple[str, str]], chosen: Iterable[str]) -> str:
    picked = set(chosen)
    return "".join(
        f'<label><input type="checkbox" name="regions" value="{escape(rid)}"'
        f"{' checked' if rid in picked else ''}> {escape(name)}</label>"
        for rid, name in regions
    )


def regions_page(
    regions: Iterable[tuple[str, str]], chosen: Iterable[str], lang: str = catalog.SOURCE_LANGUAGE
) -> str:
    title = t("page.regions.title", lang)
    return page(
        title,
        f'<h1>{escape(title)}</h1><form method="post">'
        f"{_region_boxes(regions, chosen)}<button>{escape(t('page.regions.save', lang))}</button></form>",
        lang,
    )


def _channel_name(channel: str, lang: str) -> str:
    key = f"channel.{channel}"
    return t(key, lang) if key in catalog.texts(catalog.SOURCE_LANGUAGE) else channel.capitalize()


def signup_page(
    regions: Iterable[tuple[str, str]],
    channels: Iterable[str],
    error: str = "",
    lang: str = catalog.SOURCE_LANGUAGE,
) -> str:
    options = "".join(
        f'<option value="{escape(c)}">{escape(_channel_name(c, lang))}</option>' for c in channels
    )
    languages = "".join(
        f'<option value="{escape(code)}"{" selected" if code == lang else ""}>{escape(name)}</option>'
        for code, name in catalog.language_options()
    )
    notice = f'<p class="box">{escape(error)}</p>' if error else ""
    title = t("page.join.title", lang)
    return page(
        title,
        f"<h1>{escape(title)}</h1><p>{escape(t('page.join.intro', lang))}</p>"
        f'{notice}<form method="post">'
        f'<label>{escape(t("page.join.channel", lang))} <select name="channel">{options}</select></label>'
        f"<label>{escape(t('page.join.address', lang))}"
        ' <input type="text" name="address" autocomplete="off" required></label>'
        f"<fieldset><legend>{escape(t('page.join.areas', lang))}</legend>"
        f"{_region_boxes(regions, ())}</fieldset>"
        f'<label>{escape(t("page.join.language", lang))} <select name="language">{languages}</select></label>'
        '<label><input type="checkbox" name="discreet" value="on" checked>'
        f" {escape(t('page.join.discreet', lang))}</label>"
        '<label><input type="checkbox" name="consent" value="on" required>'
        f" {escape(t('page.join.consent', lang))}</label>"
        f"<button>{escape(t('page.join.button', lang))}</button></form>",
        lang,
    )
