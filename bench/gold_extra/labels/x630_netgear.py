from _dsl import *
FILE="wcxb/html/4233.html.gz"
# NETGEAR hub (WordPress) article 'What is Mesh WiFi?': header (logo, main menu, search); breadcrumb; hero (h1, dek and two
# buttons 'Shop Mesh WiFi' and 'Mesh WiFi vs. Extenders'); byline box (written by, empty author link list) with a 'Share
# Article' row; hero image; 'IN THIS ARTICLE' table of contents; text in eleven topic sections with own shop asks: bold
# lead-in 'Shop our best Mesh WiFi Systems' + 'SHOP WIFI MESH SYSTEMS' button, a tablepress 728x90 Orbi 370 banner
# (image 'ads-orbi370_ads-amazon-1-728x90', alt 'orbi ad mid') with '(add ... to cart)', an 'Orbi 770 Series' button, a
# 728x90 Orbi 770 banner and an add-to-cart line, a KB pointer line, 'Ready to explore more? Shop ...' + 'SHOP MESH SYSTEMS
# FOR HOME' button; FAQ (two copies: list and toggles); bottom 'Share Article' row; 'Related Stories' band (3 cards, 'Back
# to netgear blogs'); footer (menu, legal links, country switch, social icons).
# Not labelled: menus, search, breadcrumb, byline, hero image, table of contents, FAQ copies (body), empty author link
# list, in-sentence product links, footer menus and country switch.
HERO="/html/body/div/div[2]"
B="/html/body/div/div[3]/div/div"
related=[
 R(HERO+"/div[2]/div/div/div/a[2]", None, 1, "before", amb=True, note="hero button 'Mesh WiFi vs. Extenders' linking to another hub article (a button beside the shop button; a reader may take it as navigation)"),
 R(B+"/div[11]/p[6]", None, 1, "inline", amb=True, note="pointer sentence 'For more on mesh satellite placement tips visit – Where should I place my Orbi Mesh Satellites?' (KB article; kept in the wcxb ground truth; lead-in ends in a dash, 11.4 unsettled)"),
 R("/html/body/div/div[4]", "Related Stories", 3, "after|outside", note="'Related Stories' band between article and footer: Orbi Buyer's Guide, Orbi Satellites Buyer's Guide, Orbi 970 Series (plus 'Back to netgear blogs' button)"),
]
ctas=[
 C("other", "Shop Mesh WiFi", "before", HERO+"/div[2]/div/div/div/a[1]", note="hero 'Shop Mesh WiFi' button under the dek"),
 C("share", "Share Article Copy link", "before", HERO+"/div[3]/div/div[2]", note="'Share Article' icons and Copy link beside the byline"),
 C("other", "Shop our best Mesh WiFi Systems", "inline", B+"/div[2]/p[3]", amb=True, note="bold lead-in line of the shop button below (no common box but the section; 9.1)"),
 C("other", "SHOP WIFI MESH SYSTEMS", "inline", B+"/div[2]/div", note="'SHOP WIFI MESH SYSTEMS' button set apart in the text (own shop)"),
 C("other", "Orbi 770 Series", "inline", B+"/div[7]/div", amb=True, note="'Orbi 770 Series' product button (empty href) above the Orbi 770 banner (product button in the text, affiliate convention)"),
 C("other", "(add Orbi 770 Mesh System to cart)", "inline", B+"/div[7]/span", amb=True, note="'(add Orbi 770 Mesh System to cart)' line under the Orbi 770 banner (belongs to the banner unit, no box of its own)"),
 C("other", "Ready to explore more? Shop our best Mesh WiFi Systems", "inline", B+"/div[11]/p[7]", amb=True, note="lead-in line of the shop button below"),
 C("other", "SHOP MESH SYSTEMS FOR HOME", "inline", B+"/div[11]/div", note="'SHOP MESH SYSTEMS FOR HOME' button set apart before the FAQ"),
 C("share", "Share Article Copy link", "after", B+"/div[13]", note="bottom 'Share Article' icons and Copy link"),
 C("follow", "", "outside", "/html/body/div/footer/div/div[2]/div[2]", note="footer social icons: Facebook, Twitter, Instagram, YouTube"),
]
ads=[
 A(B+"/div[3]/table", "inline", "tablepress box with an own-product 728x90 banner (image 'ads-orbi370_ads-amazon-1-728x90', alt 'orbi ad mid') and '(add Orbi 370 Series to cart)' line"),
 A(B+"/div[7]/a", "inline", "own-product 728x90 banner 'Orbi-770_728x90' linking to the product page (banner size, as the 'orbi ad' banner above)"),
]
