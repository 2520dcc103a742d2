"""The kind of a CTA from the asks of its whole box (``ask_kinds``): a bar of two different
asks is ``other`` (conventions 4 and 9.2); a box whose every ask is to speak to the staff is
``contact`` (9.6); a sign-up form whose button asks for a download or a trial is ``other``
(a gated download, 10.7); a lone sign-up button grows to its headed column when the column's
words name a newsletter. Small pages written for the project.
"""

from __future__ import annotations

from pages import ARTICLE_PARAS
from regionpages import page, parse, source


def ctas(raw: bytes, doc) -> list[tuple[str, str | None]]:
    """(kind, class of the element) of each CTA."""
    return [(c.kind, source(raw, c.locator).get("class")) for c in doc.ctas]


def button(href: str, label: str) -> str:
    return f"<div class='button-wrap'><a class='button' href='{href}'>{label}</a></div>"


def test_a_bar_of_a_donation_and_a_free_pass_is_other():
    """"Donor Pass" (the donation page) beside "Get Your Free Pass" (an event's free pass) in a
    sticky bar of buttons: one ``other`` CTA, not ``donate``."""
    bar = ("<div class='sticky-buttons'>" + button("/donate/", "Donor Pass")
           + button("https://events.example.org/registration/", "Get Your Free Pass") + "</div>")
    raw = page(top=bar)
    doc = parse(raw)
    assert ctas(raw, doc) == [("other", "sticky-buttons")]


def test_a_payment_button_beside_a_phone_number_is_other():
    """"PAY ONLINE" (a payment portal) beside the office's phone number, each button in a
    column of its own: one ``other`` CTA, not ``contact``."""
    bar = ("<section class='header-contact'><div class='row'>"
           "<div class='column'>" + button("https://pay.example.com/portal?id=42", "PAY ONLINE") + "</div>"
           "<div class='column'>" + button("tel:4235550150", "423.555.0150") + "</div></div></section>")
    raw = page(header=f"<a class='logo' href='/'><img src='/logo.png' alt='Site'></a>{bar}")
    doc = parse(raw)
    assert [k for k, _ in ctas(raw, doc)] == ["other"]


def test_a_phone_beside_a_consultation_button_stays_contact():
    """"Call for an appointment" (a phone link) beside "Schedule a consultation": both ask to
    speak to the staff, one ``contact`` CTA."""
    band = ("<section class='band'><h2>You have a choice in vascular care.</h2><div class='row'>"
            + button("tel:4235550150", "Call for an appointment")
            + button("/make-an-appointment/", "Schedule a consultation") + "</div></section>")
    raw = page(footer=band)
    doc = parse(raw)
    assert [k for k, _ in ctas(raw, doc)] == ["contact"]


def test_a_band_booking_a_chat_is_contact():
    """A band under the article, "Generate more leads with us!" and a "Book a chat" button to a
    scheduling page: the reader asks to speak to the staff, ``contact`` (9.6), not an offer."""
    band = ("<section class='cta-band'><h2>Generate more leads and sales with us!</h2>"
            "<a class='button' href='https://calendly.com/agency/30-minutes-consultation'>Book a chat</a></section>")
    raw = page(below=band)
    doc = parse(raw)
    assert [k for k, _ in ctas(raw, doc)] == ["contact"]
    assert all(p in doc.text() for p in ARTICLE_PARAS)


def test_request_info_beside_the_phone_number_is_contact():
    """A header group: the admissions phone number and a "REQUEST INFO" button: ``contact``."""
    group = ("<div class='cta-menu'><a href='tel:18555550181'>1.855.555.0181</a>"
             "<a class='cta-button' href='/request-info'>REQUEST INFO</a></div>")
    raw = page(header=f"<a class='logo' href='/'><img src='/logo.png' alt='Site'></a>{group}")
    doc = parse(raw)
    assert [k for k, _ in ctas(raw, doc)] == ["contact"]


def form(button_label: str) -> str:
    return ("<form action='/leads/' method='post'><input type='text' name='name' placeholder='First Name'>"
            "<input type='email' name='email' placeholder='Company Email'>"
            f"<input type='tel' name='phone' placeholder='Phone Number'><input type='submit' value='{button_label}'></form>")


def test_a_form_under_a_download_is_other():
    """A side box "Download Our Template" with a name, e-mail and phone form whose button says
    "Download": a gated download, ``other``, not ``newsletter``."""
    box = ("<div class='lead-magnet'><img src='/template.png' alt=''><h3>Download Our Template and Plan "
           f"Your Year</h3>{form('Download')}</div>")
    raw = page(side=box)
    doc = parse(raw)
    assert [k for k, _ in ctas(raw, doc)] == ["other"]


def test_a_form_asking_for_a_trial_is_other():
    """An e-mail form whose button says "Start your free trial": ``other`` (a trial), no newsletter."""
    box = ("<div class='signup-box'><h3>Plan every job in one place</h3>"
           "<form action='https://app.example.com/signup'><input type='email' name='email' placeholder='Work email'>"
           "<button type='submit'>Start your free trial</button></form></div>")
    raw = page(below=box)
    doc = parse(raw)
    assert [k for k, _ in ctas(raw, doc)] == ["other"]


def test_a_newsletter_form_stays_newsletter():
    """An e-mail form "Get our newsletter" whose button says "Subscribe": ``newsletter``."""
    box = ("<div class='signup-box'><h3>Get our newsletter</h3>"
           "<form action='/newsletter/'><input type='email' name='email' placeholder='Your email'>"
           "<button type='submit'>Subscribe</button></form></div>")
    raw = page(below=box)
    doc = parse(raw)
    assert [k for k, _ in ctas(raw, doc)] == ["newsletter"]


def test_a_lone_sign_up_button_grows_to_its_headed_column():
    """A footer column "Stay Connected / Receive insights ... to your inbox" holding a "Sign Up"
    button and a row of profile icons: a ``newsletter`` CTA on the column (the icons a
    follow CTA of their own), not an ``other`` button."""
    icons = "".join(f"<li><a href='https://www.{n}.com/examplenews' aria-label='{n}'><i class='icon'></i></a></li>"
                    for n in ("facebook", "linkedin", "instagram"))
    column = ("<div class='footer-columns'><div class='footer-left'><h2>Stay Connected</h2>"
              "<p>Receive insights, event news and more to your inbox.</p>"
              "<div class='btn-wrapper'><a class='btn footer-btn' href='/stay-connected'>Sign Up</a></div>"
              f"<ul class='social-media'>{icons}</ul></div>"
              "<div class='footer-right'><p>Harbour News, 1 Quay Street, Eastmere</p></div></div>")
    raw = page(footer=column)
    doc = parse(raw)
    assert ("newsletter", "footer-left") in ctas(raw, doc)
    assert all(k != "other" for k, _ in ctas(raw, doc))


def test_a_button_naming_an_email_list_is_newsletter():
    """A lone button "Join our email list today!" between two sections: ``newsletter``."""
    between = "<div class='embed'><a class='button' href='https://list.example.com/join'>Join our email list today!</a></div>"
    raw = page(between=between)
    doc = parse(raw)
    assert [k for k, _ in ctas(raw, doc)] == ["newsletter"]
