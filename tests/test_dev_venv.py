"""dev.py builds .venv on the fastest interpreter of this Python version it can find (issue 19)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import dev


def test_the_interpreter_a_virtualenv_was_built_on_is_read_from_its_config(tmp_path: Path) -> None:
    (tmp_path / "pyvenv.cfg").write_text(
        "home = /usr/bin\ninclude-system-site-packages = false\nversion = 3.11.2\n"
        "executable = /usr/bin/python3.11\ncommand = /usr/bin/python3.11 -m venv /x/.venv\n"
    )
    assert dev._built_on(tmp_path) == "/usr/bin/python3.11"
    assert dev._built_on(tmp_path / "missing") is None


def test_outreach_python_chooses_the_interpreter(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OUTREACH_PYTHON", "/opt/some/python3.11")
    assert dev.venv_base() == "/opt/some/python3.11"


def test_the_distributions_python_of_this_version_is_preferred_when_it_can_make_a_venv(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # dev.py running on another build of this version (pyenv's, say): the distribution's is chosen
    # when it is there with its venv module, and only then.
    monkeypatch.delenv("OUTREACH_PYTHON", raising=False)
    monkeypatch.setattr(dev, "ensure_debs", lambda packages: None)  # (no apt-get from a test)
    elsewhere = tmp_path / "pyenv" / "python3"
    monkeypatch.setattr(sys, "executable", str(elsewhere))
    distro = Path(f"/usr/bin/python3.{sys.version_info.minor}")
    probe = [str(distro), "-c", "import ensurepip, venv"]
    usable = distro.is_file() and subprocess.run(probe, capture_output=True, check=False).returncode == 0
    assert dev.venv_base() == (str(distro) if usable else str(elsewhere))
    # Run by the distribution's own interpreter, dev.py keeps it.
    monkeypatch.setattr(sys, "executable", str(distro))
    assert dev.venv_base() == str(distro)
