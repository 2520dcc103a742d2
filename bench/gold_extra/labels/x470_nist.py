from _dsl import *
FILE="wcxb/html/4104.html.gz"
# NIST (Drupal, USWDS) landing page 'Small Business Cybersecurity Corner' (ITL): skip link; .gov banner ('Here's how you
# know'); header (logo, search, Menu button, mega menu Publications / What We Do / Labs & Major Programs / Services &
# Resources / News & Events / About NIST); section header (ITL, Small Business Cybersecurity Corner); left side nav of the
# Corner (Cybersecurity Basics ... Join a Community of Interest, About, Cybersecurity @ NIST) and 'Connect with us' X
# link; content (Corner banner graphic, 'Spotlight' image, a row of three image links to CSF 2.0 / Quick Start Guides /
# Videos, callout text on contributed resources with the smallbizsecurity e-mail); 'Contacts' block (team name and
# e-mail); 'Was this page helpful?' button; footer (HEADQUARTERS address and phone with Webmaster / Contact Us / Our
# Other Offices links, social links incl. RSS and Mailing List, 'How are we doing? Feedback' button, legal links).
# No ads, no ad configuration.
# Not labelled: skip link, .gov banner, header search and menus, section header, left side nav (the Corner's own menu),
# banner and spotlight images, the e-mail address in the callout text (body), footer legal links.
C3="/html/body/div/div[3]/section"
related=[
 R(C3+"/div[2]/div/div/div/div[1]/div/div[3]", None, 3, "before", amb=True, note="row of three image links above the callout text (CSF 2.0 graphic, Quick Start Guides icon, Videos artboard) to sections of the Corner: section pages, not stories, and the landing page's own content"),
]
ctas=[
 C("follow", "Connect with us X (Twitter)", "outside", C3+"/div[2]/div/aside/div/div[2]", note="left-column 'Connect with us' block with the @nistcyber X link"),
 C("contact", "Contacts Small Business Cybersecurity Corner Team", "after", C3+"/div[3]", amb=True, note="'Contacts' block under the text: team name and e-mail link, no form or button (kept in the wcxb ground truth)"),
 C("other", "Was this page helpful?", "after|outside", "/html/body/div/div[4]", note="page-feedback button 'Was this page helpful?' (opens a feedback web form) between the content and the footer"),
 C("contact", "HEADQUARTERS 100 Bureau Drive Gaithersburg, MD 20899 301-975-2000 Webmaster | Contact Us | Our Other Offices", "outside", "/html/body/div/div[5]/footer/div[1]/div/div[1]/div[2]", note="footer headquarters address and phone with Webmaster / Contact Us / Our Other Offices links"),
 C("follow", "X.com Facebook LinkedIn Instagram YouTube Giphy RSS Feed Mailing List", "outside", "/html/body/div/div[5]/footer/div[1]/div/div[2]/div[1]", note="footer social links (X, Facebook, LinkedIn, Instagram, YouTube, Giphy, RSS, GovDelivery mailing list)"),
 C("other", "How are we doing? Feedback", "outside", "/html/body/div/div[5]/footer/div[1]/div/div[2]/div[2]", note="footer 'How are we doing?' Feedback button (site survey form)"),
]
ads=[]
