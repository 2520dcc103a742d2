from _dsl import *
FILE="trafilatura-eval/html/von-der-see.de.design.html.gz"
# von-der-see.de agency service page (UIkit WordPress theme): header with contact line, content column + blog sidebar, footer service menu. No ads.
W="/html/body/div[1]"
related=[
 R(W+"/div/aside/div/div", "Interessantes aus unserem", 3, "outside", note="sidebar widget 'Interessantes aus unserem [Blogbuch image]' with 3 blog post teasers"),
]
ctas=[
 C("follow", "Werbeagentur VON DER SEE GmbH Am Delft 24, 26721 Emden +49 (0) 49 21 / 99 96 70 info@von-der-see.de", "outside", W+"/header/div[1]/div/div[3]/p", amb=True, note="header address line with e-mail and Facebook/Google+/Instagram/Twitter/Pinterest/YouTube icons"),
 C("contact", "Jetzt anrufen", "outside", W+"/header/div[1]/div/div[3]/a[2]", amb=True, note="call button shown on small screens only"),
 C("contact", "Fragen? Dann kontaktiere uns einfach!", "after", W+"/div/section/div", note="quick contact form under the page text"),
 C("other", "Kostenfreier Websitecheck: SEO und Nutzerfreundlichkeit", "outside", "/html/body/div[4]", note="pop-up modal lead form for a free website check"),
 C("other", "", "outside", "/html/body/div[3]", amb=True, note="empty ProvenExpert rating-seal bar container (filled by script, fixed at the bottom)"),
]
ads=[]
