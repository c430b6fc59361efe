"""The text of a PDF the app wrote, for the GUI tests that check what is printed.

- `pdf_pages_text(data)`: each page's text.
- `pdf_text(data)`: all of it, whitespace collapsed to single spaces.
"""

from __future__ import annotations

import re
import subprocess


def pdf_pages_text(data: bytes) -> list[str]:
    """Each page's text, by poppler's pdftotext (as `rasterise_pdf` uses its pdftoppm): pypdf's
    pure-Python extraction took ~0.05 CPU-s a page, ~10 times pdftotext's (issue 19)."""
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-", "-"], input=data, capture_output=True, check=True, timeout=60
    )
    return done.stdout.decode("utf-8").split("\f")[:-1]  # a form feed ends each page


def pdf_text(data: bytes) -> str:
    """All text of a PDF with whitespace collapsed."""
    return re.sub(r"\s+", " ", " ".join(pdf_pages_text(data))).strip()
