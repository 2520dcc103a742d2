from _dsl import *
FILE="wcxb/html/2498.html.gz"
# Personal blog post (Next.js): fixed top bar (name, 'Posts', 'Projects'), the long essay with six h2 eras and
# images, an empty Disqus container under the article, then a full-width 'Hi, I'm Chris!' band with the author's
# social icons. No related block, no ad slots. Not labelled: top bar links, in-text links.
related=[]
ctas=[
 C("comments", "", "after", "/html/body/div/div[2]/div", note="empty #disqus_thread (Disqus comments, script-filled) under the article"),
 C("follow", "Hi, I'm Chris! I'm a Software Engineer and Product Manager living in sunny Barcelona. If you want to chat, you can find me on all the social platforms.", "after|outside", "/html/body/div/div[3]", note="author band at the page bottom with GitHub, Instagram, LinkedIn, Twitter, Linktree icons"),
]
ads=[]
