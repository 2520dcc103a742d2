from _dsl import *
FILE="wcxb/html/0313.html.gz"
# University of San Francisco myUSF (Drupal) page 'Low-Cost/Sliding-Scale or No-Cost Mental Health Providers' (Office of
# the Dean of Students): skip link; empty sitewide-alert mount; dark navbar with global mega-menu and search form; left
# sidebar 'Office of the Dean of Students Menu'; text (h1, disclaimer, list of providers with addresses, phones, fees,
# closing line pointing to the 'Search for Providers webpage'); right sidebar 'Case Management' contact box (office,
# address, phone and e-mail links, no button or form); footer link row (USFCA, Mobile, Library, Directions, Feedback,
# Title IX, Privacy Statement, Web Accessibility). No related content, no ads, no ad configuration.
# Not labelled: skip link, empty sitewide-alert mount (data-sitewide-alert, filled only for campus alerts), mega-menu,
# search form, left sidebar section menu, the providers' own links and e-mail addresses (body), footer links (incl.
# 'Feedback'), GTM noscript iframe.
related=[]
ctas=[
 C("contact", "Case Management Office of the Dean of Students 2130 Fulton Street University Center 5th Floor", "outside", "/html/body/div[2]/div/div/div/div/div/div[2]/aside/div", amb=True, note="right sidebar 'Case Management' contact box: office, address, tel: and mailto: links, no button or form (the footer-contact convention, applied to a sidebar box)"),
]
ads=[]
