from _dsl import *
FILE="wcxb/html/0413.html.gz"
# Creative Boom 'The best new typefaces for December 2025': header toolbar (Subscribe link, search, menu button),
# sticky nav with the same toolbar, full-screen overlay menu (Topics/Sections/Extras/Info/Social, desktop and
# mobile copies), hero, body (intro + 7 typefaces), Share row, right rail (Editor's Picks, Trending, Podcasts),
# mobile-only Editor's Picks copy, Further Reading (desktop and mobile copies), newsletter band, footer.
# No ad slots (only a hidden 1x1 tracking iframe created by script).
# Not labelled: nav and overlay menu link lists (except their Social columns), search, hero image, footer Info and
# Legal columns (incl. 'Contact', 'Advertise'), 'About us' text.
RR="/html/body/div[2]/div/div[4]/div/div/div[2]/div"
OV="/html/body/div[1]/div/div/div/div[2]"
related=[
 R(RR+"/div[1]", "Editor's Picks", 5, "outside", note="right-rail editor's picks"),
 R(RR+"/div[2]", "Trending", 6, "outside", note="right-rail trending stories"),
 R(RR+"/div[3]", "Podcasts", 4, "outside", note="right-rail podcast episodes"),
 R("/html/body/div[2]/div/div[5]", "Editor's Picks", 5, "after", note="mobile-only (lg:hidden) copy of Editor's Picks under the article"),
 R("/html/body/div[2]/div/div[6]", "Further Reading", 8, "after|outside", note="Further Reading band (desktop copy)"),
 R("/html/body/div[2]/div/div[7]", "Further Reading", 8, "after|outside", note="Further Reading band (mobile copy)"),
]
ctas=[
 C("newsletter", "Subscribe", "outside", "/html/body/header/div/div/div[2]", amb=True, note="header toolbar: Subscribe link + search and menu buttons"),
 C("newsletter", "Subscribe", "outside", "/html/body/nav/div/div/div[2]", amb=True, note="sticky nav toolbar copy (Subscribe link, search, menu), hidden until scrolling"),
 C("follow", "Social Instagram TikTok YouTube X (formerly Twitter) LinkedIn Threads Pinterest", "outside", OV+"/div[1]/div[5]", amb=True, note="Social column of the overlay menu (desktop)"),
 C("follow", "Instagram TikTok YouTube X (formerly Twitter) LinkedIn Threads Pinterest", "outside", OV+"/div[2]/div[10]", amb=True, note="Social links of the overlay menu (mobile copy; heading is the sibling div[9])"),
 C("share", "Share", "after", "/html/body/div[2]/div/div[4]/div/div/div[1]/div[2]", note="share row under the body (X, Pinterest, ...)"),
 C("newsletter", "Get the best of Creative Boom delivered to your inbox weekly", "after|outside", "/html/body/div[3]", note="newsletter band above the footer"),
 C("follow", "Social Instagram TikTok YouTube X (formerly Twitter) LinkedIn Threads Pinterest", "outside", "/html/body/footer/div/div[1]/div[2]/div/div[3]", note="footer Social column"),
]
ads=[]
