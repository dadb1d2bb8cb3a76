"""Passphrase and password strength, judged the same way for vaults and exports.

Strength comes from zxcvbn (pattern matching against common passwords,
names, keyboard walks and dates), not from character-class rules, and every
refusal carries a reason a person can act on.  Words are also judged with the
spaces and punctuation between them taken out, so that joining guessable
words with hyphens does not make them pass, and without accents.  Given the
words anyone who knows of a case knows (``user_inputs``: names, address,
reference, board), a password made mostly of them is refused whatever
zxcvbn scores it: a long run of names scores well as text but is among an
informed attacker's first guesses.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

_SEPARATORS = re.compile(r"[\W_]+")
MIN_VAULT_LENGTH = 12
MIN_VAULT_SCORE = 3  # zxcvbn score 0..4
ZXCVBN_MAX = 72
SCORE_WORDS = ("Very weak", "Weak", "Fair", "Strong", "Very strong")
MIN_OWN_CHARACTERS = 10  # letters and digits a password needs beyond the case's own words
# letters that carry no combining accent to take off
_FOLD = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ð": "d", "ß": "ss", "æ": "ae",
                       "œ": "oe", "ı": "i", "þ": "th", "ħ": "h"})


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
    # zxcvbn refuses input over 72 characters (and is slow near it); the first
    # 72 characters of a longer passphrase are judged, which only understates it.
    head = passphrase[:ZXCVBN_MAX]
    inputs = _with_folded(user_inputs)
    result = _zxcvbn()(head, user_inputs=inputs)
    # zxcvbn counts a separator as random characters, so "mira-smith" would look far
    # stronger than "mirasmith"; judge the words without separators too, and without
    # accents ("Zoë" typed as "Zoe"), and keep the worst.
    joined = _SEPARATORS.sub("", head)
    for variant in dict.fromkeys((joined, fold(joined))):
        if variant and variant != head:
            other = _zxcvbn()(variant, user_inputs=inputs)
            if int(other["score"]) < int(result["score"]):
                result = other
    score = int(result["score"])
    leaning = _leans_on(joined, user_inputs)
    if leaning is not None and len(passphrase) >= min_length:
        return Strength(min(score, 1), False,
                        "It is built from words anyone who knows of the case could guess ("
                        + ", ".join(leaning) + "). Add unrelated words of your own.")
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
        known = _known_words(result)
        if known:
            why = ("It is built from words anyone who knows of the case could guess ("
                   + ", ".join(known) + ")")
        else:
            why = warning or "It would be easy to guess."
        return Strength(score, False, f"{why.rstrip('.')}. {hint}".strip())
    return Strength(score, True, "Strong enough.")


def fold(text: str) -> str:
    """Return ``text`` lower-cased with its accents taken off (``Łukasiewicz-Nguyễn`` ->
    ``lukasiewicz-nguyen``), as a person typing a name on an English keyboard would."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.translate(_FOLD)


def _with_folded(words: tuple[str, ...]) -> list[str]:
    """Return ``words`` in their order, each followed by its accent-free form if different."""
    out: dict[str, None] = {}
    for word in words:
        out[word] = None
        out[fold(word)] = None
    return list(out)


def _leans_on(joined: str, known: tuple[str, ...]) -> list[str] | None:
    """Return the known words a password is mostly made of, or None if it is not.

    A password leans on the case when, with every known word of three letters
    or more taken out (accents ignored), fewer than :data:`MIN_OWN_CHARACTERS`
    of its letters and digits are left: whatever zxcvbn scores it, whoever
    knows the case guesses it from a few dozen words."""
    if not known:
        return None
    rest = fold(joined)
    found: list[str] = []
    for word in sorted({fold(w) for w in known if len(w) >= 3}, key=len, reverse=True):
        if word in rest:
            rest = rest.replace(word, " ")
            found.append(word)
    own = len(_SEPARATORS.sub("", rest))
    return found if found and own < MIN_OWN_CHARACTERS else None


def _known_words(result: dict[str, Any]) -> list[str]:
    """Return the parts of the judged password that matched ``user_inputs`` (the case's words)."""
    found: list[str] = []
    for match in result.get("sequence") or []:
        if match.get("dictionary_name") == "user_inputs":
            word = str(match.get("matched_word") or "")
            if word and word not in found:
                found.append(word)
    return found


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


PDF_PASSWORD_MAX_BYTES = 32
"""Poppler (pdftotext, pdftoppm, Evince, Okular) reads only the first 32 bytes of a PDF password."""

PASSPHRASE_WORDS = 4


def generate_passphrase(words: int = PASSPHRASE_WORDS, *,
                        max_length: int | None = PDF_PASSWORD_MAX_BYTES) -> str:
    """Return ``words`` words drawn at random from the EFF long list, joined by hyphens.

    By default the passphrase is four words and at most 32 characters, the
    most that poppler-based PDF readers (Evince, Okular, pdftotext) use, so
    the people it is sent to can open the PDF on Linux too.  Four words are
    drawn; if the result is longer than ``max_length`` the whole draw is
    thrown away and made again (about one draw in three), which leaves every
    short-enough combination equally likely: about 2.47e15 of them, or 51.1
    bits.  That is enough because each guess at an AES-256 revision 6 PDF
    password costs at least 64 rounds of SHA-2 and AES over the password
    (ISO 32000-2, algorithm 2.B): at a hundred thousand guesses a second
    a search takes centuries on average.  ``max_length=None`` lifts the
    limit for uses that are not PDFs.  The words come from :mod:`secrets`,
    never from :mod:`random`.
    """
    if words < 4:
        raise ValueError("a passphrase needs at least four words")
    pool = _passphrase_words()
    mean = sum(len(w) for w in pool) / len(pool)
    if max_length is not None and words * (mean + 1) - 1 > max_length:
        # Most draws would be too long and the loop below would hardly ever end.
        raise ValueError(f"{words} words rarely fit in {max_length} characters; "
                         "pass max_length=None")
    import secrets

    while True:
        phrase = PASSPHRASE_SEPARATOR.join(secrets.choice(pool) for _ in range(words))
        if max_length is None or len(phrase) <= max_length:
            return phrase
