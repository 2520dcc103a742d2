from _dsl import *
FILE="wcxb/html/4698.html.gz"
# CleverHiker (outdoor gear site, WordPress block theme) guide 'Ultimate Backpacking Checklist & Gear Essentials': header
# (search, logo, 'About Us' / 'Subscribe' top menu, mega menu); sticky 'Jump to section' table of contents; article
# header (breadcrumbs, h1, last-updated date, share icons, author, 'We independently test …' disclosure tooltip); text
# (intro, 'DOWNLOAD OUR PRINTABLE CHECKLIST' PDF link, checklist in 15 categories whose items link to own gear guides and
# to Amazon/AvantLink, tips, clothing and food sections, 'CleverHiker Backpacking Video Series' section listing two own
# video series); empty comments mount; pre-footer bands ('Why trust us?', 'Need More Backpacking Advice?' grid of 12
# posts, 'Get the best content from CleverHiker …' newsletter form); footer ('Subscribe to Our Newsletter' form, menus,
# badge with social icons, affiliate note, copyright); 'Win Free Gear!' newsletter modal. No ad slots (reader-supported,
# affiliate links only; GTM only).
# Not labelled: menus (incl. top 'Subscribe' link and mega menu), table of contents, breadcrumbs, author line, disclosure
# tooltip, the checklist's gear links (plain links in the list text), the printable-checklist PDF link, 'Why trust us?'
# band, footer menus and affiliate note.
MN="/html/body/div/main"
related=[
 R(MN+"/div[3]/div[2]/ul[5]/li[11]", None, 1, "inline", amb=True, note="list item 'Check out our Best First Aid Kits list for more suggestions' in the gear checklist (a pointer written into the text: amb, convention 10.10)"),
 R(MN+"/div[3]/div[6]", "CleverHiker Backpacking Video Series", 2, "after|inline", amb=True, note="last text section promoting two own video series (Essential Trail Skills, Lightweight Backpacking Basics) with links and blurbs (kept in the wcxb ground truth)"),
 R("/html/body/div/div[2]", "Need More Backpacking Advice?", 12, "after|outside", note="pre-footer category-archive grid of 12 post cards"),
]
ctas=[
 C("share", "", "before", MN+"/div[2]/div/div[3]", note="article-header share icons (Facebook, Twitter, LinkedIn, e-mail)"),
 C("comments", "", "after", MN+"/div[4]", amb=True, note="empty #amsive-comments--root mount under the text (comments app filled by script)"),
 C("newsletter", "Get the best content from CleverHiker & around the backpacking world Subscribe Email address", "after|outside", "/html/body/div/div[3]", note="pre-footer newsletter band (heading, Gravity Forms e-mail form, blurb)"),
 C("newsletter", "Subscribe to Our Newsletter Email address", "outside", "/html/body/div/footer/div[2]/div[1]/div[1]", note="footer newsletter form"),
 C("follow", "YouTube Instagram Facebook Twitter", "outside", "/html/body/div/footer/div[2]/div[1]/div[3]/ul", note="footer social links under the Clever Hiker badge"),
 C("newsletter", "Win Free Gear! Subscribe to our newsletter for your chance to win free gear.", "outside", "/html/body/div/footer/div[3]", amb=True, note="hidden 'Win Free Gear!' newsletter modal"),
]
ads=[]
