from _dsl import *
FILE="wcxb/html/0426.html.gz"
# Terabyte Systems (Hugo blog) guide 'What is Git and How Does Version Control Work?': header (site title, nav), empty search
# modal, breadcrumbs, article (title, byline/date/reading time, tag links, table of contents, text with code blocks),
# 'article-feedback' line under the text, footer (copyright, Editorial Policy / Privacy / Terms / RSS Feed links).
# No related block, no ads, no ad configuration.
# Not labelled: nav, search modal, breadcrumbs, tag links, table of contents, footer links (incl. RSS Feed).
related=[]
ctas=[
 C("contact", "Thank you for reading! If you have any feedback or comments, please send them to [email protected]", "after", "/html/body/main/div/article/div[2]", note="'article-feedback' line under the text asking for feedback by e-mail (two obfuscated addresses)"),
]
ads=[]
