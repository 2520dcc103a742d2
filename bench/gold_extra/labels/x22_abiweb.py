from _dsl import *
FILE="wcxb/html/0241.html.gz"
H="/html/body/div/div/header/div"
BH=H+"/div[2]/div/div[2]/div/div/div/div"
FT=H+"/footer/div/div[1]/div/div/div/div"
related=[
 R(BH+"/div", None, 1, "after", note="single-post navigation: next post 'Autonomous Vehicle Insurance: Self-Driving Cars'"),
]
ctas=[
 C("contact", "Sales", "outside", H+"/div[1]/div/div/div[2]", note="header 'Sales' button (a#cta-link to /contact/) right of the main menu"),
 C("contact", "", "outside", H+"/header/div/div/div/div/div[3]", amb=True, note="mobile header phone icon linking to /contact/"),
 C("share", "Share", "after", BH+"/article/div[1]/div[2]/div[2]/div[2]", note="share icons under the post text (next to the 'Blog' category)"),
 C("follow", "LinkedIn Instagram Facebook", "outside", FT+"/div[3]/div[2]", note="footer social icons"),
]
ads=[]
