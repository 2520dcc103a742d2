"""Pages where the article was still lost after issue 10's first round: one test per rule,
on small pages written for the project (shapes seen on several WCXB sites)."""

from __future__ import annotations

import syndicate
from articlepages import FOOTER, NAV, STORY, page, paras, text_of
from syndicate.extract.streaming import has_streaming, reveal
from syndicate.readers.tree import parse_tree

# React streaming: segments after the footer, moved into their placeholders -----------------

STREAMED = page(
    f"{NAV}<main><article><h1>Harbour wall</h1><p>{STORY[0]}</p>"
    "<!--$?--><template id='B:0'></template><div>Loading paragraph...</div><!--/$-->"
    f"<p>{STORY[3]}</p><!--$?--><template id='B:1'></template><div>Loading...</div><!--/$-->"
    f"</article></main>{FOOTER}"
    # (what the server streams later; S:1 holds a placeholder of its own, filled by S:2)
    f"<div hidden id='S:0'>{paras(STORY[1:3])}</div><script>$RC('B:0','S:0')</script>"
    f"<div hidden id='S:1'><p>{STORY[4]}</p><template id='P:2'></template></div>"
    f"<div hidden id='S:2'><p>{STORY[5]}</p></div>"
)


def test_streamed_segments_are_read_in_place() -> None:
    text = text_of(STREAMED)
    assert all(p in text for p in STORY[:6])
    # in the order the browser shows them, without the fallbacks they replace
    assert [text.index(p) for p in STORY[:6]] == sorted(text.index(p) for p in STORY[:6])
    assert "Loading" not in text


def test_streamed_segments_pair_by_id_without_scripts() -> None:
    # Pages saved without their scripts: the ids alone pair segment and placeholder.
    root = parse_tree(STREAMED.replace(b"<script>$RC('B:0','S:0')</script>", b""))
    assert has_streaming(STREAMED)
    assert reveal(root) == 3
    article = root.find(".//article")
    assert [p.text for p in article.iter("p")] == STORY[:6]
    assert not root.xpath("//div[@hidden] | //template")


def test_segment_without_placeholder_stays_hidden() -> None:
    raw = page(f"<main><h1>Harbour wall</h1>{paras(STORY)}</main>"
               "<div hidden id='S:7'><p>A hidden streamed block with no placeholder anywhere.</p></div>")
    text = text_of(raw)
    assert STORY[0] in text and "no placeholder" not in text


# A body-classed element whose only content is a chrome-classed wrapper ----------------------

def test_chrome_classed_wrapper_of_the_body_is_read() -> None:
    # A "comment on selection" (or "share highlight") feature wraps the whole text of the
    # post body: the wrapper is the body, not a comment thread.
    comments = "".join(
        f"<div class='comment'><p>Reader {i} wrote: I walk along the harbour wall every day.</p></div>"
        for i in range(3))
    raw = page(
        f"{NAV}<div class='post-page'><h1>Harbour wall</h1><div class='post-body content'>"
        f"<div class='commentOnSelection'>{paras(STORY)}</div></div>"
        f"<div class='comments-section'>{comments}</div></div>{FOOTER}"
    )
    text = text_of(raw)
    assert all(p in text for p in STORY)
    assert "Reader 1 wrote" not in text


def test_comment_thread_in_content_column_stays_out() -> None:
    # The same class on a thread beside the body (not all of a body-classed parent) is chrome.
    thread = "".join(f"<p>Reader {i} wrote: {STORY[i % 6]}</p>" for i in range(8))
    raw = page(
        f"<div class='content'><article><h1>Harbour wall</h1>{paras(STORY)}</article>"
        f"<div class='comment-list'>{thread}</div></div>"
    )
    text = text_of(raw)
    assert STORY[0] in text and "Reader 3 wrote" not in text


# A listing page (courses, webcams, products): the cards are the content -------------------

COURSES = ["HTML", "CSS", "JavaScript", "Accessibility", "Performance", "Privacy", "Images", "Forms"]


def card(name: str, text: str) -> str:
    return (f"<div class='card'><div class='card-inner'><div class='card-body'><div>"
            f"<h3><a href='/learn/{name.lower()}'>Learn {name}</a></h3><p>{text}</p>"
            f"<a href='/learn/{name.lower()}/start'>Start the course on {name} today</a>"
            "</div></div></div></div>")


def listing(first_text: str) -> bytes:
    cards = card(COURSES[0], first_text) + "".join(
        card(n, f"A course on {n} for people who build for the web, from the basics upward.")
        for n in COURSES[1:])
    return page(f"{NAV}<main><h1>Learn</h1><div class='grid'>{cards}</div></main>{FOOTER}")


def test_listing_of_cards_is_read_whole() -> None:
    # One card has the longest text and wins the scoring, the links of the grid stop the
    # climb to it: the page's content is the whole listing all the same.
    text = text_of(listing(" ".join(STORY[:2])))
    assert STORY[0] in text
    assert all(f"A course on {n} for people" in text for n in COURSES[1:])


def test_long_post_in_a_list_of_posts_is_not_widened() -> None:
    # A blog index whose top post is a full article: the other teasers stay out.
    text = text_of(listing(" ".join(STORY * 5)))
    assert STORY[0] in text
    assert "A course on CSS" not in text


# Code pasted with <br> line breaks ------------------------------------------------------------

def test_code_lines_joined_with_br_keep_their_breaks() -> None:
    raw = page(f"<main><h1>Harbour wall</h1>{paras(STORY[:4])}"
               "<pre>import os<br>import sys<br><span>print</span>(os.sep)</pre></main>")
    doc = syndicate.parse(raw)
    code = [b for b in doc.body if b.type == "code"]
    assert code and code[0].text == "import os\nimport sys\nprint(os.sep)"
    assert "import os\nimport sys" in doc.text()


# Collapsed panels (accordions, FAQ answers): hidden until a click, part of the text --------

QUESTIONS = ["Who pays for the wall?", "When does the work start?", "Will the ferry still run?"]


def accordion(panel: str) -> bytes:
    items = "".join(panel.format(i=i, q=q, a=STORY[i + 1]) for i, q in enumerate(QUESTIONS))
    return page(f"{NAV}<main><h1>Harbour wall</h1><p>{STORY[0]}</p>"
                f"<div class='faq'>{items}</div><p>{STORY[5]}</p></main>{FOOTER}")


def test_aria_accordion_panels_are_read() -> None:
    raw = accordion(
        "<div class='item'><div class='row'><a id='t{i}' role='button' aria-controls='p{i}'>"
        "<span role='heading'>{q}</span></a></div>"
        "<div id='p{i}' role='region' aria-labelledby='t{i}' style='display:none'><p>{a}</p></div></div>")
    text = text_of(raw)
    assert all(STORY[i] in text for i in (0, 1, 2, 3, 5))


def test_panel_after_its_expand_button_is_read() -> None:
    raw = accordion(
        "<div class='item'><h3><button aria-expanded='false'>{q}</button></h3>"
        "<div hidden><p>{a}</p></div></div>")
    text = text_of(raw)
    assert all(STORY[i] in text for i in range(1, 4))


def test_accordion_classed_panel_is_read() -> None:
    raw = accordion(
        "<div class='item'><p class='question'>{q}</p>"
        "<div class='faq-answer accordion-content' style='display:none'><p>{a}</p></div></div>")
    text = text_of(raw)
    assert all(STORY[i] in text for i in range(1, 4))


def test_collapsed_menu_and_dialog_stay_out() -> None:
    menu = "".join(f"<li><a href='/m{i}'>Menu entry number {i}</a></li>" for i in range(10))
    raw = page(
        f"<div class='top'><button aria-expanded='false'>Menu</button><nav hidden><ul>{menu}</ul></nav></div>"
        f"<main><h1>Harbour wall</h1>{paras(STORY[:4])}</main>"
        "<div><button aria-expanded='false'>Sign in</button>"
        "<div role='dialog' hidden><p>Sign in to read every story from the Harbour Gazette today.</p></div></div>")
    text = text_of(raw)
    assert STORY[0] in text and "Menu entry" not in text and "Sign in to read" not in text


# The document closed after the site header, the article printed after </html> -------------

def test_article_after_early_end_tags_is_read() -> None:
    raw = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Harbour wall</title></head>"
        f"<body><header>{NAV}</header></body></html>\n"
        f"<div class='post'><h1>Harbour wall</h1>{paras(STORY[:4])}</div>{FOOTER}"
    ).encode()
    text = text_of(raw)
    assert all(p in text for p in STORY[:4])


def test_trailing_markup_after_end_tags_changes_nothing() -> None:
    from syndicate.extract.repair import early_end_tags

    raw = page(paras(STORY[:2])) + b"\n<!-- cached 12ms -->\n"
    assert early_end_tags(raw) is raw
    assert early_end_tags(raw.decode()) == raw.decode()


# An article's own list of links (sources, picks): kept unless it is nearly all links -------

def test_list_of_linked_sources_with_notes_is_kept() -> None:
    items = "".join(
        f"<li><a href='https://example.org/report-{i}'>Harbour survey report number {i}</a>, "
        f"tide data {i}</li>" for i in range(6))
    raw = page(f"{NAV}<main><h1>Harbour wall</h1>{paras(STORY[:3])}<p>The sources:</p><ul>{items}</ul>"
               f"{paras(STORY[3:6])}</main>{FOOTER}")
    text = text_of(raw)
    assert all(p in text for p in STORY[:6])
    assert "Harbour survey report number 3, tide data 3" in text


def test_list_of_bare_links_in_the_body_is_still_chrome() -> None:
    items = "".join(f"<li><a href='/story-{i}'>Another story about the town number {i}</a></li>"
                    for i in range(6))
    raw = page(f"<main><h1>Harbour wall</h1>{paras(STORY[:6])}<ul>{items}</ul></main>")
    text = text_of(raw)
    assert STORY[5] in text and "Another story" not in text


# An intro wrapper of several paragraphs above the body, in a block of its own -------------

def test_intro_wrapper_above_the_body_is_read() -> None:
    intro = STORY[0] + " " + STORY[1]
    raw = page(
        f"{NAV}<main><article><div class='row'><div class='story-intro'><header><h1>Harbour wall</h1>"
        f"</header><section><p>{intro}</p><p>{STORY[2]}</p></section></div></div>"
        "<div class='row'><div class='ad-slot'><div>Advertisement</div></div></div>"
        "<div class='row'><div class='tools'><a href='/s'>Share</a> <a href='/p'>Print</a></div>"
        f"<div class='story-text'><div>{paras(STORY[3:] * 3)}</div></div></div>"
        f"</article></main>{FOOTER}")
    text = text_of(raw)
    assert intro in text and STORY[2] in text and STORY[3] in text


def test_intro_classed_wrapper_of_the_whole_page_is_not_a_lead() -> None:
    # A wrapper named "intro-page" around the body is the body's own wrapper, read once.
    raw = page(f"<main><div class='intro-page'><h1>Harbour wall</h1><div class='text'>"
               f"{paras(STORY)}</div></div></main>")
    text = text_of(raw)
    assert text.count(STORY[0]) == 1 and STORY[-1] in text


# A sub-list written straight inside its list (<ul><li/><ul>...</ul></ul>) -----------------

def test_list_nested_straight_inside_a_list_is_read() -> None:
    raw = page(
        f"<main><h1>Harbour wall</h1>{paras(STORY[:3])}<ul><li>Granite from the island quarry</li>"
        "<ul><li>Cut to size on the quay before the work starts</li>"
        "<li>Carried by barge from the north pier</li></ul></ul></main>")
    text = text_of(raw)
    assert "Granite from the island quarry" in text
    assert "Cut to size on the quay" in text and "Carried by barge" in text


def test_list_items_written_without_li_are_read() -> None:
    stops = "".join(f"<div class='stop'>Day {i}: {STORY[i]}</div>" for i in range(1, 4))
    raw = page(f"<main><h1>Harbour wall</h1>{paras(STORY[:1])}<ol>{stops}</ol>{paras(STORY[4:6])}</main>")
    text = text_of(raw)
    assert all(f"Day {i}: {STORY[i]}" in text for i in range(1, 4))
