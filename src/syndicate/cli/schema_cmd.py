"""``syndicate schema``: print the document JSON Schema."""

from __future__ import annotations

import argparse
import json
import sys

from ..validation import schema


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("schema", help="print the document JSON Schema (2020-12)",
                       description="Print the JSON Schema that every document conforms to.")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    sys.stdout.write(json.dumps(schema(), indent=2, ensure_ascii=False) + "\n")
    return 0
