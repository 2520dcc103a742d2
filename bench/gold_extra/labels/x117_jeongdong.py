from _dsl import *
FILE="scrapinghub/html/8cad00dc22de45ba42e9540421b5f78333f7ac57b385d69acb27a53b9fd69f0c.html.gz"
# Jeongdong Theater blog post (WordPress/Enfold): festival photo report. Body = article/div[2]/div[1] (entry-content),
# ending with the show's info (staff, ticketing link, prices, inquiry phone), which the source's articleBody keeps.
# No ads, no ad configuration. Enfold's previous/next post arrows are two loose <a> fixed at the screen edges
# (no container of their own), so they are labelled one each. Language bar, cart dropdown and menus not labelled.
M="/html/body/div[1]/div/div[2]/div/main"
E=M+"/article/div[2]"
related=[
 R("/html/body/div[1]/a[1]", None, 1, "outside", note="avia-post-nav previous-post arrow (fixed at the left edge): 'More Reviews from KLOOK Visitors!'"),
 R("/html/body/div[1]/a[2]", None, 1, "outside", note="avia-post-nav next-post arrow (fixed at the right edge): 'Beautiful Autumn Foliage at Jeongdong-gil!'"),
]
ctas=[
 C("follow", "Facebook Instagram Youtube", "outside", "/html/body/div[1]/header/div[1]/div[1]/div/ul", note="header social icons"),
 C("comments", "0 Comments", "before", E+"/header/span/span[2]", amb=True, note="comment-count link in the post meta line under the title"),
 C("share", "Share this entry", "after", E+"/footer/div", note="av-share-box: 9 share links under the post"),
 C("comments", "0 replies Leave a Reply Want to join the discussion? Feel free to contribute!", "after", M+"/div[2]", note="comment section with reply form"),
 C("follow", "Facebook Instagram Youtube", "outside", "/html/body/div[1]/div/footer/div/ul", note="footer (socket) social icons"),
]
ads=[]
