from _dsl import *
FILE="wcxb/html/2381.html.gz"
ART="/html/body/div[2]/div/article"
PC=ART+"/div[2]/div[1]/div[1]"
SB=ART+"/div[2]/div[2]/div"
CH="/html/body/div[2]/div/div/div"
# Scholastica blog guide (long, many inline links to the site's own posts and to index providers). The empty
# <p><a name=…></a></p> anchors before each h2, the section-link list, the tags row, the author line (no links),
# the sidebar search, the category dropdown and the top menu are not labelled. No ad slots; no footer element.
related=[
 R(PC+"/p[16]", None, 2, "inline", amb=True, note="cross-reference sentence: 'We cover how to apply for DOIs … in this blog post, and … in this webinar.'"),
 R(PC+"/p[52]", None, 2, "inline", amb=True, note="cross-reference sentence: 'We cover JATS XML 101 in this blog post and … in this webinar.'"),
 R(PC+"/p[66]", None, 2, "inline", amb=True, note="closing italic 'learn more … here and … here' sentence linking two posts (in the wcxb body)"),
 R(ART+"/div[3]", "Related Posts", 6, "after", note="related-posts cards under the article"),
]
ctas=[
 C("other", "", "after", PC+"/div[3]", note="div.cta webinar image banner ('Webinar Connecting Scholarly Metadata') at the end of the post"),
 C("comments", "Show Comments", "after", ART+"/div[2]/div[1]/div[3]", note="'Show Comments' loader with empty disqus_thread"),
 C("newsletter", "Subscribe", "outside", CH+"/a", note="category header 'Subscribe' button opening the e-mail modal"),
 C("newsletter", "Subscribe to receive posts by email", "outside", CH+"/div", amb=True, note="hidden subscription modal (Mailchimp form) opened by the button"),
 C("newsletter", "Subscribe for Updates", "outside", SB+"/div[2]", note="sidebar Mailchimp sign-up form with interest checkboxes"),
 C("other", "Get a demo of Scholastica", "outside", SB+"/div[3]", note="sidebar demo request box with 'Request a demo' button"),
 C("other", "Free Resources for Editors", "outside", SB+"/div[4]", note="sidebar resources promo with 'Go to resources' button"),
 C("follow", "Follow Scholastica online", "outside", SB+"/div[5]", note="sidebar social icons (LinkedIn, Bluesky, YouTube) and RSS feed dropdown"),
 C("other", "Schedule a demo Login Sign up", "outside", "/html/body/div[1]/div/div[2]/div[2]", note="top bar demo / login / sign-up buttons"),
]
ads=[]
