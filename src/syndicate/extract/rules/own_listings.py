"""Numbers of ``extract/own_listings.py``: when a block of links to the site's own pages is
a menu of its listing, service or product pages (no stories). Structure only: no words.
"""

from __future__ import annotations

#: A listing menu links at least this many distinct pages.
MIN_LISTING_PAGES = 3
#: ...each named by a slug of at most this many words (a story's slug is a headline: five
#: words make a German one, "neuer-fahrplan-fuer-den-winter")...
MAX_LISTING_SLUG_WORDS = 4
#: ...and labelled in at most this many words (a longer link text reads as a headline).
MAX_LISTING_LABEL_WORDS = 6
