"""What the serving process needs for warnings: the subscriber key and the delivery settings
(for the channels offered and the links). None when the charity has not set warnings up; the
warning routes then answer 503 / "not available".

The public pages' rate limit (`PUBLIC_FORM_LIMIT`) is a database bucket like every other
limit since protocol v2 (`ServerState.forms_by_ip`, db/rate_buckets.py), so several serving
processes enforce one limit."""

from __future__ import annotations

from dataclasses import dataclass

from outreach_app.server.core.config import RateLimit
from outreach_app.server.notify.config import NotifyConfig
from outreach_app.server.notify.keys import SubscriberKeys

PUBLIC_FORM_LIMIT = RateLimit(burst=10, per_minute=5)
"""Sign-ups, confirmations, unsubscribes and region changes per client address: each can
make the server send a message or decrypt a record."""


@dataclass
class WarningsSetup:
    keys: SubscriberKeys
    config: NotifyConfig

    @classmethod
    def of(cls, keys: SubscriberKeys, config: NotifyConfig) -> WarningsSetup:
        return cls(keys, config)

    @classmethod
    def from_env(cls) -> WarningsSetup | None:
        keys = SubscriberKeys.from_env()
        config = NotifyConfig.from_env()
        if keys is None or config is None:
            return None
        return cls.of(keys, config)
