from _dsl import *
FILE="wcxb/html/0413.html.gz"
# Creative Boom resources article 'The best new typefaces for December 2025' (Tailwind site). Second reading.
# Body: the prose column (8 of 12 cols); sidebar with Editor's Picks / Trending / Podcasts beside it;
# below: mobile Editor's Picks carousel, Further Reading carousel (desktop and mobile copies),
# newsletter band, footer. No ads and no ad configuration found. Not labelled: header logo/menu
# buttons, topic nav, overlay menu link lists (Topics/Sections/Extras/Info), search, breadcrumb
# category links, footer Info/Legal lists (incl. 'Advertise', 'Get Featured').
C4="/html/body/div[2]/div/div[4]/div/div"
SB=C4+"/div[2]/div"
OV="/html/body/div[1]/div/div/div/div[2]"
related=[
 R(SB+"/div[1]", "Editor's Picks", 5, "outside", note="sidebar (desktop only)"),
 R(SB+"/div[2]", "Trending", 6, "outside", note="sidebar (desktop only)"),
 R(SB+"/div[3]", "Podcasts", 4, "outside", note="sidebar podcast episode list (desktop only)"),
 R("/html/body/div[2]/div/div[5]", "Editor's Picks", 5, "after|outside", note="mobile/tablet copy of Editor's Picks as a carousel under the article (lg:hidden)"),
 R("/html/body/div[2]/div/div[6]", "Further Reading", 8, "after|outside", note="Further Reading carousel band under the article (desktop copy, hidden lg:block)"),
 R("/html/body/div[2]/div/div[7]", "Further Reading", 8, "after|outside", note="mobile copy of the Further Reading carousel (block lg:hidden)"),
]
ctas=[
 C("newsletter", "Subscribe", "outside", "/html/body/header/div/div/div[2]/a", note="header Subscribe button linking to /newsletter/"),
 C("newsletter", "Subscribe", "outside", "/html/body/nav/div/div/div[2]/a", amb=True, note="copy of the Subscribe button in the sticky topic nav (invisible until scrolled)"),
 C("follow", "Social Instagram TikTok YouTube X (formerly Twitter) LinkedIn Threads Pinterest", "outside", OV+"/div[1]/div[5]", amb=True, note="hidden overlay menu: Social column (desktop layout)"),
 C("follow", "Instagram TikTok YouTube X (formerly Twitter) LinkedIn Threads Pinterest", "outside", OV+"/div[2]/div[10]", amb=True, note="hidden overlay menu: Social list (mobile layout; its heading is the sibling div[9])"),
 C("share", "Share", "after", C4+"/div[1]/div[2]", note="Share heading + X/Pinterest/Facebook icon buttons under the text"),
 C("newsletter", "Get the best of Creative Boom delivered to your inbox weekly Email address", "after|outside", "/html/body/div[3]", note="newsletter band with e-mail form between the Further Reading band and the footer"),
 C("follow", "Social Instagram TikTok YouTube X (formerly Twitter) LinkedIn Threads Pinterest", "outside", "/html/body/footer/div/div[1]/div[2]/div/div[3]", note="footer 'Social' column of profile links"),
]
ads=[]
