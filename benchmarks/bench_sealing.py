"""Protocol v2 sealing on the device: milliseconds per envelope (issue 21 asks for <= 1 ms).

    .venv/bin/python benchmarks/bench_sealing.py [ROUNDS]

Each round seals the same realistic report (alert, police intelligence and police referral
consented: three envelopes, two perpetrators, a vehicle, a 600-character summary) N times with
`sharing.envelopes.seal_report` (contents from the report, canonical JSON, a libsodium sealed
box per purpose, the clear header), and as the paired baseline builds the same three contents
and their canonical JSON + SHA-256 without sealing (what a v1 device did for one report).
Prints the median per-envelope time of each, the median of the paired ratios, CPU time, and the
load average before and after (the machine is shared: the milliseconds move with it).
"""

from __future__ import annotations

import hashlib
import os
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from uuid import UUID

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from outreach_app.crypto.sealing import new_encryption_key_pair  # noqa: E402
from outreach_app.domain.enums import ConsentMethod, IncidentType, InjurySeverity, Purpose  # noqa: E402
from outreach_app.domain.models import Incident, Perpetrator, Vehicle  # noqa: E402
from outreach_app.protocol.canonical import canonical_json  # noqa: E402
from outreach_app.protocol.keys import DeskKey, DeskRole, KeyBundle  # noqa: E402
from outreach_app.protocol.verifier import new_withdrawal_code, purpose_verifiers  # noqa: E402
from outreach_app.sharing.anonymise import build_report  # noqa: E402
from outreach_app.sharing.consent import give_consent  # noqa: E402
from outreach_app.sharing.envelopes import contents_for, seal_report  # noqa: E402

PER_ROUND = 200
ORG = UUID("6a1f0b9e-2c3d-4e5f-8a7b-9c0d1e2f3a4b")


def _bundle() -> KeyBundle:
    alerts, police = new_encryption_key_pair(), new_encryption_key_pair()
    sign = "xQJmBB1/ILvB3QxwMeD10H7TwlXIu6MEgATocwnmKck="
    return KeyBundle(
        charity_id="bench",
        desks=[
            DeskKey(desk_id="alerts", enc_public=alerts.public, purposes=[Purpose.ALERT],
                    role=DeskRole.ALERTS, sign_public=sign),
            DeskKey(desk_id="police", enc_public=police.public, role=DeskRole.POLICE,
                    purposes=[Purpose.POLICE_INTELLIGENCE, Purpose.POLICE_REFERRAL]),
        ],
        issued_at=datetime(2026, 12, 1, tzinfo=UTC),
        version=1,
    )  # fmt: skip


def _report():  # type: ignore[no-untyped-def]
    incident = Incident(
        worker_initials="JK",
        occurred_at=datetime(2026, 11, 14, 21, 0, tzinfo=UTC),
        types=[IncidentType.PHYSICAL_ASSAULT, IncidentType.NON_PAYMENT],
        injury_severity=InjurySeverity.MINOR,
        weapon_used=True,
        perpetrators=[
            Perpetrator(name_used="Gaz", phone_numbers=["07700 900123"], online_handles=["@gaz_x"],
                        clothing="grey hoodie", hair="short, dark"),
            Perpetrator(name_used="Tall man", distinguishing_features="scar on the left cheek"),
        ],
        vehicles=[Vehicle(make="Ford", model="Transit", colour="white", registration="AB12CDE")],
        alert_summary="Met at the usual corner; refused to pay and hit her. " * 11,
    )  # fmt: skip
    consent, code = give_consent(
        incident.id,
        [Purpose.ALERT, Purpose.POLICE_INTELLIGENCE, Purpose.POLICE_REFERRAL],
        worker_initials="JK",
        method=ConsentMethod.VERBAL,
        now=datetime(2026, 11, 15, tzinfo=UTC),
    )
    report = build_report(incident, consent, area_region_id="north", verifier=consent.verifier)
    assert report is not None and code is not None
    return report, code


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    bundle = _bundle()
    report, code = _report()
    verifiers = purpose_verifiers(
        code or new_withdrawal_code(), ["alert", "police_intelligence", "police_referral"]
    )
    envelopes = len(seal_report(report, bundle=bundle, org=ORG, verifiers=verifiers))

    def sealing() -> None:
        for _ in range(PER_ROUND):
            seal_report(report, bundle=bundle, org=ORG, verifiers=verifiers)

    def baseline() -> None:
        for _ in range(PER_ROUND):
            for content in contents_for(report).values():
                hashlib.sha256(canonical_json(content)).hexdigest()

    load_before = os.getloadavg()
    seal_ms, base_ms, ratios, cpu_ms = [], [], [], []
    for _ in range(rounds):
        start, cpu = time.perf_counter(), time.process_time()
        sealing()
        seal = (time.perf_counter() - start) * 1000 / (PER_ROUND * envelopes)
        cpu_ms.append((time.process_time() - cpu) * 1000 / (PER_ROUND * envelopes))
        start = time.perf_counter()
        baseline()
        base = (time.perf_counter() - start) * 1000 / (PER_ROUND * envelopes)
        seal_ms.append(seal)
        base_ms.append(base)
        ratios.append(seal / base)
    load_after = os.getloadavg()
    print(f"envelopes per report: {envelopes}, reports per round: {PER_ROUND}, rounds: {rounds}")
    print(
        f"sealing: {statistics.median(seal_ms):.3f} ms/envelope wall, {statistics.median(cpu_ms):.3f} ms CPU"
    )
    baseline_ms = statistics.median(base_ms)
    print(f"baseline (contents + canonical JSON + SHA-256, no sealing): {baseline_ms:.3f} ms/envelope")
    print(f"ratio sealing/baseline (median of paired rounds): {statistics.median(ratios):.2f}")
    before = f"{load_before[0]:.2f} {load_before[1]:.2f}"
    print(f"load average before {before}, after {load_after[0]:.2f} {load_after[1]:.2f}")


if __name__ == "__main__":
    main()
