from _dsl import *
FILE="wcxb/html/1837.html.gz"
# SFist (sfist.com, Ghost / Casper theme) 'Best of SFist' page '21+ Best Movers / Moving Companies in San Francisco (2024)':
# GPT out-of-page slot div#sfist_vslider (/21697107047/sfist_vslider, 1x1) at the top of the site wrapper; header (logo,
# menu News / Politics / Business & Tech / Sports / Food & Drink / Arts & Entertainment / Contact; right part: burger
# toggle, social links Facebook / Twitter / Feedly RSS, 'Subscribe' button to #subscribe; collapsible subnav copy of the
# menu); article: hero figure with h1; post content ('Updated: 10/31/2024', intro paragraph with 'JUMP TO THE LIST' and
# 'Why is this list free to read?' anchors; 21 listing cards (featured-1..4, an hr, card-1..18), each a logo, business
# name, '#N of 21 ...' line, star rating, a 'Website' (utm-tagged link to the mover) / 'Call' (tel:) button pair and a
# description; 'WHY THIS SPONSORED LIST IS FREE TO READ' disclosure (companies pay listing fees, 'read more here' link to
# the classified-listings page); breadcrumb line 'SFist / Best of San Francisco / Best Movers in San Francisco');
# footer (copyright line with SFist Jobs / Best of San Francisco / Privacy Policy links; footer nav 'Latest Posts /
# Facebook / Twitter'); hidden subscribe overlay div#subscribe (shown on :target; 'Subscribe to SFist ...' e-mail form);
# empty div#sfist_adhesion at the end of the body. A Mediavine wrapper script is in the head, but the page carries
# data-blocklist-all="1" (Mediavine told to place no ads) and no Mediavine slot; the BuySellAds script is commented out.
# Not labelled: menus and the subnav copy, burger toggle, the in-page anchors, the listing cards themselves (the page's
# content: a sponsored directory list, but it is the list the page is about), the disclosure paragraph and its 'read
# more here' link (an explanation in an ordinary sentence), the breadcrumb line, the footer copyright links, the
# empty mediavine-settings div (a settings flag, no slot).
PC="/html/body/div[1]/main/div/article/section/div"
HR="/html/body/div[1]/header/div/nav/div[2]"
related=[]
ctas=[
 C("follow", "", "outside", HR+"/div[2]", note="header social links (Facebook, Twitter, Feedly RSS subscription) beside the Subscribe button"),
 C("newsletter", "Subscribe", "outside", HR+"/a", note="header 'Subscribe' button (opens the #subscribe e-mail overlay)"),
 C("other", "Website Call", "inline", PC+"/div[3]/div[1]/div/div[3]", amb=True, note="'Website' (utm-tagged link to the mover) / 'Call' (tel:) button pair of the first listing card (California Movers); the same pair repeats on all 21 cards of the directory list: convention 1's one `amb` `other` CTA for the listing, placed on the first card's buttons as there is no list container (as x633); asks differ (visit / call), so `other`"),
 C("follow", "Latest Posts Facebook Twitter", "outside", "/html/body/div[1]/footer/div/nav", amb=True, note="footer nav 'Latest Posts / Facebook / Twitter': two of its three links are profiles (9.7 would make it plain), but it is the theme's footer menu (a reader could leave it out)"),
 C("newsletter", "Subscribe to SFist - San Francisco News, Restaurants, Events, & Sports Stay up to date!", "outside", "/html/body/div[2]", amb=True, note="subscribe overlay div#subscribe ('Stay up to date! Get all the latest & greatest posts delivered straight to your inbox', e-mail field, 'Subscribe'), hidden until the header button targets it (9.5; its own item beside the button, as x703)"),
]
ads=[
 A("/html/body/div[1]/div", "outside", note="GPT slot div#sfist_vslider (/21697107047/sfist_vslider, 1x1 out-of-page video slider) with its googletag.display script, first child of the site wrapper above the header"),
 A("/html/body/div[3]", "outside", amb=True, note="empty div#sfist_adhesion at the end of the body: named for an adhesion ad and on the slot id scheme of the GPT slot sfist_vslider, but no defineSlot for it on the page (10.3)"),
]
