"""A link's button look from its utility classes (``button_looks``): a Tailwind-like or
Bootstrap-like class value drawing a padded, rounded box with a fill or an edge is a
button though no word of it says so, and the conversion-button pass takes it; a menu's
entries drawn alike, and a look drawn only on hover, are none. Small pages written for the
project, chrome in English, German and French.
"""

from __future__ import annotations

import lxml.html

import regionpages
from pages import parse_article as parse
from syndicate.extract.button_looks import looks_like_button
from syndicate.extract.conversion_links import menu_look

MENU = ("<nav class='flex gap-6'><a class='text-sm font-medium' href='/news/'>News</a>"
        "<a class='text-sm font-medium' href='/sport/'>Sport</a>"
        "<a class='text-sm font-medium' href='/culture/'>Culture</a>"
        "<a class='text-sm font-medium' href='/travel/'>Travel</a></nav>")


def outside(doc) -> list[tuple[str, str | None]]:
    return [(c.kind, c.text) for c in doc.ctas if c.position.placement == "outside"]


def test_padded_rounded_filled_or_edged_values_look_like_buttons():
    """Padding, a rounded shape and a fill or an edge, at some screen size: Tailwind,
    Tailwind with a ``tw-`` prefix and ``!`` marks, Bootstrap utilities."""
    assert looks_like_button("inline-flex rounded-lg bg-indigo-600 px-4 py-2 text-white")
    assert looks_like_button("md:px-8 px-5 py-3 border-2 rounded-full bg-transparent")
    assert looks_like_button("tw-inline-block !tw-px-[28px] tw-rounded-[50px] tw-bg-rust-300")
    assert looks_like_button("d-inline-block px-4 py-2 rounded-pill bg-primary text-white")


def test_a_look_missing_a_part_or_drawn_on_hover_only_is_none():
    """No padding, no rounded shape, no fill nor edge, a fill on hover only, a tint, a
    corner rounded alone, no padding at all (``px-0``): no button."""
    assert not looks_like_button("rounded-lg bg-indigo-600 text-white")
    assert not looks_like_button("px-4 py-2 bg-indigo-600 text-white")
    assert not looks_like_button("rounded-md px-3 py-2 text-sm hover:bg-gray-700")
    assert not looks_like_button("rounded-lg p-3 bg-white/5 hover:bg-white/10")
    assert not looks_like_button("rounded-t-lg px-4 bg-gray-100")
    assert not looks_like_button("rounded px-0 bg-blue-600")


def test_utility_class_button_in_the_header_is_a_conversion_cta():
    """English: "Talk to us" to /contact-us/, drawn as a button by utility classes beside
    the menu: a contact CTA, placed outside (no class word names a button)."""
    header = (f"{MENU}<div class='flex items-center gap-4'>"
              "<a class='rounded-lg bg-indigo-600 px-4 py-2 text-white' href='/contact-us/'>Talk to us</a></div>")
    doc = parse(regionpages.page(header=header, lang="en"))
    assert ("contact", "Talk to us") in outside(doc)


def test_utility_class_buttons_in_german_and_french_footers():
    """German "Jetzt spenden" to /spenden/ and French "Devenir membre" to /adhesion/, drawn
    with an edge (``border-2``) or a fill: donate and subscribe CTAs."""
    cases = (
        ("de", "Jetzt spenden", "/spenden/", "donate", "inline-flex rounded-full border-2 border-red-700 px-6 py-3"),
        ("fr", "Devenir membre", "/adhesion/", "subscribe", "rounded bg-emerald-700 px-5 py-2 font-semibold"),
    )
    for lang, label, href, kind, cls in cases:
        footer = ("<ul class='grid gap-2'><li><a href='/mentions/'>Mentions</a></li>"
                  "<li><a href='/confidentialite/'>Confidentialité</a></li></ul>"
                  f"<div class='mt-8'><a class='{cls}' href='{href}'>{label}</a></div>")
        doc = parse(regionpages.page(footer=footer, lang=lang))
        assert (kind, label) in outside(doc), (lang, outside(doc))


def test_utility_class_without_the_look_stays_navigation():
    """The same header link drawn with padding and a rounded hover background only (a menu
    entry's look): navigation, no CTA."""
    header = (f"{MENU}<div class='flex items-center gap-4'>"
              "<a class='rounded-lg px-4 py-2 hover:bg-gray-100' href='/contact-us/'>Talk to us</a></div>")
    doc = parse(regionpages.page(header=header, lang="en"))
    assert [c for c in doc.ctas if c.kind == "contact"] == []


def test_a_button_drawn_in_a_menu_panel_or_a_row_alike_is_a_menu_entry():
    """``menu_look``: a "Start free trial" button drawn by utility classes deep in the panel
    a menu entry unfolds (beside the panel's links to the product pages), and one of a run
    of topic pills drawn alike, are menu entries; the header's lone drawn button is none."""
    links = "".join(f"<a class='block px-2 py-1' href='/product/{p}/'>{p.title()}</a>"
                    for p in ("monitoring", "logs", "alerts", "status"))
    button = "<a class='rounded-lg bg-indigo-600 px-4 py-2 text-white' href='/signup/'>Start free trial</a>"
    panel = ("<div class='absolute hidden'><div class='grid grid-cols-2'><div class='p-4'><div>"
             f"<div class='flex flex-col'>{links}</div><div class='mt-6 border-t pt-6'><div class='flex gap-3'>"
             f"{button}</div></div></div></div></div></div>")
    pill = "rounded-full bg-gray-100 px-3 py-1 text-sm"
    row = "".join(f"<a class='{pill}' href='/topics/{t}/'>{t.title()}</a>" for t in ("climate", "energy", "ports"))
    html = (f"<html><body><header><nav class='flex gap-6'><div class='relative'><button>Product</button>"
            f"{panel}</div>{MENU}</nav><div class='flex gap-2'>{row}</div>"
            f"<div class='flex items-center'>{button.replace('/signup/', '/register/')}</div></header></body></html>")
    root = lxml.html.fromstring(html)
    target = {a.get("href"): a for a in root.iter("a")}
    assert menu_look(target["/signup/"])
    assert menu_look(target["/topics/energy/"])
    assert not menu_look(target["/register/"])
