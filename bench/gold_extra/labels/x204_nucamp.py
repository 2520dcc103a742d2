from _dsl import *
FILE="wcxb/html/0167.html.gz"
# Nucamp (SvelteKit) blog post 'Top 10 Best Rated Coding Bootcamps in 2025'. Sticky header with nav (desktop, mobile
# and drawer copies) and Login. Article: title, byline, image, TL;DR, intro, a table-of-contents box that also holds a
# 'Check out next:' story line, the list entries split into blogcontent blocks with a 'download every syllabus' lead
# form between them (three copies), conclusion, FAQ, 'You may be interested in the following topics as well:' (8 story
# lines), author card with LinkedIn/Twitter icons. Right column: 'Related Blogs'. Footer: newsletter, Connect (e-mail,
# chat, social links), link columns. The lxml tree has a second top-level <html> holding the SvelteKit data script.
# No ads (only preconnect hints to ad/tracking hosts).
# Not labelled: nav menus (all copies, incl. Login), TOC, in-text links, FAQ, author bio text, footer Bootcamps/Company
# link columns.
AR="/html[1]/body/div/div/div[2]/div[1]/div/main/div[1]/article"
FT="/html[1]/body/div/div/div[2]/div[3]/footer"
related=[
 R(AR+"/div[3]/div[2]/div", "Check out next:", 1, "inline", note="'Check out next:' box inside the table-of-contents block: one story line (4Geeks Academy's bilingual offerings)"),
 R(AR+"/div[9]/div[14]", "You may be interested in the following topics as well:", 8, "after", note="peerArticles: 8 one-sentence story links after the FAQ"),
 R("/html[1]/body/div/div/div[2]/div[1]/div/main/div[2]/aside", "Related Blogs", 3, "outside", note="right-column 'Related Blogs' list"),
]
ctas=[
 C("other", "Fill this form to download every syllabus from Nucamp. And learn about Nucamp's Bootcamps", "inline", AR+"/div[4]", note="syllabus-download lead form after the intro/methodology block"),
 C("other", "Fill this form to download every syllabus from Nucamp. And learn about Nucamp's Bootcamps", "inline", AR+"/div[6]", note="second copy of the syllabus lead form (after entry 2)"),
 C("other", "Fill this form to download every syllabus from Nucamp. And learn about Nucamp's Bootcamps", "inline", AR+"/div[8]", note="third copy of the syllabus lead form (after entry 4)"),
 C("follow", "", "after", AR+"/div[10]/div[1]/div/div[2]", amb=True, note="author card LinkedIn / Twitter icon links"),
 C("newsletter", "Newsletter Enter your email address Subscribe", "outside", FT+"/nav[1]", note="footer newsletter sign-up"),
 C("follow", "Connect info@nucamp.co Discuss with Stephanie now Like us on Facebook Follow us on Instagram", "outside", FT+"/nav[2]", note="footer 'Connect' column: e-mail, chat prompt and Facebook/Instagram/LinkedIn/YouTube/Twitter/TikTok links"),
]
ads=[]
