from _dsl import *
FILE="wcxb/html/0469.html.gz"
# Utne (Ogden Publications WordPress theme) essay 'Nature as God: Repairing the Circle' (Mind & Body): hidden scroll navbar
# (menu, 'Shopping' link, dropdown with Shopping / Enter Giveaway); fixed bottom 'top_advertisement' GPT leaderboard with a
# close button; mobile bar (menu, logo, dropdown of Shopping / Enter Giveaway); desktop header (search, logo, button-styled
# 'Shopping' and 'Enter Giveaway' links; main menu); hidden slide-over menu (sections, 'More' submenu, social icons); hidden
# search panel; breadcrumbs; h1, byline, date; share icons (Email, Print, Facebook, Pinterest, X); lead illustration and
# caption; text of 15 paragraphs, rule, italic author bio; 'Related Content' box of 3 cards at the end of the article
# element; GPT Article_300x250 slot; second share row; empty #bottom_of_article (beloadmore ajax loader); right rail (GPT
# 300x250, 'Popular Now' 3 cards, GPT 300x600); GPT Bottom_728x90; UTNE tagline banner; footer (logo, 'Follow Us' icons,
# Contact Us / Advertise / policy links, copyright).
# Not labelled: menus, slide-over 'More' submenu (About / Contact / Advertise ...), search, breadcrumbs, byline, the
# scroll navbar's lone 'Shopping' link (a nav entry), tagline banner, footer link row (Contact Us among policy links),
# the Middle_728x90 GPT slot defined in the head script with no element on the page.
A_="/html/body/div[4]/div[2]/div[1]"
RR="/html/body/div[4]/div[2]/div[2]/div"
related=[
 R(A_+"/article/div", "Related Content", 3, "after", note="'Related Content' box (#related_articles_panel) after the author bio: Sounds Earthy, The Life of a Patterned Skull, Courage and Community"),
 R(A_+"/div[4]", None, 0, "after", amb=True, note="empty #bottom_of_article under the share row (beloadmore ajax loader of further articles, 10.9)"),
 R(RR+"/div[2]", "Popular Now", 3, "outside", note="right rail 'Popular Now' box: Holocaust Humor, Wabi-Sabi, No Apologies"),
]
ctas=[
 C("other", "Shopping Enter Giveaway", "outside", "/html/body/header/nav/div[2]/div[3]/div", amb=True, note="desktop header: button-styled 'Shopping' (store) and 'Enter Giveaway' links beside the logo (header links, but set apart as buttons)"),
 C("other", "Shopping Enter Giveaway", "outside", "/html/body/header/nav/div[1]/div/div[3]", amb=True, note="mobile bar dropdown copy: Shopping / Enter Giveaway (hidden menu, 9.3)"),
 C("other", "Shopping Enter Giveaway", "outside", "/html/body/header/div[1]/div/div[5]", amb=True, note="hidden scroll navbar dropdown copy: Shopping / Enter Giveaway"),
 C("follow", "", "outside", "/html/body/div[1]/div/div[2]/div/div/div[2]/div", amb=True, note="social icons (Facebook, Instagram, X) in the hidden slide-over menu"),
 C("share", "", "before", "/html/body/div[4]/div[1]/div[3]", note="share icons under the byline: Email, Print, Facebook, Pinterest, X"),
 C("share", "", "after", A_+"/div[3]", note="second share row under the article and its ad: Email, Print, Facebook, Pinterest, X"),
 C("follow", "Follow Us", "outside", "/html/body/footer/div/div/div[2]/div[1]", note="footer 'Follow Us' icons: Facebook, Instagram, X"),
]
ads=[
 A("/html/body/header/div[2]", "outside", "fixed bottom #top_advertisement bar with close button and GPT URTK_Top_728x90 slot (sticky leaderboard)"),
 A(A_+"/div[2]", "after", "GPT URTK_Article_300x250 slot right after the article and its Related Content box"),
 A(RR+"/div[1]", "outside", "right rail #article_ad_placement_top with GPT URTK_Middle_300x250"),
 A(RR+"/div[3]", "outside", "right rail #article_ad_placement_bottom with GPT URTK_Right_300x600"),
 A("/html/body/div[4]/div[3]", "after|outside", "GPT URTK_Bottom_728x90 leaderboard under the article grid"),
]
