"""The ``syndicate`` command: a thin argparse front end over the library.

Exit status: 0 success, 1 some input invalid or failed (the rest still
processed), 2 usage error or nothing readable, 130 interrupted. No traceback
reaches the user; ``SYNDICATE_DEBUG=1`` shows one for bug reports.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from .. import __version__
from ..errors import SyndicateError
from . import batch, convert, schema_cmd, validate_cmd

# Each command module offers add_parser(subparsers) and run(args) -> exit status.
COMMANDS = [convert, validate_cmd, schema_cmd, batch]

try:  # the feed command arrives with the feed reader; the CLI works without it
    from . import feed as _feed

    COMMANDS.append(_feed)
except ImportError:  # pragma: no cover
    pass


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="syndicate",
        description="Separate news articles from their ads, related blocks and calls to action; "
        "write AMP, RSS 2.0 or JSON.",
    )
    parser.add_argument("--version", action="version", version=f"syndicate {__version__} ({_build_note()})")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for command in COMMANDS:
        command.add_parser(sub)
    return parser


def _build_note() -> str:
    """How the installed copy runs: how many modules compiled, or pure Python."""
    from ..buildinfo import build_info

    info = build_info()
    return f"{len(info.compiled)} modules compiled" if info.compiled else "pure Python"


def log_to_stderr() -> logging.Handler:
    """The library's warnings on stderr as ``syndicate: message`` lines (the library
    itself only has a NullHandler); ``feed -v``/``-q`` change the level."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("syndicate: %(message)s"))
    handler.setLevel(logging.WARNING)
    handler._syndicate_cli = True  # type: ignore[attr-defined]
    logging.getLogger("syndicate").addHandler(handler)
    return handler


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``syndicate`` console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = log_to_stderr()
    try:
        return int(args.run(args))
    except KeyboardInterrupt:
        print("syndicate: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # Downstream closed the pipe (e.g. `| head`): not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except SyndicateError as exc:
        print(f"syndicate: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"syndicate: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return 2
    except Exception as exc:  # last resort: a bug, reported without a traceback
        if os.environ.get("SYNDICATE_DEBUG"):
            raise
        print(f"syndicate: internal error: {type(exc).__name__}: {exc} "
              "(set SYNDICATE_DEBUG=1 for details)", file=sys.stderr)
        return 70
    finally:
        logging.getLogger("syndicate").removeHandler(handler)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
