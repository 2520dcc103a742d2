from _dsl import *
FILE="wcxb/html/4446.html.gz"
# Substack post (Karen Spinner, wonderingaboutai) 'I built a tool that creates a weekly newsletter digest': navbar (logo, empty title,
# buttons Search, Share Publication, Subscribe, Sign in); post header (h1, subtitle, author/date, UFI bar Like 121 /
# comments 78 / restacks 17 / Share); text (disclosure, update blockquote repeated near the end, h2 sections, lists,
# screenshots, closing 'let me know' paragraph with no control, thank-you list of mentions); post footer UFI bar;
# Previous / Next buttons; 'Discussion about this post' (Comments / Restacks tabs, comment list, '76 more comments...');
# empty 'Top / Latest / Discussions' archive ('No posts'); 'Ready for more?' Subscribe form; footer (legal, 'Start your
# Substack' / 'Get the app', slogan); empty notifications region.
# Not labelled: empty title container, in-text links to GitHub and other posts (body sentences), author mentions, the
# closing 'let me know' paragraph (an ask with no link or button), legal links, slogan, notifications region. No ad slot.
A_="/html/body/div/div[1]/div[2]/div/div[1]/div/div/article"
DS="/html/body/div/div[1]/div[2]/div/div[2]"
related=[
 R(A_+"/div[3]/div[4]", None, 2, "after", amb=True, note="'Previous' / 'Next' post buttons under the post (prev/next block; script buttons, no links in the HTML)"),
 R(DS+"/div[3]", None, 0, "after", amb=True, note="'Top / Latest / Discussions' post archive under the comments, empty ('No posts'), filled by script"),
]
ctas=[
 C("newsletter", "Subscribe Sign in", "outside", "/html/body/div/div[1]/div[1]/div/div[1]/div/div[3]/div", amb=True, note="navbar buttons Search, Share Publication, Subscribe, Sign in (11.7: sign-up beside log-in; kind from the Subscribe ask, as x107/x605 read it)"),
 C("share", "121 78 17 Share", "before", A_+"/div[1]/div/div[2]", note="post-header UFI bar: Like (121), comments (78), restacks (17), Share"),
 C("share", "121 78 17 Share", "after", A_+"/div[3]/div[3]", note="post-footer UFI bar: Like, comments, restacks, Share"),
 C("comments", "Discussion about this post Comments Restacks", "after", DS+"/div[2]", note="'Discussion about this post' section: Comments / Restacks tabs, comment list and '76 more comments...' link"),
 C("newsletter", "Ready for more? Subscribe", "after|outside", DS+"/div[5]", note="'Ready for more?' e-mail Subscribe form under the post"),
 C("other", "Start your Substack Get the app", "outside", "/html/body/div/div[1]/div[4]/div[2]/div/div[2]", note="footer bar 'Start your Substack' (platform sign-up) and 'Get the app' (convention 4: asks differ)"),
 C("other", "Start your Substack", "outside", "/html/body/div/div[1]/div[4]/div[2]/div/div[2]/a[1]", amb=True, note="'Start your Substack' button of the footer bar (9.2)"),
 C("app", "Get the app", "outside", "/html/body/div/div[1]/div[4]/div[2]/div/div[2]/a[2]", amb=True, note="'Get the app' button of the footer bar (9.2)"),
]
ads=[]
