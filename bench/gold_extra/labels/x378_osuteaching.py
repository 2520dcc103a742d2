from _dsl import *
FILE="wcxb/html/0210.html.gz"
# Ohio State Teaching and Learning Resource Center (Drupal layout builder) teaching-topic page 'Teaching Online:
# Effective Practices': OSU nav bar, site announcement, primary menu, breadcrumb; title; long intro with h2 sections
# and nine <details> accordions, most ending in a 'Learn more about …' link line; 'Explore' box (Resources links,
# Learning Opportunities); 'Related Teaching Topics' and 'Related Toolsets' tile grids; pre-footer search; footer
# (partners list, empty social list, address, help-forms line, ADA statement, admin login).
# No ads, no ad configuration. Not labelled: menus, breadcrumb, announcement, search, footer partners list, empty
# social list, ADA statement.
A="/html/body/div/div[5]/main/div/div/div/div/div[2]/article/div"
D=A+"/div[2]/div/div/div"
related=[
 R(A+"/div[7]/div/div/article", "Explore", 5, "after", amb=True, note="'Explore' box under the text: Resources (checklist, syllabus template, Carmen course template) and Learning Opportunities (two teaching endorsements)"),
 R(A+"/div[9]/div/div[1]", "Related Teaching Topics", 5, "after", note="'Related Teaching Topics' tile grid"),
 R(A+"/div[9]/div/div[2]", "Related Toolsets", 2, "after", note="'Related Toolsets' tile grid (CarmenCanvas, CarmenZoom)"),
 R(D+"/details[1]/div/p[2]", None, 3, "inline", amb=True, note="'Learn more about …' link line closing an accordion (kept in the wcxb ground truth)"),
 R(D+"/details[2]/div/p[3]", None, 2, "inline", amb=True, note="'Learn more in …' link line closing an accordion"),
 R(D+"/details[4]/div/p[2]", None, 1, "inline", amb=True, note="'Learn more about Carmen Common Sense' link line"),
 R(D+"/details[5]/div/p[2]", None, 1, "inline", amb=True, note="'See the Online and Hybrid Syllabus Template Instructions.' link line"),
 R(D+"/details[6]/div/p[2]", None, 1, "inline", amb=True, note="'Learn more about Online Instructor Presence.' link line"),
 R(D+"/details[7]/div/p[2]", None, 1, "inline", amb=True, note="'Learn more about Student Interaction Online.' link line"),
 R(D+"/details[8]/div/p[2]", None, 1, "inline", amb=True, note="'Learn more about Creating and Adapting Assignments …' link line"),
 R(D+"/details[9]/div/p[2]", None, 1, "inline|after", amb=True, note="'Learn more about Supporting Student Learning and Metacognition.' link line, last line of the text"),
]
ctas=[
 C("contact", "To connect directly with our partners for teaching support or for help with Ohio State tools, visit our help forms.", "outside", "/html/body/div/footer/div/div[4]", amb=True, note="footer help-forms line and website administrator e-mail"),
]
ads=[]
