from _dsl import *
FILE="trafilatura-eval/html/gregoryszorc.com.python3.html.gz"
# Gregory Szorc's blog post 'Mercurial's Journey to and Reflections on Python 3' (plain CSS Templates layout): top menu
# (Home, Blog, Notes, Work, Skills, Thoughts, Resume); title, date/categories line with a 'View Comments' link; long text;
# empty Disqus thread container, noscript 'View the discussion thread.' link and 'blog comments powered by Disqus' link;
# sidebar 'Categories' list; copyright footer. No related block, no share widget, no ads, no ad configuration.
# Not labelled: top menu, categories in the date line and the sidebar category list (tags), the noscript link (not
# rendered with scripts on), footer copyright.
C1="/html/body/div/div[2]/div/div/div[1]"
related=[]
ctas=[
 C("comments", "View Comments", "before", C1+"/div[1]/small/a[3]", amb=True, note="'View Comments' link (to #disqus_thread) in the date/categories line under the title"),
 C("comments", "", "after", C1+"/div[2]", note="empty #disqus_thread container under the post (Disqus embed.js fills it)"),
 C("comments", "blog comments powered by Disqus", "after", C1+"/a", amb=True, note="'blog comments powered by Disqus' credit link under the comment container"),
]
ads=[]
