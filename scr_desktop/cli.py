"""Headless sub-commands of ``scr-desktop`` (no Qt is imported here).

``scr-desktop assess FILE.json`` reads one case's facts (DESIGN 3.4; ``-``
reads standard input) and prints the engine's conclusions as one JSON
object; ``scr-desktop frameworks`` lists the frameworks available.  Exit
status 0 means success, 2 means the input or the command line was wrong
(one line on standard error says which key and what to do), 1 means an
unexpected failure, reported in one line without a traceback.

The input is untrusted.  Only a regular file is read: it is opened without
blocking (a FIFO cannot hang the command), checked with ``fstat`` before
anything is read (a device, a folder or a file over :data:`MAX_INPUT_BYTES`
is refused), and at most one byte more than the limit is ever read, from a
file or from standard input.  It must be UTF-8 JSON; a key given twice is
refused, and a whole number longer than :data:`MAX_INT_DIGITS` digits is
kept as a marker that the engine refuses as out of range for its key
(Python would otherwise refuse to convert it, or take long to).  Every
message is one line, with control and other unprintable characters escaped
so that input cannot write to the terminal.
"""

from __future__ import annotations

import json
import os
import stat
import sys
from collections.abc import Callable
from typing import Any, TextIO

from .domain.assessment import AssessmentInputError, assess
from .domain.framework import FrameworkError, list_frameworks

PROG = "scr-desktop"
EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2
MAX_INPUT_BYTES = 1024 * 1024
MAX_INT_DIGITS = 30

USAGE = f"""usage: {PROG} COMMAND [ARGUMENTS]

Commands:
  assess FILE.json   print the decision-engine result for one case as JSON
                     (FILE may be - to read standard input)
  frameworks         list the frameworks this installation knows
  recover VAULT --identity FILE
                     (IT) open a vault with the board's escrow identity and
                     set a new passphrase, asked for or read from standard input
  help               show this message

Run {PROG} with no command to open the application.
"""


class UsageError(Exception):
    """The command line or its input cannot be used; the message is one line."""


def _escape(text: str) -> str:
    """Return ``text`` with every unprintable character written as an escape (\\n, \\x1b)."""
    out = []
    for ch in text:
        if ch.isprintable() or ch == " ":
            out.append(ch)
        else:
            out.append(ch.encode("unicode_escape", "backslashreplace").decode("ascii")
                       if ord(ch) < 0xD800 or ord(ch) > 0xDFFF else f"\\u{ord(ch):04x}")
    return "".join(out)


def _one_line(text: str) -> str:
    return _escape(str(text))


class LongNumber:
    """A whole number in the input too long to be a value of any key (kept unconverted)."""

    def __init__(self, digits: str) -> None:
        self.digits = digits

    def __repr__(self) -> str:
        return f"a number of {len(self.digits.lstrip('-'))} digits"

    __str__ = __repr__


def _parse_int(text: str) -> int | LongNumber:
    return LongNumber(text) if len(text.lstrip("-")) > MAX_INT_DIGITS else int(text)


def _no_repeats(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise UsageError(f"{_escape(key)}: this key is given twice in one object; keep "
                             "one.")
        out[key] = value
    return out


def _read_limited(read: Callable[[int], bytes], shown: str) -> bytes:
    data = read(MAX_INPUT_BYTES + 1)
    if len(data) > MAX_INPUT_BYTES:
        raise UsageError(f"{shown}: is larger than {MAX_INPUT_BYTES // (1024 * 1024)} MB; "
                         "one case's facts are far smaller. Check the file.")
    return data


def _read_file(name: str) -> bytes:
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | \
        getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(name, flags)
    except FileNotFoundError:
        raise UsageError(f"{name}: no such file. Check the path and try again.") from None
    except IsADirectoryError:
        raise UsageError(f"{name}: is a folder, not a file. Give the path of a .json "
                         "file.") from None
    except PermissionError:
        raise UsageError(f"{name}: permission denied. Check you may read the file.") from None
    except OSError as exc:
        raise UsageError(f"{name}: cannot be opened ({exc.strerror}).") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise UsageError(f"{name}: is a folder, not a file. Give the path of a .json "
                             "file.")
        if not stat.S_ISREG(info.st_mode):
            raise UsageError(f"{name}: is not a regular file (a device, pipe or socket). "
                             "Give the path of a .json file.")
        if info.st_size > MAX_INPUT_BYTES:
            raise UsageError(f"{name}: is larger than {MAX_INPUT_BYTES // (1024 * 1024)} MB; "
                             "one case's facts are far smaller. Check the file.")
        chunks: list[bytes] = []
        total = 0

        def read(limit: int) -> bytes:
            nonlocal total
            while total < limit:
                chunk = os.read(fd, min(65536, limit - total))
                if not chunk:
                    break
                chunks.append(chunk)
                total += len(chunk)
            return b"".join(chunks)

        return _read_limited(read, name)
    except OSError as exc:
        raise UsageError(f"{name}: cannot be read ({exc.strerror}).") from None
    finally:
        os.close(fd)


def _read_stdin(stdin: TextIO) -> bytes:
    buffer = getattr(stdin, "buffer", None)
    if buffer is not None:
        return _read_limited(buffer.read, "standard input")
    text = stdin.read(MAX_INPUT_BYTES + 1)
    return _read_limited(lambda _n: text.encode("utf-8", "surrogatepass"), "standard input")


def _read_json(name: str, stdin: TextIO) -> Any:
    shown = "standard input" if name == "-" else name
    raw = _read_stdin(stdin) if name == "-" else _read_file(name)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UsageError(f"{shown}: is not UTF-8 text (byte {exc.start + 1} cannot be read). "
                         "Save it as UTF-8 JSON and try again.") from None
    try:
        return json.loads(text, parse_int=_parse_int, object_pairs_hook=_no_repeats)
    except json.JSONDecodeError as exc:
        raise UsageError(f"{shown}: not valid JSON ({exc.msg} at line {exc.lineno}, column "
                         f"{exc.colno}). Fix the file and try again.") from None
    except RecursionError:
        raise UsageError(f"{shown}: the JSON is nested too deeply to read.") from None


def cmd_assess(args: list[str], stdout: TextIO, stdin: TextIO) -> int:
    """Run ``assess FILE``: print the contract output for one case."""
    if len(args) != 1 or (args[0].startswith("-") and args[0] != "-"):
        raise UsageError(f"assess takes exactly one file name, e.g. {PROG} assess case.json")
    data = _read_json(args[0], stdin)
    try:
        result = assess(data)
    except AssessmentInputError as exc:
        raise UsageError(f"{exc.key}: {exc.message}. Correct it and run again.") from None
    stdout.write(json.dumps(result, indent=1, ensure_ascii=False) + "\n")
    return EXIT_OK


def cmd_frameworks(args: list[str], stdout: TextIO, stdin: TextIO) -> int:
    """Run ``frameworks``: print the id and title of each framework, one a line."""
    if args:
        raise UsageError("frameworks takes no arguments")
    for info in list_frameworks():
        stdout.write(f"{info.id}\t{info.title}\n")
    return EXIT_OK


def cmd_recover(args: list[str], stdout: TextIO, stdin: TextIO) -> int:
    """Run ``recover`` (see :mod:`scr_desktop.cli_recover`)."""
    from .cli_recover import RecoverUsage, recover

    try:
        recover(args, stdout, stdin)
    except RecoverUsage as exc:
        raise UsageError(str(exc)) from None
    return EXIT_OK


def cmd_help(args: list[str], stdout: TextIO, stdin: TextIO) -> int:
    """Print the usage message."""
    stdout.write(USAGE)
    return EXIT_OK


Command = Callable[[list[str], TextIO, TextIO], int]
COMMANDS: dict[str, Command] = {
    "assess": cmd_assess,
    "frameworks": cmd_frameworks,
    "recover": cmd_recover,
    "help": cmd_help,
    "--help": cmd_help,
    "-h": cmd_help,
}


def main(args: list[str], stdout: TextIO | None = None, stderr: TextIO | None = None,
         stdin: TextIO | None = None) -> int:
    """Run the sub-command named by ``args[0]`` and return the exit status."""
    out, err, inp = stdout or sys.stdout, stderr or sys.stderr, stdin or sys.stdin
    if not args:
        out.write(USAGE)
        return EXIT_USAGE
    name, rest = args[0], args[1:]
    command = COMMANDS.get(name)
    try:
        if command is None:
            raise UsageError(f"unknown command {name!r}. Run '{PROG} help' to see the "
                             "commands.")
        return command(rest, out, inp)
    except UsageError as exc:
        err.write(f"{PROG} {_one_line(name)}: {_one_line(str(exc))}\n")
        return EXIT_USAGE
    except FrameworkError as exc:
        err.write(f"{PROG} {_one_line(name)}: a framework file is damaged "
                  f"({_one_line(str(exc))}). Reinstall the application.\n")
        return EXIT_FAILURE
    except Exception as exc:  # a headless command never shows a traceback
        err.write(f"{PROG} {_one_line(name)}: unexpected error ({type(exc).__name__}). "
                  "Nothing was changed; please report this.\n")
        return EXIT_FAILURE
