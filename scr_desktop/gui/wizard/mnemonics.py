"""Give the labels of one page distinct keyboard mnemonics (Alt+letter)."""

from __future__ import annotations

# Letters the case window already takes, whatever the page: the menus (Vault,
# Case, View) and the wizard's Back, Next and Close case buttons.
WINDOW_MNEMONICS = frozenset("vewbnc")


def with_mnemonic(text: str, used: set[str]) -> str:
    """Return ``text`` with '&' before its first letter not yet in ``used`` (recorded there)."""
    for i, ch in enumerate(text):
        low = ch.lower()
        if ch.isalpha() and ch.isascii() and low not in used:
            used.add(low)
            return text[:i] + "&" + text[i:]
    return text
