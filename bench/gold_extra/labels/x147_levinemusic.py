from _dsl import *
FILE="wcxb/html/0136.html.gz"
# Levine Music (music school, WordPress) blog post 'Group Music Classes vs. Private Instruction': header with a
# mega-menu and a button row (Login, Donate, search), red post header, the body (lists + a closing 'Levine Music:
# Your Destination...' promo section whose last paragraph invites to donate), footer menu, social icons, copyright,
# 'Returning Students / New Students' buttons. No related block, no ads (only the GTM noscript iframe).
# Not labelled: mega-menu and footer menu, search, the in-text course-catalog/area-of-study links of p[8] (body).
related=[]
ctas=[
 C("donate", "Login Donate", "outside", "/html/body/div/header/div/nav/div[2]/ul", amb=True, note="header button row: Login and Donate (next to search)"),
 C("donate", "At Levine Music, our core values—excellence and opportunity—infuse everything we do. Learn more about our program areas and upcoming performances, and donate today", "after", "/html/body/div/main/article/section/p[10]", amb=True, note="closing promo paragraph with program/performance links and 'donate today' (wcxb keeps it as body)"),
 C("follow", "Find Levine Music on LinkedIn Find Levine Music on Facebook Find Levine Music on Instagram Find Levine Music on YouTube", "outside", "/html/body/div/footer/div[1]/ul", note="footer social icons"),
 C("other", "Returning Students New Students", "outside", "/html/body/div/footer/div[3]", note="footer enrolment buttons (Returning Students, New Students / get started)"),
]
ads=[]
