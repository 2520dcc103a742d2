from _dsl import *
FILE="trafilatura-eval/html/rutgers.edu.robot.html.gz"
AR="/html/body/div/div/div/main/div/div[2]/div/div[2]/div"
FB="/html/body/div/div/div/footer/section/div[2]/div/div[3]/div"
related=[
 R(AR+"/div[3]/section", "You May Also Like", 3, "after", note="related-content news cards under the article"),
]
ctas=[
 C("share", "Share Facebook Twitter LinkedIn Reddit Whatsapp Email Print", "before|outside", AR+"/div[2]/section/div/div/div[3]", note="sharethis buttons in the article sidebar (byline/date column beside the body)"),
 C("follow", "Follow Us", "outside", FB+"/div[1]", note="footer social icons"),
 C("newsletter", "Subscribe to Rutgers News", "outside", FB+"/div[2]", note="footer button to the Rutgers News subscription form"),
]
ads=[]
