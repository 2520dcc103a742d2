from _dsl import *
FILE="wcxb/html/0355.html.gz"
# Loona Construction (loona-construction.com, a Framer site of a Bay Area remodeling contractor) blog post 'How Much Does a
# Home Remodel Cost in California? A Comprehensive Guide to Budgeting'. Framer renders each region in three breakpoint
# copies (ssr-variant): the one with classes 'hidden-bnz77l hidden-12t0irv' is the desktop copy; copies carrying
# 'hidden-1rq27kw' are hidden on desktop (tablet / phone). Header (logo, menu Home / About / Reviews / SERVICES / Projects /
# Contact / Blog, 'CALL ME BACK' pop-up trigger; tablet and phone copies with logo and 'CALL ME BACK'); progress bar;
# content section (desktop 'TABLE OF CONTENTS' rail 'Loading...', hero with h1, 'Posted By Loona Construction', date,
# banner and summary, the text in three copies, desktop 'Stay Updated' e-mail sign-up rail); 'Related Post' section of 3
# post cards (each card in three copies); footer in three copies ('Want To Work With Us?' bar with 'Request a callback',
# 'Find us on' Yelp and 'CALL US: +1 (510) 453-0400' buttons; Company and Services link columns; 'Reach Us' address, phone,
# e-mail, licence; copyright line with social icons Yelp / Instagram / Thumbtack / TikTok / LinkedIn); empty overlay mount;
# HubSpot script loader.
# Not labelled: menus (SERVICES dropdown trigger included), table of contents, progress bar, byline/date copies, the tablet
# and phone copies of the text (body duplicates), footer Company and Services columns (navigation), copyright line, empty
# overlay mount (empty shell), HubSpot loader (script with no box, 10.11). No ad slot on the page.
R_="/html/body/div[1]/div[1]"
def foot(i, amb):
    F=R_+f"/div[{i}]/div/div/div[1]/div"
    hid=" (copy hidden on desktop by breakpoint classes, 9.3)" if amb else ""
    out=[
     C("contact", "Want To Work With Us? Request a callback Find us on CALL US: +1 (510) 453-0400", "outside", F+"/div[1]", amb=amb, note="footer 'Want To Work With Us?' bar: 'Request a callback' (contact page), 'Find us on' Yelp, 'CALL US' tel button; kind from the main ask (call-back), convention 4"+hid),
     C("contact", "Reach Us 8407 Central Ave, Suite 2079, Newark, CA 94560 (510) 453-0400 loonaconstructioninc@gmail.com", "outside", F+"/div[3]/div/div[3]", amb=True, note="footer 'Reach Us' address / phone / e-mail / licence block with no button (convention 2)"+hid),
     C("follow", "", "outside", R_+f"/div[{i}]/div/div/div[2]/div/div[3]", amb=amb, note="copyright-row social icons: Yelp, Instagram, Thumbtack, TikTok, LinkedIn"+hid),
    ]
    if not amb:
        out[1:1]=[
         C("contact", "Request a callback", "outside", F+"/div[1]/div[2]/div[1]", amb=True, note="'Request a callback' button of the footer bar (9.2: each button of a two-ask bar is an amb item)"),
         C("follow", "Find us on", "outside", F+"/div[1]/div[2]/div[2]", amb=True, note="'Find us on' Yelp button of the footer bar (9.2)"),
         C("contact", "CALL US: +1 (510) 453-0400", "outside", F+"/div[1]/div[2]/div[3]", amb=True, note="'CALL US' tel: button of the footer bar (9.2)"),
        ]
    return out
related=[
 R(R_+"/section[2]", "Related Post", 3, "after|outside", note="'Related Post' section between the content section and the footer: 3 post cards (What is New Home Construction?, What Services Do Local Home Remodeling Companies Offer, Does an ADU Increase Home Value?), each in three breakpoint copies"),
]
ctas=[
 C("contact", "CALL ME BACK", "outside", R_+"/div[1]/div[1]/div/div/div/div[3]", note="desktop header 'CALL ME BACK' button (pop-up trigger asking for a call-back, 9.6)"),
 C("contact", "CALL ME BACK", "outside", R_+"/div[1]/div[2]/div/div/div/div[2]/div[1]", amb=True, note="tablet header copy of 'CALL ME BACK' (hidden on desktop, 9.3)"),
 C("contact", "CALL ME BACK", "outside", R_+"/div[1]/div[3]/div/div/div/div[2]/div[1]", amb=True, note="phone header copy of 'CALL ME BACK' (hidden on desktop, 9.3)"),
 C("newsletter", "Stay Updated Sign Up By signing up, you agree to our Privacy Policy", "outside", R_+"/section[1]/nav[2]", note="desktop side rail 'Stay Updated' e-mail sign-up form"),
]+foot(4, False)+foot(5, True)+foot(6, True)
ads=[]
