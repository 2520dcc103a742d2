"""Authors (bylines split into people, organisations whole, junk dropped) and page language."""

from __future__ import annotations

import json

import pytest

from syndicate.extract.authors import clean_names
from syndicate.extract.language import detect_text_language
from syndicate.extract.metadata import extract_metadata
from syndicate.readers.tree import parse_tree

BODY = "".join(
    f"<p>Paragraph {i} of the report on the new harbour wall, long enough to count as running "
    "text, with several clauses and a full stop at its end.</p>" for i in range(4)
)


def page(article: str, head: str = "", lang: str = " lang='en'") -> str:
    return (f"<!DOCTYPE html><html{lang}><head><meta charset='utf-8'>{head}</head>"
            f"<body><article>{article}{BODY}</article></body></html>")


def authors(html: str, url: str = "https://news.example.com/harbour") -> list[str]:
    return extract_metadata(parse_tree(html), url).metadata.authors


# ------------------------------------------------------------------ cleaning names


@pytest.mark.parametrize(("raw", "want"), [
    ("By Jane Doe", ["Jane Doe"]),
    ("Von Max Mustermann", ["Max Mustermann"]),
    ("Por María García", ["María García"]),
    ("Par Jean Dupont", ["Jean Dupont"]),
    ("Door Jan de Vries", ["Jan de Vries"]),
    ("Di Mario Rossi", ["Mario Rossi"]),
    ("Przez Anna Nowak", ["Anna Nowak"]),
    ("Written by Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
    ("Jane Doe, John Roe und Erika Muster", ["Jane Doe", "John Roe", "Erika Muster"]),
    ("Freiwillige Feuerwehr Musterstadt, Wasserrettung", ["Freiwillige Feuerwehr Musterstadt, Wasserrettung"]),
    ("Fire Brigade of Lakeside, Water Rescue Unit", ["Fire Brigade of Lakeside, Water Rescue Unit"]),
    ("Paul Frew, Home and Digital Security Expert", ["Paul Frew"]),
    ("Vanessa Mendez, MD", ["Vanessa Mendez"]),
    ("admin", []), ("@janedoe", []), ("{{author}}", []), ("page.head.extra.author", []),
    ("https://example.com/jane", []), ("NOC Admin", []),
])
def test_clean_names(raw, want):
    assert clean_names([raw], False) == want


def test_account_numbers_and_cms_logins_are_not_names():
    assert clean_names(["262588213843476"], False) == []
    assert clean_names(["jane.doe", "j_roe", "Jane Doe"], False) == ["Jane Doe"]
    # the person in the byline then names the author
    html = page("<h1>Harbour wall opens</h1><p class='byline'>By Jane Doe</p>",
                head="<meta name='author' content='andrew.smith'>")
    assert authors(html) == ["Jane Doe"]


def test_surname_first_citation_authors():
    head = ('<meta name="citation_author" content="Roy, Aniruddha">'
            '<meta name="citation_author" content="Patel, Jyoti">')
    assert authors(page("<h1>A paper about harbours</h1>", head)) == ["Aniruddha Roy", "Jyoti Patel"]


# ------------------------------------------------------------------ bylines in the page


def test_byline_link_to_author_page_near_headline():
    html = page("<h1>Harbour wall opens</h1><div class='meta'><img src='a.jpg' alt=''>"
                "<a href='/authors/jane-doe'>Jane Doe</a> <span>5 min read</span></div>")
    assert authors(html) == ["Jane Doe"]


def test_byline_class_parts_and_prefix_stripped():
    html = page("<h1>Hafenmauer eröffnet</h1><p class='c-article__byline'>Von Max Mustermann</p>",
                lang=" lang='de'")
    assert authors(html) == ["Max Mustermann"]


def test_by_line_without_markup():
    html = page("<h1>Harbour wall opens</h1><p>By Jane Doe and John Roe</p>")
    assert authors(html) == ["Jane Doe", "John Roe"]


def test_byline_split_by_an_empty_comment():
    html = page("<h1>Harbour wall opens</h1><div><p>By <!-- -->Jane Doe</p><p>Chief Architect</p></div>")
    assert authors(html) == ["Jane Doe"]


def test_lead_in_label_with_the_name_in_the_next_element():
    html = page("<h1>Harbour wall opens</h1><div><div>Written by</div><div>Jane Doe</div></div>")
    assert authors(html) == ["Jane Doe"]
    html = page("<h1>Hafenmauer eröffnet</h1><p><span>Geschrieben von:</span><b>Max Mustermann</b></p>",
                lang=" lang='de'")
    assert authors(html) == ["Max Mustermann"]
    # a label in a comment thread names a commenter, not the author
    html = page("<h1>Harbour wall opens</h1><p>The wall opened.</p><ol class='comment-list'><li><div>"
                "<span>by</span><a href='/u/joe'>Joe Bloggs</a></div></li></ol>")
    assert authors(html) == []


def test_buttons_and_menus_are_not_authors():
    html = page("<h1>Harbour wall opens</h1><div class='author-box'><a href='/author/x'>Learn More</a></div>")
    assert authors(html) == []


def test_site_named_as_author_gives_way_to_the_person_in_the_byline():
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Harbour wall opens",
          "author": {"@type": "Organization", "name": "Example News"}}
    head = (f'<script type="application/ld+json">{json.dumps(ld)}</script>'
            '<meta property="og:site_name" content="Example News">')
    html = page("<h1>Harbour wall opens</h1><span class='byline'>By Jane Doe</span>", head)
    assert authors(html) == ["Jane Doe"]
    # with no byline on the page, the organisation stays
    assert authors(page("<h1>Harbour wall opens</h1>", head)) == ["Example News"]


def test_structured_person_wins_over_the_page():
    head = '<meta name="author" content="John Roe">'
    assert authors(page("<h1>Harbour wall opens</h1><p>By Jane Doe</p>", head)) == ["John Roe"]


# ------------------------------------------------------------------ language


@pytest.mark.parametrize(("text", "want"), [
    ("Die neue Hafenmauer wurde am Dienstag eröffnet. Der Bürgermeister sprach von einem "
     "großen Tag für die Stadt und dankte allen, die am Bau beteiligt waren.", "de"),
    ("Le nouveau mur du port a été inauguré mardi. Le maire a parlé d'une grande journée "
     "pour la ville et a remercié tous ceux qui ont participé aux travaux.", "fr"),
    ("El nuevo muro del puerto se inauguró el martes. El alcalde habló de un gran día para "
     "la ciudad y agradeció a todos los que participaron en la obra.", "es"),
    ("Ok.", None),  # too little text to tell
])
def test_detect_text_language(text, want):
    assert detect_text_language(text) == want


def test_declared_language_wins_and_is_not_marked_detected():
    html = page("<h1>Hafenmauer</h1><p>" + "Die neue Hafenmauer wurde am Dienstag eröffnet. " * 5 + "</p>",
                lang=" lang='en-GB'")
    md = extract_metadata(parse_tree(html), None).metadata
    assert (md.language, md.language_detected) == ("en-GB", False)


def test_undeclared_language_detected_from_paragraphs():
    html = page("<h1>Hafenmauer</h1><p>" + "Die neue Hafenmauer wurde am Dienstag eröffnet, sagte der "
                "Bürgermeister der Stadt. " * 4 + "</p>", lang="").replace(BODY, "")
    md = extract_metadata(parse_tree(html), None).metadata
    assert (md.language, md.language_detected) == ("de", True)


@pytest.mark.parametrize(("line", "want"), [
    ("<div class='post-author'><span>Luke Kim</span><span>December 17, 2025</span></div>", ["Luke Kim"]),
    ("<p class='author'>Andrew Gerrand 4 August 2010</p>", ["Andrew Gerrand"]),
    ("<div class='post_author'>By Dr. Vahid Osman - Mar 27, 2024</div>", ["Dr. Vahid Osman"]),
    ("<div class='byline'>Updated on May 2, 2021 · <a>Ann Lee</a></div>", ["Ann Lee"]),
    # a weekday before the date is no name
    ("<div class='byline'>Sat, 20 Dec, 2025 - 06:36</div>", []),
])
def test_byline_holding_the_date_gives_the_name(line: str, want: list[str]) -> None:
    assert authors(page("<h1>Harbour wall opens</h1>" + line)) == want


def test_byline_in_the_articles_own_footer() -> None:
    html = page("<h1>Harbour wall opens</h1><footer class='entry-footer'><div class='description'>"
                "<a href='/author/albert/'>Albert Swann</a></div></footer>")
    assert authors(html) == ["Albert Swann"]
    # the page's footer is no byline
    html = ("<html lang='en'><body><article><h1>Harbour wall opens</h1>" + BODY + "</article>"
            "<footer><a href='/author/albert/'>Albert Swann</a></footer></body></html>")
    assert authors(html) == []


def test_author_box_gives_its_first_line_and_a_label_is_no_name() -> None:
    bio = "Lauren Vetter is a marketing writer who has covered clinics and their patients for ten years. " * 3
    html = page(f"<h1>Harbour wall opens</h1><div class='blog_author-box'><div>Lauren Vetter</div><p>{bio}</p></div>")
    assert authors(html) == ["Lauren Vetter"]
    # "Beitrag von r23": a label, then a login
    html = page("<h1>Harbour wall opens</h1><p class='author'><span>Beitrag</span> <span>von <a>r23</a></span>"
                " » 21.01.2009, 05:42</p>")
    assert authors(html) == []


def test_label_then_avatar_then_name() -> None:
    html = page("<h1>Harbour wall opens</h1><div><span>Written by:</span><picture><img src='/a.jpg' alt=''>"
                "</picture><span class='name'>Elise Nass</span></div>")
    assert authors(html) == ["Elise Nass"]


def test_the_writer_not_the_reviewer() -> None:
    html = page("<h1>Harbour wall opens</h1><div class='byline'><span>Written by</span> <a>Ann Lee</a>"
                " <span>Reviewed by</span> <a>Bob Roe</a> <span>Updated Jun 16, 2025</span></div>")
    assert authors(html) == ["Ann Lee"]


@pytest.mark.parametrize(("label", "data", "want"), [
    ("Written by", "Chase Bernath", ["Chase Bernath"]),
    ("Geschrieben von", "Max Muster", ["Max Muster"]),
    ("Est. reading time", "5 minutes", []),     # another label: no author
    ("Written by", "sara.r.peter", []),          # a CMS login: no author
])
def test_twitter_card_written_by(label: str, data: str, want: list[str]) -> None:
    head = f"<meta name='twitter:label1' content='{label}'><meta name='twitter:data1' content='{data}'>"
    assert authors(page("<h1>Harbour wall opens</h1>", head=head)) == want


@pytest.mark.parametrize(("line", "want"), [
    ("<p class='meta'>By <a href='/producers/sofia-gonzalez'>Sofia Gonzalez</a></p>", ["Sofia Gonzalez"]),
    ("<div class='meta'>by <span>ALLIN ONE</span></div>", ["ALLIN ONE"]),
    ("<span>Written by: <ul class='comma-separated-list'><li><a href='/a/e'>Emily Walker</a></li>"
     "<li><a href='/a/c'>Casey McDevitt</a></li></ul></span>", ["Emily Walker", "Casey McDevitt"]),
    ("<ul><li>Written by <address>The Team, edited by Walter</address></li></ul>", ["The Team, edited by Walter"]),
])
def test_label_then_the_name_in_its_first_child(line: str, want: list[str]) -> None:
    assert authors(page("<h1>Harbour wall opens</h1>" + line)) == want


def test_byline_far_below_the_headline() -> None:
    text = "".join(f"<p>Paragraph {i} of the report on the wall, long enough to be running text.</p>" for i in range(300))
    html = page(f"<h1>Harbour wall opens</h1>{text}<div class='co-author-block'>"
                "<a class='author url fn' rel='author' href='/author/naoise/'>Naoise McNally</a></div>")
    assert authors(html) == ["Naoise McNally"]
    # bylines of several people far out are a listing of other articles
    cards = "".join(f"<div class='card'><span class='post-author-name'>{n}</span></div>" for n in ("Ann Lee", "Bob Roe"))
    assert authors(page(f"<h1>Harbour wall opens</h1>{text}{cards}")) == []
    # a link to a profile on another site is no byline this far out
    assert authors(page(f"<h1>Harbour wall opens</h1>{text}<a rel='me' href='https://bsky.app/profile/x'>Bluesky</a>")) == []
