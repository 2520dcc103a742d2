from _dsl import *
FILE="wcxb/html/0010.html.gz"
# Reviewed (USA TODAY network, now StackCommerce) feature 'These are the best major appliances of 2025': skip link; navbar
# (menu and search toggles, search box with popular terms, slide-out main menu with category and 'The Best Right Now / Deals'
# menus); featured top nav (Newsletters / Award Winners / Appliances / Home & Garden / Kitchen & Cooking / Pets); header
# (category link, h1, dek, image); byline and date; affiliate disclaimer; text: intro, then nine award entries (image,
# product widget with award label, name, blurb, a 'Read our full review.' / 'Read more about ...' link line, pros/cons and
# a where-to-buy box with affiliate 'Buy now' / '$... from Lowe's' buttons); 'Related content' (2 stories); closing note
# ('Prices were accurate ...' and 'Follow Reviewed on Facebook, Twitter, Instagram, TikTok, or Flipboard'); static
# newsletter sign-up under the article; footer (logo, StackCommerce line, link columns, social icons); persistent
# (sticky) newsletter bar with close button. No ads, no ad configuration (GTM noscript iframe; affiliate/skimlinks
# settings in scripts only).
# Not labelled: skip link, navbar menus and search (incl. popular search terms), featured top nav (incl. its
# 'Newsletters' link), category link, byline, affiliate disclaimer, product blurbs and pros/cons (body), the 'Prices
# were accurate' line, footer link columns (incl. Advertising, Send Feedback).
# Convention used: affiliate/product boxes in the text are one ambiguous 'other' CTA per box (the where-to-buy box of
# each entry), as x115; each entry's review link line is a related block of one item (ambiguous as x115 until convention
# 10.10 made a link line set apart plain); the in-sentence 'all the 2025 Best of Year awards' pointer is an amb block
# (10.10).
B="/html/body/main/div/div[2]/div[1]/div[3]"
ENTRIES=[  # (widget div, review-link p, name, link text)
 (3, "p[3]", "LG Home Appliances (Most Trusted Appliances Brand)", "Read more about recent LG innovations."),
 (5, "p[3]", "Bosch 800 Series SHP78CM5N (Best Dishwasher)", "Read our full review."),
 (7, "p[3]", "Hisense HRM260N6TSE (Best Refrigerator)", "Read our full review."),
 (9, "p[4]", "Samsung Bespoke NSI6DB990012AA (Best Range)", "Read more about the Samsung Bespoke NSI6DB990012AA Induction Range."),
 (11, "p[4]", "GE Profile PTW800BPWRS (Best Top-Load Washer)", "Read our full review."),
 (13, "p[4]", "Electrolux ELFE7637AT (Best Dryer)", "Read our full review."),
 (15, "p[3]", "GE Profile PFQ97HSPVDS (Best Washer-Dryer Combo)", "Read our full review."),
 (17, "p[3]", "Samsung Bespoke WH46DBH500EVA3 (Best Wash Tower)", "Read more about the Samsung Bespoke WH46DBH500EVA3."),
 (19, "p[3]", "Electrolux ELFW7637AT (Best Front-Load Washer)", "Read our full review."),
]
def review(k, p, name, text):
    return R(B+"/div[%d]/div[1]/div/div[3]/%s" % (k, p), None, 1, "inline",
             note="link line '%s' closing the %s entry (its own review/story page; kept in the wcxb ground truth; a bold link "
                  "line set apart, plain: convention 10.10)" % (text, name))
BUY={3: 'Buy now at LG Home Appliances', 5: 'Buy now at AJ Madison', 7: "$1,599.00 from Lowe's", 9: "$3,399.00 from Lowe's", 11: "$878.00 from Lowe's", 13: "$898.00 from Lowe's", 15: "$2,098.00 from Lowe's", 17: "$1,998.00 from Lowe's", 19: "$898.00 from Lowe's"}
def buy(k, name):
    return C("other", BUY[k], "inline", B+"/div[%d]/div[%d]" % (k, 2 if k == 3 else 3), amb=True,
             note="where-to-buy box with affiliate buy buttons (click_affiliate) of the %s entry" % name)
related=[review(*e) for e in ENTRIES]+[
 R(B+"/p[2]", None, 1, "inline", amb=True, note="intro sentence ending 'or you can jump to all the 2025 Best of Year awards for our picks across home and life' (a pointer written into an ordinary sentence: amb, convention 10.10)"),
 R(B+"/div[20]", "Related content", 2, "after", note="'Related content' list: The Best Quiet Dishwashers of 2025; 3 water-efficient dishwashers for eco-conscious consumers"),
]
ctas=[buy(k, name) for k, _, name, _ in ENTRIES]+[
 C("follow", "The product experts at Reviewed have all your shopping needs covered. Follow Reviewed on Facebook", "after", B+"/div[21]/p/em/p[2]", note="closing line 'Follow Reviewed on Facebook, Twitter, Instagram, TikTok, or Flipboard' with profile links"),
 C("newsletter", "Sign up for our newsletter. Expert advice and our favorite products dropped right in your inbox.", "after|outside", "/html/body/div[3]", note="static newsletter sign-up (e-mail and first name) between the article and the footer"),
 C("follow", "", "outside", "/html/body/footer/div[2]", note="footer social icons (Facebook, Twitter, YouTube, Instagram, Pinterest, TikTok)"),
 C("newsletter", "Sign up for our newsletter. Expert advice and our favorite products dropped right in your inbox.", "outside", "/html/body/div[4]", note="persistent (sticky) newsletter sign-up bar with close button"),
]
ads=[]
