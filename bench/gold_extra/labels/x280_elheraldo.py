from _dsl import *
FILE="trafilatura-eval/html/elheraldo.hn-JOH.html.gz"
# El Heraldo (Honduras, Protecmedia ITER CMS) news article '¿Cuál sería el papel de "El Chapo" Guzmán en el juicio contra
# JOH?': header (GPT 728x90_A, network menu LAPRENSA/DIEZ/…, burger/logo/search, main menu, social icons, hidden burger
# mega-menu), a portlet row of out-of-flow GPT slots (left/right skies, two 1x1, interstitial), title/lead, article column
# (share icons, photo, author/date, text ending with a 'LE PUEDE INTERESAR:' link line, share icons, 'Relacionadas:' list,
# tags, empty ActiveCampaign newsletter form, 'Te puede interesar:' teasers, MGID container, Facebook comments), right rail
# (GPT 300x250_A, 'EN PORTADA' ranking, 300x250_B, 'MÁS VISTO' ranking (empty), 300x250_C), a 'TRENDING' row with a Taboola
# container and 300x250_D, a 'VIDEOS' slider row, footer (GPT 728x90_B, logo, footer menu, Taboola flush, adhesion slot).
# Not labelled: network/main/burger menus, search, tag list, footer menu (ANÚNCIESE among links).
C1="/html/body/div/div/div/div/div[1]/div/div[1]"
AC="/html/body/div/div/div/div/div[2]/div[1]"
S="/html/body/div/div/div/div/div[2]/div[2]"
R3="/html/body/div/div/div/div/div[3]"
related=[
 R(AC+"/div[2]/div/div[5]/div[4]/p[5]", None, 1, "after", note="'LE PUEDE INTERESAR: La ficha de Juan Orlando Hernández en el MDC de Nueva York' link line closing the text"),
 R(AC+"/div[3]", "Relacionadas:", 3, "after", note="'Relacionadas:' list of 3 story links under the article"),
 R(AC+"/div[6]", "Te puede interesar:", 4, "after", note="'Te puede interesar:' 4 teasers under the article"),
 R(S+"/div[2]", "EN PORTADA", 5, "outside", note="right-rail 'EN PORTADA' ranking tab with 5 story links (in a tab template)"),
 R(S+"/div[4]", "MÁS VISTO", 0, "outside", amb=True, note="right-rail 'MÁS VISTO' ranking with an empty tab content (filled by script)"),
 R(R3+"/div[1]/div[1]", "TRENDING", 4, "after|outside", note="'TRENDING' row of 4 teasers below the article row"),
 R("/html/body/div/div/div/div/div[4]/div/div", "VIDEOS", 10, "after|outside", note="'VIDEOS' slider with 10 video teasers above the footer"),
]
ctas=[
 C("follow", "", "outside", "/html/body/div/header/div/div/div[3]/div/div/div/div[4]", note="header social profile icons (Facebook, Twitter, …)"),
 C("share", "", "before", AC+"/div[2]/div/div[1]", note="WhatsApp/Facebook/Twitter/mail share icons above the photo"),
 C("share", "", "after", AC+"/div[2]/div/div[6]", note="WhatsApp/Facebook/Twitter/mail share icons after the text"),
 C("newsletter", "", "after", AC+"/div[5]", amb=True, note="empty ActiveCampaign newsletter form section (section#newsletter, filled by script)"),
 C("comments", "", "after", AC+"/div[8]", note="Facebook comments plugin under the article"),
]
ads=[
 A("/html/body/div/header/div/div/div[1]/div/div/div/div[2]", "before|outside", "GPT 728x90_A leaderboard at the top of the header"),
 A(C1+"/div[1]", "outside", "GPT 160x600_la left sky (body_sky_left)"),
 A(C1+"/div[2]", "outside", "GPT 160x600_lb right sky (body_sky_right)"),
 A(C1+"/div[3]", "outside", "GPT 1x1 out-of-page slot"),
 A(C1+"/div[4]", "outside", "GPT 1x1_Personalizado out-of-page slot"),
 A(C1+"/div[5]", "outside", "GPT Interstitials_800x600 floating slot"),
 A(AC+"/div[7]", "after", "empty MGID recommendation container (adcontainer-portlet, no heading)"),
 A(S+"/div[1]", "outside", "GPT 300x250_A in the right rail"),
 A(S+"/div[3]", "outside", "GPT 300x250_B in the right rail"),
 A(S+"/div[5]", "outside", "GPT 300x250_C in the right rail"),
 A(R3+"/div[1]/div[2]", "after|outside", "empty Taboola 'Below Article Thumbnails1' container (adcontainer-portlet) under TRENDING"),
 A(R3+"/div[2]/div", "outside", "GPT 300x250_D beside TRENDING"),
 A("/html/body/div/footer/div[1]", "after|outside", "GPT 728x90_B at the top of the footer"),
 A("/html/body/div/footer/div[4]", "outside", "GPT Adhesion_728x90 floating slot"),
]
