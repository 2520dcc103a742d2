from _dsl import *
FILE="trafilatura-eval/html/deleuze.enacademic.com.micropolitics.html.gz"
# enacademic.com 'The Deleuze dictionary' entry 'micropolitics' (by Kenneth Surin): top ad box (Ezoic placeholder and a
# 970x90 GPT banner); header (logo, language menu, 'Remember this site' link, search form with language selects, search
# tabs); empty #ad_top2; breadcrumb; icon-only share list (ul.smm); entry (h1, translation link, author line, four text
# blocks with an in-article AdSense slot in the first, 'Connectives' cross-reference list of 8 entries, source line); empty
# #socialBar_h; previous/next entry links; AdMediator slot; 'Look at other dictionaries:' list of 10 entries (with a second
# AdMediator slot over its heading); #ad_bottom 580x400 GPT banner; footer copyright; text-selection context menu ('Mark and
# share', search, translate); 'Share the article and excerpts' pop-up; right column #ad_right (Ezoic placeholder, 300x600
# GPT banner, sticky AdMediator slot); empty trailing #ad_top; cookie banner.
# Not labelled: language menu, search form and tabs, breadcrumb, translation link, source line, footer copyright, empty
# #context-suggestions, cookie banner.
PG="/html/body/div[1]"
AR=PG+"/div[4]/div[2]/div"
DD=AR+"/dl/div/dd"
related=[
 R(DD+"/div[7]", "Connectives", 8, "after", amb=True, note="'Connectives' heading line closing the entry; its 8 cross-reference links (affect, becoming, ... socius) are the following sibling divs div[8]-div[15] (no common container). Part of the printed dictionary entry, so a reader could call it body"),
 R(AR+"/ul", None, 2, "after", note="previous/next entry links (Merleau-Ponty, Maurice / minoritarian)"),
 R(AR+"/div[3]", "Look at other dictionaries:", 10, "after", note="'Look at other dictionaries:' list of 10 entries from other dictionaries and Wikipedia with excerpts (an AdMediator slot sits over the heading, labelled as an ad)"),
]
ctas=[
 C("other", "Remember this site", "outside", PG+"/div[2]/ul[1]/li[2]", amb=True, note="header 'Remember this site' add-to-favorites link among the language and search-type items"),
 C("share", "", "before", PG+"/div[4]/div[2]/ul", note="icon-only share list over the entry (VK, OK, Facebook, Twitter, Google+, Mail.ru, LiveJournal, LinkedIn)"),
 C("share", "", "after", AR+"/div[1]", amb=True, note="empty #socialBar_h under the entry (social bar filled by script)"),
 C("share", "Mark and share Search through all dictionaries Translate… Search Internet", "outside", PG+"/div[7]", amb=True, note="hidden text-selection context menu: 'Mark and share' plus search/translate actions (mixed utility menu)"),
 C("share", "Share the article and excerpts", "outside", PG+"/div[8]", amb=True, note="hidden 'Share the article and excerpts' pop-up: share icons and direct link"),
]
ads=[
 A(PG+"/div[1]/div/div[1]", "before|outside", "empty #ezoic-pub-ad-placeholder-103 in the top ad box (Ezoic auto AdSense)"),
 A(PG+"/div[1]/div/div[2]", "before|outside", "top banner: GPT 970x90/728x90 div-gpt-ad-1511427744934-5 with its defineSlot script"),
 A(PG+"/div[3]", "before|outside", "empty #ad_top2 between header and content"),
 A(DD+"/div[3]/ins", "inline", "in-article AdSense ins.adsbygoogle (fluid, data-ad-slot) inside the first text block"),
 A(AR+"/div[2]", "after", "empty AdMediator slot #admediator-60548-417214 after the previous/next links"),
 A(AR+"/div[3]/div/div", "after", "second empty AdMediator slot (same id) over the 'Look at other dictionaries:' heading"),
 A(PG+"/div[5]", "after", "#ad_bottom: GPT 580x400 banner div-gpt-ad-1511427744934-4 under the content"),
 A(PG+"/div[9]/div[1]", "outside", "right column: empty #ezoic-pub-ad-placeholder-101 (Ezoic sidebar)"),
 A(PG+"/div[9]/div[2]", "outside", "right column: GPT 300x600 banner div-gpt-ad-1511427744934-2"),
 A(PG+"/div[9]/div[3]", "outside", "right column: sticky block with AdMediator slot #admediator-60548-427382"),
 A(PG+"/div[10]", "outside", amb=True, note="empty second div#ad_top at the end of the page (nothing in it)"),
]
