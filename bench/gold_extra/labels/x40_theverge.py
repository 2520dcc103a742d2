from _dsl import *
FILE="trafilatura-eval/html/theverge.com.ios13.html.gz"
ART="/html/body/div[2]/main/article"
MC=ART+"/div[2]/div[1]"
SB=ART+"/div[2]/div[2]"
related=[
 R(MC+"/section", "Next Up In Tech", 0, "after", note="c-nextclick related list: empty ul filled by script from data-cdata (6 links) plus a video slot"),
 R(SB+"/div[1]/aside", "Good Deals", 5, "outside", note="sidebar rock list with 'More in Good Deals'"),
]
ctas=[
 C("follow", "Follow The Verge on Facebook Follow The Verge on Twitter RSS", "outside", "/html/body/div[2]/div[1]/div[1]/header/div/ul", note="header social icons (label is the sr-only h2 beside them)"),
 C("other", "", "outside", "/html/body/div[2]/div[1]/div[2]", amb=True, note="empty ad-blocker whitelist prompt container"),
 C("comments", "New, 74 comments", "before", ART+"/div[1]/div[1]/div[2]/div", amb=True, note="comment count link under the headline"),
 C("share", "Share this story Share this on Facebook Share this on Twitter Share All sharing options", "before", ART+"/div[1]/div[2]", note="share buttons with popover under the hero"),
 C("newsletter", "Sign up for the newsletter Command Line Command Line delivers daily updates from the near-future.", "outside", SB+"/div[2]", note="sidebar newsletter form"),
 C("comments", "Loading comments...", "after", ART+"/div[4]/div[1]/section", note="comments section (script-filled)"),
 C("share", "Share this story Twitter Facebook", "outside", "/html/body/div[2]/div[2]/div", note="sticky tab bar share buttons"),
]
ads=[
 A(ART+"/div[3]", "after", "empty outbrain-container between article and comments"),
 A("/html/body/div[2]/div[2]/span", "outside", "empty c-tab-bar__sponsorship slot in the sticky tab bar", amb=True),
]
