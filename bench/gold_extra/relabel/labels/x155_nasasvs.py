from _dsl import *
FILE="wcxb/html/4027.html.gz"
# NASA Scientific Visualization Studio page 4974 (Bootstrap): header navbar, article = title section (prev/next nav,
# title, release/ID row with share toolbar, credits line), two media cards around a text section, keywords, credits,
# related papers, Related/Sources tiles, release date, ajax 'You may also like...', small footer. No ads, no ad config.
# Not labelled: header nav + search, keyword/category buttons (tag list), 'View full credits' anchor, the per-media
# 'Download' dropdowns (files of the item itself), 'Related papers' (two cards with the nature.com paper link: a
# citation, kept in the wcxb body), 'This page was originally published…' line, the hidden #alerts div.
A_="/html/body/main/div[2]/article"
related=[
 R(A_+"/section[1]/nav", None, 2, "before", note="previous/next page links above the title ('20345: TROPICS Mission Animations' / '14113: IMERG Catches Australian \"Rain Bomb\"'), plus an icon-only 'Newest page' link"),
 R(A_+"/section[5]/div/div[1]", "Related", 1, "after", note="'Related' tile gallery, 1 visualization tile"),
 R(A_+"/section[5]/div/div[2]", "Sources", 2, "after", amb=True, note="'Sources' tile gallery beside 'Related': 2 source visualization pages (wheat / maize yields) this page is made from; source-like rather than recommendations"),
 R(A_+"/section[7]", "You may also like...", 0, "after", amb=True, note="ajax card gallery #recommended_pages with loader, empty results div (filled by script)"),
]
ctas=[
 C("share", "ID: 4974", "before", A_+"/section[1]/div[2]/div/div/ul", note="toolbar under the release date: ID badge, API link, copy-link button, Twitter and Facebook share icons (mixed row, mostly share)"),
 C("share", "", "inline", A_+"/div/section[1]/div/div/div[2]/div/ul", amb=True, note="'Copy a link to this media item' icon button on the first media card"),
 C("share", "", "inline", A_+"/div/section[3]/div/div/div[2]/div/ul", amb=True, note="'Copy a link to this media item' icon button on the second media card"),
 C("contact", "NASA Official: Site Curator:", "outside", "/html/body/footer/nav/div/div/div[4]/div/div", amb=True, note="footer #site-contacts: 'NASA Official' / 'Site Curator' with empty email-link spans (filled by script)"),
]
ads=[]
