"""Story lines led in by a short label or question: "Next steps: Find out <a>…</a>.", "Du
suchst noch mehr Ausflugsziele? Hier kommen <a>…</a>", a link-only line right under a short
lead-in line of its own ("<h4>Want to learn more?</h4><h4><a>…</a></h4>", no box around the
two), a one-entry list "Don’t Miss: <a>…</a>" written with a typographic apostrophe. Each is a
related block of one item. A question that asks for nothing more (a CTA's prompt, a FAQ
heading), a note, a link to another site are none. Pages written for the project (English,
German, French)."""

from __future__ import annotations

import syndicate
from pages import ARTICLE_URL, article_with
from pages import parse_article as parse

#: Story paths whose slugs do not spell the links' words (no slug line).
STORY = "/2023/11/02/senior-cover-9912"
STORY_DE = "/magazin/freizeit/3016-dinge-im-winter"


def _blocks(doc: syndicate.Document) -> list[tuple[str | None, list[str]]]:
    """(title, the items' URL paths) of each related block."""
    return [(r.title, [i.url.split("example.com", 1)[-1] for i in r.items]) for r in doc.related]


def test_a_label_and_a_few_words_before_one_story_link():
    """"Next steps: Find out <a>…</a>." closing the text: the label titles the block, the
    line leaves the body."""
    line = f"<p><strong>Next steps: Find out <a href='{STORY}'>how much harbour insurance you need</a>.</strong></p>"
    doc = parse(article_with(line))
    assert _blocks(doc) == [("Next steps", [STORY])]
    assert "Find out" not in doc.text()


def test_a_question_asking_for_more_before_one_story_link():
    """A German question asking for more, two words and the story's title."""
    line = (f"<p><span>Du suchst noch mehr Ausflugsziele für den Winter? Hier kommen <a href='{STORY_DE}'>"
            "12 Dinge, die du unbedingt im November tun solltest!</a></span></p>")
    doc = parse(article_with(line, "de"))
    assert [items for _, items in _blocks(doc)] == [[STORY_DE]]


def test_a_link_line_under_a_lead_in_heading_after_the_text():
    """A French lead-in heading asking for more over a heading that is one story link,
    after the text, no box around the two: the heading titles the block."""
    after = (f"<h4>Envie d'en savoir plus ?</h4><h4><a href='{STORY}'>Entretenir un mur de port "
             "sans fermer le port aux bateaux</a></h4>")
    doc = parse(article_with("", "fr", after))
    assert _blocks(doc) == [("Envie d'en savoir plus ?", [STORY])]


def test_a_one_entry_list_with_a_typographic_apostrophe():
    """"Don’t Miss:" (U+2019) before one story link, a list of one entry between paragraphs:
    read as "Don't Miss:", it titles the block."""
    entry = (f"<ul><li><strong>Don’t Miss: </strong><a href='{STORY}'>Program Management Software "
             "for Multi-Project Tracking</a></li></ul>")
    doc = parse(article_with(entry))
    assert _blocks(doc) == [("Don’t Miss:", [STORY])]


def test_guards_a_prompt_a_faq_heading_a_note_another_site():
    """A CTA's prompt ("Ready to start building?"), a FAQ question over a link line, a note,
    a question leading to another site: no related block."""
    cases = [
        ("<p><strong>Ready to start building? </strong><a href='/landing-page/app-development-company'>"
         "<strong>Partner with us, your industry-leading app development company</strong></a>.</p>", ""),
        ("", f"<h4>What is a harbour wall?</h4><h4><a href='{STORY}'>Entretenir un mur de port sans "
             "fermer le port</a></h4>"),
        (f"<p>Note: see <a href='{STORY}'>how much harbour insurance you need</a>.</p>", ""),
        ("<p>Want to learn more? Read <a href='https://other.org/2023/11/02/harbour-report'>the annual "
         "harbour report of the port</a>.</p>", ""),
    ]
    for inserted, after in cases:
        doc = syndicate.parse(_with_menu(article_with(inserted, after=after)), url=ARTICLE_URL)
        assert doc.related == [], (inserted, after)


def _with_menu(page: bytes) -> bytes:
    """``page`` with a header menu of the site's sections (the site's own links: another
    host linked once is another site)."""
    names = ["news", "sport", "culture", "travel", "food", "science", "health", "money", "cars", "weather"]
    menu = " ".join(f"<a href='/{n}/'>{n.title()}</a>" for n in names)
    return page.replace(b"<main>", f"<header><nav>{menu}</nav></header><main>".encode())
