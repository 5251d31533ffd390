"""A script of ``scripts/`` loaded as a module, for the tests of its functions (as a fixture's body:
``yield from script_module("convert_phoenix")``)."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"


def script_module(name: str) -> Iterator[ModuleType]:
    """``scripts/<name>.py`` as the module ``name`` while the caller's fixture lives."""
    if str(SCRIPTS) not in sys.path:  # a script imports its sibling modules (tune_reading)
        sys.path.insert(0, str(SCRIPTS))
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses of the script look their module up by name
    spec.loader.exec_module(module)
    yield module
    sys.modules.pop(name, None)
