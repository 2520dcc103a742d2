from _dsl import *
FILE="wcxb/html/4526.html.gz"
# Logitech 'discover' article 'Setting up an ergonomic workspace' (Svelte): sticky header (Logitech G/Business/Education/
# Outlet links, Support, locale; Shop/Software/Deals/Planet menu, search, icons); hero title; intro '5 steps to a
# feel-better setup', image, five 'SETUP STEP' cards (in-text links to the K860 keyboard, the design lab and the ergo
# products page: body); 'Explore more' carousel of 7 article cards with 'LEARN MORE'; footer (trademark note, logo, locale,
# social icons desktop + mobile copy, link columns, e-mail sign-up 'Sign up now to unlock a welcome offer', legal links).
# No ads, no ad configuration, no share widget.
# Not labelled: header links and menus (incl. Outlet/Deals), footer link columns and legal links, in-text links, empty
# notification containers under the header, the hidden grid overlay.
F="/html/body/div/div/div/footer/div/div[1]/div[3]"
related=[
 R("/html/body/div/div/div/main/div[2]/section[2]", "Explore more", 7, "after", note="'Explore more' carousel of 7 ergonomics article cards with 'LEARN MORE'"),
]
ctas=[
 C("follow", "", "outside", F+"/div[1]/div[3]", note="footer social icons (Instagram, Twitter, Facebook), desktop"),
 C("follow", "", "outside", F+"/div[2]/div[3]", amb=True, note="footer social icons, mobile-only copy"),
 C("newsletter", "Sign up now to unlock a welcome offer, plus access to subscriber exclusives.", "outside", F+"/div[2]/div[4]", note="footer e-mail newsletter sign-up form with consent checkbox"),
]
ads=[]
