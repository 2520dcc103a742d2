from _dsl import *
FILE="wcxb/html/0483.html.gz"
# Shawn Hymel (personal site, WordPress 'minimalio' theme) post '10 Things I Wish I Knew Before Learning Embedded
# Systems': loading spinner; header (logo, menu Home / Courses / Blog / About / Contact, empty social-icon span; mobile
# menu copy with an empty social span); h1, byline, date, category; text of ten h2 sections (a 'working through my videos
# here ...:' list of three YouTube tutorials, an RTOS paragraph pointing to 'whole post' and a video series), closing
# question 'Let me know in the comments!'; comments area inside the content (3 thoughts, two threads, 'Leave a Reply'
# form); footer ('Follow me:' social links, copyright; LinkedIn pixel); Complianz cookie banner and 'Manage consent'
# button; svg sprites.
# No ad slot. Not labelled: menus, empty header / mobile-menu social spans (no links in the HTML), byline and category,
# in-sentence links to YouTube tutorials (KiCad), the closing question (no control of its own; the comment form below is
# labelled), cookie banner and consent button, LinkedIn tracking pixel.
AC="/html/body/div[1]/div[2]/div/div/div/div/div/main/article/div"
related=[
 R(AC+"/ul[1]", None, 3, "inline", amb=True, note="list of 3 YouTube tutorial links (Registers, External Interrupts, Timer Interrupts) under 'working through my videos here ...:' (convention 8 run of lines, but part of the advice and videos rather than stories)"),
 R(AC+"/p[26]", None, 1, "inline", amb=True, note="pointer in an ordinary sentence: 'I actually have a whole post dedicated to when you should consider using an RTOS' (10.10 / 11.4)"),
]
ctas=[
 C("comments", "3 thoughts on “10 Things I Wish I Knew Before Learning Embedded Systems”", "after", AC+"/div", note="comments area under the text: comment list (3 thoughts) and 'Leave a Reply' form"),
 C("follow", "Follow me: YouTube LinkedIn Bluesky X Mastodon Instagram TikTok", "outside", "/html/body/div[1]/footer/div/div/div/div/div/div/div[1]/div", note="footer 'Follow me:' social links"),
]
ads=[]
