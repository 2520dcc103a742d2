from _dsl import *
FILE="trafilatura-eval/html/wind-energie.de.beschleunigung.html.gz"
# Bundesverband WindEnergie (BWE, TYPO3) press release 'Endlich mehr Beschleunigung wagen!': header top bar (icon row:
# newsletter, Facebook, Twitter, YouTube, Instagram, LinkedIn + shop mini-cart; EN/Kontakt/Mitglieder Login), fixed header
# with login and mega menu; breadcrumbs; news item (h1, date/author, lead, text, 'Zurück' button); empty Shariff share
# container (Twitter/Facebook/LinkedIn/mail) under it; 'Ihr Ansprechpartner für Pressefragen' band; footer (address,
# mobile-only social icon rows, THEMEN/SERVICE/VERBAND menus, subfooter Kontakt/Datenschutz/Impressum/Newsletter links);
# fixed Cookiebot trigger. No ads, no ad configuration (GTM only). No related block.
# Not labelled: menus, header EN/Kontakt/Login links, breadcrumbs, 'Zurück' button, footer address and links (incl.
# Newsletter), shop mini-cart, cookie trigger.
FT="/html/body/div[2]/footer/div[1]/div/div/div"
related=[]
ctas=[
 C("follow", "", "outside", "/html/body/div[2]/div[1]/div/div/div/div[1]", note="header top bar icon row (newsletter, Facebook, Twitter, YouTube, Instagram, LinkedIn; shop mini-cart)"),
 C("share", "", "after", "/html/body/div[2]/section[1]/div/div[2]/div[2]/div", note="empty Shariff share container under the press release (data-services twitter, facebook, linkedin, mail; filled by script)"),
 C("contact", "Ihr Ansprechpartner für Pressefragen Frank Grüneisen", "after|outside", "/html/body/div[2]/section[2]", amb=True, note="press contact band (photo, name, phone, e-mail) between the release and the footer"),
 C("follow", "", "outside", FT+"/div[1]/div/ul[1]", amb=True, note="footer social icon row, phone-only copy (newsletter, Facebook, Twitter, YouTube, Xing)"),
 C("follow", "", "outside", FT+"/div[4]/div/ul[1]", amb=True, note="footer social icon row, phone/tablet-only copy"),
]
ads=[]
