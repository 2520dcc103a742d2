from _dsl import *
FILE="trafilatura-eval/html/stuttgart.de.html.gz"
# Stadt Stuttgart (city portal) item 'Bohnenviertel': header (Presse/RSS/Stadtplan/Fahrplan/Kontakt, language, contrast,
# font size, search, 'Stuttgart für:' target-group select); quick navigation, breadcrumb; left navigation with mega-menu
# flyouts (each with a teaser section: menu) and social icons; content box: headline, one paragraph + photo; right column
# 'Mehr zum Thema' (one 'Adressen' link) and 'Schlagwörter'; footer with a utility row (Drucken | Weiterempfehlen |
# Feedback | Nach oben) + empty socialSharePrivacy container, then a full sitemap by section; print-only source line.
# No ads, no ad configuration.
# Not labelled: header links and tools, quick navigation, breadcrumb, left navigation and its flyout teasers (menu),
# 'Schlagwörter' keyword list (tags), footer sitemap and legal links, the print-only footer line.
CB="/html/body/div/div/div[3]/div[2]/div/div/div"
FM="/html/body/div/div/div[3]/div[3]/div[1]/div[2]"
related=[
 R(CB+"/div[2]/section[1]", "Mehr zum Thema", 1, "outside", amb=True, note="right-column 'Mehr zum Thema' box with a single 'Adressen' link (the addresses of this item), not a story"),
]
ctas=[
 C("follow", "Twitter Facebook You Tube Flickr", "outside", "/html/body/div/div/div[3]/div[2]/aside/nav/section", note="social icons under the left navigation (Twitter, Facebook, YouTube, Flickr)"),
 C("share", "Drucken | Weiterempfehlen | Feedback | Nach oben", "after|outside", FM+"/ul", amb=True, note="footer utility row: print, 'Weiterempfehlen' (recommend by e-mail), 'Feedback' form link, back to top"),
 C("share", "", "after|outside", FM+"/div", amb=True, note="empty #socialshareprivacy container (two-click share buttons filled by jQuery socialSharePrivacy)"),
]
ads=[]
