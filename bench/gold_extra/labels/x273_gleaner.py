from _dsl import *
FILE="trafilatura-eval/html/jamaica.gleaner.com-victims.html.gz"
# Jamaica Gleaner (Drupal Omega, DFP via cxense, AdSense) news story 'Update | Deceased Clarendon crash victims identified':
# wallpaper left/right DFP slots, empty #piano-hero-promo, header (top menu Mobile Apps/eGleaner/Login/Subscribe Now,
# weather, date, search, left/right 'ear' DFP slots around the logo, main and secondary menus, feed/Facebook/Twitter block,
# leaderboard DFP slot); article (title, empty addthis toolbar, photo/video tabs, text with an in-text newsletter sign-up and
# a closing 'Follow The Gleaner…' line, empty bottom addthis toolbar, prev/next links, AdSense 336x280, 1WorldOnline poll
# widget, Disqus thread); narrow column ('More News' / Email this story / Print / E-mail the editor, 'More Stories' list of
# 10); right rail (DFP top-right, 'Videos' player, DFP mid, 'Just for you' piano-recommended, AdSense 300x600, 1World
# trivia widget); footer 'Table of Contents' link menu, copyright; COVID-19 virtual-assistant chat launcher buttons.
# Not labelled: menus (incl. top-menu 'Mobile Apps' / 'Subscribe Now' links and footer 'Newsletter' / 'Subscription' /
# 'Advertise with us' links), weather/date/search, photo/video tabs, empty page-top/bottom regions.
NODE="/html/body/div[7]/section/div/div/div/div/div[2]/div/div/div/div/div"
RAIL="/html/body/div[7]/section/div/div/aside[2]/div/div/div/div/div/div/div[1]/div/div/div"
S2="/html/body/div[7]/section/div/div/aside[1]/div"
related=[
 R(NODE+"/div[5]", None, 2, "after", note="prev/next story links under the text"),
 R(S2+"/section", "More Stories", 10, "outside", note="'More Stories' list of 10 in the narrow column beside the text"),
 R(RAIL+"/div[3]", "Videos", 0, "outside", amb=True, note="right-rail 'Videos' pane: empty latest-video player and 'For more videos click here.' link"),
 R(RAIL+"/div[7]", "Just for you", 0, "outside", amb=True, note="right-rail 'Just for you' with an empty #piano-recommended container (filled by script)"),
]
ctas=[
 C("subscribe", "", "before|outside", "/html/body/div[5]", amb=True, note="empty #piano-hero-promo container above the page (Piano offer, filled by script)"),
 C("follow", "Mobile version Subscribe to this feed Join us on Facebook Follow us on Twitter", "outside", "/html/body/div[7]/header/div[4]/div/div[1]", note="header block: mobile version, RSS feed, Facebook and Twitter links"),
 C("share", "", "before", NODE+"/div[1]", amb=True, note="empty addthis toolbar above the date line (filled by script)"),
 C("newsletter", "Headlines Delivered to Your Inbox Sign up for The Gleaner’s morning and evening newsletters.", "inline", NODE+"/div[3]/div/div/div/div", note="in-text newsletter sign-up box"),
 C("follow", "Follow The Gleaner on Twitter and Instagram @JamaicaGleaner and on Facebook @GleanerJamaica.", "after", NODE+"/div[3]/div/div/div/p[8]", note="closing line of the text: follow on Twitter/Instagram/Facebook, WhatsApp and e-mail contacts"),
 C("share", "", "after", NODE+"/div[4]", amb=True, note="empty bottom addthis toolbar under the text"),
 C("other", "", "after", NODE+"/div[7]", amb=True, note="empty 1WorldOnline poll widget (smart3) under the text"),
 C("comments", "View the discussion thread.", "after", NODE+"/div[8]", note="Disqus comments thread"),
 C("share", "More News Email this story Print this page E-mail the editor", "outside", S2+"/div", amb=True, note="narrow-column utility list: 'More News' link, addthis 'Email this story', 'Print this page', 'E-mail the editor'"),
 C("other", "", "outside", RAIL+"/div[11]", amb=True, note="empty 1WorldOnline trivia widget in the right rail"),
 C("other", "", "outside", "/html/body/button[2]", note="chat launcher button (#WACLauncher__Button, 'Open the chat window')"),
 C("other", "Have COVID-19 questions? Talk with our Virtual Assistant.", "outside", "/html/body/button[1]", amb=True, note="hidden teaser button of the same virtual-assistant chat"),
]
ads=[
 A("/html/body/div[2]", "outside", "#wallpaper_left DFP page-wrap slot"),
 A("/html/body/div[3]", "outside", "#wallpaper_right DFP page-wrap slot"),
 A("/html/body/div[7]/header/div[2]/div/div[1]", "outside", "DFP 185x90 left-ear slot beside the logo"),
 A("/html/body/div[7]/header/div[2]/div/div[3]/div/div[1]", "outside", "DFP 185x90 right-ear slot beside the logo"),
 A("/html/body/div[7]/header/div[4]/div/div[2]", "before|outside", "DFP 728x90 leaderboard slot in the header"),
 A(NODE+"/div[6]", "after", "AdSense 336x280 (gleaner-jump-btf) under the prev/next links"),
 A(RAIL+"/div[1]", "outside", "right-rail DFP 300x250 top-right slot"),
 A(RAIL+"/div[5]", "outside", "right-rail DFP 300x250 slot (mid-left panel, bottomright id)"),
 A(RAIL+"/div[9]", "outside", "right-rail AdSense 300x600"),
]
