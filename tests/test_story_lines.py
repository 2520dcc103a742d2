"""Lines of the article's column that are one link to another story of the site, set apart by
what they look like rather than by a related label: a marker glyph ("» Useful Resource:
<a>…</a>", "<a>>>> Der große Report</a>", a heading "<a>… >>></a>"), a short "Learn more."
line under a section, a highlighted box around one story link. Each is a related block of one
item that leaves the body; a marked line linking another site, a "Learn more." to a page the
menu links, a box linking elsewhere, a heading linking a story with no marker are none.
Pages written for the project (English, German, French, Hungarian)."""

from __future__ import annotations

import syndicate
from pages import ARTICLE_URL, article_with
from pages import parse_article as parse

#: Story paths whose slugs do not spell the link's words (no slug line).
STORY = "/2023/11/02/senior-cover-9912"
STORY_DE = "/wirtschaft/2023/ranking-staerkste-firmen-4411"


def _stories(doc: syndicate.Document) -> list[tuple[str, list[str]]]:
    """(placement, the items' URL paths) of each related block."""
    return [(r.position.placement, [i.url.split("example.com", 1)[-1] for i in r.items]) for r in doc.related]


def test_a_marked_label_line_is_one_story():
    """ "» Useful Resource: <a>…</a>" between paragraphs: the marker and a short name ending
    in a colon set the line apart, whatever the name says."""
    line = f"<p>» Useful Resource: <a href='{STORY}'>A Guide to Insurance for Older Travellers</a></p>"
    assert _stories(parse(article_with(line))) == [("inline", [STORY])]


def test_a_link_opening_with_a_marker_is_one_story():
    """A German line that is one link opening with ">>>": its slug does not spell it."""
    line = f"<p><a href='{STORY_DE}'>&gt;&gt;&gt; Der große Reputation Report der Industrie 2023</a></p>"
    assert _stories(parse(article_with(line, "de"))) == [("inline", [STORY_DE])]


def test_a_marked_line_in_a_list_entry_is_one_story():
    """A review kept as one list by the body, a marked line inside one of its entries (its
    text leaves the list's block: ``test_inner_lines``)."""
    entry = ("<ul class='reviews'><li><h3>Plan one</h3><p>The first plan covers trips of up to "
             "thirty days and costs little for travellers under seventy.</p>"
             f"<p>» Helpful Guide: <a href='{STORY}'>Changes in Health Care Needs as We Age</a></p>"
             "<p>The second part of the plan adds cover for lost luggage and cancelled flights.</p></li></ul>")
    doc = syndicate.parse(article_with(entry), url=ARTICLE_URL)
    assert _stories(doc) == [("inline", [STORY])]


def test_a_marked_heading_under_the_text_is_one_story():
    """A Hungarian recipe page closes with headings in capitals, each one link ending in
    ">>>": story lines (the walk reads them; the body leaves them out)."""
    story = "/egyszeru-vendegvaro-sajtos-ropogos-59427/"
    after = f"<h2><a href='{story}'>EGYSZERŰ VENDÉGVÁRÓ: SAJTOS ROPOGÓS, MARADÉK KOVÁSSZAL &gt;&gt;&gt;</a></h2>"
    doc = parse(article_with("", "hu", after))
    assert [items for _, items in _stories(doc)] == [[story]]


def test_a_learn_more_line_under_a_section_is_one_story():
    """"Learn more." alone on its line right after a paragraph, linking an article."""
    story = "/en/whats-in-food/article/do-carbohydrates-make-you-gain-weight"
    doc = parse(article_with(f"<p><a href='{story}'>Learn more.</a></p>"))
    assert _stories(doc) == [("inline", [story])]


def test_a_highlighted_box_around_one_story_link_is_one_story():
    """A French tip in a box of its own colour: a sentence around the link, yet a teaser."""
    story = "/2023/10/reduire-le-gaspillage-alimentaire"
    box = (f"<p class='has-background has-pale-background-color'>Astuce : découvrez <a href='{story}'>"
           "comment réduire le gaspillage</a> dans notre article.</p>")
    assert _stories(parse(article_with(box, "fr"))) == [("inline", [story])]


def test_guards_another_site_no_marker_a_menu_page():
    """A marked line citing another site, a box linking another site, a heading linking a
    story with no marker, a "Learn more." to a page the menu links: no related block."""
    cases = [
        "<p>» Source: <a href='https://other.org/2023/11/02/report-on-ferries'>The Annual Report on Ferries</a></p>",
        "<p class='has-background'>Tip: read <a href='https://other.org/2023/10/some-story-here'>the full "
        "story elsewhere</a> today.</p>",
    ]
    for inserted in cases:
        doc = syndicate.parse(_with_menu(article_with(inserted)), url=ARTICLE_URL)
        assert not any("other.org" in i.url for r in doc.related for i in r.items), inserted
    heading = f"<h2><a href='{STORY}'>How the Harbour Wall Was Built</a></h2>"
    doc = syndicate.parse(article_with("", after=heading), url=ARTICLE_URL)
    assert not any(STORY in i.url for r in doc.related for i in r.items)
    doc = syndicate.parse(_with_menu(article_with("<p><a href='/hardened-images'>Learn more</a></p>")), url=ARTICLE_URL)
    assert not any("hardened-images" in i.url for r in doc.related for i in r.items)


def _with_menu(page: bytes) -> bytes:
    """``page`` with a header menu of the site's sections (the site's own links: another
    host linked once is another site)."""
    names = ["news", "sport", "culture", "travel", "food", "science", "health", "money", "cars", "weather"]
    menu = " ".join(f"<a href='/{n}/'>{n.title()}</a>" for n in names)
    menu += " <a href='/hardened-images'>Hardened images</a>"
    return page.replace(b"<main>", f"<header><nav>{menu}</nav></header><main>".encode())


#: A page under a guide section, and the section's own guide page above it.
GUIDE_PAGE, GUIDE = "https://news.example.com/insurance/travel/best-plans-for-seniors", "/insurance/"
GUIDE_PAGE_DE, GUIDE_DE = "https://news.example.com/ratgeber/versicherung/reise/beste-tarife", "/ratgeber/versicherung/"


def test_a_marked_line_to_the_section_guide_above_the_page_is_one_story():
    """The page's section ("/insurance/" above "/insurance/travel/best-plans…") is a page of
    its own, a guide: a story line linking it is one story, as a line linking any other page."""
    line = f"<p>» Useful Resource: <a href='{GUIDE}'>A Guide to Insurance for Older Travellers</a></p>"
    doc = syndicate.parse(article_with(line), url=GUIDE_PAGE)
    assert _stories(doc) == [("inline", [GUIDE])]
    line_de = f"<p><a href='{GUIDE_DE}'>&gt;&gt;&gt; Der große Ratgeber zu Versicherungen 2023</a></p>"
    doc = syndicate.parse(article_with(line_de, "de"), url=GUIDE_PAGE_DE)
    assert _stories(doc) == [("inline", [GUIDE_DE])]


def test_a_marked_line_to_a_guide_under_the_page_is_one_story():
    """A hub page's path holds its guides ("/insurance/travel/best-plans-for-seniors/cruises"):
    a story line linking one is one story, no further page of the hub (that one would end in
    a page number)."""
    line = f"<p>» Check Out: <a href='{GUIDE_PAGE}/cruises'>Best Insurance Plans for Cruises in 2024</a></p>"
    doc = syndicate.parse(article_with(line), url=GUIDE_PAGE)
    assert _stories(doc) == [("inline", [GUIDE_PAGE.split("example.com", 1)[1] + "/cruises"])]
    line_de = f"<p><a href='{GUIDE_PAGE_DE}/familien'>&gt;&gt;&gt; Die besten Reisetarife für Familien 2024</a></p>"
    doc = syndicate.parse(article_with(line_de, "de"), url=GUIDE_PAGE_DE)
    assert _stories(doc) == [("inline", [GUIDE_PAGE_DE.split("example.com", 1)[1] + "/familien"])]


def test_a_marked_line_to_the_page_itself_or_its_first_page_is_none():
    """The same line linking the page's own path (another of its pages by query) or, on its
    second page, its first: the page itself, no story."""
    path = GUIDE_PAGE.split("example.com", 1)[1]
    line = f"<p>» Useful Resource: <a href='{path}?page=2'>A Guide to Insurance for Older Travellers</a></p>"
    assert syndicate.parse(article_with(line), url=GUIDE_PAGE).related == []
    path_de = GUIDE_PAGE_DE.split("example.com", 1)[1]
    line_de = f"<p><a href='{path_de}'>&gt;&gt;&gt; Der große Ratgeber zu Versicherungen 2023</a></p>"
    assert syndicate.parse(article_with(line_de, "de"), url=GUIDE_PAGE_DE + "/2").related == []
    line = f"<p>» Useful Resource: <a href='{path}/page/2'>A Guide to Insurance for Older Travellers</a></p>"
    assert syndicate.parse(article_with(line), url=GUIDE_PAGE).related == []
