from _dsl import *
FILE="trafilatura-eval/html/urania.de.freiheit.html.gz"
# Urania Berlin (Drupal) blog essay 'Die Freiheit der Planung' (Reiner Nagel, 25.10.2022): logo bar with burger and 'Blog'
# link; off-canvas navigation (search form, DE/EN switch, main menu with 'Mitglied werden', 'Fördern' (Partner werden,
# Spenden), Presse, Programm, Urania sub-menus, English menu; bottom row with Newsletter / Partner / Jobs / Presse /
# Impressum / Datenschutz links and social icons F T Y I R); article (h1, category 'Essay', date and author, empty image
# fields, intro, one long text paragraph ending in the author's italic bio line); 'Diese Seite teilen' box (Facebook,
# Twitter, LinkedIn); empty background divs and empty footer. No related content, no ad slots (the cookie-consent script
# can only add AdSense/ads scripts to the head; no slot element).
# Not labelled: header 'Blog' link, navigation menus (incl. 'Mitglied werden', 'Spenden', 'Anmeldung Presseverteiler'),
# bottom nav link row (incl. 'Newsletter'), author bio line, empty footer.
MA="/html/body/div/main/div/div/div"
related=[]
ctas=[
 C("share", "Diese Seite teilen F T I", "after", MA+"/div[2]", note="'Diese Seite teilen' box under the essay: Facebook, Twitter, LinkedIn share links (icon-font letters)"),
 C("follow", "F T Y I R", "outside", "/html/body/div/nav/div[2]/section/div/div[4]", note="social icons in the off-canvas navigation's bottom row: Facebook, Twitter, YouTube, Instagram, RSS"),
]
ads=[]
