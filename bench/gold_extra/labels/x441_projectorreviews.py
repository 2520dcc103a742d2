from _dsl import *
FILE="wcxb/html/4265.html.gz"
# Projector Reviews (Oxygen builder) round-up page 'Best Portable Projectors For 2026': sticky header (logo, empty code
# block, main menu and mobile copy); bar with social icons, search element and 'Subscribe to Our Newsletter' button; title
# row (h1, and on its right two empty SBavp banner-zone shortcodes); text: intro, 'Our Best Portable Projector Picks:'
# jump cards (anchors to the sections below) with 'See All', 'Best Projector Categories' box (13 links to other best-of
# guides, 'View All'), then nine product sections (h2, text, specs table), each closed by a box with the product name,
# 'Read The Review' and 'Buy now from one of our trusted retail partners: Buy on Amazon …' affiliate buttons; between the
# Nebula Mars 3 box and the XGIMI Halo+ section a row with two more empty SBavp zones; empty code-block section; footer
# (logo, Quick Links with a 'Subscribe to Our Newsletter' button, Reviews / Other Information links, copyright, back to top).
# Not labelled: menus (incl. mobile copy), search element, picks jump cards (a table of contents into this page), footer
# link columns (incl. Contact Us and the footer newsletter button among Quick Links), back-to-top link, the two empty
# ct-code-block divs (header right, before the footer: no ad markup left).
# Affiliate convention of gold_extra/README: each in-text buy box is an 'other' CTA, ambiguous.
TX="/html/body/div/section/div"
related=[
 R(TX+"/div[3]", "Best Projector Categories", 13, "inline", note="'Best Projector Categories' box after the intro: 13 links to the site's other best-of guides (incl. this page) and 'View All Best Projector Categories'"),
]
ctas=[
 C("follow", "", "outside", "/html/body/section[1]/div/div/div[1]/div", note="social icons under the header (Facebook, Instagram, Twitter, LinkedIn, YouTube)"),
 C("newsletter", "Subscribe to Our Newsletter", "outside", "/html/body/section[1]/div/div/div[3]/a", note="'Subscribe to Our Newsletter' button under the header (/subscribe/)"),
 C("newsletter", "Subscribe to Our Newsletter", "outside", "/html/body/section[4]/div/div/div[2]/a[3]", amb=True, note="footer Quick Links: the same styled icon button (role=button, /subscribe/) as the header's, set apart from the plain link-texts"),
]
for n, name, place in [(6, "JMGO N1", "inline"), (9, "NEBULA MARS 3", "inline"), (13, "XGIMI HALO+", "inline"),
                       (16, "XGIMI MOGO 2 PRO", "inline"), (19, "EPSON EPIQVISION FLEX CO-W01", "inline"),
                       (22, "BenQ GS50", "inline"), (25, "EPSON EF12", "inline"), (28, "ASUS ZenBeam L2", "inline"),
                       (31, "BenQ GP100A", "after")]:
    ctas.append(C("other", name + " Read The Review Buy now from one of our trusted retail partners:", place, f"{TX}/div[{n}]", amb=True,
                  note=f"{name} box after its section: product name, 'Read The Review' link, 'Buy now from one of our trusted retail partners:' with Buy on Amazon (and other retailer) affiliate buttons"))
ads=[
 A("/html/body/section[2]/div/div/div[2]/div[1]", "before", "empty SBavp_zid_435 banner-zone shortcode right of the h1 (scripts stripped; zone ids only)", amb=True),
 A("/html/body/section[2]/div/div/div[2]/div[2]", "before", "empty SBavp_zid_436 banner-zone shortcode right of the h1", amb=True),
 A(TX+"/div[10]/div[1]", "inline", "empty SBavp_zid_123 banner-zone shortcode in the text (row #nz after the Nebula Mars 3 box)", amb=True),
 A(TX+"/div[10]/div[2]", "inline", "empty SBavp_zid_59 banner-zone shortcode beside it", amb=True),
]
