from _dsl import *
FILE="wcxb/html/0348.html.gz"
# NCCIH (NIH, Gatsby) fact sheet 'Meditation and Mindfulness: Effectiveness and Safety': skip link; .gov banner; blue
# HHS/NIH bar with 'Información en Español'; desktop menu and mobile menu copy; breadcrumbs; h1, photo (mobile copy);
# fact sheet sections (one collapsible 'More' accordion in the safety section), 'For More Information' resource boxes
# (NCCIH Clearinghouse contact details, Know the Science, PubMed, Clinical Trials, RePORTER), key and other references,
# acknowledgments, disclaimer, 'Last Updated'; right sidebar ('Share' Email/Facebook/X links, photo, 'Related Topics',
# 'For Consumers', 'For Health Care Providers', 'Research Results' link lists); footer (desktop and mobile copies:
# 'Follow NCCIH:' X/LinkedIn/Facebook/Instagram/YouTube/'Email Updates' links, 'Contact Us', policy links, address).
# No ads (only GTM).
# Not labelled: .gov banner, menus, breadcrumbs, 'For More Information' resource boxes other than the Clearinghouse
# (the fact sheet's own reading list), references, acknowledgments and disclaimer, footer policy links and address,
# mobile footer 'Contact Us' link.
BODY="/html/body/div/div[1]/div/div/div[2]/div[1]/main/div[4]/div/div/div"
SB="/html/body/div/div[1]/div/div/div[2]/div[2]"
RT=SB+"/div[4]/div"
FT="/html/body/div/div[1]/div/footer"
related=[
 R(RT+"/div[1]", "Related Topics", 1, "outside", note="sidebar 'Related Topics': Pain: Considering Complementary Approaches (eBook)"),
 R(RT+"/div[2]", "For Consumers", 1, "outside", note="sidebar 'For Consumers': 8 Things to Know About Meditation and Mindfulness"),
 R(RT+"/div[3]", "For Health Care Providers", 4, "outside", note="sidebar 'For Health Care Providers': 2 clinical digest pages and 2 PubMed searches"),
 R(RT+"/div[4]", "Research Results", 3, "outside", note="sidebar 'Research Results': 3 research result stories"),
]
ctas=[
 C("read_more", "More", "inline", BODY+"/div[3]/div/div/div/div/div/div/div/div[1]/div", amb=True, note="'More' accordion toggle in the safety section (expands the rest of the body text)"),
 C("contact", "NCCIH Clearinghouse The NCCIH Clearinghouse provides information on NCCIH", "inline|after", BODY+"/div[20]", amb=True, note="NCCIH Clearinghouse box (toll-free number, TRS, website, e-mail) under 'For More Information' (standard part of the fact sheet)"),
 C("share", "Share Email Facebook X", "outside|before", SB+"/div[1]", note="sidebar share links at the top of the right column"),
 C("follow", "X LinkedIn Facebook Instagram YouTube Email Updates", "outside", FT+"/div[1]/div[3]/div[1]", note="desktop footer 'Follow NCCIH:' social links with 'Email Updates' (GovDelivery); the label is in the row above"),
 C("contact", "Contact Us", "outside", FT+"/div[1]/div[2]/div[3]", amb=True, note="desktop footer 'Contact Us' link in its own column"),
 C("follow", "Follow NCCIH: X LinkedIn Facebook Instagram YouTube Email Updates", "outside", FT+"/div[2]/div[2]/div/ul", amb=True, note="mobile footer copy of the follow links (hidden on desktop)"),
]
ads=[]
