"""Sizes both sides agree on (docs/protocol.md, "Limits")."""

from __future__ import annotations

import datetime as dt

MAX_BATCH_SIZE = 1000
"""Most reports in one `POST /v1/reports/batch`."""
MAX_WITHDRAWAL_BATCH = 100
"""Most withdrawals in one `POST /v1/withdrawals`."""
MAX_STATS_ROWS = 1000
"""Most (month, region) rows in one `POST /v1/stats`."""
MAX_BODY_BYTES = 16 * 1024 * 1024
"""Largest request body the server reads; larger ones get 413 before parsing. A client keeps
each batch's encoded size under this (and halves a batch on 413)."""
MAX_JSON_DEPTH = 16
"""Deepest nesting of arrays/objects a server accepts (v1 bodies nest at most 6 deep)."""
ALERT_FEED_DEFAULT_LIMIT = 500
ALERT_FEED_MAX_LIMIT = 1000
"""`limit` of `GET /v1/alerts`: entries per page."""
MAX_CURSOR_LENGTH = 200
"""Longest opaque alert-feed cursor."""
MAX_PERPETRATORS = 10
MAX_VEHICLES = 10
MAX_ALERT_REGIONS = 100
MAX_REGIONS = 1000
"""Most regions an enrolment response lists."""
MAX_AUDIT_LINKS = 1000
"""Audit-chain links in one `POST /v1/audit-head`; a longer gap goes in several posts."""
EARLIEST_INCIDENT_DATE = dt.date(1990, 1, 1)
"""A report dated before this is refused (`rejected`, reason `date_too_old`): no incident
the project records is that old, and dates like 0001-01-01 are typing or clock errors that
would sit in the statistics for ever. The latest date is the server's day plus one."""
