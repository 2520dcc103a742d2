"""The small news page the region tests build around the article's four paragraphs, and
what they ask of it: the source element an item's locator names, a plain list of story links.

``page`` lays the chrome a test passes where a news site has it: ``header`` in the site
header, ``between`` among the paragraphs (after the second), ``after`` below the text inside
the article, ``side`` in a column beside the main column, ``footer`` in the site footer,
``top`` last in ``<body>`` (overlays, dialogs, sticky bars).
"""

from __future__ import annotations

import lxml.html

from pages import ARTICLE_PARAS

#: The article's paragraphs as markup.
P = [f"<p>{t}</p>" for t in ARTICLE_PARAS]


def page(*, between: str = "", after: str = "", side: str = "", header: str = "", footer: str = "",
         top: str = "", lang: str = "en", html_class: str = "", body_class: str = "") -> bytes:
    """A news page: site header, a main column holding the article, a side column, the site
    footer (``html_class``/``body_class``: classes on ``<html>`` and ``<body>``)."""
    return (
        f"<!DOCTYPE html><html lang='{lang}' class='{html_class}'><head><meta charset='utf-8'>"
        f"<title>Harbour wall</title></head><body class='{body_class}'>"
        f"<header class='site-header'>{header}</header>"
        f"<div class='wrap'><main><article><h1>Harbour wall to be rebuilt</h1><div class='text'>"
        f"{P[0]}{P[1]}{between}{P[2]}{P[3]}</div>{after}</article></main>"
        f"<div class='rail'>{side}</div></div>"
        f"<footer class='site-footer'>{footer}</footer>{top}</body></html>"
    ).encode()


def source(raw: bytes, locator: str | None) -> lxml.html.HtmlElement:
    """The one element of ``raw`` that ``locator`` (an item's XPath) names."""
    (el,) = lxml.html.fromstring(raw).getroottree().xpath(locator)
    return el


def stories(*titles: str, section: str = "region") -> str:
    """A plain list of links to other stories of the site (no telling class)."""
    items = "".join(
        f"<li><a href='/{section}/2024/{'-'.join(t.lower().split())}'>{t}</a></li>" for t in titles)
    return f"<ul>{items}</ul>"
