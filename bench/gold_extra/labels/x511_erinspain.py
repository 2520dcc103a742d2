from _dsl import *
FILE="wcxb/html/4451.html.gz"
# Erin Spain (home/DIY blog, WordPress Genesis) post '12 DIY Woodworking Projects' (a 'DIY Housewives' blogger
# round-up): site title header; main menu; post header (h1, date, author, '4 Comments' link); text (intro, Pinterest
# image, line linking her own planter tutorial, two planter images, 'Be sure to check out the rest of the DIY
# Housewives' projects below!', series image, InLinkz link-up container filled by script, 'YOU MIGHT ALSO LIKE:' lead-in
# and a list of 3 posts plus 'Project Gallery', Mad Mimi subscribe image banner, 'You can also connect with me here:'
# with e-mail/social icons, 'Thanks for visiting! -Erin'); 'Filed Under' categories; previous/next post links; 'Load
# Comments' button; right sidebar (about image, e-mail/social icons, search, two image links to category pages,
# 'SHOP ERIN'S FAVORITES' empty shop-the-post widget, 'SPONSORS & AFFILIATES' empty box, category and archive
# drop-downs); footer (copyright, Log in, Privacy Policy). No ad network markup.
# Not labelled: menu, 'Filed Under' categories, sidebar about image link, search, category/archive drop-downs, sidebar
# image links to the 'popular posts' and 'DIY' category pages (category navigation), sign-off, footer Log in link,
# hidden jpibfi Pin-it input (image hover buttons, no element of their own).
AR="/html/body/div/div[1]/div/main/article"
EC=AR+"/div"
SB="/html/body/div/div[1]/div/aside"
related=[
 R(EC+"/div", "An InLinkz Link-up", 0, "inline|after", amb=True, note="InLinkz link-up container ('An InLinkz Link-up' fallback link), filled by script with the other DIY Housewives bloggers' projects; the text announces it ('check out the rest … below!'), so a reader could call it the round-up's body"),
 R(EC+"/ul", "YOU MIGHT ALSO LIKE:", 4, "after", note="list of 3 post links and a 'Project Gallery' link under the 'YOU MIGHT ALSO LIKE:' lead-in paragraph (sibling, no common container)"),
 R("/html/body/div/div[1]/div/main/div[1]", None, 2, "after", note="previous/next post links (Modern Farmhouse Dining Table & Benches / Deck Makeover Plans)"),
]
ctas=[
 C("comments", "4 Comments", "before", AR+"/header/p/span[2]", amb=True, note="'4 Comments' count link in the post meta (bare comment count)"),
 C("newsletter", "", "after", EC+"/p[12]", note="Mad Mimi sign-up image banner ('subscribe box post footer') at the end of the post"),
 C("follow", "", "after", EC+"/p[14]", note="e-mail, Facebook, Twitter, Instagram, Pinterest, Google+ icons under the 'You can also connect with me here:' line (the preceding sibling paragraph)"),
 C("comments", "Load Comments", "after", "/html/body/div/div[1]/div/main/div[2]", note="lazy comments container with 'Load Comments' button"),
 C("follow", "", "outside", SB+"/section[1]/div/div/center[2]", note="sidebar e-mail and social icons (Facebook, Twitter, Instagram, Pinterest, YouTube)"),
 C("other", "SHOP ERIN’S FAVORITES", "outside", SB+"/section[4]", note="sidebar 'SHOP ERIN'S FAVORITES' shop-the-post widget (affiliate product carousel filled by script)"),
]
ads=[
 A(SB+"/section[5]", "outside", "sidebar 'SPONSORS & AFFILIATES' widget whose box is empty (sponsor banners not rendered)", amb=True),
]
