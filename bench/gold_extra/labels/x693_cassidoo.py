from _dsl import *
FILE="wcxb/html/2825.html.gz"
# Cassidy Williams (personal Astro blog) post 'Configure your repositories with .github' (Blogvent day 19): header (name,
# 'Software Engineer in Chicago', picture); top nav of six links (home, newsletter, blog, github, bluesky, linkedin);
# main/article (h1, date, '#technical #work' tags, blog-post text ending 'I hope this was handy for you!'); below main the
# 'Random post • Older post →' bar (astro-link picking a random slug by script, next-post link to 'inbox-zero-in-my-dreams');
# 'View posts by tag' heading and tag list; footer '© 2025 Cassidy Williams. This site is open source! <3'. No ads, no ad
# configuration, no share/comment widgets, no newsletter form on the page.
# Not labelled: header, tag links under the title, the 'View posts by tag' tag list (tag lists are not related content),
# footer open-source credit link (a repository link, no ask).
related=[
 R("/html/body/div[1]", None, 1, "after", note="nav-posts bar under the article: 'Random post' (astro-link, script picks a random post) and 'Older post →' (next-post link to 'inbox-zero-in-my-dreams'): previous/next links are one related block; 1 distinct story in the HTML"),
]
ctas=[
 C("follow", "home newsletter blog github bluesky linkedin", "outside", "/html/body/nav", amb=True, note="the site's only nav bar: 6 links of which 3 are social profiles (github, bluesky, linkedin) and 1 the newsletter page; a general menu (not labelled) or a mostly-follow link row (convention 9.7 read for a header): amb"),
]
ads=[]
