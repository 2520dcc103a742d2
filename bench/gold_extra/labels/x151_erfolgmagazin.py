from _dsl import *
FILE="trafilatura-eval/html/erfolg-magazin.de.konfliktkultur.html.gz"
# erfolg-magazin.de (Flatsome WordPress/WooCommerce theme): top bar with social icons, header menu, article column + sidebar of image-banner widgets, thin footer. No ad network code.
A_="/html/body/div[1]/main/div/div/div[1]/article/div"
SB="/html/body/div[1]/main/div/div/div[2]/div"
related=[
 R(A_+"/nav", None, 2, "after", note="previous/next post links under the article"),
]
ctas=[
 C("follow", "", "outside", "/html/body/div[1]/header/div/div[1]/div/div[3]/ul/li/div", note="top-bar follow icons (Facebook, Instagram, Twitter, e-mail, RSS, LinkedIn, YouTube)"),
 C("follow", "", "outside", "/html/body/div[2]/div/ul/li[6]/div", amb=True, note="same follow icons in the hidden mobile menu"),
 C("subscribe", "", "outside", SB+"/aside[1]", amb=True, note="sidebar image banner for the new magazine issue, links to the shop"),
 C("subscribe", "", "outside", SB+"/aside[2]", note="sidebar e-paper banner linking to the shop"),
 C("other", "", "outside", SB+"/aside[3]", amb=True, note="sidebar banner for 'ERFOLG Magazin verifiziert' (service promo)"),
 C("other", "", "outside", SB+"/aside[5]", amb=True, note="sidebar banner 'Top Experten 2022' (house promo)"),
 C("other", "", "outside", SB+"/aside[7]", amb=True, note="sidebar 'Hall of Fame' image link (house promo)"),
 C("other", "Anmelden", "outside", "/html/body/div[4]", amb=True, note="hidden WooCommerce login lightbox"),
]
ads=[
 A(SB+"/aside[4]", "outside", "sidebar banner for the 'ERFOLG Dossier' with partner Cake DeFi (image name), house-promoted sponsored dossier", amb=True),
 A(SB+"/aside[6]", "outside", "sidebar banner for the dossier archive, again Cake DeFi branded", amb=True),
]
