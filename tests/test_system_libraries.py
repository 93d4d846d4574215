"""Before Qt opens a window on Linux, missing X11 libraries are named in Russian (with the
packages to install) instead of Qt's English abort."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app import system_libraries
from app.system_libraries import (
    LIBRARIES,
    gui_start_problem,
    missing_libraries,
    show_plain,
    xcb_expected,
)

ROOT = Path(__file__).resolve().parent.parent
X11 = {"DISPLAY": ":0"}


def without(*sonames: str):
    return lambda soname: soname not in sonames


def test_missing_libraries_are_named_with_their_packages():
    message = gui_start_problem("linux", X11, without("libxcb-cursor.so.0", "libxcb-icccm.so.4"))
    assert message == (
        "«Переход» не может открыть окно: в системе нет библиотек "
        "libxcb-cursor.so.0, libxcb-icccm.so.4. Установите пакеты libxcb-cursor0 "
        "libxcb-icccm4 (например: sudo apt install libxcb-cursor0 libxcb-icccm4) и "
        "запустите программу снова."
    )


def test_a_package_with_two_missing_libraries_is_named_once():
    message = gui_start_problem("linux", X11, without("libglib-2.0.so.0", "libgthread-2.0.so.0"))
    assert message is not None
    assert "libglib-2.0.so.0, libgthread-2.0.so.0" in message
    assert message.count("libglib2.0-0") == 2  # «Установите пакеты …» and the apt line


@pytest.mark.parametrize(
    ("platform", "environ"),
    [
        ("linux", {"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}),
        ("linux", {"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":0"}),
        ("linux", {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}),
        ("win32", {}),
        ("darwin", {}),
    ],
)
def test_nothing_is_checked_where_qt_does_not_use_x11(platform, environ):
    assert not xcb_expected(platform, environ)
    assert gui_start_problem(platform, environ, lambda _soname: False) is None


@pytest.mark.parametrize("environ", [{"DISPLAY": ":0"}, {"QT_QPA_PLATFORM": "xcb:x=1"}])
def test_x11_is_checked_by_default_and_when_asked_for(environ):
    assert xcb_expected("linux", environ)


def test_everything_present_but_no_display_says_so():
    assert "нет графического сеанса" in gui_start_problem("linux", {}, lambda _s: True)
    assert gui_start_problem("linux", X11, lambda _s: True) is None


def test_the_real_loader_finds_every_library_here():
    """The sonames are right: on this machine (which runs the Qt tests) all load."""
    if not sys.platform.startswith("linux"):
        pytest.skip("Linux sonames")
    assert missing_libraries() == []
    assert not system_libraries.loads("libnot-a-real-library-perekhod.so.9")


@pytest.mark.skipif(shutil.which("readelf") is None, reason="needs binutils' readelf")
def test_the_list_covers_what_qts_x11_plugin_needs():
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    needed: set[str] = set()
    for binary in [
        qt / "plugins" / "platforms" / "libqxcb.so",
        *(qt / "lib" / f"libQt6{name}.so.6" for name in ("XcbQpa", "Gui", "Widgets", "Core")),
    ]:
        dynamic = subprocess.run(
            ["readelf", "-d", str(binary)], capture_output=True, text=True, check=True
        ).stdout
        needed |= set(re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]", dynamic))
    runtime = re.compile(
        r"^(libQt6|libicu|libc\.|libm\.|libstdc\+\+|libgcc_s|libpthread|libdl|ld-)"
    )
    assert {name for name in needed if not runtime.match(name)} <= set(LIBRARIES)


def test_the_readme_names_every_package():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert [p for p in sorted(set(LIBRARIES.values())) if p not in readme] == []


def test_the_window_start_stops_before_qt_with_the_russian_line(monkeypatch, capsys):
    from ui import launcher

    monkeypatch.setattr(system_libraries, "loads", without("libxcb-xkb.so.1"))
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(sys, "platform", "linux")
    shown: list[str] = []
    monkeypatch.setattr(system_libraries, "show_plain", shown.append)
    monkeypatch.setattr("ui.gui.run_gui", lambda _folder: pytest.fail("Qt started"))

    assert launcher.open_gui(object()) == 1
    err = capsys.readouterr().err.strip()
    assert "нет библиотек libxcb-xkb.so.1" in err and "sudo apt install libxcb-xkb1" in err
    assert shown == [err]  # stderr is not a terminal here: a message box too


def test_the_plain_message_box_uses_the_first_tool_there_is():
    ran: list[list[str]] = []
    found = {"xmessage": "/usr/bin/xmessage", "kdialog": "/usr/bin/kdialog"}
    assert show_plain("Текст", {"DISPLAY": ":0"}, found.get, lambda argv, **_: ran.append(argv))
    assert ran == [["kdialog", "--title", "Переход", "--error", "Текст"]]


def test_no_message_box_without_a_display_or_a_tool():
    def run(*_args, **_kwargs):
        pytest.fail("ran")

    assert not show_plain("Текст", {}, lambda _name: "/usr/bin/zenity", run)
    assert not show_plain("Текст", {"DISPLAY": ":0"}, lambda _name: None, run)
