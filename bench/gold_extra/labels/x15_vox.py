from _dsl import *
FILE="scrapinghub/html/16c30add7e96315e9cc957d85aa876ccb6b70055f0ddab51547a586117cc1f56.html.gz"
ART="/html/body/div[2]/main/article"
MC=ART+"/div[2]/div[1]"
SB=ART+"/div[2]/div[2]"
related=[
 R(MC+"/section", "Next Up In Science & Health", 6, "after", note="c-nextclick related list right under the body"),
 R(SB+"/div[1]", "Most Read", 5, "outside", note="sidebar trending rock-list beside the body"),
 R(ART+"/div[5]/div[1]", "The Latest", 6, "after|outside", note="compact river of latest stories below the article"),
]
ctas=[
 C("follow", "Follow Vox on Twitter Follow Vox on Facebook Follow Vox on Youtube", "outside", "/html/body/div[2]/div[1]/div[1]/header/div/ul", note="header social icons ('Follow Vox online:' sr-only label)"),
 C("other", "", "outside", "/html/body/div[2]/div[1]/div[2]", amb=True, note="empty c-ad-whitelist container: adblocker whitelist prompt (script-filled)"),
 C("share", "Share this story Share this on Facebook Share this on Twitter Share All sharing options", "before", ART+"/div[1]/div[2]", note="share buttons under the byline, with popover (Reddit, Pocket, Flipboard, Email)"),
 C("newsletter", "Sign up for the newsletter Future Perfect", "outside", SB+"/div[2]", note="sidebar newsletter sign-up form"),
 C("comments", "", "outside", ART+"/div[5]/div[2]", amb=True, note="empty #comments-sidebar column beside 'The Latest' (script-filled, may just be a sidebar)"),
 C("share", "Share this story Twitter Facebook", "outside", "/html/body/div[2]/div[2]/div", note="sticky tab-bar share buttons"),
]
ads=[
 A(MC+"/div[3]", "after", "empty connatix-container (video ad player) after the body", amb=True),
 A(ART+"/div[3]", "after", "empty outbrain-container under the article"),
 A(ART+"/div[4]", "after", "second empty outbrain-container"),
 A("/html/body/div[2]/div[2]/span", "outside", "empty c-tab-bar__sponsorship span in the sticky tab bar", amb=True),
]
