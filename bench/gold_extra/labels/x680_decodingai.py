from _dsl import *
FILE="wcxb/html/0472.html.gz"
# Decoding AI (Paul Iusztin, Substack) post 'AI Workflows vs Agents: The Autonomy Slider': navbar (logo, title, search and
# share icons, 'Subscribe' and 'Sign in' buttons); post header (h1, subtitle, byline, like / comment / restack counts and
# Share); text: intro of the 'AI Agents Foundations' series with a 'What's ahead:' list of the 9 parts (8 linked), a
# sponsored section 'Opik: Open-Source LLMOps Platform (Sponsored)' (heading, text, banner image, 'Try Opik for free'
# button), the article with figures and code, a closing 'Here's our roadmap:' list of the 9 parts, sign-off, 'Leave a
# comment' button, 'share our work' Share button, 'How can I help' course section with 'Join the waitlist' button, second
# Opik sponsor note (image, 'Try Opik free here' button), Images note and References; post-footer counts and Share;
# Previous / Next buttons; 'Discussion about this post' (comment form, two comments, '13 more comments...'); empty
# 'Top / Latest / Discussions' archive ('No posts'); 'Ready for more?' Subscribe form; footer (copyright, legal links,
# 'Start your Substack', 'Get the app', slogan); empty toast viewport.
# No ad markup: the two Opik sponsor passages are plain text and images (10.15, amb). Not labelled: publication title,
# byline, in-text reference links, the sponsor headings and paragraphs themselves (body text the labels' images and
# buttons stand in), footer legal links and slogan, toast viewport.
M="/html/body/div/div[1]"
AR=M+"/div[2]/div/div[1]/div/div/article"
T=AR+"/div[3]/div[1]/div"
D=M+"/div[2]/div/div[2]"
FT=M+"/div[3]/div[2]/div/div[2]"
related=[
 R(T+"/ol[1]", "What’s ahead:", 8, "inline", note="series list of the 9 parts under 'What's ahead:' in the intro: 8 linked posts (Context Engineering, Structured Outputs, ...), the first is this one (convention 8)"),
 R(T+"/ol[3]", "Here’s our roadmap:", 8, "inline", note="closing series roadmap list: 8 linked posts, 'Context Engineering ← Move to this one' (convention 8)"),
 R(AR+"/div[3]/div[4]", None, 0, "after", amb=True, note="Previous / Next post buttons with no links in the HTML (script navigation)"),
 R(D+"/div[3]", None, 0, "after", amb=True, note="'Top / Latest / Discussions' archive of the publication under the comments, empty ('No posts')"),
]
ctas=[
 C("newsletter", "Subscribe Sign in", "outside", M+"/div[1]/div/div[1]/div/div[3]", amb=True, note="navbar bar: search and share icons, 'Subscribe' and 'Sign in' buttons (Substack navbar, 11.7)"),
 C("share", "95 15 12 Share", "before", AR+"/div[1]/div/div[2]", note="like / comment / restack counts and Share button under the byline"),
 C("other", "Try Opik for free", "inline", T+"/p[12]", amb=True, note="sponsor's button 'Try Opik for free' closing the sponsored Opik section in the text"),
 C("comments", "Leave a comment", "inline", T+"/p[54]", note="'Leave a comment' button under 'What's your take on today's topic?', set apart by rules"),
 C("share", "Share", "inline", T+"/p[56]", note="'Share' button under 'the ultimate compliment is to share our work', set apart by rules"),
 C("other", "Join the waitlist", "inline", T+"/p[58]", note="'Join the waitlist' button of the 'How can I help' section (the author's Agentic AI Engineering course)"),
 C("other", "Try Opik free here", "inline", T+"/p[62]", amb=True, note="second sponsor button 'Try Opik free here' under 'Thanks again to Opik for sponsoring the series'"),
 C("share", "95 15 12 Share", "after", AR+"/div[3]/div[3]", note="post-footer like / comment / restack counts and Share button"),
 C("comments", "Discussion about this post Comments Restacks", "after", D+"/div[2]", note="discussion section: tabs, comment form, two comments with replies, '13 more comments...'"),
 C("newsletter", "Ready for more? Subscribe", "after", D+"/div[5]", note="'Ready for more?' e-mail subscribe form at the end of the post page"),
 C("other", "Start your Substack", "outside", FT+"/a[1]", amb=True, note="footer platform promo link"),
 C("app", "Get the app", "outside", FT+"/a[2]", note="footer 'Get the app' link (app-store redirect)"),
]
ads=[
 A(T+"/div[2]", "inline", amb=True, note="Opik sponsor banner image (links to comet.com, utm_medium=partner) in the '(Sponsored)' section; sponsor message in plain text, no ad markup (10.15)"),
 A(T+"/div[17]", "inline", amb=True, note="second Opik sponsor image under 'Thanks again to Opik for sponsoring the series' (10.15)"),
]
