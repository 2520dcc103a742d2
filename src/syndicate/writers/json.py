"""JSON writer: the model as is (see ``schemas/document.schema.json``).

Like every writer it trusts nothing in the document it is given (one built by hand
may hold anything): inline ``html`` goes through ``sanitize.clean_inline`` again and
every URL must pass ``sanitize.safe_url``, or it is left out. Reader output is
unchanged by this (cleaning is idempotent on it), so ``to_json`` still round-trips.
"""

from __future__ import annotations

import json
import re
from typing import Any

from ..errors import SchemaIssue, ValidationError
from ..model import Document
from ..sanitize import clean_inline, looks_like_url, safe_attribute, safe_url, xml_chars
from ..validation import MAX_INT

# A lone surrogate (a JSON "\\ud800" escape read back) cannot be encoded as UTF-8:
# it is written as the same escape, so the text stays writable and round-trips.
_SURROGATE = re.compile("[\ud800-\udfff]")


def to_json(doc: Document, *, indent: int | None = 2) -> str:
    """Serialise ``doc`` as JSON text (UTF-8 safe, non-ASCII kept as is).

    ``indent=None`` gives one line, as used for JSONL. Inline HTML is re-sanitized
    and URLs that are not http(s) are written as null; an image block whose ``src``
    is not http(s) cannot be written and raises :class:`syndicate.ValidationError`.
    """
    separators = (",", ":") if indent is None else None
    data = _cleaned(doc.to_dict())
    text = json.dumps(data, ensure_ascii=False, indent=indent, separators=separators)
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _url(value: Any) -> Any:
    """``value`` unchanged when it is a safe URL (or not a string), else None."""
    if isinstance(value, str) and safe_url(value) is None:
        return None
    return value


def _cleaned(data: dict[str, Any]) -> dict[str, Any]:
    """The document dict with every html field re-sanitized and unsafe URLs removed."""
    data["url"], data["canonical_url"] = _url(data["url"]), _url(data["canonical_url"])
    image = data["metadata"].get("image")
    if image and _url(image.get("src")) is None:
        data["metadata"]["image"] = None
    for i, block in enumerate(data["body"]):
        _clean_html(block)
        if "src" in block and _url(block["src"]) is None:
            raise ValidationError([SchemaIssue(f"$.body[{i}].src", "not an absolute http(s) URL")])
        if block.get("url"):
            block["url"] = _url(block["url"])
        cite = block.get("cite")
        if cite and looks_like_url(cite):  # a source link, not attribution text
            block["cite"] = _url(cite)
    for related in data["related"]:
        for item in related["items"]:
            item["url"], item["image"] = _url(item.get("url")), _url(item.get("image"))
    for cta in data["ctas"]:
        cta["url"] = _url(cta.get("url"))
    for ad in data["ads"]:
        attrs = ad.get("attributes")
        if isinstance(attrs, dict):  # the same rule as every writer: no handlers, no script URLs
            ad["attributes"] = dict(filter(None, (safe_attribute(k, v) for k, v in attrs.items())))
    _bound_ints(data)
    return data


def _bound_ints(data: Any) -> None:
    """Integers no reader makes (a hand-built 10**5000 width) become null: json.dumps
    cannot even write those past 4,300 digits, and the schema refuses them."""
    stack = [data]
    while stack:
        value = stack.pop()
        items = value.items() if isinstance(value, dict) else enumerate(value)
        for key, child in items:
            if isinstance(child, (dict, list)):
                stack.append(child)
            elif isinstance(child, int) and not isinstance(child, bool) and abs(child) > MAX_INT:
                value[key] = None


def _clean_html(data: Any) -> None:
    """Re-sanitize every ``html`` value in a block (list items and table cells too)."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key == "html" and isinstance(value, str):
                # Without tags or character references only unwritable characters can
                # be wrong, and one scan finds them (reader output passes untouched).
                tagged = "<" in value or "&#" in value
                data[key] = clean_inline(value) if tagged else xml_chars(value)
            else:
                _clean_html(value)
    elif isinstance(data, list):
        for value in data:
            _clean_html(value)
