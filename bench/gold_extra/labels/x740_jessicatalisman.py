from _dsl import *
FILE="wcxb/html/0460.html.gz"
# Substack post (Jessica Talisman's publication 'Intentional Arrangement', jessicatalisman.substack.com) 'Process Knowledge
# Management, Part IV': navbar (logo, title, icon buttons Search and 'Share Publication', 'Subscribe' and 'Sign in'
# buttons); post header (h1, subtitle 'From Theory to Practice, The Procedural Knowledge Ontology', avatar / author / date,
# UFI bar Like (9) / View comments (7) / restack (3) / Share); the text: an e-mail Subscribe widget above the first
# paragraph, thanks line, sections with h2/h3 (header-anchor 'Link' buttons), images, a Turtle code block, an in-text
# 'Share' button paragraph after the exploitation section, a second Subscribe widget before 'Building A Procedural
# Knowledge Infrastructure', the closing section, a licence image, a 'Thank you for supporting Intentional Arrangement ...
# consider becoming a free or paid subscriber' subscription box, 'Footnotes' (18); post-footer UFI bar; a 'Previous' post
# button (no link or title in the HTML); 'Discussion about this post' (Comments / Restacks tabs, 'Write a comment...' form,
# two comments, '5 more comments...'); empty 'Top / Latest / Discussions' archive ('No posts'); 'Ready for more?'
# Subscribe form; footer (© / Privacy / Terms / Collection notice, 'Start your Substack' / 'Get the app' bar, slogan);
# empty notifications region. No ad slot, no ad markup.
# Not labelled: logo / title links, Search icon, author avatar / name links, header-anchor 'Link' buttons, image restack /
# view buttons, in-sentence links of the text (Cefriel, AWS RLHF, Wikipedia LOTO, 'Part II' of the series inside an
# ordinary sentence, Bosch), footnotes, comment Like/Reply controls (part of the comments), legal links, slogan, the
# empty notifications region, the _preloads script.
BAR="/html/body/div/div[1]/div[1]/div/div[1]/div/div[3]/div/div"
AR="/html/body/div/div[1]/div[2]/div/div[1]/div/div/article"
B=AR+"/div[3]/div[1]/div"
DS="/html/body/div/div[1]/div[2]/div/div[2]"
FT="/html/body/div/div[1]/div[3]/div[2]/div/div[2]"
related=[
 R(AR+"/div[3]/div[4]", None, 1, "after", amb=True, note="'Previous' post button under the post-footer UFI bar (previous-post navigation; a script button with no link or title in the HTML, as x573's link-less cards)"),
 R(DS+"/div[3]", None, 0, "after", amb=True, note="'Top / Latest / Discussions' post archive under the discussion, empty ('No posts'), filled by script (10.9, as x723)"),
]
ctas=[
 C("newsletter", "Subscribe Sign in", "outside", BAR, amb=True, note="navbar buttons Search, Share Publication, 'Subscribe' and 'Sign in' (11.7: a sign-up beside a log-in; kind from the Subscribe ask, as x723 / x638 / x641)"),
 C("share", "", "outside", BAR+"/div/button", amb=True, note="navbar 'Share Publication' icon button (9.2, as x723)"),
 C("share", "9 7 3 Share", "before", AR+"/div[1]/div/div[2]", note="post-header UFI bar under the byline: Like (9), View comments (7), restack (3), Share"),
 C("newsletter", "Subscribe", "before", B+"/div[1]", note="e-mail Subscribe widget at the top of the text, above the first paragraph"),
 C("share", "Share", "inline", B+"/p[33]", note="in-text 'Share' button paragraph (ButtonCreateButton) between the exploitation paragraphs and 'Measured Impact'"),
 C("newsletter", "Subscribe", "inline", B+"/div[4]", note="e-mail Subscribe widget between 'Implications for AI Workflows' and 'Building A Procedural Knowledge Infrastructure'"),
 C("newsletter", "Thank you for supporting Intentional Arrangement. Your subscription supports my research and writing", "inline|after", B+"/div[8]", note="subscription box 'Thank you for supporting Intentional Arrangement ... consider becoming a free or paid subscriber' with a Subscribe form, after the last section and licence image, before the footnotes (free e-mail form: newsletter)"),
 C("share", "9 7 3 Share", "after", AR+"/div[3]/div[3]", note="post-footer UFI bar: Like (9), View comments (7), restack (3), Share"),
 C("comments", "Discussion about this post Comments Restacks", "after", DS+"/div[2]", note="'Discussion about this post': Comments / Restacks tabs, 'Write a comment...' form, two comments and '5 more comments...'"),
 C("newsletter", "Ready for more? Subscribe", "after", DS+"/div[5]", note="'Ready for more?' e-mail Subscribe form at the end of the post page"),
 C("other", "Start your Substack Get the app", "outside", FT, note="footer bar 'Start your Substack' (platform sign-up) and 'Get the app' (convention 4: asks differ, `other`; as x723)"),
 C("other", "Start your Substack", "outside", FT+"/a[1]", amb=True, note="'Start your Substack' button of the footer bar (9.2)"),
 C("app", "Get the app", "outside", FT+"/a[2]", amb=True, note="'Get the app' button of the footer bar (app-store redirect; 9.2)"),
]
ads=[]
