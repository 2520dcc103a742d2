from _dsl import *
FILE="wcxb/html/0437.html.gz"
# Cory Dransfeldt (coryd.dev, personal blog) post 'A brief intro to git' (2021): site title block (name link and an
# icon nav 'Feeds' / 'Status updates' / 'Mastodon'); primary nav buttons (Posts, Music, Watching, Reading, Links,
# Search); 'Back to posts' link; article (date, h2 title, '#development #git' tags, 'This post is over 3 years old'
# banner, text, a copyable code block with a 'View snippet source' link, a closing list of five external git
# resources); footer (icon nav 'Contact' / 'Forgejo' / 'Snippets' / 'Buy Me a Coffee' / 'Webrings', sub-page links
# Uses / Colophon / Blogroll / Stats). No related block, no ad slot and no ad configuration.
# Not labelled: primary nav, 'Back to posts' link (navigation), tags, old-post banner (a notice), code-copy button and
# 'View snippet source' link, the list of external git resources (body: the post's own recommendations), footer
# sub-page links (Uses, Colophon, Blogroll, Stats), the footer bar's 'Snippets' and 'Webrings' links (own pages, not
# asks).
FN="/html/body/div/footer/nav[1]"
related=[]
ctas=[
 C("follow", "Feeds Status updates Mastodon", "outside", "/html/body/div/main/section/nav", note="icon row beside the site name: RSS 'Feeds' page, 'Status updates' page and the author's Mastodon profile (main ask: follow)"),
 C("other", "Contact Forgejo Snippets Buy Me a Coffee Webrings", "outside", FN, note="footer icon bar (nav.social): Contact page, Forgejo code profile, Snippets, Buy Me a Coffee, Webrings; asks differ (contact, follow, donate): `other` (convention 4)"),
 C("contact", "Contact", "outside", FN+"/a[1]", amb=True, note="'Contact' icon link of the footer bar (9.2)"),
 C("follow", "Forgejo", "outside", FN+"/a[2]", amb=True, note="'Forgejo' icon link to the author's code-forge profile (9.2)"),
 C("donate", "Buy Me a Coffee", "outside", FN+"/a[4]", amb=True, note="'Buy Me a Coffee' tip link of the footer bar (9.2)"),
]
ads=[]
