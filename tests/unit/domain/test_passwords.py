"""Very long passphrases are judged, never a crash (zxcvbn refuses more than 72 characters)."""

from __future__ import annotations

import pytest

from scr_desktop.domain.passwords import check_strength


@pytest.mark.parametrize("length", [72, 73, 200, 10_000])
def test_long_passphrases_are_judged(length: int) -> None:
    phrase = ("orchard lantern velvet granite meadow " * 300)[:length].strip()
    verdict = check_strength(phrase)
    assert verdict.acceptable and verdict.score >= 3
