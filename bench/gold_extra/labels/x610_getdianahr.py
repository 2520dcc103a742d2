from _dsl import *
FILE="wcxb/html/4304.html.gz"
# DianaHR (getdianahr.com, Framer) blog post 'Top 5 HR Management Software in 2026': header in three breakpoint variants
# (desktop nav Services / About Us / Resources / Pricing + 'Book a call' button to demo-booking; mobile nav with service
# menu; tablet nav with 'Book a call'); hero image, title (two variants), author 'DianaHR Team', date; text with h2/h3
# sections reviewing five HR platforms, comparison image, 'What Separates Good HR Software …', a closing section whose
# last paragraph ends 'book a free DianaHR demo today' (HubSpot meeting link), FAQ; 'Share the Blog on:' with three icon
# buttons; 'Other popular Blogs' carousel of 2 cards (desktop / tablet / mobile copies); 'Stay Compliant. Stay Ahead.'
# newsletter band with e-mail form (three variants); footer (hidden on phones; desktop and tablet copies): tagline 'Partner
# with DianaHR …', social icons (X, Instagram, LinkedIn), 'Contacts' (tel, mail, address as plain text), 'Quick Links',
# copyright, disclaimer, designer credit. No ads, no ad markup.
# Breakpoint variants: the copies classed 'hidden-7wurtt hidden-1786lgz' (footer: 'hidden-1786lgz') carry the full
# desktop nav, so they are taken as the desktop copies (plain); the tablet and mobile copies are amb (9.3).
# Not labelled: menus and the mobile service menu, in-text links to the site's service pages and vendors (words of
# sentences), FAQ (body), footer 'Quick Links' (menu), disclaimer, designer credit.
R0="/html/body/div[1]/div[1]"
B=R0+"/div[3]/div[1]"
F1=R0+"/div[5]/div[1]/div/footer/div/div[1]"
F2=R0+"/div[5]/div[2]/div/footer/div/div[1]"
related=[
 R(R0+"/div[3]/div[2]", "Other popular Blogs", 2, "after", note="'Other popular Blogs' carousel under the text: 2 cards (Top 10 Best HR Companies in 2026, 7 Tips for Terminating an Employee), desktop, tablet and mobile copies inside the one block"),
]
ctas=[
 C("other", "Book a call", "outside", R0+"/div[1]/div[1]/div/nav/div[2]/div[3]", note="desktop header 'Book a call' button (demo-booking, 11.7)"),
 C("other", "Book a call", "outside", R0+"/div[1]/div[3]/div/nav/div[2]/div[3]", amb=True, note="tablet header copy of the 'Book a call' button (breakpoint variant, 9.3)"),
 C("other", "DianaHR covers all three by offering payroll automation, compliance tracking, and full-cycle operations", "inline", B+"/div[1]/p[50]", amb=True, note="closing paragraph of the conclusion before the FAQ, ending 'book a free DianaHR demo today' with a HubSpot meeting link (ask in an ordinary sentence, 10.1/10.7)"),
 C("share", "Share the Blog on:", "after", B+"/div[2]", note="'Share the Blog on:' with three share icon buttons under the text"),
 C("newsletter", "Stay Compliant. Stay Ahead. Get expert HR and compliance updates delivered monthly", "after|outside", R0+"/div[4]/div[1]", note="'Stay Compliant. Stay Ahead.' newsletter band with e-mail form and Subscribe (desktop variant)"),
 C("newsletter", "Stay Compliant. Stay Ahead. Get expert HR and compliance updates delivered monthly", "after|outside", R0+"/div[4]/div[2]", amb=True, note="mobile copy of the newsletter band (9.3)"),
 C("newsletter", "Stay Compliant. Stay Ahead. Get expert HR and compliance updates delivered monthly", "after|outside", R0+"/div[4]/div[3]", amb=True, note="tablet copy of the newsletter band (9.3)"),
 C("follow", "", "outside", F1+"/div[1]/div[2]", note="footer social icons (X, Instagram, LinkedIn) under the tagline (desktop footer)"),
 C("follow", "", "outside", F2+"/div[1]/div[2]", amb=True, note="tablet footer copy of the social icons (9.3)"),
 C("contact", "Contacts Tel : (+1) 650 534-0325 Mail : info@getdianahr.com", "outside", F1+"/div[2]/div[1]", amb=True, note="footer 'Contacts': phone, e-mail and address as plain text, no button or link (convention 2)"),
 C("contact", "Contacts Tel : (+1) 650 534-0325 Mail : info@getdianahr.com", "outside", F2+"/div[2]/div[1]", amb=True, note="tablet footer copy of 'Contacts' (9.3, convention 2)"),
]
ads=[]
