"""Unlock time with the production KDF: passphrase → Argon2id → unwrap → open → migrate check → first query.

    .venv/bin/python benchmarks/bench_unlock.py [--runs 9]

Figures (median and minimum of --runs; on a loaded machine the minimum is the least disturbed):
  unlock_total      unlock_vault(...) on a PRODUCTION_KDF vault + a first query (count of areas);
                    the close after it is timed apart ("lock (close)": it wipes the freed heap).
  kdf_only          one Argon2id derivation with the production parameters (the bulk of unlock_total).
  unlock_test_kdf   the same unlock on a vault made with the cheap TEST_KDF: what the vault costs
                    besides a real KDF (lock, failure counter, key-file parse, AES-GCM, PRAGMA
                    read-backs, pending-migration check, first query) plus test_kdf_only.
  test_kdf_only     one TEST_KDF derivation.
  baseline_raw_open open_database(path, data_key) with the raw key + the same query + close:
                    opening without any passphrase work.
  unlock_team_worker
                    unlock_total on a vault with three slots (a coordinator and two workers),
                    opened with the last worker's passphrase; printed as a paired ratio against
                    kdf_only measured in the same rounds (goal: <= 1.1x whatever the slot count).

With --record, the two paired ratios (one slot, and three slots opened with the last worker's
passphrase, each against one Argon2id measured right after it) are written to
benchmarks/results/vault.json; the one-slot pairs are extra rounds run only then.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from outreach_app.core.vault import add_slot, create_vault, unlock_vault  # noqa: E402
from outreach_app.crypto.kdf import PRODUCTION_KDF, TEST_KDF, KdfParams, derive_key  # noqa: E402
from outreach_app.crypto.keyfile import read_key_file, unwrap_any  # noqa: E402
from outreach_app.domain.layout import VaultLayout  # noqa: E402
from outreach_app.domain.models import Area  # noqa: E402
from outreach_app.storage.connection import open_database  # noqa: E402
from outreach_app.storage.repos.areas import add_area  # noqa: E402

PASSPHRASE = "benchmark lantern orchard gravel"
WORKER_PASSPHRASES = ("benchmark copper whistle meadow", "benchmark saffron glacier tumble")
FIRST_QUERY = "SELECT count(*) FROM areas"


def _time(runs: int, action: Callable[[], object]) -> list[float]:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def _make_vault(root: Path, kdf: KdfParams) -> VaultLayout:
    layout = VaultLayout(root)
    create_vault(layout, PASSPHRASE, kdf=kdf)
    with unlock_vault(layout, PASSPHRASE) as session:
        for n in range(50):
            add_area(session.conn, Area(name=f"Area {n}"))
    return layout


def _add_workers(layout: VaultLayout) -> None:
    with unlock_vault(layout, PASSPHRASE) as session:
        for passphrase in WORKER_PASSPHRASES:
            add_slot(session, passphrase, "worker")


LOCK_MS: list[float] = []


def _unlock_and_query(layout: VaultLayout, passphrase: str = PASSPHRASE) -> float:
    """Milliseconds from the passphrase to a first query's answer: what the worker waits for.
    Closing (locking) is timed apart into LOCK_MS: it wipes the freed heap (secret_memory), a
    cost paid when the vault locks, not while unlock is awaited."""
    start = time.perf_counter()
    session = unlock_vault(layout, passphrase)
    session.conn.execute(FIRST_QUERY).fetchone()
    unlocked = time.perf_counter()
    session.close()
    LOCK_MS.append((time.perf_counter() - unlocked) * 1000)
    return (unlocked - start) * 1000


def _time_unlock(runs: int, layout: VaultLayout, passphrase: str = PASSPHRASE) -> list[float]:
    return [_unlock_and_query(layout, passphrase) for _ in range(runs)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--record", action="store_true", help="write the paired rows to benchmarks/results/")
    args = parser.parse_args()
    runs = args.runs
    load_start = os.getloadavg()[0]
    single: tuple[list[float], list[float], list[float]] = ([], [], [])

    with tempfile.TemporaryDirectory() as tmp:
        production = _make_vault(Path(tmp) / "production", PRODUCTION_KDF)
        cheap = _make_vault(Path(tmp) / "cheap", TEST_KDF)
        opened = unwrap_any(read_key_file(production.key_file), PASSPHRASE)
        assert opened is not None
        slot, data_key = opened

        def raw_open() -> None:
            conn = open_database(production.db, data_key)
            conn.execute(FIRST_QUERY).fetchone()
            conn.close()

        unlock = _time_unlock(runs, production)
        kdf = _time(runs, lambda: derive_key(PASSPHRASE, slot.salt, slot.kdf))
        cheap_unlock = _time_unlock(runs, cheap)
        cheap_kdf = _time(runs, lambda: derive_key(PASSPHRASE, slot.salt, TEST_KDF))
        raw = _time(runs, raw_open)

        team = _make_vault(Path(tmp) / "team", PRODUCTION_KDF)
        _add_workers(team)
        # Paired rounds: each team unlock is divided by a KDF run measured right after it.
        team_ratios: list[float] = []
        team_ms_rounds: list[float] = []
        team_kdf: list[float] = []
        for _ in range(runs):
            (team_ms,) = _time_unlock(1, team, WORKER_PASSPHRASES[-1])
            (kdf_ms,) = _time(1, lambda: derive_key(PASSPHRASE, slot.salt, slot.kdf))
            team_ratios.append(team_ms / kdf_ms)
            team_ms_rounds.append(team_ms)
            team_kdf.append(kdf_ms)
        team_pairs = list(team_ratios)
        if args.record:
            # The same pairing on the one-slot vault (not run without --record).
            for _ in range(runs):
                (one_ms,) = _time_unlock(1, production)
                (kdf_ms,) = _time(1, lambda: derive_key(PASSPHRASE, slot.salt, slot.kdf))
                single[0].append(one_ms)
                single[1].append(kdf_ms)
                single[2].append(one_ms / kdf_ms)
    load_end = os.getloadavg()[0]

    def row(name: str, samples: list[float]) -> tuple[float, float]:
        med, low = statistics.median(samples), min(samples)
        print(f"{name:<18} median {med:8.1f} ms   min {low:8.1f} ms")
        return med, low

    p = PRODUCTION_KDF
    print(f"kdf_params         t={p.time_cost} m={p.memory_kib // 1024} MiB p={p.parallelism}, runs={runs}")
    total = row("unlock_total", unlock)
    row("kdf_only", kdf)
    row("unlock_test_kdf", cheap_unlock)
    row("test_kdf_only", cheap_kdf)
    base = row("baseline_raw_open", raw)
    row("lock (close)", LOCK_MS)
    ratios = f"median {total[0] / base[0]:.0f}x, min {total[1] / base[1]:.0f}x"
    print(f"ratio unlock_total / baseline_raw_open: {ratios}")
    print(
        f"ratio unlock_team_worker (3 slots) / kdf_only: paired median {statistics.median(team_ratios):.2f}x "
        "(goal <= 1.1x)"
    )
    if args.record:
        from results import record, this_command

        one_slot = statistics.median(single[2])
        print(f"ratio unlock_total (1 slot) / kdf_only: paired median {one_slot:.2f}x (goal <= 1.1x)")
        common = {
            "unit": "ms",
            "baseline_name": "one production Argon2id, right after it",
            "ratio_reads": "time ours/baseline",
            "goal": 1.1,
            "goal_kind": "≤",
            "load_start": load_start,
            "load_end": load_end,
            "command": this_command(),
        }
        record(
            "Vault",
            "unlock, 1 slot (to a first query)",
            ours=round(statistics.median(single[0]), 1),
            baseline=round(statistics.median(single[1]), 1),
            ratio_rounds=single[2],
            **common,  # type: ignore[arg-type]
        )
        record(
            "Vault",
            "unlock, 3 slots, last worker's passphrase",
            ours=round(statistics.median(team_ms_rounds), 1),
            baseline=round(statistics.median(team_kdf), 1),
            ratio_rounds=team_pairs,
            **common,  # type: ignore[arg-type]
        )


if __name__ == "__main__":
    main()
