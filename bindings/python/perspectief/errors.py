"""The exceptions of perspectief: one class per C status code (``pp_status``).

Every error raised by the package is a :class:`PerspectiefError` carrying the
stable numeric ``code`` (the C ABI's ``PP_ERR_*`` number), its ``code_name``,
the ``message``, the JSON ``pointer`` of the offending place, every
:class:`~perspectief.Problem` found and the domain ``rules`` involved. Each
subclass also derives from the matching built-in exception where one fits
(``ValueError`` for bad input, ``LookupError`` for unknown ids, ...), so code
that catches built-ins keeps working.

Errors pickle with all their fields, so they survive the trip back from a
Dask or Spark worker.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType

from .problem import Problem


class PerspectiefError(Exception):
    """Base class of every perspectief error."""

    #: The C ABI status number (``PP_ERR_*``) of this class; 0 for the base class.
    CODE: int = 0

    def __init__(
        self,
        message: str,
        *,
        code: int | None = None,
        pointer: str = "",
        problems: Iterable[Problem] = (),
        rules: Iterable[str] = (),
    ) -> None:
        super().__init__(message)
        self.message = message
        self.code = self.CODE if code is None else code
        self.pointer = pointer
        self.problems: tuple[Problem, ...] = tuple(problems)
        self.rules: tuple[str, ...] = tuple(rules)

    @property
    def code_name(self) -> str:
        """The stable lowercase name of the code, e.g. ``"json_syntax"``."""
        return _CODE_NAMES.get(self.code, "unknown")

    def __str__(self) -> str:
        text = self.message
        if self.pointer and self.pointer not in text:
            text += f" (at {self.pointer})"
        return text

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (
            _rebuild,
            (type(self), self.message, self.code, self.pointer, self.problems, self.rules),
        )


class InvalidArgumentError(PerspectiefError, ValueError):
    """A caller error: a value of the wrong kind or outside its range (PP_ERR_INVALID_ARGUMENT)."""

    CODE = 1


class JsonSyntaxError(PerspectiefError, ValueError):
    """The text is not JSON (PP_ERR_JSON_SYNTAX); the message names the byte offset."""

    CODE = 2


class InvalidUtf8Error(PerspectiefError, ValueError):
    """The text is not valid UTF-8 (PP_ERR_INVALID_UTF8)."""

    CODE = 3


class LimitExceededError(PerspectiefError, ValueError):
    """The input is too large or nested too deeply (PP_ERR_LIMIT_EXCEEDED)."""

    CODE = 4


class SchemaError(PerspectiefError, ValueError):
    """JSON of the wrong shape; ``problems`` lists every one (PP_ERR_SCHEMA)."""

    CODE = 5


class ValidationError(PerspectiefError, ValueError):
    """Well-formed but inconsistent (PP_ERR_VALIDATION)."""

    CODE = 6


class ProfileError(PerspectiefError, ValueError):
    """A region profile or municipal settings document is unusable (PP_ERR_PROFILE)."""

    CODE = 7


class MinimumConditionError(PerspectiefError, ValueError):
    """Settings would switch off a regional minimum condition, R-MINIMUM (PP_ERR_MINIMUM_CONDITION)."""

    CODE = 8


class NotFoundError(PerspectiefError, LookupError):
    """An unknown profile, event, part or file, or nothing at a pointer (PP_ERR_NOT_FOUND)."""

    CODE = 9


class RejectedError(PerspectiefError):
    """A workflow event was refused; ``problems`` and ``rules`` name every failed guard (PP_ERR_REJECTED)."""

    CODE = 10


class StateError(PerspectiefError, RuntimeError):
    """An object used in the wrong state, e.g. after it was closed (PP_ERR_STATE)."""

    CODE = 11


class OutOfMemoryError(PerspectiefError, MemoryError):
    """The library ran out of memory (PP_ERR_OUT_OF_MEMORY)."""

    CODE = 12


class IoError(PerspectiefError, OSError):
    """A file could not be read (PP_ERR_IO)."""

    CODE = 13


class InternalError(PerspectiefError, RuntimeError):
    """A bug in perspectief: please report it (PP_ERR_INTERNAL)."""

    CODE = 99


# Read-only, as every module-level value of the package (tests/python/test_object_model.py).
_CLASSES: Mapping[int, type[PerspectiefError]] = MappingProxyType({
    cls.CODE: cls
    for cls in (
        InvalidArgumentError,
        JsonSyntaxError,
        InvalidUtf8Error,
        LimitExceededError,
        SchemaError,
        ValidationError,
        ProfileError,
        MinimumConditionError,
        NotFoundError,
        RejectedError,
        StateError,
        OutOfMemoryError,
        IoError,
        InternalError,
    )
})

# The C ABI's names (pp_status_name); tests check them against the core's.
_CODE_NAMES: Mapping[int, str] = MappingProxyType({
    0: "ok",
    1: "invalid_argument",
    2: "json_syntax",
    3: "invalid_utf8",
    4: "limit_exceeded",
    5: "schema",
    6: "validation",
    7: "profile",
    8: "minimum_condition",
    9: "not_found",
    10: "rejected",
    11: "state",
    12: "out_of_memory",
    13: "io",
    99: "internal",
})


def error_class(code: int) -> type[PerspectiefError]:
    """The exception class for a C status code (the base class for codes this version does not know)."""
    return _CLASSES.get(code, PerspectiefError)


def error_class_for_name(name: str) -> type[PerspectiefError]:
    """The exception class for a code name such as ``"schema"``."""
    for code, code_name in _CODE_NAMES.items():
        if code_name == name:
            return error_class(code)
    raise KeyError(name)


def _rebuild(
    cls: type[PerspectiefError],
    message: str,
    code: int,
    pointer: str,
    problems: tuple[Problem, ...],
    rules: tuple[str, ...],
) -> PerspectiefError:
    return cls(message, code=code, pointer=pointer, problems=problems, rules=rules)


def _from_core(
    code: int,
    message: str,
    pointer: str,
    problems: list[tuple[str, str, str, str, str, str]],
    rules: list[str],
) -> PerspectiefError:
    """Called by the compiled module to turn a core error into an exception."""
    return error_class(code)(
        message,
        code=code,
        pointer=pointer,
        problems=[Problem._from_core(p) for p in problems],
        rules=rules,
    )


__all__ = [
    "PerspectiefError",
    "InvalidArgumentError",
    "JsonSyntaxError",
    "InvalidUtf8Error",
    "LimitExceededError",
    "SchemaError",
    "ValidationError",
    "ProfileError",
    "MinimumConditionError",
    "NotFoundError",
    "RejectedError",
    "StateError",
    "OutOfMemoryError",
    "IoError",
    "InternalError",
    "error_class",
    "error_class_for_name",
]
