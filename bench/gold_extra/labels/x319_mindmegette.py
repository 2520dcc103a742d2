from _dsl import *
FILE="trafilatura-eval/html/mindmegette.hu.levagott.html.gz"
# Mindmegette (Hungarian recipe portal, Mediaworks) Házisáfrány blog recipe 'Ettől kitör a frász! ... levágott ujj kekszeket':
# header leaderboard (Adverticum zone), header (mobile menus, sponsored-topic menu, main menu, utility row with recipe
# upload, Facebook dropdown with page plugin, YouTube, Instagram, login/registration); search boxes; main column (search
# box with empty 'sponsor_box_top' and 'skin' bannerboxes, title, author, like/save/pin row, lead, desktop+mobile zones,
# recipe text with ingredients and steps, three all-caps story links '... >>>', empty 'sponsor_box_bottom', text-link zone,
# desktop+mobile zones, empty 'text_link_1', tag buttons); then 'Ezek is érdekelhetnek' (desktop+mobile zones, 8 Mediaworks
# portfolio teasers with a mobile zone inside, two 'Friss' grids of 6 with an empty 'roadblock5' between); right column
# inside that block (Toplista tag links, banner, 'Ajánlatok' sponsored article, video carousel, 'Friss receptjeink',
# headingless 5-recipe list, Lakáskultúra partner carousel, banner, Turpisság tip, Köpönyeg weather iframe, empty
# medium_rectangle4/5, Astronet horoscope widget, 'Promóció' box of 6 zones); footer ad 'cemetery' (2 wide + 4 MPU
# zones), footer links, Mediaworks band with social icons, regional portal list; two zones after the footer.
# Not labelled: menus (incl. the sponsored-topic menu, 'Receptfeltöltés', login/registration), Toplista tag list, tag
# buttons, Turpisság tip widget, Köpönyeg weather iframe, footer link lists (incl. 'Email nekünk'), empty user modal.
MC="/html/body/section/div/div[1]/section"
AC=MC+"/div[2]/div[4]"
EZ=MC+"/div[3]"
SB=EZ+"/aside[3]"
HU="/html/body/header/div/div/div[3]/div[3]/ul[2]"
FC="/html/body/section/div/footer/div[1]"
related=[
 R(AC+"/h2[3]", None, 1, "after", note="all-caps story link 'EGYSZERŰ, DE NAGYSZERŰ VENDÉGVÁRÓ: ... >>>' at the end of the text"),
 R(AC+"/h2[4]", None, 1, "after", note="all-caps story link 'ÁFONYÁS AMERIKAI PALACSINTA, MARADÉK KOVÁSSZAL >>>'"),
 R(AC+"/h2[5]", None, 1, "after", note="all-caps story link 'ÍGY KÉSZÜL A LEGFINOMABB HUMUSZ >>>'"),
 R(EZ+"/div[1]", "Ezek is érdekelhetnek", 8, "after", note="Mediaworks portfolio teasers (zaol, magyarnemzet, borsonline, ripost ...), heading h2 just before the container"),
 R(EZ+"/div[2]", "Friss", 6, "after", note="'Friss' grid of 6 recipes/articles (one marked 'Szponzorált tartalom')"),
 R(EZ+"/div[3]", "Friss", 6, "after", note="second 'Friss' grid of 6, after the empty roadblock5 bannerbox"),
 R(SB+"/div[3]", "Ajánlatok", 1, "outside", sponsored=True, note="right-column 'Ajánlatok' (offers) box with the sponsored egg article"),
 R(SB+"/div[4]", "videók", 5, "outside", note="right-column video carousel (heading 'videók' h2 just before it)"),
 R(SB+"/div[5]", "Friss receptjeink", 5, "outside", note="right-column fresh recipes list"),
 R(SB+"/div[7]", None, 5, "outside", note="right-column headingless list of 5 recipes"),
 R(SB+"/div[8]", None, 3, "outside", note="Lakáskultúra partner carousel (logo as title) with 3 stories and 'Olvasson tovább a dekorációrol'"),
 R(SB+"/div[13]", "Napi horoszkóp", 12, "outside", amb=True, note="Astronet partner horoscope widget: 12 zodiac signs linking to astronet, 'Tovább az Astronet-re'"),
]
ctas=[
 C("follow", "Mindmegette.hu Mindmegette a Facebookon Mindmegette Rss csatornák", "outside", HU+"/li[2]", note="header Facebook icon with dropdown page plugin, Facebook and RSS buttons"),
 C("follow", "", "outside", HU+"/li[3]", note="header YouTube icon link"),
 C("follow", "", "outside", HU+"/li[4]", note="header Instagram icon link"),
 C("share", "", "before", MC+"/div[2]/div[1]/div/div[2]", note="Facebook like / save / Pinterest pin row beside the author"),
 C("follow", "", "outside", "/html/body/section/div/footer/div[3]/div/div[3]", amb=True, note="footer Mediaworks band: publisher's Facebook and LinkedIn icons"),
]
ads=[
 A("/html/body/header/aside", "before|outside", "header bannerbox with Adverticum zone_pc_3504748 (970x90)"),
 A(MC+"/div[1]/div/aside[1]", "before", "empty bannerbox 'sponsor_box_top' (comment only) above the title", amb=True),
 A(MC+"/div[1]/div/aside[2]", "outside", "empty bannerbox 'skin' (comment only)", amb=True),
 A("/html/body/a", "outside", "empty a#ad-image-big (skin click-through anchor)", amb=True),
 A(MC+"/div[2]/div[3]/aside/section/div[1]", "inline", "Adverticum zone_pc_3504951 (640x360) between lead and text"),
 A(MC+"/div[2]/div[3]/aside/section/div[2]", "inline", "Adverticum zone_mobile_2967638 (mobile variant) between lead and text"),
 A(AC+"/aside[4]", "after", "empty bannerbox 'sponsor_box_bottom' (comment only) at the end of the text", amb=True),
 A(MC+"/div[2]/div[5]/div", "after", "Adverticum zone3598229 (TEXTLINK)"),
 A(MC+"/div[2]/div[5]/aside[1]/section/div[1]", "after", "Adverticum zone_pc_3504952 (640x360)"),
 A(MC+"/div[2]/div[5]/aside[1]/section/div[2]", "after", "Adverticum zone_mobile_2967618 (mobile variant)"),
 A(MC+"/div[2]/div[5]/aside[2]", "after", "empty bannerbox 'text_link_1' (comment only)", amb=True),
 A(EZ+"/aside[1]/section/div[1]", "after", "Adverticum zone_pc_3504953 above 'Ezek is érdekelhetnek'"),
 A(EZ+"/aside[1]/section/div[2]", "after", "Adverticum zone_mobile_2967636 (mobile variant)"),
 A(EZ+"/div[1]/aside", "after", "bannerbox with Adverticum zone_mobile_6200818 inside the portfolio block"),
 A(EZ+"/aside[2]", "after", "empty bannerbox 'roadblock5' (comment only) between the two 'Friss' grids", amb=True),
 A(SB+"/div[2]", "outside", "sidebarBanner with Adverticum zone_pc_3504954"),
 A(SB+"/div[6]", "outside", "sidebarBanner with Adverticum zone_pc_3504955"),
 A(SB+"/div[9]", "outside", "sidebarBanner with Adverticum zone_pc_3504956"),
 A(SB+"/div[12]", "outside", "empty sidebarBanner 'medium_rectangle4' (comment only)", amb=True),
 A(SB+"/div[14]", "outside", "empty sidebarBanner 'medium_rectangle5' (comment only)", amb=True),
 A(SB+"/div[15]/div[2]", "outside", "'Promóció' box: ads_box zone_pc_3503057"),
 A(SB+"/div[15]/div[3]", "outside", "'Promóció' box: ads_box zone_pc_3503059"),
 A(SB+"/div[15]/div[4]", "outside", "'Promóció' box: ads_box zone_pc_3503060"),
 A(SB+"/div[15]/div[5]", "outside", "'Promóció' box: ads_box zone_pc_3503062"),
 A(SB+"/div[15]/div[6]", "outside", "'Promóció' box: ads_box zone_pc_3503066"),
 A(SB+"/div[15]/div[7]", "outside", "'Promóció' box: ads_box zone_pc_3503067"),
 A(FC+"/div[1]/section[1]", "after|outside", "footer 'piactér' wide zone_pc_5913564 (640x360)"),
 A(FC+"/div[1]/section[2]", "after|outside", "footer 'piactér' wide zone_pc_5913566 (640x360)"),
 A(FC+"/div[2]/div[1]", "after|outside", "footer ad cemetery 300x250 A (zone_pc_3504957)"),
 A(FC+"/div[2]/div[2]", "after|outside", "footer ad cemetery 300x250 B (zone_pc_3504959)"),
 A(FC+"/div[2]/div[3]", "after|outside", "footer ad cemetery 300x250 C (zone_pc_3504960)"),
 A(FC+"/div[2]/div[4]", "after|outside", "footer ad cemetery 300x250 D (zone_pc_3504963)"),
 A("/html/body/section/div/div[3]", "outside", "Adverticum zone_pc_3504729 after the footer (layer/interstitial)"),
 A("/html/body/section/div/div[4]", "outside", "Adverticum zone_pc_3504719 after the footer (layer/interstitial)"),
]
