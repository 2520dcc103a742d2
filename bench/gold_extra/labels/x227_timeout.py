from _dsl import *
FILE="wcxb/html/0030.html.gz"
# Time Out New York list article 'The best certificate programs and certifications in NYC' (affiliate listings).
# Body-level skin and out-of-page slots; header newsletter overlay and two newsletter pop-ups; head ad container;
# header (city, Explore Cities / Time Out Markets, 'Subscribe' newsletter button, nav, city selector, hidden nav
# overlay with social links). Article: hero (title, dek, date, share menu, byline), body1 slot, intro with a
# 'Recommended:' line of three links and an affiliate disclosure, a hidden lander newsletter form, ten zones of
# listing tiles (42 with an affiliate 'Book now' button) with 17 list slots between tiles, two closing text tiles,
# an inline newsletter block, empty 'Recommended' recirculation list. Sidebar: two sticky containers (side + promo
# slots each) around an empty 'Popular on Time Out' list. Below: empty 'Latest news' list; a video/ad section
# (JW player placement 'Discover Time Out original video', native, replace and body2 slots); a second native slot and
# a newsletter template; footer with a closable sticky foot slot, footer newsletter, social icons, link columns.
# Not labelled: header menus, city selector, affiliate disclosure line, tag-less tiles' own links (body), the JW
# player placement, footer link columns ('Contact us', 'Get Listed', 'Advertising' …), 'Back to Top', and the
# data-component loader divs (taboola-script, gtm, adwords, pushly, jwplayer, inline-placement ad-outstream,
# detect-ad-block, ipsos-iris), which hold no visible container.
S="/html/body/div[8]/main/div[1]/section[1]"
SB="/html/body/div[8]/main/div[1]/aside/div"
V="/html/body/div[8]/main/div[2]/section"
# (zone, tile, div index of the tile's ctaButtons) for every 'Book now' affiliate button
BOOK=[(4,1,3),(4,2,3),(4,3,3),(4,4,3),(4,5,3),(4,6,3),(4,7,3),
      (5,1,4),(5,2,4),(5,3,3),(5,4,4),(5,5,4),(5,6,4),
      (6,1,4),(6,2,4),(6,3,4),(6,4,4),(6,5,4),(6,6,3),
      (7,1,4),(7,2,4),(7,3,4),
      (8,1,4),(8,2,3),(8,4,4),(8,5,3),
      (9,1,4),(9,2,3),(9,3,4),
      (10,3,3),
      (11,1,4),(11,2,4),(11,3,3),
      (12,1,4),(12,2,4),(12,3,3),(12,4,4),(12,5,4),
      (13,1,4),(13,2,4),(13,3,4),(13,4,4)]
# list ad slots between tiles: (zone, index of div.adsInline or None when the zone has only one)
LIST=[(4,1),(4,2),(4,3),(5,1),(5,2),(6,1),(6,2),(7,None),(8,1),(8,2),(9,None),(10,None),(11,None),(12,1),(12,2),(13,1),(13,2)]
related=[
 R(S+"/div[1]/div[3]/p[2]", "Recommended:", 3, "inline", note="intro line 'Recommended: Best graphic design classes… / Best coding bootcamps… / Best digital marketing classes…' (three links)"),
 R(S+"/div[16]", "Recommended", 0, "after", amb=True, note="empty 'Recommended' recirculation list at the article end (filled by script from a template)"),
 R(SB+"/div[2]", "Popular on Time Out", 0, "outside", amb=True, note="empty 'Popular on Time Out' sidebar recirculation list (template only)"),
 R("/html/body/div[8]/main/div[1]/section[2]", "Latest news", 0, "after|outside", amb=True, note="empty 'Latest news' recirculation band with 'More news' button (template only)"),
]
ctas=[
 C("newsletter", "Subscribe", "outside", "/html/body/header/div[1]/div/div/section/div/div/div[2]/div", note="header 'Subscribe' newsletter button"),
 C("follow", "instagram tiktok facebook twitter youtube", "outside", "/html/body/header/div[4]/div/div[3]", amb=True, note="social links in the hidden navigation overlay"),
 C("newsletter", "No thanks Subscribe Awesome, you're subscribed! The best of New York straight to your inbox", "outside", "/html/body/div[4]", amb=True, note="header newsletter overlay (hidden until opened)"),
 C("newsletter", "The best of New York for free. Sign up for our email to enjoy New York without spending a thing", "outside", "/html/body/div[5]", amb=True, note="newsletter pop-up (hidden)"),
 C("newsletter", "Love the mag? Our newsletter hand-delivers the best bits to your inbox. Sign up to unlock our digital", "outside", "/html/body/div[6]", amb=True, note="newsletter gate pop-up (hidden)"),
 C("share", "Share Copy Link Facebook Twitter Pinterest Email WhatsApp", "before", S+"/div[1]/div[1]/div/div[2]", note="share menu in the hero under the date"),
 C("newsletter", "Been there, done that? Think again, my friend. Sign up to our newsletter to enjoy New York without spending a thing", "before", S+"/div[2]", amb=True, note="lander newsletter form after the intro, hidden (class _hidden)"),
 *[C("other", "Book now", "inline", S+"/div[%d]/div/article[%d]/div/div[%d]" % z, amb=True, note="affiliate 'Book now' button of listing %d.%d" % (z[0], z[1])) for z in BOOK],
 C("newsletter", "Been there, done that? Think again, my friend. Sign up to our newsletter to enjoy New York without spending a thing", "after", S+"/div[15]", note="inline newsletter block after the last tile (two responsive variants of the form)"),
 C("newsletter", "Enter email address By entering your email address you agree to our Terms of Use", "outside", "/html/body/div[8]/div/div[2]", amb=True, note="native newsletter form in a <template> (inert until used)"),
 C("newsletter", "Get us in your inbox Email address", "outside", "/html/body/div[9]/div[3]/div/div[1]/div[1]", note="footer newsletter form"),
 C("follow", "instagram tiktok facebook twitter youtube", "outside", "/html/body/div[9]/div[3]/div/div[1]/div[2]", note="footer social icons"),
]
ads=[
 A("/html/body/div[2]", "outside", "GPT skin slot /5185/skin/feature"),
 A("/html/body/div[3]", "outside", "out-of-page slot /5185/oop/feature"),
 A("/html/body/div[7]", "before|outside", "head slot /5185/head/feature above the header"),
 A(S+"/div[1]/div[2]", "before", "'Advertising' body1 slot between the hero and the intro"),
 *[A(S+"/div[%d]/div/div%s" % (z, "" if k is None else "[%d]" % k), "inline", "'Advertising' /5185/list/feature slot between listing tiles (zone div[%d])" % z) for z, k in LIST],
 A(SB+"/div[1]/div[1]", "outside", "sidebar sticky side1 slot"),
 A(SB+"/div[1]/div[2]", "outside", "sidebar sticky promo1 slot"),
 A(SB+"/div[3]/div[1]", "outside", "sidebar sticky side2 slot"),
 A(SB+"/div[3]/div[2]", "outside", "sidebar sticky promo2 slot"),
 A(V+"/div[2]", "after", "native slot /5185/native/feature in the section below the article"),
 A(V+"/div[3]", "after", "replace slot /5185/replace/feature below the article"),
 A(V+"/div[4]", "after", "'Advertising' body2 slot below the article"),
 A("/html/body/div[8]/div/div[1]", "after|outside", "second native slot /5185/native/feature (sponsored) after main"),
 A("/html/body/div[9]/div[2]", "outside", "closable sticky footer slot /5185/foot/feature"),
]
