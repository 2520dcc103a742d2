from _dsl import *
FILE="wcxb/html/0379.html.gz"
# Rust Blog post 'What do people love about Rust?' (static blog): nav bar (Rust Blog brand, Rust / Install / Learn / Tools /
# Governance / Community links, theme switch button); h1, date and author line; post text (paragraphs, many quoted
# interviews, h2/h3 sections, recommendations, conclusion, footnotes); footer ('Get help!' column with Documentation and a
# 'Contact the Rust Team' mail link, 'Terms and policies' column, 'Social' icons (Mastodon, Bluesky, YouTube, Discord,
# GitHub) and 'RSS' feed links, attribution 'Maintained by the Rust Team. See a typo? Send a fix here!'). No related
# block, no ads, no ad configuration.
# Not labelled: nav links, theme switch, date/author line, footnotes (body), 'Terms and policies' column.
FT="/html/body/footer/div"
related=[]
ctas=[
 C("contact", "Get help! Documentation Contact the Rust Team", "outside", FT+"/div[1]/div[1]", amb=True, note="footer 'Get help!' column: Documentation link and 'Contact the Rust Team' mailto link (a link column rather than a contact box)"),
 C("follow", "", "outside", FT+"/div[1]/div[3]/div", note="footer 'Social' icons (Mastodon, Bluesky, YouTube, Discord, GitHub); the heading is the sibling h4"),
 C("follow", "Main Blog \"Inside Rust\" Blog", "outside", FT+"/div[1]/div[3]/ul", amb=True, note="footer 'RSS' feed links (Main Blog, Inside Rust Blog); the heading is the sibling h4"),
 C("contact", "Maintained by the Rust Team. See a typo? Send a fix here!", "outside", FT+"/div[2]", note="footer attribution line asking for corrections ('See a typo? Send a fix here!', GitHub edit link)"),
]
ads=[]
