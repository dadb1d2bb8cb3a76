"""Passphrase and password strength, judged the same way for vaults and exports.

Strength comes from zxcvbn (pattern matching against common passwords,
names, keyboard walks and dates), not from character-class rules, and every
refusal carries a reason a person can act on.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

MIN_VAULT_LENGTH = 12
MIN_VAULT_SCORE = 3  # zxcvbn score 0..4
SCORE_WORDS = ("Very weak", "Weak", "Fair", "Strong", "Very strong")


@dataclass(frozen=True)
class Strength:
    """The verdict on a passphrase."""

    score: int  # 0..4
    acceptable: bool
    reason: str  # why it was refused, or a word of praise

    @property
    def label(self) -> str:
        """Return the score in words."""
        return SCORE_WORDS[self.score]


@lru_cache(maxsize=1)
def _zxcvbn() -> Any:
    from zxcvbn import zxcvbn

    return zxcvbn


def check_strength(
    passphrase: str,
    *,
    min_score: int = MIN_VAULT_SCORE,
    min_length: int = MIN_VAULT_LENGTH,
    user_inputs: tuple[str, ...] = (),
) -> Strength:
    """Judge ``passphrase``; ``user_inputs`` are words it must not lean on (names, etc.)."""
    if not passphrase:
        return Strength(0, False, "Enter a passphrase.")
    if passphrase != passphrase.strip():
        return Strength(0, False, "Remove the spaces at the start or end of the passphrase.")
    # zxcvbn is slow on very long input and such input is strong anyway.
    result = _zxcvbn()(passphrase[:100], user_inputs=list(user_inputs))
    score = int(result["score"])
    if len(passphrase) < min_length:
        return Strength(
            min(score, 2),
            False,
            f"Use at least {min_length} characters: a few unrelated words work well.",
        )
    if score < min_score:
        feedback = result.get("feedback") or {}
        warning = str(feedback.get("warning") or "").strip()
        hint = " ".join(str(s) for s in feedback.get("suggestions") or [])
        why = warning or "It would be easy to guess."
        return Strength(score, False, f"{why.rstrip('.')}. {hint}".strip())
    return Strength(score, True, "Strong enough.")
