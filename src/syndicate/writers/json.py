"""JSON writer: the model as is (see ``schemas/document.schema.json``)."""

from __future__ import annotations

import json

from ..model import Document


def to_json(doc: Document, *, indent: int | None = 2) -> str:
    """Serialise ``doc`` as JSON text (UTF-8 safe, non-ASCII kept as is).

    ``indent=None`` gives one line, as used for JSONL.
    """
    separators = (",", ":") if indent is None else None
    return json.dumps(doc.to_dict(), ensure_ascii=False, indent=indent, separators=separators)
