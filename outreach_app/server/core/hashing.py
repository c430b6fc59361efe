"""The content hash of a validated report, computed with the C JSON encoder.

`protocol.canonical.canonical_json` is the reference (pure Python, ~85 µs per report).
For a model that has passed validation, `json.dumps(sort_keys=True, separators=(",", ":"),
ensure_ascii=False)` of its JSON-mode dump gives the same bytes: v1 models have only ASCII
keys (so code-point order equals UTF-16 order), integers within ±(2**53-1), no floats, and
the same string escapes as ECMAScript. tests/server/test_hashing.py holds the two to the
same answer on the golden vectors and on generated reports. Anything the fast path cannot
encode falls back to the reference.
"""

from __future__ import annotations

import hashlib
import json

from pydantic import BaseModel

from outreach_app.protocol.canonical import canonical_json


def canonical_bytes(model: BaseModel) -> bytes:
    data = model.model_dump(mode="json", by_alias=True, exclude_none=True)
    try:
        return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    except (UnicodeEncodeError, ValueError, TypeError):
        return canonical_json(model)


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
