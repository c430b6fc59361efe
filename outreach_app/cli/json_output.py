"""`--json`: stdout carries exactly one JSON document, whatever the command and however it ends.

Scripts parse stdout; a line of prose before the document (consent's explanation, a notice
after enrolment) made it unparseable, and a command that failed or had no JSON shape of its
own printed nothing at all. In JSON mode `JsonIo` stands in for the command's `Io`:

- the command's document (`json()` or `document()`) goes to stdout, once;
- human text (`out()`) goes to stderr, where a person running the script still sees it;
- when the command ends without a document (an error, or a command with nothing to return),
  `finish()` writes `{"ok", "exit_code", "error", "messages"}` instead.
"""

from __future__ import annotations

from typing import Any

from outreach_app.cli.common import Io, json_requested

_ERROR_PREFIX = "outreach: "

__all__ = ["JsonIo", "TwoDocumentsError", "json_requested"]


class TwoDocumentsError(RuntimeError):
    """A command tried to write a second JSON document (a bug: the first one stands)."""


class JsonIo(Io):
    """The `Io` of a command run with `--json`; see the module docstring.

    Args:
        inner: the real streams (prompts, stdin and stderr go through it unchanged).
    """

    def __init__(self, inner: Io) -> None:
        super().__init__(stdin=inner.stdin, stdout=inner.stdout, stderr=inner.stderr)
        self._inner = inner
        self._written = False
        self._messages: list[str] = []
        self._error: str | None = None

    def stdin_is_terminal(self) -> bool:
        return self._inner.stdin_is_terminal()

    def read_secret(self, prompt: str) -> str:
        return self._inner.read_secret(prompt)

    def read_line(self, prompt: str) -> str:
        return self._inner.read_line(prompt)

    def confirm(self, question: str, assume_yes: bool) -> bool:
        return self._inner.confirm(question, assume_yes)

    def out(self, text: str) -> None:
        self._messages.append(text)
        self._inner.err(text)

    def err(self, text: str) -> None:
        if text.startswith(_ERROR_PREFIX):
            self._error = text[len(_ERROR_PREFIX) :]
        self._inner.err(text)

    def json(self, value: Any) -> None:
        self._claim()
        self._inner.json(value)

    def document(self, text: str) -> None:
        self._claim()
        self._inner.document(text)

    def _claim(self) -> None:
        if self._written:
            raise TwoDocumentsError("a command wrote a second JSON document")
        self._written = True

    def finish(self, code: int) -> None:
        """Write the fallback document if the command wrote none."""
        if self._written:
            return
        error = self._error
        if code != 0 and error is None:
            error = f"the command failed (exit code {code}); the reason is on stderr"
        self.json({"ok": code == 0, "exit_code": code, "error": error, "messages": self._messages})
