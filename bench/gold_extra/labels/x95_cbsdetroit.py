from _dsl import *
FILE="scrapinghub/html/c467d507551a836efa9cfe843ba5d7bafe519750e04d0c9ff0decf44f013f829.html.gz"
NV="/html/body/div/header/div/nav/ul"
PC="/html/body/div/div[2]"
CC=PC+"/section[1]/section[2]"
SB=PC+"/section[1]/aside"
def mm(path, head, n):
    return R(NV+path, head, n, "outside", amb=True, note="hidden hover mega-menu panel with story teasers ("+head+")")
related=[
 mm("/li[1]/div[2]/div/section[3]", "Video", 1),
 mm("/li[2]/div/div/section", "Latest Headlines", 6),
 mm("/li[3]/div/div/section[2]", "Weather Videos", 2),
 mm("/li[3]/div/div/section[3]", "Weather Stories", 2),
 mm("/li[4]/div/div/section[2]", "Latest Sports", 4),
 mm("/li[5]/div/div/section", "Latest Headlines", 6),
 mm("/li[7]/div[2]/div/section[2]", "Travel", 2),
 mm("/li[7]/div[2]/div/section[3]", "Autos", 2),
 R(SB+"/div[4]", "Most Viewed", 9, "outside", note="sidebar top-posts list (includes this article)"),
]
ctas=[
 C("share", "", "after", CC+"/div[1]/div/div", note="addthis vertical share buttons after the AP copyright line"),
 C("comments", "Comments", "after", CC+"/a", note="'Comments' button that opens the comment area"),
 C("comments", "You must log in to post a comment.", "after", CC+"/div[2]", note="comments container"),
 C("follow", "Follow Us facebook_url twitter_url youtube_url linkedin_url", "outside", SB+"/div[2]", note="sidebar Follow Us widget"),
 C("newsletter", "Our | Newsletter", "outside", SB+"/div[3]", note="sidebar newsletter widget (iframe form)"),
 C("follow", "Follow Us Facebook Twitter YouTube LinkedIn", "outside", "/html/body/div/footer/section[1]/div/div", note="footer social follow icons"),
]
ads=[
 A("/html/body/div/div[1]", "outside", "reptile_skin_1 GPT skin"),
 A("/html/body/div/section", "before|outside", "top pencil ad container reptile_1 (970x250/728x90)"),
 A(CC+"/div[3]", "after", "sharethrough partner-injected native slot reptile_30 below the comments"),
 A(CC+"/div[4]", "after", "empty taboola-block-2 below the article"),
 A(SB+"/div[1]", "outside", "sidebar reptile_2 (300x250/600/1050)"),
 A(SB+"/div[5]", "outside", "sidebar adhesive reptile_31 300x250"),
 A(PC+"/section[2]", "after|outside", "bottom pencil ad container reptile_4 728x90"),
 A("/html/body/div/div[3]", "outside", "pixel ad reptile_32 after the footer"),
 A("/html/body/div/div[4]", "outside", "pixel ad reptile_33 after the footer"),
 A("/html/body/div/div[5]", "outside", "pixel ad reptile_34 after the footer"),
]
