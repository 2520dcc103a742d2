from _dsl import *
FILE="scrapinghub/html/33fe2471fd553c6570f93997f208b4f39bf30be5947c3cfa620ee8eff3355ab9.html.gz"
COL="/html/body/div[1]/div[2]/div[1]/div"
SB="/html/body/div[1]/div[2]/div[2]/div"
# Same Inexhibit template as x25 (a 'marker' post: Amsterdam Light Festival preview with an image gallery of
# linked photos, part of the body). No 'You may also be interested in' block on this page. Header/mobile menus,
# the sidebar search form, the footer menu (incl. Contact Us / Advertise) and the empty text_icl-12 widget are
# not labelled.
related=[
 R(COL+"/div[6]", "More in Amsterdam", 1, "after", amb=True, note="single card linking to the site's Amsterdam location guide; location-tag-like"),
 R(SB+"/aside[6]", "Specials", 10, "outside", note="sidebar recent-posts-extended list of the site's Specials"),
 R(SB+"/div[1]", "recently-added locations", 8, "outside", note="sidebar list of city guides (locations) with thumbnails"),
]
ctas=[
 C("follow", "", "outside", SB+"/aside[3]", note="sidebar synved social follow icons (Facebook, Twitter)"),
 C("other", "InDi Design Index", "outside", SB+"/aside[5]", amb=True, note="sidebar image promo for the site's InDi design index section"),
 C("newsletter", "Subscribe to Inexhibit’s newsletter", "outside", SB+"/div[2]", note="sidebar newsletter image link"),
]
ads=[
 A(COL+"/div[4]", "after", "adsbygoogle rectangle under the article; its 'sponsored links' title bar is the sibling div[3]"),
 A(SB+"/aside[2]", "outside", "sidebar 'sponsored links' widget with adsbygoogle ins"),
]
