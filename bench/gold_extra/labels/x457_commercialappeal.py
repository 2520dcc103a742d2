from _dsl import *
FILE="wcxb/html/0120.html.gz"
# Commercial Appeal (Gannett, Memphis) opinion column 'How meditation rewires brains and improves physical health': skip
# link; sticky nav ribbon (logo, Home / Opinion / Submit a Letter / Columnists / Editorials / Contributors, empty search
# and hub mounts); header high-impact ad element; pre-content empty gnt_x sponsor-logo banner; article (topper with h1 and
# subhead, byline, lead video player 'How to start meditating for beginners', text with h2 sections, five partner-banner
# and three partner-inline ad elements and one empty inline CTA element between paragraphs, author bio lines, share bar);
# post-content (empty partner-recommendations, partner-flipp and partner-banner elements); right rail (partner-poster and
# partner-posterscroll); pre-footer leaderboard_btf element; footer (legal links, Facebook/Twitter/Instagram buttons,
# copyright); script-only tracking elements (comscore, nudge, omniture, pong, gci analytics); empty modal mount.
# Not labelled: skip link, nav ribbon (incl. 'Submit a Letter'), empty search/hub/alert mounts, hidden nav-global login
# element, lead video player (article media), author bio lines, footer legal links, analytics/tracking elements, the
# user-subscription manager (ad-free state, no widget).
AR="/html/body/section/div[1]/div/div[2]/div/article"
PC="/html/body/section/div[1]/div/div[3]"
related=[]
ctas=[
 C("other", "", "inline", AR+"/cta-atoms-container-inline", amb=True, note="empty cta-atoms-container-inline element between paragraphs 11 and 12 (script-filled newsletter/subscription prompt)"),
 C("share", "Facebook Twitter Email", "after", AR+"/div[4]", note="share bar under the text (Facebook, Twitter, Email)"),
 C("follow", "", "outside", "/html/body/footer/div[2]/div/div[1]", note="footer social buttons (Facebook, Twitter, Instagram)"),
 C("other", "", "outside", "/html/body/util-modal", amb=True, note="empty ga-modal-slot (script-filled modal, e.g. subscription or sign-in prompt)"),
]
ads=[
 A("/html/body/header/div/partner-high-impact", "before|outside", "header partner-high-impact element (728x90 / 970x250 sizes)"),
 A("/html/body/section/div[1]/div/div[1]/div", "before", amb=True, note="empty pre-content gnt_x__bl/gnt_x__mbl box (Gannett sponsor-logo banner, 'presented by' line with 300x50 logo)"),
 A(AR+"/partner-banner[1]", "inline", "partner-banner after paragraph 1 (outstream, min-height 600)"),
 A(AR+"/partner-banner[2]", "inline", "partner-banner after paragraph 5"),
 A(AR+"/partner-inline[1]", "inline", "partner-inline (native-article_link, 300x250) after paragraph 5"),
 A(AR+"/partner-inline[2]", "inline", "partner-inline (native-article_link, 300x250) after paragraph 8"),
 A(AR+"/partner-banner[3]", "inline", "partner-banner after paragraph 9"),
 A(AR+"/partner-banner[4]", "inline", "partner-banner after paragraph 13"),
 A(AR+"/partner-inline[3]", "inline", "partner-inline (native-article_link, 300x250) after paragraph 15"),
 A(AR+"/partner-banner[5]", "inline", "partner-banner after paragraph 17"),
 A(PC+"/partner-recommendations", "after", "empty partner-recommendations element under the article (third-party sponsored recommendations, no heading of its own); an attribute-less widget mount, nothing in the HTML says ad (convention 9.4)", amb=True),
 A(PC+"/partner-flipp", "after", amb=True, note="empty partner-flipp element (Flipp circular/weekly-ads widget)"),
 A(PC+"/partner-banner", "after", "partner-banner under the article"),
 A("/html/body/section/div[2]/div/div/partner-poster", "outside", "right-rail partner-poster (300x250/300x600)"),
 A("/html/body/section/div[2]/div/div/partner-posterscroll", "outside", "right-rail partner-posterscroll (300x600/300x1050)"),
 A("/html/body/footer/div[1]/partner-leaderboard", "after|outside", "pre-footer partner-leaderboard (leaderboard_btf)"),
]
