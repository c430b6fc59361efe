"""`outreach enroll --label`: a label the server would refuse is a usage error, said first."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from outreach_app.cli import run
from outreach_app.cli.common import ExitCode, Io

FINGERPRINT = "0000-1111-2222-3333-4444-5555-6666-7777"  # required since protocol v2; not checked here
HOSTILE_LABELS = ["", "van\nlaptop", "\x1b]0;pwned\x07", "x" * 65, "left\u202eright", "nul\x00byte"]


@pytest.mark.parametrize("label", HOSTILE_LABELS)
def test_a_label_that_is_not_one_printable_line_is_refused_before_anything_is_asked(
    tmp_path: Path, label: str
) -> None:
    stdin, out, err = io.StringIO(""), io.StringIO(), io.StringIO()
    code = run(
        ["--data-dir", str(tmp_path / "none"), "enroll", "--root-fingerprint", FINGERPRINT, "--label", label],
        Io(stdin, out, err),
    )
    assert code == int(ExitCode.USAGE)
    assert "--label must be printable text on one line, 1-64 characters" in err.getvalue()
    assert "Traceback" not in err.getvalue()
    if label:
        assert label not in err.getvalue() and label not in out.getvalue()
    assert stdin.tell() == 0  # no passphrase, address or code was read
    assert not (tmp_path / "none").exists()


def test_a_plain_label_passes_the_check_and_goes_on_to_the_vault(tmp_path: Path) -> None:
    err = io.StringIO()
    code = run(
        [
            "--data-dir",
            str(tmp_path / "none"),
            "enroll",
            "--root-fingerprint",
            FINGERPRINT,
            "--label",
            "Van laptop 2",
        ],
        Io(io.StringIO(""), io.StringIO(), err),
    )
    assert code == int(ExitCode.NOT_FOUND)  # no vault here: the label was not the problem
    assert "--label" not in err.getvalue()


def test_enrolment_without_the_root_fingerprint_is_a_usage_error_before_anything_is_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Protocol v2 is the only enrolment: the charity key fingerprint from the code sheet is required."""
    stdin, out, err = io.StringIO(""), io.StringIO(), io.StringIO()
    code = run(["--data-dir", str(tmp_path / "none"), "enroll"], Io(stdin, out, err))
    assert code == int(ExitCode.USAGE)
    assert "--root-fingerprint" in capsys.readouterr().err  # argparse's usage line
    assert stdin.tell() == 0 and not (tmp_path / "none").exists()
