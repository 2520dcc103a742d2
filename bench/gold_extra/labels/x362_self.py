from _dsl import *
FILE="wcxb/html/0144.html.gz"
# SELF (Condé Nast 'verso') article 'The 2024 SELF Healthy Beauty Awards: The Best Oral Care Products for a Healthier Smile':
# out-of-page/outstream/overlay ad slots; empty paywall modal; persistent header (menu, logo, channel nav, empty account and
# nav-gift marketing slots, search); empty paywall bar; sticky hero (ad--hero slot + empty display-hero marketing slot);
# article header (rubric, h1, dek, byline, lead image); 'Save this story' buttons; four body chunks (intro with an empty
# article-mid marketing slot and a link to the rest of the award winners, eight award sections each with an embedded
# product card with retailer buttons, a sponsor-product slot and an in-content slot between sections; the right rail
# grid-layout__aside of every chunk is an empty div); empty paywall inline barrier; content footer (author bio with an
# empty social-icon list, Topics tags, empty article-footer marketing slot, empty recirc-list-wrapper, ad--footer slot);
# empty cm-footer marketing slot; site footer (about text, social icons, 'More from Self' nav incl. Newsletter Sign Up,
# Contact nav, notices).
# Not labelled: menus and footer navs (incl. 'Newsletter Sign Up', 'Contact'), empty account slot, Topics tags, author bio,
# empty rail asides, AdsSpacer/ad-height-hold spacers, empty Container divs in the text, empty truncation container.
PB="/html/body/div/div/div"
AR=PB+"/main/article"
CH=AR+"/div[2]/div[2]/div[2]"
C1=CH+"/div[1]/div[1]/div/div"
C2=CH+"/div[2]/div[1]/div/div"
C3=CH+"/div[3]/div[1]/div/div"
C4=CH+"/div[4]/div[1]/div/div"
CF=PB+"/main/div"
related=[
 R(C1+"/p[3]", None, 1, "inline", amb=True, note="'Be sure to check out the rest of SELF's 2024 Healthy Beauty Award winners here.' line linking the awards package (kept as body by the wcxb ground truth)"),
 R(CF+"/div[4]/div[3]", None, 0, "after", amb=True, note="empty recirc-list-wrapper under the article (script-filled)"),
]
ctas=[
 C("subscribe", "", "outside", PB+"/div[5]", amb=True, note="empty interstitial paywall-modal"),
 C("subscribe", "", "outside", PB+"/div[6]/header/div[4]/div[2]", amb=True, note="empty consumer-marketing-unit nav-gift slot in the header utility links"),
 C("subscribe", "", "outside", PB+"/div[7]", amb=True, note="empty persistent-bottom paywall-bar (sticky)"),
 C("subscribe", "", "before|outside", PB+"/div[10]/div[2]", amb=True, note="empty consumer-marketing-unit display-hero slot beside the sticky hero ad"),
 C("other", "Save Story Save this story", "before", AR+"/div[2]/div[1]", amb=True, note="'Save this story' bookmark buttons (desktop + mobile) above the text"),
 C("subscribe", "", "inline", C1+"/div[1]", amb=True, note="empty consumer-marketing-unit article-mid-content slot after the first paragraph"),
 C("other", "Courtesy of brand BURST Oral Care Pro Sonic Toothbrush $80 Walmart $90 $85 (6% off) Amazon", "inline", C1+"/div[4]", amb=True, note="embedded product card with retailer buttons"),
 C("other", "Courtesy of brand Aquasonic Icon $30 $18 (40% off) Amazon $25 Target", "inline", C1+"/div[8]", amb=True, note="embedded product card with retailer buttons"),
 C("other", "Courtesy of brand Fresh Knight Sonic Fresh Ultrasonic Cleaner $30 Amazon", "inline", C2+"/div[2]", amb=True, note="embedded product card with retailer button"),
 C("other", "Courtesy of brand hello Vitamin C Whitening Toothpaste $7 $6 (14% off) Amazon", "inline", C2+"/div[5]", amb=True, note="embedded product card with retailer button"),
 C("other", "Courtesy of brand Davids Expanding Dental Floss $10 Amazon", "inline", C2+"/div[7]", amb=True, note="embedded product card with retailer button"),
 C("other", "Courtesy of brand Flaus Electric Flosser $119 $79 (34% off) Flaus", "inline", C3+"/div[2]", amb=True, note="embedded product card with retailer button"),
 C("other", "Courtesy of brand Listerine Clinical Solutions Gum Health Antiseptic Mouthwash", "inline", C3+"/div[4]", amb=True, note="embedded product card with retailer buttons"),
 C("other", "Courtesy of brand Crest Daily Whitening Serum $33 Amazon", "inline", C4+"/div[2]", amb=True, note="embedded product card with retailer button (last award section)"),
 C("subscribe", "", "after", AR+"/div[2]/div[2]/div[3]", amb=True, note="empty paywall inline barrier (consumer-marketing paywall-inline-barrier slot) after the body chunks"),
 C("subscribe", "", "after", CF+"/div[4]/div[2]", amb=True, note="empty consumer-marketing-unit article-footer slot"),
 C("subscribe", "", "after|outside", PB+"/div[13]", amb=True, note="empty consumer-marketing-unit cm-footer slot above the site footer"),
 C("follow", "Facebook X Pinterest Instagram Tiktok", "outside", PB+"/div[14]/div/div/footer/div/div[1]/div[3]", note="footer 'Follow us on' social icons"),
]
ads=[
 A(PB+"/div[2]", "outside", "ad--out-of-page slot"),
 A(PB+"/div[3]", "outside", "ad--outstream slot"),
 A(PB+"/div[4]", "outside", "ad--overlay slot"),
 A(PB+"/div[10]/div[1]", "before|outside", "ad-stickyhero: ad--hero slot above the article"),
 A(C1+"/div[6]", "inline", "ad--sponsor-product slot after the first award section"),
 A(C2+"/div[3]", "inline", "ad--in-content slot after the retainer-cleaner card"),
 A(CF+"/div[4]/div[4]", "after", "ad--footer slot at the bottom of the content footer"),
]
