"""JSON writer: the model as is (see ``schemas/document.schema.json``)."""

from __future__ import annotations

import json
import re

from ..model import Document

# A lone surrogate (a JSON "\\ud800" escape read back) cannot be encoded as UTF-8:
# it is written as the same escape, so the text stays writable and round-trips.
_SURROGATE = re.compile("[\ud800-\udfff]")


def to_json(doc: Document, *, indent: int | None = 2) -> str:
    """Serialise ``doc`` as JSON text (UTF-8 safe, non-ASCII kept as is).

    ``indent=None`` gives one line, as used for JSONL.
    """
    separators = (",", ":") if indent is None else None
    text = json.dumps(doc.to_dict(), ensure_ascii=False, indent=indent, separators=separators)
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
