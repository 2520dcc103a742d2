from _dsl import *
FILE="wcxb/html/0054.html.gz"
# Move.org (Clearlink 'coolwhip' theme) round-up 'Best Long-Distance & Cross-Country Movers 2026': closable affiliate
# disclaimer bar; header (logo, mega-menu, 'Find a Mover' button, search); banner row under the header (empty desktop
# link with utm_style=bannerad, mobile and desktop Colonial Van Lines banner images to an affiliate offer); scrolling
# 'On this page' TOC; article: breadcrumb, h1, dek, 'Need help choosing? Use our Find-a-Mover tool' card, sticky 'Get up
# to $500 off your move!' deal card with a Hide tab, 'top picks' cards (3 + 2, each with 'Get a Quote'), trust stats,
# byline; intro and featured list; comparison table with a 'Get a Quote' per row; 'Pick the right mover' list ending in
# a '👉 Compare movers with our Find-a-Mover tool' line; how-to-choose part with a 'Tip: Get more quotes faster' box and a
# 'For a deeper dive, check out ...' sentence; 8 company entries (rating card with 'Get a Quote', text, pros / cons,
# quotes, photos linking to 'what to expect' stories, promo box, 'Get a Quote from X' button beside 'Read Full Review');
# 'More long-distance movers' list of 11 other reviews; moving timeline; FAQ; methodology; final word; 'Not sure which
# company is right for you?' with 'Find a Mover' button; 'Related articles on Move.org' (3); sources; author bio;
# footer (Connect with Us / Moving Categories / Moving Resources columns, two identical social icon rows, 'Sign up for
# our moving guide!' column with an empty Cordial form mount, legal line); back-to-top button; Advanced Ads layer and
# sticky-footer plugin scripts (no slot element in the HTML).
# Not labelled: disclaimer bar, mega-menu, search, TOC, trust stats, byline and author bio (e-mail icon), featured list,
# FAQ accordions, in-sentence links of the timeline, sources, footer category / resources columns and legal line,
# back-to-top, ad plugin scripts with no box (convention 8), the question lead-ins above each quote button.
AR="/html/body/section[2]/article"
TP=AR+"/div[3]/div/div/div[1]/div/div"
F="/html/body/section[3]/div/div/div/div/div/div/div[1]/div"
ENTRIES=[(10,14,"Allied Van Lines"),(11,18,"Colonial Van Lines"),(12,20,"American Van Lines"),(13,13,"United Van Lines"),
         (14,12,"Mayzlin"),(16,15,"Mayflower"),(17,15,"North American Van Lines"),(18,12,"BLVD Moving")]
related=[
 R(AR+"/div[8]/div/div/div[5]", None, 2, "inline", amb=True, note="pointer sentence 'For a deeper dive, check out What Goes Into a Moving Estimate? and How to Do a Home Inventory.' (10.10, ordinary sentence)"),
 R(AR+"/div[10]/div/div/div[7]", None, 1, "inline", amb=True, note="Allied photo linking to the story 'what to expect when you move with Allied Van Lines (Wilder's move)' (convention 5; a reader may take it as a body photo)"),
 R(AR+"/div[12]/div/div/div[6]", None, 1, "inline", amb=True, note="two American Van Lines photos linking to the story 'what to expect ... Crystal's move' (convention 5)"),
 R(AR+"/div[12]/div/div/div[11]", "Other high-value items", 1, "inline", amb=True, note="callout box 'Other high-value items' whose sentence links to the 'move with high-value items' guide (pointer in a sentence, 10.10)"),
]
for k, r, name in ENTRIES:
    related.append(R(AR+"/div[%d]/div/div/div[%d]/div/div[2]" % (k, r), None, 1, "inline", note="'Read Full Review' link to the site's %s review, set apart beside the entry's quote button (10.10, as x653)" % name))
related += [
 R(AR+"/div[20]", "More long-distance movers", 11, "inline", amb=True, note="'More long-distance movers' section: 'Check out our reviews of some other companies ...:' and a list of 11 review links (convention 8), but an article section listed in the page TOC and kept by wcxb"),
 R(AR+"/div[25]", "Related articles on Move.org", 3, "after", note="'Related articles on Move.org': 3 links (cheap, military, international movers)"),
]
ctas=[
 C("other", "Find a Mover", "outside", "/html/body/section[1]/div/div/div[2]/div/div/div/div/div/div[3]", note="header 'Find a Mover' button (the site's mover-quote funnel, affiliate link)"),
 C("other", "Need help choosing? Use our Find-a-Mover tool", "before", AR+"/div[1]/div/div/div/div[4]", note="'Need help choosing? Use our Find-a-Mover tool' card with button under the dek"),
 C("other", "Hide Get up to $500 off your move! Exclusive deal for Move.org readers", "before|outside", AR+"/div[2]", note="sticky deal card (data-sticky) 'Get up to $500 off your move!' with a Hide tab and an affiliate button"),
]
for i in (1, 2, 3):
    ctas.append(C("other", "", "before", TP+"/div[2]/div/div/div/div[%d]" % i, amb=True, note="top-picks card %d of the first row (company logo, rating, features, 'Get a Quote' affiliate button; affiliate convention, 10.2)" % i))
for i in (1, 2):
    ctas.append(C("other", "", "before", TP+"/div[3]/div/div/div/div[%d]" % i, amb=True, note="top-picks card %d of the second row ('Get a Quote' affiliate button; 10.2)" % i))
ctas += [
 C("other", "", "inline", AR+"/div[5]/div/div/div[3]", amb=True, note="comparison table with a 'Get a Quote' affiliate button on each of its 7 company rows (convention 1: one item for the listing)"),
 C("other", "👉 Compare movers with our Find-a-Mover tool", "inline", AR+"/div[6]/div/div/div[2]/p[2]", note="line set apart closing 'Pick the right mover' with a link to the Find-a-Mover tool (10.1)"),
 C("other", "Tip: Get more quotes faster Use our Find-a-Mover tool", "inline", AR+"/div[8]/div/div/div[4]", note="'Tip: Get more quotes faster' callout box linking to the Find-a-Mover tool (own box, 10.1)"),
]
for k, r, name in ENTRIES:
    ctas.append(C("other", "", "inline", AR+"/div[%d]/div/div/div[3]" % k, amb=True, note="%s rating card with 'Get a Quote' affiliate button (10.2)" % name))
    ctas.append(C("other", "Get a Quote from %s" % name, "inline", AR+"/div[%d]/div/div/div[%d]/div/div[1]" % (k, r), amb=True, note="'Get a Quote from %s' affiliate button closing the entry (10.2)" % name))
ctas += [
 C("other", "Save up to $500 with Colonial Van Lines!", "inline", AR+"/div[11]/div/div/div[6]", amb=True, note="promo box 'Save up to $500 with Colonial Van Lines! Use promo code MOVEORG' with an affiliate link in the entry (affiliate convention)"),
 C("other", "Find a Mover", "after", AR+"/div[24]/div/div/div[7]", note="'Find a Mover' button under 'Not sure which company is right for you?' after the final word"),
 C("contact", "Connect with Us About Us Partner with Us Contact Us Press", "outside", F+"/div[1]", amb=True, note="footer 'Connect with Us' column: Contact Us among About / Partner / Press links (9.7)"),
 C("follow", "", "outside", F+"/div[2]/div[3]", note="footer social icons (Facebook, Twitter, Pinterest) under 'Moving Categories'"),
 C("follow", "", "outside", F+"/div[3]/div[3]", amb=True, note="second identical footer social icon row under 'Moving Resources' (a copy)"),
 C("newsletter", "Sign up for our moving guide! Get emails with discounts, tips, and checklists", "outside", F+"/div[4]", note="footer 'Sign up for our moving guide!' column; its Cordial form mount is empty in the HTML"),
]
B="/html/body/section[1]/div/div/div[3]/div/div/div"
ads=[
 A(B+"[1]", "before|outside", amb=True, note="banner row under the header: empty desktop link to /best-moving-container-companies/?utm_style=bannerad (no image); no ad markup"),
 A(B+"[2]", "before|outside", amb=True, note="mobile banner image (Mobile-banner-CVL, hide-for-medium) linking to an affiliate offer; own/affiliate banner with no ad markup"),
 A(B+"[3]", "before|outside", amb=True, note="desktop banner image (CVL-banner-desktop 2275x281) linking to the Colonial Van Lines affiliate offer; no ad markup"),
]
