from _dsl import *
FILE="wcxb/html/4146.html.gz"
B="/html/body/div[1]/main/div/div/div/div/article/div/div"
SB="/html/body/div[1]/main/div/div/aside/div"
related=[
 R(B+"/p[6]", None, 1, "inline", amb=True, note="'Looking for more advanced options? See my list of the best astrophotography telescopes in 2026.' (ground truth keeps it in the body)"),
 R(SB+"/section[2]", "Smart Telescope Guide", 1, "outside", note="sidebar image card linking to the smart-telescope guide"),
]
ctas=[
 C("other", "Get the Guide", "outside", "/html/body/div[1]/header/div[1]/div/div/div/div[2]/div/div/div/div[2]/div[2]", note="header button selling the image-processing guide"),
 C("other", "The William Optics RedCat 51 is available at High Point Scientific.", "inline", B+"/p[63]", amb=True, note="affiliate shop line under a product image that links to the same shop (ground truth keeps it)"),
 C("other", "This telescope is available at High Point Scientific", "inline", B+"/p[75]", amb=True, note="affiliate shop line (Apertura 75Q)"),
 C("other", "The Askar SQA55 is available at High Point Scientific.", "inline", B+"/p[86]", amb=True, note="affiliate shop line"),
 C("other", "The William Optics Z73 is available from Agena Astro", "inline", B+"/p[103]", amb=True, note="affiliate shop line"),
 C("other", "The Sky-Watcher EvoStar 80ED is available at Agena Astro", "inline", B+"/p[120]", amb=True, note="affiliate shop line"),
 C("follow", "Meet Trevor Jones I'm Trevor Jones, an astrophotographer with 15 years of experience.", "outside", SB+"/section[1]", amb=True, note="sidebar author box (photo and 'Learn more' link to the about page, no social links)"),
 C("follow", "", "outside", "/html/body/div[1]/footer/div/div[2]/div/div/div/div[2]", note="footer social icons: YouTube, Instagram, Facebook, Twitter"),
]
ads=[]
