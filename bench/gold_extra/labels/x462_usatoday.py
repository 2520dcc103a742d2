from _dsl import *
FILE="wcxb/html/0106.html.gz"
# USA TODAY (Gannett) entertainment list 'From 'One Battle After Another' to 'Knives Out,' 10 movies to stream now': skip
# link; sticky nav ribbon (logo, 15 section links, empty search/hub mounts) with empty promo-up-next element; empty header
# slot; pre-content empty gnt_x sponsor-logo banner; article (topper with h1 and subhead, byline, lead video player, story
# highlights, five partner-banner ad elements, 'Watch Party newsletter … Sign up now' line, ten movie entries each with h2,
# image, review paragraph and 'Where to watch:' line, an empty inline CTA element, an empty media-gallery-promo element,
# share bar with SMS/Facebook/Twitter/Email); post-content (empty partner-recommendations, partner-banner, 'Share your
# feedback' survey link); right rail (partner-poster, 'Share your feedback' link, partner-posterscroll); pre-footer
# leaderboard_btf element; footer (legal links, six social buttons, copyright); script-only tracking elements; empty modal mount.
# Not labelled: skip link, nav ribbon, empty search/hub/alert mounts, hidden nav-global, lead video player and story
# highlights (article), 'Where to watch:' lines (the list's own information, plain text links), footer legal links,
# analytics/tracking elements, user-subscription manager, page-reload element.
AR="/html/body/section/div[1]/div/div[2]/div/article"
PC="/html/body/section/div[1]/div/div[3]"
AX="/html/body/section/div[2]/div/div"
related=[
 R("/html/body/util-sticky-module/promo-up-next", None, 0, "outside", amb=True, note="empty promo-up-next element in the sticky nav (script-filled 'up next' story promo)"),
 R(AR+"/media-gallery-promo", None, 0, "inline", amb=True, note="empty media-gallery-promo element (asset 84438497007) between the 'Roofman' and 'Spinal Tap II' entries: script-filled photo-gallery promo"),
]
ctas=[
 C("newsletter", "Love movies? Live for TV? USA TODAY's Watch Party newsletter has all the best recommendations", "before|inline", AR+"/p[1]", note="italic 'Watch Party newsletter … Sign up now' line above the first paragraph (exclude-from-newsgate)"),
 C("other", "", "inline", AR+"/cta-atoms-container-inline", amb=True, note="empty cta-atoms-container-inline element in the 'Him' entry (script-filled newsletter/subscription prompt)"),
 C("share", "SMS Facebook Twitter Email", "after", AR+"/div[4]", note="share bar under the list (SMS, Facebook, Twitter, Email)"),
 C("other", "Share your feedback to help improve our site!", "after", PC+"/cta-generic-text", note="'Share your feedback' survey link under the article (survey_click_footer)"),
 C("other", "Share your feedback to help improve our site!", "outside", AX+"/cta-generic-text", note="right-rail 'Share your feedback' survey link (survey_click_story)"),
 C("follow", "", "outside", "/html/body/footer/div[2]/div/div[1]", note="footer social buttons (Facebook, Twitter, Snapchat, Instagram, LinkedIn, Pinterest)"),
 C("other", "", "outside", "/html/body/util-modal", amb=True, note="empty ga-modal-slot (script-filled modal, e.g. subscription or feedback prompt)"),
]
ads=[
 A("/html/body/section/div[1]/div/div[1]/div", "before", amb=True, note="empty pre-content gnt_x__bl/gnt_x__mbl box (Gannett sponsor-logo banner, 'presented by' line with 300x50 logo)"),
 A(AR+"/partner-banner[1]", "before|inline", "partner-banner after the story highlights, before the newsletter line"),
 A(AR+"/partner-banner[2]", "inline", "partner-banner after the newsletter line (outstream, min-height 600)"),
 A(AR+"/partner-banner[3]", "inline", "partner-banner in the 'F1: The Movie' entry"),
 A(AR+"/partner-banner[4]", "inline", "partner-banner in the 'One Battle After Another' entry"),
 A(AR+"/partner-banner[5]", "inline", "partner-banner in the 'Taylor Swift | The Eras Tour' entry"),
 A(PC+"/partner-recommendations", "after", "empty partner-recommendations element under the article (third-party sponsored recommendations, no heading of its own); an attribute-less widget mount, nothing in the HTML says ad (convention 9.4)", amb=True),
 A(PC+"/partner-banner", "after", "partner-banner under the article"),
 A(AX+"/partner-poster", "outside", "right-rail partner-poster (300x250/300x600)"),
 A(AX+"/partner-posterscroll", "outside", "right-rail partner-posterscroll (300x600/300x1050)"),
 A("/html/body/footer/div[1]/partner-leaderboard", "after|outside", "pre-footer partner-leaderboard (leaderboard_btf)"),
]
