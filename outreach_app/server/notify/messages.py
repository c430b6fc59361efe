"""One message, composed: the gateway URL for its recipient and the text in their language,
with the links every message carries (unsubscribe; the alert page; region changes)."""

from __future__ import annotations

from dataclasses import dataclass

from outreach_app.server.db.deliveries import Claimed
from outreach_app.server.db.subscriptions import Subscription
from outreach_app.server.notify.channels import Channel
from outreach_app.server.notify.config import NotifyConfig
from outreach_app.server.notify.keys import SubscriberKeys
from outreach_app.server.notify.templates import DEFAULT_LANGUAGE, Template, render, subject

# Public paths (api/routes/warning_pages.py): short, and saying nothing about what they are.
ALERT_PAGE = "/a/{code}"
UNSUBSCRIBE_PAGE = "/u/{token}"
REGIONS_PAGE = "/r/{token}"
CONFIRM_PAGE = "/c/{token}"


@dataclass(frozen=True)
class Message:
    channel: Channel
    url: str
    title: str
    body: str


def links(config: NotifyConfig, keys: SubscriberKeys, subscriber_id: str) -> dict[str, str]:
    return {
        "unsubscribe": config.link(UNSUBSCRIBE_PAGE.format(token=keys.token("u", subscriber_id))),
        "regions": config.link(REGIONS_PAGE.format(token=keys.token("r", subscriber_id))),
        "confirm": config.link(CONFIRM_PAGE.format(token=keys.token("c", subscriber_id))),
    }


def compose(
    config: NotifyConfig, keys: SubscriberKeys, row: Claimed, who: Subscription, title: str, code: str
) -> Message:
    values = links(config, keys, row.subscriber_id)
    values["title"] = title
    # The alert page is the same for everyone; the link names the reader's language (English: none).
    in_language = "" if who.language == DEFAULT_LANGUAGE else f"?l={who.language}"
    values["link"] = config.link(ALERT_PAGE.format(code=code)) + in_language if code else ""
    if row.kind == "alert":
        template = Template.ALERT_DISCREET if who.discreet else Template.ALERT_PLAIN
    else:
        template = Template.CONFIRM if row.kind == "confirm" else Template.WELCOME
    body = render(template, who.language, values, config.templates)
    gateway = config.gateways[who.channel]
    url = gateway.url_for(who.address, row.message_key, values["unsubscribe"])
    return Message(who.channel, url, subject(who.language, who.discreet), body)
