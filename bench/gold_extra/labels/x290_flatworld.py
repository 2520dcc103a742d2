from _dsl import *
FILE="wcxb/html/0008.html.gz"
# Flatworld Solutions (outsourcing company, NitroPack) article '8 Recent Trends in Photography' (h1 'Recent Trends in
# Photography'): header (logo, MENU toggle, mobile nav, desktop nav, search + phone link, dark service nav), floating
# contact icons (Form / Chat / Email Us / Call Us), photography sub-header nav, title banner, 'Talk to Our Experts' small
# consultation form, article column (breadcrumb, text, in-page 'Sign up for a FREE trial' banner and 'Our Related Services'
# cards between two sections, closing paragraph with a 'contact Flatworld Solutions today' link, 'Contact Us' button),
# pricing/samples/FAQs band, 'Our Customers' logos, 'Key Differentiators' link grid, 'Case Studies' teasers, partner
# recruitment band, contact details + bottom form (+ hidden minimum-order modal); hidden YouTube popup; footer (logo, empty
# Clutch widget, 'Follow Us On' icons, Quick Links, Popular Services, legal notes, scam-warning marquee), empty modal.
# No ads (GTM only).
# Not labelled: navs, search, breadcrumb, customer logos, 'Key Differentiators' link grid (site pages), footer link columns,
# scam-warning marquee and its empty modal, hidden minimum-order modal, YouTube popup.
M="/html/body/main"
A_=M+"/section[4]/div/div/div"
related=[
 R(A_+"/span[2]", "Our Related Services", 3, "inline", amb=True, note="'Our Related Services' cards (Real Estate Image Post Processing, Photo Clipping, Background Removal) between two sections of the text; service pages rather than stories"),
 R(M+"/section[8]", "Case Studies", 5, "after|outside", note="'Case Studies' band with 5 case-study teasers and 'More Case Studies' button below the article"),
]
ctas=[
 C("contact", "800-514-7456", "outside", "/html/body/header/div/div[2]/div/a", amb=True, note="header phone link (tel:)"),
 C("contact", "Form Chat Email Us Call Us", "outside", M+"/div", note="floating contact icons at the left side (form, live chat, e-mail, phone)"),
 C("contact", "Talk to Our Experts Schedule Your Free Consultation", "before", M+"/section[3]", note="'Talk to Our Experts' consultation form under the title banner, above the text"),
 C("other", "Sign up for a FREE trial with us today Experience the quality of our work before you outsource!", "inline", A_+"/span[1]", note="in-page free-trial banner between two paragraphs"),
 C("contact", "Contact Us", "after", A_+"/a", note="'Contact Us' button under the last paragraph"),
 C("other", "Avail best-in-class services at affordable rates Starts @ $7 /hour More pricing details", "after|outside", M+"/section[5]", amb=True, note="pricing card + SAMPLES / FAQs boxes below the article (service promo band)"),
 C("other", "Join the growth phase at Flatworld Solutions as a Partner", "after|outside", M+"/section[9]", note="partner-recruitment band with a 'Contact us' button"),
 C("contact", "800-514-7456 Live chat with us", "after|outside", M+"/section[10]", note="bottom contact section: phone, live chat, e-mail, office addresses and the 'Talk to Our Experts' form"),
 C("other", "", "outside", "/html/body/footer/section/div/div[1]/div[1]/div", amb=True, note="empty Clutch review widget in the footer (filled by script)"),
 C("follow", "", "outside", "/html/body/footer/section/div/div[1]/div[1]/ul", note="footer 'Follow Us On' LinkedIn / Facebook / X / YouTube / Instagram icons"),
]
ads=[]
