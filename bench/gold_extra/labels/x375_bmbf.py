from _dsl import *
FILE="trafilatura-eval/html/bmbf.de.energiewende.html.gz"
# bmbf.de (Federal Ministry of Education and Research, GSB CMS) topic page 'Energiewende, Mobilität und nachhaltiges
# Wirtschaften': header service menu, mega main menu, breadcrumb; intro (title, lead, picture); five text paragraphs
# with a right 'Zusatzinformationen' aside (two toggle boxes: 'Mehr Informationen' external links, 'Publikationen'
# brochure teaser); footer page-functions bar ('Seite teilen' share flyout), footer menu, 'Folgen Sie uns' social
# icons, services list (Mediathek, Publikationen, ...), legal links; empty cookie banner and lightbox template.
# No ads, no ad configuration. Not labelled: menus, breadcrumb, footer services/legal links (incl. Kontaktformular),
# back-to-top, empty cookie banner and lightbox.
AS="/html/body/div/div/main/div/div/div/div[2]/aside/div"
related=[
 R(AS+"/div[1]", "Mehr Informationen", 2, "outside", note="aside box 'Mehr Informationen' with two external link teasers (Research for Sustainable Development, Bioökonomie)"),
 R(AS+"/div[2]", "Publikationen", 1, "outside", amb=True, note="aside box 'Publikationen': brochure teaser 'Bioökonomie in Deutschland' with download/order links"),
]
ctas=[
 C("share", "Seite teilen", "after|outside", "/html/body/div/div/footer/div[2]", note="page-functions bar at the top of the footer: 'Seite teilen' flyout (Facebook, Twitter, Mail)"),
 C("follow", "mehr News auf unseren Social Media Präsenzen Folgen Sie uns:", "outside", "/html/body/div/div/footer/div[3]/div/div/section", note="footer 'Folgen Sie uns' social media icons"),
]
ads=[]
