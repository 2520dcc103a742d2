from _dsl import *
FILE="wcxb/html/4708.html.gz"
# Treehugger (Dotdash Meredith 'mntl' template; the whole page sits inside the header's menu button in the parsed tree)
# list article '15 Indoor Plants That Can Handle Low Light': skip link; header (logo, header social icons Instagram /
# Pinterest, search, nav with drop-downs, fullscreen nav panel with a 'Subscribe' newsletter button and a copy of the
# social icons); header leaderboard and its spacer; article (breadcrumb, h1, byline with author tooltip, icon share list
# Facebook / Pinterest / Email above the lead image, left-rail breadcrumb list, intro with a 'Warning' callout, 15 plant
# items each followed by an empty mntl-sc-block-adslot div, empty outro, 'View Article Sources'); right rail of 7 empty
# sticky GPT square ad groups; prefooter (empty Outbrain widget, untitled recirc section of two card lists of 8 with an
# empty Outbrain widget between them and a deferred footer leaderboard); footer (logo, 'Follow Us' icons, section nav,
# company links, People Inc. line); four hidden empty 'Newsletter Sign Up' dialogs; OneTrust consent banner.
# Not labelled: skip link, search, nav menus and the fullscreen nav's section links, breadcrumbs and left-rail list,
# author tooltip ('Learn about our editorial process'), 'Warning' and 'Plant Care Tips' callouts (body), article sources,
# footer section nav and company links (incl. Advertise, Contact), OneTrust consent banner.
B="/html/body/header/div/button/div"
AR=B+"/main/article"
L=AR+"/div[4]/div/div[2]"
RR=AR+"/div[6]/div/div"
PF=B+"/main/div"
related=[
 R(PF+"/section", None, 16, "after|outside", note="prefooter recirc section without a heading: two card lists of 8 related plant guides, with an empty Outbrain widget and a footer leaderboard inside"),
]
ctas=[
 C("follow", "", "outside", B+"/div[3]", note="header social icons (Instagram, Pinterest)"),
 C("newsletter", "Subscribe", "outside", B+"/div[5]/nav/ul/li[10]/a", amb=True, note="'Subscribe' button in the fullscreen nav panel (hamburger menu, hidden until opened) opening the newsletter dialog"),
 C("follow", "", "outside", B+"/div[5]/nav/ul/li[10]/div", amb=True, note="copy of the social icons in the hidden fullscreen nav panel"),
 C("share", "", "before", AR+"/div[2]/ul", note="icon share list (Facebook, Pinterest, Email) above the lead image"),
 C("follow", "Follow Us", "outside", B+"/footer/div[1]/div[1]/div[2]", note="footer 'Follow Us' social icons (Instagram, Pinterest)"),
 C("newsletter", "Newsletter Sign Up", "outside", B+"/div[8]", amb=True, note="hidden 'Newsletter Sign Up' dialog (header), its form mount empty"),
 C("newsletter", "Newsletter Sign Up", "outside", B+"/div[9]", amb=True, note="hidden 'Newsletter Sign Up' dialog (header, mobile), form mount empty"),
 C("newsletter", "Newsletter Sign Up", "outside", B+"/div[10]", amb=True, note="hidden 'Newsletter Sign Up' dialog (footer), form mount empty"),
 C("newsletter", "Newsletter Sign Up", "outside", B+"/div[11]", amb=True, note="hidden 'Newsletter Sign Up' dialog (inline), form mount empty"),
]
ads=[
 A(B+"/div[6]", "before|outside", "empty mm-ads-leaderboard-header (flexible leaderboard) under the nav"),
 A(B+"/div[7]", "before|outside", "empty mm-ads-leaderboard-spacer (reserved space of the header leaderboard; no ad unit inside)", amb=True),
]+[
 A(L+f"/div[{i}]", "after" if i==30 else "inline", f"empty mntl-sc-block-adslot div after plant item {i//2}" + (" (the last list item; the outro is empty)" if i==30 else "")) for i in range(2,31,2)
]+[
 A(RR+f"/div[{i}]", "outside", f"right-rail green-billboard{i} sticky GPT square ad group") for i in range(1,8)
]+[
 A(PF+"/div", "after|outside", "empty Outbrain widget (green-outbrain, no heading) above the prefooter recirc"),
 A(PF+"/section/div[1]", "after|outside", "empty Outbrain widget between the two recirc card lists"),
 A(PF+"/section/div[2]", "after|outside", "leaderboard2-deferred-footer (leaderboardfooter-flex-2) at the end of the recirc section"),
]
