from _dsl import *
FILE="trafilatura-eval/html/iwr.de.IWRpressedienst.Nordex.html.gz"
PM="/html/body/div[2]/div[3]/div/main/div[2]"
ND=PM+"/div[1]"
# IWR-Pressedienst press-release page (Joomla): toolbar, topic mega-menu, a decorative stock header image, the release
# in div.newsdiv as loose text nodes with <br> (headline, sub-heading, photo, text, 'Die Nordex Group im Profil',
# the release's own press contacts), then language flags, press-kit/RSS links and a Shariff share bar, two story
# lists, the publisher's 'Über Nordex SE' profile and a press-contact box; a right 'Pressekontakt' sidebar.
# No ad slots: the header image (fotolia stock photo) is decoration, the empty sidebar moduletable holds only <br>,
# the img at the top of body is a Matomo tracking pixel. Not labelled: topic mega-menu, language flags, footer links
# ('Partner / Impressum / Datenschutz / Kontakt'), cookie banner.
related=[
 R(ND+"/a[6]", None, 1, "after", amb=True, note="lone link 'Online-Pressemappe - alle Pressemitteilungen der Nordex SE' (the company's press-release archive)"),
 R(PM+"/div[2]", "Weitere Pressemitteilungen von Nordex SE", 10, "after", note="image list of 10 more releases by the issuer"),
 R(PM+"/div[3]", "Top 10: Meist geklickte Pressemitteilungen von Nordex SE", 10, "after", note="numbered most-clicked list"),
 R(PM+"/a", None, 1, "after", amb=True, note="lone link 'Weitere Informationen zu Nordex SE' to the company's profile on energiefirmen.de, under the 'Über Nordex SE' box"),
]
ctas=[
 C("follow", "RSS-Feed abonnieren", "after", ND+"/a[7]", amb=True, note="RSS feed link of the issuer's releases, beside the press-kit link"),
 C("share", "tweet teilen +1 mail", "after", ND+"/div[2]", note="Shariff share bar; its heading 'Seite teilen / merken' is the sibling div.navigator-share"),
 C("contact", "Felix Losada E-Mail: flosada@nordex-online.com Telefon", "after", PM+"/div[4]", amb=True, note="press contact card (name, e-mail, phone, photo) under the h3 'Ansprechpartner Presse bei Nordex SE'"),
 C("contact", "Pressekontakt Felix Losada Nordex SE E-Mail", "outside", "/html/body/div[2]/div[3]/div/main/div[3]/div[1]", amb=True, note="right sidebar 'Pressekontakt' box"),
]
ads=[]
