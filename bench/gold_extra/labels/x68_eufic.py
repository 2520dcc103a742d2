from _dsl import *
FILE="wcxb/html/4123.html.gz"
MG="/html/body/div[2]/div[2]/div[2]/div/div[1]/article/div[2]"
SS="/html/body/div[2]/div[2]/div[2]/div/div[2]/div"
related=[
 R(MG+"/p[6]", None, 1, "inline", note="'Learn more.' link to the in-depth EUFIC article after a myth's 'bottom line' box"),
 R(MG+"/p[9]", None, 1, "inline", note="'Learn more.' link to the in-depth EUFIC article after a myth's 'bottom line' box"),
 R(MG+"/p[13]", None, 1, "inline", note="'Learn more.' link to the in-depth EUFIC article after a myth's 'bottom line' box"),
 R(MG+"/p[16]", None, 1, "inline", note="'Learn more.' link to the in-depth EUFIC article after a myth's 'bottom line' box"),
 R(MG+"/p[19]", None, 1, "inline", note="'Learn more.' link to the in-depth EUFIC article after a myth's 'bottom line' box"),
 R(MG+"/p[22]", None, 1, "inline", note="'Learn more.' link to the in-depth EUFIC article after a myth's 'bottom line' box"),
 R(MG+"/p[25]", None, 1, "inline", note="'Learn more.' link to the in-depth EUFIC article after a myth's 'bottom line' box"),
 R(MG+"/p[29]", None, 1, "inline", note="'Learn more.' link to the in-depth EUFIC article after a myth's 'bottom line' box"),
 R(MG+"/p[33]", None, 1, "inline", note="'Learn more.' link to the in-depth EUFIC article after a myth's 'bottom line' box"),
 R(SS+"/div[2]", "You may also like…", 0, "outside", amb=True, note="sticky sidebar heading over an empty list (script-filled)"),
]
ctas=[
 C("share", "", "before", "/html/body/div[2]/div[2]/div[1]/div", note="addthis icons (print, Facebook, Twitter, LinkedIn) in the breadcrumb row above the title"),
 C("contact", "If you would like more information or to speak to an expert, please contact Laura Bosman", "after", MG+"/p[38]", amb=True, note="closing press-contact line; in the source's main_content"),
 C("newsletter", "Don't miss any news from us! Type your email EN FR DE ES IT Subscribe", "outside", SS+"/div[1]", note="sticky sidebar newsletter form"),
 C("follow", "", "outside", "/html/body/div[2]/div[3]/div/div/div[5]/div", note="footer social icons"),
]
ads=[]
