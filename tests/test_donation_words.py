"""Donation targets named by words the quick gates must not lose (review of 2026-12-06):
a ko-fi banner (its host splits into "ko" and "fi") and the French and German names of a
support page (they hold no "su")."""

from lxml import html

from syndicate.extract.banner_links import _any_word
from syndicate.extract.cta_boxes import _support_target


def test_a_hyphenated_donation_host_names_a_kind():
    assert _any_word("https://ko-fi.com/someblog|button.png")
    assert not _any_word("https://example.org/koala-fish|photo.png")


def test_support_pages_in_other_languages_are_seen():
    for href in ("/soutenir/", "/de/unterstuetzung", "/support/"):
        box = html.fromstring(f'<div><p>Merci</p><a href="{href}">x</a></div>')
        assert _support_target(box), href
    assert not _support_target(html.fromstring('<div><a href="/soutane/">x</a></div>'))
