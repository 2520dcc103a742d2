"""Markup repairs a browser makes and libxml2 does not, applied to the raw page before parsing.

``</body>`` or ``</html>`` written before the end of the page (a template that closes the
document after its header and then prints the article) ends the document for libxml2:
everything after is dropped. A browser ignores those end tags (the HTML parsing
algorithm puts later content back into the body), so they are removed when real markup
follows them.
"""

from __future__ import annotations

import re

_END = re.compile(r"</(?:body|html)\s*>", re.I)
_END_BYTES = re.compile(rb"</(?:body|html)\s*>", re.I)
#: Bytes after the first document end tag beyond which the page is taken to go on (a
#: trailing script, comment or tracking pixel is shorter).
TRAILING = 200


def early_end_tags(html: bytes | str) -> bytes | str:
    """``html`` without its ``</body>`` and ``</html>`` end tags when content follows the
    first of them; unchanged otherwise (the common case costs one search). Anything but
    bytes or text is returned as it is (the parser reports it)."""
    if not isinstance(html, (bytes, str)):
        return html
    pattern = _END_BYTES if isinstance(html, bytes) else _END
    m = pattern.search(html)  # type: ignore[arg-type]
    if m is None or len(html) - m.end() <= TRAILING or len(html[m.end():].strip()) <= TRAILING:
        return html
    return pattern.sub(b"" if isinstance(html, bytes) else "", html)  # type: ignore[arg-type]
