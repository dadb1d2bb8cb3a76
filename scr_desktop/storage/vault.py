"""The vault: one encrypted SQLCipher file holding every case and the audit log.

:meth:`Vault.create` makes a new owner-only file; :meth:`Vault.open` unlocks
an existing one.  Opening honours the wrong-passphrase pause kept by
:class:`~.attempts.AttemptLimiter`, verifies every page's HMAC before
anything is written (so a damaged file is reported and left exactly as it
was), refuses a vault from a newer app, and upgrades an older one only after
writing an encrypted backup of it.  The page check grows with the file, so
an application may open with ``defer_check``: the vault can be read at
once, writes are held, and :meth:`Vault.finish_check` (run in the
background) checks every page, then lets the held writes through or, on
damage, refuses them.  A successful unlock writes the failures
since the last one, then the unlock itself, into the audit log.  The vault
never deletes, recreates or downgrades a file on its own.  All access goes
through one lock, so a vault opened on a worker thread may be used on another.

The file is keyed by a random vault key kept in key slots beside it
(:mod:`.keyslots`, :mod:`.keyfile`): the passphrase opens its slot, a
recovery key or IT's escrow identity open theirs (:meth:`Vault.open_with`).
A vault keyed by its passphrase, from before key slots, is converted on its
first unlock (:mod:`.slot_migration`).  Copies of the vault (backups) use
the same vault key and carry a key file of their own.  Every change to the
key file is saved with its audit entry, both or neither (:meth:`Vault._save_slots`).
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import secrets
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from types import TracebackType

from scr_desktop.domain.model import now_iso

from .anchor import Anchor, AnchorStore
from .attempts import AttemptLimiter
from .audit import AuditLog
from .chronology import ChronologyRepository
from .connection import (
    Connection,
    Database,
    create_file,
    held_elsewhere,
    open_connection,
    precheck,
)
from .copying import export_encrypted
from .deadlines import DeadlineTable
from .errors import (
    TooManyAttempts,
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultInUse,
    VaultTooNew,
    WalDamaged,
    WrongPassphrase,
    translate,
)
from .keyfile import KeyFileProblem
from .keyfile import exists as key_file_exists
from .keyslots import KeySlots, RawKey, RecoveryDraft, RememberedKeyStale, uses_key_slots
from .meetings import MeetingRepository
from .migrations import CURRENT_VERSION, schema_version, upgrade
from .paths import backup_path, make_private_dir
from .repository import CaseRepository
from .reviews import ReviewRepository
from .slot_key import SlotKey
from .stats import StatsTable


class Vault:
    """An unlocked vault.  Use :meth:`create` or :meth:`open`, and :meth:`close` when done."""

    def __init__(self, db: Database, path: Path, passphrase: str, slots: KeySlots,
                 key: bytes) -> None:
        self.path = path
        self._slots = slots
        self._key = key
        self._db = db
        self._anchors = AnchorStore()
        self._audit = AuditLog(db, on_commit=self._move_anchor)
        self._cases = CaseRepository(db, self._audit)
        self._pepper = secrets.token_bytes(32)
        self._verifiers: set[bytes] = set()
        self._slot_key: SlotKey | None = None
        # False when unlocked with a remembered slot key: the passphrase was not typed.
        self._passphrase_known = not isinstance(passphrase, SlotKey)
        self._know(passphrase, slots)
        self._limiter: AttemptLimiter | None = None
        self._unlocked_at: str | None = None
        # The anchor stays where it was until this unlock has compared the log with it and
        # written what it found (:meth:`_record_unlock`): an entry written before (an escrow
        # slot the policy asks for, an upgrade, a key change's entry owed since a crash), or
        # a close after that unlock entry failed, would otherwise move it past a log cut
        # short or rewritten since, and hide that.
        self._anchor_compared = False
        # True when this unlock converted an older vault to key slots.
        self.converted = False
        # Held for the whole of a backup and of each part of a passphrase change, so
        # that a change never misses a backup being made meanwhile (storage.backup).
        self.backup_lock = threading.RLock()

    # -- opening and closing -----------------------------------------------------
    @classmethod
    def create(cls, path: Path, passphrase: str, *, escrow: str | None = None) -> Vault:
        """Create a new vault at ``path``; refuse if any file is already there.

        Its key slots are the passphrase and, if ``escrow`` names an age
        recipient, IT's escrow; a recovery key is added by :meth:`new_recovery_key`.
        """
        path = Path(path)
        if path.exists() or Path(str(path) + "-wal").exists() or key_file_exists(path):
            raise VaultExists()
        if not passphrase:
            raise ValueError("the passphrase is empty")
        slots, key = KeySlots.new()
        slots.set_passphrase(key, passphrase)
        if escrow:
            slots.add_escrow(key, escrow)
        try:
            make_private_dir(path.parent)
            create_file(path)
        except FileExistsError:
            raise VaultExists() from None
        except OSError as exc:
            raise translate(exc) from None
        try:
            conn = open_connection(path, slots.key_text(key), create=True)
        except BaseException:
            cls._remove_new_file(path)
            raise
        db = Database(conn, path)
        vault = cls(db, path, passphrase, slots, key)
        try:
            with db.transaction() as c:
                upgrade(c)
                vault._audit.record("create vault", detail=f"schema {CURRENT_VERSION}")
            slots.save(path)
        except BaseException:
            db.close()
            cls._remove_new_file(path)
            raise
        with contextlib.suppress(OSError):
            vault._anchors.forget(path)  # an anchor left by an earlier vault at this path
        vault._anchor_compared = True
        vault._anchor_tail()
        return vault

    @classmethod
    def open(cls, path: Path, passphrase: str, *, limiter: AttemptLimiter | None = None,
             verify: bool = True, defer_check: bool = False,
             escrow: str | None = None,
             upgrading: Callable[[int, int], None] | None = None) -> Vault:
        """Unlock the vault at ``path``.

        Raises :class:`~.errors.TooManyAttempts` while a wrong-passphrase pause
        runs, :class:`WrongPassphrase` (counted towards the pause),
        :class:`~.errors.VaultInUse`, :class:`VaultDamaged`,
        :class:`VaultTooNew`, :class:`~.errors.VaultMissing` or a disk error.
        With ``verify`` (the default) every page's HMAC is checked before
        anything is written.  With ``defer_check`` as well, a vault that needs
        no upgrade is returned before the check, with writes held until
        :meth:`finish_check` has run; the unlock is audited then.
        A problem with the key file raises a :class:`~.keyfile.KeyFileProblem`
        (not counted as a wrong passphrase).  A vault from before key slots is
        converted first; with ``escrow`` (an age recipient) a vault without an
        escrow slot for it gains one.  An upgrade tells ``upgrading`` (parts done,
        parts in all: the backup, then each schema step) as it goes, from the
        thread that opens the vault.  ``passphrase`` may be a remembered
        :class:`~.slot_key.SlotKey`: it unwraps the passphrase slot without
        Argon2id, under the same pause and audit; one for a slot the vault no
        longer has raises :class:`~.keyslots.RememberedKeyStale` (not counted).
        """
        path = Path(path)
        limiter = limiter or AttemptLimiter()
        wait = limiter.delay_remaining(path)
        if wait > 0:
            raise TooManyAttempts(wait)
        cls._check_wal(path)
        try:
            return cls._open(path, passphrase, limiter, verify=verify, defer_check=defer_check,
                             escrow=escrow, upgrading=upgrading)
        except WrongPassphrase:
            with contextlib.suppress(OSError):
                limiter.failed(path)
            raise

    @classmethod
    def open_with(cls, path: Path, unwrap: Callable[[KeySlots], bytes], new_passphrase: str,
                  *, how: str) -> Vault:
        """Open the vault through another slot (``unwrap`` returns the vault key), and set
        ``new_passphrase`` in place of the forgotten one.

        ``how`` names the slot in the audit log and in the notice shown at the
        next unlock.  The page check runs before anything is written.
        """
        path = Path(path)
        conn, slots, key = cls._keyed_connection(path, unwrap)
        vault = cls._finish_open(conn, path, new_passphrase, slots, key, limiter=None,
                                 verify=True, defer_check=False, escrow=None)
        try:
            vault._reset_passphrase(new_passphrase, how)
        except BaseException:
            vault.close()
            raise
        return vault

    @classmethod
    def _keyed_connection(cls, path: Path, unwrap: Callable[[KeySlots], bytes]
                          ) -> tuple[Connection, KeySlots, bytes]:
        precheck(path)  # a missing or cut-short vault is named before its key file
        if not uses_key_slots(path):
            raise KeyFileProblem(
                "This vault has not been converted to key slots yet (it was last opened by "
                "an older version of SCR Desktop), so it opens only with its passphrase.",
                code="not_converted")
        try:
            slots = KeySlots.load(path)
            key = unwrap(slots)
        except Exception:
            # Asked once the slot has refused, so a second window is told the vault is in
            # use even when what was typed is wrong (and no attempt is counted); a slot
            # that opens is followed by the vault's own connection, which is refused while
            # another holds the file, so an unlock is not kept waiting for the question.
            if held_elsewhere(path):
                raise VaultInUse() from None
            raise
        slots.check_salt(path)
        try:
            conn = open_connection(path, slots.key_text(key))
        except WrongPassphrase:  # the key came out of its slot: the file is damaged
            raise VaultDamaged(code="vault_page_1_damaged") from None
        return conn, slots, key

    @classmethod
    def _open(cls, path: Path, passphrase: str, limiter: AttemptLimiter, *, verify: bool,
              defer_check: bool, escrow: str | None,
              upgrading: Callable[[int, int], None] | None = None) -> Vault:
        migrated = False
        if isinstance(passphrase, SlotKey) and path.is_file() and not uses_key_slots(path):
            raise RememberedKeyStale()
        if path.is_file() and uses_key_slots(path):
            conn, slots, key = cls._keyed_connection(
                path, lambda s: s.open_with_passphrase(passphrase))
        else:
            from . import slot_migration

            try:
                conn = open_connection(path, passphrase)
            except WrongPassphrase:
                cls._explain_legacy_failure(path, passphrase)
                raise
            try:
                slot_migration.upgrade_first(conn, path, passphrase)
            except BaseException:
                conn.close()
                raise
            conn, slots, key = slot_migration.convert(conn, path, passphrase, escrow)
            migrated = True
        vault = cls._finish_open(conn, path, passphrase, slots, key, limiter=limiter,
                                 verify=verify and not migrated,
                                 defer_check=defer_check, escrow=escrow, upgrading=upgrading)
        if migrated:
            vault.converted = True
            with contextlib.suppress(VaultError):
                vault._audit.record("convert to key slots",
                                    detail="vault key kept in key slots beside the vault")
        return vault

    @staticmethod
    def _explain_legacy_failure(path: Path, passphrase: str) -> None:
        """Name the damage when a passphrase opens the key file but not the vault beside it."""
        if not key_file_exists(path):
            return
        try:
            KeySlots.load(path).open_with_passphrase(passphrase)
        except (WrongPassphrase, KeyFileProblem, RememberedKeyStale):
            return
        raise VaultDamaged(code="vault_header_damaged")

    @classmethod
    def _finish_open(cls, conn: Connection, path: Path, passphrase: str, slots: KeySlots,
                     key: bytes, *, limiter: AttemptLimiter | None, verify: bool,
                     defer_check: bool, escrow: str | None,
                     upgrading: Callable[[int, int], None] | None = None) -> Vault:
        db = Database(conn, path)
        try:
            with db.reading() as c:
                version = schema_version(c)
                if version > CURRENT_VERSION:
                    raise VaultTooNew()
            vault = cls(db, path, passphrase, slots, key)
            vault._limiter = limiter
            if escrow and escrow.strip() not in slots.escrow_recipients():
                vault._add_escrow(escrow)
            if verify and defer_check and version == CURRENT_VERSION:
                db.hold_writes()
                vault._unlocked_at = now_iso()
                return vault
            if verify:
                vault._check_pages()
            if version < CURRENT_VERSION:
                vault._upgrade(version, upgrading)
            vault._record_unlock()
        except BaseException:
            with contextlib.suppress(VaultError):
                db.close()
            raise
        return vault

    def finish_check(self) -> None:
        """Check every page of a vault opened with ``defer_check``, then audit the unlock.

        Raises :class:`VaultDamaged` if the file is damaged: held writes are
        then refused and nothing is written.  Safe to call on another thread.
        """
        if not self._db.writes_held:
            return
        ok = False
        try:
            with self._db.checking():
                self._check_pages()
                self._record_unlock()
                ok = True
                self._db.release_writes()
        except VaultDamaged:
            self._db.damaged = True
            raise
        finally:
            if not ok:
                self._db.release_writes(run_deferred=False)

    @property
    def writes_held(self) -> bool:
        """True while the page check after a deferred unlock is still running."""
        return self._db.writes_held

    def _check_pages(self) -> None:
        """Raise :class:`VaultDamaged` unless every page's HMAC is sound."""
        with self._db.reading() as c:
            if not self._db.is_frozen:  # a copy under way checkpointed everything first
                self._finish_interrupted_checkpoint(c, self.path)
            if [r for r in c.execute("PRAGMA cipher_integrity_check")]:
                raise VaultDamaged()

    def _record_unlock(self) -> None:
        """Audit the failed attempts since the last unlock, then this one."""
        limiter = self._limiter or AttemptLimiter()
        failures = limiter.pending(self.path)
        # Compared before anything new is written, or a new entry would move the anchor on.
        problems = self._audit.anchor_problems(self._anchors.get(self.path))
        self._record_owed()
        with self._db.transaction():
            for when in failures:
                self._audit.record("failed unlock", at=when, detail="recorded at the next unlock")
            if problems:
                self._audit.record("audit anchor mismatch", detail=" ".join(problems))
            self._audit.record("unlock", at=self._unlocked_at)
        # Only now, with what the comparison found in the log, may the anchor move on.
        self._anchor_compared = True
        self._anchor_tail(problems)
        with contextlib.suppress(OSError):
            limiter.succeeded(self.path)

    def _record_owed(self) -> None:
        """Write the key change's audit entry that the key file names but the log lacks.

        A crash between saving the key file and committing its entry leaves
        the change made and unrecorded (:meth:`_save_slots`); the entry is
        written now, at the time of the change, and the key file then names it.
        """
        owed = self._slots.owed
        if owed is None or self._audit.hash_at(int(owed["id"])) == owed["hash"]:
            return
        late = "recorded at the next unlock, as the app stopped before writing it"
        detail = f"{owed['detail']}; {late}" if owed["detail"] else late
        self._save_slots(self._slots_copy(), str(owed["action"]), detail, not_made=None,
                         at=str(owed["at"]))

    def _upgrade(self, version: int,
                 upgrading: Callable[[int, int], None] | None = None) -> None:
        parts = CURRENT_VERSION - version + 1
        if upgrading is not None:
            upgrading(0, parts)
        target = backup_path(self.path, f"before-v{CURRENT_VERSION}")
        self.copy_to(target)
        try:
            with self._db.transaction() as conn:
                upgrade(conn, progress=None if upgrading is None
                        else lambda done, _steps: upgrading(done + 1, parts))
                self._audit.record("migrate", detail=f"schema {version} to {CURRENT_VERSION}")
        except (ValueError, KeyError, TypeError) as exc:
            raise VaultError(
                "The vault could not be upgraded for this version of SCR Desktop because "
                "some of its contents could not be read. The file has not been changed and "
                "a backup was taken first. Contact your IT service desk.",
                code="upgrade_failed",
            ) from exc

    @staticmethod
    def _finish_interrupted_checkpoint(conn: Connection, path: Path) -> None:
        """Copy committed WAL frames left by a crash into the file before checking it.

        ``cipher_integrity_check`` reads the main file only; after a power cut
        during a checkpoint it may hold a half-written page that the WAL still
        covers.  Finishing the checkpoint writes only committed data, and keeps
        such a recoverable vault from being reported as damaged.
        """
        wal = Path(str(path) + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    @staticmethod
    def _check_wal(path: Path) -> None:
        """Refuse to open over a damaged write-ahead log, keeping a copy of it first.

        Runs before any connection exists: opening and closing one would
        checkpoint the log's valid part and truncate it, losing whatever
        committed work lay past the damage.
        """
        from .wal_check import check_wal, keep_aside, wal_path

        report = check_wal(wal_path(path))
        if not report.damaged:
            return
        try:
            keep_aside(path)
        except OSError as exc:
            raise translate(exc) from None
        raise WalDamaged()

    @staticmethod
    def _remove_new_file(path: Path) -> None:
        for p in (path, Path(str(path) + "-wal"), Path(str(path) + "-shm")):
            with contextlib.suppress(OSError):
                p.unlink()
        from .keyfile import remove

        with contextlib.suppress(OSError):
            remove(path)

    def close(self) -> None:
        """Close the vault (the WAL is checkpointed into the file); safe to call twice."""
        if self._db.is_open:
            self._anchor_tail()
        self._db.close()

    # -- the audit anchor outside the vault ------------------------------------------------
    def _move_anchor(self, anchor: Anchor, problems: list[str] | None = None) -> None:
        if not self._anchor_compared:
            return
        with contextlib.suppress(OSError):
            self._anchors.put(self.path, anchor, problems)

    def _anchor_tail(self, problems: list[str] | None = None) -> None:
        """Move the anchor to the newest committed entry (best effort: never stops a close)."""
        try:
            tail = self._audit.tail()
        except VaultError:
            return
        if tail is not None:
            self._move_anchor(tail, problems)

    def audit_anchor_problems(self) -> list[str]:
        """Return every disagreement between the audit log and its anchor, in plain words."""
        found = self._anchors.problems(self.path)
        if self._anchors.get(self.path) is None:
            found.append("This computer holds no record of this vault's audit log yet (a "
                         "copy opened here for the first time, or a restored backup), so "
                         "removed or rewritten entries could not be checked against it.")
        for problem in self._audit.anchor_problems(self._anchors.get(self.path)):
            if problem not in found:
                found.append(problem)
        return found

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    # -- parts -------------------------------------------------------------------
    @property
    def cases(self) -> CaseRepository:
        """The vault's cases."""
        self._db.conn  # noqa: B018 - raises VaultClosed once locked
        return self._cases

    @property
    def deadlines(self) -> DeadlineTable:
        """Every case's deadlines, kept up to date by each save."""
        self._db.conn  # noqa: B018 - raises VaultClosed once locked
        return DeadlineTable(self._db)

    @property
    def stats(self) -> StatsTable:
        """The board's statistics and its own learning themes."""
        self._db.conn  # noqa: B018 - raises VaultClosed once locked
        return StatsTable(self._db, self._audit)

    @property
    def meetings(self) -> MeetingRepository:
        """The vault's sub-group meetings."""
        self._db.conn  # noqa: B018 - raises VaultClosed once locked
        return MeetingRepository(self._db, self._audit)

    @property
    def reviews(self) -> ReviewRepository:
        """The vault's reviews and their report versions."""
        self._db.conn  # noqa: B018 - raises VaultClosed once locked
        return ReviewRepository(self._db, self._audit)

    @property
    def chronology(self) -> ChronologyRepository:
        """The reviews' integrated chronologies and the agencies' column mappings."""
        self._db.conn  # noqa: B018 - raises VaultClosed once locked
        return ChronologyRepository(self._db, self._audit)

    @property
    def audit(self) -> AuditLog:
        """The vault's audit log."""
        self._db.conn  # noqa: B018 - raises VaultClosed once locked
        return self._audit

    @property
    def is_open(self) -> bool:
        """True until :meth:`close`."""
        return self._db.is_open

    @property
    def schema_version(self) -> int:
        """The vault's schema version."""
        with self._db.reading() as conn:
            return schema_version(conn)

    @property
    def database(self) -> Database:
        """The underlying connection wrapper (for backups within this package)."""
        return self._db

    # -- checks and keys ---------------------------------------------------------
    def integrity_check(self) -> list[str]:
        """Return the problems SQLCipher's and SQLite's checks find; [] if the file is sound."""
        try:
            with self._db.reading() as conn:
                problems = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
                problems += [str(r[0]) for r in conn.execute("PRAGMA integrity_check")
                             if r[0] != "ok"]
        except VaultDamaged:
            problems = ["the file is damaged and could not be read in full"]
        if problems:
            self._db.damaged = True
        return problems

    def check_passphrase(self, passphrase: str) -> bool:
        """Return True if ``passphrase`` is the one this vault was unlocked with.

        The remembered slot key of the current passphrase slot counts as the
        passphrase.  A vault unlocked with that key never saw the passphrase:
        the first typed one is checked against the slot (Argon2id, as when
        unlocking) and, if right, known from then on.
        """
        digest = self._digest(passphrase)
        if any(hmac.compare_digest(digest, known) for known in self._verifiers):
            return True
        if self._passphrase_known or isinstance(passphrase, SlotKey) or not passphrase:
            return False
        try:
            self._slots_copy().open_with_passphrase(passphrase)
        except WrongPassphrase:
            return False
        self._passphrase_known = True
        self._verifiers.add(digest)
        return True

    @property
    def passphrase_known(self) -> bool:
        """False while no passphrase was typed since an unlock with a remembered key: the
        next :meth:`check_passphrase` then derives a key (Argon2id), too slow for a UI thread."""
        return self._passphrase_known

    @property
    def slot_key(self) -> SlotKey | None:
        """What "Remember on this device" keeps: the current passphrase slot's key."""
        return self._slot_key

    def _know(self, passphrase: str, slots: KeySlots) -> None:
        """Take ``passphrase`` (and the slot key ``slots`` was opened with) as the current one."""
        self._verifiers = {self._digest(passphrase)}
        self._slot_key = slots.opened_with
        if self._slot_key is not None:
            self._verifiers.add(self._digest(self._slot_key))

    def change_passphrase(self, old: str, new: str) -> None:
        """Put ``new`` in place of ``old``: the passphrase slot is rewrapped, nothing else.

        The vault file is not rewritten; from now on ``old`` opens neither
        the vault nor any copy made after the change.
        """
        if not self.check_passphrase(old):
            raise WrongPassphrase()
        if not new:
            raise ValueError("the new passphrase is empty")
        slots = self._slots_copy()
        slots.set_passphrase(self._key, new)
        try:
            self._save_slots(
                slots, "passphrase change", "passphrase slot rewrapped",
                not_made="The passphrase was not changed: the vault still opens with the "
                         "current passphrase only.",
                made="The vault now opens with the new passphrase only, but the change could "
                     "not be written in the audit log yet; it is written there at the next "
                     "unlock.")
        finally:
            self._take_passphrase(new, slots)

    def _take_passphrase(self, new: str, slots: KeySlots) -> None:
        """Know ``new`` as the passphrase if ``slots`` (with its slot) are now the key file's."""
        if self._slots is slots:
            self._passphrase_known = True
            self._know(new, slots)

    def _slots_copy(self) -> KeySlots:
        s = self._slots
        return KeySlots(vault_id=s.vault_id, salt=s.salt, slots=[dict(x) for x in s.slots],
                        notice=s.notice, owed=None if s.owed is None else dict(s.owed))

    def _save_slots(self, slots: KeySlots, action: str, detail: str, *, not_made: str | None,
                    made: str = "", at: str | None = None) -> None:
        """Put ``slots`` in the key file together with the audit entry ``action``: both or neither.

        The entry is written and the key file saved in one transaction on the
        connection (whose lock a close waits for); if anything fails before
        the commit, the key file is put back as it was, so the keys are as
        before and the log says nothing.  The key file also names the entry
        it owes the log (its id and hash), so an entry that a crash or a
        kill kept from the log (the key file saved, the commit never made)
        is written at the next unlock (:meth:`_record_unlock`).  A failure
        says, before the cause, ``not_made`` (nothing changed) or, if the
        key file could not be put back, ``made`` (what did).
        """
        before = self._slots
        stamp = at or now_iso()
        touched = False
        try:
            with self._db.transaction():
                self._audit.record(action, detail=detail, at=stamp)
                tail = self._audit.tail()
                assert tail is not None
                slots.owed = {"id": tail.id, "hash": tail.hash, "at": stamp, "action": action,
                              "detail": detail}
                touched = True
                slots.save(self.path)
        except BaseException as exc:
            changed = touched and not self._put_back(before, slots)
            if changed:
                self._slots = slots
            if not_made is not None and isinstance(exc, VaultError):
                exc.user_message = f"{made if changed else not_made} {exc.user_message}"
                exc.args = (exc.user_message,)
            raise
        self._slots = slots
        self._anchor_tail()

    def _put_back(self, before: KeySlots, after: KeySlots) -> bool:
        """Save ``before`` again after a failed change to ``after``; False if ``after`` stays."""
        try:
            before.save(self.path)
            return True
        except (VaultError, OSError):
            pass
        try:
            return KeySlots.load(self.path).owed != after.owed
        except (VaultError, OSError):
            return True  # unreadable: the next unlock names the key file's problem

    def _reset_passphrase(self, new: str, how: str) -> None:
        """Set ``new`` after an unlock through ``how`` (a recovery key, IT's escrow)."""
        if not new:
            raise ValueError("the new passphrase is empty")
        slots = self._slots_copy()
        slots.set_passphrase(self._key, new)
        today = date.today().strftime("%d/%m/%Y")
        slots.notice = f"The passphrase of this vault was reset on {today} using {how}."
        try:
            self._save_slots(
                slots, "passphrase reset", f"unlocked with {how}",
                not_made=f"The passphrase was not reset: the vault still opens with its old "
                         f"passphrase, and with {how} as before.",
                made="The vault now opens with the new passphrase, but the reset could not be "
                     "written in the audit log yet; it is written there at the next unlock.")
        finally:
            self._take_passphrase(new, slots)

    def take_notice(self) -> str:
        """Return (once) what happened to the vault's keys since its last unlock, or ''."""
        notice = self._slots.notice
        if notice:
            slots = self._slots_copy()
            slots.notice = ""
            with contextlib.suppress(VaultError):
                slots.save(self.path)
                self._slots = slots
        return notice

    @property
    def has_recovery_key(self) -> bool:
        """True if a recovery key opens this vault."""
        return "recovery" in self._slots.kinds()

    @property
    def recovery_slot_id(self) -> str:
        """The id of the recovery slot in use ('' without one): it changes with the key."""
        return next((str(s["id"]) for s in self._slots.slots if s["kind"] == "recovery"), "")

    @property
    def vault_id(self) -> str:
        """The identity shared by this vault's key file and those of its copies."""
        return self._slots.vault_id

    @property
    def escrow_recipients(self) -> list[str]:
        """The age recipients this vault is escrowed to."""
        return self._slots.escrow_recipients()

    def new_recovery_key(self) -> str:
        """Make a new recovery key (any earlier one stops working); return it, to show once."""
        draft = self.draft_recovery_key()
        self.keep_recovery_key(draft)
        return draft.code

    def draft_recovery_key(self) -> RecoveryDraft:
        """Make a new recovery key to show; nothing changes until :meth:`keep_recovery_key`."""
        return self._slots.draft_recovery(self._key)

    def keep_recovery_key(self, draft: RecoveryDraft) -> None:
        """Make ``draft`` this vault's recovery key; any earlier one stops opening the vault."""
        if draft.slot.get("kind") != "recovery":
            raise ValueError("not a recovery key")
        slots = self._slots_copy()
        slots.keep(draft)
        self._save_slots(
            slots, "new recovery key", "",
            not_made="The new recovery key was not kept, so nothing changed: the key just "
                     "shown does not open the vault, and any recovery key kept before still "
                     "does. Make a new recovery key again (a sheet saved for the key just "
                     "shown is of no use).",
            made="The new recovery key was kept (the vault opens with it, and no longer with "
                 "any earlier one), but this could not be written in the audit log yet; it "
                 "is written there at the next unlock.")

    def _add_escrow(self, recipient: str) -> None:
        slots = self._slots_copy()
        slots.add_escrow(self._key, recipient)
        self._save_slots(
            slots, "escrow slot added", "wrapped to the escrow key named in the policy",
            not_made="The vault could not be given the escrow slot the policy names, so it "
                     "was not unlocked and nothing changed.",
            made="The vault was given the escrow slot the policy names, but it was not "
                 "unlocked and this could not be written in the audit log yet; it is "
                 "written there at the next unlock.")

    # -- copies ------------------------------------------------------------------
    def copy_key(self, passphrase: str) -> RawKey:
        """Return the key copies of this vault are encrypted with (the vault key).

        Every copy uses the vault key whatever its passphrase; ``passphrase``
        goes into the copy's own key file (:meth:`write_copy_keys`).
        """
        return self._slots.key_text(self._key)

    def write_copy_keys(self, copy_path: Path, passphrase: str) -> KeySlots:
        """Write the key file of a copy of this vault at ``copy_path``; return what was written.

        Its slots are this vault's, with ``passphrase`` in the passphrase
        slot (a copy may be given a passphrase of its own).
        """
        slots = self._slots
        if not self.check_passphrase(passphrase):
            slots = self._slots_copy()
            slots.set_passphrase(self._key, passphrase)
        slots = KeySlots(vault_id=slots.vault_id, salt=slots.salt, slots=slots.slots)
        slots.save(copy_path)
        return slots

    def copy_to(self, target: Path) -> None:
        """Write an encrypted copy of the vault and its key file to the new file ``target``."""
        from .keyfile import remove

        # The key file first: the copy takes its name only once complete.
        make_private_dir(target.parent)
        KeySlots(vault_id=self._slots.vault_id, salt=self._slots.salt,
                 slots=self._slots.slots).save(target)
        try:
            export_encrypted(self._db, target, self.copy_key(""))
        except BaseException:
            remove(target)
            raise

    def _digest(self, passphrase: str) -> bytes:
        return hmac.new(self._pepper, passphrase.encode("utf-8"), hashlib.sha256).digest()
