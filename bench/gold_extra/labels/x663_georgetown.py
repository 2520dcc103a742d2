from _dsl import *
FILE="wcxb/html/4557.html.gz"
# Georgetown University Medical Center (gumc.georgetown.edu, WordPress) news release 'Mindfulness Meditation Training
# Lowers Biomarkers of Stress Response in Anxiety Disorder': skip links; header (GU logo, site title, search and menu
# toggles, search form, primary nav); off-canvas full site menu; main (breadcrumb, h1, empty author-date line, 'Posted in
# News Release', release text ending with the 'About Georgetown University Medical Center' boilerplate whose last sentence
# is 'Connect with GUMC on Facebook ..., Twitter ... and Instagram ...'); footer (seal, address with phone and e-mail,
# utility links, twitter / facebook icons).
# No related block and no ad slot on the page.
# Not labelled: skip links, search, menus and off-canvas menu, breadcrumb, 'Posted in' taxonomy line, footer utility links.
M="/html/body/div/div[2]/div/div/div/main"
FT="/html/body/div/div[2]/footer/div/div/div[2]"
related=[]
ctas=[
 C("follow", "About Georgetown University Medical Center Georgetown University Medical Center", "after", M+"/p[19]", amb=True, note="closing 'About GUMC' boilerplate paragraph whose last sentence asks to 'Connect with GUMC on Facebook, Twitter and Instagram' with links (10.1: an ask closing the text; kept in the wcxb ground truth)"),
 C("contact", "Georgetown University Medical Center 4000 Reservoir Road, NW Washington, D.C. 20057 Phone: 202-687-0100", "outside", FT+"/address", amb=True, note="footer address with phone and e-mail lines, no button or form (convention 2 / 10.5)"),
 C("follow", "twitter facebook", "outside", FT+"/div[2]", note="footer social icons (twitter, facebook)"),
]
ads=[]
