"""LibreOffice for round-trip tests, when it is installed with the part a test needs (a
machine may have Writer without Calc)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

# The component's library in LibreOffice's program folder (libswlo.so, swlo.dll, …).
LIBRARIES = {"writer": "swlo", "calc": "sclo"}


def soffice_with(component: str) -> str | None:
    """The ``soffice`` command when LibreOffice has ``component`` («writer», «calc»)."""
    soffice = shutil.which("soffice")
    if soffice is None:
        return None
    program = Path(os.path.realpath(soffice)).parent
    library = LIBRARIES[component]
    if any(program.glob(f"lib{library}.*")) or any(program.glob(f"{library}.*")):
        return soffice
    return None
