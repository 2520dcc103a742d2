"""Thresholds and small tables of the text reader (``readers/text*.py``).

The line classifier follows jusText (Pomikálek, 2011): a line is good
(running text), near-good, short or bad by its length, its stop-word density
in the text's language and its link density; short and near-good lines take
the class of the good or bad lines around them; then one contiguous article
region is chosen. The figures were tuned on the tuning half of the
development corpora (``bench/split_corpus.py``) with ``flat_bench.py``.
"""

from __future__ import annotations

# --- Markdown detection (format="auto") -------------------------------------------------
#: At least this many link/heading signs ...
MARKDOWN_MIN_SIGNS = 3
#: ... on at least this share of the non-empty lines (or four times the minimum).
MARKDOWN_MIN_SHARE = 0.05

# --- Line classes (after jusText's defaults; characters of plain text) -------------------
#: Below this a line is "short": its neighbours decide.
LENGTH_LOW = 70
#: Above this, with enough stop words, a line is "good" on its own.
LENGTH_HIGH = 150
#: Stop-word density (share of words in the language's stop list) of running text;
#: jusText's figures, kept: its lists are the ones read.
STOPWORDS_LOW = 0.30
STOPWORDS_HIGH = 0.32
#: More link text than this share makes a line navigation (Markdown only).
MAX_LINK_DENSITY = 0.3
#: ... in a paragraph longer than LENGTH_HIGH (articles link their sources inline).
MAX_LINK_DENSITY_LONG = 0.35

# --- Language guess -------------------------------------------------------------------
#: Words from the head of each stop list used to guess the language.
GUESS_WORDS = 60
#: Tokens of the text looked at for the guess.
GUESS_TOKENS = 600
#: The longest lines (and at most this many characters of them) make the sample.
GUESS_LINES = 30
GUESS_CHARS = 4000
#: Lines where these signs make more than MARKUP_SHARE of the characters are markup or code
#: a flattener let through, not language: the guess skips them.
MARKUP_SIGNS = "<>={}"
MARKUP_SHARE = 0.05
#: ... and so are lines with more numbers than this share of their words.
MARKUP_NUMBERS = 0.5
#: Scripts written without spaces between words (``\\w+`` finds clauses, not words): when
#: they make more than NO_SPACE_SHARE of the sample, there is no stop-word test.
NO_SPACE_SHARE = 0.2
#: Their characters count this many times in the length thresholds.
NO_SPACE_SCALE = 3.0
#: Characters of body text given to the language detector (metadata.language).
LANGUAGE_CHARS = 1000
NO_SPACE_SCRIPTS = r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]"

# --- Region ---------------------------------------------------------------------------
#: Weight of a bad line's characters against a good line's when choosing the region.
BAD_WEIGHT = 0.3
#: Weight of a navigation/legal line's characters (link-dense, chrome phrase, copyright).
HARD_WEIGHT = 0.55
#: Fixed cost of every bad line inside the region.
BAD_LINE_COST = 15
#: Cost of a comments or related heading inside the region (characters of good text).
BARRIER_COMMENTS = 2000
BARRIER_RELATED = 300
#: Cost of a prompt of these CTA kinds (the shared phrase tables): a share bar or a
#: follow prompt closes the article; the text after it is a bio, an about box, teasers.
BARRIER_CTA = 800
BARRIER_CTA_KINDS = ("share", "follow")
#: ... and these when the page shows them once: a newsletter box under the article. A site's
#: promotions repeat (top of the page, between paragraphs): they are no barrier.
BARRIER_ONCE_KINDS = ("newsletter", "subscribe")
#: Cost of a closing mark the shared tables do not know (``text_phrases``), by kind.
MARK_COSTS: dict[str, float] = {"end": 1000.0, "author": 1000.0,
                                 "related": 1200.0}  # comments: BARRIER_COMMENTS
#: Good text after a comments heading that has this much good text above it counts
#: THREAD_WEIGHT of its length (a thread, not the article).
THREAD_AFTER = 500.0
THREAD_WEIGHT = 0.3
#: Cost of a table row (cells parted by tabs, or Markdown pipes) in a region.
TABLE_ROW_COST = 1.0
#: Short lines whose shape (digits ignored) recurs this often are records: dates, counts.
SHAPE_REPEATS = 3
#: Share of a bad line's cost forgiven in proportion to its stop-word density.
PROSE_DISCOUNT = 0.7
#: A short line repeated this often on the page is navigation whatever surrounds it.
HARD_REPEATS = 2
#: Factor of the line cost by the line's word count (index: words; the last for more).
SHORT_WORDS_COST = (2.0, 2.0, 1.5, 1.0, 0.5, 0.3)
#: Good lines in the last FOOTER_SHARE of the page count FOOTER_WEIGHT of their length.
FOOTER_SHARE = 0.2
FOOTER_WEIGHT = 0.35
#: A run of at least this many lines that end no sentence costs like navigation.
FRAGMENT_RUN = 50
#: A teaser (a headline glued to its excerpt) opens with at least this many words in
#: capitals; TEASER_RUN such lines with only short lines between them are a teaser list.
TEASER_CAPS = 5
TEASER_RUN = 2
#: A line of at least this many words that ends no sentence, followed by one that starts in
#: lower case, is part of a hard-wrapped paragraph: the paragraph is classed as a whole.
WRAP_MIN_WORDS = 4
#: ... unless that one opens with a label ("more: headline"): a colon in its first characters.
WRAP_LABEL_CHARS = 16
#: Lines shorter than this that the HTML reader's text-only chrome test finds (captions,
#: credits, sources, bylines, datelines, promotions) are not body inside the region.
CHROME_TEXT_CHARS = 300
#: Headings of the region repeated by a table of contents above it stay in the body when
#: there are at least this many.
MIN_TOC_HEADINGS = 2
#: A text of at most this many lines with no long paragraph is an article, not a page dump.
SMALL_TEXT_LINES = 12
#: At most this many lead lines (a standfirst, an opening sentence) right above the region
#: join it: lines of MIN_TITLE_WORDS words or more that end a sentence or carry stop words.
LEAD_LINES = 2
#: ... a line ending in one of these is a sentence (headlines end in none of them) ...
LEAD_ENDS = ".…。"
#: ... otherwise it needs a wordy line (its headline) at most this many lines above it.
HEADLINE_ABOVE = 2
#: The region ends on its last line that ends a sentence (or a bracket: CLOSING_BRACKETS)
#: when at most this many lines follow it; more are a list that closes the article.
TAIL_FRAGMENTS = 5
#: A paragraph after the region (past at most one short line that ends in none of
#: FULL_STOPS: a subheading) that ends a sentence and has at least this stop-word
#: density goes on with the article (its last section: instructions, references).
CONTINUATION_STOPWORDS = 0.2
FULL_STOPS = ".!?…。！？"
#: Chrome within this many lines of the region is placed before/after it, not outside.
AROUND_LINES = 8

# --- Titles ----------------------------------------------------------------------------
#: A title has at most this many words and does not end a sentence.
MAX_TITLE_WORDS = 30
#: ... and, unless it is a heading, at least this many.
MIN_TITLE_WORDS = 3
#: How far above the region the title is looked for.
TITLE_LOOKBACK = 12

# --- Related lists in Markdown ---------------------------------------------------------
#: Lines after a related heading that look like headlines become its items.
MAX_ITEM_WORDS = 20
#: ... and at least this many (footer links, "About us", are shorter).
MIN_ITEM_WORDS = 3
#: A run of this many link-only lines with headline-length texts is a teaser list.
MIN_TEASER_ITEMS = 3
#: Words of a headline link (navigation links are shorter).
MIN_TEASER_WORDS = 4

#: Characters that end a sentence (after closing quotes/brackets are stripped).
SENTENCE_END = ".!?…。！？;:"
#: Closing quotes and brackets skipped when looking for the sentence end.
CLOSERS = "\"'”’»)]›」』）】"
#: A line ending in one of these closes a remark or a credit: it ends the article's text.
CLOSING_BRACKETS = ")）"

#: Lines longer than this are not legal footers.
COPYRIGHT_MAX_CHARS = 300
#: Copyright and legal-footer markers: a line holding one is footer chrome.
COPYRIGHT_MARKS: tuple[str, ...] = ("©", "(c) 20", "(c) 19", "copyright 20", "copyright 19",
                                    "all rights reserved", "alle rechte vorbehalten",
                                    "tous droits réservés", "todos los derechos reservados",
                                    "tutti i diritti riservati", "wszelkie prawa zastrzeżone",
                                    "все права защищены")
