from _dsl import *
FILE="wcxb/html/0381.html.gz"
# Paperium (AI-written paper summaries, Tailwind site) page 'The information bottleneck method': header pill (logo, nav
# Home / Articles drop-down / About / Contact Us, 'Get started' button, hamburger) and hidden side-drawer menu copy;
# 'Home - Articles' breadcrumb hero; article (category and source badges, h1, authors, date and read time, AI-generated
# image, 'Quick Insight', 'Article Short Review' with h3 sections, 'Frequently Asked Questions' (seven Q&A items),
# 'Original Publication' arXiv link); 'Share this post' AddToAny kit; band 'The Highlights of Newest Artificial
# Intelligence' with six summary cards ('See the Analysis'); footer (logo, blurb, social links Facebook / LinkedIn /
# Medium / Telegram / X / Blogger / Dev.to / Hashnode, Content / Legal Policies / About link columns, copyright); theme
# toggle. No ads, no ad configuration (only a gtag analytics script).
# Not labelled: header nav and drawer menu copy (incl. 'Contact Us'), breadcrumb, badges, FAQ (body), 'Original
# Publication' link (body), footer link columns (incl. 'Contact Us'), theme toggle.
related=[
 R("/html/body/main/section[3]", "The Highlights of Newest Artificial Intelligence", 6, "after|outside", note="band under the article: 'The Highlights of Newest Artificial Intelligence' heading and blurb over six summary cards (category, author, date, title, excerpt, 'See the Analysis')"),
]
ctas=[
 C("other", "Get started", "outside", "/html/body/header/div/div[2]", amb=True, note="header 'Get started' button (btn-primary, desktop only); links to the articles listing, so a reader may call it navigation"),
 C("share", "Share this post", "after", "/html/body/main/section[2]/div/div", note="'Share this post' AddToAny kit (copy link, LinkedIn, Reddit, Facebook, X, WhatsApp, … icon buttons filled by script)"),
 C("follow", "Facebook LinkedIn Medium Telegram twitter Blogger Dev.to Hashnode", "outside", "/html/body/footer/div/div[1]/div[1]/div/div", note="footer social profile links"),
]
ads=[]
