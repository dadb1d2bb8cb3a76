"""Keep case data out of crash dumps: no core files, a non-dumpable process.

A crash (an ``abort()`` in a library, a signal) would otherwise write the
process's memory, decrypted case text included, to a core file or a crash
report on disk.  :func:`harden_process` runs first thing at start:

* everywhere with POSIX resource limits: the core file limit is set to 0
  (soft and hard, so nothing in the process can raise it again);
* Linux: ``prctl(PR_SET_DUMPABLE, 0)``, so no core is written even where a
  core pattern pipes it to a collector (systemd-coredump, apport), and other
  processes of the same user cannot attach a debugger or read its memory
  through ``/proc``;
* Windows: ``SetErrorMode`` with ``SEM_NOGPFAULTERRORBOX`` and
  ``SEM_FAILCRITICALERRORS`` (no crash dialog, so Windows Error Reporting is
  not offered the crash interactively), and ``WerAddExcludedApplication`` for
  the running executable for this user, so Windows Error Reporting neither
  collects nor sends reports or dumps of it.  A ``LocalDumps`` registry key
  set by an administrator is machine policy and is not overridden.

Each step that the platform does not offer is skipped; what was applied is
returned so start-up can record it (by name only) in the support log.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3
SEM_FAILCRITICALERRORS = 0x0001
SEM_NOGPFAULTERRORBOX = 0x0002


def _no_core_files() -> bool:
    try:
        import resource
    except ImportError:  # Windows
        return False
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    return True


def _libc() -> ctypes.CDLL:
    return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)


def _not_dumpable() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    libc = _libc()
    if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
        return False
    return bool(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0)


def _no_error_reports() -> bool:
    if sys.platform != "win32":
        return False
    loader = getattr(ctypes, "WinDLL")  # noqa: B009 - only Windows builds of ctypes have it
    kernel32 = loader("kernel32")
    kernel32.SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX)
    wer = loader("wer")
    return bool(wer.WerAddExcludedApplication(ctypes.c_wchar_p(sys.executable), False) == 0)


def harden_process() -> list[str]:
    """Apply every protection the platform offers; return the names of those applied."""
    applied = []
    for name, step in (("no_core_files", _no_core_files), ("not_dumpable", _not_dumpable),
                       ("no_error_reports", _no_error_reports)):
        try:
            if step():
                applied.append(name)
        except (OSError, ValueError, AttributeError):
            continue
    return applied
