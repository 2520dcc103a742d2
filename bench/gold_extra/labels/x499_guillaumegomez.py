from _dsl import *
FILE="wcxb/html/0494.html.gz"
# Guillaume Gomez's blog (hand-made) post 'Rust GCC backend: Why and how': header (burger button, 'Go back home' / 'Go back
# to summary' icons, 'articles' title, 'Support my work!' button opening a panel of Paypal / Github sponsorship / Patreon
# links); hidden image viewer; text (h2 sections, lists, code blocks with Run links, closing cat line and picture);
# 'Posted on … by @GuillaumeGomez' line; 'Previous article' link; 'Back to articles list'; RSS and Atom feed icons; footer
# social icons (GitHub, X, Mastodon, LinkedIn) and copyright. No ads.
# Not labelled: home/summary icons, hidden image viewer, code 'Run' links, posted-by line (byline), 'Back to articles
# list' (navigation), footer copyright.
AR="/html/body/div[2]"
related=[
 R(AR+"/div[9]", "Previous article", 1, "after", note="'Previous article: New rust lint: function_casts_as_integer' link under the post"),
]
ctas=[
 C("donate", "Support my work! Thanks! Paypal Github sponsorship Patreon", "outside", "/html/body/header/div[2]", note="header 'Support my work!' button and the donations panel it opens (Paypal, GitHub sponsorship, Patreon)"),
 C("follow", "", "after", AR+"/div[11]", note="RSS and Atom feed icons at the end of the article column"),
 C("follow", "", "outside", "/html/body/footer/div", note="footer social icons (GitHub, X, Mastodon, LinkedIn)"),
]
ads=[]
