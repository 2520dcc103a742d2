from _dsl import *
FILE="wcxb/html/4439.html.gz"
# The AI Maker (Wyndo, Substack) paid post 'How I Built an AI Agent That Scours the Internet for News I Actually Care
# About': top bar (logo, title, search and 'Share Publication' icons, 'Subscribe' and 'Sign in' buttons); post header
# ('Maker Labs' section label, h1, subtitle, byline with date and 'Paid', like / comment / restack counts and Share); the
# free part of the text (images, lists, h2/h3 steps; links to the author's earlier posts inside sentences, Make.com
# referral links in the text, a '🚨 Before we move on' note pointing to two earlier posts, a Substack subscribe widget
# between two rules, 'Check this post to learn how to set it up.' pointer line); paywall box ('This post is for paid
# subscribers', Subscribe, 'Already a paid subscriber? Sign in'); empty post-end containers; footer (copyright, Privacy /
# Terms / Collection notice, 'Start your Substack', 'Get the app', slogan). No ads, no ad markup.
# Not labelled: search icon, section label, byline, story links inside ordinary sentences of the text (p[4], p[8], p[10],
# p[11]), Make.com referral links in the text (plain text links, no box or button), horizontal rules, empty post-end
# containers, footer legal links and slogan.
AR="/html/body/div/div[1]/div[2]/div/div[1]/div/div/article"
TX=AR+"/div[2]/div[1]/div"
BAR="/html/body/div/div[1]/div[1]/div/div[1]/div/div[3]/div/div"
FT="/html/body/div/div[1]/div[4]/div[2]/div/div[2]"
related=[
 R(TX+"/p[27]", None, 2, "inline", amb=True, note="'🚨 Before we move on' note: Make.com remark and 'check my previous posts—linked \"here\" and \"here\"' (two earlier setup posts) written into the sentence (10.10)"),
 R(TX+"/p[30]", None, 1, "inline", amb=True, note="'Check this post to learn how to set it up.' pointer alone in its paragraph, an ordinary sentence (11.4: amb)"),
]
ctas=[
 C("newsletter", "Subscribe Sign in", "outside", BAR, amb=True, note="top-bar buttons: search and 'Share Publication' icons, 'Subscribe' and 'Sign in' (Substack sign-up beside a log-in, 11.7; the V labellers' reading)"),
 C("share", "", "outside", BAR+"/div/button", amb=True, note="top-bar 'Share Publication' icon button (9.2: a button of the bar)"),
 C("share", "41 10 4 Share", "before", AR+"/div[1]/div[2]/div[2]", note="post UFI row under the byline: Like (41), comments (10), restack (4), Share"),
 C("newsletter", "Subscribe", "inline", TX+"/div[6]", note="Substack subscribe widget (e-mail field, Subscribe) between two rules before 'Scenario 1'"),
 C("subscribe", "This post is for paid subscribers Subscribe Already a paid subscriber? Sign in", "after", AR+"/div[2]/div[2]", note="paywall box cutting the text: 'This post is for paid subscribers', Subscribe button, sign-in line"),
 C("other", "Start your Substack", "outside", FT+"/a[1]", amb=True, note="footer platform promo link 'Start your Substack'"),
 C("app", "Get the app", "outside", FT+"/a[2]", note="footer 'Get the app' button (app-store redirect)"),
]
ads=[]
