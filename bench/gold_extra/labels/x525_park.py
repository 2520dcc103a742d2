from _dsl import *
FILE="wcxb/html/0280.html.gz"
# Park University (WordPress 'park' theme) blog post 'AI in Education: The Rise of Intelligent Tutoring Systems': header
# (logo, nav/search/menu toggles, search form; header menu with locations menu, 'Apply To Park / Request Info / Plan a
# Visit / Donate' actions bar (desktop copy and a mobile copy), main nav with sub-menus, 'Information For' audience menu
# (desktop and mobile copies)); breadcrumbs; article (h1, 'Published on' date, text with h2/h3 sections, closing section
# 'Shape the Future of Education With AI at Park University' promoting the M.E. programme and ending 'Request more
# information or apply today!'); right sidebar ('Request Info' button, 'Blog Categories' drop-down, 'Share:' Twitter /
# Facebook / Email, featured image); footer (menu incl. Concern Form, address with phone and 'MY PARK' link, social
# icons); subfooter accreditation lines. No related block, no ads, no ad configuration (only a GTM noscript iframe; the
# mystickymenu welcome-bar script has no element on the page).
# Not labelled: header nav, locations and audience menus (incl. 'Ways to Give' / 'Contact Us' sub-menu links), search
# form, breadcrumbs, 'Blog Categories' drop-down (category list), featured image, footer menu (incl. 'Concern Form'),
# accreditation lines.
HM="/html/body/div/header/div/div/div/div"
SB="/html/body/div/div[2]/div/aside"
related=[]
ctas=[
 C("other", "Apply To Park Request Info Plan a Visit Donate", "outside", HM+"/div[5]", note="header actions bar (desktop copy, div.header__actions.header__menu__desktop): Apply To Park / Request Info / Plan a Visit / Donate"),
 C("other", "Apply To Park", "outside", HM+"/div[5]/ul/li[1]", amb=True, note="actions-bar button 'Apply To Park' (convention 9.2: each button of a two-ask bar is an amb item)"),
 C("contact", "Request Info", "outside", HM+"/div[5]/ul/li[2]", amb=True, note="actions-bar button 'Request Info'"),
 C("other", "Plan a Visit", "outside", HM+"/div[5]/ul/li[3]", amb=True, note="actions-bar button 'Plan a Visit'"),
 C("donate", "Donate", "outside", HM+"/div[5]/ul/li[4]", amb=True, note="actions-bar button 'Donate' (GiveCampus donation link)"),
 C("other", "Apply To Park Request Info Plan a Visit Donate", "outside", HM+"/div[2]", amb=True, note="mobile copy of the actions bar (div.header__actions.header__menu__mobile, hidden on desktop by its breakpoint class; convention 9.3)"),
 C("other", "Inspired by AI’s transformative potential for learning? Explore Park University’s Master of Education", "after", "/html/body/div/div[2]/div/div/p[25]", amb=True, note="closing paragraph of the text (under the h2 'Shape the Future of Education With AI at Park University') promoting the M.E. programme and ending 'Request more information or apply today!' (convention 10.1: an ask closing the text, kept in the wcxb ground truth)"),
 C("contact", "Request Info", "outside", SB+"/div[1]", note="sidebar 'Request Info' button widget"),
 C("share", "Share: Twitter Facebook Email", "outside", SB+"/div[3]", note="sidebar share widget 'Share:' with Twitter, Facebook and e-mail links"),
 C("contact", "8700 NW River Park Drive Parkville, MO 64152 816-741-2000MY PARK", "outside", "/html/body/div/footer/div[1]/div/div[1]/div", amb=True, note="footer address block with tel: link and 'MY PARK' portal link (no button or form: convention 2)"),
 C("follow", "Facebook Twitter YouTube Instagram", "outside", "/html/body/div/footer/div[1]/div/div[2]/ul", note="footer social icons"),
]
ads=[]
