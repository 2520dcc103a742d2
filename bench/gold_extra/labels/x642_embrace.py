from _dsl import *
FILE="wcxb/html/4912.html.gz"
# Embrace Pet Insurance (Nuxt site) research page 'How Much is Pet Insurance?': header secondary nav ('Call Us: (800)
# 511-9172', Contact Us, Underwriting, Login); primary header (menu toggle, logo, desktop mega menu with a 'Start a Quote'
# button, and the header's visible 'Start a Quote' button); hidden mobile menu ('Start a Quote' button, menu, quick links
# Login / phone / Underwriting); hero title; page sections: text blocks with images (summary, averages, dog, cat,
# affordable insurance, cost factors, 'Is Pet Insurance Worth the Cost?', 'Beware of Bargain Pet Insurance'), tables of
# costs by state, dog breed and cat breed, 'FAQs on Pet Insurance Costs' accordion; footer: quote banner ('See your custom
# price in seconds', 'Start a Quote' button, phone), 'Log in to account', 'Connect with Us' social icons, footer menu,
# legal notes, association badges (NAPHIA, BBB, ...). No ads, no ad markup, no related-content block.
# Not labelled: Contact Us / Underwriting / Login links of the secondary nav (menu links), menus and the mobile quick
# links, hero, the text's own sales lines ('Getting a quote from us is easy-peasy ... Ready to find out?', no link), the
# FAQ accordion (body, convention 7), tables, footer 'Log in to account', footer menu, legal notes, association badges.
# Quote buttons are `other` (an online price funnel, 11.7), not `contact`.
HD="/html/body/div[1]/div/header"
FT="/html/body/div[1]/div/footer"
related=[]
ctas=[
 C("contact", "Call Us: (800) 511-9172", "outside", HD+"/div[1]/div/nav/ul/li[1]", amb=True, note="'Call Us: (800) 511-9172' tel: link at the head of the secondary header nav (lone tel: link, 10.5)"),
 C("other", "Start a Quote", "outside", HD+"/div[2]/div/button[2]", note="header 'Start a Quote' button (quote-btn--visible)"),
 C("other", "Start a Quote", "outside", HD+"/div[2]/div/div/button", amb=True, note="second 'Start a Quote' button inside the desktop menu block (a copy of the header button)"),
 C("other", "Start a Quote", "outside", HD+"/div[3]/div", amb=True, note="'Start a Quote' button of the hidden mobile menu (9.3)"),
 C("other", "See your custom price in seconds Start a Quote (800) 779-1539", "after|outside", FT+"/section[1]", note="footer quote banner: 'See your custom price in seconds', 'Start a Quote' button, phone number"),
 C("follow", "Connect with Us", "outside", FT+"/section[2]/div/div[2]", note="footer 'Connect with Us' social icons (Facebook, LinkedIn, Instagram, TikTok)"),
]
ads=[]
