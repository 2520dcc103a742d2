from _dsl import *
FILE="wcxb/html/4260.html.gz"
# LEADer CRM company blog (WordPress/Elementor) post 'Best CRM for Small Businesses in 2026 – Features, Pricing, and
# Honest Comparison': header (desktop row: logo, nav menu with language list, 'Login' / 'Get started' buttons; mobile row:
# logo + nav copy), title/date/image hero, text (comparison, FAQ with its own product pitch, ending 'Final Thoughts'),
# 'Share This Post' row, previous/next post navigation, 'More To Explore' heading + 2 post cards, footer (Products,
# Resources, About Us/Contact us columns, 'Be Social' icons, Terms/Privacy, copyright), language template.
# No ads, no ad configuration.
# Not labelled: nav menus (desktop/mobile copies, Pricing/Support links), footer menu columns ('Contact us' as the only
# link of the About Us column), the FAQ's 'Visit https://leader.net …' line (body text in the ground truth).
W="/html/body/div/section[2]/div/div/div"
related=[
 R(W+"/div[2]", None, 2, "after", note="previous/next post navigation ('Leader vs Pipedrive…' / '10 Best CRMs for App…')"),
 R(W+"/div[4]", "More To Explore", 2, "after", note="posts grid with 2 cards; its 'More To Explore' heading is the separate widget div[3] just above"),
]
ctas=[
 C("other", "Login Get started", "outside", "/html/body/header/section[1]/div[2]/div[3]", note="header 'Login' and 'Get started' buttons to the app (sign-up funnel)"),
 C("share", "Share This Post", "after", W+"/section", note="'Share This Post' heading with 4 share icons after the text"),
 C("follow", "Be Social Facebook Twitter Linkedin Youtube", "outside", "/html/body/footer/section[1]/div/div[5]/div", note="footer 'Be Social' profile icons"),
]
ads=[]
