"""One widget, one element (``widget_merge``): share links found one by one are one share
CTA at their rail; a heading found as a sign-up beside its form is reported at the form (or
with it at their parent); a prompt beside a found sign-up form is a part of it; a widget
inside wrappers that add nothing is reported at the outermost one; a lone link stays where
it is. Small pages written for the project, in German and English.
"""

from __future__ import annotations

import lxml.html

import syndicate
from regionpages import page, source
from syndicate.extract.chrome import Found
from syndicate.extract.widget_merge import one_element
from syndicate.model import CallToAction


def _ctas(raw: bytes, url: str) -> list[tuple[str, str | None]]:
    doc = syndicate.parse(raw, url=url)
    return [(c.kind, source(raw, c.locator).get("id") or source(raw, c.locator).get("class")) for c in doc.ctas]


def _run(html: str, finds: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """``one_element`` on the CTAs ``finds`` ((XPath, kind)) of the small page ``html``:
    (tag#id.class, kind) of each reported CTA."""
    root = lxml.html.fromstring(html)
    found = [Found(root.xpath(x)[0], CallToAction(id="", kind=k)) for x, k in finds]  # type: ignore[arg-type]
    out = one_element(found, set(), None)
    return [(f"{f.element.tag}#{f.element.get('id') or ''}.{f.element.get('class') or ''}", f.item.kind)  # type: ignore[union-attr]
            for f in out]


_TIP = ("<div class='tooltip'><div class='content'><p><strong>Zu Ihrer Information</strong></p>"
        "<p>Wenn Sie diesen Button anklicken, werden persönliche Daten an {n} übertragen.</p></div></div>")


def test_german_share_links_are_one_rail():
    """German share rail: a toggle link and three share links (each with a privacy tooltip)
    each found alone: one share CTA at the rail holding them."""
    links = [("facebook", "https://www.facebook.com/sharer.php?u=https://example.de/a", "Facebook"),
             ("twitter", "https://twitter.com/share", "Twitter"),
             ("recommend", "/service/seite-weiterempfehlen/?url=a", "uns")]
    rail = ("<div id='functions'><a href='#' id='functions-share' title='Seite weiterempfehlen'></a>"
            "<div id='share'><div id='share-wrapper'><div id='share-title'>Empfehlen Sie uns weiter</div>"
            "<ul class='list'>"
            + "".join(f"<li class='tooltip-trigger'><a class='openpopup' id='share-{k}' href='{h}'></a>"
                      f"{_TIP.format(n=n)}</li>" for k, h, n in links)
            + "</ul></div></div></div>")
    raw = page(lang="de", after=rail)
    assert _ctas(raw, "https://example.de/a") == [("share", "functions")]


def test_links_beside_other_text_stay_apart():
    """English: two app links in a box that also holds other buttons and a blurb: the box is
    more than the two links, each stays an item of its own."""
    html = ("<html><body><div class='widget'><p>Get more from the Harbour Writing Center, the tips and tools "
            "we use with students every day.</p><p><a class='btn' href='/tips'>View all tips</a></p>"
            "<p><a id='and' class='btn' href='https://play.google.com/store/apps/details?id=x'>Android app</a></p>"
            "<p><a id='ios' class='btn' href='https://apps.apple.com/us/app/x/id1'>iOS app</a></p></div></body></html>")
    out = _run(html, [("//a[@id='and']", "app"), ("//a[@id='ios']", "app")])
    assert out == [("a#and.btn", "app"), ("a#ios.btn", "app")]


def test_german_heading_beside_its_form_is_reported_at_the_form():
    """German footer column: the address, then a heading "Newsletter abonnieren" found as
    the sign-up and its e-mail form: the CTA is the form (the column holds the address)."""
    html = ("<html><body><footer><div class='col'><h4>Verband der Hafenbetriebe</h4><p>Hafenstraße 15<br>"
            "10969 Berlin</p><h4 id='nl'>Newsletter abonnieren</h4><form id='reg' action='/registrierung/'>"
            "<label>Ihre E-Mail Adresse:</label><input type='text' name='email'><input type='submit' value='Absenden'>"
            "</form></div></footer></body></html>")
    assert _run(html, [("//h4[@id='nl']", "newsletter")]) == [("form#reg.", "newsletter")]


def test_english_prompt_and_found_form_are_one_box():
    """English: a prompt line over its found sign-up form, alone in their box: one CTA at the
    box; beside an address line the prompt is a part of the form's CTA."""
    box = ("<div id='box' class='jp'><p id='pr'>Subscribe to our newsletters. We'll keep you in the loop.</p>"
           "<form id='f' action='/subscribe'><input type='email' name='email'><button>Subscribe</button></form></div>")
    alone = f"<html><body><div class='col'>{box}<p>Address: 1 Quay Road</p></div></body></html>"
    assert _run(alone, [("//p[@id='pr']", "newsletter"), ("//form", "newsletter")]) == [("div#box.jp", "newsletter")]
    beside = ("<html><body><div class='col'><p>Address: 1 Quay Road</p><p id='pr'>Subscribe to our newsletters."
              "</p><form id='f' action='/subscribe'><input type='email' name='email'><button>Go</button></form>"
              "</div></body></html>")
    assert _run(beside, [("//p[@id='pr']", "newsletter"), ("//form", "newsletter")]) == [("form#f.", "newsletter")]


def test_english_band_is_reported_at_its_outer_wrapper():
    """English footer band: heading, blurb and form inside a chain of single wrappers: the
    CTA is the outermost wrapper that adds nothing (below the one named as the footer)."""
    band = ("<div id='footer-bold'><div class='container'><div class='inner'><div class='row-wrap'><div class='row'>"
            "<div class='col'><h3>Get the Harbour Digest</h3><p>The week's stories from the coast, every Friday in "
            "your inbox.</p></div><div class='col'><form action='/newsletter/join'><input type='email' name='email'>"
            "<button>Sign up</button></form></div></div></div></div></div></div>")
    raw = page(lang="en", footer=band + "<p>© Harbour News</p><ul class='menu'><li><a href='/about'>About</a></li>"
               "<li><a href='/jobs'>Jobs</a></li></ul>")
    assert _ctas(raw, "https://example.com/a") == [("newsletter", "container")]


def test_german_lone_link_is_not_moved_up():
    """German: a lone "Jetzt spenden" link inside two wrappers stays the link (a link found by
    its words frames no widget); a donation box in the same wrappers moves up."""
    html = ("<html><body><div class='a'><div class='b'><a id='sp' href='/spenden'>Jetzt spenden</a></div></div>"
            "<div class='c'><div class='d'><div id='box'><h3>Unterstützen Sie uns</h3>"
            "<a href='/spenden'>Spenden</a></div></div></div></body></html>")
    out = _run(html, [("//a[@id='sp']", "donate"), ("//div[@id='box']", "donate")])
    assert out == [("a#sp.", "donate"), ("div#.c", "donate")]
