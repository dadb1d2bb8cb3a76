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


PASSPHRASE_WORDLIST = "wordlists/eff_large_wordlist.txt"  # noqa: S105 - a file name
PASSPHRASE_SEPARATOR = "-"  # noqa: S105 - a separator


@lru_cache(maxsize=1)
def _passphrase_words() -> tuple[str, ...]:
    from ..resources import resource_path

    text = resource_path(PASSPHRASE_WORDLIST).read_text(encoding="utf-8")
    words = tuple(w.strip() for w in text.splitlines() if w.strip())
    if len(set(words)) < 7776:
        raise RuntimeError("the passphrase word list is incomplete; reinstall the application")
    return words


def generate_passphrase(words: int = 6) -> str:
    """Return ``words`` words drawn at random from the EFF long list, joined by hyphens.

    Each word adds about 12.9 bits, so the default six give about 77 bits:
    beyond any guessing attack on an AES-256 encrypted PDF.  The words come
    from :mod:`secrets`, never from :mod:`random`.
    """
    if words < 4:
        raise ValueError("a passphrase needs at least four words")
    import secrets

    pool = _passphrase_words()
    return PASSPHRASE_SEPARATOR.join(secrets.choice(pool) for _ in range(words))
