"""Share buttons of one picture: image tools, no call to action of the page.

Picture-heavy articles put a "Pin it" icon or a small share row on each of their pictures
(a Pinterest button over every step photo of a DIY guide, a share row on a gallery's opening
slide). The share steps find each as a share bar; the page's own share bar shares the page.
Told apart by structure: every control of the bar names the *picture* it shares (a ``data-*``
attribute holding an image address on the control or on the bar around it, a ``media=``
parameter in its link: ``rules/image_shares.py``), and the bar stands in that picture's box
(the bar, or an element within ``PICTURE_CLIMB`` levels above it, shows an image of that
file name). A page's share bar naming its lead picture for Pinterest alone still has its
Facebook and e-mail links, a byline row's "Pin it" stands beside an avatar, not the
picture it pins: they stay.

Runs once per page on the CTAs found (a handful of share bars); reads the bars' subtrees and
a few of their ancestors.
"""

from __future__ import annotations

from urllib.parse import unquote

from lxml import etree

from ..model import CallToAction
from .chrome import Found
from .chrome_util import tag_of
from .rules import image_shares as rules


def without_image_tools(found: list[Found]) -> list[Found]:
    """``found`` less the share CTAs that are one picture's share buttons (module doc)."""
    drop = [f for f in found if type(f.item) is CallToAction and f.item.kind == "share" and _image_tool(f.element)]
    if not drop:
        return found
    gone = {id(f) for f in drop}
    return [f for f in found if id(f) not in gone]


def _image_tool(el: etree._Element) -> bool:
    """``el``'s controls all name a picture, and ``el`` stands in the box of that picture."""
    controls = [c for c in el.iter(*rules.CONTROL_TAGS) if c.tag != "a" or c.get("href") is not None]
    if not controls:
        return False
    names: set[str] = set()
    for c in controls:
        name = _named_picture(c, el)
        if not name:
            return False
        names.add(name)
    return _in_picture(el, controls, names)


def _named_picture(control: etree._Element, stop: etree._Element) -> str:
    """The file name of the image the control, or an element around it inside the bar
    ``stop``, names to share ("" if none)."""
    href = control.get("href") or ""
    for p in rules.MEDIA_PARAMS:
        at = href.find(p)
        if at >= 0:
            name = _image_file(unquote(href[at + len(p):].split("&", 1)[0]))
            if name:
                return name
    node: etree._Element | None = control
    while node is not None:
        for attr, value in node.attrib.items():
            if attr.startswith("data-") and any(w in attr for w in rules.IMAGE_ATTR_WORDS):
                name = _image_file(value)
                if name:
                    return name
        if node is stop:
            break
        node = node.getparent()
    return ""


def _image_file(value: str) -> str:
    """The file name of an image address, lower case ("" when ``value`` is none)."""
    path = value.strip().lower().split("?", 1)[0].split("#", 1)[0]
    slash = path.rfind("/")
    if slash < 0:
        return ""
    name = path[slash + 1:]
    dot = name.rfind(".")
    return name if dot > 0 and name[dot + 1:] in rules.IMAGE_EXTENSIONS else ""


def _in_picture(el: etree._Element, controls: list[etree._Element], names: set[str]) -> bool:
    """``el`` is, or stands within ``PICTURE_CLIMB`` levels of, a box showing the picture
    its controls name (an image whose address has that file name; no icon of the bar)."""
    node: etree._Element | None = el
    for _ in range(rules.PICTURE_CLIMB + 1):
        if node is None or tag_of(node) in ("body", "html", "article", "main"):
            return False
        for img in node.iter(*rules.PICTURE_TAGS):
            if any(any(a is c for a in img.iterancestors()) for c in controls):
                continue
            if any(n in v.lower() for v in img.attrib.values() for n in names):
                return True
        node = node.getparent()
    return False
