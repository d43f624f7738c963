"""The README documents every command, every setting and every error code users can meet."""
import re

from marsad.settings import SETTINGS
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_docs_every_command_is_documented():
    from marsad.cli import _register, cli

    _register()
    for name in cli.commands:
        assert f"marsad {name}" in README, name


def test_docs_every_setting_is_documented():
    for s in SETTINGS:
        assert f"MARSAD_{s.name.upper()}" in README, s.name


def test_docs_quick_start_has_exactly_two_commands():
    block = README.split("## Quick start", 1)[1].split("```", 2)[1]
    cmds = [line for line in block.splitlines()[1:] if line.strip() and not line.startswith("#")]
    assert len(cmds) == 2


def test_docs_figures_table_present():
    assert re.search(r"\| *mention *\|", README)
    assert "articles/s" in README
