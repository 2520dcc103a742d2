"""Site rules in the FiveFilters ftr-site-config format (issue 13): the parser over the
real collection in ../shared/ftr-site-config, rules taking effect on pages served
locally (body, strip, title/author/date, next_page_link, single_page_link, and
syndicate's ad/related/cta extensions), and articles split over three pages joined."""

from __future__ import annotations

import html as html_lib
import json
import logging
import re
from pathlib import Path

import pytest

import syndicate
from httpserver import LocalServer, RequestHandler
from syndicate.cli import main
from syndicate.siteconfig import SiteRules, load_site_rules, parse_site_config

FTR = Path(__file__).resolve().parents[2] / "shared" / "ftr-site-config"

STORY = [
    "The harbour authority said on Monday that the northern pier would reopen to ferries "
    "after engineers finished replacing the damaged pilings along its eastern side.",
    "Residents of the old quarter had waited eleven weeks for the decision, and several "
    "shop owners said the closure had cut their takings by nearly a third this winter.",
    "The council will publish the engineers' report in full, a spokesman said, together "
    "with a timetable for the work on the southern breakwater later this year.",
    "Ferry operators welcomed the news and said the first crossings could run within days "
    "of the pier's inspection, weather permitting, according to the port's statement.",
]
OTHER = [
    "A long unrelated essay about the history of lighthouses along the coast, which has "
    "nothing to do with the pier but is written in full sentences like an article body.",
    "Another paragraph of that essay, about keepers, lamps and the storms of the last "
    "century, long enough that a text-density reader could take it for the story itself.",
    "A third paragraph of the essay that goes on about lenses, fog horns and the keepers' "
    "families who lived on the rocks for decades before the lights were automated.",
    "A fourth paragraph of the essay, so that this region holds more text than the real "
    "story does and a reader without site rules may well prefer it or keep both.",
    "A fifth paragraph, because essays tend to be long and this one more than most, "
    "describing the restoration of the old tower that now hosts a small museum.",
]
PROMO = ("Our weekend magazine brings you the best long reads from the coast, with interviews, "
         "photography and recipes from the harbour kitchens, every Saturday morning.")


def page(title: str, paras: list[str], *, extra: str = "", head: str = "") -> str:
    ps = "\n".join(f"<p>{html_lib.escape(p)}</p>" for p in paras)
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>"
            f"{head}</head><body><div class='wrap'>{ps}{extra}</div></body></html>")


def rule_page() -> str:
    story = "".join(f"<p>{p}</p>" for p in STORY[:2])
    essay = "".join(f"<p>{p}</p>" for p in OTHER)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Page title | Harbour Times</title></head><body>
<div class="col-1"><h2 class="hed">Pier to reopen after storm</h2>
<span class="who">Ines Calder</span> <span class="when">2024-03-05 09:30</span>
<div class="zone-b">{story}<div class="teaser-box"><p>{PROMO}</p></div>
<div class="nl"><p>Get the morning briefing in your inbox.</p><a href="/signup">Sign up</a></div>
<div class="slot-x" data-ad-client="ca-pub-123" data-ad-slot="456"></div>
</div><a class="more-link" href="/rules/2">Continue reading</a></div>
<div class="col-2"><div class="zone-a">{essay}</div></div>
</body></html>"""


def rule_page_2() -> str:
    story = "".join(f"<p>{p}</p>" for p in STORY[2:])
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Page 2</title>
</head><body><div class="col-1"><div class="zone-b">{story}</div></div>
<div class="col-2"><div class="zone-a"><p>{OTHER[0]}</p></div></div></body></html>"""


RULES = """# rules for the test site (as a publisher would write them)
body: //div[@class='zone-b']
strip: //div[@class='teaser-box']
title: //h2[@class='hed']
author: //span[@class='who']
date: //span[@class='when']
next_page_link: //a[@class='more-link']
cta(newsletter): //div[@class='nl']
ad: //div[@class='slot-x']
tidy: no
prune: no
test_url: http://127.0.0.1/rules/1
"""


@pytest.fixture(scope="module")
def server():
    with LocalServer() as srv:
        def serve(body: str):
            def handler(req: RequestHandler, match: re.Match) -> None:
                req.send_body(body, "text/html; charset=utf-8")
            return handler

        srv.route(r"/rules/1", serve(rule_page()))
        srv.route(r"/rules/2", serve(rule_page_2()))
        # three pages linked by rel=next, with ?page=N
        def multi(req: RequestHandler, match: re.Match) -> None:
            found = re.search(r"[?&]page=(\d+)", req.path)
            n = int(found.group(1)) if found else 1
            nxt = f'<link rel="next" href="/multi?page={n + 1}">' if n < 3 else ""
            req.send_body(page(f"Pier story, page {n}", [f"Page {n}: {STORY[n - 1]}"],
                               head=nxt), "text/html; charset=utf-8")

        srv.route(r"/multi", multi)
        # a page whose rel=next is another article: not followed
        srv.route(r"/news/pier-story", serve(page("Pier", STORY[:2],
                                                  head='<link rel="next" href="/news/other">')))
        srv.route(r"/news/other", serve(page("Other", OTHER)))
        # single_page_link: a "view all" version
        srv.route(r"/paged/1", serve(page("Paged", [STORY[0]],
                                          extra="<a class='print' href='/paged/all'>All</a>")))
        srv.route(r"/paged/all", serve(page("Paged", STORY)))
        yield srv


def feed_of(server: LocalServer, paths: list[str]) -> bytes:
    items = "".join(f"<item><title>t{i}</title><link>{server.url(p)}</link></item>"
                    for i, p in enumerate(paths))
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
            f"<link>{server.base}/</link><description>D</description>{items}</channel></rss>"
            ).encode()


def convert(server: LocalServer, tmp_path: Path, paths: list[str], *args: str) -> list[dict]:
    feed = tmp_path / "feed.xml"
    feed.write_bytes(feed_of(server, paths))
    out = tmp_path / "docs.jsonl"
    code = main(["feed", str(feed), "--to", "jsonl", "-o", str(out), *args])
    assert code == 0
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def texts(doc: dict) -> str:
    return syndicate.Document.from_dict(doc).text()


# --------------------------------------------------------------------------- the parser


@pytest.mark.skipif(not FTR.is_dir(), reason="../shared/ftr-site-config is not there")
def test_every_real_rule_file_parses_or_is_reported(caplog) -> None:
    files = [p for p in FTR.iterdir() if p.suffix.lower() == ".txt" and p.is_file()]
    caplog.set_level(logging.WARNING, logger="syndicate")
    rules = load_site_rules(FTR)
    assert len(files) > 1900
    assert len(rules) + len(rules.failed) == len(files)  # 2041 files, 0 unreadable
    with_body = sum(bool(c.body) for c in rules.configs.values())
    assert with_body > 1500
    problems = {c.name: c.problems for c in rules.configs.values() if c.problems}
    assert len(problems) <= 5, problems  # a licence note, a stray comment style
    # unknown directives (typos in the collection) are warned about once each
    unknown = [r.getMessage() for r in caplog.records if "unknown directive" in r.getMessage()]
    assert len(unknown) == len(set(unknown))
    # every XPath the collection uses compiles, or is one of a known few
    from lxml import etree

    bad = []
    for cfg in rules.configs.values():
        for expr in [*cfg.body, *cfg.strip, *cfg.title, *cfg.author, *cfg.date]:
            try:
                etree.XPath(expr)
            except etree.XPathError:
                bad.append((cfg.name, expr))
    assert len(bad) < 0.01 * len(files), bad[:10]


def test_the_format() -> None:
    cfg = parse_site_config("""
# comment
body: //article | //div[@id='story']
strip_id_or_class: share
find_string: <p class="x">
replace_string: <p>
replace_string(<br /><br />): </p><p>
single_page_link: //a[contains(@href, 'print')]
prune: no
autodetect_on_failure: maybe
http_header(user-agent): PHP/5.3
""", name="example.com.txt")
    assert cfg.body == ["//article | //div[@id='story']"]
    assert cfg.strip_id_or_class == ["share"]
    assert cfg.replacements == [("<br /><br />", "</p><p>"), ('<p class="x">', "<p>")]
    assert cfg.single_page_link == ["//a[contains(@href, 'print')]"]
    assert cfg.flags == {"prune": False}
    assert cfg.problems == ["line 10: autodetect_on_failure wants yes or no, got 'maybe'"]


def test_unknown_directive_is_ignored_with_one_warning(caplog) -> None:
    caplog.set_level(logging.WARNING, logger="syndicate")
    for _ in range(3):
        cfg = parse_site_config("body: //main\nmagic_wand: //div\n", name="x.txt")
        assert cfg.body == ["//main"] and cfg.unknown == ["magic_wand"]
    assert sum("magic_wand" in r.getMessage() for r in caplog.records) == 1


def test_rules_are_found_by_host() -> None:
    rules = SiteRules()
    rules.add("example.com", parse_site_config("body: //a", "example.com.txt"))
    rules.add(".blogs.example.org", parse_site_config("body: //b", ".blogs.example.org.txt"))
    assert rules.for_url("https://www.example.com/x").body == ["//a"]
    assert rules.for_url("https://example.com/x").body == ["//a"]
    assert rules.for_url("https://ana.blogs.example.org/x").body == ["//b"]
    assert rules.for_url("https://news.example.com/x") is None
    assert rules.for_url("https://example.net/x") is None


# --------------------------------------------------------------------------- the rules at work


def test_parse_applies_body_strip_and_metadata_rules() -> None:
    rules = parse_site_config(RULES, "127.0.0.1.txt")
    url = "http://127.0.0.1/rules/1"
    plain = syndicate.parse(rule_page(), url=url)
    ruled = syndicate.parse(rule_page(), url=url, site_config=rules)
    assert OTHER[0] in plain.text()  # without rules the essay wins
    body_only = parse_site_config(RULES.replace("strip:", "# strip:"), "127.0.0.1.txt")
    assert PROMO in syndicate.parse(rule_page(), url=url, site_config=body_only).text()
    text = ruled.text()
    assert STORY[0] in text and STORY[1] in text
    assert PROMO not in text  # strip
    assert not any(o in text for o in OTHER)  # body
    assert ruled.metadata.title == "Pier to reopen after storm"
    assert ruled.metadata.authors == ["Ines Calder"]
    assert (ruled.metadata.published or "").startswith("2024-03-05T09:30")
    # site-marked chrome: a newsletter CTA and an ad slot, not body text
    assert "morning briefing" not in text
    assert [c.kind for c in ruled.ctas if c.text and "briefing" in c.text] == ["newsletter"]
    assert any(a.client == "ca-pub-123" for a in ruled.ads)
    syndicate.validate(ruled.to_dict())
    # locators point into the page as given
    from lxml import html as lhtml

    tree = lhtml.fromstring(rule_page()).getroottree()
    for b in ruled.body:
        assert " ".join(tree.xpath(b.locator)[0].text_content().split()) == b.plain_text()


def test_a_rule_file_for_the_served_host_takes_effect(server, tmp_path) -> None:
    rules_dir = tmp_path / "rules"
    rules_dir.mkdir()
    (rules_dir / "127.0.0.1.txt").write_text(RULES, encoding="utf-8")
    [plain] = convert(server, tmp_path, ["/rules/1"])
    [ruled] = convert(server, tmp_path, ["/rules/1"], "--site-config", str(rules_dir))
    assert OTHER[0] in texts(plain) and STORY[2] not in texts(plain)
    text = texts(ruled)
    # body, strip, and next_page_link (page 2 joined after page 1)
    assert PROMO not in text and OTHER[0] not in text
    order = [text.index(p) for p in STORY]
    assert order == sorted(order)
    locators = [b["locator"] for b in ruled["body"]]
    assert any(loc.startswith("page:2:/") for loc in locators)
    assert ruled["metadata"]["title"] == "Pier to reopen after storm"


def test_three_pages_come_back_as_one_document_in_order(server, tmp_path) -> None:
    [doc] = convert(server, tmp_path, ["/multi"])
    text = texts(doc)
    assert [f"Page {n}: {STORY[n - 1]}" in text for n in (1, 2, 3)] == [True] * 3
    assert text.index("Page 1:") < text.index("Page 2:") < text.index("Page 3:")
    assert server.hits.get("/multi") == 3  # the three pages, each once (the query aside)
    pages = [b["locator"].split(":/")[0] if b["locator"].startswith("page:") else "page:1"
             for b in doc["body"]]
    assert pages == sorted(pages) and set(pages) == {"page:1", "page:2", "page:3"}
    assert [b["id"] for b in doc["body"]] == [f"b{i}" for i in range(1, len(doc["body"]) + 1)]
    syndicate.validate(doc)
    # --max-pages 1: no joining
    [single] = convert(server, tmp_path, ["/multi"], "--max-pages", "1")
    assert "Page 2:" not in texts(single)


def test_rel_next_to_another_article_is_not_followed(server, tmp_path) -> None:
    [doc] = convert(server, tmp_path, ["/news/pier-story"])
    assert OTHER[0] not in texts(doc) and server.hits.get("/news/other", 0) == 0


def test_single_page_link_is_used_when_offered(server, tmp_path) -> None:
    rules_dir = tmp_path / "r"
    rules_dir.mkdir()
    (rules_dir / "127.0.0.1.txt").write_text("single_page_link: //a[@class='print']\n",
                                             encoding="utf-8")
    [doc] = convert(server, tmp_path, ["/paged/1"], "--site-config", str(rules_dir))
    assert all(p in texts(doc) for p in STORY)
    assert doc["url"] == server.url("/paged/all")


def test_site_config_folder_errors_are_usage_errors(tmp_path, capsys) -> None:
    code = main(["feed", "feed.xml", "--to", "rss", "-o", str(tmp_path / "o"),
                 "--site-config", str(tmp_path / "missing")])
    assert code == 2
    assert "neither a folder nor a file" in capsys.readouterr().err


@pytest.mark.parametrize(("first", "candidate", "same"), [
    ("/story", "/story?page=2", True),
    ("/story?page=2", "/story?page=3", True),
    ("/story", "/story/2", True),
    ("/story/", "/story/page/2/", True),
    ("/story.html", "/story-2.html", True),
    ("/a?id=5", "/a?id=5&p=2", True),
    ("/news/12345", "/news/12346", False),  # the next article, not the next page
    ("/news/pier", "/news/other", False),
    ("/a?id=5", "/a?id=6", False),
    ("/story", "https://elsewhere.example/story/2", False),
])
def test_which_rel_next_links_are_pages_of_the_same_article(first, candidate, same) -> None:
    from syndicate.multipage import same_article

    base = "https://news.example"
    target = candidate if candidate.startswith("http") else base + candidate
    assert same_article(base + first, target) is same


def test_convert_takes_site_rules_too(tmp_path, capsys) -> None:
    rules_dir = tmp_path / "rules"
    rules_dir.mkdir()
    (rules_dir / "news.example.txt").write_text(RULES, encoding="utf-8")
    page_file = tmp_path / "page.html"
    page_file.write_text(rule_page(), encoding="utf-8")
    assert main(["convert", str(page_file), "--url", "https://news.example/rules/1",
                 "--site-config", str(rules_dir), "--to", "json"]) == 0
    doc = syndicate.Document.from_dict(json.loads(capsys.readouterr().out))
    assert STORY[0] in doc.text() and OTHER[0] not in doc.text() and PROMO not in doc.text()
    assert syndicate.load_site_rules(rules_dir).for_host("news.example") is not None
