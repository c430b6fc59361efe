"""FastAPI's route fields and typed signatures built once per test process, not once per app (issue 19).

FastAPI (0.165) builds a route's state lazily, per app: the first request an app routes
builds every route of each router it scans, each field a pydantic `TypeAdapter`
(`fastapi.utils.create_model_field`), each endpoint's and dependency's signature read with its
string annotations evaluated (`get_typed_signature`). The server makes one app per process, so
it pays this once; the tests make a new app for nearly every server test (`world`,
`running_server`), and each paid 61-69 ms of CPU for the whole route table (~21 ms with
these caches; benchmarks/bench_test_app_build.py).

`create_model_field` is a function of its arguments alone, and FastAPI does not change a field
after making it, so the same arguments may share one field: the cache is keyed on the
arguments compared exactly (`_value_key`): FastAPI copies the endpoint's `Query(...)`/`Body(...)`
for each app, so a field info is compared by its attributes, not its identity; a class by
identity; an argument the key cannot compare is not cached. A plain function's typed signature
is kept for that function object. `install()` puts both in place in this process only (a
server forked or spawned by a test builds its own, as in production).
tests/test_fastapi_fields.py checks the keys and that FastAPI still calls them by these names.
"""

from __future__ import annotations

import functools
import inspect
import weakref
from collections.abc import Callable, Hashable
from typing import Annotated, Any, get_origin

import fastapi.dependencies.utils
import fastapi.routing
import fastapi.utils
from annotated_types import BaseMetadata
from fastapi.datastructures import DefaultPlaceholder
from pydantic.fields import FieldInfo

# Where FastAPI looks the function up (each module imported it by name).
CALLERS = (fastapi.routing, fastapi.dependencies.utils)
ORIGINAL: Callable[..., Any] = fastapi.utils.create_model_field


class _Uncacheable(Exception):
    """An argument the key cannot compare exactly: that call is not cached."""


def field_key(
    name: str,
    type_: Any,
    default: Any = fastapi.utils.Undefined,
    field_info: Any = None,
    alias: str | None = None,
    mode: str = "validation",
) -> Hashable | None:
    """The cache key of one call, or None when the call must not be cached."""
    try:
        return (name, mode, alias, _value_key(type_), _value_key(default), _value_key(field_info))
    except _Uncacheable:
        return None


def _value_key(value: Any) -> Hashable:
    """`value` as something that compares equal only to what validates the same.

    A field info by its type and every attribute (its repr is FastAPI's `Query(default)`, which
    leaves the constraints out), an `Annotated` type by its parts, lists and dicts by their items,
    anything else by equality with its type (a class by identity, so two classes of one name
    differ; 1 and True differ). Anything else that cannot be hashed: not cached."""
    if isinstance(value, FieldInfo):
        names = sorted({slot for cls in type(value).__mro__ for slot in getattr(cls, "__slots__", ())})
        attributes = [(slot, getattr(value, slot, None)) for slot in names]
        attributes += sorted(getattr(value, "__dict__", {}).items())
        return (type(value), tuple((key, _value_key(item)) for key, item in attributes))
    if isinstance(value, DefaultPlaceholder):  # FastAPI's "not given" marker: compares by value
        return (DefaultPlaceholder, _value_key(value.value))
    if isinstance(value, BaseMetadata) and type(value).__eq__ is object.__eq__:
        # pydantic's `_PydanticGeneralMetadata(pattern=...)`: a class made per call, whose
        # instances are what their attributes say
        return (BaseMetadata, type(value).__qualname__, _value_key(vars(value)))
    if get_origin(value) is Annotated:
        return (Annotated, _value_key(value.__origin__), _value_key(list(value.__metadata__)))
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value, key=repr) if isinstance(value, (set, frozenset)) else value
        return (type(value), tuple(_value_key(item) for item in items))
    if isinstance(value, dict):
        return (dict, tuple((_value_key(key), _value_key(item)) for key, item in value.items()))
    try:
        hash(value)
    except TypeError:
        raise _Uncacheable from None
    return (type(value), value)


@functools.wraps(ORIGINAL)
def cached_create_model_field(*args: Any, **kwargs: Any) -> Any:
    key = field_key(*args, **kwargs)
    if key is None:
        return ORIGINAL(*args, **kwargs)
    try:
        return _FIELDS[key]
    except KeyError:
        field = _FIELDS[key] = ORIGINAL(*args, **kwargs)
        return field


_FIELDS: dict[Hashable, Any] = {}


ORIGINAL_SIGNATURE: Callable[[Callable[..., Any]], inspect.Signature] = (
    fastapi.dependencies.utils.get_typed_signature
)
_SIGNATURES: weakref.WeakKeyDictionary[Callable[..., Any], inspect.Signature] = weakref.WeakKeyDictionary()


@functools.wraps(ORIGINAL_SIGNATURE)
def cached_get_typed_signature(call: Callable[..., Any]) -> inspect.Signature:
    """An endpoint's or dependency's signature, its string annotations evaluated: once per
    function (a module-level function is the same object in every app; a signature cannot be
    changed). Anything but a plain function (a bound method, a callable object) is read every
    time. Held weakly: a function made per app does not outlive it."""
    if not inspect.isfunction(call):
        return ORIGINAL_SIGNATURE(call)
    signature = _SIGNATURES.get(call)
    if signature is None:
        signature = _SIGNATURES[call] = ORIGINAL_SIGNATURE(call)
    return signature


def install() -> None:
    """Route FastAPI's calls through the caches (idempotent)."""
    for module in CALLERS:
        module.create_model_field = cached_create_model_field  # type: ignore[attr-defined]
    fastapi.dependencies.utils.get_typed_signature = cached_get_typed_signature


def uninstall() -> None:
    """FastAPI's own functions again (benchmarks/bench_test_app_build.py compares the two)."""
    for module in CALLERS:
        module.create_model_field = ORIGINAL  # type: ignore[attr-defined]
    fastapi.dependencies.utils.get_typed_signature = ORIGINAL_SIGNATURE
