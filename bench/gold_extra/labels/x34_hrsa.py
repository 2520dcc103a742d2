from _dsl import *
FILE="wcxb/html/0251.html.gz"
AR="/html/body/div/main/div/div[2]/div/div/div[2]/div/article/div"
FT="/html/body/div/footer"
# A US health agency's topic landing page (Drupal, USWDS): header-top crisis-line promo, header menus, breadcrumb and
# Español button, a left side navigation of the topic's pages, the body (two intro paragraphs, an 'Oral health topics'
# teaser grid, 'Facts' boxes, footnotes, 'Date Last Reviewed'), footer (email sign-up, data callout, footer menu,
# social icons, Contact Us, helpful links). Not labelled: menus (primary, secondary incl. 'Contact HRSA', the side
# navigation 'Caring for Your Oral Health' = section menu), breadcrumb, Español button, footnote source links, 'Return
# to top', the footer menus. The addtoany script is loaded but no share element is in the HTML. No ad slots.
related=[
 R(AR+"/div[2]/div/section", "Oral health topics", 7, "inline", amb=True, note="teaser grid of the topic's sub-pages, between intro and Facts; the source's ground truth keeps it in the body (landing page)"),
]
ctas=[
 C("other", "Call or Text the Maternal Mental Health Hotline", "outside", "/html/body/div/div[2]/div[2]", note="site-wide crisis-hotline promo button above the header, with its (hidden) modal: call/text numbers, 'Learn more about the Hotline'"),
 C("newsletter", "Sign up for email updates. Subscribe", "outside", FT+"/div[2]/div/div", note="footer email sign-up callout (GovDelivery)"),
 C("other", "Find a Medically Underserved Area Search the data", "outside", FT+"/div[3]/div/div/div[1]/div", amb=True, note="footer callout promoting the data tool"),
 C("follow", "Facebook X YouTube LinkedIn Instagram", "outside", FT+"/div[3]/div/div/div[3]/div[2]", note="footer social icons"),
 C("contact", "Contact Us", "outside", FT+"/div[3]/div/div/div[3]/div[3]", amb=True, note="footer 'Contact Us' link in its own block"),
]
ads=[]
