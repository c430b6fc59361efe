"""The charity's delivery settings: gateways (Apprise URLs), links and templates, read from
a secrets file (TOML) named by OUTREACH_SERVER_NOTIFY_SECRETS. The file holds gateway
passwords, so it is the operator's to keep private (docs/warnings.md); nothing here logs it.

    public_base_url = "https://warn.example.org"   # where the short links point
    inbound_sms_token = "…"                        # the secret path part of the SMS webhook
    default_phone_region = "GB"                    # numbers written without +country

    [gateways.sms]                                  # one table per channel offered
    url = "twilio://ACxxx:token@+447700900000/{to}"
    burst = 20            # per-gateway rate limit: messages at once …
    per_minute = 600      # … and refilled per minute
    backoff_s = 30        # first retry after a failed send; doubles up to max_backoff_s
    max_backoff_s = 3600

    [templates.en]                                  # optional overrides of templates.py
    alert_discreet = "…{link}…{unsubscribe}"

In a gateway URL `{to}` becomes the subscriber's address and `{key}` the message's
idempotency key (for gateways that take one in a header, e.g. `+Idempotency-Key={key}`),
`{unsubscribe}` the unsubscribe link (e.g. email's `+List-Unsubscribe=<{unsubscribe}>`);
each is URL-quoted.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import quote

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from outreach_app.server.notify.channels import Channel

SECRETS_ENV = "OUTREACH_SERVER_NOTIFY_SECRETS"


class ConfigError(ValueError):
    """The secrets file is missing, not TOML or not valid (the message names fields, never values)."""


class Gateway(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    url: str = Field(min_length=3)
    burst: int = Field(default=20, ge=1)
    per_minute: float = Field(default=600, gt=0)
    backoff_s: float = Field(default=30, gt=0)
    max_backoff_s: float = Field(default=3600, gt=0)

    def url_for(self, to: str, key: str, unsubscribe: str) -> str:
        values = {"to": to, "key": key, "unsubscribe": unsubscribe}
        url = self.url
        for name, value in values.items():
            url = url.replace("{" + name + "}", quote(value, safe="@:/<>"))
        return url


class NotifyConfig(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    public_base_url: str = Field(pattern=r"^https?://[^\s/]+(/[^\s]*)?$")
    inbound_sms_token: str = Field(default="", max_length=200)
    default_phone_region: str = Field(default="GB", pattern=r"^[A-Z]{2}$")
    gateways: dict[Channel, Gateway] = Field(default_factory=dict)
    templates: dict[str, dict[str, str]] = Field(default_factory=dict)

    @property
    def channels(self) -> list[Channel]:
        return sorted(self.gateways)

    def link(self, path: str) -> str:
        return self.public_base_url.rstrip("/") + path

    @classmethod
    def load(cls, path: Path) -> NotifyConfig:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise ConfigError(f"cannot read the notify secrets file: {type(exc).__name__}") from None
        except tomllib.TOMLDecodeError:
            raise ConfigError("the notify secrets file is not valid TOML") from None
        return cls.parse(data)

    @classmethod
    def parse(cls, data: Mapping[str, object]) -> NotifyConfig:
        try:
            return cls.model_validate(data)
        except ValidationError as exc:
            fields = sorted({".".join(str(p) for p in e["loc"]) for e in exc.errors(include_input=False)})
            raise ConfigError(f"the notify secrets file is not valid at: {', '.join(fields)}") from None

    @classmethod
    def from_env(cls) -> NotifyConfig | None:
        path = os.environ.get(SECRETS_ENV)
        return cls.load(Path(path)) if path else None
