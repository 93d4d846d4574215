"""``--help`` explains every option in Russian, lists the table names and report kinds,
and offers nothing that is not built yet (which still answers «появится…», exit 1)."""

from __future__ import annotations

import argparse

import pytest

from app.cli import main
from app.cli.parser import build_parser

COMMANDS = [
    *("init", "demo", "backup", "restore", "migrate", "export-xlsx", "import-xlsx", "report"),
    *("export-package", "import-package", "export-key", "import-key", "trust"),
]
TABLES = ["roadmap", "planned-results", "indicators", "events", "support-measures", "deficits"]
TABLES += ["resources", "resource-sufficiency"]  # the municipality's
TABLES += [  # the municipality's analytical report
    *("municipal-results", "municipal-plan", "municipal-school-results", "municipal-roadmaps"),
    *("municipal-indicators", "municipal-conclusions", "municipal-resources"),
    "municipal-completeness",
]
KINDS = ["summary", "roadmap", "partnership", "self-assessment", "blank-self-assessment"]


def help_of(*args: str, capsys) -> str:
    with pytest.raises(SystemExit) as done:
        main([*args, "--help"], default_data_dir=None, open_gui=None)
    assert done.value.code == 0
    return capsys.readouterr().out


def subparsers() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action._name_parser_map)


def test_main_help_lists_the_built_commands_only(capsys):
    text = help_of(capsys=capsys)
    for command in COMMANDS:
        assert f"\n    {command}" in text, command
    assert "--database-url URL" in text and "PostgreSQL" in text
    assert "использование: perekhod" in text and "Коды завершения" in text


@pytest.mark.parametrize("command", COMMANDS)
def test_every_option_of_a_command_is_explained_in_russian(command):
    parser = subparsers()[command]
    hidden = {"school", "all"}
    if command in ("report", "export-xlsx"):  # --school: a municipality's imported school
        hidden.discard("school")
    if command == "export-package":  # a municipality's return packages
        hidden -= {"school", "all"}
    for action in parser._actions:
        if action.dest in hidden:
            assert action.help == argparse.SUPPRESS
            continue
        assert action.help and any("а" <= c <= "я" for c in action.help.lower()), action.dest
    assert parser.description and any("а" <= c <= "я" for c in parser.description.lower())


@pytest.mark.parametrize("command", ["export-xlsx", "import-xlsx"])
def test_table_commands_list_every_table(command, capsys):
    text = help_of(command, capsys=capsys)
    for table in TABLES:
        assert f"\n  {table} " in text, table
    assert "дорожной карты" in text and "меры поддержки" in text


def test_report_lists_its_kinds_the_municipal_one_included(capsys):
    text = help_of("report", capsys=capsys)
    for kind in KINDS:
        assert f"\n  {kind} " in text, kind
    assert "\n  municipal " in text and "аналитическая справка" in text


def test_demo_offers_the_school_and_the_municipality(capsys):
    text = help_of("demo", capsys=capsys)
    assert "school —" in text and "municipality —" in text and "--schools N" in text


def test_a_usage_error_lists_only_what_is_offered(capsys):
    with pytest.raises(SystemExit) as done:
        main(["frobnicate"], default_data_dir=None, open_gui=None)
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert "'init'" in err and "'report'" in err
    assert "'export-package'" in err and "'import-key'" in err


def test_the_municipal_report_is_offered():
    parser = subparsers()["report"]
    kind = next(a for a in parser._actions if a.dest == "kind")
    assert "municipal" in kind.choices and "municipal" in list(kind.choices)
