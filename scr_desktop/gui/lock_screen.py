"""The screens before any case data is shown: welcome, create a vault, unlock.

Key derivation runs off the UI thread (:mod:`.worker`).  Each failure has its
own message, chosen by the storage layer's error class, never guessed; a
wrong passphrase adds a growing delay that survives restarting the app.

Unlocking shows the cases as soon as the key is derived and the first page
read; every page of the file is then checked in the background
(:meth:`~scr_desktop.storage.vault.Vault.finish_check`) while writes wait.
:attr:`LockScreen.checked` says the check passed (the day's automatic backup
is taken then); on damage :attr:`LockScreen.damaged` asks the window to lock
at once, the damage is reported here as when unlocking fails, and nothing
held back is written.

"Remember on this device" (off by default) keeps the passphrase slot's key
(:mod:`scr_desktop.storage.slot_key`), not the passphrase, in the OS
credential store through :mod:`scr_desktop.storage.keystore`, only with a
secure backend and when policy allows.  What is remembered is used once,
when the application starts, and unwraps the slot without Argon2id; after a
lock the passphrase must be typed, or locking would protect nothing.  A key
for a slot replaced since (the passphrase was changed) is stale: it is
forgotten and the passphrase asked for, not counted as a failed attempt.  A
remembered secret that names the slot but does not open it is forgotten and
counts as a failed attempt like any other.  A passphrase remembered by an
earlier version is used once as one, then replaced by the slot's key.  The
credential store (whose library costs some 5 MB, still resident when the key
is derived) is asked before unlocking only where a per-device marker
(:mod:`scr_desktop.storage.remembered`) says a passphrase is remembered for the
vault, or once the person ticks the box: until then the box is offered
wherever the policy allows it, and if the store then cannot keep the
passphrase the box is unticked and says why (its tooltip, its accessible
description and the page's message line).

Each page (:mod:`.lock_pages`) is built the first time it is shown: the
application starts on one of them, and building the others (the create
page's form and its strength checker among them) only delayed the first
paint.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QMainWindow,
    QStackedWidget,
)

from scr_desktop import support_log
from scr_desktop.gui.lock_pages import CreatePage, RecoveryPage, UnlockPage, WelcomePage
from scr_desktop.gui.messages import Messages
from scr_desktop.gui.session import VaultSession
from scr_desktop.gui.worker import BackgroundOp
from scr_desktop.policy import Policy
from scr_desktop.storage.attempts import FREE_ATTEMPTS, AttemptLimiter
from scr_desktop.storage.errors import VaultDamaged, VaultError, WrongPassphrase

if TYPE_CHECKING:
    from PySide6.QtWidgets import QCheckBox

    from scr_desktop.storage.vault import Vault

VAULT_FILTER = "SCR Desktop vaults (*.scrvault);;All files (*)"


class LockScreen(QStackedWidget):
    """Welcome, create and unlock, and the work of opening a vault."""

    unlocked = Signal(object)  # the VaultSession, unlocked
    checked = Signal(object)  # the Vault, once every page has been checked after unlocking
    damaged = Signal()  # the check after unlocking found damage: lock without saving
    # (parts done, parts in all) of the upgrade of an older vault, sent from the opening thread
    upgrading = Signal(int, int)

    def __init__(self, default_path: Path, limiter: AttemptLimiter,
                 policy: Policy | None = None) -> None:
        super().__init__()
        # Set by the window when its first read of a just-opened vault met damage.
        self.first_read_failed: VaultDamaged | None = None
        self.setObjectName("lock_screen")
        self.default_path = default_path
        self.limiter = limiter
        self.policy = policy or Policy()
        # Why "Remember on this device" cannot be offered (None: it is offered).  The policy is
        # read at the warm-up, the credential store asked only when needed (check_keystore).
        self.keystore_reason: str | None = (
            None if self.policy.keyring_allowed else "Checking the credential store\u2026")
        self.keystore_checking = False  # the credential store is being asked
        self.keystore_asked = False  # the credential store has answered
        self._keystore_known = False  # check_keystore has run
        # What the status bar was last told about a missing recovery key ('' if it has one).
        self.recovery_hint = ""
        # Called with (vault, passphrase) right after each unlock, for the automatic backup.
        self.after_unlock: Callable[[Vault, str], None] | None = None
        # Called with a vault just created, or just converted to key slots, to show its
        # recovery key once (the window's Vault actions).
        self.recovery_key_wanted: Callable[[Vault], object] | None = None
        self._startup = True
        self.path = default_path
        self.session: VaultSession | None = None
        # The pages, each built on first use (see the module docstring).
        self._welcome: WelcomePage | None = None
        self._create_page: CreatePage | None = None
        self._unlock_page: UnlockPage | None = None
        self._recovery_page: RecoveryPage | None = None
        self.upgrading.connect(self._show_upgrading)

    # -- the pages, built on first use ---------------------------------------------------
    @property
    def welcome(self) -> WelcomePage:
        """Return the first-run page: create a vault, or open one."""
        if self._welcome is None:
            page = WelcomePage(self.default_path)
            page.create_requested.connect(lambda: self.show_create(self.default_path))
            page.open_requested.connect(self._choose_file)
            self.addWidget(page)
            self._welcome = page
        return self._welcome

    @property
    def create_page(self) -> CreatePage:
        """Return the page that creates a vault."""
        if self._create_page is None:
            page = CreatePage()
            page.min_score = self.policy.min_vault_passphrase_score
            page.cancelled.connect(lambda: self.setCurrentWidget(self.welcome))
            page.create_requested.connect(self._create)
            self._offer_remember(page.remember)
            page.remember.toggled.connect(self._remember_toggled)
            self.addWidget(page)
            self._create_page = page
        return self._create_page

    @property
    def unlock_page(self) -> UnlockPage:
        """Return the page that asks for the passphrase."""
        if self._unlock_page is None:
            page = UnlockPage()
            page.forgotten.connect(self.show_recovery)
            page.other_vault.connect(self._choose_other)
            page.unlock.connect(self._unlock)
            self._offer_remember(page.remember)
            page.remember.toggled.connect(self._remember_toggled)
            self.addWidget(page)
            self._unlock_page = page
        return self._unlock_page

    @property
    def recovery_page(self) -> RecoveryPage:
        """Return the page that opens the vault with its recovery key."""
        if self._recovery_page is None:
            page = RecoveryPage()
            page.min_score = self.policy.min_vault_passphrase_score
            page.cancelled.connect(lambda: self.show_unlock(self.path))
            page.recover.connect(self._recover)
            self.addWidget(page)
            self._recovery_page = page
        return self._recovery_page

    def check_keystore(self) -> None:
        """Say, once the window is painted, whether "remember on this device" can be offered.

        The policy is read at once; the credential store itself is asked (off
        the UI thread, loading its library) only where a passphrase is
        remembered for this vault on this device (:mod:`~scr_desktop.storage.remembered`),
        to recall it.  Otherwise the box stays offered, and the store is asked
        when the person ticks it (:meth:`_remember_toggled`).
        """
        from scr_desktop.storage import keystore

        self._keystore_known = True
        problem = keystore.policy_problem(self.policy)
        if problem is not None:
            self._keystore_checked(problem, store_asked=False)
        else:
            self._recall_if_remembered(self.path)

    def _recall_if_remembered(self, path: Path) -> None:
        """At start, unlock with the passphrase remembered for ``path``, if one is (asking
        the credential store first if it has not answered yet)."""
        from scr_desktop.storage import remembered

        if not self._startup or self.keystore_checking or not remembered.is_marked(path):
            return
        if self.keystore_asked:
            if self.keystore_reason is None:
                self._try_remembered(path)
        elif self.keystore_reason is None:
            self.keystore_reason = "Checking the credential store\u2026"
            for page in (self._unlock_page, self._create_page):
                if page is not None:
                    self._offer_remember(page.remember)
            self._ask_store()  # recalls it once the store has answered

    def _ask_store(self) -> None:
        """Ask the credential store, off the UI thread, whether it can keep a passphrase."""
        if self.keystore_checking:
            return
        self.keystore_checking = True

        def reason() -> str | None:
            from scr_desktop.storage import keystore

            return keystore.unavailable_reason(self.policy)

        BackgroundOp(self, "check keystore", reason, success=self._keystore_checked,
                     failure=lambda _exc: self._keystore_checked(
                         "The credential store could not be reached.")).run()

    # -- remember on this device ---------------------------------------------------
    def _keystore_checked(self, reason: str | None, *, store_asked: bool = True) -> None:
        if store_asked:
            self.keystore_checking = False
            self.keystore_asked = True
        self.keystore_reason = reason
        pages = [p for p in (self._unlock_page, self._create_page) if p is not None]
        ticked = any(p.remember.isChecked() for p in pages)
        for page in pages:
            self._offer_remember(page.remember)
        if reason is not None and ticked:
            self._say_not_remembered(reason)
        if reason is None and store_asked and self.currentWidget() is self._unlock_page:
            self._recall_if_remembered(self.path)

    def _offer_remember(self, box: QCheckBox) -> None:
        """Offer "remember on this device" in ``box`` only if the credential store can keep it
        (unticked, and saying why not to the eye and to screen readers, if it cannot)."""
        if not box.property("offer_text"):
            box.setProperty("offer_text", box.accessibleDescription())
        reason = self.keystore_reason
        box.setEnabled(reason is None)
        box.setToolTip(reason or box.property("offer_text"))
        box.setAccessibleDescription(reason or box.property("offer_text"))
        if reason is not None:
            box.setChecked(False)

    def _remember_toggled(self, ticked: bool) -> None:
        """Ask the credential store the first time the person wants the passphrase kept."""
        if ticked and not self.keystore_asked and self.keystore_reason is None:
            self._ask_store()

    def _say_not_remembered(self, reason: str) -> None:
        """Say on the page shown why the box the person had ticked was unticked."""
        if self._create_page is not None and self.currentWidget() is self._create_page:
            self._create_page.say(f"\u26a0 {reason}", problem=True)
        elif self._unlock_page is not None and self.currentWidget() is self._unlock_page:
            self._unlock_page.show_message(reason)

    def _try_remembered(self, path: Path) -> None:
        self._startup = False

        def recall() -> str | None:
            from scr_desktop.storage import keystore

            return keystore.recall(path, policy=self.policy)

        def recalled(secret: str | None) -> None:
            if not secret or self.path != path or self.currentWidget() is not self._unlock_page:
                return
            self.unlock_page.remember.setChecked(True)
            self._unlock(secret, remembered=True)

        BackgroundOp(self, "recall", recall, success=recalled, failure=lambda _exc: None).run()

    def _after_unlock(self, path: Path, slot_key: str | None, remember: bool) -> None:
        """Remember ``slot_key`` (the vault's passphrase slot key) if ``remember``, else forget."""
        def store() -> None:
            from scr_desktop.storage import keystore, remembered

            if remember and slot_key:
                keystore.remember(path, slot_key, policy=self.policy)
            elif remembered.is_marked(path):  # else the store's library is not even loaded
                keystore.forget(path)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, VaultError):
                Messages.error(self.window(), "Not remembered on this device", exc.user_message)

        def forget() -> None:
            from scr_desktop.storage import keystore

            keystore.forget(path)

        if self.keystore_reason is None:
            BackgroundOp(self, "remember", store, success=lambda _r: None, failure=failed).run()
        elif not self.policy.keyring_allowed:
            # Remembered before the policy forbade it: the passphrase must not stay there.
            BackgroundOp(self, "forget", forget, success=lambda _r: None, failure=failed).run()

    # -- navigation --------------------------------------------------------------
    def show_for(self, path: Path | None) -> None:
        """Show the unlock page for ``path`` if it exists, else the welcome page.

        A vault named on the command line (``--vault PATH``) that does not exist
        yet is offered for creation there, not silently replaced by the default.
        """
        if path is not None and path.exists():
            self.show_unlock(path)
        elif path is not None and path != self.default_path:
            self.show_create(path)
        else:
            self.setCurrentWidget(self.welcome)
            self.welcome.setFocus()

    def show_unlock(self, path: Path) -> None:
        """Ask for the passphrase of the vault at ``path``."""
        self.path = path
        self.unlock_page.set_location(path)
        self.unlock_page.clear()
        self.unlock_page.show_message("")
        self.unlock_page.set_busy(False)
        self.unlock_page.hold_off(self.limiter.delay_remaining(path))
        self.setCurrentWidget(self.unlock_page)
        self.unlock_page.setFocus()
        if self._keystore_known:
            self._recall_if_remembered(path)

    def show_recovery(self) -> None:
        """Ask for the recovery key and a new passphrase (the passphrase was forgotten)."""
        self.recovery_page.clear()
        self.recovery_page.set_location(self.path)
        self.recovery_page.show_message("")
        self.recovery_page.set_busy(False)
        self.setCurrentWidget(self.recovery_page)
        self.recovery_page.setFocus()

    def show_create(self, path: Path) -> None:
        """Ask for a passphrase for a new vault at ``path``."""
        if path.exists():
            Messages.info(self, "Vault already exists",
                          f"There is already a vault at {path}.",
                          "Unlock it with its passphrase, or choose a different vault.")
            self.show_unlock(path)
            return
        self.path = path
        self.create_page.set_location(path)
        self.create_page.clear()
        self.setCurrentWidget(self.create_page)
        self.create_page.setFocus()

    def _choose_file(self) -> None:
        path = Messages.open_file(self, "Open a vault", str(self.default_path.parent), VAULT_FILTER)
        if path:
            self.show_unlock(Path(path))

    def _choose_other(self) -> None:
        self._choose_file()

    # -- work ------------------------------------------------------------------
    def _session_for(self, path: Path) -> VaultSession | None:
        if self.session is None or self.session.path != path:
            if self.session is not None:
                self.session.release()
            self.session = VaultSession(path)
        try:
            self.session.acquire()
        except VaultError as exc:
            self._fail(exc)
            return None
        return self.session

    def _create(self, passphrase: str) -> None:
        path = self.path
        session = self._session_for(path)
        if session is None:
            return
        self.create_page.set_busy(True)
        remember = self.create_page.remember.isChecked()
        from scr_desktop.storage.vault import Vault

        def created(vault: Vault) -> None:
            self._opened(session, vault)
            self._offer_recovery_key(vault)
            self._after_unlock(path, vault.slot_key, remember)
            if self.after_unlock is not None:
                self.after_unlock(vault, passphrase)

        escrow = self.policy.escrow_recipient
        BackgroundOp(self, "open vault", lambda: Vault.create(path, passphrase, escrow=escrow),
                     success=self._if_alive(created), failure=self._if_alive(self._fail),
                     deliver_always=True).run()

    def _unlock(self, passphrase: str, remembered: bool = False) -> None:
        path = self.path
        wait = self.limiter.delay_remaining(path)
        if wait > 0:
            self.unlock_page.hold_off(wait)
            return
        session = self._session_for(path)
        if session is None:
            return
        self.unlock_page.set_busy(True)
        remember = self.unlock_page.remember.isChecked()
        from scr_desktop.storage.vault import Vault

        def opened(vault: Vault) -> None:
            self.first_read_failed = None
            self._opened(session, vault)
            failed_read = self.first_read_failed
            if failed_read is not None:
                # The first read (the case list) met a damaged page before the page check
                # could: the same as the check failing, at once.
                self.first_read_failed = None
                self.damaged.emit()
                self._fail(failed_read)
                self._offer_backup(path, passphrase)
                return
            from scr_desktop.storage.slot_key import SlotKey

            if not remembered:
                self._after_unlock(path, vault.slot_key, remember)
            elif not isinstance(passphrase, SlotKey):
                # Remembered by an earlier version (the passphrase): keep the slot's key instead.
                self._after_unlock(path, vault.slot_key, True)
            self._check(session, vault, passphrase)

        def failed(exc: BaseException) -> None:
            stale = isinstance(exc, VaultError) and exc.code == "remembered_key_stale"
            if remembered and stale:
                from scr_desktop.storage import keystore

                self.unlock_page.remember.setChecked(False)
                BackgroundOp(self, "forget", lambda: keystore.forget(path),
                             success=lambda _r: None, failure=lambda _e: None).run()
            elif remembered and isinstance(exc, WrongPassphrase):
                from scr_desktop.storage import keystore

                self.unlock_page.remember.setChecked(False)
                BackgroundOp(self, "forget", lambda: keystore.forget(path),
                             success=lambda _r: None, failure=lambda _e: None).run()
                exc = WrongPassphrase(
                    "The passphrase remembered on this device no longer opens this vault, so "
                    "it has been forgotten. Type the vault's passphrase."
                )
            self._fail(exc)
            if isinstance(exc, VaultDamaged):
                self._offer_backup(path, passphrase)

        BackgroundOp(self, "open vault",
                     lambda: Vault.open(path, passphrase, limiter=self.limiter, defer_check=True,
                                        escrow=self.policy.escrow_recipient,
                                        upgrading=self.upgrading.emit),
                     success=self._if_alive(opened), failure=self._if_alive(failed),
                     deliver_always=True, give_back=False).run()

    def _recover(self, code: str, passphrase: str) -> None:
        """Open the vault with the recovery key; ``passphrase`` replaces the forgotten one."""
        path = self.path
        session = self._session_for(path)
        if session is None:
            return
        self.recovery_page.set_busy(True)
        from scr_desktop.storage.vault import Vault

        def opened(vault: Vault) -> None:
            vault.take_notice()  # the person recovering it knows what happened
            self.recovery_page.set_busy(False)
            self.recovery_page.clear()
            self._opened(session, vault)
            self._after_unlock(path, vault.slot_key, False)
            self._check(session, vault, passphrase)
            Messages.info(self.window(), "New passphrase set",
                          "The vault was opened with its recovery key and now opens with the "
                          "new passphrase only. The recovery key still works: keep the sheet "
                          "in a safe place.")

        def failed(exc: BaseException) -> None:
            if self.session is not None:
                self.session.release()
            self.recovery_page.set_busy(False)
            support_log.event("recovery_failed",
                              exc.code if isinstance(exc, VaultError) else "unexpected")
            self.recovery_page.show_message(
                exc.user_message if isinstance(exc, VaultError) else
                "Something unexpected stopped the vault from opening. Nothing was changed.")
            self.recovery_page.recovery_key.setFocus()

        BackgroundOp(self, "open vault",
                     lambda: Vault.open_with(
                         path, lambda slots: slots.open_with_recovery_key(code), passphrase,
                         how="the recovery key"),
                     success=self._if_alive(opened), failure=self._if_alive(failed),
                     deliver_always=True).run()

    def _show_upgrading(self, done: int, parts: int) -> None:
        """Say how far the one-off upgrade of an older vault has got (it takes a while)."""
        self.unlock_page.message.setText(
            "Upgrading the vault for this version of SCR Desktop, once only, with a backup "
            f"taken first: part {done + 1} of {parts}\u2026")

    def first_read_damaged(self, exc: VaultDamaged) -> None:
        """Note that the window's first read of the just-opened vault met damage."""
        self.first_read_failed = exc

    def _check(self, session: VaultSession, vault: Vault, passphrase: str) -> None:
        """Check every page of the just-unlocked vault in the background (writes wait)."""
        path = session.path

        def passed(_result: object) -> None:
            if session.vault is not vault:
                return  # locked meanwhile
            if vault.converted:
                self._offer_recovery_key(vault)
            else:
                self._hint_recovery(vault)
            notice = vault.take_notice()
            if notice:
                Messages.info(self.window(), "The vault's passphrase was reset", notice,
                              "If you did not ask for this, tell your IT service desk.")
            if self.after_unlock is not None:
                self.after_unlock(vault, passphrase)
            self.checked.emit(vault)

        def failed(exc: BaseException) -> None:
            if session.vault is not vault:
                return
            self.damaged.emit()
            self._fail(exc)
            if isinstance(exc, VaultDamaged):
                self._offer_backup(path, passphrase)

        BackgroundOp(self, "check vault", vault.finish_check,
                     success=passed, failure=failed).run()

    def _offer_recovery_key(self, vault: Vault) -> None:
        """Show a vault without a recovery key its first one (else hint at it)."""
        self._hint_recovery(vault)
        if not vault.has_recovery_key and self.recovery_key_wanted is not None:
            self.recovery_key_wanted(vault)

    def _hint_recovery(self, vault: Vault) -> None:
        """Say in the status bar when the vault has no recovery key yet."""
        window = self.window()
        self.recovery_hint = "" if vault.has_recovery_key else (
            "This vault has no recovery key yet: make one with Vault > New recovery "
            "key\u2026 and keep it in the board's safe.")
        if self.recovery_hint and isinstance(window, QMainWindow):
            window.statusBar().showMessage(self.recovery_hint)

    def _if_alive(self, callback: Callable[[Any], None]) -> Callable[[Any], None]:
        """Wrap ``callback`` so a vault opened for a window that has gone is closed again."""
        def deliver(value: Any) -> None:
            if shiboken6.isValid(self):
                callback(value)
                return
            if hasattr(value, "close"):
                value.close()
            if self.session is not None:
                self.session.release()

        return deliver

    def _opened(self, session: VaultSession, vault: Vault) -> None:
        support_log.event("unlock")
        self._startup = False
        session.vault = vault
        if self._create_page is not None:
            self._create_page.set_busy(False)
            self._create_page.clear()
        if self._unlock_page is not None:
            self._unlock_page.set_busy(False)
            self._unlock_page.clear()
            self._unlock_page.show_message("")
        self.unlocked.emit(session)

    def _fail(self, exc: BaseException) -> None:
        support_log.event("unlock_failed",
                          exc.code if isinstance(exc, VaultError) else "unexpected")
        if self.session is not None:
            self.session.release()
        if self._create_page is not None:
            self._create_page.set_busy(False)
        self.unlock_page.set_busy(False)
        if isinstance(exc, WrongPassphrase):
            self.unlock_page.clear()
        if self.currentWidget() is self.unlock_page:
            self.unlock_page.retry()
        text = exc.user_message if isinstance(exc, VaultError) else (
            "Something unexpected stopped the vault from opening. Nothing was changed. "
            "Try again; if it keeps happening, contact your IT support."
        )
        if isinstance(exc, WrongPassphrase) and \
                self.limiter.failures(self.path) >= FREE_ATTEMPTS:
            text = f"{text} {WrongPassphrase.repeated_hint}"
        if self._create_page is not None and self.currentWidget() is self._create_page:
            self._create_page.say(f"\u26a0 {text}", problem=True)
        else:
            self.unlock_page.show_message(text)
            self.unlock_page.hold_off(self.limiter.delay_remaining(self.path))

    def _offer_backup(self, path: Path, passphrase: str) -> None:
        """The vault is damaged: offer its newest automatic backup (the damaged file is kept)."""
        from scr_desktop.storage.backup import automatic_backups, restore_from

        newest = automatic_backups(path)[:1]
        if not newest:
            Messages.error(self, "The vault is damaged",
                           "The vault file is damaged and there is no automatic backup of it on "
                           "this computer. The file has not been changed. Keep it, and contact "
                           "your IT service desk, who may hold a copy.")
            return
        made = time.strftime("%d/%m/%Y at %H:%M", time.localtime(newest[0].stat().st_mtime))
        if not Messages.confirm(
            self, "The vault is damaged",
            f"The vault file is damaged. Restore the newest automatic backup, made on {made}? "
            "Changes made since then will be missing. The damaged file is kept beside it, "
            "not deleted.", yes="&Restore the backup"):
            return

        def restored(kept: Path | None) -> None:
            self.show_unlock(path)
            extra = f" The damaged file was kept as {kept.name}." if kept else ""
            self.unlock_page.show_message(f"The backup from {made} was restored.{extra} "
                                          "Unlock it with its passphrase.")

        def failed(exc: BaseException) -> None:
            text = exc.user_message if isinstance(exc, VaultError) else str(exc)
            Messages.error(self, "The backup could not be restored", text)

        BackgroundOp(self, "restore backup", lambda: restore_from(newest[0], passphrase, path),
                     success=restored, failure=failed).run()
