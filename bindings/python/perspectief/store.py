"""The dossier store: a plan's whole life kept, hash-chained and verifiable (docs/store.md)."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Literal

from . import _core as _native
from ._moments import Moment, moment_text
from ._sources import refuse_file_name_as_text
from .engine import Engine
from .plan import Plan
from .sharing import View

#: The SQLite schema version this library writes.
STORE_SCHEMA_VERSION: int = _native.STORE_SCHEMA_VERSION


@dataclass(frozen=True, slots=True)
class SigningKey:
    """An Ed25519 key pair in hex: the lokale team signs fixed versions with
    ``secret_key``; anyone checks them with ``public_key``."""

    public_key: str
    secret_key: str = ""

    def __repr__(self) -> str:  # never print the secret half
        return f"SigningKey(public_key={self.public_key!r})"

    @classmethod
    def generate(cls) -> SigningKey:
        """A new random key pair."""
        return cls(*_native.generate_signing_key())

    @classmethod
    def from_seed(cls, seed: str) -> SigningKey:
        """The key pair of a 32-byte seed (64 hex digits); the same seed gives the same key."""
        return cls(*_native.signing_key_from_seed(seed))


def _engine_core(engine: Engine) -> _native.Engine:
    if not isinstance(engine, Engine):
        raise TypeError(f"expected a perspectief.Engine, got {type(engine).__name__}")
    return engine._core


class Store:
    """A dossier store (docs/store.md): every plan with all of its events, its
    fixed versions byte for byte, akkoord evidence, signatures and the
    disclosure log (R-LOG), append-only and hash-chained.

    ``Store(path)`` opens a SQLite file, creating it unless ``create=False``;
    ``Store(":memory:")``, or ``Store.in_memory()``, is a new store in memory, as
    in SQLite. Every operation is one transaction; two processes may share a
    file. As a context manager it is closed on exit; later use raises
    :class:`~perspectief.StateError`. The operations and their names are the C
    ABI's (``pp_store_*``), as in Java and C# (tests/conformance/operations.json).
    """

    __slots__ = ("_core", "__weakref__")
    _core: _native.Store

    def __init__(self, path: str | os.PathLike[str], *, create: bool = True) -> None:
        self._core = _native.Store.open(os.fspath(path), create)

    @classmethod
    def in_memory(cls) -> Store:
        """A new, empty store in memory, gone when closed: ``Store(":memory:")``, the
        path C's ``pp_store_open`` takes for it (``PP_STORE_IN_MEMORY``)."""
        return cls(":memory:")

    def close(self) -> None:
        self._core.close()

    @property
    def closed(self) -> bool:
        return self._core.closed

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    # ---- Plans and the workflow ----

    def create_plan(self, engine: Engine, event: Mapping[str, Any]) -> Plan:
        """Creates a plan with its genesis event ``plan_aanmaken``."""
        return Plan._wrap(self._core.create_plan(_engine_core(engine), dict(event)))

    def apply(self, engine: Engine, plan_id: str, event: Mapping[str, Any]) -> Plan:
        """Applies one event to the stored plan; a refused event
        (:class:`~perspectief.RejectedError`) stores nothing."""
        return Plan._wrap(self._core.apply(_engine_core(engine), plan_id, dict(event)))

    def get(self, engine: Engine, plan_id: str) -> Plan:
        """The current plan (:class:`~perspectief.NotFoundError`;
        :class:`~perspectief.StateError` once destroyed)."""
        return Plan._wrap(self._core.get(_engine_core(engine), plan_id))

    def plans(self) -> list[str]:
        """The ids of every stored plan, sorted."""
        return self._core.plans()

    def consents(self, plan_id: str) -> list[dict[str, Any]]:
        """The consents the stored plan holds (R-CONSENT-VALID), as in its ``consents``."""
        return self._core.consents(plan_id)

    # ---- Fixed versions, akkoorden, signatures ----

    def fixed_version(self, plan_id: str, version: int) -> str:
        """The plan exactly as stored when ``version`` was fixed (canonical JSON)."""
        return self._core.fixed_version(plan_id, version)

    def record_akkoord(self, plan_id: str, evidence: Mapping[str, Any]) -> dict[str, Any]:
        """Records how an akkoord the plan holds was given:
        ``{"person", "version", "method", "at", "reference"?}``."""
        return self._core.record_akkoord(plan_id, dict(evidence))

    def sign_version(
        self, plan_id: str, version: int, key: SigningKey, *, signer: str, at: Moment
    ) -> dict[str, Any]:
        """Signs a fixed version with the lokale team's key and keeps the signature."""
        return self._core.sign_version(plan_id, version, key.secret_key, signer, moment_text(at))

    # ---- The log ----

    def view(self, engine: Engine, plan_id: str, request: Mapping[str, Any]) -> View:
        """The redacted view, with its disclosure or refusal record logged in the same transaction."""
        return View.from_dict(self._core.view(_engine_core(engine), plan_id, dict(request)))

    def log(self, plan_id: str, record: Mapping[str, Any]) -> None:
        """Appends a ``perspectief/disclosure@1`` record made elsewhere."""
        self._core.log(plan_id, dict(record))

    def rows(self, plan_id: str, chain: Literal["history", "log"]) -> list[dict[str, Any]]:
        """The rows of one chain: ``"history"`` (events, fixed versions, akkoorden,
        signatures) or ``"log"`` (disclosures, refusals, destructions)."""
        return self._core.rows(plan_id, chain)

    # ---- Deadlines, retention, destruction ----

    def deadlines_due(self, engine: Engine, at: Moment) -> list[dict[str, Any]]:
        """What is due or overdue at ``at`` in every live plan, each naming its plan."""
        return self._core.deadlines_due(_engine_core(engine), moment_text(at))

    def retention(self, at: Moment, *, due_only: bool = False) -> list[dict[str, Any]]:
        """Each live plan's retention (Jeugdwet 7.3.8): ``{"plan", "last_at", "retain_until", "due"}``."""
        return self._core.retention(moment_text(at), due_only)

    def destroy(self, plan_id: str, request: Mapping[str, Any]) -> dict[str, Any]:
        """Destroys the plan's content on a recorded request (Jeugdwet 7.3.9);
        returns the log record. The chains keep their hashes and still verify."""
        return self._core.destroy(plan_id, dict(request))

    # ---- Verify, export, import ----

    def verify(
        self,
        plan_id: str | None = None,
        *,
        trusted_keys: Iterable[str] = (),
        expected_heads: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Checks the chains, documents, fixed versions and signatures:
        ``{"ok", "problems", "plans", "heads", "head"}``. Keep ``heads`` outside
        the store and pass them back as ``expected_heads`` to catch a rewritten chain."""
        return self._core.verify(
            plan_id, list(trusted_keys), None if expected_heads is None else dict(expected_heads)
        )

    def export(self, plan_id: str) -> str:
        """The plan's dossier package (canonical JSON)."""
        return self._core.export(plan_id)

    def import_package(self, package: str | bytes) -> str:
        """Imports a package (JSON text or UTF-8 bytes) after verifying it; returns the plan id."""
        if isinstance(package, str):
            refuse_file_name_as_text(package, "package")
        return self._core.import_package(package)

    @staticmethod
    def verify_package(
        package: str | bytes, *, trusted_keys: Iterable[str] = (), expected_heads: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Verifies a dossier package (:meth:`export`) on its own, anywhere, without a
        store: ``{"ok", "problems", "plans", "heads", "head"}``."""
        if isinstance(package, str):
            refuse_file_name_as_text(package, "package")
        return _native.verify_package(
            package, list(trusted_keys), None if expected_heads is None else dict(expected_heads)
        )

    def __repr__(self) -> str:
        return "<Store (closed)>" if self.closed else "<Store>"
