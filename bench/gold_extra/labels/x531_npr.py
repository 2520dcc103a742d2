from _dsl import *
FILE="wcxb/html/0161.html.gz"
# NPR All Things Considered transcript story 'Plumbers are training as substitute teachers so full time teachers can protest
# a bill' (Education): skip links; two empty global header CTA mounts; NPR header (top level with Newsletters / NPR Shop
# links and empty station, account and station-donate mounts; main menu; music and about menus); speakable summary;
# slug, title, dates, byline; audio module (Listen, Transcript, Download, Embed); one-paragraph summary followed by a
# 'Sponsor Message' backstage slot; transcript with disclaimers; share tools; empty newsletter-acquisition, end-of-story
# callout and Piano callout mounts; two empty 'recommended stories' asides; NPR footer (Read & Listen, Connect, About NPR,
# Get Involved columns; legal links); empty sticky-bar mounts; right rail with an empty content-widget mount and a
# 'Sponsor Message' slot ('Become an NPR sponsor'); empty modal mounts.
# Not labelled: skip links, menus (incl. the top-level Newsletters / NPR Shop links and the empty station/account mounts in
# the nav list), byline, audio module (media player and its tools), transcript disclaimers, footer 'Read & Listen' and
# 'About NPR' columns and legal links.
AR="/html/body/main/div[2]/section/article"
SE="/html/body/main/div[2]/section"
FT=SE+"/footer/div/div[1]"
related=[
 R(AR+"/aside[1]", None, 0, "after", amb=True, note="empty aside.recommended-stories (Piano variant), filled by script"),
 R(AR+"/aside[2]", None, 0, "after", note="empty aside.recommended-stories (end-of-story recommendations), filled by script"),
 R("/html/body/main/div[2]/div/div", None, 0, "outside", amb=True, note="empty right-rail content-widgets mount"),
]
ctas=[
 C("donate", "", "outside", "/html/body/div[2]", amb=True, note="empty global header sticky CTA mount (NPR's donate/station prompt, script-filled)"),
 C("donate", "", "outside", "/html/body/div[3]", amb=True, note="empty global header CTA mount"),
 C("share", "Facebook Flipboard Email", "after", AR+"/div[7]", note="share tools under the transcript"),
 C("newsletter", "", "after", AR+"/div[8]", amb=True, note="empty #newsletter-acquisition-callout-data (Education newsletter config) under the story"),
 C("other", "", "after", AR+"/div[9]", amb=True, note="empty end-of-story callout mount (script-filled donate/newsletter callout)"),
 C("other", "", "after", AR+"/div[10]", amb=True, note="empty end-of-story Piano callout mount"),
 C("other", "Connect Newsletters Facebook Instagram Press Public Editor Corrections Transcripts Contact & Help", "outside", FT+"/div[2]", amb=True, note="footer 'Connect' column: newsletters, social, corrections and contact links mixed with press/public editor/transcripts (convention 9.7: half-menu column)"),
 C("donate", "Get Involved Support Public Radio Sponsor NPR NPR Careers NPR Shop NPR Extra", "outside", FT+"/div[4]", amb=True, note="footer 'Get Involved' column: Support Public Radio, Sponsor NPR, Careers, Shop, NPR Extra (convention 9.7: mixed asks)"),
 C("other", "", "outside", SE+"/div[1]", amb=True, note="empty global sticky-bar mount"),
 C("other", "", "outside", SE+"/div[2]", amb=True, note="empty global sticky-bar Piano mount"),
 C("subscribe", "", "outside", "/html/body/main/section[2]", amb=True, note="empty NPR+ 'get access' modal mount"),
]
ads=[
 A(AR+"/div[5]/aside", "inline", "'Sponsor Message' backstage slot (data-ad-config, /6735/ News_National_Education) between the summary paragraph and the transcript"),
 A("/html/body/main/div[2]/div/aside", "outside", "right rail 'Sponsor Message' standard slot with 'Become an NPR sponsor' link"),
]
