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


def test_docs_every_api_endpoint_and_page_is_documented(tmp_path):
    from marsad.web.app import create_app

    paths = create_app(str(tmp_path / "s.db")).openapi()["paths"]
    assert len(paths) >= 12
    for path in paths:
        assert f"`{path}" in README or f" {path}`" in README, path
    for page in ("/stances", "/quotes", "/actors/{id}", "/documents", "/documents/{key}", "/timeline", "/plans/{id}"):
        assert f"`{page}`" in README, page
