"""Grid layout columns, as data for ``extract/placement.py`` and ``extract/widget_stack.py``:
how wide a column is from the class names grid frameworks write, which column is the page's
main one, and what makes a column a side column (named, or built as a stack of boxes).
"""

from __future__ import annotations

import re

#: Layout columns (``extract/placement.py``): a grid column's width in twelfths, from the
#: class names grid frameworks write ("col-md-4", "col-8", "span4", "aem-GridColumn--default--4";
#: "large-4 columns" and fractions below). Two sibling columns whose widths add up to
#: at most ``GRID_UNITS`` stand side by side: what the article's column does not hold is
#: beside it (``outside``), not below it.
GRID_WIDTH = re.compile(
    r"^(?:[a-z0-9]+(?:[-_]{1,2}))?(?:col|column|columns|cell|span|gridcolumn)"
    r"(?:[-_]{1,2}(xs|sm|md|lg|xl|xxl|default|phone|tablet|desktop|small|medium|large))?"
    r"[-_]{0,2}(\d{1,2})$", re.IGNORECASE)
#: A breakpoint and a width alone ("large-4"), read when a class of the same string says
#: column ("small-12 large-4 columns").
GRID_SIZE_WIDTH = re.compile(r"^(small|medium|large|xlarge|xxlarge)-(\d{1,2})$", re.IGNORECASE)
#: A column's width as a fraction of the row: "et_pb_column_1_4", "w-1/3", "lg:w-2/3",
#: "pure-u-1-4", "column-1-3" (breakpoint first, as utility classes write it).
GRID_FRACTION = re.compile(
    r"^(?:(xs|sm|md|lg|xl|xxl):)?(?:[a-z0-9]+[-_])*(?:col|column|w|u)[-_](\d)[-_/](\d{1,2})$",
    re.IGNORECASE)
#: Breakpoints from narrow to wide (a page's side-by-side layout is its widest one).
GRID_BREAKPOINTS: tuple[str, ...] = (
    "", "xs", "phone", "small", "sm", "tablet", "medium", "md", "default", "desktop", "large", "lg",
    "xl", "xxl")
GRID_UNITS = 12
#: Breakpoint names some frameworks spell out ("xlarge-3"), as ``GRID_BREAKPOINTS`` has them.
GRID_BREAKPOINT_ALIASES = {"xlarge": "xl", "xxlarge": "xxl"}
#: A column this wide (of ``GRID_UNITS``) is a page's main column, whatever its name says
#: ("RightRailContainer-columnOne col-md-8" is the wide column of a rail layout).
MAIN_COLUMN_UNITS = 7
#: Class words of a named side column ("col col-aside", "column-secondary", "grid-sidebar").
SIDE_COLUMN_WORDS = frozenset({"aside", "side", "secondary", "sidebar", "rail"})
#: Class words of one box of a side column's stack (``widget_stack``: "widget widget_text").
WIDGET_CLASS_WORDS = frozenset({"widget"})
COLUMN_WORDS = frozenset({"col", "column", "columns", "cell"})
#: Words of a row layout's class: its parts may stand side by side (an <aside> in it is no
#: box under the text).
ROW_WORDS = frozenset({"row", "flex", "grid", "columns", "cols", "wrapper"})
#: A class name with "main" names the page's main column (a side name above it names no side
#: column: "l-sidebar-fixed" > "l-col__main") unless it names a menu or a side too.
NOT_MAIN_WORDS = frozenset({
    "nav", "navigation", "menu", "navbar", "megamenu", "header", "footer", "sidebar", "side", "aside",
    "rail", "secondary", "top", "bar", "links", "list", "item", "items",
})
#: An unnamed side column (``extract/placement.py``): the last part of the article's row,
#: built like its column, holding at least this many boxes of at most this much text each
#: (most with links), at most 1/``SIDE_TEXT_SHARE`` of the column's text, and no paragraph
#: longer than ``MAX_SIDE_PARAGRAPH`` (running text).
MIN_SIDE_BOXES = 3
MAX_SIDE_BOX_TEXT = 1000
SIDE_TEXT_SHARE = 2
MAX_SIDE_PARAGRAPH = 300
