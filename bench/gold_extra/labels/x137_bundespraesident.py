from _dsl import *
FILE="trafilatura-eval/html/bundespraesident.de.20030331.html.gz"
MI="/html/body/div/div[1]/div[2]/div/div/div[2]/div/div[2]/div/div[2]"
FT="/html/body/div/div[2]/div/div[1]"
related=[
 R(MI+"/div[2]", None, 0, "after", amb=True, note="empty sectionRelated container right after the speech text"),
]
ctas=[
 C("share", "Per E-Mail weiterempfehlen Als Lesezeichen speichern", "outside", FT+"/ul[1]", note="footer 'Diese Seite' functions: recommend by e-mail, bookmark"),
 C("follow", "", "outside", FT+"/ul[2]", amb=True, note="footer Facebook/Instagram icons (site profile links; alt text says 'Bookmarken Sie diese Seite via facebook')"),
]
ads=[]
