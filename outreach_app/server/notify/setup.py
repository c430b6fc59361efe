"""What the serving process needs for warnings: the subscriber key, the delivery settings
(for the channels offered and the links) and the public pages' rate limit. None when the
charity has not set warnings up; the warning routes then answer 503 / "not available"."""

from __future__ import annotations

from dataclasses import dataclass

from outreach_app.server.core.clock import Monotonic, monotonic
from outreach_app.server.core.config import RateLimit
from outreach_app.server.core.ratelimit import TokenBucketLimiter
from outreach_app.server.notify.config import NotifyConfig
from outreach_app.server.notify.keys import SubscriberKeys

PUBLIC_FORM_LIMIT = RateLimit(burst=10, per_minute=5)
"""Sign-ups, confirmations, unsubscribes and region changes per client address: each can
make the server send a message or decrypt a record."""


@dataclass
class WarningsSetup:
    keys: SubscriberKeys
    config: NotifyConfig
    forms_by_ip: TokenBucketLimiter

    @classmethod
    def of(cls, keys: SubscriberKeys, config: NotifyConfig, clock: Monotonic = monotonic) -> WarningsSetup:
        return cls(keys, config, TokenBucketLimiter(PUBLIC_FORM_LIMIT, clock))

    @classmethod
    def from_env(cls, clock: Monotonic = monotonic) -> WarningsSetup | None:
        keys = SubscriberKeys.from_env()
        config = NotifyConfig.from_env()
        if keys is None or config is None:
            return None
        return cls.of(keys, config, clock)
