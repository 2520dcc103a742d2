"""Applying one site's ftr-site-config rules while reading a page (see ``siteconfig/``).

Order, as in the format: ``find_string``/``replace_string`` on the page text, then
``strip``/``strip_id_or_class``/``strip_image_src`` remove elements, ``body`` narrows
the article to the matched elements (chrome inside them is still detected), the
normal reader runs, and ``title``/``author``/``date`` override what it found.
syndicate's own directives ``ad``, ``related`` and ``cta(KIND)`` name elements that
are an ad slot, a related block or a call to action: they leave the body and join
the document's chrome, placed where they stood. The
rules work on a copy of the tree; locators point into the page as given (after
``replace_string``), so they stay valid XPaths into the source.
An XPath that does not compile is skipped with one warning.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable

from lxml import etree

from ..limits import Limits
from ..model import AdSlot, Block, CallToAction, Document, Related
from ..positions import IdAllocator, place
from ..siteconfig.parser import SiteConfig, SiteRules
from .dates import to_rfc3339

log = logging.getLogger("syndicate")

__all__ = ["SiteConfigArg", "apply_replacements", "pick_config", "read_with_rules", "xpath"]

SiteConfigArg = SiteConfig | SiteRules
Reader = Callable[[etree._Element, "str | None", Limits], Document]
_bad_xpaths: set[str] = set()
_compiled: dict[str, etree.XPath | None] = {}


def pick_config(site_config: SiteConfigArg | None, url: str | None) -> SiteConfig | None:
    """The rules that apply to ``url``: the config itself, or the one for its host."""
    if site_config is None:
        return None
    if isinstance(site_config, SiteRules):
        return site_config.for_url(url)
    return site_config


def _compile(expr: str) -> etree.XPath | None:
    if expr not in _compiled:
        try:
            _compiled[expr] = etree.XPath(expr)
        except etree.XPathError:
            _compiled[expr] = None
    return _compiled[expr]


def xpath(root: etree._Element, expr: str) -> list[object]:
    """Evaluate a rule's XPath; [] (and one warning) when it is not valid XPath 1.0."""
    compiled = _compile(expr)
    result: object = None
    if compiled is not None:
        try:
            result = compiled(root)
        except etree.XPathError:
            compiled = None
    if compiled is None:
        if expr not in _bad_xpaths:
            _bad_xpaths.add(expr)
            log.warning("site rules: XPath %r not usable, ignored", expr[:120])
        return []
    if isinstance(result, list):
        return result
    return [result] if result not in (None, "") else []


def apply_replacements(html: bytes | str, cfg: SiteConfig) -> bytes | str:
    """``find_string``/``replace_string`` on the page, before it is parsed."""
    for find, replace in cfg.replacements:
        if isinstance(html, bytes):
            html = html.replace(find.encode("utf-8"), replace.encode("utf-8"))
        else:
            html = html.replace(find, replace)
    return html


def _remove(el: etree._Element) -> None:
    """Remove ``el`` but keep its tail text (the text after it belongs to its parent)."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def _elements(values: list[object]) -> list[etree._Element]:
    out = []
    for v in values:
        if isinstance(v, etree._Element) and isinstance(v.tag, str):
            out.append(v)
        elif hasattr(v, "getparent") and isinstance(v, str):  # attribute or text result
            parent = v.getparent()  # type: ignore[attr-defined]
            if parent is not None:
                out.append(parent)
    return out


def _strip(root: etree._Element, cfg: SiteConfig) -> int:
    exprs = list(cfg.strip)
    # The format's own definition: a substring of the class or the id.
    exprs += [f"//*[contains(@class, {_literal(v)}) or contains(@id, {_literal(v)})]"
              for v in cfg.strip_id_or_class]
    exprs += [f"//img[contains(@src, {_literal(v)})]" for v in cfg.strip_image_src]
    removed = 0
    for expr in exprs:
        for el in _elements(xpath(root, expr)):
            if el.getparent() is not None and el.tag not in ("html", "body", "head"):
                _remove(el)
                removed += 1
    return removed


def _literal(value: str) -> str:
    """An XPath 1.0 string literal for any text."""
    value = value.strip()
    if "'" not in value:
        return f"'{value}'"
    if '"' not in value:
        return f'"{value}"'
    return "concat(" + ", \"'\", ".join(f"'{p}'" for p in value.split("'")) + ")"


def _narrow_to_body(root: etree._Element, cfg: SiteConfig) -> bool:
    """Keep only the ``body`` matches (with their ancestors) inside <body>; False when
    no body rule matched, and the page is read whole."""
    for expr in cfg.body:
        found = [el for el in _elements(xpath(root, expr)) if el.tag not in ("html", "head")]
        if not found:
            continue
        keep: set[etree._Element] = set()
        for el in found:
            keep.add(el)
            keep.update(el.iterancestors())
        inside = {d for el in found for d in el.iter()}
        body = root.find("body")
        if body is None:
            return False
        for el in list(body.iter()):
            if el is body or el in keep or el in inside:
                continue
            if el.getparent() is not None and (el.getparent() in keep):
                _remove(el)
        return True
    return False


def _text_of(values: list[object]) -> list[str]:
    out = []
    for v in values:
        if isinstance(v, etree._Element):
            if v.tag == "meta":
                text = v.get("content") or ""
            elif v.tag == "time" and v.get("datetime"):
                text = v.get("datetime") or ""
            else:
                text = v.text_content() if hasattr(v, "text_content") else "".join(v.itertext())
        else:
            text = str(v)
        text = " ".join(text.split())
        if text:
            out.append(text)
    return out


def _metadata(root: etree._Element, cfg: SiteConfig, doc: Document) -> None:
    for expr in cfg.title:
        texts = _text_of(xpath(root, expr))
        if texts:
            doc.metadata.title = texts[0][:500]
            break
    for expr in cfg.author:
        texts = _text_of(xpath(root, expr))
        if texts:
            doc.metadata.authors = list(dict.fromkeys(t[:200] for t in texts))
            break
    for expr in cfg.date:
        for text in _text_of(xpath(root, expr)):
            when = to_rfc3339(text)
            if when:
                doc.metadata.published = when
                break
        else:
            continue
        break


def _relocate(doc: Document, work: etree._Element, back: dict[etree._Element, etree._Element],
              locate: Callable[[etree._Element], str]) -> None:
    """Locators of the narrowed copy -> XPaths of the same elements in the source tree."""
    tree = work.getroottree()

    def fix(loc: str | None) -> str | None:
        if not loc or not loc.startswith("/"):
            return loc
        try:
            found = tree.xpath(loc)
        except etree.XPathError:
            return loc
        el = found[0] if isinstance(found, list) and found else None
        orig = back.get(el) if el is not None else None
        return locate(orig) if orig is not None else loc

    for item in [*doc.body, *doc.ads, *doc.related, *doc.ctas]:
        item.locator = fix(item.locator)


Chrome = AdSlot | Related | CallToAction


def _marked(root: etree._Element, cfg: SiteConfig) -> list[tuple[etree._Element, str, str]]:
    """(element, what, cta kind) for every element the site's chrome rules name,
    outermost only."""
    found: list[tuple[etree._Element, str, str]] = []
    rules = [(x, "ad", "") for x in cfg.ad] + [(x, "related", "") for x in cfg.related]
    rules += [(x, "cta", kind) for kind, x in cfg.cta]
    seen: set[etree._Element] = set()
    for expr, what, kind in rules:
        for el in _elements(xpath(root, expr)):
            if el in seen or el.tag in ("html", "body", "head"):
                continue
            if any(a in seen for a in el.iterancestors()):
                continue
            seen.add(el)
            found.append((el, what, kind))
    return found


def _chrome_item(el: etree._Element, what: str, kind: str, root: etree._Element,
                 base: str | None) -> Chrome:
    from .ad_scripts import scan_scripts
    from .ad_slots import build_ad
    from .ads import network_of
    from .ctas import build_cta
    from .related import build_related

    if what == "ad":
        scripts = scan_scripts(root)
        classes = tuple((el.get("class") or "").split())
        return build_ad(el, network_of(el, classes, el.get("id") or "", scripts), scripts)
    if what == "related":
        return build_related(el, base)
    from typing import get_args

    from ..model import CtaKind

    return build_cta(el, kind if kind in get_args(CtaKind) else "other", base)


def _add_chrome(doc: Document, root: etree._Element, marked: list[tuple[etree._Element, str, str]],
                locate: Callable[[etree._Element], str], base: str | None) -> None:
    """Put the site-marked chrome into ``doc`` where it stood, then place and number all
    chrome again in document order."""
    order = {el: i for i, el in enumerate(root.iter())}
    tree = root.getroottree()

    def position_of(locator: str | None) -> float:
        if not locator or not locator.startswith("/"):
            return -1.0
        try:
            hit = tree.xpath(locator)
        except etree.XPathError:
            return -1.0
        return float(order.get(hit[0], -1)) if isinstance(hit, list) and hit else -1.0

    items: list[tuple[float, int, Block | Chrome]] = [
        (position_of(b.locator), 1, b) for b in doc.body]
    outside = {id(c) for c in [*doc.ads, *doc.related, *doc.ctas]
               if c.position.placement == "outside"}
    items += [(position_of(c.locator), 0, c) for c in [*doc.ads, *doc.related, *doc.ctas]]
    for el, what, kind in marked:
        item = _chrome_item(el, what, kind, root, base)
        item.locator = locate(el)
        items.append((float(order.get(el, -1)), 0, item))
    items.sort(key=lambda t: (t[0], t[1]))
    sequence = [obj for _, _, obj in items]
    ids = IdAllocator()
    prefix = {AdSlot: "ad", Related: "rel", CallToAction: "cta"}
    for obj in sequence:
        if not isinstance(obj, Block):
            obj.id = ids(prefix[type(obj)])
    place(sequence, outside=frozenset(outside))
    doc.ads = [x for x in sequence if isinstance(x, AdSlot)]
    doc.related = [x for x in sequence if isinstance(x, Related)]
    doc.ctas = [x for x in sequence if isinstance(x, CallToAction)]


def read_with_rules(root: etree._Element, url: str | None, limits: Limits, cfg: SiteConfig,
                    read: Reader, locate: Callable[[etree._Element], str]) -> Document:
    """Read the parsed page ``root`` under ``cfg`` with the reader's ``read``;
    ``locate`` gives an element's locator in ``root``."""
    work = copy.deepcopy(root)
    pairs = list(zip(work.iter(), root.iter(), strict=False))
    back = dict(pairs)
    ahead = {orig: copy_el for copy_el, orig in pairs}
    marked = _marked(root, cfg)
    for el, _, _ in marked:  # site-marked chrome is not body text
        _remove(ahead[el])
    changed = _strip(work, cfg) > 0 or bool(marked)
    changed = _narrow_to_body(work, cfg) or changed
    doc = read(work if changed else root, url, limits)
    if changed:
        _relocate(doc, work, back, locate)
    if marked:
        _add_chrome(doc, root, marked, locate, url)
    _metadata(root, cfg, doc)
    return doc


def next_page_urls(root: etree._Element, cfg: SiteConfig | None) -> list[str]:
    """Values of ``next_page_link`` (href of a matched element, or the matched string)."""
    return _links(root, cfg.next_page_link if cfg else [])


def single_page_urls(root: etree._Element, cfg: SiteConfig | None) -> list[str]:
    return _links(root, cfg.single_page_link if cfg else [])


def _links(root: etree._Element, exprs: list[str]) -> list[str]:
    out = []
    for expr in exprs:
        for v in xpath(root, expr):
            if isinstance(v, etree._Element):
                href = v.get("href") or v.get("content") or v.get("value")
                if href is None and v.tag != "a":
                    a = v.find(".//a[@href]")
                    href = a.get("href") if a is not None else None
            else:
                href = str(v)
            if href and href.strip():
                out.append(href.strip())
    return out
