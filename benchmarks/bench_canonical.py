"""Content hashing of reports: the cost the server pays per received report and the device
per sealed one, beside two baselines measured in the same run.

- baseline: `json.dumps` of the same dump without sorting (the least any hash must pay);
- fast: `protocol.canonical_json` (the C encoder with sorted keys, the default);
- reference: `protocol.canonical.canonical_json_reference` (pure Python, every rule checked);
- validate: `SharedReport.model_validate` of the raw dict (what the server does first).

Usage: .venv/bin/python benchmarks/bench_canonical.py [COUNT]   (default 5000 typical reports)
"""

from __future__ import annotations

import hashlib
import json
import sys
import time
import uuid
from collections.abc import Callable

from outreach_app.protocol import SharedReport, canonical_json
from outreach_app.protocol.canonical import canonical_json_reference, model_wire_dict


def typical_report(n: int) -> dict[str, object]:
    """A report with every section and one perpetrator and vehicle (a full, realistic size)."""
    perp = {
        "gender": "man",
        "age_min": 30,
        "age_max": 40,
        "build": "heavy",
        "hair": "short, grey",
        "clothing": "dark jacket, jeans",
        "name_used": "Dave",
        "phone_numbers": [f"07700 900{n % 1000:03d}"],
        "online_handles": ["@dave_x"],
    }
    vehicle = {"make": "Ford", "model": "Focus", "colour": "silver", "registration": "AB12 CDE"}
    return {
        "report_id": str(uuid.uuid4()),
        "region_id": "leeds",
        "date": "2026-03-14",
        "part_of_day": "night",
        "incident_types": ["robbery_theft", "physical_assault"],
        "withdrawal_verifier": hashlib.sha256(str(n).encode()).hexdigest(),
        "alert": {
            "perpetrators": [perp],
            "vehicles": [vehicle],
            "weapon_used": True,
            "summary": "Refused to pay.",
        },
        "statistics": {"age_band": "25_34", "gender": "woman", "injured": True},
        "police_intelligence": {
            "perpetrators": [perp],
            "vehicles": [vehicle],
            "injured": True,
            "injury_severity": "minor",
        },
    }


def per_second(count: int, work: Callable[[], None]) -> float:
    began = time.perf_counter()
    work()
    return count / (time.perf_counter() - began)


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    raws = [typical_report(n) for n in range(count)]
    models = [SharedReport.model_validate(raw) for raw in raws]
    dumps = [model_wire_dict(model) for model in models]

    def baseline() -> None:
        for data in dumps:
            hashlib.sha256(json.dumps(data, ensure_ascii=False).encode()).hexdigest()

    def fast() -> None:
        for model in models:
            hashlib.sha256(canonical_json(model)).hexdigest()

    def reference() -> None:
        for data in dumps:
            hashlib.sha256(canonical_json_reference(data)).hexdigest()

    def validate() -> None:
        for raw in raws:
            SharedReport.model_validate(raw)

    runs = [("baseline", baseline), ("fast", fast), ("reference", reference), ("validate", validate)]
    rates = {name: per_second(count, fn) for name, fn in runs}
    print(f"{count} typical reports, {len(canonical_json(models[0]))} canonical bytes each")
    for name, rate in rates.items():
        print(f"  {name:<10} {rate:>10,.0f} reports/s   {rate / rates['baseline']:.2f}x baseline")


if __name__ == "__main__":
    main()
