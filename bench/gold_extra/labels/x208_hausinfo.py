from _dsl import *
FILE="trafilatura-eval/html/hausinfo.ch-kondenswasser.html.gz"
# hausinfo.ch (AEM 'gini' theme) guide article 'Kondenswasser am Fenster verhindern'. Header: logo, search icon,
# off-canvas menu with topic links and a small link list (Suche, Newsletter, Kontakt). Main: back link 'Angenehmes
# Raumklima', title, lead, image, two rich-text blocks with an empty script-loaded promo teaser between them (its
# data-url points to a 'januarloch-wettbewerb' contest fragment), source line, tags, 'Das könnte Sie auch interessieren'
# teaser list (3). Footer: 'Informiert bleiben' social icons + 'Newsletter anmelden', footer links (Kontakt, Shop,
# Werbung …), 'Eine Dienstleistung von' logos. A delayed newsletter pop-up. No ads.
# Not labelled: off-canvas menu and its link list, back link, tags, footer navigation, service-provider logos.
G="/html/body/main/div/div[2]/div"
SN="/html/body/footer/div[1]/div/div/div"
related=[
 R(G+"/div[7]", "Das könnte Sie auch interessieren", 3, "after", note="'Das könnte Sie auch interessieren' teaser list (3 articles, more loadable)"),
]
ctas=[
 C("other", "", "inline", G+"/div[3]", amb=True, note="empty promoTeaser experience fragment between the two text blocks (script-loaded contest promo 'januarloch-wettbewerb')"),
 C("follow", "", "outside", SN+"/ul", note="footer 'Informiert bleiben' social icons (YouTube, Instagram, Facebook, Pinterest, Twitter)"),
 C("newsletter", "Newsletter anmelden", "outside", SN+"/div[2]", note="footer 'Newsletter anmelden' button beside the social icons"),
 C("newsletter", "Wünschen Sie sich mehr Tipps rund ums Wohnen? Abonnieren Sie jetzt den Themen-Newsletter «Wohnen».", "outside", "/html/body/div[2]", note="delayed newsletter pop-up (ghiPopup, 12 s)"),
]
ads=[]
