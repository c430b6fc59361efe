"""Hypothesis strategies for raw (JSON-like) protocol v1 bodies.

They produce what a peer could send: messy text (surrounding blanks, controls, any
plane of Unicode but lone surrogates), un-normalised phone numbers, handles and plates,
unsorted lists with repeats. Most draws are valid; the tests `reject()` the rest.
"""

from __future__ import annotations

import datetime as dt
import itertools

from hypothesis import strategies as st

from outreach_app.domain.enums import (
    AgeBand,
    Build,
    Gender,
    IncidentType,
    PartOfDay,
    Purpose,
    ReferralKind,
    SupplyKind,
)
from tests.regex_strings import matching

# Any character except lone surrogates (refused by the models, tested separately).
_chars = st.characters(exclude_categories=("Cs",))
texts = st.text(_chars, max_size=40)
blank_or_text = st.one_of(st.just(""), st.just("   "), texts)
uuid4s = st.uuids(version=4).map(str)
hex64 = st.binary(min_size=32, max_size=32).map(bytes.hex)
dates = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2099, 12, 31)).map(dt.date.isoformat)
region_ids = matching(r"[a-z0-9][a-z0-9_-]{0,20}")

phones = st.one_of(
    matching(r"\+447700 ?900[0-9]{3}"),
    matching(r"07700 ?900 ?[0-9]{3}"),
    matching(r"[0-9]{4,8}"),
    matching(r"\+1 ?[2-9][0-9]{2} ?[2-9][0-9]{6}"),
)
handles = matching(r" ?@?[A-Za-z0-9_.ÄÖßçé]{1,20} ?")
plates = matching(r"[A-Za-z]{2}[0-9]{2} ?[A-Za-z]{0,3}")
emails = matching(r" ?[A-Za-z0-9_+]{1,12}(\.[A-Za-z0-9]{1,5})?@[A-Za-z]{1,8}\.(com|ORG|co\.uk) ?")


def _enum(enum: type) -> st.SearchStrategy[str]:
    return st.sampled_from([member.value for member in enum])


perpetrators = st.fixed_dictionaries(
    {},
    optional={
        "gender": _enum(Gender),
        "age_min": st.integers(10, 50),
        "age_max": st.integers(50, 100),
        "height": blank_or_text,
        "build": _enum(Build),
        "ethnicity_described": blank_or_text,
        "hair": blank_or_text,
        "distinguishing_features": blank_or_text,
        "clothing": blank_or_text,
        "name_used": blank_or_text,
        "phone_numbers": st.lists(phones, max_size=4),
        "email_addresses": st.lists(emails, max_size=3),
        "online_handles": st.lists(handles, max_size=4),
        "website_or_app": blank_or_text,
    },
)
vehicles = st.fixed_dictionaries(
    {},
    optional={"make": blank_or_text, "model": blank_or_text, "colour": blank_or_text, "registration": plates},
)

_INJURED = [
    (None, "unknown"),
    (False, "none"),
    (None, "none"),
    (True, "minor"),
    (True, "moderate"),
    (True, "serious"),
    (True, "unknown"),
]
injuries = st.sampled_from(_INJURED).map(lambda pair: {"injured": pair[0], "injury_severity": pair[1]})

alert_sections = st.fixed_dictionaries(
    {},
    optional={
        "perpetrators": st.lists(perpetrators, max_size=3),
        "vehicles": st.lists(vehicles, max_size=3),
        "weapon_used": st.booleans(),
        "summary": blank_or_text,
    },
)
statistics_sections = st.fixed_dictionaries(
    {},
    optional={
        "age_band": _enum(AgeBand),
        "gender": _enum(Gender),
        "injured": st.none() | st.booleans(),
        "weapon_used": st.booleans(),
        "police_told": st.booleans(),
    },
)
police_intelligence_sections = st.tuples(
    st.fixed_dictionaries(
        {},
        optional={
            "perpetrators": st.lists(perpetrators, max_size=3),
            "vehicles": st.lists(vehicles, max_size=3),
            "weapon_used": st.booleans(),
            "summary": blank_or_text,
            "police_told": st.booleans(),
        },
    ),
    injuries,
).map(lambda pair: {**pair[0], **pair[1]})
police_referral_sections = injuries.map(lambda injury: {"wants_contact_via_project": True, **injury})

_SECTIONS = {
    Purpose.ALERT.value: alert_sections,
    Purpose.STATISTICS.value: statistics_sections,
    Purpose.POLICE_INTELLIGENCE.value: police_intelligence_sections,
    Purpose.POLICE_REFERRAL.value: police_referral_sections,
}


# The purposes of a report: one choice of the 15 non-empty sets, smaller first (what shrinking
# reaches), each in sorted order. `st.sets` drew a span per member and per "one more?"
# (issue 19, eighth pass).
_SECTION_NAMES = sorted(_SECTIONS)
_purpose_sets = st.sampled_from(
    [
        chosen
        for size in range(1, len(_SECTION_NAMES) + 1)
        for chosen in itertools.combinations(_SECTION_NAMES, size)
    ]
)


@st.composite
def shared_reports(draw: st.DrawFn) -> dict[str, object]:
    purposes = draw(_purpose_sets)
    report: dict[str, object] = {
        "schema_version": 1,
        "report_id": draw(uuid4s),
        "region_id": draw(region_ids),
        "date": draw(dates),
        "part_of_day": draw(_enum(PartOfDay)),
        "incident_types": draw(st.lists(_enum(IncidentType), min_size=1, max_size=5)),
        "withdrawal_verifier": draw(hex64),
    }
    if draw(st.booleans()):
        report["supersedes"] = draw(uuid4s)
    for purpose in purposes:
        report[purpose] = draw(_SECTIONS[purpose])
    return report


@st.composite
def report_batches(draw: st.DrawFn) -> dict[str, object]:
    reports = draw(st.lists(shared_reports(), min_size=1, max_size=3, unique_by=lambda r: r["report_id"]))
    return {"reports": reports}


receipts = st.fixed_dictionaries(
    {
        "report_id": uuid4s,
        "content_hash": hex64,
        "status": st.sampled_from(["accepted", "duplicate", "conflict", "rejected", "withdrawn"]),
        "received_on": dates,
    },
    optional={"reason": st.fixed_dictionaries({"code": st.sampled_from(["unknown_region", "id_conflict"])})},
)
batch_receipts = st.fixed_dictionaries({"receipts": st.lists(receipts, max_size=3)})

purposes_lists = st.lists(_enum(Purpose), min_size=1, max_size=6)
withdrawals = st.one_of(
    st.fixed_dictionaries({"report_id": uuid4s, "purposes": purposes_lists}),
    st.fixed_dictionaries({"verifier": hex64, "purposes": purposes_lists}),
)
withdrawal_batches = st.fixed_dictionaries({"withdrawals": st.lists(withdrawals, min_size=1, max_size=3)})
withdrawal_results = st.fixed_dictionaries(
    {
        "results": st.lists(
            st.fixed_dictionaries(
                {
                    "status": st.sampled_from(["withdrawn", "already_withdrawn", "unknown"]),
                    "purposes": purposes_lists,
                },
                optional={"report_id": uuid4s, "verifier": hex64},
            ),
            max_size=3,
        )
    }
)


# Built once: a `.filter` made inside `alerts` was a new strategy for every alert drawn.
_titles = st.text(_chars, min_size=1, max_size=40).filter(lambda t: t.strip())


@st.composite
def alerts(draw: st.DrawFn, alert_id: str | None = None) -> dict[str, object]:
    issued = draw(st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2030, 1, 1)))
    expires = issued + dt.timedelta(days=draw(st.integers(0, 90)))
    alert: dict[str, object] = {
        "alert_id": alert_id or draw(uuid4s),
        "version": draw(st.integers(1, 1000)),
        "region_ids": draw(st.lists(region_ids, min_size=1, max_size=4)),
        "issued_on": issued.isoformat(),
        "expires_on": expires.isoformat(),
        "title": draw(_titles),
        "body": draw(texts),
        "incident_types": draw(st.lists(_enum(IncidentType), max_size=4)),
        "perpetrators": draw(st.lists(perpetrators, max_size=2)),
        "vehicles": draw(st.lists(vehicles, max_size=2)),
    }
    return alert


@st.composite
def feed_entries(draw: st.DrawFn) -> dict[str, object]:
    kind = draw(st.sampled_from(["upsert", "expire", "withdraw"]))
    alert_id = draw(uuid4s)
    entry: dict[str, object] = {"kind": kind, "alert_id": alert_id}
    if kind == "upsert":
        entry["alert"] = draw(alerts(alert_id=alert_id))
    return entry


alert_feeds = st.fixed_dictionaries(
    {
        "entries": st.lists(feed_entries(), max_size=3),
        "next_cursor": matching(r"[A-Za-z0-9._~-]{1,40}"),
    },
    optional={"reset": st.booleans(), "has_more": st.booleans()},
)

enroll_requests = st.fixed_dictionaries(
    {
        "code": matching(r"[A-Z0-9]{4}(-[A-Z0-9]{4}){4,7}"),
        "device_label": st.text(_chars, min_size=1, max_size=30).filter(lambda t: t.strip()),
    }
)
region_lists = st.lists(
    st.fixed_dictionaries(
        {
            "id": region_ids,
            "name": st.text(_chars, min_size=1, max_size=30).filter(lambda t: t.strip()),
        }
    ),
    max_size=4,
)
enroll_responses = st.fixed_dictionaries(
    {
        "device_id": uuid4s,
        "credential": matching(r"[A-Za-z0-9_-]{22,64}"),
        "regions": region_lists,
    },
    optional={"organisation_name": st.text(_chars, min_size=1, max_size=30).filter(lambda t: t.strip())},
)

months = st.tuples(st.integers(2000, 2099), st.integers(1, 12)).map(lambda ym: f"{ym[0]:04d}-{ym[1]:02d}")
counts = st.integers(0, 10_000_000)


@st.composite
def stats_uploads(draw: st.DrawFn) -> dict[str, object]:
    cells = draw(
        st.lists(
            st.tuples(months, st.none() | region_ids),
            min_size=1,
            max_size=4,
            unique_by=lambda c: (c[0], c[1] or ""),
        )
    )
    rows = []
    for month, region in cells:
        row: dict[str, object] = {
            "month": month,
            "contacts": draw(counts),
            "supplies": draw(st.dictionaries(_enum(SupplyKind), counts, max_size=4)),
            "referrals": draw(st.dictionaries(_enum(ReferralKind), counts, max_size=4)),
        }
        if region is not None:
            row["region_id"] = region
        rows.append(row)
    return {"schema_version": 1, "rows": rows}


stats_receipts = st.fixed_dictionaries({"months": st.lists(months, max_size=4), "received_on": dates})
audit_heads = st.fixed_dictionaries({"sequence": st.integers(0, 2**53 - 1), "chain_hash": hex64})
audit_head_receipts = st.fixed_dictionaries(
    {
        "status": st.sampled_from(["stored", "unchanged", "regressed", "forked"]),
        "sequence": st.integers(0, 2**53 - 1),
        "chain_hash": hex64,
        "received_on": dates,
    }
)
error_bodies = st.fixed_dictionaries({"code": matching(r"[a-z][a-z0-9_]{0,20}")}, optional={"message": texts})
health_responses = st.fixed_dictionaries(
    {"protocol_versions": st.lists(st.integers(1, 5), min_size=1, max_size=3)}
)

BODIES: dict[str, st.SearchStrategy[dict[str, object]]] = {
    "HealthResponse": health_responses,
    "EnrollRequest": enroll_requests,
    "EnrollResponse": enroll_responses,
    "RegionList": st.fixed_dictionaries({"regions": region_lists}),
    "SharedReport": shared_reports(),
    "ReportBatch": report_batches(),
    "BatchReceipts": batch_receipts,
    "WithdrawalBatch": withdrawal_batches,
    "WithdrawalResults": withdrawal_results,
    "Alert": alerts(),
    "AlertFeed": alert_feeds,
    "StatsUpload": stats_uploads(),
    "StatsReceipt": stats_receipts,
    "AuditHead": audit_heads,
    "AuditHeadReceipt": audit_head_receipts,
    "ErrorBody": error_bodies,
}
"""Raw bodies for every top-level wire model (the ones that travel as a whole HTTP body)."""
