from _dsl import *
FILE="wcxb/html/0318.html.gz"
# Dictionary.com entry 'restaurant': GTM noscript; header (4-link site menu, logo, search form with a 'Popular Searches'
# drop-down of 7 word chips, Thesaurus.com link); empty top leader ad slot; primary column (entry-group jump menu and
# 'Synonyms' link, American entry with an AnyClip video-player slot after it, British entry followed by two empty ad
# slots, Etymology, 'Compare meaning' with one 'bistro vs. restaurant' link, Example Sentences with source links, 'Related
# Words' chips, copyright lines); secondary column (empty side ad slot, Carambola unit script); footer ('Word of the Day'
# card with 'Get the Word of the Day' button, logo, link row, social + app-store icons, IXL brand logos, copyright and
# OneTrust opt-out button); empty adhesion ad slot; Quantcast pixel.
# Not labelled: site menu, search form, jump menu, Synonyms/Thesaurus links, example source links, copyright lines, footer
# link row (incl. 'Contact us'), IXL brand logo grid (sister sites), OneTrust button, GTM/Quantcast pixels.
PR="/html/body/div[2]/main/div[2]/div[1]"
related=[
 R("/html/body/div[1]/header/search/form/div/div[2]", "Popular Searches", 7, "outside", amb=True, note="search drop-down 'Popular Searches' with 7 word chips (other entries; a search aid as much as a trending list)"),
 R(PR+"/section[4]", "Compare meaning", 1, "inline", amb=True, note="'Compare meaning' section with one link 'bistro vs. restaurant' (a separate comparison article; part of the entry in the wcxb ground truth)"),
 R(PR+"/section[6]", "Related Words", 8, "after", amb=True, note="'Related Words' chips linking 8 other entries (tag-like word list; kept in the wcxb ground truth)"),
]
ctas=[
 C("newsletter", "Word of the Day tergiversate [tur-ji-ver-seyt] Get the Word of the Day", "outside", "/html/body/div[3]/footer/section", note="footer 'Word of the Day' card with today's word and a 'Get the Word of the Day' button opening the sign-up modal"),
 C("follow", "", "outside", "/html/body/div[3]/footer/div[1]/div[2]/div[2]", note="footer social icons (Facebook, Instagram, X, LinkedIn, YouTube) plus App Store / Google Play app links in the same row"),
]
ads=[
 A("/html/body/div[2]/main/div[1]/div", "before", "empty #dcoContentLeader1-container top leader slot above the entry"),
 A(PR+"/section[1]/div/div[2]/div[2]", "inline", "AnyClip video-player widget box (box-additional-anyclip, script only) after the first entry", amb=True),
 A(PR+"/section[2]/div/div[2]/div[2]", "inline", "empty #dcoContent1-container slot after the British entry"),
 A(PR+"/section[2]/div/div[2]/div[3]", "inline", "empty #dcoContentLeader2-container leader slot after the British entry"),
 A("/html/body/div[2]/main/div[2]/div[2]/div[1]", "outside", "empty #dcoSide1-container side-column slot"),
 A("/html/body/div[2]/main/div[2]/div[2]/div[2]", "outside", "box-additional-carambola: script that inserts a Carambola unit in the side column (desktop only)"),
 A("/html/body/div[4]", "outside", "empty #dcoAdhesion1-container sticky adhesion slot"),
]
