from _dsl import *
FILE="wcxb/html/0293.html.gz"
# Paycom (HR/payroll software company) blog post 'Paid Time-Off Policies: Best Practices and Benefits': empty search modal;
# header (mobile login links; utility row: burger, logo, search, 'Login' / desktop careers, investors, contact, search;
# mobile menu starting with a 'Request meeting' button; desktop mega-menu, 'Login' drop-down and 'Request meeting' demo
# button); sticky blog nav ('Blog', 'Filter By Topic', search form, 'Subscribe' button); topic filter forms (desktop and
# mobile); hero with h1; meta row (topic button, date, reading time, 'Share' drop-down of LinkedIn/Twitter/Facebook/Email,
# 'Copy link'); hidden author modal; main (left 'Topics covered' table of contents, script-filled; 'Takeaway' summary box;
# text with, after the PTO-and-overtime section, a 'Download Checklist' content card; disclaimer); 'Related content' band
# (3 resource tiles); hidden 'Don't miss out!' newsletter modal (e-mail, resource checkboxes, 'Subscribe now'); mobile
# fixed 'Topics Covered' button and its modal; footer (logo, 'Follow Us' icons and App Store / Google Play badges, About
# and Resources columns, 'Join our newsletter' form; desktop/tablet/mobile copies of the product link directory; legal
# links). No ads and no ad configuration (GTM noscript iframe only).
# Not labelled: search modal, login links and drop-downs, careers/investors/contact utility links (header menu links),
# menus, topic filter forms and 'Filter By Topic', hero, topic/date/reading-time meta, author modal, the tables of
# contents (sidebar, mobile button, modal), the 'Takeaway' summary (body), in-sentence product/study links of the text
# (Paycom's GONE, Forrester Consulting), disclaimer, footer About/Resources columns (menus; 'Contact Us' is one link of
# seven) and product directories (convention 6), legal links.
HD="/html/body/header"
TX="/html/body/main/div[1]/div/div[2]/div[2]/div"
MR="/html/body/div[7]/div[2]"
FT="/html/body/footer/nav/div[1]/div[1]"
related=[
 R("/html/body/main/section", "Related content", 3, "after", note="'Related content' band of 3 resource tiles (Total Economic Impact study, business-continuity checklist, 'PTO Laws by State in 2025' blog post) under the article"),
]
ctas=[
 C("other", "Request meeting", "outside", HD+"/nav[2]/div[1]/div[3]/a", note="desktop header 'Request meeting' demo button (/demo/, data-track 'Header CTA'; a demo button is plain `other` whatever stands beside it, 11.7)"),
 C("other", "Request meeting", "outside", HD+"/nav[1]/ul/li[1]", amb=True, note="mobile menu copy of 'Request meeting' (mobile-navigation d-nav-lg-none, 9.3)"),
 C("newsletter", "Subscribe", "outside", "/html/body/div[2]/div/div/div[2]/div[4]", note="sticky blog nav 'Subscribe' button (opens the newsletter modal)"),
 C("share", "Share LinkedIn Twitter Facebook Email", "before", MR+"/div[3]", note="'Share' drop-down (LinkedIn, Twitter, Facebook, Email) in the meta row above the text"),
 C("share", "Copy link", "before", MR+"/div[4]", amb=True, note="'Copy link' button beside the share drop-down (a share function; could be read as part of the same row)"),
 C("other", "When it comes to paid time off, not every workforce has the same needs. Use this checklist to develop", "inline", TX+"/div", note="in-text content card with 'Download Checklist' button (contentHalfCard, title/image/link filled by script; a lead-magnet box set apart from the text, not in the wcxb ground truth)"),
 C("newsletter", "Don’t miss out! Get the latest HR industry news and trends straight to your inbox.", "outside", "/html/body/main/div[2]", amb=True, note="hidden newsletter modal (e-mail, resource checkboxes, 'Subscribe now') opened by the sticky nav 'Subscribe' button (9.5)"),
 C("follow", "Follow Us", "outside", FT+"/div[1]/span/div", note="footer 'Follow Us' icons (LinkedIn, X, Facebook, Instagram, YouTube, TikTok); the box also holds the app badges"),
 C("app", "", "outside", FT+"/div[1]/span/div/div", note="footer App Store / Google Play badges inside the 'Follow Us' box (two widgets one inside the other, 11.9)"),
 C("newsletter", "Join our newsletter Stay up to date on industry news and learn how better HR tech is achievable.", "outside", FT+"/div[4]", note="footer 'Join our newsletter' e-mail form"),
]
ads=[]
