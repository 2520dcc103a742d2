from _dsl import *
FILE="wcxb/html/4560.html.gz"
# NPR Shots blog story 'Daily meditation may work as well as a popular drug to calm anxiety, study finds': skip links; two
# empty global header CTA mounts; NPR header (Newsletters, NPR Shop, station/donate/account mounts, main menu, music and
# about menus); Shots blog header (archive note, subtopics, Twitter link); slug, title, dates, byline; text with image,
# four 'Sponsor Message' slots and three inset story cards (Life Kit, Shots, Education); tags; share tools; empty
# newsletter/callout/Piano mounts and two empty 'recommended stories' asides; NPR footer; empty sticky-bar mounts; right
# rail with empty content-widget mount and a 'Sponsor Message' slot ('Become an NPR sponsor'); empty modal mounts.
# Not labelled: skip links, menus (incl. Newsletters / NPR Shop links and the empty station-donate and account mounts in
# the nav list), blog subtopics, byline, tags, footer menus (incl. Newsletters, Facebook, Instagram, Support Public Radio).
AR="/html/body/main/div[2]/section/article"
ST=AR+"/div[4]"
SE="/html/body/main/div[2]/section"
related=[
 R(ST+"/div[2]", "Life Kit", 1, "inline", note="inset card 'Stressed? Instead of distracting yourself, try paying closer attention'"),
 R(ST+"/div[3]", "Shots - Health News", 1, "inline", note="inset card 'From Gloom To Gratitude: 8 Skills To Cultivate Joy'"),
 R(ST+"/div[4]", "Education", 1, "inline", note="inset card 'Schools Are Embracing Mindfulness, But Practice Doesn't Always Make Perfect'"),
 R(AR+"/aside[1]", None, 0, "after", amb=True, note="empty aside.recommended-stories (Piano variant), filled by script"),
 R(AR+"/aside[2]", None, 0, "after", note="empty aside.recommended-stories (end-of-story recommendations), filled by script"),
 R("/html/body/main/div[2]/div/div", None, 0, "outside", amb=True, note="empty right-rail content-widgets mount"),
]
ctas=[
 C("donate", "", "outside", "/html/body/div[2]", amb=True, note="empty global header sticky CTA mount (NPR's donate/station prompt, script-filled)"),
 C("donate", "", "outside", "/html/body/div[3]", amb=True, note="empty global header CTA mount"),
 C("follow", "Twitter", "outside", "/html/body/main/div[2]/header/div[2]/div/div/ul", note="Shots blog header 'Twitter' follow link (ul.subscribe)"),
 C("share", "Facebook Flipboard Email", "after", AR+"/div[6]", note="share tools under the tags"),
 C("newsletter", "", "after", AR+"/div[7]", amb=True, note="empty #newsletter-acquisition-callout-data under the story"),
 C("other", "", "after", AR+"/div[8]", amb=True, note="empty end-of-story callout mount (script-filled donate/newsletter callout)"),
 C("other", "", "after", AR+"/div[9]", amb=True, note="empty end-of-story Piano callout mount"),
 C("other", "", "outside", SE+"/div[1]", amb=True, note="empty global sticky-bar mount"),
 C("other", "", "outside", SE+"/div[2]", amb=True, note="empty global sticky-bar Piano mount"),
 C("subscribe", "", "outside", "/html/body/main/section[2]", amb=True, note="empty NPR+ 'get access' modal mount"),
]
ads=[
 A(ST+"/aside[1]", "inline", "'Sponsor Message' backstage slot after the third paragraph"),
 A(ST+"/aside[2]", "inline", "'Sponsor Message' secondary slot"),
 A(ST+"/aside[3]", "inline", "'Sponsor Message' third slot"),
 A(ST+"/aside[4]", "inline", "'Sponsor Message' overflow-1 slot (four paragraphs before the end)"),
 A("/html/body/main/div[2]/div/aside", "outside", "right rail 'Sponsor Message' standard slot with 'Become an NPR sponsor' link"),
]
