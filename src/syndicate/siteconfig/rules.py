"""The directives of the ftr-site-config format, as data.

``APPLIED`` are used by syndicate; ``UNDERSTOOD`` are valid directives of the format
that syndicate reads and does not act on (log-ins, tidy, parser choice...), so they
raise no warning; anything else is unknown and warned about once.
"""

from __future__ import annotations

#: Directives that take one XPath (or value) per line and may repeat.
LIST_DIRECTIVES = frozenset({
    "title", "body", "author", "date", "strip", "strip_id_or_class", "strip_image_src",
    "next_page_link", "single_page_link", "find_string", "replace_string", "test_url",
    "test_contains", "strip_attr", "native_ad_clue", "if_page_contains",
    # syndicate's own extensions (documented in the README): chrome the site marks up.
    "ad", "related", "cta",
})
#: yes/no switches.
FLAG_DIRECTIVES = frozenset({
    "prune", "tidy", "autodetect_on_failure", "insert_detected_image", "skip_json_ld",
    "convert_double_br_tags", "autodetect_next_page", "requires_login", "strip_comments",
    "footnotes",
})
#: Valid in the format, not acted on by syndicate.
UNDERSTOOD = frozenset({
    "login_uri", "login_username_field", "login_password_field", "login_extra_fields",
    "not_logged_in_xpath", "parser", "wrap_in", "dissolve", "move_into", "http_header",
    "src_lazy_load_attr", "single_page_link_in_feed", "post_strip_attr",
    "skip_id_or_class", "replace_string_pair",
})
APPLIED = LIST_DIRECTIVES | FLAG_DIRECTIVES
KNOWN_DIRECTIVES = APPLIED | UNDERSTOOD

YES = frozenset({"yes", "true", "1", "on"})
NO = frozenset({"no", "false", "0", "off"})
