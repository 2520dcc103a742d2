from _dsl import *
FILE="trafilatura-eval/html/ext.theperspective.com.items.html.gz"
# The Perspective (ext. gallery site, WordPress) slideshow article 'Items We Never Knew We Wanted': header (logo, FORMATS
# drop-down menu with descriptions, top nav 'about' + Twitter/Facebook icons, category nav, mobile menu with social icons,
# categories and general menu); hidden GPT passback div; gallery article (empty section-header-ad slot above the h1, h1,
# 'Posted on … by', intro section and 30 numbered item sections shown one page at a time, each with image credit;
# previous/next post links; empty Outbrain GS_1 widget); gallery sidebar with an 'ADVERTISEMENT' 300x250 GPT slot;
# footer (category / formats / general menus, copyright); hidden sticky bar with the sticky728 GPT slot; empty aniview
# video-ad div; AddToAny floating share bar. GPT, Prebid, Amazon apstag and Outbrain scripts.
# Not labelled: menus (FORMATS drop-down, category nav, mobile menu lists, footer menus incl. 'Contact us'), image
# credits.
MS="/html/body/div[1]/div[1]/main/section"
AR=MS+"/article/div"
related=[
 R(AR+"/div[2]", None, 2, "after", note="previous / next post links ('Mildly Infuriating Things in Everyday Life', 'Expectations Vs Reality: Creative Cakes') under the gallery"),
]
ctas=[
 C("follow", "about", "outside", "/html/body/div[1]/header/div[2]/div[1]/ul", note="header top nav: 'about' link with Twitter and Facebook icons"),
 C("follow", "", "outside", "/html/body/div[1]/header/div[2]/div[3]/ul[1]", amb=True, note="Twitter / Facebook icons in the mobile menu"),
 C("share", "", "before|outside", "/html/body/div[2]", note="AddToAny floating share bar (Facebook, Twitter, Pinterest, WhatsApp, more)"),
]
ads=[
 A("/html/body/div[1]/div[1]/div", "outside", "hidden GPT passback div #gpt-passback (display:none)", amb=True),
 A(AR+"/div[1]/div[1]", "before", "empty #section-header-ad slot above the h1 inside the gallery"),
 A(AR+"/div[3]", "after", "empty Outbrain widget (data-widget-id GS_1) under the previous/next links, no heading"),
 A(MS+"/div/div", "outside", "gallery-sidebar 'ADVERTISEMENT' slot #section-sidebar-ad-0 with GPT div-gpt-ad-1 (300x250)"),
 A("/html/body/div[1]/div[2]", "outside", "hidden sticky bar #section-sidebar-sticky with GPT div-gpt-sticky (sticky728)"),
 A("/html/body/div[1]/div[3]", "outside", "empty #div-gpt-aniview (Aniview video-ad slot) after the footer"),
]
