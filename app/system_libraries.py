"""The system libraries Qt needs to open a window on Linux (X11), checked before Qt starts.

Without one of them Qt aborts with its English «Could not load the Qt platform plugin
"xcb"…» and a core dump. :func:`gui_start_problem` finds the missing ones first (by
loading each library the way the dynamic loader will, so a frozen bundle's own copies
count) and words them in one Russian line with the Debian / Astra Linux packages to
install. No Qt is imported here: the check must run before Qt's libraries are loaded.

``LIBRARIES``: what ``readelf -d`` lists as NEEDED, outside the wheel, for PySide6 6.11's
``plugins/platforms/libqxcb.so``, ``libQt6XcbQpa``, ``libQt6Gui``, ``libQt6Widgets``,
``libQt6Core`` and ``libQt6DBus`` (C and C++ runtimes left out: Python needs them too).
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping, Sequence

from app import texts

# soname → the Debian 12 / Astra Linux 1.8 package that ships it
LIBRARIES: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libzstd.so.1": "libzstd1",
    "libz.so.1": "zlib1g",
}
# Programs that show a message box without Qt or Tk, most common first.
DIALOG_COMMANDS: tuple[tuple[str, ...], ...] = (
    ("zenity", "--error", "--no-markup", "--title=Переход", "--text"),
    ("kdialog", "--title", "Переход", "--error"),
    ("xmessage", "-center"),
)


def loads(soname: str) -> bool:
    """Whether the dynamic loader finds ``soname`` (the search Qt's own loading uses)."""
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def missing_libraries(load: Callable[[str], bool] | None = None) -> list[str]:
    """The sonames of :data:`LIBRARIES` that cannot be loaded (by ``load``, default
    :func:`loads`), in list order."""
    load = load or loads
    return [soname for soname in LIBRARIES if not load(soname)]


def xcb_expected(platform: str = sys.platform, environ: Mapping[str, str] = os.environ) -> bool:
    """Whether Qt will open its windows through X11 (xcb): Linux, no other platform
    asked for in ``QT_QPA_PLATFORM``, and not a Wayland session (Qt tries Wayland first
    there and needs none of these libraries)."""
    if not platform.startswith("linux"):
        return False
    asked = environ.get("QT_QPA_PLATFORM", "").strip()
    if asked:
        return asked.split(";")[0].split(":")[0].strip() == "xcb"
    wayland = environ.get("XDG_SESSION_TYPE") == "wayland" and environ.get("WAYLAND_DISPLAY")
    return not wayland


def missing_message(sonames: Sequence[str]) -> str:
    """One Russian line naming the missing libraries and the packages that bring them."""
    packages = list(dict.fromkeys(LIBRARIES[name] for name in sonames))
    return texts.QT_LIBRARIES_MISSING.format(
        libraries=", ".join(sonames), packages=" ".join(packages)
    )


def gui_start_problem(
    platform: str = sys.platform,
    environ: Mapping[str, str] = os.environ,
    load: Callable[[str], bool] | None = None,
) -> str | None:
    """Why Qt could not open a window here, in Russian; None when nothing stands in the way
    (or the platform is not X11, where these libraries are not what Qt needs)."""
    if not xcb_expected(platform, environ):
        return None
    missing = missing_libraries(load)
    if missing:
        return missing_message(missing)
    if not environ.get("DISPLAY"):
        return texts.QT_NO_DISPLAY
    return None


def show_plain(
    message: str,
    environ: Mapping[str, str] = os.environ,
    which: Callable[[str], str | None] | None = None,
    run: Callable[..., object] | None = None,
) -> bool:
    """Show ``message`` in a message box of the desktop (zenity, kdialog or xmessage —
    none of them needs Qt or Tk) when there is a display; whether one was shown."""
    if not environ.get("DISPLAY"):
        return False
    import shutil  # only when the window cannot start: kept off the start path
    import subprocess

    which, run = which or shutil.which, run or subprocess.run
    for command in DIALOG_COMMANDS:
        if which(command[0]) is None:
            continue
        try:
            run([*command, message], check=False, timeout=600)
        except (OSError, subprocess.SubprocessError):
            continue
        return True
    return False
