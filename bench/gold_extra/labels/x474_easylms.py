from _dsl import *
FILE="wcxb/html/0113.html.gz"
# Easy LMS knowledge-center article 'What is an Online Course? Definition Explained': fixed header (logo, menu Features /
# Pricing / Client cases / Demo / Knowledge center / Help, 'Start free trial' button, 'Log In', language menu) and hidden
# mobile menu copy; hero (breadcrumb, h1, intro, image, posted/updated/reading-time/author line, 'Start free trial' / 'Get
# in touch' buttons); mobile and desktop tables of contents; text part one (with a 'Learn more about a learning management
# system.' link paragraph); 'Centralize, simplify, and scale your training with Easy LMS! Book a demo' promo section with
# three benefit blurbs; text part two (sections, 'Useful resources' list); 'Frequently asked questions' carousel; 'Related
# reads' (3 cards); 'Train more, faster and smarter - discover how / Book a demo' band; footer (link columns, 'Become an
# online training pro' MailerLite newsletter form, 'Made with love in The Featherlands' line with company address, GDPR
# badge). No ads, no ad configuration (GTM noscript iframe, Intercom script without element).
# Not labelled: header menus and mobile menu copy, language menu, breadcrumb, tables of contents, in-sentence links
# (feature links; the 'Read more about microlearning.' pointer is an amb related block, 10.10; 'Try a free trial'
# closing the text is an amb CTA, 10.1), 'Useful resources' list (body), FAQ carousel (the page's own Q&A), footer link
# columns (incl. Contact column: Demo / Contact / Help), legal links, GDPR badge, GTM noscript iframe.
M="/html/body/main"
related=[
 R(M+"/div[3]/div/div/div[2]/div/p[4]", None, 1, "inline", note="link paragraph 'Learn more about a learning management system.' between the definition and 'Types of online courses' (kept in the wcxb ground truth; a link line set apart, plain: convention 10.10)"),
 R(M+"/div[3]/div/div/div[2]/div/p[10]", None, 1, "inline", amb=True, note="'Read more about microlearning.' pointer closing the ordinary paragraph that defines microlearning courses (a pointer written into the text: amb, convention 10.10)"),
 R(M+"/div[5]", "Related reads", 3, "after", note="'Related reads' cards (How to make online courses more interactive; Are online courses easier than regular classes?; How to set up online training courses)"),
]
ctas=[
 C("other", "Start free trial Log In EN", "outside", "/html/body/header/div[1]/div/div/nav/div[2]", note="header bar: 'Start free trial' button, 'Log In' link and language menu (main ask: free trial)"),
 C("other", "Start free trial Get in touch", "before", M+"/div[1]/div/div[2]/div/div/div/div/div[2]", note="hero buttons 'Start free trial' and 'Get in touch' (demo page) under the byline line"),
 C("other", "Start free trial", "before", M+"/div[1]/div/div[2]/div/div/div/div/div[2]/a[1]", amb=True, note="hero 'Start free trial' button of the two-ask pair (convention 9.2)"),
 C("contact", "Get in touch", "before", M+"/div[1]/div/div[2]/div/div/div/div/div[2]/a[2]", amb=True, note="hero 'Get in touch' button (demo/contact page) of the two-ask pair (convention 9.2)"),
 C("other", "Centralize, simplify, and scale your training with Easy LMS! Book a demo", "inline", M+"/div[3]/div/div/div[3]", note="product promo section between the two parts of the text: heading, 'Book a demo' button and three benefit blurbs"),
 C("other", "Easy LMS supports scalability with branded academies and", "after", M+"/div[3]/div/div/div[4]/div/p[34]", amb=True, note="closing paragraph of the text with the 'Try a free trial' link (pricing page; a reader could call it body: convention 10.1)"),
 C("other", "Train more, faster and smarter - discover how Book a demo", "after", M+"/div[6]", note="closing band with 'Book a demo' button under the related reads"),
 C("newsletter", "Become an online training pro Stay on top of your training journey with Easy LMS!", "outside", "/html/body/footer/div[1]/div/div/div/div/div[2]", note="footer newsletter block with MailerLite e-mail form"),
 C("contact", "© 2025 Easy LMS B.V. Oude Delft 48, 2611 CD Delft, The Netherlands", "outside", "/html/body/footer/div[2]/div/div/div/div/div/ul", amb=True, note="footer company line with postal address, no form or button"),
]
ads=[]
