"""One Argon2id derivation at a time in this process.

Two Argon2id derivations run at once on different threads (the passphrase
slot on a worker thread, a case package's key on another) were seen to stall
for good or to fail for memory inside the cryptography library's OpenSSL
code.  Every Argon2id call in the application holds :data:`ARGON2_LOCK`; each
needs 64 MiB anyway, so running them one after the other costs little.
"""

from __future__ import annotations

import threading

ARGON2_LOCK = threading.Lock()
