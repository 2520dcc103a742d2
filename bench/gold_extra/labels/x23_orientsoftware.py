from _dsl import *
FILE="wcxb/html/1222.html.gz"
M="/html/body/div/main/div[1]"
BC=M+"/div[4]"
related=[
 R(M+"/section[2]", "More articles from us", 6, "after", note="grey band of 6 post cards with 'View More', under the article"),
]
ctas=[
 C("contact", "Get in touch", "outside", "/html/body/div/div[1]/nav/div[2]/a[1]", note="header button to /contact/"),
 C("contact", "Let's get in touch Kindly fill out the form below", "outside", "/html/body/div/div[2]", amb=True, note="hidden contact modal (form)"),
 C("share", "Share", "before|outside", BC+"/div[1]/div/div[2]", note="share icons under the sticky 'Content Map' in the left column"),
 C("share", "Share", "before", BC+"/div[2]", note="tablet copy of the share icons above the text"),
 C("contact", "If you need professional guidance and advice on software development, do not hesitate to reach out to Orient Software.", "after", BC+"/div[4]/div[1]/div[68]/p[2]", note="closing promo paragraph ending 'Talk to us for further discussion' (/contact/)"),
 C("contact", "Start Your Project with Orient Software Today", "after|outside", "/html/body/div/section[1]", note="'Schedule a Meeting' band with three steps, between article and footer"),
 C("contact", "Let’s Get to Work", "after|outside", "/html/body/div/section[2]", note="project inquiry form band above the footer"),
 C("contact", "Contact Us Head office - Ho Chi Minh City", "outside", "/html/body/div/footer/div/div[3]/div[1]", amb=True, note="footer contact block: address, phone, sales e-mail"),
]
ads=[]
