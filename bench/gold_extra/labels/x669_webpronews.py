from _dsl import *
FILE="wcxb/html/0387.html.gz"
# WebProNews (iEntry WordPress theme) AIDeveloper article 'AI Coding Agents Tested: GPT-5 Excels in Minesweeper Challenge':
# header-top row (logo; nui.media 'ResponsiveAd' leaderboard, adspot 605888; hamburger and 'Advertise with Us' button);
# navbar with category mega-menus and Firehose link; hidden overlay menu (category list, Home / Contact / Privacy /
# Advertise / Newsletter Signup links, social icons, 'Request Media Kit' button); title box (category, h1, excerpt);
# sticky title bar with progress; byline column; article text (h1 and p's with in-text source links) with a mid-article
# nui.media ad ('mid-art-ad') after the first section heading; empty ul after the text; right column (nui.media ad,
# 'Subscribe for Updates' bar, AIDeveloper newsletter form); 'Notice an error? Request Correction' box with a collapsed
# correction form; 'Get the WebProNews newsletter' band; 'Advertise with Us' media-kit popup; chat bubble icon; footer
# (About Us with Contact Us link and social icons, 'Reach our audience' column, 'Publication Categories', 'Advertise With
# Us' box with Get Started); hidden media-kit div with an unrendered [forminator_form] shortcode.
# No related block on the page. Not labelled: navbar and overlay category menus (incl. the overlay Newsletter Signup /
# Contact Us / Advertise With Us menu entries), sticky title bar, byline, in-text source links, empty ul after the
# text, footer 'Publication Categories' list and bottom legal links (Privacy Policy | Legal | Contact Us), OneSignal
# push SDK script in the head (no box).
AR="/html/body/div[6]/div[2]"
FT="/html/body/div[10]/div[1]/div"
related=[]
ctas=[
 C("other", "Advertise with Us", "outside", "/html/body/div[1]/div/div/div[3]", amb=True, note="header 'Advertise with Us' button (beside the hamburger icon): an advertiser sales ask, not addressed to readers"),
 C("follow", "", "outside", "/html/body/div[3]/div[2]/div/div[1]/div[2]", amb=True, note="social icons (Facebook, Twitter, LinkedIn, RSS) in the hidden overlay menu"),
 C("other", "Request Media Kit", "outside", "/html/body/div[3]/div[2]/div/div[2]", amb=True, note="'Request Media Kit' button in the hidden overlay menu (advertiser ask)"),
 C("newsletter", "AIDeveloper Newsletter The AIDeveloper Email Newsletter is your essential resource for the latest in AI development.", "outside", AR+"/div[3]/div[3]", note="right-column AIDeveloper newsletter box with e-mail form (Mailchimp mc_embed_shell); its 'Subscribe for Updates' heading bar is the sibling div[2]"),
 C("contact", "Notice an error? Help us improve our content by reporting any issues you find. Request Correction", "after", "/html/body/div[7]", note="'Notice an error? Request Correction' box under the article with a collapsed correction form (corrections: contact)"),
 C("newsletter", "Get the WebProNews newsletter delivered to your inbox Get the free daily newsletter read by decision makers Subscribe", "after|outside", "/html/body/section", note="full-width 'Get the WebProNews newsletter' band with Subscribe button between the correction box and the footer"),
 C("other", "Advertise with Us Ready to get started? Get our media kit Advertise with Us", "outside", "/html/body/div[8]", amb=True, note="'Advertise with Us' media-kit popup (pop-media-kit with close icon; shown by script)"),
 C("other", "", "outside", "/html/body/div[9]", amb=True, note="icon-only chat bubble (fa-comment), presumably opening the media-kit popup; purpose guessed"),
 C("contact", "Contact Us", "outside", FT+"/div[1]/div[3]", note="footer 'Contact Us' link set apart in its own box (envelope icon) in the About Us column"),
 C("follow", "", "outside", FT+"/div[1]/div[4]", note="footer social icons: Facebook, Twitter, LinkedIn, RSS"),
 C("other", "Reach our audience Advertising Client Library Newsletter Signup", "outside", FT+"/div[2]", amb=True, note="footer 'Reach our audience' column: Advertising, Client Library, Newsletter Signup (half-menu column, 9.7)"),
 C("other", "Advertise With Us Deliver your marketing message directly to decision makers. Get Started", "outside", FT+"/div[4]", note="footer 'Advertise With Us' box with Get Started button (advertiser lead funnel)"),
 C("other", "[forminator_form id=\"2543\"]", "outside", "/html/body/div[11]", amb=True, note="hidden (display:none) media-kit box holding an unrendered Forminator form shortcode"),
]
ads=[
 A("/html/body/div[1]/div/div/div[2]", "before|outside", "header-top leaderboard column: nui.media aj_* config (adspot 605888) and ResponsiveAd div with ajtg.js"),
 A(AR+"/div[2]/div/div/div", "inline", "'mid-art-ad' box with nui.media ad config (adspot 605888) and ResponsiveAd after the first section heading 'The Agents’ Battle with Bombs and Bugs'"),
 A(AR+"/div[3]/div[1]", "outside", "right-column ResponsiveAd div with ajtg.js (adspot 582689; its aj_* config script is the sibling just before it in the column)"),
]
