from _dsl import *
FILE="trafilatura-eval/html/doschu.com.solopreneur.html.gz"
C1="/html/body/div[1]/div/div/div[1]"
ART=C1+"/article"
SB="/html/body/div[1]/div/div/div[2]"
related=[
 R(C1+"/div[2]", None, 2, "after", note="single-navigation: 'zurück' / 'vor' previous/next post links under the comment form"),
 R(SB+"/aside[3]", "Letzte Blogeinträge", 5, "outside", note="sidebar recent-posts widget (one entry is this post)"),
]
ctas=[
 C("comments", "Jetzt kommentieren", "before", ART+"/div[1]/a[8]", note="'Jetzt kommentieren' link at the end of the entry-meta line (date, category, tags) under the title"),
 C("follow", "Blog: socialmediainternational.de LinkedIn linkedin.com/in/friederikegonzalez/", "after", ART+"/div[2]/ul", amb=True, note="interviewee's profile links (blog, LinkedIn, Twitter) under 'Links zur Vertiefung und Vernetzung' at the end of the text; editorial bio, not the site's profiles"),
 C("share", "Like it? Share it!", "after", ART+"/div[2]/div[6]", note="Shariff share buttons at the end of the entry content"),
 C("comments", "Hinterlassen Sie einen Kommentar", "after", C1+"/div[1]", note="WordPress comment form"),
 C("follow", "Let’s Talk @ Social Web", "outside", SB+"/aside[1]", note="sidebar author box: portrait link + LinkedIn/Xing/Twitter/Facebook icons"),
 C("follow", "Social Web", "outside", "/html/body/footer/div/div[2]", note="footer blogroll of the author's social profiles (about.me, Facebook, Instagram, LinkedIn, Twitter, Xing, YouTube...)"),
]
ads=[]
