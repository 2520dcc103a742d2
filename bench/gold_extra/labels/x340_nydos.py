from _dsl import *
FILE="wcxb/html/4262.html.gz"
# New York Department of State (Drupal webny theme) guide page 'Forming a Limited Liability Company in New York':
# script-filled NY.gov universal header/footer containers (empty), agency header nav; hero (parent link 'Form a
# Corporation or Business', title); 'On this page' TOC sidebars (mobile/desktop, lists filled by script) and sticky TOC
# button; five text sections (intro, Q&A, choosing a name, instructions, additional information); closing 'Contact
# Division of Corporations, State Records and Uniform Commercial Code' e-mail contact block; back-to-top; agency footer
# (footer menu, 'CONNECT WITH US' social buttons).
# No related block, no ads, no ad configuration.
# Not labelled: navs, TOC sidebars/sticky TOC button, back-to-top, footer menu, empty NY.gov universal nav/footer.
T="/html/body/div[3]/div/main/div/div/div[2]/div/div/div"
related=[]
ctas=[
 C("contact", "Contact Division of Corporations, State Records and Uniform Commercial Code", "after", T+"/section[6]", note="closing contact paragraph with e-mail link (its lines are kept in the wcxb ground truth)"),
 C("follow", "CONNECT WITH US Facebook Youtube X (formerly Twitter)", "outside", "/html/body/div[5]/nav[2]", note="footer 'CONNECT WITH US' social buttons"),
]
ads=[]
