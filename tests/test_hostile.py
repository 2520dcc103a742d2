"""Hostile input (issue 7, point 2): one test per case, each failing if its defence goes.

Cases already tested elsewhere, not repeated here:

- 300/1,000/50,000 nested ``<div>`` and 400/1,000/50,000 unclosed ``<font>``, text inside
  and after kept: ``test_html_reader.py::test_deep_div_nesting_keeps_text_inside_and_after``,
  ``::test_unclosed_font_tags_keep_text_inside_and_after``
- 100,000 sibling paragraphs with correct locators: ``test_html_reader.py::test_many_siblings_all_kept_within_the_block_limit``
- NUL bytes in a page: ``test_html_reader.py::test_nul_bytes``
- cp1252 served as UTF-8, Shift_JIS without declaration: ``test_html_reader.py::test_mislabelled_cp1252_served_as_utf8``,
  ``::test_shift_jis_without_declaration`` (and ``test_encoding.py``)
- billion laughs, quadratic blow-up, XXE to a local file in feeds: ``test_feed_reader.py::test_xml_bombs_are_not_expanded``
  and the XXE test beside it
- a 100 MB HTTP response refused without being read whole: ``test_fetch.py`` (``/huge``, ``/huge-stream``)

Here: the same defences seen through every output (AMP, RSS, JSON), the cases not covered
above, and batch safety (a ``syndicate feed`` killed with SIGKILL leaves no partial file).
Outputs are checked by ``hostile_checks.py`` (rules from the design brief, not the writers).
No test is timed: ``bench/hostile_bench.py`` measures speed and memory. A generous alarm
turns a hang (a super-linear blow-up on these inputs would take hours) into a failure.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import lxml.html
import pytest

import syndicate
from hostile_checks import check_amp, check_document, check_rss
from httpserver import FeedItem as ServedItem
from httpserver import LocalServer, article_title, feed_xml, standard_routes, static
from pages import no_hang
from syndicate import InputError, InputTooLargeError, Limits, SyndicateError
from syndicate.cli import main
from syndicate.output import write_atomic
from syndicate.readers.feed import read_feed
from syndicate.readers.tree import flatten_depth, parse_tree
from syndicate.sanitize import clean_inline, text_of

REPO = Path(__file__).resolve().parents[1]
P1 = ("The council voted on Tuesday to rebuild the old harbour wall, a project that has been "
      "debated for more than a decade, and work is expected to begin in the spring.")
P2 = ("Residents who spoke at the meeting said the wall, damaged in the storms of 2019, had left "
      "their homes exposed, and several asked why the repairs had taken so long to approve.")
P3 = ("The mayor said the money would come from a regional fund, and that no local taxes would "
      "rise to pay for it, although the final cost is still being negotiated with contractors.")
URL = "https://example.com/news/harbour.html"
CHANNEL = {"title": "T", "link": "https://example.com/", "description": "D",
           "self_url": "https://example.com/feed.xml"}


def page(body: str, head: str = "<title>Harbour wall to be rebuilt</title>",
         charset: str = "utf-8") -> str:
    return (f"<!DOCTYPE html><html><head><meta charset='{charset}'>{head}</head>"
            f"<body>{body}</body></html>")


def outputs(doc: syndicate.Document) -> dict[str, str]:
    """The document written three ways, each checked for anything executable."""
    data = doc.to_dict()
    syndicate.validate(data)
    check_document(data)
    amp = syndicate.to_amp(doc, ads="keep")
    check_amp(amp)
    rss = syndicate.to_rss([doc], channel=CHANNEL)
    check_rss(rss)
    return {"json": syndicate.to_json(doc), "amp": amp, "rss": rss}


def visible_text(out: dict[str, str]) -> dict[str, str]:
    """Text a reader of each output sees (markup and escapes resolved)."""
    amp = lxml.html.document_fromstring(out["amp"]).body.text_content()
    root = lxml.etree.fromstring(out["rss"].encode())
    encoded = root.find(".//{http://purl.org/rss/1.0/modules/content/}encoded")
    rss = lxml.html.fragment_fromstring(encoded.text, create_parent="div").text_content()
    as_json = " ".join(b.get("text", "") for b in json.loads(out["json"])["body"])
    return {"amp": " ".join(amp.split()), "rss": " ".join(rss.split()), "json": as_json}


# --------------------------------------------------------------------------- deep nesting

NESTING = {
    "div-300": "<div>" * 300 + f"<p>{P2}</p>" + "</div>" * 300,
    "font-400-unclosed": "<font>" * 400 + f"<p>{P2}</p>",
    "mixed-1000": "<div><span><section>" * 333 + f"<p>{P2}</p>" + "</section></span></div>" * 333,
    "table-50000-unclosed": "<table><tr><td>" * 16_666 + f"<p>{P2}</p>",
}


@pytest.mark.parametrize("nest", list(NESTING), ids=list(NESTING))
def test_deep_nesting_text_inside_and_after_reaches_every_output(nest: str) -> None:
    raw = page(f"<article><p>{P1}</p>{NESTING[nest]}<p>{P3}</p></article>")
    with no_hang(60.0):
        doc = syndicate.parse(raw, url=URL)
        seen = visible_text(outputs(doc))
    for fmt, text in seen.items():
        for para in (P1, P2, P3):
            assert para in text, (nest, fmt, para[:30])


def test_flatten_depth_drops_only_the_tags_past_the_limit() -> None:
    deep = "<div>" * 5 + "<p>in<b>side</b></p>" + "</div>" * 5 + "after"
    flat = flatten_depth(deep, 3)
    assert flat.count("<div>") == 3 and flat.count("</div>") == 3
    assert "in" in flat and "side" in flat and flat.endswith("after")
    assert lxml.html.fromstring(flat).text_content().split() == ["in", "side", "after"]
    # Void elements and self-closing tags do not count as depth.
    assert flatten_depth("<div><br><img src=x><hr/><p>x</p></div>", 2).count("<p>") == 1


@pytest.mark.parametrize("depth", [300, 50_000])
def test_deep_nesting_inside_an_inline_fragment(depth: int) -> None:
    """JSON documents carry html the writers re-sanitize: deep nesting there keeps its text."""
    fragment = "<b>" * depth + "deep text" + "</b>" * depth + " after"
    with no_hang(60.0):
        assert text_of(fragment) == "deep text after"
        cleaned = clean_inline(fragment)
    assert "deep text" in cleaned and cleaned.endswith("after")
    # A parser reading the output (libxml2 gives up past depth 255) still sees all the text.
    reread = lxml.html.fragment_fromstring(cleaned, create_parent="div").text_content()
    assert " ".join(reread.split()) == "deep text after"


# --------------------------------------------------------------------------- many siblings


def test_100k_sibling_inline_elements_in_one_paragraph() -> None:
    n = 100_000
    raw = page(f"<article><p>{P1}</p><p>" + "<span>w</span> " * n + f"</p><p>{P2}</p></article>")
    with no_hang(60.0):
        doc = syndicate.parse(raw)
    words = [b for b in doc.body if b.text.startswith("w w")]
    assert len(words) == 1 and words[0].text.split() == ["w"] * n
    assert doc.body[0].text == P1 and doc.body[-1].text == P2


def test_100k_sibling_elements_before_the_article() -> None:
    raw = page("<div class='x'></div>" * 100_000 + f"<article><p>{P1}</p><p>{P2}</p></article>")
    with no_hang(60.0):
        doc = syndicate.parse(raw)
    assert doc.text().split("\n") == [P1, P2]
    assert doc.body[0].locator == "/html/body/article/p[1]"


# --------------------------------------------------------------------------- size


def test_100mb_page_rejected_by_the_documented_limit() -> None:
    raw = b"<html><body><p>" + b"x" * (100 * 1024 * 1024)
    as_str = raw.decode("ascii")
    tracemalloc.start()
    try:
        with pytest.raises(InputTooLargeError, match=r"over the limit of 52,428,800.*max_input_bytes"):
            syndicate.parse(raw)
        with pytest.raises(InputTooLargeError):
            syndicate.parse(as_str)  # a str is measured without a copy
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 1024 * 1024, peak  # refused before decoding or copying
    assert Limits().max_input_bytes == 50 * 1024 * 1024
    small = Limits(max_input_bytes=1000)
    with pytest.raises(InputTooLargeError, match="1,000"):
        syndicate.parse(page(f"<p>{P1}</p>" * 20), limits=small)


def test_cli_refuses_a_100mb_file_without_reading_it(tmp_path: Path, capsys) -> None:
    big = tmp_path / "big.html"
    with open(big, "wb") as fh:  # sparse: 100 MB on paper, nothing on disk
        fh.truncate(100 * 1024 * 1024)
    good = tmp_path / "good.html"
    good.write_text(page(f"<article><p>{P1}</p><p>{P2}</p></article>"))
    tracemalloc.start()
    try:
        code = main(["convert", str(big), str(good), "--to", "jsonl", "-o", str(tmp_path / "o.jsonl")])
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    err = capsys.readouterr().err
    assert code == 1
    assert f"{big}: file is 104,857,600 bytes, over the limit" in err
    assert peak < 10 * 1024 * 1024, peak
    lines = (tmp_path / "o.jsonl").read_text().splitlines()
    assert len(lines) == 1 and P1 in lines[0]


# --------------------------------------------------------------------------- characters


def test_nul_and_control_characters_reach_no_output() -> None:
    raw = page(f"<article><p>{P1.replace('wall', 'wall' + chr(0))}</p><p>\x07{P2}\x1b</p>"
               f"<p>{P3}\x0c\x7f</p></article>").encode()
    doc = syndicate.parse(raw)
    text_doc = syndicate.parse_text(f"Harbour wall\n\n{P1}\x00\n\x07{P2}\x1b\n{P3}\ud800")
    for d in (doc, text_doc):
        out = outputs(d)
        for fmt, value in out.items():
            assert not any(c in value for c in "\x00\x07\x1b\x7f\ud800"), fmt
        assert P2 in d.text() and "harbour wall" in d.text()
        assert json.loads(out["json"])["body"] and out["json"].encode("utf-8")


def test_invalid_utf8_keeps_the_valid_text() -> None:
    raw = page(f"<article><p>{P1}</p><p>broken \xff\xfe\xc3( bytes</p><p>{P2}</p></article>")
    doc = syndicate.parse(raw.encode("latin-1").replace("\xff".encode("latin-1"), b"\xff"))
    text = doc.text()
    assert P1 in text and P2 in text and "broken" in text and "bytes" in text
    outputs(doc)


def test_invalid_utf8_in_an_otherwise_utf8_page_is_replaced_not_reinterpreted() -> None:
    good = "Caf\u00e9 cr\u00e8me \u2013 na\u00efve r\u00e9sum\u00e9s " * 20
    raw = page(f"<article><p>{good}</p><p>{P1}</p></article>").encode("utf-8")
    raw = raw.replace(b"</article>", b"<p>one stray \xff byte</p></article>")
    doc = syndicate.parse(raw)
    assert good.strip() in doc.text()  # still read as UTF-8, not as cp1252 mojibake
    assert "stray" in doc.text()


def test_convert_url_honours_the_http_charset(tmp_path: Path, capsys) -> None:
    """The header's charset beats a wrong meta tag (HTML: transport layer first)."""
    text = "\u041c\u044d\u0440 \u0433\u043e\u0440\u043e\u0434\u0430 \u043e\u0431\u044a\u044f\u0432\u0438\u043b \u043e \u0440\u0435\u043c\u043e\u043d\u0442\u0435 \u043f\u0440\u0438\u0447\u0430\u043b\u0430."
    body = page(f"<article><h1>{text}</h1><p>{text} {text}</p><p>{text}</p></article>",
                charset="iso-8859-1").encode("cp1251")
    with LocalServer() as server:
        server.route(r"/ru", static(body, "text/html; charset=windows-1251"))
        code = main(["convert", server.url("/ru"), "--to", "json"])
    out = capsys.readouterr().out
    assert code == 0
    assert text in syndicate.Document.from_dict(json.loads(out)).text()


# --------------------------------------------------------------------------- XML entities


def test_xxe_over_http_in_a_feed_is_not_fetched() -> None:
    with LocalServer() as server:
        server.route(r"/secret.*", static("TOP-SECRET-VALUE", "text/plain"))
        secret = server.url("/secret")
        feed = (f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "{secret}">'
                f'<!ENTITY % pe SYSTEM "{secret}-pe"> %pe;]>'
                '<rss version="2.0"><channel><title>&xxe;</title><link>https://x.example/</link>'
                '<description>d</description><item><title>&xxe;</title><description>&xxe;</description>'
                '<link>https://x.example/a</link></item></channel></rss>')
        server.route(r"/feed\.xml", static(feed, "application/rss+xml"))
        from syndicate.feedconvert import load_feed

        parsed, _ = load_feed(server.url("/feed.xml"))
        hits = {p: n for p, n in server.hits.items() if p.startswith("/secret")}
    assert hits == {}
    assert parsed.items[0].link == "https://x.example/a"
    fields = [parsed.title or "", parsed.items[0].title or "", parsed.items[0].summary or ""]
    assert not any("TOP-SECRET" in f for f in fields)


def test_entities_in_an_html_page_are_not_expanded(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE")
    laughs = "".join(f"<!ENTITY l{i} '{('&l' + str(i - 1) + ';') * 10}'>" for i in range(1, 9))
    raw = (f"<!DOCTYPE html [<!ENTITY x SYSTEM '{secret.as_uri()}'><!ENTITY l0 'lol'>{laughs}]>"
           f"<html><body><article><p>{P1} &x; &l8;</p><p>{P2}</p></article></body></html>")
    with no_hang(60.0):
        doc = syndicate.parse(raw)
    out = outputs(doc)
    assert "TOP-SECRET" not in doc.text() and not any("TOP-SECRET" in v for v in out.values())
    assert "lollollol" not in doc.text()
    assert P2 in doc.text()


# --------------------------------------------------------------------------- script vectors

VECTORS = {
    "javascript-url": "<a href='javascript:alert(1)'>link</a>",
    "javascript-obfuscated": "<a href='  jAvA&#x09;sCrIpT&colon;alert(1)'>link</a>",
    "javascript-entity": "<a href='&#106;&#97;vascript:alert(1)'>link</a>",
    "data-url": "<a href='data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='>link</a>"
                "<img src='data:image/svg+xml,<svg onload=alert(1)>'>",
    "vbscript-url": "<a href='vbscript:msgbox(\"alert(1)\")'>link</a>",
    "event-handlers": "<b onclick='alert(1)' onmouseover=alert(1)>link</b>"
                      "<img src='/a.jpg' onerror='alert(1)'><body onload=alert(1)>",
    "script-tag": "<script>alert(1)</script><script src='https://evil.example/alert(1).js'></script>link",
    "svg-script": "<svg><script>alert(1)</script><a xlink:href='javascript:alert(1)'><text>link</text></a>"
                  "<animate onbegin='alert(1)' attributeName=x dur=1s></svg>",
    "math-vector": "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph>"
                   "</table></mtext><maction actiontype='statusline' xlink:href='javascript:alert(1)'>"
                   "link</maction></math>",
    "css-expression": "<span style='width:expression(alert(1))'>link</span>"
                      "<style>p{background:url(javascript:alert(1));x:expression(alert(1))}</style>",
    "srcdoc": "<iframe srcdoc='&lt;script&gt;alert(1)&lt;/script&gt;'></iframe>"
              "<iframe src='javascript:alert(1)'></iframe>link",
    "base-href": "<base href='javascript:alert(1)//'><a href='next.html'>link</a>",
    "form-action": "<form action='javascript:alert(1)'><button formaction='javascript:alert(1)'>"
                   "x</button><input onfocus=alert(1) autofocus></form>link",
    "meta-refresh": "<meta http-equiv='refresh' content='0;url=javascript:alert(1)'>link",
    "object-embed": "<object data='javascript:alert(1)'></object><embed src='javascript:alert(1)'>link",
    "noscript-mxss": "<noscript><p title='</noscript><img src=x onerror=alert(1)>'></noscript>link",
    "template": "<template><img src=x onerror=alert(1)></template>link",
}


@pytest.mark.parametrize("name", list(VECTORS), ids=list(VECTORS))
@pytest.mark.parametrize("where", ["body", "head"])
def test_script_vectors_reach_no_output(name: str, where: str) -> None:
    vector = VECTORS[name]
    head = "<title>Harbour wall to be rebuilt</title>" + (vector if where == "head" else "")
    inside = vector if where == "body" else ""
    raw = page(f"<article><h1>Harbour wall to be rebuilt</h1><p>{P1} {inside}</p><p>{P2}</p>"
               f"<figure>{inside}<img src='/pic.jpg' alt='pier'></figure><p>{P3}</p></article>", head)
    for url in (URL, None):
        doc = syndicate.parse(raw, url=url)
        out = outputs(doc)
        for fmt, value in out.items():
            assert "alert(" not in value, (name, fmt)
            assert "<base" not in value.lower(), (name, fmt)
        assert [P1, P2, P3] == [t for t in (P1, P2, P3) if t in doc.text()]
    # The text of links that had to go is kept, unlinked (not inside dropped foreign markup).
    if where == "body" and "link" in vector and name not in ("svg-script", "math-vector"):
        assert "link" in syndicate.parse(raw, url=URL).text()


def test_base_href_does_not_redirect_links() -> None:
    raw = page(f"<article><p>{P1} <a href='next.html'>next</a></p><p>{P2}</p></article>",
               "<base href='https://evil.example/'><title>t</title>")
    doc = syndicate.parse(raw, url=URL)
    links = [lxml.html.fragment_fromstring(b.html, create_parent="div").xpath("//a/@href")
             for b in doc.body]
    assert [h for hs in links for h in hs] == ["https://example.com/news/next.html"]


# --------------------------------------------------------------------------- regex pathologies

MB = 1024 * 1024


@pytest.mark.parametrize("name", ["spaces-in-text", "spaces-in-class", "repeated-classes",
                                  "classes-on-many-elements", "long-word", "many-lt"])
def test_pathological_pattern_inputs(name: str) -> None:
    inner = {
        "spaces-in-text": f"<p>{P2}" + " " * (2 * MB) + "end</p>",
        "spaces-in-class": f"<div class='story{' ' * (2 * MB)}x'><p>{P2}</p></div>",
        "repeated-classes": "<div class='" + "story-text body-copy " * 50_000 + f"'><p>{P2}</p></div>",
        "classes-on-many-elements": ("<div class='" + "post-content ad " * 500 + "'><p>x</p></div>") * 200
                                    + f"<p>{P2}</p>",
        "long-word": f"<p>{P2}</p><p>" + "a" * (2 * MB) + "</p>",
        "many-lt": f"<p>{P2} " + "<" * MB + "</p>",
    }[name]
    raw = page(f"<article><p>{P1}</p>{inner}<p>{P3}</p></article>")
    with no_hang(60.0):
        doc = syndicate.parse(raw)
        text = doc.text()
        syndicate.parse_text(raw)  # the same junk as flattened text
    assert P1 in text and P3 in text and P2 in text


def test_absurd_class_lists_are_reduced_to_their_tokens() -> None:
    """The defence behind the class-pattern cases: matchers never see megabytes of classes."""
    limits = Limits()
    root = parse_tree(page("<div class='" + "ad-slot  related\tshare " * 50_000 + "'>x</div>"
                           f"<p id='{'i' * 2 * MB}' title='{'t' * 2 * MB}'>y</p>"
                           "<span class='a b a'>z</span>"))
    div, p, span = root.xpath("//div")[0], root.xpath("//p")[0], root.xpath("//span")[0]
    assert div.get("class") == "ad-slot related share"
    assert len(p.get("id")) == limits.max_class_chars
    assert len(p.get("title")) == limits.max_attribute_chars
    assert span.get("class") == "a b a"  # short values untouched


def test_deeply_nested_json_is_a_clear_error(tmp_path: Path, capsys) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text('{"body": ' + "[" * 100_000 + "]" * 100_000 + "}")
    assert main(["convert", str(deep), "--to", "json"]) == 2
    err = capsys.readouterr().err
    assert "deep.json: not a JSON document" in err and "Traceback" not in err
    node: dict = {"type": "paragraph"}
    for _ in range(5000):
        node = {"body": [node]}
    with pytest.raises(syndicate.ValidationError):
        syndicate.validate(node)


SCRIPTED = ('x<script>alert(1)</script><a href="javascript:alert(1)" onclick="y()">link</a>'
            '<img src=x onerror=alert(2)>&#3;')


def _hand_made(bad_url: str) -> syndicate.Document:
    """A document built in Python, never validated: anything can be in it."""
    from syndicate.model import (
        CallToAction,
        Embed,
        Image,
        Metadata,
        Paragraph,
        Position,
        Quote,
        Related,
        RelatedItem,
    )

    after = Position("after", "b1")
    return syndicate.Document(
        url="https://example.com/a", canonical_url=bad_url,
        metadata=Metadata(title="T", image=Image(src=bad_url)),
        body=[Paragraph("b1", text="x alert(1) link", html=SCRIPTED),
              Quote("b2", text="q", html=SCRIPTED, cite=bad_url),
              Embed("b3", provider="iframe", url=bad_url)],
        related=[Related("rel1", position=after, items=[RelatedItem("t", bad_url, bad_url)])],
        ctas=[CallToAction("cta1", position=after, kind="other", text="c", url=bad_url)])


@pytest.mark.parametrize("bad_url", ["javascript:alert(1)", "javascript://x%0Aalert(1)",
                                     "data:text/html,<script>alert(1)</script>",
                                     " vbscript:msgbox(1)", "java\tscript:alert(1)"])
def test_json_writer_resanitizes_hand_made_documents(bad_url: str) -> None:
    out = json.loads(syndicate.to_json(_hand_made(bad_url)))
    check_document(out)
    syndicate.validate(out)
    assert "alert(1)" not in json.dumps([b.get("html") for b in out["body"]])
    assert out["canonical_url"] is None and out["metadata"]["image"] is None
    assert out["body"][1]["cite"] is None and out["body"][2]["url"] is None
    assert out["related"][0]["items"][0] == {"title": "t", "url": None, "image": None}
    assert out["ctas"][0]["url"] is None
    assert out["body"][0]["text"] == "x alert(1) link"  # text is text: kept as is
    image_block = syndicate.Document(body=[syndicate.model.ImageBlock("b1", src=bad_url)])
    with pytest.raises(syndicate.ValidationError, match=r"\$\.body\[0\]\.src"):
        syndicate.to_json(image_block)


@pytest.mark.parametrize("cite", ["Source: AP", "Photo:", "A:", "Jane Roe, The Courier",
                                  "https://example.com/report"])
def test_json_writer_keeps_attribution_text_and_safe_cites(cite: str) -> None:
    doc = syndicate.Document(body=[syndicate.model.Quote("b1", text="q", html="q", cite=cite)])
    assert json.loads(syndicate.to_json(doc))["body"][0]["cite"] == cite


def test_json_input_is_resanitized_and_unsafe_urls_refused(tmp_path: Path, capsys) -> None:
    doc = _hand_made("https://example.com/ok").to_dict()
    src = tmp_path / "doc.json"
    src.write_text(json.dumps(doc))
    assert main(["convert", str(src), "--to", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    check_document(out)
    assert "script" not in out["body"][0]["html"] and "onclick" not in out["body"][0]["html"]
    assert 'href="https://' not in out["body"][0]["html"]  # the javascript: link lost its href
    doc["ctas"][0]["url"] = "javascript://x%0Aalert(1)"
    src.write_text(json.dumps(doc))
    assert main(["convert", str(src), "--to", "json"]) == 2  # nothing could be converted
    captured = capsys.readouterr()
    assert "$.ctas[0].url" in captured.err and "not an absolute http(s) URL" in captured.err
    assert "javascript" not in captured.out and "Traceback" not in captured.err


def test_wrong_types_are_input_errors() -> None:
    for value in (None, 12, 3.5, ["<p>x</p>"], {"html": "x"}):
        with pytest.raises(InputError):
            syndicate.parse(value)  # type: ignore[arg-type]
        with pytest.raises(InputError):
            syndicate.parse_text(value)  # type: ignore[arg-type]
    with pytest.raises(SyndicateError):
        read_feed(None)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- batch safety


def test_write_atomic_failure_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("old, complete")

    with pytest.raises(UnicodeEncodeError):
        write_atomic(target, "new \ud800 text")  # cannot be encoded: fails before any write
    with pytest.raises(TypeError):
        write_atomic(target, 12345)  # type: ignore[arg-type]
    assert target.read_text() == "old, complete"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]
    write_atomic(target, "new")
    assert target.read_text() == "new" and [p.name for p in tmp_path.iterdir()] == ["out.json"]


@pytest.fixture(scope="module")
def slow_server():
    with LocalServer() as srv:
        standard_routes(srv)
        items = [ServedItem(f"/delay/250/{n}", article_title(n), None, article=n) for n in range(12)]
        srv.route(r"/kill-feed\.xml", static(feed_xml(srv, items), "application/rss+xml"))
        yield srv


def _complete_rss(path: Path) -> bool:
    root = lxml.etree.fromstring(path.read_bytes())
    return len(root.findall("./channel/item")) == 12


def _complete_jsonl(path: Path) -> bool:
    lines = path.read_text(encoding="utf-8").splitlines()
    for line in lines:
        syndicate.validate(json.loads(line))
    return len(lines) == 12


@pytest.mark.parametrize("fmt", ["rss", "jsonl", "amp"])
def test_sigkill_mid_run_leaves_no_partial_output(slow_server, tmp_path: Path, fmt: str) -> None:
    """SIGKILL (no handler can run) at several moments of a `syndicate feed` run: the
    output is absent or whole, never a truncated file under the output's name."""
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    outcomes = []
    for delay in (0.3, 1.2, 2.0, 2.8):
        work = tmp_path / f"kill-{delay}"
        work.mkdir()
        out = work / ("out" if fmt == "amp" else f"out.{fmt}")
        proc = subprocess.Popen(
            [sys.executable, "-m", "syndicate", "feed", slow_server.url("/kill-feed.xml"),
             "--to", fmt, "-o", str(out), "--workers", "2", "--timeout", "10"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=work)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        # Whatever remains: hidden temp files (".NAME.*.part"), or the complete output.
        visible = sorted(p.name for p in work.iterdir() if not p.name.startswith("."))
        if fmt == "amp":
            pages = sorted(out.glob("*.html")) if out.exists() else []
            for p in pages:  # every page present is whole
                assert p.read_text(encoding="utf-8").rstrip().endswith("</html>"), p
                check_amp(p.read_text(encoding="utf-8"))
            outcomes.append(len(pages))
        elif visible:
            assert visible == [out.name]
            assert (_complete_rss if fmt == "rss" else _complete_jsonl)(out)
            outcomes.append("whole")
        else:
            outcomes.append("absent")
        leftovers = [p.name for p in work.rglob("*") if p.name.endswith(".part")]
        assert all(n.startswith(".") for n in leftovers), leftovers
    assert outcomes[0] in ("absent", 0), outcomes  # killed while fetching: nothing written


def test_amp_pages_of_hostile_pages_pass_the_official_validator() -> None:
    """Defused is not enough: the AMP written from every hostile page is still valid AMP."""
    from ampcheck import ValidatorUnavailable, install

    try:
        amp = install()
    except ValidatorUnavailable as exc:
        pytest.skip(f"official AMP validator unavailable: {exc}")
    pages = {}
    for name, vector in {**VECTORS, **NESTING}.items():
        raw = page(f"<article><p>{P1} {vector}</p><p>{P2}</p><p>{P3}</p></article>",
                   "<title>Harbour wall</title>" + (vector if name in VECTORS else ""))
        pages[f"{name}.html"] = syndicate.to_amp(syndicate.parse(raw, url=URL), ads="keep")
    results = amp.validate_pages(pages)
    failed = {n: [str(i) for i in r.errors] for n, r in results.items() if r.status != "PASS"}
    assert len(results) == len(pages) and not failed, failed


def test_lone_surrogates_from_json_input_are_writable(tmp_path: Path) -> None:
    """JSON may carry "\\ud800" escapes: schema-valid, and every writer must still write."""
    data = syndicate.parse_text(f"Harbour wall\n\n{P1}\n{P2}").to_dict()
    data["body"][0]["text"] = "lone \ud800 surrogate"
    data["metadata"]["title"] = "title \udfff"
    doc = syndicate.Document.from_dict(json.loads(json.dumps(data)))
    as_json = syndicate.to_json(doc)
    assert json.loads(as_json.encode("utf-8")) == data  # encodable, and the same document
    rss = syndicate.to_rss([doc], channel=CHANNEL)  # the guid hash of an item without link
    check_rss(rss)
    assert "\ud800" not in rss and "\udfff" not in syndicate.to_amp(doc)
    out = tmp_path / "doc.json"
    (tmp_path / "in.json").write_text(json.dumps(data))
    assert main(["convert", str(tmp_path / "in.json"), "--to", "json", "-o", str(out)]) == 0
    assert json.loads(out.read_bytes()) == data


@pytest.mark.parametrize("value", [True, 3, "x", {"id": "b1"}, None])
def test_validate_reports_non_list_members(value: object) -> None:
    for key in ("body", "ads", "related", "ctas"):
        data = syndicate.parse_text(f"Harbour wall\n\n{P1}").to_dict()
        data[key] = value
        with pytest.raises(syndicate.ValidationError) as info:
            syndicate.validate(data)
        assert any(e.path == f"$.{key}" for e in info.value.errors), info.value.errors


@pytest.mark.parametrize("ref", ["&#3", "&#3;", "&#x1F;", "&#1;", "&#0;", "&#127;"])
def test_control_character_references_are_dropped(ref: str) -> None:
    """libxml2 turns numeric references to control characters into raw controls in the tree
    (no trailing ';' needed); copying such text into a block would make lxml refuse it."""
    # Paragraphs, and loose text runs straight in a div (copied into a block of their own).
    paras = "".join(f"<p>Para{i} {ref}<b>bold{ref}</b>{ref} tail {'word ' * 30}</p>" for i in range(2))
    paras += (f"<div>Para2 loose {ref} text {'word ' * 30}<b>bold{ref}</b>{ref} tail"
              f"<p>Para3 {ref} {'word ' * 30}</p></div>")
    raw = (f"<html><head><title>T{ref}itle</title></head><body><article>{paras}"
           f"<figure><img src='a.jpg'><figcaption>cap{ref}tion</figcaption></figure>"
           f"</article></body></html>").encode()
    doc = syndicate.parse(raw, url="https://example.com/story")
    data = doc.to_dict()
    syndicate.validate(data)
    assert [line.split()[0] for line in doc.text().split("\n")[:4]] == ["Para0", "Para1", "Para2", "Para3"]
    dumped = json.dumps(data, ensure_ascii=False)
    assert not any(chr(c) in dumped for c in (*range(0, 9), 0x0B, 0x0C, *range(0x0E, 0x20)))
    for out in (syndicate.to_amp(doc), syndicate.to_rss([doc], channel={
            "title": "t", "link": "https://example.com/", "description": "d",
            "self_url": "https://example.com/f.xml"})):
        assert "\x03" not in out and "\x01" not in out and "\x1f" not in out


def test_feed_from_stdin_over_the_limit_is_refused(tmp_path: Path) -> None:
    """`syndicate feed -` stops reading a pipe once it passes the input limit."""
    src = Path(syndicate.__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": str(src)}
    data = b"<rss version='2.0'><channel><title>T</title>" + b" " * (51 * 1024 * 1024)
    out = tmp_path / "out.xml"
    proc = subprocess.run([sys.executable, "-m", "syndicate", "feed", "-", "--to", "rss", "-o", str(out)],
                          input=data, capture_output=True, env=env, timeout=120)
    assert proc.returncode == 2
    assert b"limit" in proc.stderr and b"Traceback" not in proc.stderr
    assert not out.exists()
