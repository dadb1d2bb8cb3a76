"""The audit log's anchor outside the vault, so truncating or rewriting the chain shows.

Someone holding the passphrase can delete the last audit entries (an export
that was not anonymised, a reveal of identifying details) or edit one and
recompute every later hash: the chain inside the vault then verifies.  The
anchor is the id and hash of the newest committed entry, kept in the
per-user state folder (``audit-anchors.json``, owner-only), a file that is
not copied, restored or rewritten with the vault.  It is moved forward
after each committed entry and when the vault closes, and compared with the
chain at every unlock, before anything new is written, and by Verify.

A problem found at unlock is kept in the anchor file until the user has
seen it in Verify (and is also written to the audit log itself), so a later
entry moving the anchor forward does not hide it.  Each backup's anchor is
kept under the backup's path when it is made; a restore replaces the vault
on purpose and gives it the backup's anchor (or none, for a backup made
before anchors were kept, and the next unlock starts a new one).  A copy of
the vault opened elsewhere has no anchor there, and Verify says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

from .paths import APP_NAME
from .state_file import load_vaults, save_vaults, vault_key


@dataclass(frozen=True)
class Anchor:
    """The id and hash of the newest audit entry known to have been committed."""

    id: int
    hash: str


def anchors_path() -> Path:
    """Return the per-user file holding every vault's anchor."""
    return Path(platformdirs.user_state_dir(APP_NAME, appauthor=False)) / "audit-anchors.json"



def compare(anchor: Anchor | None, tail: Anchor | None, sequence: int,
            hash_at_anchor: str | None) -> list[str]:
    """Return, in plain words, how the chain disagrees with ``anchor`` and the id counter.

    ``tail`` is the newest entry in the vault, ``sequence`` the highest id the
    vault ever handed out (``sqlite_sequence``), ``hash_at_anchor`` the hash
    stored in the vault for the anchor's id (None if that entry is gone).
    """
    problems = []
    newest = tail.id if tail is not None else 0
    if sequence > newest:
        problems.append(f"Entries {newest + 1} to {sequence} were removed from the end of the "
                        "audit log (the vault had numbered entries up to "
                        f"{sequence}).")
    if anchor is not None:
        if anchor.id > newest:
            problems.append(f"The audit log ends at entry {newest}, but this computer recorded "
                            f"entry {anchor.id}: the later entries were removed.")
        elif hash_at_anchor != anchor.hash:
            problems.append(f"Entry {anchor.id} is not the entry this computer recorded: the "
                            "log was rewritten and its chain recomputed.")
    return problems


def _problems(entry: Any) -> list[str]:
    """Return the problems kept in one vault's entry of the anchor file."""
    found = entry.get("problems") if isinstance(entry, dict) else None
    return [str(p) for p in found] if isinstance(found, list) else []


class AnchorStore:
    """The per-user file of anchors, one per vault path."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or anchors_path()

    def get(self, vault_path: Path) -> Anchor | None:
        """Return the anchor recorded for ``vault_path``, if any."""
        entry = self._load().get(vault_key(vault_path))
        try:
            return Anchor(int(entry["id"]), str(entry["hash"])) if entry else None
        except (KeyError, TypeError, ValueError):
            return None

    def problems(self, vault_path: Path) -> list[str]:
        """Return the problems found at an unlock (kept until the anchor is forgotten)."""
        return _problems(self._load().get(vault_key(vault_path)))

    def put(self, vault_path: Path, anchor: Anchor, problems: list[str] | None = None) -> None:
        """Record ``anchor`` (keeping earlier problems, adding ``problems``)."""
        vaults = self._load()  # read once: it is rewritten after every audited view
        key = vault_key(vault_path)
        kept = _problems(vaults.get(key)) + list(problems or [])
        vaults[key] = {"id": anchor.id, "hash": anchor.hash, "problems": kept}
        self._save(vaults)

    def forget(self, vault_path: Path) -> None:
        """Drop the anchor of ``vault_path`` (the vault was replaced on purpose)."""
        vaults = self._load()
        if vaults.pop(vault_key(vault_path), None) is not None:
            self._save(vaults)

    def _load(self) -> dict[str, Any]:
        return load_vaults(self.path)

    def _save(self, vaults: dict[str, Any]) -> None:
        # No fsync: an anchor lost in a crash is only behind the log, never ahead.
        save_vaults(self.path, vaults, durable=False)
