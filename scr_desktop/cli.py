"""Headless sub-commands of ``scr-desktop`` (no Qt is imported here).

``scr-desktop assess FILE.json`` reads one case's facts (DESIGN 3.4; ``-``
reads standard input) and prints the engine's conclusions as one JSON
object; ``scr-desktop frameworks`` lists the frameworks available.  Exit
status 0 means success, 2 means the input or the command line was wrong
(one line on standard error says which key and what to do), 1 means an
unexpected failure, reported in one line without a traceback.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from .domain.assessment import AssessmentInputError, assess
from .domain.framework import FrameworkError, list_frameworks

PROG = "scr-desktop"
EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2

USAGE = f"""usage: {PROG} COMMAND [ARGUMENTS]

Commands:
  assess FILE.json   print the decision-engine result for one case as JSON
                     (FILE may be - to read standard input)
  frameworks         list the frameworks this installation knows
  help               show this message

Run {PROG} with no command to open the application.
"""


class UsageError(Exception):
    """The command line or its input cannot be used; the message is one line."""


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _read_json(name: str, stdin: TextIO) -> Any:
    if name == "-":
        text = stdin.read()
        shown = "standard input"
    else:
        path = Path(name)
        shown = name
        try:
            text = path.read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            raise UsageError(f"{shown}: no such file. Check the path and try again.") from None
        except IsADirectoryError:
            raise UsageError(f"{shown}: is a folder, not a file. Give the path of a "
                             ".json file.") from None
        except PermissionError:
            raise UsageError(f"{shown}: permission denied. Check you may read the "
                             "file.") from None
        except UnicodeDecodeError:
            raise UsageError(f"{shown}: is not UTF-8 text. Save it as UTF-8 JSON and "
                             "try again.") from None
        except OSError as exc:
            raise UsageError(f"{shown}: cannot be read ({exc.strerror}).") from None
    try:
        return json.loads(text)
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


def cmd_help(args: list[str], stdout: TextIO, stdin: TextIO) -> int:
    """Print the usage message."""
    stdout.write(USAGE)
    return EXIT_OK


Command = Callable[[list[str], TextIO, TextIO], int]
COMMANDS: dict[str, Command] = {
    "assess": cmd_assess,
    "frameworks": cmd_frameworks,
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
        err.write(f"{PROG} {name}: {_one_line(str(exc))}\n")
        return EXIT_USAGE
    except FrameworkError as exc:
        err.write(f"{PROG} {name}: a framework file is damaged ({_one_line(str(exc))}). "
                  "Reinstall the application.\n")
        return EXIT_FAILURE
    except Exception as exc:  # a headless command never shows a traceback
        err.write(f"{PROG} {name}: unexpected error ({type(exc).__name__}). Nothing was "
                  "changed; please report this.\n")
        return EXIT_FAILURE
