from _dsl import *
FILE="wcxb/html/4255.html.gz"
# GURUS Solutions (Drupal 'ameya' theme, NetSuite consultancy) page '2026 CRM Comparison Chart': skip link; header top bar
# (top-cto block with 'Contact' button and toll-free tel: link, en/fr switcher, close button); main mega menu (Solutions,
# Services, Pricing, Resources with comparison/blog/download links, Why Gurus panels with 'Learn More' / 'Join Our
# Team' links) and search form; page body built of rows: hero title, intro, comparison tables (business size,
# industry, core features, pricing), 'What is a CRM?', 'Best-of-breed vs. Integrated Systems', 'CRM Requirements by
# Industry', 'Core CRM Features', closing row 'Get In Touch with a CRM Expert' (an anchor #request-info with no link,
# no form in the HTML); author avatar link; footer (Contact block with heading link, toll-free, e-mail, head office
# address, 'Join the Team' careers link; 'Why Choose GURUS?' column with Clients/Events/Partner links; 'Follow us in
# social media' icons; copyright, privacy policy). No related block, no ads, no ad configuration.
# Not labelled: mega menu (incl. its 'Get Started' / 'Learn More' / 'Get NetSuite Pricing' menu buttons and comparison
# blog links), language switcher, search form, comparison tables, author avatar link, 'Why Choose GURUS?' footer
# column, copyright/privacy line, empty header/footer-top regions.
AR="/html/body/div/div[3]/div/div/div[2]/div/div/div[2]/div/article/div/div"
TB="/html/body/div/header/div/div[1]/div/div/div[1]/div/div/div[2]"
FB="/html/body/div/div[3]/div/div/footer[2]/div/div"
related=[]
ctas=[
 C("contact", "Contact 1.877.664.1023", "outside", TB, note="header top-bar CTA block (#block-top-cto-header): 'Contact' button and toll-free number (convention 10.13: one CTA on the bar)"),
 C("contact", "Contact", "outside", TB+"/div/div/a", amb=True, note="top-bar 'Contact' button (a.button to /contact; convention 10.13: each button of the bar an amb item)"),
 C("contact", "1.877.664.1023", "outside", TB+"/div/div/strong", amb=True, note="top-bar toll-free tel: link beside the Contact button (convention 10.13 / 10.5)"),
 C("contact", "Get In Touch with a CRM Expert", "after", AR+"/div[8]", amb=True, note="closing row 'Get In Touch with a CRM Expert' (orange heading in its own white box, anchor #request-info): an ask to contact the firm's experts, but with no link and no form in the HTML (a form presumably injected by script)"),
 C("contact", "Contact TOLL-FREE: 1.877.664.1023 info@gurussolutions.com Head Office", "outside", FB+"/div[1]/div", note="footer Contact block: 'Contact' heading link to the contact page, toll-free tel: link, e-mail, head office address (convention 2), plus a 'Join the Team' careers line"),
 C("follow", "Follow us in social media", "outside", FB+"/div[3]/div", note="footer 'Follow us in social media' block with LinkedIn, Facebook and YouTube icons"),
]
ads=[]
