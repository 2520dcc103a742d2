"""Contact controls whose target is an e-mail address or a phone number (``contact_lines``):
a line after the article asking for tips at a ``mailto:`` address, a button styled as such
calling the site's number in the header or footer. Not: an e-mail *share* button, a
directory of many numbers, an address block in the footer. Small pages written for the
project, in English and German.
"""

from __future__ import annotations

import regionpages
from pages import parse_article as parse


def kinds(doc) -> list[tuple[str, str, str]]:
    return [(c.kind, c.position.placement, c.text or "") for c in doc.ctas]


def test_a_tip_line_after_the_article_is_a_contact_cta():
    """English: "<a>Join our forums</a> … And if you have a news tip, correction or comment,
    let us know at <mailto>", in its own box after the text: a contact CTA placed after."""
    after = ("<div class='text-copy'><p><em><a href='https://forums.harbour.example/'>Join our harbour "
             "forums</a> to keep talking ships, tides and the new wall! And if you have a news tip, "
             "correction or comment, let us know at: "
             "<a href='mailto:tips@harbour.example'>tips@harbour.example</a></em></p></div>")
    doc = parse(regionpages.page(after=after, lang="en"))
    assert [k for k in kinds(doc) if k[0] == "contact" and k[1] == "after"], kinds(doc)


def test_a_german_feedback_line_with_a_protected_address():
    """German: "Danke fürs Lesen! … Kontakt zur Redaktion: [email protected] oder an die Autorin:
    [email protected]" (two of a CDN's address-protecting links in place of ``mailto:``)
    after the text: contact."""
    after = ("<div class='feedback'><p>Danke fürs Lesen! Haben Sie Fragen, Anmerkungen oder Hinweise zu "
             "diesem Artikel über die neue Hafenmauer? Kontakt zur Redaktion: "
             "<a href='/cdn-cgi/l/email-protection#4f2a2b'>[email&#160;protected]</a> oder direkt an die "
             "Autorin: <a href='/cdn-cgi/l/email-protection#5e3b3c'>[email&#160;protected]</a></p></div>")
    doc = parse(regionpages.page(after=after, lang="de"))
    assert [k for k in kinds(doc) if k[0] == "contact"], kinds(doc)


def test_a_mail_line_naming_no_contact_is_none():
    """An author's address after the text ("Anna Berg writes about ports. anna@…") asks
    nothing: no CTA."""
    after = ("<div class='author'><p><a href='/authors/anna-berg/'>Anna Berg</a> writes about ports and "
             "ships. <a href='mailto:anna@harbour.example'>anna@harbour.example</a></p></div>")
    doc = parse(regionpages.page(after=after, lang="en"))
    assert [k for k in kinds(doc) if k[0] == "contact"] == [], kinds(doc)


def test_a_phone_button_in_the_header_and_footer_is_contact():
    """German header "Jetzt anrufen" and an English footer "Call us" styled as buttons to a
    ``tel:`` number: contact CTAs placed outside; the footer's address line is none."""
    header = ("<nav><ul><li><a href='/a/'>Hafen</a></li><li><a href='/b/'>Stadt</a></li>"
              "<li><a href='/c/'>Sport</a></li></ul></nav>"
              "<div class='header-call'><a class='btn btn-call' href='tel:+494921999670'>Jetzt anrufen</a></div>")
    doc = parse(regionpages.page(header=header, lang="de"))
    assert ("contact", "outside", "Jetzt anrufen") in kinds(doc), kinds(doc)
    footer = ("<p class='address'>Harbour Street 1, Portsmouth, "
              "<a href='tel:+442392000000'>+44 23 9200 0000</a></p>"
              "<div class='footer-buttons'><a class='button' href='tel:+442392000001'>Call us</a></div>")
    doc = parse(regionpages.page(footer=footer, lang="en"))
    contact = [k for k in kinds(doc) if k[0] == "contact"]
    assert contact == [("contact", "outside", "Call us")], kinds(doc)


def test_mail_share_button_and_directory_of_numbers_are_not_contact():
    """A ``mailto:?subject=`` share button names no address; three movers' "Call" buttons to
    three numbers are a directory's entries: neither is the site's contact."""
    header = "<div class='share'><a class='share-btn email' href='mailto:?subject=Harbour%20wall'>Email</a></div>"
    side = "".join(f"<div class='mover'><b>Mover {n}</b><a class='btn' href='tel:+1212555010{n}'>Call</a></div>"
                   for n in range(3))
    doc = parse(regionpages.page(header=header, side=side, lang="en"))
    assert [k for k in kinds(doc) if k[0] == "contact"] == [], kinds(doc)


def test_reach_kind_reads_addresses_and_numbers():
    from syndicate.extract.contact_lines import directory, reach_kind

    assert reach_kind("tel:+49 30 1234") == "contact"
    assert reach_kind("mailto:redaktion@example.org?subject=Tipp") == "contact"
    assert reach_kind("mailto:?subject=Lesetipp") is None
    assert reach_kind("tel:") is None
    assert reach_kind("https://example.org/kontakt/") is None
    assert not directory(["tel:215-382-6680", "tel:2153826680", "mailto:a@b.example"])
    assert directory(["tel:1", "tel:2", "tel:3"])
