from _dsl import *
FILE="wcxb/html/2453.html.gz"
# Tech World With Milan Newsletter (Dr Milan Milanović, Substack) post '10 software essays that changed how I think': top
# bar (title, search and 'Share' icons, 'Subscribe' and 'Sign in' buttons); post header (h1, byline, date, like / comment /
# restack counts and Share); the text: intro and numbered list of the essays, a sponsored section between rules ('GitHub
# Actions analytics - what's actually happening (Sponsored)', three paragraphs, image and 'Check out the analytics' button,
# then a 'Sponsor this newsletter' line), twelve essay sections (quotes, images, Amazon affiliate links in sentences, two
# '➡️ Read more about …' lead-ins each followed by an embedded post card of the newsletter), conclusion; then the
# newsletter's recurring sections between rules: '📰 What I read daily (you can subscribe to it too!)' (Mailbrew link and
# image), 'More ways I can help you' (list of the author's paid courses and books), 'Want to advertise in Tech World With
# Milan? 📰', 'Love Tech World With Milan Newsletter? Tell your friends and get rewards.' (share button, 'Track your
# referrals here.'); post footer counts and Share; 'Previous' button; 'Discussion about this post' (two comments, '2 more
# comments...'); empty 'Top / Latest / Discussions' archive ('No posts'); 'Ready for more?' subscribe form; footer.
# Not labelled: search icon, byline, the list of the essays (the post's own outline), links to the essays and Amazon
# affiliate links inside sentences and captions, the long '➡️ Another great post from Jeff …' quote (text of the essay
# section), the 'On X' tweet image, horizontal rules, footer legal links and slogan.
AR="/html/body/div/div[1]/div[2]/div/div[1]/div/div/article"
TX=AR+"/div[3]/div[1]/div"
BAR="/html/body/div/div[1]/div[1]/div/div[1]/div/div[3]/div/div"
PS="/html/body/div/div[1]/div[2]/div/div[2]"
FT="/html/body/div/div[1]/div[3]/div[2]/div/div[2]"
related=[
 R(TX+"/div[9]", "Read more about Modular Monoliths:", 1, "inline", note="embedded post card 'What is a Modular Monolith?' (with 'Read more', likes and comments) under the lead-in '➡️ Read more about Modular Monoliths:' (blockquote[4], preceding sibling)"),
 R(TX+"/div[11]", "Learn more about APIs", 1, "inline", note="embedded post card 'How to learn API?' under the lead-in '➡️ Learn more about APIs' (blockquote[5], preceding sibling)"),
 R(AR+"/div[3]/div[4]", None, 0, "after", amb=True, note="'Previous' post button (script button, no link in the HTML)"),
 R(PS+"/div[3]", None, 0, "after", amb=True, note="'Top / Latest / Discussions' post archive tabs, empty ('No posts')"),
]
ctas=[
 C("newsletter", "Subscribe Sign in", "outside", BAR, amb=True, note="top-bar buttons: search and Share icons, 'Subscribe' and 'Sign in' (Substack sign-up beside a log-in, 11.7)"),
 C("share", "", "outside", BAR+"/div/button", amb=True, note="top-bar Share icon button (9.2: a button of the bar)"),
 C("share", "39 4 4 Share", "before", AR+"/div[1]/div/div[2]", note="post UFI row under the byline: Like (39), comments (4), restack (4), Share"),
 C("other", "Sponsor this newsletter", "inline", TX+"/p[10]", note="'Sponsor this newsletter' line set apart after the sponsored section (link to the sponsorship page)"),
 C("newsletter", "I kept it private until now, but figured I’d open it up for my readers. If you want to see what I’m reading each day", "after", TX+"/p[109]", amb=True, note="'📰 What I read daily (you can subscribe to it too!)' section: 'here's the link' to the author's Mailbrew daily digest (heading h2[14] and p[108] precede, image follows); a subscription ask that reads also as a recommendation"),
 C("other", "📱 You Can Build A LinkedIn Audience 🆕. The system I used to grow from 0 to 260K+ followers", "after", TX+"/ul[4]", note="'More ways I can help you' list of the author's paid course, bundles and books (heading h2[15] precedes)"),
 C("other", "If your company is interested in reaching founders, executives, and decision-makers, you may want to consider advertising with us.", "after", TX+"/p[110]", note="'Want to advertise in Tech World With Milan? 📰' section: advertising ask (heading h2[16] precedes)"),
 C("share", "Share Tech World With Milan Newsletter", "after", TX+"/p[112]", note="'Love Tech World With Milan Newsletter? Tell your friends and get rewards.' section: 'Share Tech World With Milan Newsletter' button (heading h2[17] and p[111] precede)"),
 C("other", "Track your referrals here.", "after", TX+"/p[113]", amb=True, note="'Track your referrals here.' referral-leaderboard line of the share section"),
 C("share", "39 4 4 Share", "after", AR+"/div[3]/div[3]", note="post-footer Like (39), comments (4), restack (4), Share"),
 C("comments", "Discussion about this post Comments Restacks", "after", PS+"/div[2]", note="'Discussion about this post': Comments/Restacks tabs, two comments, '2 more comments...' link"),
 C("newsletter", "Ready for more? Subscribe", "after", PS+"/div[5]", note="'Ready for more?' e-mail subscribe form at the end of the post page"),
 C("other", "Start your Substack", "outside", FT+"/a[1]", amb=True, note="footer platform promo link 'Start your Substack'"),
 C("app", "Get the app", "outside", FT+"/a[2]", note="footer 'Get the app' button (app-store redirect)"),
]
ads=[
 A(TX+"/h2[1]", "inline", amb=True, note="heading 'GitHub Actions analytics - what's actually happening (Sponsored)' of a sponsor message written in the text (Depot; copy p[6]-p[8], image and 'Check out the analytics' button p[9] follow), between rules after the intro and before the first essay; plain text, no ad markup (10.15)"),
]
