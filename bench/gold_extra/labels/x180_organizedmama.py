from _dsl import *
FILE="wcxb/html/4339.html.gz"
# The Organized Mama (WordPress, Breakdance builder) blog post 'Where To Store Office Supplies'. Sticky header
# (top menu + social icons, logo menu, search, 'browse by Category' menu), title/meta/intro hero, post text with
# two empty ConvertKit form blocks, an in-text 'More Office Organizing Posts You Will Love' link list and a shop
# eBook embed; right column with the author intro and search; a 3-post grid under the text; footer with social
# icons and link columns. No ad slot: Mediavine only appears as a dns-prefetch, no ad container in the tree.
# Not labelled: header menus (incl. Contact, 'Course Log In'), category menu, search forms, post-meta terms, the
# author intro box (no links), footer link columns, Privacy/Terms line.
S="/html/body/section[1]/div"
B=S+"/div[2]/div[1]/div[1]/main"
related=[
 R(B+"/h2[3]", "More Office Organizing Posts You Will Love", 3, "inline", note="in-text h2; its 3 post links are the following sibling paragraphs p[13]-p[15], one link each (no common container)"),
 R(S+"/div[3]", None, 3, "after", note="post grid under the text: 3 posts with excerpt and 'Read more'"),
]
ctas=[
 C("newsletter", "", "inline", B+"/div[1]", amb=True, note="empty ConvertKit form block in the text (filled by script)"),
 C("newsletter", "", "inline", B+"/div[2]", amb=True, note="empty ConvertKit form block after the related links (filled by script)"),
 C("other", "Paper Organizing eBook :: Organize Your Space eBook Series", "inline", B+"/figure[3]", amb=True, note="embedded shop product card (eBook) before the closing section"),
 C("follow", "", "outside", "/html/body/header/div/div[1]/div[2]", note="header social icons: Facebook, Instagram, TikTok, YouTube, Pinterest"),
 C("follow", "", "outside", "/html/body/section[2]/div/div[1]/div[1]/div[2]", note="footer social icons"),
]
ads=[]
