from _dsl import *
FILE="wcxb/html/0458.html.gz"
# Mises Institute (Drupal, Tailwind) 'Friday Philosophy' article 'Nagel on Reason': header (logo, 'Ver en Español', social
# icons, 'Mises Store', 'Subscribe', 'Support Mises' button, main nav, search; hidden mobile dropdown copy with nav, store/
# subscribe links, 'Support Mises' and social icons), mobile-only 'Support Mises' bar; article (series title, headline,
# image with 'Lee esto en Español', tags, date/series/author, print button, text with block quotes, CC licence icon, image
# source, views note); right aside ('Subscribe to Friday Philosophy' RSS box, 'Latest Articles' 5, 'Meet the Writer' bio
# + 2 of the author's articles); 'What is the Mises Institute?' membership band; footer (Browse Library / About link
# columns, 'Contact Us' address with e-mail, mailing-list link and social icons, charity column); hidden fall-campaign
# donation pop-up. No ads, no ad configuration.
# Not labelled: navs (incl. mobile-dropdown Store/Subscribe links), 'Ver en Español' / 'Lee esto en Español' language links,
# tags, print button, CC licence icon, footer link columns (incl. 'Become a Member', 'Subscribe to Email Lists',
# 'Support Mises' links), the charity-rating column.
H="/html/body/div/div/div/div[1]/header"
U=H+"/div[1]/div[2]/div"
AS="/html/body/div/div/div/main/section/aside"
FT="/html/body/div/div/div/footer/section/div"
related=[
 R(AS+"/div[2]", "Latest Articles", 5, "outside", note="aside 'Latest Articles' 5 cards (the last is this article)"),
 R(AS+"/div[3]", "Meet the Writer", 2, "outside", amb=True, note="aside 'Meet the Writer': David Gordon bio card + 2 of his articles (the first is this article); ambiguous: an author bio box (x259 leaves author bios out), marked after the blind reading"),
]
ctas=[
 C("follow", "Mises Facebook Mises X Mises Instagram Mises itunes Mises Youtube Mises RSS feed", "outside", U+"/div[1]", note="header social icons"),
 C("other", "Mises Store", "outside", U+"/div[2]", amb=True, note="header 'Mises Store' shop link"),
 C("newsletter", "Subscribe", "outside", U+"/div[3]", note="header 'Subscribe' link (/about-mises/subscribe)"),
 C("donate", "Support Mises", "outside", U+"/a", note="header 'Support Mises' button (/giving/now)"),
 C("donate", "Support Mises", "outside", H+"/div[2]/div/a", amb=True, note="'Support Mises' button in the hidden mobile dropdown"),
 C("follow", "Mises Facebook Mises X Mises Instagram", "outside", H+"/div[2]/div/div", amb=True, note="social icons in the hidden mobile dropdown"),
 C("donate", "Support Mises", "outside", "/html/body/div/div/div/div[1]/div", amb=True, note="mobile-only 'Support Mises' bar under the header"),
 C("follow", "Subscribe to Friday Philosophy", "outside", AS+"/div[1]", amb=True, note="aside box linking to the series RSS feed"),
 C("donate", "What is the Mises Institute? The Mises Institute is a non-profit organization", "after|outside", "/html/body/div/div/div/div[3]", note="'What is the Mises Institute?' band with 'Become a Member' button between main and footer"),
 C("contact", "Contact Us Mises Institute 518 West Magnolia Avenue Auburn, Alabama", "outside", FT+"/div[3]/div", amb=True, note="footer 'Contact Us': address, phone, fax, 'Email Us', 'Join our Mailing List', social icons"),
 C("follow", "Mises Facebook Mises X Mises Instagram Mises itunes Mises Youtube Mises RSS feed", "outside", FT+"/div[3]/div/div[4]", note="footer social icons (inside the Contact Us column)"),
 C("donate", "", "outside", "/html/body/div/div/div/div[4]", amb=True, note="hidden fall-campaign pop-up: 'Support Mises!' image linking to /giving/now"),
]
ads=[]
