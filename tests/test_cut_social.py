"""Social boxes the page-wide pass cuts by their class ("social") but no region rule
reported: share controls that carry no page link ("javascript:" links naming their
network by a data attribute) beside the site's own mail and print icons. The cut box is
now a share bar when its own controls name two networks; a social box holding a page
link with words of its own stays unreported. Small pages written for the project,
German and English.
"""

from __future__ import annotations

import regionpages
from regionpages import parse


def _box(mail: str, net_title: str, print_title: str, extra: str = "") -> str:
    nets = "".join(f"<li><a href='javascript:' data-share-target='{n}' title='{net_title.format(n.title())}'>"
                   "<i class='icon'></i></a></li>" for n in ("facebook", "twitter"))
    return (f"<section class='social'><ul><li><a href='/tools/sendmail?page=/story/42' title='{mail}' rel='nofollow'>"
            f"<i class='icon icon-mail'></i></a></li>{nets}"
            f"<li><a href='/story/42?view=print' rel='nofollow' title='{print_title}'><i class='icon icon-print'></i></a></li>"
            f"{extra}</ul></section>")


def _shares(doc) -> list[tuple[str, str | None, str]]:
    return [(c.kind, c.text, c.locator) for c in doc.ctas if c.kind == "share"]


def test_cut_scripted_share_bar_de():
    """German: "javascript:" controls naming Facebook and Twitter, a mail and a print icon."""
    box = _box("Artikel per Mail weiterempfehlen", "Artikel auf {} empfehlen", "Artikel drucken")
    doc = parse(regionpages.page(after=box, lang="de"))
    found = _shares(doc)
    assert len(found) == 1 and found[0][2].endswith("/section"), [(c.kind, c.text, c.locator) for c in doc.ctas]


def test_cut_scripted_share_bar_en():
    """English: the same bar between the paragraphs."""
    box = _box("Send this story by e-mail", "Recommend on {}", "Print this story")
    doc = parse(regionpages.page(between=box))
    found = _shares(doc)
    assert len(found) == 1 and found[0][2].endswith("/section"), [(c.kind, c.text, c.locator) for c in doc.ctas]


def test_cut_social_box_with_page_link_is_no_bar_en():
    """English: a box classed "social" holding a link with words of its own is more than a bar."""
    box = _box("Send this story by e-mail", "Recommend on {}", "Print this story",
               extra="<li><a href='/community/guidelines'>Read our community guidelines</a></li>")
    doc = parse(regionpages.page(after=box))
    assert not _shares(doc), [(c.kind, c.text, c.locator) for c in doc.ctas]
