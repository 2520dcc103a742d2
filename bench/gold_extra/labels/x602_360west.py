from _dsl import *
FILE="wcxb/html/0173.html.gz"
# 360West Magazine (360westmagazine.com, tagDiv Newspaper theme) branded-content story '6 Expert Wedding Catering Tips Every
# Couple Should Know' (Ferah Catering): scroll-up button; off-canvas mobile menu (placeholder social icons with '#' links,
# Sign in, menu, login / password-recovery forms); mobile search; empty mobile header zones; desktop header (logo, social
# icons, top links Newsletters / Share your ideas / Contact Us / About Us / 76107 / 76092 / 360West Weddings, search, main
# menu); invisible sticky header copy (menu, search); title, date and share row; featured image; text (tips with h3s and
# photos, closing branded-content line 'This story was developed in partnership with Ferah Catering ... Learn more about
# Ferah Catering's approach ...' linking the caterer); separator; share bar; sidebar ('Sign up for Newsletters' text
# block, Mailchimp form block, 'Popular Articles' 5 cards); 'Related Articles' band of 8 cards; footer ('About Us' text,
# 'Stay connected' social icons, link columns Receive our Newsletters / Receive our magazine / ..., archives, Advertising /
# Job Openings / Contact Us; copyright).
# Not labelled: menus and top links (Newsletters / Contact Us among them), search, login forms, sticky header copy (menu and
# search only), date, footer 'About Us' text, archive and 'Advertising / Job Openings / Contact Us' link columns,
# copyright. The article is the sponsor's branded content itself (not an ad slot); no ad markup on the page (the theme's
# ad CSS only).
AR="/html/body/div[6]/div[2]/div/div/article/div/div"
SB=AR+"/div[2]/div/div[2]/div"
related=[
 R(SB+"/div[3]", "Popular Articles", 5, "outside", note="sidebar 'Popular Articles' with 5 cards (Submit Your Wedding or Styled Shoot, Melanie Summers ..., Well-Being Matters: Trey Harper, Sunflower Shoppe ..., Lauren Lovelace Murray ...)"),
 R(AR+"/div[3]/div/div/div/div", "Related Articles", 8, "after", note="'Related Articles' band of 8 cards under the article row (Home for the Holidays ..., Well-Being Matters ..., Kimbell Art Museum ...)"),
]
ctas=[
 C("follow", "Behance Evernote Facebook Instagram VKontakte", "outside", "/html/body/div[3]/div[1]/div[1]", amb=True, note="off-canvas mobile menu's social icons (theme placeholders with '#' links, hidden until the menu opens)"),
 C("follow", "Facebook Instagram Pinterest Twitter", "outside", "/html/body/div[6]/div[1]/div[3]/div/div/div[2]/div/div[2]/div/div[1]/div[2]/div/div/div[1]", note="desktop header social icons"),
 C("share", "Share Facebook Twitter Pinterest WhatsApp", "before", AR+"/div[1]/div/div/div/div[2]/div[3]", note="share row beside the date under the title"),
 C("other", "This story was developed in partnership with Ferah Catering by 360West’s branded content team. Learn more about Ferah Catering’s approach", "after", AR+"/div[2]/div/div[1]/div/div[2]/div/p[15]", amb=True, note="closing branded-content line of the text whose 'Learn more' ask links the sponsor's site (10.1: a closing sentence holding an ask link)"),
 C("share", "Share Facebook Twitter Pinterest WhatsApp", "after", AR+"/div[2]/div/div[1]/div/div[4]", note="share bar under the text"),
 C("newsletter", "* indicates required Email Address *", "outside", SB+"/div[2]", note="sidebar Mailchimp e-mail sign-up form (mc_embed_signup) under its 'Sign up for Newsletters' text block"),
 C("newsletter", "Sign up for Newsletters Make sure you stay in the loop on everything happening in Tarrant County", "outside", SB+"/div[1]", amb=True, note="sidebar 'Sign up for Newsletters' title and text block standing in its own box above the form box (the same widget split over two sibling boxes, 9.1)"),
 C("follow", "Facebook Instagram Pinterest Twitter", "outside", "/html/body/div[6]/div[3]/div/div/div/div[2]/div/div[1]/div/div[5]", note="footer 'Stay connected' social icons"),
 C("subscribe", "Receive our Newsletters Receive our magazine Newsstand Locations About Us Custom Publishing Privacy Policy", "outside", "/html/body/div[6]/div[3]/div/div/div/div[2]/div/div[2]/div/div/div[1]", amb=True, note="footer link column: Receive our Newsletters / Receive our magazine beside Newsstand Locations, About Us, Custom Publishing, Privacy Policy (half-menu column, 9.7)"),
]
ads=[]
