"""`SyncClient.post_subscription`: the sign-up request leaves in one authenticated POST to
`/v2/subscriptions`, byte for byte the model's JSON, and a reply that is not the protocol's
answer is refused like any other."""

from __future__ import annotations

import json

import httpx
import pytest

from outreach_app.protocol.subscriptions import SubscribeRequest
from outreach_app.sync.client import HttpStatusError, InvalidReplyError, SyncClient

CREDENTIAL = "credential-0123456789abcdefghij"
REQUEST = SubscribeRequest(
    address="+447700900123", channel="sms", consent=True, language="en", region_ids=["north"]
)


def _client(handler: httpx.MockTransport) -> SyncClient:
    return SyncClient("https://sync.example.org", CREDENTIAL, transport=handler)


def test_post_subscription_sends_the_request_once_with_the_bearer() -> None:
    seen: list[httpx.Request] = []

    def server(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"status": "subscribed"})

    with _client(httpx.MockTransport(server)) as client:
        assert client.post_subscription(REQUEST).status == "subscribed"
    (request,) = seen
    assert (request.method, request.url.path) == ("POST", "/v2/subscriptions")
    assert request.headers["authorization"] == f"Bearer {CREDENTIAL}"
    assert json.loads(request.content) == json.loads(REQUEST.model_dump_json())


def test_post_subscription_refuses_a_reply_that_is_not_the_protocols() -> None:
    portal = httpx.MockTransport(lambda _r: httpx.Response(200, html="<html>log in</html>"))
    with _client(portal) as client, pytest.raises(InvalidReplyError):
        client.post_subscription(REQUEST)
    refused = httpx.MockTransport(lambda _r: httpx.Response(422, json={"code": "invalid", "message": "x"}))
    with _client(refused) as client, pytest.raises(HttpStatusError) as caught:
        client.post_subscription(REQUEST)
    assert caught.value.status == 422
