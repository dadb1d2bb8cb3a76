"""Real PDF readers for the tests, with no Qt: poppler's text and qpdf's view of the encryption."""

from __future__ import annotations

import subprocess
from pathlib import Path


def pdf_text(path: Path, password: str) -> str:
    """Return the text poppler reads from ``path`` with the user password ``password``."""
    return subprocess.run(["pdftotext", "-upw", password, str(path), "-"],
                          capture_output=True, text=True, check=True).stdout


def qpdf_encryption(path: Path, password: str) -> str:
    """Return qpdf's description of the encryption of ``path``."""
    return subprocess.run(["qpdf", "--show-encryption", f"--password={password}", str(path)],
                          capture_output=True, text=True, check=True).stdout
