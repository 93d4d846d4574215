"""Build everything this platform allows: the PyInstaller bundle, then

- on Linux a .deb (``/opt/perekhod``, ``/usr/bin/perekhod``, a desktop entry), and
- on Windows an installer made by makensis from build/windows/perekhod.nsi;

then print the sizes.

    uv run python build/make.py            # bundle + package
    uv run python build/make.py --no-package

PyInstaller works in ``.pyi-work/`` and writes ``dist/`` (both ignored by git); its default
``./build/`` work folder would be this one. The bundle is checked before packaging (Russian
catalogues, fonts, instruments, migrations, every module the code loads by name).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
DIST = ROOT / "dist"
WORK = ROOT / ".pyi-work"
NAME = "perekhod"
BUNDLE = DIST / NAME
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(BUILD))


# System libraries Qt's xcb platform and the bundle need on the user's machine: the packages
# of app/system_libraries.py (what readelf lists as NEEDED for the Qt libraries and the xcb
# plugin; the same list the start-up check names), one source for both.
def deb_depends() -> list[str]:
    from app.system_libraries import LIBRARIES

    return ["libc6 (>= 2.36)", *sorted(set(LIBRARIES.values()))]


DESKTOP_ENTRY = """[Desktop Entry]
Type=Application
Version=1.0
Name=Переход
Name[ru]=Переход
GenericName=Program of transition for schools
GenericName[ru]=Программа перехода школы
Comment=Transition programme, roadmap, partnership and self-assessment of a school
Comment[ru]=Программа перехода, дорожная карта, партнёрство и самодиагностика школы
Exec=/usr/bin/perekhod
Icon=perekhod
Terminal=false
Categories=Office;Education;
StartupWMClass=perekhod
"""


def app_version() -> str:
    from app.version import APP_VERSION

    return APP_VERSION


def run(*command: str | Path, **kwargs) -> None:
    print("$", " ".join(str(c) for c in command), flush=True)
    subprocess.run([str(c) for c in command], check=True, cwd=ROOT, **kwargs)


def build_bundle(clean: bool = True) -> Path:
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    if clean:
        command.append("--clean")
    command += ["--workpath", WORK, "--distpath", DIST, BUILD / "perekhod.spec"]
    run(*command)
    return BUNDLE


# checking the bundle ------------------------------------------------------------------


def executable(bundle: Path = BUNDLE) -> Path:
    return bundle / (f"{NAME}.exe" if sys.platform == "win32" else NAME)


def bundled_modules(bundle: Path = BUNDLE) -> set[str]:
    """Names of the Python modules inside the bundle's archive (PYZ), and of the compiled
    extension modules beside it (``psycopg_binary/pq.cpython-….so`` → ``psycopg_binary.pq``)."""
    from PyInstaller.archive.readers import CArchiveReader

    archive = CArchiveReader(str(executable(bundle)))
    names = set()
    for entry in archive.toc:
        if entry.endswith(".pyz"):
            names |= set(archive.open_embedded_archive(entry).toc)
    internal = bundle / "_internal"
    for suffix in ("*.so", "*.pyd"):
        for path in internal.rglob(suffix):
            parts = path.relative_to(internal).parts
            names.add(".".join((*parts[:-1], parts[-1].split(".", 1)[0])))
    return names


def bundle_problems(bundle: Path = BUNDLE) -> list[str]:
    """What a frozen app needs and the bundle lacks (empty when complete)."""
    from hidden_imports import hidden_imports

    internal = bundle / "_internal"
    problems = []
    if not executable(bundle).is_file():
        return [f"no executable {executable(bundle)}"]
    for folder, pattern in [
        ("resources/translations", "*.ts"),
        ("resources/fonts", "*.ttf"),
        ("resources/instruments", "*.json"),
        ("resources/indicators", "*.json"),
        ("db/migrations/versions", "*.py"),
    ]:
        for source in sorted((ROOT / folder).glob(pattern)):
            wanted = source.with_suffix(".qm") if source.suffix == ".ts" else source
            if not (internal / folder / wanted.name).is_file():
                problems.append(f"missing {folder}/{wanted.name}")
    if not list(internal.glob("PySide6/Qt/translations/qtbase_ru.qm")):
        problems.append("missing Qt's qtbase_ru.qm")
    if not (internal / "db/migrations/env.py").is_file():
        problems.append("missing db/migrations/env.py")
    # python-docx builds every Word report on its default template (perekhod.spec)
    if not (internal / "docx/templates/default.docx").is_file():
        problems.append("missing python-docx's default template (docx/templates)")
    modules = bundled_modules(bundle)
    stdlib = sys.stdlib_module_names  # those live in base_library.zip or lib-dynload
    problems += [
        f"module {m} not in the bundle"
        for m in hidden_imports()
        if m.split(".")[0] not in stdlib and m not in modules
    ]
    return problems


# packages ----------------------------------------------------------------------------


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def mb(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def deb_architecture() -> str:
    try:
        return subprocess.run(
            ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "amd64"


def build_deb(bundle: Path = BUNDLE, out_dir: Path = DIST) -> Path:
    """``perekhod_<version>_<arch>.deb``: /opt/perekhod, /usr/bin/perekhod, menu entry."""
    version = app_version()
    arch = deb_architecture()
    out = out_dir / f"{NAME}_{version}_{arch}.deb"
    with tempfile.TemporaryDirectory(prefix="perekhod-deb-") as temp:
        root = Path(temp) / "root"
        opt = root / "opt" / NAME
        shutil.copytree(bundle, opt, symlinks=True)
        (root / "usr/bin").mkdir(parents=True)
        (root / "usr/bin" / NAME).symlink_to(f"/opt/{NAME}/{NAME}")
        apps = root / "usr/share/applications"
        apps.mkdir(parents=True)
        (apps / f"{NAME}.desktop").write_text(DESKTOP_ENTRY, encoding="utf-8")
        icons = root / "usr/share/icons/hicolor/256x256/apps"
        icons.mkdir(parents=True)
        shutil.copy2(ROOT / "resources/icons/perekhod.png", icons / f"{NAME}.png")
        control = root / "DEBIAN"
        control.mkdir()
        installed_kb = (folder_size(root) + 1023) // 1024
        (control / "control").write_text(
            f"Package: {NAME}\n"
            f"Version: {version}\n"
            f"Architecture: {arch}\n"
            "Section: education\n"
            "Priority: optional\n"
            f"Installed-Size: {installed_kb}\n"
            f"Depends: {', '.join(deb_depends())}\n"
            "Maintainer: Perekhod developers <perekhod@localhost>\n"
            "Description: Переход — программа перехода школы в эффективный режим работы\n"
            " Дорожная карта, показатели, партнёрство со школой-лидером, самодиагностика\n"
            " дефицитов и отчёты для муниципалитета. Работает без интернета.\n",
            encoding="utf-8",
        )
        for path in root.rglob("*"):  # predictable modes whatever the umask
            if not path.is_symlink():
                path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)
        out_dir.mkdir(parents=True, exist_ok=True)
        run("dpkg-deb", "--root-owner-group", "-Zxz", "--build", root, out)
    return out


def build_windows_installer(bundle: Path = BUNDLE, out_dir: Path = DIST) -> Path:
    version = app_version()
    out = out_dir / f"{NAME}-{version}-setup.exe"
    makensis = shutil.which("makensis")
    if makensis is None:
        raise SystemExit("makensis not found: install NSIS (https://nsis.sourceforge.io)")
    run(
        makensis,
        "-V2",
        f"-DVERSION={version}",
        f"-DBUNDLE={bundle}",
        f"-DOUTFILE={out}",
        BUILD / "windows" / "perekhod.nsi",
    )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the bundle and the installer.")
    parser.add_argument("--no-package", action="store_true", help="bundle only")
    parser.add_argument("--no-clean", action="store_true", help="reuse PyInstaller's cache")
    args = parser.parse_args(argv)

    bundle = build_bundle(clean=not args.no_clean)
    problems = bundle_problems(bundle)
    if problems:
        print("bundle incomplete:\n  " + "\n  ".join(problems), file=sys.stderr)
        return 1
    print(f"bundle {bundle.relative_to(ROOT)}: {mb(folder_size(bundle))} unpacked")
    if args.no_package:
        return 0
    if sys.platform == "win32":
        installer = build_windows_installer(bundle)
        print(f"installer {installer.relative_to(ROOT)}: {mb(installer.stat().st_size)}")
    elif sys.platform.startswith("linux") and shutil.which("dpkg-deb"):
        deb = build_deb(bundle)
        print(f"deb {deb.relative_to(ROOT)}: {mb(deb.stat().st_size)}")
    else:
        print("no package for this platform (dpkg-deb or Windows needed)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
