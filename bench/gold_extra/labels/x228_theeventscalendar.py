from _dsl import *
FILE="wcxb/html/0319.html.gz"
# The Events Calendar blog (StellarWP/Liquid Web, Kadence blocks) post 'The Benefits of Hiring a Professional Event
# Planner'. Header (products mega-menu, Search, Cart / My Account, blog category nav, tablet header, off-canvas menu);
# breadcrumbs; article header (title, author, updated date, reading time, table of contents); 'Share this' bar before
# the text; text ending in a paragraph that turns into a product plug ('See a live demo of all our plugins in action');
# share bar + author box under the text; sidebar (author box copy, table of contents). Below: 'You might also like'
# carousel of 6 posts, 'Stay in the loop' newsletter form; footer (desktop and mobile variants: link columns and a
# newsletter form each; legal links; social icons); Liquid Web branding row; hidden search modal. No ads.
# Not labelled: menus (mega-menu product promos, Cart / My Account), breadcrumbs, both tables of contents, author
# boxes (no social links; the icon block is empty), footer link columns, legal links, branding row, search modal,
# the empty kadence-conversion-end-of-content anchor.
ART="/html/body/div[1]/main/div[2]/div/div/div/article/div/div[2]"
FT="/html/body/div[1]/footer/div/div[1]/div/div/div/div/div/div/section"
related=[
 R("/html/body/div[1]/main/div[3]/div/div/div/div/div/div", "You might also like", 6, "after", note="'You might also like' carousel of 6 blog posts below the article"),
]
ctas=[
 C("share", "Share this", "before", ART+"/div[1]", note="'Share this' Facebook/Twitter/LinkedIn bar before the text"),
 C("other", "Consider hiring a planner to help with your next event. In the meantime, The Events Calendar is in your corner", "after", ART+"/p[14]", amb=True, note="last paragraph: closing sentence (kept by wcxb) that turns into a product plug with 'See a live demo of all our plugins in action' link"),
 C("share", "Share this", "after", ART+"/div[2]/div/div[1]/div/div[1]", note="'Share this' bar beside the author box under the text"),
 C("newsletter", "Stay in the loop Sign up and we'll occasionally send the latest news, tips and deals directly to your inbox.", "after", "/html/body/div[1]/main/div[4]", note="'Stay in the loop' newsletter form under the related posts"),
 C("newsletter", "The newsletter form in the footer Email", "outside", FT+"/div[1]/div/div[4]/div/div[2]", note="desktop footer newsletter form (heading 'Subscribe to our Newsletter' in the sibling h3)"),
 C("newsletter", "Subscribe to our Newsletter Form used in the Global Exit Intent Popup", "outside", FT+"/div[2]/div/div[2]", amb=True, note="mobile footer variant of the newsletter form (hidden on desktop)"),
 C("follow", "", "outside", FT+"/div[3]/div/div[3]", note="footer social icons (Facebook, LinkedIn, X, WordPress.org, YouTube)"),
]
ads=[]
