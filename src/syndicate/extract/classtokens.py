"""Class/id matching on tokens, not substrings.

A ``class`` attribute is a list of tokens; a token is made of words (``site-header``,
``site_header``, ``siteHeader`` are the words ``site`` and ``header``), and in BEM naming
(``block__element--modifier``) a modifier like ``--has-ads`` only says what the block
holds: ``section--has-ads`` is a section, not an ad (and Drupal's ``node--promoted`` is an
article node: ``promoted`` is no word ``promo``). Substring patterns get both wrong (``ad`` in ``shadow``,
``header`` in ``subheader``, ``promo`` in ``node--promoted``).

Each pattern of a :class:`ClassMatcher` says how it matches:

* ``token``: the whole token (``ad`` matches ``class="ad"`` but not ``ad-wrapper``);
* ``word``: one word, or a run of consecutive words written with ``-``, of the token's
  block/element part (in a token of five words or more, a slug or a setting such as
  ``kt-pane-header-alignment-left``, only a run at its start or end) (``read-more`` matches ``post-read-more`` and ``readMore``,
  ``header`` matches ``site-header`` but not ``subheader``);
* ``prefix``: a word of the block/element part starts with it (``advert`` matches
  ``advertisement`` and ``top-adverts``);
* ``substring``: anywhere in the lower-cased token, modifiers included (for the few
  vendor names that are glued into longer tokens, ``outbrain``, ``taboola``).

Patterns are data (``rules/`` tables); a matcher is built once and caches its answer per
attribute value, since pages repeat their class strings. ``match`` returns the pattern
that matched (for the extraction trace) or ``None``.

    >>> m = ClassMatcher(word=("header", "read-more"), token=("ad",), prefix=("advert",))
    >>> m.match("site-header"), m.match("subheader"), m.match("x--has-ads"), m.match("ad")
    ('header', None, None, 'ad')
    >>> m.match("c-readMore"), m.match("top-advertisement")
    ('read-more', 'advert')
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from ..memo import memo
from .rules.chrome_patterns import grouped_alternation, letter_tree

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_SPLIT = re.compile(r"[-_\s.:/]+")
#: The pieces ``_SPLIT`` cuts a value into once a "-" is put at each ``_CAMEL`` boundary,
#: found in one pass: runs of what ``_SPLIT`` does not take, a capital ending a run
#: where it follows a small letter or a digit.
_CAMEL_WORDS = re.compile(r"[^-_\s.:/](?:[^-_\s.:/A-Z]|(?<![a-z0-9])[A-Z])*")
_SIMPLE = re.compile(r"[a-z_-]+")
_LOWER_DIGITS = re.compile(r"[a-z0-9_-]+")
_NAME = re.compile(r"[\w-]+")
#: What comes before a word in a class/id value without capitals: a separator of
#: ``_SPLIT`` or "-"/"_" (``words``), or the space between tokens (a leading one added).
#: (Only ASCII values are searched with it, so ``\s`` is written out as the ASCII
#: characters ``str.split`` and ``\s`` take for white space: a set the regex engine tests
#: with one bitmap look-up per character, where ``\s`` is a category tested in a call.)
_WORD_START = r"[-_ \t\n\r\x0b\x0c\x1c-\x1f.:/]"
#: The hash CSS modules append to a class name ("Header_cta__bzGq2").
_CAPS = re.compile(r"[A-Z]{2}")
_MODULE_HASH = re.compile(r"(?:__|-)([A-Za-z0-9_]{5,8})$")
#: Tokens of this many words or more, written in lower case with dashes (slugs, settings;
#: not component names such as "BasePageSiteFooterRowGrid"), are matched on their first
#: and last words only.
LONG_TOKEN = 5
#: A trailing number or size is no word of its own: "ad300x250" -> "ad", "col-2" -> "col".
_NUMBERED = re.compile(r"^([a-z]+)\d[\dx]*$")


@memo(32768)
def tokens(value: str) -> tuple[str, ...]:
    """The lower-cased tokens of a class (or id) attribute value, in order."""
    return tuple(t.lower() for t in value.split())


#: A BEM modifier opening with one of these says what the block has or is in, not what it
#: is: ``section--has-ads``, ``header--with-menu``, ``card--no-image`` ("ads", "menu" and
#: "image" are not this element).
STATE_WORDS = frozenset({"has", "with", "without", "no", "is", "contains", "show", "hide", "not"})
#: A hex piece with a digit (``d89a7a04``, ``ad05`` of a UUID): no word when the token has two.
_HEXISH = re.compile(r"^[0-9a-f]*\d[0-9a-f]*$")


def base_part(token: str) -> str:
    """A BEM token without its state modifiers (``STATE_WORDS``): ``section--has-ads`` ->
    ``section``; other modifiers stay (``richtext--disclaimer`` is a disclaimer). ``--`` at
    the start (a CSS custom-property style name) is left alone."""
    cut = token.find("--", 1)
    if cut < 0:
        return token
    parts = token[cut + 2:].split("--")
    kept = [p for p in parts if _SPLIT.split(p.lower(), 1)[0] not in STATE_WORDS]
    return "--".join([token[:cut], *kept])


def _is_hash(piece: str, *, dashed: bool) -> bool:
    """A generated suffix ("__bzGq2", "-khNLEa"): lower case mixed with digits or capitals,
    not a capitalised word ("Banner"); after a single dash (where "-readMore" is a word)
    only with a digit or two capitals in a row."""
    if not any(c.islower() for c in piece) or (piece[0].isupper() and piece[1:].islower()):
        return False
    if dashed:
        return any(c.isdigit() for c in piece) or _CAPS.search(piece) is not None
    return any(c.isdigit() or c.isupper() for c in piece)


@memo(32768)
def words(token: str) -> tuple[str, ...]:
    """Lower-case words of one token's block/element part (BEM modifiers left out),
    split at ``-``, ``_`` and camelCase, a trailing number dropped."""
    if _SIMPLE.fullmatch(token):  # (most tokens: lower-case words and dashes, fast path)
        if "--" in token:
            token = base_part(token)
        return tuple(filter(None, token.replace("_", "-").split("-")))
    head, dash, number = token.rpartition("-")
    if dash and number.isdigit() and number.isascii() and _SIMPLE.fullmatch(head):
        # (a numbered token, "menu-item-139162", "wp-image-33937": the number is no word and
        # no hash, so the words are its head's, cached once for all its numbers)
        return words(head)
    out: list[str] = []
    m = _MODULE_HASH.search(token)
    module = False  # (a CSS module's ``Name_local__hash``: its local name is one chosen word)
    if m and _is_hash(m.group(1), dashed=token[m.start()] == "-"):
        token = token[:m.start()]  # CSS modules, styled components: Name_local__hash, Name-hash
        module = m.group(0).startswith("__")
    if _LOWER_DIGITS.fullmatch(token):  # (no camelCase, separators "-" and "_" only)
        pieces = [w for w in base_part(token).replace("_", "-").split("-") if w]
    else:
        pieces = [w.lower() for w in _CAMEL_WORDS.findall(base_part(token))]
    if all(map(str.isalpha, pieces)):  # (words of letters only: no hash, number or size)
        return tuple(pieces)
    # (both patterns need a digit: a word of letters, most of them, is tested without them)
    hexish = [not w.isalpha() and _HEXISH.match(w) is not None for w in pieces]
    hashy = sum(hexish) >= 2
    for w, hexed in zip(pieces, hexish, strict=True):
        if (hashy and hexed) or w.isdigit():
            continue  # a hash or UUID piece, a number
        # (in a CSS module's local name a number glued to a word names a variant, not an
        # instance: "styles_header2__5lsAa" is a second heading style, no page header)
        m = None if w.isalpha() or module else _NUMBERED.match(w)
        out.append(m.group(1) if m else w)
    return tuple(out)


class ClassMatcher:
    """Class/id patterns, each matched on tokens in its own way (see the module doc)."""

    def __init__(
        self,
        *,
        token: Iterable[str] = (),
        word: Iterable[str] = (),
        prefix: Iterable[str] = (),
        substring: Iterable[str] = (),
    ) -> None:
        self.token = frozenset(t.lower() for t in token)
        word = [w.lower() for w in word]
        prefix = [p.lower() for p in prefix]
        self.single = frozenset(w for w in word if "-" not in w)
        self.multi_set = frozenset(w for w in word if "-" in w)
        self.prefix_set = frozenset(p for p in prefix if "-" not in p)
        self.prefix_lengths = tuple(sorted({len(p) for p in self.prefix_set}))
        self.multi_prefix_set = frozenset(p for p in prefix if "-" in p)
        self.multi_prefix_lengths = tuple(sorted({len(p) for p in self.multi_prefix_set}))
        self.longest = max([w.count("-") + 1 for w in [*self.multi_set, *self.multi_prefix_set]] or [1])
        # (a run of words can only match when it starts with a pattern's first word: words
        # hold no "-", so a pattern's first piece is exactly the run's first word)
        self.multi_heads = frozenset(w.split("-", 1)[0] for w in [*self.multi_set, *self.multi_prefix_set])
        self.substring = tuple(s.lower() for s in substring)
        # (speed: a few ``in`` tests rule out the substrings; prefixes are looked up by a
        # word's first two letters, so most words cost one slice and one dict look-up)
        self._any_substring = _substring_search(self.substring) if self.substring else None
        # (``_match``'s own loop over them, when few: no call)
        self._few_substrings = self.substring if len(self.substring) <= _MAX_IN_TESTS else None
        self.short_prefixes = frozenset(p for p in self.prefix_set if len(p) < 2)
        heads: dict[str, set[int]] = {}
        for p in self.prefix_set:
            if len(p) >= 2:
                heads.setdefault(p[:2], set()).add(len(p))
        self.prefix_heads = {h: tuple(sorted(n)) for h, n in heads.items()}
        word_keys = [*self.token, *self.single, *self.prefix_set, *self.multi_heads]
        self._maybe = _vocabulary_search([*word_keys, *self.substring])
        # (a value without capitals has no camelCase, so its words start at a separator: the
        # word keys are looked for there only, a cheaper search that lets fewer values by)
        # (used only when ``_maybe`` is; no word keys: nothing to find)
        self._maybe_at_start: Callable[[str], object] = (
            _vocabulary_search(word_keys, before=_WORD_START) if word_keys else None) or _nothing
        self.match = memo(32768)(self._match)
        # (tokens repeat across class strings far more than whole strings do)
        self._token_hit = memo(65536)(self._token)
        # (and words across tokens: "post" of "post-123", "post-title", "hentry post")
        self._word_hit = memo(65536)(self._word)

    def search(self, value: str | None) -> bool:
        """True when any pattern matches a token of ``value`` (a class or id attribute)."""
        return bool(value) and self.match(value) is not None

    def _ruled_out(self, text: str) -> bool:
        """True when no pattern's word occurs in ``text`` (a value or one token): nothing can
        match, without splitting it into words. Lower-case ASCII cannot hold camelCase, so
        its words start only after a separator."""
        maybe = self._maybe
        if maybe is None:
            return False
        # (``low == text``: no capital, as ``islower`` says, at a few instructions a character
        # where ``islower`` asks the Unicode tables for each; a value without letters is
        # searched here too: it holds no word either way)
        low = text.lower()
        if low == text and text.isascii():
            return self._maybe_at_start(" " + text) is None and (
                self._any_substring is None or self._any_substring(text) is None)
        return maybe(low) is None

    def _match(self, value: str) -> str | None:
        # (``_ruled_out`` written out: most ids and classes are ruled out, and a call costs)
        maybe = self._maybe
        low = None
        if maybe is not None:
            low = value.lower()
            if low == value and value.isascii():
                if self._maybe_at_start(" " + value) is None:
                    few = self._few_substrings
                    if few is None:  # (many substrings: one search)
                        if self._any_substring(value) is None:  # type: ignore[misc]
                            return None
                    else:
                        for piece in few:
                            if piece in value:
                                break
                        else:
                            return None
            elif maybe(low) is None:
                return None
        raws = value.split()
        if len(raws) == 1:  # (an id, a lone class: its value was searched just now)
            raw = raws[0]
            # (``split`` gives a value without white space back as it is: lower-cased above)
            return self._token_words(raw, low if raw is value and low is not None else raw.lower())
        hit = self._token_hit
        for raw in raws:
            found = hit(raw)
            if found is not None:
                return found
        return None

    def _token(self, raw: str) -> str | None:
        # (``_ruled_out`` written out, its lower-cased token kept for ``_token_words``: a
        # token of a value that was not ruled out, most often because another one holds the
        # word)
        low = raw.lower()
        maybe = self._maybe
        if maybe is not None:
            if low == raw and raw.isascii():
                if self._maybe_at_start(" " + raw) is None and (
                        self._any_substring is None or self._any_substring(raw) is None):
                    return None
            elif maybe(low) is None:
                return None
        return self._token_words(raw, low)

    def _token_words(self, raw: str, tok: str) -> str | None:
        """The pattern one token (``tok`` is ``raw`` lower-cased) matches, or None."""
        if tok in self.token:
            return tok
        few = self._few_substrings
        if few is not None:  # (``_any_substring``'s loop, written out: no call)
            for sub in few:
                if sub in tok:
                    return sub
        elif self._any_substring is not None and self._any_substring(tok):
            for sub in self.substring:
                if sub in tok:
                    return sub
        ws = words(raw)
        n = len(ws)
        if not n:
            return None
        # In a long token (LONG_TOKEN words or more: a heading's slug used as id, a
        # page-builder setting) words in the middle do not name the element
        # ("kt-pane-header-alignment-left" is no header, "why-we-share-our-data" no share bar).
        ends = n >= LONG_TOKEN and _SIMPLE.fullmatch(raw) is not None
        word_hit = self._word_hit
        for w in (ws[0], ws[-1]) if ends else ws:
            found = word_hit(w)
            if found is not None:
                return found
        if self.longest > 1:
            multi_heads = self.multi_heads
            for i in range(n - 1):
                run = ws[i]
                if run not in multi_heads:
                    continue
                for j in range(i + 1, min(n, i + self.longest)):
                    run += "-" + ws[j]
                    if ends and i > 0 and j < n - 1:
                        continue
                    if run in self.multi_set:
                        return run
                    for length in self.multi_prefix_lengths:
                        if len(run) >= length and run[:length] in self.multi_prefix_set:
                            return run[:length]
        return None

    def _word(self, w: str) -> str | None:
        """The word or prefix pattern one word matches (set look-ups, not a scan of every
        pattern: prefixes are looked up by the word's first two letters)."""
        if w in self.single:
            return w
        if self.short_prefixes and w[:1] in self.short_prefixes:
            return w[:1]
        lengths = self.prefix_heads.get(w[:2])
        if lengths:
            for length in lengths:
                if len(w) >= length and w[:length] in self.prefix_set:
                    # (a number is left on a word only in a CSS module's local name, "header2"
                    # of "styles_header2__5lsAa": a variant of the style, not the prefix's word)
                    if w[length:].isdigit():
                        continue
                    return w[:length]
        return None


def _vocabulary_search(keys: list[str], before: str = "") -> Callable[[str], object] | None:
    """A search for any of ``keys`` in a lower-cased class/id value, or None when it cannot
    rule anything out. Every token, substring, word, prefix and first word of a run a
    pattern matches is a piece of the lower-cased value (words are pieces of their token),
    so a value holding no key matches no pattern. With ``before`` (``_WORD_START``), a key
    right after it: where a word starts in a value without capitals, given a leading space.
    That search runs on most class and id values a page holds once, so its keys are one tree
    of letters (``c(?:o(?:mment|okie)|ustomer)``): after each separator the engine tries one
    branch per next letter, not every key of the first letter."""
    if not keys or any(not k or not k.isascii() for k in keys):
        return None
    # (a key holding another one is found by that one: "adsense" by "ad"; fewer to try;
    # after ``before`` only a key starting with another one is)
    unique = set(keys)
    keys = sorted(k for k in unique
                  if not any(o != k and (k.startswith(o) if before else o in k) for o in unique))
    if before:
        return re.compile(before + letter_tree(keys)).search
    return grouped_alternation("|".join(k if _NAME.fullmatch(k) else re.escape(k) for k in keys), before).search


def _substring_search(substrings: tuple[str, ...]) -> Callable[[str], object]:
    """A search for any of ``substrings`` (True or None). For the few vendor names of the
    tables, ``in`` tests: each a C-level scan that skips ahead, where one pattern of them all
    tries a match at every character that starts one of them (most values, several times
    slower)."""
    if len(substrings) > _MAX_IN_TESTS:
        return re.compile("|".join(re.escape(x) for x in substrings)).search

    def search(value: str) -> bool | None:
        for piece in substrings:
            if piece in value:
                return True
        return None

    return search


#: More substrings than this are searched with one pattern.
_MAX_IN_TESTS = 8


def _nothing(value: str) -> None:
    """The search of an empty vocabulary: finds nothing."""
    return None


def matcher(table: dict[str, Iterable[str]]) -> ClassMatcher:
    """A :class:`ClassMatcher` from a rules table ``{"token": [...], "word": [...], ...}``."""
    return ClassMatcher(**{k: tuple(v) for k, v in table.items()})
