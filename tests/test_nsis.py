"""The Windows installer script compiles (makensis runs on Linux too) and keeps user data.

The real bundle is built on Windows (.github/workflows/windows.yml); here makensis packs a
stand-in bundle folder. Running the installer needs Windows or wine (not installed here).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NSI = ROOT / "build" / "windows" / "perekhod.nsi"
MAKENSIS = shutil.which("makensis")


def script() -> str:
    return NSI.read_text(encoding="utf-8")


@pytest.mark.skipif(MAKENSIS is None, reason="makensis is not installed (apt-get install nsis)")
def test_nsi_compiles_against_a_stand_in_bundle(tmp_path):
    bundle = tmp_path / "perekhod"
    (bundle / "_internal" / "resources" / "translations").mkdir(parents=True)
    (bundle / "perekhod.exe").write_bytes(b"MZ stand-in")
    (bundle / "_internal" / "resources" / "translations" / "shell_ru.qm").write_bytes(b"qm")
    out = tmp_path / "perekhod-0.1.0-setup.exe"
    result = subprocess.run(
        [MAKENSIS, "-V2", "-DVERSION=0.1.0", f"-DBUNDLE={bundle}", f"-DOUTFILE={out}", str(NSI)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "warning" not in (result.stdout + result.stderr).lower()
    assert out.read_bytes()[:2] == b"MZ" and out.stat().st_size > 50_000


def test_per_user_russian_with_shortcuts():
    text = script()
    assert "RequestExecutionLevel user" in text
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\' in text
    assert '!insertmacro MUI_LANGUAGE "Russian"' in text
    assert re.search(r'CreateShortCut "\$SMPROGRAMS\\', text)
    assert re.search(r'CreateShortCut "\$DESKTOP\\', text)
    assert "WriteUninstaller" in text


def test_uninstaller_keeps_the_data_folder():
    uninstall = script().split('Section "Uninstall"', 1)[1]
    assert "$APPDATA" not in uninstall and "perekhod.sqlite" not in uninstall
    # only the program's own files go; RMDir without /r keeps the folder if anything remains
    assert 'RMDir /r "$INSTDIR"' not in uninstall
    assert 'RMDir "$INSTDIR"' in uninstall
