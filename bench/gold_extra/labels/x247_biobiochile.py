from _dsl import *
FILE="trafilatura-eval/html/biobiochile.cl-gremios.html.gz"
# BioBioChile (Vue app over server HTML) news story 'Gremios de los camioneros no descartan nueva movilización'.
# Header: region and radio dropdowns, login, adTop1 970x250 slot, logo + ad-menu 320x50 slot, hidden hamburger nav
# (social icons, dark mode, category links, 'Documentos Perdidos' and lorem-ipsum Messenger boxes (d-none), 'Descarga
# la App RadioBíoBío', script-filled news list) and its copy in the sticky little navbar; category bar whose items open
# story panels (5 stories each); 'home-editor-selection' story strip. Out-of-page interstitial and footer passbacks.
# Main: hidden live-stream box, left 160x600 scroll slot, 970x90 slot above the article; article (category, date,
# title, authors, photo, excerpt, text with two 'Lee también...' boxes, audio), a Reuters trust banner image link
# after the text, empty facebook-comments; right post-aside (hidden live stream, share icons, script-filled
# 'Relacionados', five 250x250 slots). Under it 'visto ahora' realtime widget and the infinite-scroll container with
# Vue templates for the next stories. Footer: category links, 'ALIANZAS BBCL' partner-outlet lists, social icons,
# WhatsApp button + modal with newsroom numbers, copyright.
# Not labelled: region/radio dropdowns, login, category menus, logo links (Avisos legales, BioBioTV, Busca tu casa),
# d-none 'Documentos Perdidos'/Messenger boxes, live-stream boxes, authors, audio, partner-outlet lists, the ad
# templates inside the infinite-scroll <template> (not rendered until a next story loads).
AR="/html/body/main/div[2]/div/article"
TX=AR+"/div[4]/div/div[3]/div[2]"
AS=AR+"/div[4]/aside"
HN1="/html/body/header/nav[2]/div[1]/transition/nav"
HN2="/html/body/header/transition/div/div/transition/nav"
CAT="/html/body/header/nav[2]/div[2]/div/ul"
def PANEL(i, name):
    return R(CAT+"/li[%d]/div" % i, None, 5, "outside", amb=True, note="category-bar '%s' story panel with 5 stories (hidden until hover)" % name)
related=[
 PANEL(1, "Selección del Editor"), PANEL(2, "Nacional"), PANEL(3, "Internacional"), PANEL(4, "Economía"),
 PANEL(5, "Deportes"), PANEL(6, "Tendencias"), PANEL(7, "Opinión"), PANEL(8, "BBCL Investiga"),
 R("/html/body/header/nav[2]/div[3]", None, 5, "outside", amb=True, note="'home-editor-selection' strip of 5 stories under the category bar"),
 R(HN1+"/div[2]/transition/div", None, 0, "outside", amb=True, note="hamburger-nav news list (latest stories with hour), filled by script"),
 R(HN2+"/div[2]/transition/div", None, 0, "outside", amb=True, note="the same news list in the sticky little navbar's hamburger copy"),
 R(TX+"/div[1]", "Lee también...", 1, "inline", note="in-text 'Lee también...' box (Camionero baleado en Ercilla …)"),
 R(TX+"/div[2]", "Lee también...", 1, "inline", note="in-text 'Lee también...' box ('A ver si se atreve a viajar' …)"),
 R(AS+"/div[3]", "Relacionados", 0, "outside", note="post-aside 'Relacionados' list (Vue v-for, filled by script)"),
 R("/html/body/main/div[2]/div/section", "visto ahora", 0, "after", note="'visto ahora' realtime widget (max 4 articles, filled by script)"),
 R("/html/body/main/div[2]/div/div", None, 0, "after", amb=True, note="infinite-scroll container: Vue templates for the next stories loaded on scroll"),
]
ctas=[
 C("follow", "", "outside", HN1+"/div[2]/div[1]/div/ul/li[1]", amb=True, note="hamburger-nav social icons (Facebook, Twitter, Instagram, YouTube, LinkedIn)"),
 C("app", "Descarga la App RadioBíoBío", "outside", HN1+"/div[2]/div[2]/div[2]/div[3]", amb=True, note="hamburger-nav app box with three store badges"),
 C("follow", "", "outside", HN2+"/div[2]/div[1]/div/ul/li[1]", amb=True, note="social icons in the sticky navbar's hamburger copy"),
 C("app", "Descarga la App RadioBíoBío", "outside", HN2+"/div[2]/div[2]/div[2]/div[3]", amb=True, note="app box in the sticky navbar's hamburger copy"),
 C("share", "", "before|outside", AS+"/div[2]", note="post-aside share icons (Facebook, Twitter, WhatsApp, copy link) beside the text"),
 C("other", "", "after", AR+"/div[4]/div/div[3]/a", amb=True, note="house banner image under the text linking to the 'most trusted medium (Reuters/Oxford)' story"),
 C("comments", "", "after", AR+"/div[4]/div/facebook-comments", note="empty facebook-comments component under the article (filled by script)"),
 C("follow", "", "outside", "/html/body/footer/div[1]/div/div/div[2]/ul", note="footer social icons (Facebook, Twitter, Instagram, YouTube, LinkedIn)"),
 C("contact", "Whatsapp Radio Bío Bío", "outside", "/html/body/footer/div[1]/div/div/div[2]/button", note="footer 'Whatsapp Radio Bío Bío' button"),
 C("contact", "Whatsapp Radio Bío Bío RBB Santiago +56 9 9200 7888", "outside", "/html/body/footer/div[1]/div/div/div[2]/b-modal", amb=True, note="WhatsApp modal with the newsrooms' numbers (hidden until the button is pressed)"),
]
ads=[
 A("/html/body/header/div", "before|outside", "adTop1 970x250 header slot"),
 A("/html/body/header/nav[2]/div[1]/div/ad", "outside", "ad-menu 320x50 slot beside the logo"),
 A("/html/body/div[2]", "outside", "GPT out-of-page passback 'ITT_900x500_BBCL' (interstitial)"),
 A("/html/body/div[3]", "outside", "GPT out-of-page passback 'Footer_Desktop'"),
 A("/html/body/main/div[2]/aside", "outside", "left 160x600 scroll slot"),
 A("/html/body/main/div[2]/div/ad", "before", "adGt 970x90 slot above the article"),
 A(AS+"/ad[1]", "outside", "post-aside 250x250 LosRios_1 slot"),
 A(AS+"/ad[2]", "outside", "post-aside 250x250 LosRios_2 slot"),
 A(AS+"/ad[3]", "outside", "post-aside 250x250 LosRios_3 slot"),
 A(AS+"/ad[4]", "outside", "post-aside 250x250 LosRios_4 slot"),
 A(AS+"/ad[5]", "outside", "post-aside 250x250 LosRios_5 slot"),
]
