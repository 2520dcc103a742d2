"""Reading a page pauses Python's cycle collector and always restores it."""

from __future__ import annotations

import gc

import pytest

import syndicate
from syndicate import InputError
from syndicate.readers.html import gc_paused

PAGE = "<html><body><article><p>" + "A sentence of the article, long enough to count. " * 8 + "</p></article></body></html>"


def test_collector_off_while_reading_and_on_after() -> None:
    seen: list[bool] = []
    assert gc.isenabled()
    syndicate.parse(PAGE, trace=lambda skips: seen.append(gc.isenabled()))
    assert seen == [False]
    assert gc.isenabled()


def test_collector_back_on_after_a_refused_page() -> None:
    with pytest.raises(InputError):
        syndicate.parse(b"   ")
    assert gc.isenabled()


def test_a_caller_that_turned_it_off_keeps_it_off() -> None:
    gc.disable()
    try:
        syndicate.parse(PAGE)
        assert not gc.isenabled()
        with gc_paused():
            with gc_paused():
                assert not gc.isenabled()
            assert not gc.isenabled()
    finally:
        gc.enable()
    with gc_paused():
        with gc_paused():
            pass
        assert not gc.isenabled()  # (only the outer pause turns it back on)
    assert gc.isenabled()
