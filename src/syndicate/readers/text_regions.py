"""Which lines of a dump are the article: classes, smoothing, one region.

1. Each line gets a class on its own (jusText's context-free step): ``bad``
   (link-dense, a chrome phrase, a copyright line, text repeated on the
   page), ``short``, ``neargood`` or ``good`` by length and stop-word density.
2. Short lines take the class of the nearest good/bad lines around them
   (jusText's context-sensitive step); near-good lines are good unless only
   bad lines surround them (runs of near-good lines back each other up).
3. The article is one contiguous region: the stretch of lines where good
   characters most outweigh the cost of the others (a maximum-sum segment).
   Navigation lines cost most, text-like lines least; comment and related
   headings are barriers; good text in the page's last fifth counts half.
   The region's lines that are not navigation are the body.
4. Lead lines right above the region (a standfirst, an opening sentence that
   smoothing sank between navigation and the first paragraph) join it.
5. The region ends on a sentence: a few lines after its last one are cut;
   paragraphs that go on with the article after it (past a subheading) join.
"""

from __future__ import annotations

from dataclasses import dataclass

# The HTML reader's text-only chrome test (a private helper of extract/: see the README).
from ..extract.blocktext import reads_as_chrome
from ..extract.rules.text_lines import (
    BAD_LINE_COST,
    BAD_WEIGHT,
    BARRIER_COMMENTS,
    BARRIER_CTA,
    BARRIER_CTA_KINDS,
    BARRIER_ONCE_KINDS,
    BARRIER_RELATED,
    CHROME_TEXT_CHARS,
    CLOSING_BRACKETS,
    CONTINUATION_STOPWORDS,
    FOOTER_SHARE,
    FOOTER_WEIGHT,
    FRAGMENT_RUN,
    FULL_STOPS,
    HARD_REPEATS,
    HARD_WEIGHT,
    HEADLINE_ABOVE,
    LEAD_ENDS,
    LEAD_LINES,
    LENGTH_HIGH,
    LENGTH_LOW,
    MARK_COSTS,
    MAX_LINK_DENSITY,
    MAX_LINK_DENSITY_LONG,
    MIN_TITLE_WORDS,
    MIN_TOC_HEADINGS,
    NO_SPACE_SCALE,
    PROSE_DISCOUNT,
    SHAPE_REPEATS,
    SHORT_WORDS_COST,
    SMALL_TEXT_LINES,
    STOPWORDS_HIGH,
    STOPWORDS_LOW,
    TABLE_ROW_COST,
    TAIL_FRAGMENTS,
    TEASER_CAPS,
    TEASER_RUN,
    THREAD_AFTER,
    THREAD_WEIGHT,
    WRAP_LABEL_CHARS,
    WRAP_MIN_WORDS,
)
from .text_lines import Line, Lines

GOOD, NEARGOOD, SHORT, BAD = "good", "neargood", "short", "bad"
#: Marks of lines that are never article text, however long: notices and authors' bios.
NEVER_BODY_MARKS = ("consent", "bio")


@dataclass(slots=True)
class Region:
    """The article's lines: indexes into ``Lines.lines``."""

    start: int  # first line of the region (index)
    end: int  # last line of the region (index, inclusive)
    body: list[int]  # indexes of body lines, in order
    found: bool  # False when the text had no running text to anchor a region


def _max_links(line: Line) -> float:
    """Most link text a line may carry and still be text: more in long paragraphs."""
    return MAX_LINK_DENSITY_LONG if line.length > LENGTH_HIGH else MAX_LINK_DENSITY


def _class_of(line: Line, has_stoplist: bool, length: float, density: float,
              ends_sentence: bool) -> str:
    if not line.text or line.copyright:
        return BAD
    if line.link_density > _max_links(line):
        return BAD
    if line.repeats > 1 and line.length < LENGTH_HIGH:
        return BAD
    if length < LENGTH_LOW:
        return SHORT
    if line.chrome is not None or line.mark in NEVER_BODY_MARKS:
        return BAD
    if not has_stoplist:  # no stop list for this language: a sentence ending stands in for it
        density = STOPWORDS_HIGH if ends_sentence else STOPWORDS_LOW
    if density >= STOPWORDS_HIGH:
        return GOOD if length > LENGTH_HIGH else NEARGOOD
    if density >= STOPWORDS_LOW:
        return NEARGOOD
    return BAD


_RANK = {BAD: 0, SHORT: 1, NEARGOOD: 2, GOOD: 3}


def _context_free(line: Line, has_stoplist: bool, scale: float = 1.0,
                  wrap: tuple[int, float] | None = None) -> str:
    """jusText's class of ``line`` on its own; ``wrap`` is (length, stop density) of the
    hard-wrapped paragraph the line belongs to, which may only raise the class (a wrapped
    list of short items must not sink with its low stop-word density)."""
    own = _class_of(line, has_stoplist, line.length * scale, line.stop_density,
                    line.ends_sentence)
    if wrap is None or own == GOOD:
        return own
    grouped = _class_of(line, has_stoplist, wrap[0] * scale, wrap[1], True)
    return grouped if _RANK[grouped] > _RANK[own] else own


def _wraps_on(line: Line, after: Line) -> bool:
    """Whether ``after`` goes on with the sentence ``line`` leaves open: a paragraph that a
    ``<br>`` layout, a plain-text mail or a Markdown source broke into lines."""
    return (line.kind == after.kind == "para" and line.words >= WRAP_MIN_WORDS
            and not line.ends_sentence and after.text[:1].islower()
            and ":" not in after.text[:WRAP_LABEL_CHARS]  # "more: headline", "lib: fix"
            and line.chrome is None and line.mark is None and not line.copyright
            and not line.links and not after.links)


def _wrapped(lines: list[Line]) -> list[tuple[int, float] | None]:
    """For each line of a hard-wrapped paragraph: the paragraph's length and stop density."""
    out: list[tuple[int, float] | None] = [None] * len(lines)
    i, n = 0, len(lines)
    while i < n:
        j = i
        while j + 1 < n and _wraps_on(lines[j], lines[j + 1]):
            j += 1
        if j > i:
            part = lines[i:j + 1]
            words = sum(x.words for x in part)
            density = sum(x.stopwords for x in part) / words if words else 0.0
            length = sum(x.length for x in part) + j - i
            for k in range(i, j + 1):
                out[k] = (length, density)
        i = j + 1
    return out


def _neighbours(classes: list[str], step: int, kinds: tuple[str, ...]) -> list[str]:
    """For each line, the class of the nearest line in direction ``step`` whose class is in
    ``kinds`` (``bad`` past the page's edge). One pass: long texts stay linear."""
    out = [BAD] * len(classes)
    seen = BAD
    order = range(len(classes)) if step > 0 else range(len(classes) - 1, -1, -1)
    for i in order:
        out[i] = seen
        if classes[i] in kinds:
            seen = classes[i]
    return out


def _smooth(classes: list[str]) -> list[str]:
    out = list(classes)
    strict, loose = (GOOD, BAD), (GOOD, BAD, NEARGOOD)
    # Nearest good/bad (strict) or good/bad/near-good (loose) line before and after each line.
    prev_s, next_s = _neighbours(classes, 1, strict), _neighbours(classes, -1, strict)
    prev_l, next_l = _neighbours(classes, 1, loose), _neighbours(classes, -1, loose)
    for i, c in enumerate(classes):
        if c == SHORT:
            prev, nxt = prev_s[i], next_s[i]
            if prev == nxt:
                out[i] = prev
            elif (prev == BAD and prev_l[i] == NEARGOOD) or (nxt == BAD and next_l[i] == NEARGOOD):
                out[i] = GOOD
            else:
                out[i] = BAD
        elif c == NEARGOOD:
            # Unlike jusText, near-good lines back each other up: a run of them is a list or a
            # passage of shorter paragraphs, not chrome.
            out[i] = BAD if prev_l[i] == next_l[i] == BAD else GOOD
    return out


def _best_segment(scores: list[float]) -> tuple[int, int]:
    """The contiguous stretch with the largest sum (Kadane), as (start, end) inclusive."""
    best, best_span = float("-inf"), (0, -1)
    run, run_start = 0.0, 0
    for i, s in enumerate(scores):
        if run <= 0:
            run, run_start = s, i
        else:
            run += s
        if run > best:
            best, best_span = run, (run_start, i)
    return best_span


def _hard_bad(line: Line) -> bool:
    """Navigation or legal chrome whatever its neighbours: never body, costly in a region."""
    return (not line.text or line.copyright or line.link_density > _max_links(line)
            or (line.repeats >= HARD_REPEATS and line.length < LENGTH_HIGH)
            or (line.shape_repeats >= SHAPE_REPEATS and line.length < LENGTH_LOW)
            or line.chrome is not None or line.mark is not None)


def _barrier(line: Line) -> float:
    """Cost of a comments or related heading, of a share or follow prompt, or of a newsletter
    or subscription prompt seen once on the page: the article rarely goes on past one."""
    found = line.chrome if line.length < LENGTH_LOW else None
    if found is None and line.mark is not None:
        return BARRIER_COMMENTS if line.mark == "comments" else MARK_COSTS.get(line.mark, 0.0)
    if found is None:
        return 0.0
    if found[1] == "comments":
        return BARRIER_COMMENTS
    if found[0] == "cta" and found[1] in BARRIER_CTA_KINDS:
        return BARRIER_CTA
    if found[0] == "cta" and found[1] in BARRIER_ONCE_KINDS and line.repeats == 1:
        return BARRIER_CTA  # once on the page: the box under the article, not a site promotion
    return BARRIER_RELATED if found[0] == "related" else 0.0


def _discount_thread(scores: list[float]) -> None:
    """Text after a comments heading that follows the article is a thread: it counts
    THREAD_WEIGHT, so a long thread does not outweigh a short article."""
    text = 0.0
    for i, s in enumerate(scores):
        if s == -BARRIER_COMMENTS and text >= THREAD_AFTER:
            for j in range(i + 1, len(scores)):
                if scores[j] > 0:
                    scores[j] *= THREAD_WEIGHT
            return
        text += max(s, 0.0)


def _fragment(line: Line) -> bool:
    return not line.ends_sentence and line.length < LENGTH_HIGH and line.kind != "table"


def _long_fragment_runs(lines: list[Line], scores: list[float]) -> None:
    """A long run of lines that end no sentence (menus, archives, tag clouds, link lists)
    costs like navigation, good lines among it included."""
    i, n = 0, len(lines)
    while i < n:
        if not _fragment(lines[i]):
            i += 1
            continue
        j = i
        while j + 1 < n and _fragment(lines[j + 1]):
            j += 1
        if j - i + 1 >= FRAGMENT_RUN:
            for k in range(i, j + 1):
                scores[k] = min(scores[k], -(HARD_WEIGHT * lines[k].length + BAD_LINE_COST))
        i = j + 1


def _capital(word: str) -> bool:
    first = word.lstrip("\"'‘“«")[:1]
    return first.isupper() or first.isdigit()


def _teaser(line: Line) -> bool:
    """A headline in title case glued to a sentence-case excerpt ("Mayor Opens New Bridge
    The mayor opened..."): more than TEASER_CAPS words in capitals, nothing between them
    (a dash, a bracket or a colon makes it a named item or a score with its text), then a
    lower-case one."""
    words = line.text.split()
    caps = next((i for i, w in enumerate(words) if not _capital(w) or w.endswith(":")),
                len(words))
    return TEASER_CAPS < caps < len(words) and words[caps][:1].islower()


def _teaser_runs(lines: list[Line], scores: list[float]) -> None:
    """TEASER_RUN teasers with only short lines (section labels) between them are a list of
    other stories: they cost like navigation. Article paragraphs rarely open with a run of
    capitalised words, let alone one after another."""
    run: list[int] = []
    for i, line in enumerate([*lines, None]):
        if line is not None and _teaser(line):
            run.append(i)
            continue
        if line is not None and line.length < LENGTH_LOW:
            continue
        if len(run) >= TEASER_RUN:
            for k in run:
                scores[k] = min(scores[k], -(HARD_WEIGHT * lines[k].length + BAD_LINE_COST))
        run = []


def find_region(dump: Lines) -> Region:
    """The article region of ``dump`` and its body lines."""
    lines = dump.lines
    # A character of Chinese or Japanese carries about what a few Latin letters do.
    scale = NO_SPACE_SCALE if dump.no_space else 1.0
    wraps = _wrapped(lines)
    first = [_context_free(line, dump.has_stoplist, scale, wrap)
             for line, wrap in zip(lines, wraps, strict=True)]
    if GOOD not in first:
        if NEARGOOD not in first or len(lines) <= SMALL_TEXT_LINES:
            # No running text, or a few lines: a short text, not a page dump; nothing to cut.
            keep = [i for i, line in enumerate(lines) if line.text]
            return Region(0, len(lines) - 1, keep, found=False)
        # Only shorter paragraphs: the best of them anchor the region.
        first = [GOOD if c == NEARGOOD else c for c in first]
    classes = _smooth(first)
    hard = [_hard_bad(line) for line in lines]
    scores = []
    for line, c, h in zip(lines, classes, hard, strict=True):
        if barrier := _barrier(line):
            scores.append(-barrier)
        elif c == GOOD:
            scores.append(float(line.length))
        elif line.kind == "table" and not h:
            # A table row (tab-separated cells, Markdown pipes): data, not navigation.
            scores.append(-TABLE_ROW_COST)
        elif h:
            scores.append(-(HARD_WEIGHT * line.length + BAD_LINE_COST))
        else:
            # Text-like lines (stop words near the threshold) cost little: list items, notes.
            prose = min(1.0, line.stop_density / STOPWORDS_LOW) if dump.has_stoplist else 0.0
            # Menu entries are a word or two; list items and notes are longer.
            words = SHORT_WORDS_COST[min(line.words, len(SHORT_WORDS_COST) - 1)]
            scores.append(-(BAD_WEIGHT * line.length * (1.0 - PROSE_DISCOUNT * prose)
                            + BAD_LINE_COST * words))
    _long_fragment_runs(lines, scores)
    if not dump.no_space:
        _teaser_runs(lines, scores)
    # The end of a page is footer: disclaimers and legal text there are long and wordy.
    for i in range(int(len(scores) * (1 - FOOTER_SHARE)), len(scores)):
        if scores[i] > 0:
            scores[i] *= FOOTER_WEIGHT
    _discount_thread(scores)
    start, end = _best_segment(scores)
    start = _lead_start(lines, start, hard)
    end = _sentence_end(lines, start, end)
    end = _continuation_end(lines, end, hard)
    # Lines the HTML reader drops from any paragraph as text alone (captions and picture
    # credits, sources, datelines, bylines, promotions, "Related: ..."), not body here either.
    toc = _toc_headings(lines, start, end, classes)
    body = [i for i in range(start, end + 1)
            if (classes[i] == GOOD or not hard[i] or i in toc)
            and not (lines[i].length < CHROME_TEXT_CHARS and reads_as_chrome(lines[i].text))]
    return Region(start, end, body, found=True)


def _wordy(line: Line) -> bool:
    return line.words >= MIN_TITLE_WORDS and line.length < LENGTH_HIGH


def _lead_like(lines: list[Line], i: int, hard: list[bool]) -> bool:
    """A standfirst, a subtitle or an opening sentence: a sentence (a headline ends in no
    full stop), or a line with the stop words of running text under another wordy line (the
    headline above it; a headline alone under the menu stays the title)."""
    line = lines[i]
    if not _wordy(line):
        return False
    if line.end_mark in LEAD_ENDS:
        return True
    return line.stop_density >= STOPWORDS_LOW and any(
        _wordy(lines[j]) and not hard[j] and not lines[j].ends_sentence
        for j in range(max(0, i - HEADLINE_ABOVE), i))


def _lead_start(lines: list[Line], start: int, hard: list[bool]) -> int:
    """The region's first line, moved up over at most LEAD_LINES lead lines right above it.
    Smoothing sinks a short line between navigation and the first paragraph (jusText calls
    it bad when its neighbours disagree), but a standfirst or an opening sentence sits just
    there. Captions and credits between them are stepped over, not taken."""
    taken, i, new = 0, start - 1, start
    while i >= 0 and taken < LEAD_LINES and not hard[i]:
        if not reads_as_chrome(lines[i].text):
            if not _lead_like(lines, i, hard):
                break
            taken, new = taken + 1, i
        i -= 1
    return new


def _open_end(line: Line) -> bool:
    """A paragraph line that ends no sentence (a headline, a tag list, a credit, a template
    marker); a closing bracket counts as an end ("... (Reporter: Jane Doe)")."""
    return (line.kind == "para" and line.length < LENGTH_HIGH and not line.ends_sentence
            and line.text[-1:] not in CLOSING_BRACKETS)


def _sentence_end(lines: list[Line], start: int, end: int) -> int:
    """The region's last line, moved back over the lines after its last sentence when there
    are at most TAIL_FRAGMENTS of them: an article ends on a sentence, and the short lines
    that smoothing kept after it are the next teaser's headline, tags or a credit. A longer
    run is a list that closes the article, and stays."""
    last = end
    while last > start and _open_end(lines[last]):
        last -= 1
    return last if end - last <= TAIL_FRAGMENTS else end


def _continues(lines: list[Line], i: int, hard: list[bool]) -> bool:
    """Whether line ``i`` goes on with the article: a paragraph that ends a sentence, with
    stop words at CONTINUATION_STOPWORDS at least, no chrome."""
    line = lines[i]
    return (not hard[i] and line.length >= LENGTH_LOW and line.ends_sentence
            and line.stop_density >= CONTINUATION_STOPWORDS and not reads_as_chrome(line.text))


def _continuation_end(lines: list[Line], end: int, hard: list[bool]) -> int:
    """The region's last line, moved down over paragraphs that go on with the article, each
    after at most one short line that ends no sentence (a subheading, "Sources:"). The last
    section of an article (instructions, references, a closing remark) often has fewer
    stop words than its running text; smoothing sank it, the region stopped before it."""
    while True:
        i = end + 1
        if i < len(lines) and not hard[i] and lines[i].length < LENGTH_LOW \
                and lines[i].end_mark not in FULL_STOPS:
            i += 1
        if i >= len(lines) or not _continues(lines, i, hard):
            return end
        end = i


def _toc_headings(lines: list[Line], start: int, end: int, classes: list[str]) -> set[int]:
    """Headings of the region that a table of contents above it repeats: short lines seen
    twice on the page, once before the region, with running text right after them here
    (MIN_TOC_HEADINGS at least). The repetition made them navigation; they are the
    article's own headings."""
    above = {lines[j].text for j in range(start) if lines[j].repeats == 2}
    found = {i for i in range(start, end) if lines[i].repeats == 2 and lines[i].text in above
             and lines[i].length < LENGTH_LOW and classes[i + 1] == GOOD
             and lines[i].chrome is None and lines[i].mark is None and not lines[i].copyright
             and lines[i].link_density <= _max_links(lines[i])}
    # One alone is rather a promotion repeated from the top of the page.
    return found if len(found) >= MIN_TOC_HEADINGS else set()
