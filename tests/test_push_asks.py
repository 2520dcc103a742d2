"""Asks to allow push notifications (``push_asks``), on small pages written for the project
in Spanish, German and English: a box named ``push`` whose prompt names notifications and
which holds a control a script drives (buttons without a page, a switch, one entry per topic)
is a CTA ``other``, one per box, and leaves the body; so is a push service's own widget (a
bell, an empty mount its script fills). A box named ``push`` that asks to follow on networks,
a link to a page about the notifications and a sign-up form asking an e-mail address are
none (``parse_article`` checks the body is the article's four paragraphs)."""

from __future__ import annotations

from pages import parse_article as parse
from regionpages import page, source

POPUP_ES = ("<div id='push-popup' class='popup'><div class='popup-content'><img src='/logo.png' alt=''>"
            "<h4 class='push-popup-line1'>Recibe notificaciones de las noticias más importantes del día.</h4>"
            "<div class='popup-buttons'><div id='push-popup-no' class='btn btn-no'>NO, GRACIAS</div>"
            "<div id='push-popup-yes' class='btn btn-yes'>RECIBIR</div></div></div></div>")
TOPICS_DE = ("<div class='pushSubscriptionContainer'><div class='pushTitle'>Nichts mehr verpassen!</div>"
             "<div class='pushSubtitle'>Aktiviere die Benachrichtigungen:</div>"
             "<div class='topic pushSubscription' data-topic='t1'>Hafen</div>"
             "<div class='topic pushSubscription' data-topic='t2'>Stadtrat</div></div>")
SWITCH_EN = ("<div class='js-notifications-button' id='push_switcher'><p>Eastmere Post push notifications</p>"
             "<label class='switch'><input type='checkbox'><span class='slider round'></span></label></div>")


def _others(raw: bytes) -> list[tuple[str | None, str | None]]:
    """(class, id) of the source element of every CTA ``other`` of ``raw``."""
    out = []
    for c in parse(raw).ctas:
        if c.kind == "other":
            el = source(raw, c.locator)
            out.append((el.get("class"), el.get("id")))
    return out


def test_popup_with_two_buttons_asking_for_notifications_es():
    assert _others(page(top=POPUP_ES, lang="es")) == [("popup", "push-popup")]


def test_topic_entries_under_the_text_leave_the_body_de():
    raw = page(after=TOPICS_DE, lang="de")
    assert _others(raw) == [("pushSubscriptionContainer", None)]


def test_footer_switch_en():
    assert _others(page(footer=SWITCH_EN)) == [("js-notifications-button", "push_switcher")]


def test_a_push_service_widget_is_one_even_empty_de():
    bell = ("<div class='cleverpush-bell'><div class='cleverpush-bell-message'>"
            "Für Benachrichtigungen anmelden</div></div>")
    mount = "<div class='onesignal-customlink-container'></div>"
    assert _others(page(top=bell, after=mount, lang="de")) == [
        ("onesignal-customlink-container", None), ("cleverpush-bell", None)]


def test_a_box_named_push_asking_to_follow_is_no_push_ask_de():
    box = ("<div class='push-channel'><p>Du willst nichts mehr verpassen? Dann folge uns auf:</p>"
           "<a href='https://www.instagram.com/hafenberg'>Instagram</a>"
           "<a href='https://www.facebook.com/hafenberg'>Facebook</a></div>")
    doc = parse(page(after=box, lang="de"))
    assert [c.kind for c in doc.ctas] == ["follow"]


def test_a_link_to_a_page_about_the_notifications_is_none_de():
    links = ("<div class='service'><a class='abo-btn push-btn' href='/push-nachrichten'>"
             "Push-Nachrichten verwalten</a></div>")
    assert _others(page(header=links, lang="de")) == []


def test_notification_words_without_a_control_are_none_en():
    # (a column named by a layout class "push": no button, switch or topic in it)
    column = ("<div class='col-md-4 col-md-push-2'><p>Notifications from the council are sent "
              "by post to every household on the shore road.</p></div>")
    assert _others(page(side=column)) == []


def test_an_e_mail_sign_up_named_push_is_a_newsletter_en():
    form = ("<div class='push-signup'><p>Get notified of new stories</p><form action='/signup'>"
            "<input type='email' name='email'><button>Notify me</button></form></div>")
    doc = parse(page(side=form))
    assert [c.kind for c in doc.ctas] == ["newsletter"]
