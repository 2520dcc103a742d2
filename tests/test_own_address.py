"""A page parsed under a URL that is not its own (a proxy's, an archive's, a mirror's, a
redirect's): its links name its own site, and the library reads them against its own address
(``own_address``). A table of contents linking the page's own path is the page itself, no
related block; the site's absolute story links are its own, a related block. The URL the page
is given changes nothing when the page's links name its host. Pages written for the project."""

from __future__ import annotations

import lxml.html
import pytest

import syndicate
from syndicate.extract.metadata import extract_metadata
from syndicate.extract.own_address import own_address

#: The URL a proxy or a test harness gives: its host appears in none of the pages' links.
FOREIGN = "https://mirror.invalid/fetch?id=7"

#: Per language: the site, the article's path and text, the contents heading, the related
#: heading, and three other stories of the site.
SITES = {
    "en": ("https://www.gardenjournal.test", "/guides/pruning-climbing-roses",
           ["Climbing roses flower on the shoots they grew the summer before, so the main cut "
            "comes in late winter, once the hardest frosts are over and the buds begin to swell.",
            "Start by taking out dead and weak wood at the base, then tie the strongest new shoots "
            "along the wires as close to horizontal as they will bend without cracking.",
            "Side shoots on the old framework are shortened to two or three buds; each of them "
            "will carry a cluster of flowers in June if the plant is fed in early spring.",
            "Leave a few old stems in place on a young plant: it needs them to fill the wall, "
            "and they can be replaced one by one over the following years."],
           "In this article", "From the potting shed",
           ["/guides/planting-bare-root-hedges-in-winter", "/guides/feeding-tomatoes-through-the-summer",
            "/guides/dividing-perennials-in-autumn-borders"],
           ["Planting bare-root hedges in winter", "Feeding tomatoes through the summer",
            "Dividing perennials in autumn borders"]),
    "de": ("https://www.gartenblatt.test", "/ratgeber/kletterrosen-richtig-schneiden",
           ["Kletterrosen blühen an den Trieben des Vorjahres, deshalb kommt der wichtigste Schnitt "
            "im späten Winter, wenn die stärksten Fröste vorbei sind und die Knospen schwellen.",
            "Zuerst wird totes und schwaches Holz an der Basis entfernt, danach bindet man die "
            "kräftigsten jungen Triebe möglichst waagerecht an die Drähte, ohne sie zu knicken.",
            "Seitentriebe am alten Gerüst werden auf zwei oder drei Knospen gekürzt; jeder trägt im "
            "Juni eine Blütendolde, wenn die Pflanze im Frühjahr gedüngt wurde.",
            "An einer jungen Pflanze bleiben einige alte Triebe stehen: Sie braucht sie, um die Wand "
            "zu füllen, und ersetzt sie in den folgenden Jahren nach und nach."],
           "In diesem Artikel", "Aus dem Gartenhaus",
           ["/ratgeber/wurzelnackte-hecken-im-winter-pflanzen", "/ratgeber/tomaten-im-sommer-richtig-duengen",
            "/ratgeber/stauden-im-herbst-teilen-und-verpflanzen"],
           ["Wurzelnackte Hecken im Winter pflanzen", "Tomaten im Sommer richtig düngen",
            "Stauden im Herbst teilen und verpflanzen"]),
}


def site_page(lang: str, *, canonical: bool = True, contents: bool = False, related: bool = False,
              relative_related: bool = False, absolute: bool = True) -> bytes:
    """The guide of ``SITES[lang]``: a site header and footer linking the site's sections
    (``absolute``: as absolute URLs, else as paths), a ``<link rel=canonical>`` (``canonical``),
    a table of contents linking the page's own sections (``contents``), a box of three other
    guides (``related``) linked by absolute URLs (``relative_related``: by paths)."""
    site, path, paras, toc, more, others, titles = SITES[lang]
    own = site if absolute else ""
    head = f"<link rel='canonical' href='{site}{path}'>" if canonical else ""
    nav = "".join(f"<li><a href='{own}/{s}/'>{s.title()}</a></li>"
                  for s in (path.split("/")[1], "news", "shop", "about", "contact"))
    toc_box = (f"<nav class='toc'><h2>{toc}</h2><ul>"
               + "".join(f"<li><a href='{path}#part-{i}'>{p[:40]}</a></li>" for i, p in enumerate(paras))
               + "</ul></nav>") if contents else ""
    more_box = (f"<aside class='more'><h2>{more}</h2><ul>"
                + "".join(f"<li><a href='{'' if relative_related else site}{o}'>{t}</a></li>"
                          for o, t in zip(others, titles, strict=True))
                + "</ul></aside>") if related else ""
    body = "".join(f"<h2 id='part-{i}'>{p.split(',')[0][:30]}</h2><p>{p}</p>" for i, p in enumerate(paras))
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{titles[0]}</title>{head}</head>"
        f"<body><header><a href='{site}/'>Home</a><ul class='menu'>{nav}</ul></header>"
        f"<main><article><h1>{path.split('/')[-1].replace('-', ' ').title()}</h1>{toc_box}"
        f"<div class='entry'>{body}</div></article>{more_box}</main>"
        f"<footer><a href='{site}/'>Home</a><ul>{nav}</ul>"
        f"<a href='https://social.invalid/{lang}garden'>Follow us</a></footer></body></html>"
    ).encode()


@pytest.mark.parametrize("lang", sorted(SITES))
def test_a_table_of_contents_is_no_related_block_under_any_url(lang: str):
    raw = site_page(lang, contents=True)
    site, path = SITES[lang][:2]
    for url in (FOREIGN, site + path):
        assert syndicate.parse(raw, url=url).related == [], url


@pytest.mark.parametrize("lang", sorted(SITES))
def test_the_related_stories_are_the_sites_under_a_foreign_url(lang: str):
    """The box's relative links lead to the site's guides, not to the mirror's paths: read
    against the canonical URL, as under the page's own URL."""
    raw = site_page(lang, related=True, relative_related=True)
    site, path, _, _, heading, others, _ = SITES[lang]
    for url in (FOREIGN, site + path):
        (box,) = syndicate.parse(raw, url=url).related
        assert box.title == heading
        assert [i.url for i in box.items] == [site + o for o in others], url


@pytest.mark.parametrize("lang", sorted(SITES))
def test_with_no_canonical_url_the_top_host_is_the_sites(lang: str):
    """No canonical URL: the host most absolute links point to (its home page, and the guides'
    section that the relative links open too) is the site's."""
    raw = site_page(lang, canonical=False, related=True, relative_related=True)
    site, path, _, _, heading, others, _ = SITES[lang]
    (box,) = syndicate.parse(raw, url=FOREIGN).related
    assert [i.url for i in box.items] == [site + o for o in others]


def root_of(raw: bytes) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(raw)


def test_own_address_is_the_canonical_url_when_the_links_name_its_site():
    site, path = SITES["en"][:2]
    assert own_address(root_of(site_page("en")), FOREIGN, site + path) == site + path


def test_own_address_keeps_a_url_whose_host_the_links_name():
    site, path = SITES["de"][:2]
    raw = site_page("de").replace(b"social.invalid", b"mirror.invalid")
    assert own_address(root_of(raw), FOREIGN, site + path) == FOREIGN
    assert own_address(root_of(site_page("de")), site + path, site + path) == site + path


def test_own_address_keeps_a_url_whose_canonical_names_another_site_than_the_links():
    """A syndicated copy: its canonical URL names the first publisher, its links its own site."""
    site, path = SITES["en"][:2]
    assert own_address(root_of(site_page("en")), FOREIGN, "https://firstpublisher.test" + path) == FOREIGN


def test_own_address_reads_the_og_url_when_the_canonical_url_was_relative():
    site, path = SITES["de"][:2]
    raw = site_page("de", canonical=False).replace(
        b"</title>", f"</title><meta property='og:url' content='{site}{path}'>".encode())
    root = root_of(raw)
    declared = extract_metadata(root, FOREIGN).declared_url  # (the og:url, as the reader passes it)
    assert declared == site + path
    assert own_address(root, FOREIGN, "https://mirror.invalid" + path, declared) == site + path


def test_own_address_takes_no_network_for_the_site():
    """No canonical URL and only relative links to the site: the few absolute links (a follow
    link) name no home page and no section of the site: the URL stays."""
    raw = site_page("en", canonical=False, absolute=False)
    raw = raw.replace(b"</footer>", b"".join(b"<a href='https://social.invalid/gj%d'>x</a>" % i
                                             for i in range(4)) + b"</footer>")
    assert own_address(root_of(raw), FOREIGN, None) == FOREIGN
