"""The compiled modules: what runs is the source beside it, and compiled extraction says what Python says."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import zlib
from importlib.machinery import EXTENSION_SUFFIXES

import pytest

from marsad import _compiled

from .conftest import DEV, ROOT


@pytest.fixture
def fake_build(tmp_path, monkeypatch):
    """A package ``pkgx`` with a module ``mod`` whose "compiled" file is not loadable: importing it through
    the standard finder fails, through the guard's finder gives the source."""
    pkg = tmp_path / "pkgx"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "mod.py").write_text("WHERE = 'source'\n")
    (pkg / ("mod" + EXTENSION_SUFFIXES[0])).write_bytes(b"not a shared object")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delenv(_compiled.PURE_ENV, raising=False)
    meta_path = list(sys.meta_path)

    def build(crc: int):
        _compiled.write_manifest(str(pkg), {"mod": crc})
        return _compiled.guard("pkgx", root=str(pkg), modules=("mod",))

    yield pkg, build
    sys.meta_path[:] = meta_path
    for name in ("pkgx.mod", "pkgx"):
        sys.modules.pop(name, None)


def _crc(path) -> int:
    return zlib.crc32(path.read_bytes())


def test_a_module_compiled_from_its_current_source_is_the_one_imported(fake_build):
    pkg, build = fake_build
    assert build(_crc(pkg / "mod.py")) == []
    assert _compiled.status(str(pkg), ("mod",)) == {"mod": "compiled"}
    with pytest.raises(ImportError):  # the standard finder took the compiled file
        import pkgx.mod  # noqa: F401


def test_an_edited_module_runs_from_its_source(fake_build):
    pkg, build = fake_build
    crc = _crc(pkg / "mod.py")
    (pkg / "mod.py").write_text("WHERE = 'source'  # edited after the build\n")
    assert build(crc) == ["pkgx.mod"]
    assert _compiled.status(str(pkg), ("mod",)) == {"mod": "stale"}
    import pkgx.mod

    assert pkgx.mod.WHERE == "source"


def test_pure_python_can_be_asked_for_at_run_time(fake_build, monkeypatch):
    pkg, build = fake_build
    monkeypatch.setenv(_compiled.PURE_ENV, "1")
    assert build(_crc(pkg / "mod.py")) == ["pkgx.mod"]
    import pkgx.mod

    assert pkgx.mod.WHERE == "source"


def test_every_listed_module_exists():
    src = ROOT / "src" / "marsad"
    for m in _compiled.MODULES:
        assert (src / (m.replace(".", "/") + ".py")).is_file(), m


def test_the_build_compiled_every_module_under_ci():
    states = _compiled.status()
    if os.environ.get("CI") != "true" and set(states.values()) != {"compiled"}:
        pytest.skip("not every module runs compiled here (`make compile` builds them); under CI they must")
    assert set(states.values()) == {"compiled"}, states


_EXTRACT = """
import json, sys
from pathlib import Path
from marsad import _compiled
from marsad.api import load_pipeline, make_doc
nlp = load_pipeline()
states = _compiled.status()
out = [sorted(set(states.values()))]
for p in sorted(Path(sys.argv[1]).glob("*.txt")):
    out.append(nlp(make_doc(p.read_text(encoding="utf-8"), id=p.stem, date="2025-11-25")).to_records())
print(json.dumps(out, ensure_ascii=False, sort_keys=True))
"""


def test_compiled_extraction_gives_the_output_of_the_interpreter():
    if "compiled" not in _compiled.status().values():
        pytest.skip("no module runs compiled here (`make compile` builds them)")

    def run(**env):
        env = {**{k: v for k, v in os.environ.items() if k != _compiled.PURE_ENV}, **env}
        res = subprocess.run([sys.executable, "-c", _EXTRACT, str(DEV / "articles")], capture_output=True,
                             text=True, env=env, check=True)
        return json.loads(res.stdout)

    compiled = run()
    pure = run(**{_compiled.PURE_ENV: "1"})
    assert "compiled" in compiled[0] and pure[0] == ["python"]
    assert len(compiled) > 20 and sum(map(len, compiled[1:])) > 500
    assert compiled[1:] == pure[1:]
