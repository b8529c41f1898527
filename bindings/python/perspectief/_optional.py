"""The optional dependencies (pandas, pyarrow), imported only when a table is asked for."""

from __future__ import annotations

import importlib
from typing import Any


def optional_module(name: str, needed_by: str, extra: str) -> Any:
    """Module ``name``, or an ImportError saying how to install it: the package
    itself depends on neither pandas nor pyarrow."""
    try:
        return importlib.import_module(name)
    except ImportError as error:
        raise ImportError(f"{needed_by} needs {name}: pip install {name} (or perspectief[{extra}])") from error


__all__ = ["optional_module"]
