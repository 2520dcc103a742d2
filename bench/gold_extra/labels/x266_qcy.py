from _dsl import *
FILE="wcxb/html/0234.html.gz"
# QCY (Shopify headphone brand shop) blog post 'Future Outlook: Development Trends of Bluetooth Headphones'. Hidden
# cart drawer; 'Christmas Sale is Now On!' announcement bar; USP strip (Fast, Free Delivery ...); sticky header with
# product mega menu, country selector, search modal (with product suggestions), login, cart. Article: breadcrumbs,
# title, date + share icons (copy-link toast), empty side column; text with three 'QCY Recommendation' paragraphs,
# two of them followed by an empty script-filled product card (div.product-article); mobile-only 'Recommend Posts'
# slider (5); sticky sidebar 'Recommended' with 2 products (price, Add to cart, Buy Now). Desktop 'Recommend Posts' (3)
# under the article. 'Subscribe Here' newsletter band; footer menus, 'Follow Us' icons, 'App' store badges, country
# selector; app blocks (Tidio chat script, Wheelify spin-wheel script, two empty blocks).
# Not labelled: menus, search modal, cart drawer, login/cart icons, USP strip, breadcrumbs, footer link menus, the
# two empty app blocks. No ad slots.
AC="/html/body/main/div[1]/div"
T=AC+"/div[2]/div[1]/div[1]"
related=[
 R(AC+"/div[2]/div[1]/div[2]", "Recommend Posts", 5, "after", note="mobile-only 'Recommend Posts' slider under the text, 5 blog posts"),
 R("/html/body/main/div[2]", "Recommend Posts", 3, "after|outside", note="desktop 'Recommend Posts' band under the article, 3 blog posts"),
]
ctas=[
 C("other", "🎅Christmas Sale is Now On!🎄", "outside", "/html/body/div[1]", note="announcement bar linking to the Christmas sale"),
 C("share", "Link Copied!", "before", AC+"/div[1]/div[1]/div[2]/div", note="share icons beside the date (with 'Link Copied!' toast)"),
 C("other", "", "inline", T+"/div[1]", amb=True, note="empty script-filled product card (qcy-melobuds-neo) after a 'QCY Recommendation' paragraph"),
 C("other", "", "inline", T+"/div[2]", amb=True, note="empty script-filled product card (qcy-melobuds-pro) after a 'QCY Recommendation' paragraph"),
 C("other", "Recommended 0% OFF Recommended QCY MeloBuds Pro 409 reviews $38.24 USD $52.79 USD Add to cart", "outside", AC+"/div[2]/div[2]", note="sticky sidebar 'Recommended' product box (2 products with price, Add to cart, Buy Now)"),
 C("newsletter", "Subscribe Here Be the first to get QCY's latest News and exclusive deals!", "outside", "/html/body/section", note="'Subscribe Here' e-mail sign-up band above the footer"),
 C("follow", "Follow Us", "outside", "/html/body/div[4]/footer/div[1]/div[1]/div[2]/div[1]", note="footer 'Follow Us' icons (Instagram, Facebook, YouTube, TikTok)"),
 C("app", "App", "outside", "/html/body/div[4]/footer/div[1]/div[1]/div[2]/div[2]", note="footer 'App' Google Play / App Store badges"),
 C("contact", "", "outside", "/html/body/div[4]/footer/div[2]", amb=True, note="app block loading the Tidio chat widget (script only)"),
 C("other", "", "outside", "/html/body/div[4]/footer/div[4]", amb=True, note="app block loading the Wheelify spin-the-wheel pop-up (script only)"),
]
ads=[]
