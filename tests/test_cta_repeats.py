"""One CTA per widget when many sibling entries each give one (issue 15): the entries of a
list (a live ticker's posts, each classed as a comment) are no CTAs of the page, while
widgets of one design that are each a widget of their own (dialogs each holding a form)
and a comment section stay. Small pages written for the project, in English, French and
German.
"""

from __future__ import annotations

import syndicate
from regionpages import page, source


def _ticker(cls: str, posts: tuple[tuple[int, str], ...]) -> str:
    return "".join(f"<div class='{cls}'><span class='minute'>{m}'</span><p>{t}</p></div>" for m, t in posts)


EN_POSTS = (
    (12, "Corner for the visitors, cleared by the keeper."),
    (27, "Yellow card for the home captain after a late tackle."),
    (45, "Half time: still goalless in the harbour derby."),
    (63, "Goal! A header from the corner puts the hosts ahead."),
    (88, "Substitution: the scorer leaves to a standing ovation."),
)
FR_POSTS = (
    (5, "Premier corner pour les visiteurs, repoussé par le gardien."),
    (31, "Carton jaune pour le capitaine après un tacle en retard."),
    (46, "Reprise de la seconde période sous la pluie."),
    (70, "But ! Une tête sur corner donne l'avantage aux locaux."),
    (90, "Fin du match au stade du port."),
)


def _comments(doc: syndicate.Document) -> list[syndicate.CallToAction]:
    return [c for c in doc.ctas if c.kind == "comments"]


def test_live_ticker_posts_classed_as_comments_are_no_ctas():
    """Five ticker posts among the article's four paragraphs, each classed ``live-comment``:
    a list of entries, not five comment widgets."""
    doc = syndicate.parse(page(between=_ticker("live-comment entry", EN_POSTS)), url="https://example.com/a")
    assert _comments(doc) == []


def test_live_ticker_in_french_is_no_ctas():
    doc = syndicate.parse(page(between=_ticker("comment-live", FR_POSTS), lang="fr"), url="https://example.fr/a")
    assert _comments(doc) == []


def test_dialogs_each_holding_a_form_stay_separate_widgets():
    """German: three dialogs of one design (newsletter, news tip, contact), each with its own
    form: three widgets, none dropped as a list's entries."""
    modals = "".join(
        f"<div class='modal fade'><div class='modal-dialog'><h3>{h}</h3><form action='/{a}' method='post'>"
        f"<input type='email' name='email'><button type='submit'>{b}</button></form></div></div>"
        for h, a, b in (("Newsletter abonnieren", "newsletter", "Abonnieren"),
                        ("Schicken Sie uns einen Hinweis", "hinweis", "Senden"), ("Kontakt", "kontakt", "Senden")))
    raw = page(top=modals, lang="de")
    doc = syndicate.parse(raw, url="https://example.de/a")
    assert [source(raw, c.locator).get("class") for c in doc.ctas] == ["modal fade"] * 3


def test_comment_section_of_many_comments_stays_one_cta():
    """German: a reader-comment section with four comments, each with a header: one
    comments CTA for the section (the entries are not counted, the section is kept)."""
    thread = "<section class='reader-comments'><h2>Kommentare</h2><div class='thread'>" + "".join(
        f"<div class='comment depth-1'><div class='comment-header'><span class='author'>{a}</span> "
        f"<span class='date'>vor {m} Monaten</span></div><div class='comment-text'><p>{t}</p></div></div>"
        for a, m, t in (("Brad P", 6, "Die Mauer hätte man schon vor zehn Jahren erneuern müssen."),
                        ("Corey M", 5, "Hoffentlich fährt die Fähre im Sommer trotzdem."),
                        ("Alan J", 4, "Zwölf Millionen sind viel Geld für eine Mauer."),
                        ("Tom S", 2, "Endlich passiert etwas am Hafen."))) + "</div></section>"
    raw = page(below=thread, lang="de")
    doc = syndicate.parse(raw, url="https://example.de/a")
    (cta,) = _comments(doc)
    assert source(raw, cta.locator).get("class") == "reader-comments"
