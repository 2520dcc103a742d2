from _dsl import *
FILE="scrapinghub/html/57b4dafd18cfd0531b69f81e87158648227c673ef159f8d8c87d34e34bdb21f2.html.gz"
POST="/html/body/div[2]/div/div[1]/div"
SB="/html/body/div[2]/div/div[2]/div"
related=[
 R(SB+"/div[2]", "Weitere Beiträge zum Thema", 4, "outside", note="sidebar box of four further blog posts (below the author box)"),
]
ctas=[
 C("share", "", "before|outside", POST+"/div[1]", note="share icon column (Twitter, Facebook) beside the post text"),
 C("other", "", "after", POST+"/div[2]/div/span/p[25]", note="HubSpot CTA image ('New Call-to-action') in a paragraph after the last body paragraph"),
 C("follow", "", "outside", "/html/body/footer/div[2]/div/div[2]", note="footer social icons (Twitter, Facebook, Dribbble, Behance, Xing, LinkedIn)"),
]
ads=[]
