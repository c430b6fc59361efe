"""Protocol v1: the wire models client and server share (no I/O). docs/protocol.md is the spec.

`WIRE_MODELS` lists every model by its exported name; `outreach schema` writes their JSON
Schemas to docs/schemas/.
"""

from __future__ import annotations

from outreach_app.protocol.alerts import (
    Alert,
    AlertFeed,
    AlertFeedEntry,
    AlertPerpetrator,
    AlertVehicle,
    FeedEntryKind,
)
from outreach_app.protocol.audit import AuditHead, AuditHeadReceipt, AuditHeadStatus, AuditLink
from outreach_app.protocol.base import RequestModel, ResponseModel, WireModel, normalise_handle
from outreach_app.protocol.canonical import CanonicalJsonError, canonical_json, content_hash
from outreach_app.protocol.device_auth import (
    Challenge,
    ChallengeRequest,
    DeviceKeyRequest,
    DeviceToken,
    TokenRequest,
)
from outreach_app.protocol.enrollment import (
    EnrollRequest,
    EnrollResponse,
    Region,
    RegionList,
    normalise_enrollment_code,
)
from outreach_app.protocol.errors import (
    ClientAction,
    ErrorBody,
    ErrorCode,
    action_for_status,
    code_for_validation_error,
    error_body,
)
from outreach_app.protocol.receipts import (
    BatchReceipts,
    Reason,
    Receipt,
    ReceiptReasonCode,
    ReceiptStatus,
    ReportBatch,
    matching_receipts,
    receipt_for,
)
from outreach_app.protocol.reports import (
    AlertSection,
    PoliceIntelligenceSection,
    PoliceReferralSection,
    SharedPerpetrator,
    SharedReport,
    SharedVehicle,
    StatisticsSection,
)
from outreach_app.protocol.stats import MonthlyStats, StatsReceipt, StatsUpload
from outreach_app.protocol.verifier import (
    WithdrawalCodeError,
    format_withdrawal_code,
    new_withdrawal_code,
    normalise_withdrawal_code,
    withdrawal_verifier,
)
from outreach_app.protocol.version import PROTOCOL_VERSION, SCHEMA_VERSION, HealthResponse
from outreach_app.protocol.withdrawals import (
    ALL_PURPOSES,
    Withdrawal,
    WithdrawalBatch,
    WithdrawalResult,
    WithdrawalResults,
    WithdrawalStatus,
)

WIRE_MODELS: dict[str, type[WireModel]] = {
    model.__name__: model
    for model in (
        HealthResponse,
        EnrollRequest,
        EnrollResponse,
        Region,
        RegionList,
        DeviceKeyRequest,
        ChallengeRequest,
        Challenge,
        TokenRequest,
        DeviceToken,
        SharedReport,
        AlertSection,
        StatisticsSection,
        PoliceIntelligenceSection,
        PoliceReferralSection,
        SharedPerpetrator,
        SharedVehicle,
        ReportBatch,
        Receipt,
        Reason,
        BatchReceipts,
        Withdrawal,
        WithdrawalBatch,
        WithdrawalResult,
        WithdrawalResults,
        Alert,
        AlertPerpetrator,
        AlertVehicle,
        AlertFeedEntry,
        AlertFeed,
        MonthlyStats,
        StatsUpload,
        StatsReceipt,
        AuditLink,
        AuditHead,
        AuditHeadReceipt,
        ErrorBody,
    )
}
"""Every wire model by name, in the order docs/protocol.md introduces them."""

__all__ = [
    "ALL_PURPOSES",
    "PROTOCOL_VERSION",
    "SCHEMA_VERSION",
    "WIRE_MODELS",
    "Alert",
    "AlertFeed",
    "AlertFeedEntry",
    "AlertPerpetrator",
    "AlertSection",
    "AlertVehicle",
    "AuditHead",
    "AuditHeadReceipt",
    "AuditHeadStatus",
    "AuditLink",
    "BatchReceipts",
    "CanonicalJsonError",
    "Challenge",
    "ChallengeRequest",
    "ClientAction",
    "DeviceKeyRequest",
    "DeviceToken",
    "EnrollRequest",
    "EnrollResponse",
    "ErrorBody",
    "ErrorCode",
    "FeedEntryKind",
    "HealthResponse",
    "MonthlyStats",
    "PoliceIntelligenceSection",
    "PoliceReferralSection",
    "Reason",
    "Receipt",
    "ReceiptReasonCode",
    "ReceiptStatus",
    "Region",
    "RegionList",
    "ReportBatch",
    "RequestModel",
    "ResponseModel",
    "SharedPerpetrator",
    "SharedReport",
    "SharedVehicle",
    "StatisticsSection",
    "StatsReceipt",
    "StatsUpload",
    "TokenRequest",
    "WireModel",
    "Withdrawal",
    "WithdrawalBatch",
    "WithdrawalCodeError",
    "WithdrawalResult",
    "WithdrawalResults",
    "WithdrawalStatus",
    "action_for_status",
    "canonical_json",
    "code_for_validation_error",
    "content_hash",
    "error_body",
    "format_withdrawal_code",
    "matching_receipts",
    "new_withdrawal_code",
    "normalise_enrollment_code",
    "normalise_handle",
    "normalise_withdrawal_code",
    "receipt_for",
    "withdrawal_verifier",
]
