from _dsl import *
FILE="wcxb/html/0434.html.gz"
# Substack post (Marco Bambini, marcobambini.substack.com; canonical substack.com/home/post/p-182069742) 'The Edge-First
# Manifesto': navbar (hidden logo container, icon buttons Search and 'Share Publication', 'Subscribe' and 'Sign in'
# buttons); post header (h1, subtitle 'Cloud as a coordination layer. Edge as the execution environment.', avatar / author /
# date, UFI bar Like (1) / View comments (0) / restack (1) / Share); the text (intro, one image, ten h2 sections between
# rules, 'Our commitment'; a closing author note after a rule: 'I am the founder of SQLite AI, ...' with a link to
# sqlite.ai and 'We'll be sharing more technical details and announcements soon.'); post-footer UFI bar; no Previous / Next
# buttons; 'Discussion about this post' (Comments / Restacks tabs, empty comments section with a 'Write a comment...'
# form); empty 'Top / Latest / Discussions' archive ('No posts'); 'Ready for more?' Subscribe form; footer (© / Privacy /
# Terms / Collection notice, 'Start your Substack' / 'Get the app' bar, slogan); empty notifications region.
# No ad slot (no ad markup; the only sponsor-like line is the author's own company note).
# Not labelled: Search icon, author avatar / name links, header-anchor 'Link' buttons of the h2s, image restack / view
# buttons, the closing author note (p[43]: a disclosure of the author's company with a link inside a sentence, no ask),
# legal links, slogan, the empty notifications region.
A_="/html/body/div/div[1]/div[2]/div/div[1]/div/div/article"
BAR="/html/body/div/div[1]/div[1]/div/div[1]/div/div[2]/div/div"
DS="/html/body/div/div[1]/div[2]/div/div[2]"
FT="/html/body/div/div[1]/div[3]/div[2]/div/div[2]"
related=[
 R(DS+"/div[3]", None, 0, "after", amb=True, note="'Top / Latest / Discussions' post archive under the discussion, empty ('No posts'), filled by script (10.9)"),
]
ctas=[
 C("newsletter", "Subscribe Sign in", "outside", BAR, amb=True, note="navbar buttons Search, Share Publication, 'Subscribe' and 'Sign in' (11.7: a sign-up beside a log-in; kind from the Subscribe ask, as x620 / x638 / x641)"),
 C("share", "", "outside", BAR+"/div/button", amb=True, note="navbar 'Share Publication' icon button (9.2: a button of the bar, as x641)"),
 C("share", "1 1 Share", "before", A_+"/div[1]/div/div[2]", note="post-header UFI bar under the byline: Like (1), View comments (0), restack (1), Share"),
 C("share", "1 1 Share", "after", A_+"/div[3]/div[3]", note="post-footer UFI bar: Like (1), View comments (0), restack (1), Share"),
 C("comments", "Discussion about this post Comments Restacks", "after", DS+"/div[2]", note="'Discussion about this post': Comments / Restacks tabs and the comments section with its 'Write a comment...' form (no comments yet)"),
 C("newsletter", "Ready for more? Subscribe", "after", DS+"/div[5]", note="'Ready for more?' e-mail Subscribe form at the end of the post page"),
 C("other", "Start your Substack Get the app", "outside", FT, note="footer bar 'Start your Substack' (platform sign-up) and 'Get the app' (convention 4: asks differ, `other`; as x620)"),
 C("other", "Start your Substack", "outside", FT+"/a[1]", amb=True, note="'Start your Substack' button of the footer bar (9.2)"),
 C("app", "Get the app", "outside", FT+"/a[2]", amb=True, note="'Get the app' button of the footer bar (app-store redirect; 9.2)"),
]
ads=[]
