"""A link tree beside the article (an archive widget: years -> months -> posts) is navigation:
its sub-lists are no related blocks, though each is a list of story links; a list under a
heading inside a list entry (a sidebar laid out as a list of widgets) still is one.
Pages written for the project (English, German)."""

from __future__ import annotations

import lxml.html

from regionpages import page, parse, source
from syndicate.extract.link_trees import tree_branch

MONTHS_EN = ["March", "April", "May", "June"]
MONTHS_DE = ["März", "April", "Mai", "Juni"]
TOPICS = ["harbour wall repairs", "ferry timetable changes", "new fish market hall",
          "lighthouse open day"]


def posts(year: int, month: int) -> str:
    """A month's four posts, each its dated story link."""
    return "".join(
        f"<li><a href='/{year}/{month:02d}/{'-'.join(t.split())}-{year}'>{t.capitalize()} in {year}"
        f"</a> - {month} {year}</li>" for t in TOPICS)


def archive_tree(years: list[int], months: list[str]) -> str:
    """A sidebar archive: each year and month a toggle link (``href="#"``) over its sub-list."""
    out = []
    for y in years:
        sub = "".join(
            f"<li class='month'><a class='month-name' href='#'><span>{m}</span></a>"
            f"<ul class='post-items'>{posts(y, i + 3)}</ul></li>" for i, m in enumerate(months))
        out.append(f"<li class='year'><a class='year-name' href='#'><span>{y}</span></a>"
                   f"<ul class='months'>{sub}</ul></li>")
    return f"<section class='archive'><h3>Archive</h3><ul class='years'>{''.join(out)}</ul></section>"


RELATED_EN = ("<div class='box'><h3>Related</h3><ul>"
              "<li><a href='/region/2024/new-quay-lights-for-the-old-port'>New quay lights for the old port</a></li>"
              "<li><a href='/region/2024/council-approves-flood-barrier-plan'>Council approves flood barrier plan</a></li>"
              "<li><a href='/region/2024/fishermen-ask-for-a-safer-harbour-mouth'>Fishermen ask for a safer harbour mouth</a></li>"
              "</ul></div>")


def test_an_archive_tree_in_the_side_column_gives_no_related_block():
    """English: three years of four months of four posts (48 story links: too big for one
    block) under toggle links; each year's list alone would pass as 16 story links. Only the
    real "Related" box beside it is a block."""
    raw = page(side=RELATED_EN + archive_tree([2024, 2023, 2022], MONTHS_EN))
    doc = parse(raw)
    assert [(r.title, len(r.items)) for r in doc.related] == [("Related", 3)]


def test_a_small_archive_tree_is_no_block_per_month():
    """English: one year of four months (16 posts): the tree may be judged whole, but no
    month's list is a block of its own."""
    raw = page(side=archive_tree([2024], MONTHS_EN))
    doc = parse(raw)
    assert not [r for r in doc.related if r.title in MONTHS_EN]
    assert len(doc.related) <= 1


def blog_archive(expanded: str) -> str:
    """German: a blog host's archive widget, one year unfolded, one month's posts shown."""
    months = []
    for i, m in enumerate(MONTHS_DE):
        shown = (f"<ul class='posts'>{posts(2023, i + 3)}</ul>" if m == expanded else "")
        months.append(
            f"<ul class='hierarchy'><li class='archivedate'><a class='toggle' href='javascript:void(0)'>"
            f"<span class='zippy'>▼</span></a><a class='post-count-link' href='/2023/{i + 3:02d}/'>{m}</a>"
            f"<span class='post-count'>(4)</span>{shown}</li></ul>")
    return ("<div class='widget'><h2>Blog-Archiv</h2><div id='ArchiveList'><ul class='hierarchy'>"
            "<li class='archivedate'><a class='toggle' href='javascript:void(0)'><span class='zippy'>▼</span></a>"
            f"<a class='post-count-link' href='/2023/'>2023</a><span class='post-count'>(16)</span>{''.join(months)}"
            "</li></ul></div></div>")


def test_a_blog_archive_month_unfolded_is_no_related_block():
    """German: the unfolded month ("▼ Juni (4)") lists its four posts below the toggle and
    the month's link: a branch of the archive, not a block titled "(4)"."""
    raw = page(side=blog_archive("Juni"), lang="de")
    doc = parse(raw)
    assert not [r for r in doc.related if r.title == "(4)" or r.title in MONTHS_DE]
    assert all(source(raw, r.locator).get("class") != "posts" for r in doc.related)


def widget_sidebar(title: str) -> str:
    """German: a sidebar laid out as a list of widgets, each entry a heading over its list."""
    stories = "".join(
        f"<li><a href='/region/2024/{'-'.join(t.lower().split())}'>{t}</a></li>"
        for t in ("Neue Lichter für den alten Hafen", "Rat beschließt den Plan für das Sperrwerk",
                  "Fischer fordern eine sichere Hafeneinfahrt"))
    return (f"<ul class='sidebar'><li class='widget'><h2 class='widgettitle'>{title}</h2><ul>{stories}</ul></li>"
            "<li class='widget'><h2 class='widgettitle'>Suche</h2><form action='/suche'>"
            "<input type='text' name='q'></form></li></ul>")


def test_a_widget_under_a_heading_in_a_list_entry_is_still_a_block():
    """German: ``<ul><li><h2>Ähnliche Artikel</h2><ul>…`` is a widget, not a tree's branch
    (its entry leads with a heading, not a link): one block of three stories."""
    raw = page(side=widget_sidebar("Ähnliche Artikel"), lang="de")
    doc = parse(raw)
    assert [(r.title, len(r.items)) for r in doc.related] == [("Ähnliche Artikel", 3)]


def test_a_sub_list_after_prose_in_an_entry_is_no_branch():
    """English: an entry whose text before its sub-list is a sentence (a step of a list, not
    a node's label) is no tree node, though it opens with a link."""
    root = lxml.html.fromstring(
        "<div><ul><li><a href='/a'>Harbour</a> works begin in spring and the ferry will stop on a few "
        "weekends, the mayor said.<ul id='sub'><li><a href='/b'>b</a></li></ul></li></ul>"
        "<ul><li><a href='#'>2024</a><ul id='branch'><li><a href='/c'>c</a></li></ul></li></ul></div>")
    assert not tree_branch(root.get_element_by_id("sub"))
    assert tree_branch(root.get_element_by_id("branch"))
