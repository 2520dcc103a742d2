from _dsl import *
FILE="wcxb/html/0480.html.gz"
# IT Brief US (TechDay) story 'Enterprises pivot to smaller, measurable AI projects by 2026': header (tagline, logo,
# TechDay logo, 'Guides' hashtag links, search); hero (image, tag hashes, headline, date); byline; text; 'Follow us on' /
# 'Share on' icon row under the text; 'Related stories' rail beside the text; 'Top stories' list under the article;
# footer 'Our American network' (8 sister sites with Visit / Media Kit buttons), regional sites line, 'About us' links,
# social icons; copyright line with hosting credits. No ads, no ad configuration.
# Not labelled: header 'Guides' hashtags and the story's tag hashes (tags), search, byline, the sister-site network grid
# and regional-sites line (a network directory, not stories), 'About us' link buttons (incl. 'Subscribe', 'Contact us'),
# hosting credits.
AC="/html/body/div/main/div/div[1]/div[2]"
related=[
 R(AC+"/div[2]/div", "Related stories", 5, "outside", note="'Related stories' rail beside the text, 5 story links"),
 R("/html/body/div/main/div/div[2]/div", "Top stories", 5, "after|outside", note="'Top stories' list of 5 stories under the article, before the footer"),
]
ctas=[
 C("follow", "Follow us on:", "after", AC+"/div[1]/div[3]/div/div[1]", note="'Follow us on:' LinkedIn and X icons under the text"),
 C("share", "Share on:", "after", AC+"/div[1]/div[3]/div/div[2]", note="'Share on:' LinkedIn and X share icons under the text"),
 C("follow", "", "outside", "/html/body/div/div[2]/footer/div/div[2]/div[2]", note="footer social icons (LinkedIn, X, YouTube, RSS)"),
]
ads=[]
