"""Entry point: ``scr-desktop`` opens the application; ``scr-desktop COMMAND`` runs headless.

Headless commands (see ``scr-desktop --help``) live in :mod:`scr_desktop.cli`
and never import Qt, so they start fast and work on machines with no screen.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Dispatch to the headless CLI when a command is given, else start the GUI."""
    args = sys.argv[1:] if argv is None else argv
    if args and not args[0].startswith("--vault"):
        from scr_desktop import cli

        return cli.main(args)
    from scr_desktop.gui import app

    return app.main(args)


if __name__ == "__main__":
    sys.exit(main())
