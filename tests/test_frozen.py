"""Smoke test of the frozen app: build the bundle and the .deb once, then run them.

Slow (~2–3 min on 2 cores): one PyInstaller build per run through build/make.py — the
README's command. The frozen executable must answer ``--version``, create a school, build
the demo school, print a report with the embedded fonts, run the migrations, and open its
main window offscreen in Russian; the .deb unpacked into a temporary root must run too.
A bundle without its Russian catalogues or fonts fails here.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.reports.pdfcheck import flat, fonts_of, page_texts

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "build"))
import make  # noqa: E402

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux bundle and .deb"),
]
BUNDLE_BUDGET_MB, DEB_BUDGET_MB = 250, 80


@pytest.fixture(scope="module")
def built():
    """Run build/make.py (bundle + .deb) once; returns (bundle, deb, make's output)."""
    pytest.importorskip("PyInstaller")
    if shutil.which("dpkg-deb") is None:
        pytest.skip("dpkg-deb is not installed")
    result = subprocess.run(
        [sys.executable, str(ROOT / "build" / "make.py")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    debs = sorted(make.DIST.glob(f"perekhod_{make.app_version()}_*.deb"))
    assert debs, result.stdout
    return make.BUNDLE, debs[-1], result.stdout


def frozen(bundle: Path, *args: str, timeout: float = 120, **env: str):
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **env}
    environment.pop("PYTHONPATH", None)
    return subprocess.run(
        [str(make.executable(bundle)), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=environment,
    )


def test_build_prints_sizes_within_budget(built):
    bundle, deb, output = built
    assert "bundle dist/perekhod:" in output and "deb dist/" in output
    assert make.folder_size(bundle) <= BUNDLE_BUDGET_MB * 1_000_000
    assert deb.stat().st_size <= DEB_BUDGET_MB * 1_000_000


def test_bundle_complete(built):
    bundle, _, _ = built
    assert make.bundle_problems(bundle) == []
    internal = bundle / "_internal"
    assert not (internal / "pandas").exists()  # the consolidated views pivot in SQL
    assert (internal / "psycopg_binary").is_dir()  # psycopg's C part with its libpq (hubs)


def test_bundle_check_catches_missing_translations_and_fonts(built, tmp_path):
    """The check itself: a bundle without a .qm or a font is reported incomplete."""
    bundle, _, _ = built
    copy = tmp_path / "perekhod"
    shutil.copytree(bundle, copy, symlinks=True, copy_function=os.symlink)
    (copy / "_internal/resources/translations/shell_ru.qm").unlink()
    (copy / "_internal/resources/fonts/PTF55F.ttf").unlink()
    problems = make.bundle_problems(copy)
    assert "missing resources/translations/shell_ru.qm" in problems
    assert "missing resources/fonts/PTF55F.ttf" in problems


def test_frozen_commands(built, tmp_path):
    bundle, _, _ = built
    version = frozen(bundle, "--version")
    assert version.returncode == 0 and version.stdout.strip() == f"perekhod {make.app_version()}"

    init = frozen(bundle, "init", "school", "--data-dir", str(tmp_path / "a"), "--name", "Школа")
    assert init.returncode == 0, init.stderr
    assert (tmp_path / "a" / "perekhod.sqlite").is_file()

    demo_dir = tmp_path / "demo"
    demo = frozen(bundle, "demo", "school", "--data-dir", str(demo_dir))
    assert demo.returncode == 0, demo.stderr

    migrate = frozen(bundle, "migrate", "--data-dir", str(demo_dir))
    assert migrate.returncode == 0, migrate.stderr  # Alembic's scripts found in the bundle

    pdf = tmp_path / "report.pdf"
    report = frozen(bundle, "report", "--data-dir", str(demo_dir), "--out", str(pdf))
    assert report.returncode == 0, report.stderr
    pages = [flat(text) for text in page_texts(pdf)]
    assert len(pages) > 3 and f"стр. 1 из {len(pages)}" in pages[0]
    used = fonts_of(pdf)
    assert used and all(used.values()) and any("PTSerif" in name for name in used), used

    stick = tmp_path / "stick"
    stick.mkdir()
    package = frozen(bundle, "export-package", "--data-dir", str(demo_dir), "--to", str(stick))
    assert package.returncode == 0, package.stderr
    mun = tmp_path / "mun"
    init = frozen(bundle, "init", "municipality", "--data-dir", str(mun), "--name", "Отдел")
    assert init.returncode == 0, init.stderr
    loaded = frozen(bundle, "import-package", "--data-dir", str(mun), package.stdout.strip())
    assert loaded.returncode == 0 and loaded.stdout.strip().endswith(": принят"), loaded.stderr
    view = tmp_path / "view.xlsx"  # a consolidated view
    args = ("--table", "consolidated-indicators", "--out", str(view))
    exported = frozen(bundle, "export-xlsx", "--data-dir", str(mun), *args)
    assert exported.returncode == 0 and view.is_file(), exported.stderr
    # a regional hub's driver is inside: psycopg (with its libpq) resolves the server's name
    hub = frozen(bundle, "--database-url", "postgresql://perekhod@server.invalid/db", "migrate")
    assert hub.returncode == 1 and "сервер с таким именем не найден" in hub.stderr, hub.stderr


def test_frozen_gui_opens_in_russian(built, tmp_path):
    bundle, _, _ = built
    folder = tmp_path / "demo"
    assert frozen(bundle, "demo", "school", "--data-dir", str(folder)).returncode == 0
    run = frozen(bundle, "--data-dir", str(folder), timeout=90, PEREKHOD_SMOKE_EXIT="60")
    assert run.returncode == 0, run.stdout + run.stderr
    line = next(x for x in run.stdout.splitlines() if x.startswith("smoke-ok "))
    report = json.loads(line.removeprefix("smoke-ok "))
    assert report["frozen"] and report["visible"]
    assert report["page"] == "section_home"
    assert report["navigation"][:3] == ["Главная", "Программа перехода", "Дорожная карта"]
    assert {"qtbase_ru.qm", "shell_ru.qm", "programme_ru.qm"} <= set(report["catalogues"])
    assert report["title"].startswith("Переход — ")


def test_deb_installs_into_a_root_and_runs(built, tmp_path):
    _, deb, _ = built
    fields = subprocess.run(
        ["dpkg-deb", "--field", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    depends = next(x for x in fields.splitlines() if x.startswith("Depends:"))
    from app.system_libraries import LIBRARIES  # what the start-up check names, one list

    for package in {*LIBRARIES.values(), "libxcb-icccm4", "libxcb-cursor0"}:
        assert f" {package}," in depends + ",", package
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    link = root / "usr/bin/perekhod"
    assert link.is_symlink() and os.readlink(link) == "/opt/perekhod/perekhod"
    desktop = (root / "usr/share/applications/perekhod.desktop").read_text(encoding="utf-8")
    assert "Name[ru]=Переход" in desktop and "Exec=/usr/bin/perekhod" in desktop
    assert (root / "usr/share/icons/hicolor/256x256/apps/perekhod.png").is_file()
    run = frozen(root / "opt/perekhod", "--version")
    assert run.returncode == 0 and run.stdout.strip() == f"perekhod {make.app_version()}"
