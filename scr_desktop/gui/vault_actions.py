"""Backups, restores, passphrase changes and recovery keys, from the Vault menu.

Each action asks for what it needs (a passphrase, a file), then runs off the
UI thread.  The methods that do the work (:meth:`VaultActions.back_up`,
:meth:`VaultActions.restore`, :meth:`VaultActions.change_passphrase`) take
their inputs as arguments, so tests drive them without modal dialogs.
Backups are encrypted with the vault key and carry a key file that opens
with the passphrase typed for them; a restore never replaces
the current vault without keeping it.  The window hands in the parent of
dialogs and what the actions need as callables (its status bar, the open
vault, its path, locking, holding off unlocking, saving the recovery sheet),
never itself.  A new recovery key (:meth:`VaultActions.offer_recovery_key`,
also called by the lock screen for a vault just created or converted) is
shown once and kept only when the person confirms they have kept it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QStatusBar, QWidget

from scr_desktop.gui.messages import Messages
from scr_desktop.gui.worker import BackgroundOp
from scr_desktop.storage.errors import VaultClosed, VaultError

if TYPE_CHECKING:
    from scr_desktop.policy import Policy
    from scr_desktop.storage.vault import Vault

BACKUP_FILTER = "SCR Desktop vaults and backups (*.scrvault);;All files (*)"
UNEXPECTED = ("Something unexpected went wrong. Nothing was changed. Try again; if it keeps "
              "happening, contact your IT service desk.")


def _message(exc: BaseException) -> str:
    return exc.user_message if isinstance(exc, VaultError) else UNEXPECTED


class VaultActions(QObject):
    """The Vault menu's actions for one window (``parent``, whose status bar shows progress)."""

    finished = Signal(str)  # what was done, for tests and the status bar

    def __init__(self, parent: QWidget, *, status_bar: Callable[[], QStatusBar],
                 vault: Callable[[], Vault], vault_path: Callable[[], Path],
                 lock: Callable[[], None], allow_unlock: Callable[[bool], None],
                 policy: Policy, restored: Callable[[Path], None] | None = None,
                 today: Callable[[], date] = date.today,
                 save_recovery_sheet: Callable[[str, str], None] | None = None) -> None:
        super().__init__(parent)
        self._parent = parent
        # Saves (recovery key, vault file name) as the encrypted recovery sheet.
        self._save_recovery_sheet = save_recovery_sheet
        self._status_bar = status_bar
        self._restored = restored
        self._today = today
        self._vault = vault
        self._vault_path = vault_path
        self._lock = lock
        self._allow_unlock = allow_unlock
        self._policy = policy

    def _run(self, title: str, work: Callable[[], Any], done: Callable[[Any], None],
             after: Callable[[], None] | None = None) -> None:
        """Run ``work`` off the UI thread; ``after`` runs first on success and on failure."""
        self._status_bar().showMessage(f"{title}\u2026")

        def failed(exc: BaseException) -> None:
            self._status_bar().clearMessage()
            if after is not None:
                after()
            Messages.error(self._parent, f"{title} did not work", _message(exc))
            self.finished.emit("failed")

        def succeeded(result: Any) -> None:
            self._status_bar().clearMessage()
            if after is not None:
                after()
            done(result)

        if not BackgroundOp(self._parent, title, work, success=succeeded, failure=failed).run():
            self._status_bar().clearMessage()

    # -- automatic backups ---------------------------------------------------------
    def after_unlock(self, vault: Vault, passphrase: str) -> None:
        """Take the day's automatic encrypted backup if one is due."""
        from scr_desktop.storage import backup

        if not backup.automatic_backup_due(vault.path):
            return

        def work() -> Path:
            return backup.automatic_backup(vault, passphrase)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, VaultClosed):
                return  # locked or closed while it ran: the next unlock takes it again
            Messages.error(self._parent, "Automatic backup did not work",
                           f"{_message(exc)} Your vault is unchanged; the backup will be tried "
                           "again next time you unlock.")

        BackgroundOp(self._parent, "automatic backup", work,
                     success=lambda _p: self.finished.emit("automatic backup"),
                     failure=failed).run()

    # -- back up -----------------------------------------------------------------
    def ask_back_up(self) -> None:
        """Ask for the passphrase and a file, then back up."""
        vault = self._vault()
        from scr_desktop.gui.passphrase_dialog import PassphraseDialog

        dialog = PassphraseDialog(
            "Back up the vault",
            "The backup is encrypted with the vault's passphrase. Type it to confirm it is you.",
            parent=self._parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        passphrase = dialog.current_passphrase()
        dialog.deleteLater()  # a dialog left behind would hold the passphrase
        if not accepted:
            return
        self.check_then_back_up(vault, passphrase)

    def check_then_back_up(self, vault: Vault, passphrase: str) -> None:
        """Check ``passphrase``, then ask where to back up.

        After a start with a key remembered on this device the first check
        derives a key from the passphrase (Argon2id, up to a second): it runs
        off the UI thread behind a "Please wait" box, which keeps the window
        from starting a second one meanwhile.  A known passphrase is checked
        at once.
        """
        if vault.passphrase_known:
            self._checked_for_backup(vault, passphrase, vault.check_passphrase(passphrase))
            return

        def failed(exc: BaseException) -> None:
            Messages.error(self._parent, "Backing up did not work",
                           f"{_message(exc)} No backup was made.")
            self.finished.emit("failed")

        BackgroundOp(self._parent, "check the passphrase",
                     lambda: vault.check_passphrase(passphrase),
                     success=lambda right: self._checked_for_backup(vault, passphrase, right),
                     failure=failed, busy="Checking the passphrase\u2026").run()

    def _checked_for_backup(self, vault: Vault, passphrase: str, right: bool) -> None:
        if not vault.is_open:
            return  # locked while the passphrase was checked: nothing was asked for yet
        if not right:
            Messages.error(self._parent, "Wrong passphrase",
                           "That is not the vault's passphrase, so no backup was made. "
                           "Try again.")
            self.finished.emit("wrong passphrase")
            return
        from scr_desktop.storage.paths import backup_file_name, documents_dir

        suggested = documents_dir() / backup_file_name(self._today())
        target = Messages.save_file(self._parent, "Back up to", str(suggested), BACKUP_FILTER)
        if target:
            self.back_up(passphrase, Path(target))

    def back_up(self, passphrase: str, target: Path) -> None:
        """Write an encrypted, verified backup to ``target``."""
        from scr_desktop.storage.backup import backup_to

        vault = self._vault()

        def done(path: Path) -> None:
            Messages.info(self._parent, "Backup made",
                          f"An encrypted, checked copy of the vault was saved as {path.name}.",
                          "It opens only with the vault's passphrase as it is today.")
            self.finished.emit("backup")

        self._run("Backing up", lambda: backup_to(vault, target, passphrase), done)

    # -- restore -------------------------------------------------------------------
    def ask_restore(self) -> None:
        """Ask for a backup file and its passphrase, then restore it."""
        from scr_desktop.storage.paths import backups_dir

        source = Messages.open_file(self._parent, "Restore from", str(backups_dir()),
                                    BACKUP_FILTER)
        if not source:
            return
        from scr_desktop.gui.passphrase_dialog import PassphraseDialog

        dialog = PassphraseDialog(
            "Restore a backup",
            "Type the passphrase the vault had when this backup was made.",
            current_label="&Backup's passphrase:", parent=self._parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        passphrase = dialog.current_passphrase()
        dialog.deleteLater()
        if not accepted:
            return
        if not Messages.confirm(
            self._parent, "Restore a backup",
            "Replace the vault with this backup? The current vault is kept beside it under a "
            "new name, so nothing is lost. The vault will lock first.", yes="&Restore"):
            return
        self.restore(Path(source), passphrase)

    def restore(self, source: Path, passphrase: str) -> None:
        """Lock, then put the backup ``source`` in place of the vault (keeping the current one)."""
        from scr_desktop.storage.backup import restore_from

        path = self._vault_path()
        self._lock()
        # Until the restore has finished, unlocking would open the file about to be moved aside.
        self._allow_unlock(False)

        def done(kept: Path | None) -> None:
            extra = f" The vault it replaced was kept as {kept.name}." if kept else ""
            if self._restored is not None:
                self._restored(path)
            Messages.info(self._parent, "Backup restored",
                          f"The vault was restored from {source.name}.{extra}",
                          "Unlock it with the backup's passphrase.")
            self.finished.emit("restore")

        self._run("Restoring", lambda: restore_from(source, passphrase, path), done,
                  after=lambda: self._allow_unlock(True))

    # -- recovery key ----------------------------------------------------------------
    def ask_new_recovery_key(self) -> None:
        """Make a new recovery key after a confirmation, and show it once."""
        vault = self._vault()
        if vault.has_recovery_key and not Messages.confirm(
                self._parent, "New recovery key",
                "Make a new recovery key? The recovery key kept for this vault now will stop "
                "working, in the vault and in every backup made from now on.",
                yes="&Make a new key"):
            return
        self.show_new_recovery_key()

    def show_new_recovery_key(self) -> QDialog:
        """Show a new recovery key for the open vault (see :meth:`offer_recovery_key`)."""
        return self.offer_recovery_key(self._vault())

    def offer_recovery_key(self, vault: Vault) -> QDialog:
        """Show a new recovery key for ``vault`` once; keep it when the person says they have.

        The dialog is window-modal, without a nested event loop.  Until Done,
        nothing changes: the earlier key (if any) still works, and a lock
        closes the dialog without keeping the new one.  On Done the key goes
        into the vault's key file and its kept backups' (off the UI thread).
        """
        from scr_desktop.gui.recovery_key_dialog import RecoveryKeyDialog

        draft = vault.draft_recovery_key()
        save_sheet: Callable[[], None] | None = None
        if self._save_recovery_sheet is not None:
            sheet = self._save_recovery_sheet
            name = vault.path.name

            def save_sheet() -> None:
                sheet(draft.code, name)

        dialog = RecoveryKeyDialog(draft.code, vault.path, self._parent, save_sheet=save_sheet,
                                   replaces=vault.has_recovery_key)
        dialog.setObjectName("recovery_key_dialog")

        def kept() -> None:
            from scr_desktop.storage.recovery_key import keep_recovery_key

            def done(result: tuple[list[Path], list[Path]]) -> None:
                _done, failed = result
                if failed:
                    Messages.info(
                        self._parent, "Recovery key kept",
                        "The vault now opens with the new recovery key. These backups could "
                        "not be given it and still open only with their passphrase or an "
                        "earlier recovery key: " + ", ".join(p.name for p in failed) + ".")
                self.finished.emit("new recovery key")

            self._run("Keeping the recovery key", lambda: keep_recovery_key(vault, draft), done)

        dialog.accepted.connect(kept)
        dialog.finished.connect(dialog.clear)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # -- passphrase ------------------------------------------------------------------
    def ask_change_passphrase(self) -> None:
        """Ask for the current and the new passphrase, then change it."""
        from scr_desktop.gui.passphrase_dialog import PassphraseDialog

        dialog = PassphraseDialog(
            "Change the passphrase",
            "The vault's key is rewrapped under the new passphrase; the current one stops "
            "opening the vault and the backups this app keeps.",
            new=True, min_score=self._policy.min_vault_passphrase_score,
            parent=self._parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        old, new = dialog.current_passphrase(), dialog.new_passphrase()
        dialog.deleteLater()
        if accepted:
            self.change_passphrase(old, new)

    def change_passphrase(self, old: str, new: str) -> None:
        """Put ``new`` in place of ``old`` (one key slot rewrapped) and retire ``old``."""
        vault = self._vault()

        def work() -> tuple[list[Path], list[Path]]:
            from scr_desktop.storage.passphrase_change import (
                change_passphrase,
                retire_old_passphrase,
            )

            change_passphrase(vault, old, new)
            retired = retire_old_passphrase(vault, old, new)
            from scr_desktop.storage import keystore

            try:
                # What was remembered opened the old slot only: keep the new slot's key.
                if keystore.recall(vault.path, policy=self._policy) is not None:
                    if vault.slot_key is not None:
                        keystore.remember(vault.path, vault.slot_key, policy=self._policy)
                    else:
                        keystore.forget(vault.path)
            except VaultError:
                pass  # the passphrase still opens the vault; remembering is optional
            return retired

        def done(retired: tuple[list[Path], list[Path]]) -> None:
            redone, failed = retired
            still = ""
            if failed:
                still = (" These backups could not be re-encrypted and still open with the old "
                         "passphrase; delete them: " + ", ".join(str(p) for p in failed) + ".")
            Messages.info(self._parent, "Passphrase changed",
                          "The vault now opens only with the new passphrase. The "
                          f"{len(redone)} backups this app keeps were re-encrypted under it, "
                          f"and a fresh backup was taken.{still}",
                          "Backups you saved yourself with \"Back up to\u2026\" still open "
                          "with the old passphrase: delete them, or make new ones.")
            self.finished.emit("passphrase changed")

        self._run("Changing the passphrase", work, done)
