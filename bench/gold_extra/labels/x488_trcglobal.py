from _dsl import *
FILE="wcxb/html/0238.html.gz"
# TRC Global Mobility (relocation company, WordPress/Divi) blog post 'Corporate Relocation Company vs. Moving Company:
# Which Is Right for Your Business?': top secondary menu (Resources, tech pages, Careers, Client/Transferee Login); main
# header (logo, menu with 'Contact' menu button, search, mobile menu toggle); article (h1, categories, Key Takeaways, text
# with h2/h3 sections, FAQ paragraphs, closing 'Ready to move beyond just moving? Talk to TRC…' paragraph); 'TRC Blog /
# Keep Exploring This Topic.' band with 4 post cards; 'Ready to make your relocation program even better? Let's move.'
# band with 'Talk to a relocation specialist today' button; footer ('Blog Subscription' with HubSpot form script, about
# blurb, 'Relocation with TRC' and 'Relocation Resources' menus, 'Connect' inquiry links, bottom menu, social icons).
# No ads, no ad configuration.
# Not labelled: menus (incl. Client/Transferee Login links and bottom 'Contact' link), search, categories, in-text links,
# footer about blurb and link menus, post-card category links.
AR="/html/body/div/div[2]/div[1]/div/div/div/article"
FT="/html/body/div/div[2]/footer"
related=[
 R("/html/body/div/div[2]/div[2]", "Keep Exploring This Topic.", 4, "after", note="'TRC Blog / Keep Exploring This Topic.' band under the article: 4 post cards (image, title, categories, excerpt)"),
]
ctas=[
 C("contact", "Contact", "outside", "/html/body/div/header/div[1]/div[2]/nav/ul/li[4]", amb=True, note="'Contact' menu button (li.menu-btn) at the end of the main menu: styled as a button, but a menu item"),
 C("contact", "Ready to move beyond just moving? Talk to TRC about building a fully compliant, people-first relocation program today!", "after", AR+"/div[2]/p[41]", amb=True, note="closing paragraph of the text with 'Talk to TRC' contact link (kept in the wcxb ground truth, a reader could call it body)"),
 C("contact", "Ready to make your relocation program even better? Let’s move.", "after|outside", "/html/body/div/div[2]/div[3]", note="band before the footer: heading, intro and 'Talk to a relocation specialist today' button to /contact/"),
 C("newsletter", "Blog Subscription Subscribe to the TRC blog to receive fresh perspectives, resources and advice on corporate relocation", "outside", FT+"/div[1]", note="footer 'Blog Subscription' row: text and HubSpot form (script-filled)"),
 C("contact", "Connect Mover Partner Inquiries Real Estate Partner Inquiries Supplier Partner Inquiries Media Inquiries Contact", "outside", FT+"/div[2]/div/div[4]", amb=True, note="footer 'Connect' column: inquiry page links and Contact (a menu widget, but every link is a contact ask)"),
 C("follow", "Twitter LinkedIn Facebook", "outside", FT+"/div[3]/div/ul", note="footer-bottom social icons"),
]
ads=[]
