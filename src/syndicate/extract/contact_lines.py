"""Controls whose target is the site's e-mail address or phone number: contact CTAs.

A ``mailto:`` or ``tel:`` target loads no page, so the page-target tests (``cta_url``,
``conversion_links.target_kind``) name no kind for it; yet writing or calling is what a
contact control asks. Two structures carry such a target as a CTA:

- a link styled as a button outside the body ("Call us at 215-…", "Contact us" to
  ``mailto:``): ``conversion_links`` judges it as any conversion button
  (``reach_kind`` gives its kind; an e-mail *share* button, ``mailto:?subject=…``, names
  no address and stays a share control);
- a short line or box whose action is an e-mail address (``mail_line``): "If you have a
  news tip, correction or comment, let us know at: <a href=mailto:…>", "Thank you for
  reading! Send your feedback to <a>[email protected]</a>".

``cta_rows.mail_box`` finds such a box when a heading asks to get in touch ("Contact us");
these lines have no heading: the whole sentence around the address is the prompt. The body
walk left the line out (it stands after the article's text, in its own box), and
``cta_boxes.cta_box`` reads a box's headings, emphasis and link texts only, where the
address names no kind. What tells them is structure first — a small box in the open page
(not a header, footer or menu: an address block there is the site's imprint) holding one
or two links, one of them writing an e-mail (``mailto:`` or a CDN's address-protecting
link), and little text — and then the words of that text naming a contact (``CTA_BOX_STEMS``
of ``contact``: "news tip", "contact", "Kontakt").
"""

from __future__ import annotations

from collections.abc import Iterable

from lxml import etree

from .chrome_util import norm, text_content
from .cta_boxes import box_kind_of
from .cta_rows import mail_href
from .rules import regions as rules
from .rules.chrome_patterns import NO_PAGE_HREF


def mail_line(el: etree._Element, n_links: int) -> str | None:
    """``"contact"`` when ``el`` (a box of ``n_links`` links in the open page, not found as a
    CTA by its prompt) is a short line asking the reader to write to the e-mail address it
    links; else ``None``."""
    if not 1 <= n_links <= rules.MAX_MAIL_LINE_LINKS:
        return None
    if not any(mail_href(a.get("href") or "") for a in el.iter("a")):
        return None
    text = norm(text_content(el))
    if len(text) > rules.MAX_MAIL_LINE_TEXT:
        return None  # (a paragraph of the text, an author's biography: not a line)
    return "contact" if box_kind_of(text.lower()) == "contact" else None


def reach_kind(href: str) -> str | None:
    """``"contact"`` for a target writing to an address (``mailto:name@host``, a CDN's
    address-protecting link) or calling a number (``tel:`` and digits); else ``None``."""
    head = href[:7].lower()
    if head.startswith("tel:"):
        return "contact" if any(c.isdigit() for c in href[4:]) else None
    if head == "mailto:":
        return "contact" if "@" in href.split("?", 1)[0] else None  # (``mailto:?subject=``: a share)
    return "contact" if mail_href(href) else None


def directory(targets: Iterable[str]) -> bool:
    """More than ``MAX_REACH_TARGETS`` different addresses or numbers among the page's
    ``mailto:``/``tel:`` buttons: a directory's entries (movers, lawyers, each with its
    "Call" button), the page's content, not the site's contact."""
    seen = {_reach_key(t) for t in targets}
    return len(seen) > rules.MAX_REACH_TARGETS


def _reach_key(href: str) -> str:
    """One address or number however written ("tel:215-382-6680", "tel:2153826680")."""
    if href[:4].lower() == "tel:":
        return "".join(c for c in href if c.isdigit())[-10:]
    return href.split("?", 1)[0].lower()


def page_free(box: etree._Element, a: etree._Element) -> bool:
    """No link of ``box`` but ``a`` loads a page (the others are pop-up triggers, buttons
    without a target, other addresses or numbers): the band around a phone or e-mail button
    is its widget ("Book Online! | (843) 466-…"); a band holding "Pay online" or "Request a
    quote" is a row of several offers, and the button is reported alone."""
    for x in box.iter("a"):
        href = (x.get("href") or "").strip()
        if x is not a and href and not href.lower().startswith(NO_PAGE_HREF):
            return False
    return True
