"""The public pages, as plain HTML: the alert a message links to, sign-up, confirmation,
unsubscribe and region change.

Made for a phone (readable at 390×844), with no script, no image, no font or stylesheet
from anywhere (one inline style block, allowed by its hash in the page's CSP), no cookie
and no analytics: opening a page tells nobody but the server, which logs no request.
Every text is HTML-escaped.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable, Mapping
from html import escape
from typing import Any

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


def page(title: str, body: str) -> str:
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
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


def alert_page(content: Mapping[str, Any]) -> str:
    parts = [f"<h1>{escape(str(content.get('title', '')))}</h1>"]
    parts.append('<div class="box">')
    for line in str(content.get("body", "")).splitlines():
        parts.append(f"<p>{escape(line)}</p>")
    parts.append("</div>")
    perpetrators = [_person(p) for p in content.get("perpetrators", [])]
    if perpetrators:
        parts.append(f"<h2>Who</h2><ul>{_list(perpetrators)}</ul>")
    vehicles = [_person(v) for v in content.get("vehicles", [])]
    if vehicles:
        parts.append(f"<h2>Vehicles</h2><ul>{_list(vehicles)}</ul>")
    parts.append(
        f'<p class="meta">Issued {escape(str(content.get("issued_on", "")))}, '
        f"valid until {escape(str(content.get('expires_on', '')))}.</p>"
    )
    return page("Update", "".join(parts))


def gone_page() -> str:
    return page("Not available", "<h1>Not available</h1><p>This update has ended or was taken back.</p>")


def message_page(title: str, text: str) -> str:
    return page(title, f"<h1>{escape(title)}</h1><p>{escape(text)}</p>")


def button_page(title: str, text: str, button: str) -> str:
    """A page whose action needs a press (a link scanner opening the link changes nothing)."""
    return page(
        title,
        f"<h1>{escape(title)}</h1><p>{escape(text)}</p>"
        f'<form method="post"><button>{escape(button)}</button></form>',
    )


def _region_boxes(regions: Iterable[tuple[str, str]], chosen: Iterable[str]) -> str:
    picked = set(chosen)
    return "".join(
        f'<label><input type="checkbox" name="regions" value="{escape(rid)}"'
        f"{' checked' if rid in picked else ''}> {escape(name)}</label>"
        for rid, name in regions
    )


def regions_page(regions: Iterable[tuple[str, str]], chosen: Iterable[str]) -> str:
    return page(
        "Your areas",
        '<h1>Your areas</h1><form method="post">'
        f"{_region_boxes(regions, chosen)}<button>Save</button></form>",
    )


def signup_page(regions: Iterable[tuple[str, str]], channels: Iterable[str], error: str = "") -> str:
    options = "".join(f'<option value="{escape(c)}">{escape(c.capitalize())}</option>' for c in channels)
    notice = f'<p class="box">{escape(error)}</p>' if error else ""
    return page(
        "Get updates",
        "<h1>Get updates</h1>"
        "<p>We send a short message when there is something you should know about in the areas you pick."
        " We keep only your contact, your areas, your language and the day you agreed,"
        " locked with a key. Reply STOP any time and it is deleted.</p>"
        f'{notice}<form method="post">'
        f'<label>Send by <select name="channel">{options}</select></label>'
        '<label>Number or address <input type="text" name="address" autocomplete="off" required></label>'
        f"<fieldset><legend>Areas</legend>{_region_boxes(regions, ())}</fieldset>"
        '<input type="hidden" name="language" value="en">'
        '<label><input type="checkbox" name="discreet" value="on" checked>'
        " Discreet wording (nothing on the lock screen gives it away)</label>"
        '<label><input type="checkbox" name="consent" value="on" required> I want these messages</label>'
        "<button>Sign up</button></form>",
    )
