"""The label DSL of ../shared/corpus/gold/labels/_dsl.py: one call per labelled item."""


def R(xpath, heading, items, placement, sponsored=False, amb=False, note=""):  # noqa: N802
    return dict(xpath=xpath, heading=heading, items=items, placement=placement, sponsored=sponsored, ambiguous=amb, note=note)


def C(kind, text, placement, xpath, amb=False, note=""):  # noqa: N802
    return dict(kind=kind, text=text, placement=placement, xpath=xpath, ambiguous=amb, note=note)


def A(xpath, placement, note="", amb=False):  # noqa: N802
    return dict(xpath=xpath, placement=placement, note=note, ambiguous=amb)
