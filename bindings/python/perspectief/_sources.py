"""Where a document comes from: text, bytes, a dict, or a file."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any, Union

from .errors import IoError, JsonSyntaxError, LimitExceededError, NotFoundError

#: The limits every JSON input gets unless an engine sets its own (as the core's JsonLimits).
DEFAULT_MAX_DEPTH = 128
DEFAULT_MAX_BYTES = 64 * 1024 * 1024

#: The widest nesting any engine may allow. A plan the package already holds (to
#: unpickle, or to hand back to the core as a document) is read with it, so that
#: the plan's own output never fails a narrower limit.
WIDEST_MAX_DEPTH = 1000

#: What ``Plan.parse``, ``Engine.parse`` and the engine loaders accept: JSON
#: text as ``str``, UTF-8 ``bytes``/``bytearray``/``memoryview``, an already
#: decoded ``dict`` (any ``Mapping`` at the top), or a file as ``os.PathLike``.
PlanSource = Union[str, bytes, bytearray, memoryview, Mapping[str, Any], "os.PathLike[str]"]


def read_file(path: os.PathLike[str] | str, max_bytes: int) -> bytes:
    """A whole file, refused before reading when it is larger than ``max_bytes``."""
    try:
        with open(path, "rb") as file:
            size = os.fstat(file.fileno()).st_size
            if size > max_bytes:
                raise LimitExceededError(
                    f"'{os.fspath(path)}' has {size} bytes, more than the limit of {max_bytes}"
                )
            # Read one byte past the limit: a file that grew meanwhile (or a
            # pipe, whose size is 0) is still refused instead of read whole.
            data = file.read(max_bytes + 1)
    except FileNotFoundError as error:
        raise NotFoundError(f"cannot open '{os.fspath(path)}': {error.strerror}") from error
    except OSError as error:
        raise IoError(f"cannot read '{os.fspath(path)}': {error.strerror or error}") from error
    if len(data) > max_bytes:
        raise LimitExceededError(f"'{os.fspath(path)}' is larger than the limit of {max_bytes} bytes")
    return data


def refuse_file_name_as_text(text: str, name: str = "source") -> None:
    """A ``str`` is JSON text, never a path; when it is no JSON but names a
    file, say so rather than report a syntax error at its first character."""
    stripped = text.strip()
    if stripped.startswith(("{", "[")) or not stripped or len(stripped) > 4096 or "\n" in stripped:
        return
    try:
        is_file = os.path.isfile(stripped)
    except (OSError, ValueError):  # a NUL byte, a name too long for the system
        return
    if is_file:
        raise JsonSyntaxError(
            f"{name}: {stripped!r} is not JSON text but the name of a file; a str is always read as JSON "
            f"text, so pass pathlib.Path({stripped!r}) to read the file"
        )


def read_source(source: object, max_bytes: int) -> Any:
    """The form the compiled module takes: str, bytes-like or dict."""
    if isinstance(source, str):
        refuse_file_name_as_text(source)
        return source
    if isinstance(source, (bytes, bytearray, memoryview, dict)):
        return source
    if isinstance(source, os.PathLike):
        return read_file(source, max_bytes)
    if isinstance(source, Mapping):
        return dict(source)
    raise TypeError(
        "expected JSON text (str), UTF-8 bytes, a dict or a path (os.PathLike), "
        f"got {type(source).__name__}"
    )
