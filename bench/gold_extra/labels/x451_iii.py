from _dsl import *
FILE="wcxb/html/4537.html.gz"
# Insurance Information Institute (iii.org, Drupal) article 'Home buyer's insurance guide': responsive header (menu button,
# logo, breadcrumb, 'Sign In' link, search box; main menu panel with Main / Research + Data / Resource Center columns and a
# secondary column MEMBERSHIP / AMPLIFY / EN ESPAÑOL / 'Connect With Us' social icons; search panel with popular terms;
# hidden sign-in layer with log-in form, 'Register Now' and membership links); title header (h1, subtitle); left sidebar
# (section link, 'IN THIS ARTICLE' jump links, 'SHARE THIS' ShareThis buttons, EN ESPAÑOL / DOWNLOAD TO PDF links,
# 'SPONSORED BY' DFP sidebar slot); body (lead, 14 numbered points, 'Additional resources' list of external links,
# 'Next steps: Find out how much homeowners insurance you need.' line); 'Back to top'; 'You May Also Like' heading and one
# card; empty image dialog; footer ('Connect With Us' social icons, link columns incl. Membership / Amplify / Advertising
# Opportunities, copyright).
# Not labelled: header and footer menus (incl. membership, Amplify and 'Advertising Opportunities' links), 'Sign In'
# link and the hidden sign-in layer (log-in form with 'Register Now'), search panel, breadcrumb, jump links, EN ESPAÑOL /
# DOWNLOAD TO PDF links, the 'Additional resources' list (external references, body), 'Back to top', empty image dialog.
SB="/html/body/div[2]/div/div[1]"
MC="/html/body/div[2]/div/div[2]"
related=[
 R(MC+"/div/div/div/p[41]", None, 1, "after", note="closing line 'Next steps: Find out how much homeowners insurance you need.' linking another iii.org article (kept in the wcxb ground truth)"),
 R(MC+"/dl", "You May Also Like", 1, "after", note="card 'Insuring a co-op or condo' (image, section tag, title link); its heading 'You May Also Like' is the preceding sibling h2.banner (no common container: both sit in the article column)"),
]
ctas=[
 C("follow", "", "outside", "/html/body/div[1]/div/header/div[2]/div[2]/div", amb=True, note="'Connect With Us' social icons (Twitter, LinkedIn, Facebook, YouTube) in the main menu panel (shown only when the menu opens); heading is the sibling h5"),
 C("share", "SHARE THIS", "before|outside", SB+"/div[1]/div", note="left-sidebar 'SHARE THIS' ShareThis buttons (Twitter, LinkedIn, Facebook) beside the text"),
 C("follow", "Connect With Us", "outside", "/html/body/div[4]/div/footer/div[1]/div/div[1]/div", note="footer 'Connect With Us' social icons (Twitter, LinkedIn, Facebook, YouTube)"),
]
ads=[
 A(SB+"/div[2]", "outside", "left-sidebar 'SPONSORED BY' label plus empty DFP block #dfp-ad-sidebar under the share box"),
]
