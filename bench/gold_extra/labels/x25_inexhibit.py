from _dsl import *
FILE="scrapinghub/html/94fbcc26772088646cb977cecf1abc4012847a1f6927d09505cbf0c3d417ba07.html.gz"
COL="/html/body/div[1]/div[2]/div[1]/div"
SB="/html/body/div[1]/div[2]/div[2]/div"
related=[
 R(COL+"/div[5]", "You may also be interested in...", 4, "after", note="story cards under the article (after the sponsored-links ad)"),
 R(COL+"/div[7]", "More in Milan", 1, "after", amb=True, note="single card linking to the site's Milan museums location guide; location-tag-like"),
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
