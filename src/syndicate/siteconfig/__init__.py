"""Site rules in the FiveFilters ``ftr-site-config`` format (one ``HOST.txt`` per site).

    from syndicate.siteconfig import load_site_rules
    rules = load_site_rules("ftr-site-config/")       # a folder, or one file
    doc = syndicate.parse(html, url=url, site_config=rules)

:mod:`.parser` reads the format; :mod:`syndicate.extract.siteconfig_apply` applies
a site's rules to a page; :func:`syndicate.feedconvert.convert_feed` also follows
``next_page_link`` and ``single_page_link``. No rules are bundled.
"""

from __future__ import annotations

from .parser import (
    KNOWN_DIRECTIVES,
    SiteConfig,
    SiteRules,
    load_site_rules,
    parse_site_config,
)

__all__ = ["KNOWN_DIRECTIVES", "SiteConfig", "SiteRules", "load_site_rules",
           "parse_site_config"]
