from _dsl import *
FILE="wcxb/html/0159.html.gz"
# Cleaning Services Seattle Co. (Squarespace blog) post 'Cleaning Services Costs In The City Of San Diego In
# California'. Header: title and nav (sister-site link, Blog, Home, About Us, Testimonials, Our Services, Call Us, FAQs);
# mobile nav overlay copy. Article: dateline/byline, title, text blocks alternating with images (the images link to a
# sister site, Facebook and Google Maps; kept as body), then an 'AVERAGE COSTS FOR CLEANING SERVICES IN THE USA'
# heading block and a two-column list of 70 sibling city posts; entry footer with like button and an empty Squarespace
# share-buttons span; author profile; empty comments container; newer/older post pagination. Pre-footer social account
# links, footer with address, phone and e-mail. No ads, no ad configuration.
# Not labelled: navigation (Call Us among the links), empty spacer block, like button, author profile, back-to-top.
AR="/html/body/div/div[2]/main/div/div"
A=AR+"/article/div[1]/div/div/div"
related=[
 R(A+"/div[14]", "AVERAGE COSTS FOR CLEANING SERVICES IN THE USA", 70, "after", note="two-column list of 70 'Average Costs for Cleaning Services in <city>' post links after the text; the heading is the html block div[13] just above"),
 R(AR+"/nav", None, 2, "after", note="newer/older post pagination"),
]
ctas=[
 C("share", "", "after", AR+"/article/footer/div[2]/span[2]", amb=True, note="empty Squarespace social (share) buttons span in the entry footer, filled by script"),
 C("comments", "", "after", AR+"/div", amb=True, note="empty Squarespace comments container under the article"),
 C("follow", "", "outside", "/html/body/div/div[2]/div", note="pre-footer social account links block"),
 C("contact", "Cleaning Services Seattle Co., 1201 2nd Ave #D4, Seattle, WA 98101, United States (206) 735-3750", "outside", "/html/body/div/div[2]/footer/div/div[2]", amb=True, note="footer address, phone and e-mail link"),
]
ads=[]
