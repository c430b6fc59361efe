"""The test processes' cache of FastAPI's route fields (tests/fastapi_fields.py): it keys apart
what validates differently, shares what FastAPI copies per app, and is where FastAPI calls it."""

# No `from __future__ import annotations`: FastAPI must read the route's annotation, which
# names a local (`minimum`), as an object, not a string.

import asyncio
from typing import Annotated

import fastapi.dependencies.utils
import fastapi.routing
import httpx
from fastapi import Body, FastAPI, Query
from pydantic import BaseModel

from tests import fastapi_fields


def _app(minimum: int) -> FastAPI:
    app = FastAPI()

    @app.get("/count")
    def count(n: Annotated[int, Query(ge=minimum)]) -> int:
        return n

    return app


def _get(app: FastAPI, url: str) -> int:
    async def call() -> int:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            return (await client.get(url)).status_code

    return asyncio.run(call())


def test_fastapi_still_builds_its_fields_through_the_patched_names() -> None:
    fastapi_fields.install()
    for module in (fastapi.routing, fastapi.dependencies.utils):
        assert module.create_model_field is fastapi_fields.cached_create_model_field
    before = len(fastapi_fields._FIELDS)
    assert _get(_app(10_001), "/count?n=10001") == 200
    assert len(fastapi_fields._FIELDS) > before  # the new route's fields went through the cache


def test_apps_whose_constraints_differ_do_not_share_a_field() -> None:
    fastapi_fields.install()
    assert _get(_app(1), "/count?n=3") == 200
    assert _get(_app(5), "/count?n=3") == 422  # same name and type, another Query(ge=...)
    assert _get(_app(1), "/count?n=0") == 422
    assert _get(_app(1), "/count?n=3") == 200


def test_the_copies_fastapi_makes_per_app_share_one_key_and_other_types_do_not() -> None:
    query = Annotated[int, Query(ge=1)]
    again = Annotated[int, Query(ge=1)]  # a new Query object, as each app's copy is
    assert fastapi_fields.field_key("n", query) is not None
    assert fastapi_fields.field_key("n", query) == fastapi_fields.field_key("n", again)
    assert fastapi_fields.field_key("n", query) != fastapi_fields.field_key("n", Annotated[int, Query(ge=2)])
    assert fastapi_fields.field_key("n", query) != fastapi_fields.field_key("m", query)
    pattern = fastapi_fields.field_key("s", Annotated[str, Query(pattern="^a$")])
    assert pattern == fastapi_fields.field_key("s", Annotated[str, Query(pattern="^a$")])
    assert pattern != fastapi_fields.field_key("s", Annotated[str, Query(pattern="^b$")])
    assert fastapi_fields.field_key("n", query) != fastapi_fields.field_key("n", query, mode="serialization")

    def model() -> type[BaseModel]:
        class Item(BaseModel):  # the same module and qualified name each time
            name: str

        return Item

    first, second = model(), model()
    assert repr(first) == repr(second)
    assert fastapi_fields.field_key("body", first) != fastapi_fields.field_key("body", second)
    in_body = fastapi_fields.field_key("item", Annotated[first, Body()])
    assert in_body != fastapi_fields.field_key("item", Annotated[second, Body()])

    class Opaque:
        __hash__ = None  # type: ignore[assignment]

    assert fastapi_fields.field_key("n", int, Opaque()) is None  # cannot be compared: built every time


def test_a_functions_signature_is_read_once_and_each_new_function_gets_its_own() -> None:
    fastapi_fields.install()
    assert fastapi.dependencies.utils.get_typed_signature is fastapi_fields.cached_get_typed_signature

    def endpoint_for(kind: type) -> object:
        def endpoint(value: kind) -> None:  # type: ignore[valid-type]
            return None

        return endpoint

    first, second = endpoint_for(int), endpoint_for(str)  # one code object, two functions
    signature = fastapi_fields.cached_get_typed_signature(first)  # type: ignore[arg-type]
    assert fastapi_fields.cached_get_typed_signature(first) is signature  # type: ignore[arg-type]
    assert signature.parameters["value"].annotation is int
    assert fastapi_fields.cached_get_typed_signature(second).parameters["value"].annotation is str  # type: ignore[arg-type]

    class Callable:
        def __call__(self, value: int) -> None:
            return None

    instance = Callable()  # not a plain function: read each time, as FastAPI does
    assert fastapi_fields.cached_get_typed_signature(
        instance
    ) is not fastapi_fields.cached_get_typed_signature(instance)
