from _dsl import *
FILE="wcxb/html/2269.html.gz"
# Clay (UI/UX design agency, Next.js) blog post 'How to Design a Website: a Complete Guide for 2026': header (logo,
# Work/Clients/Services/Industries/About/Blog menu, 'Contact' button-styled link, mobile copy of it with burger);
# blog category bar with search; article head (h1, intro, hero image); three-column article section: sticky table of
# contents on the left, text (h2/h3 sections, image blocks with lightbox buttons, videos, FAQ; near the end a 'Read
# More' heading over a list of 3 posts and a category link), right column with an 'About Clay' agency box ('Learn
# more') and 'Share this article' icons; mobile copy of that box and share bar under the section; 'More on Web Design'
# band (3 post cards); footer ('Let's Talk' e-mail and phone, nav, office addresses, social icons, copyright); hidden
# off-canvas menu (nav, e-mail/phone, social icons). The newsletter box of the site exists only as data in
# __NEXT_DATA__ (not rendered). No ads, no ad configuration.
# Not labelled: menus (header nav, category bar, footer nav, off-canvas nav), table of contents, image lightboxes,
# in-sentence links to other guides, footer office addresses, copyright links.
SC="/html/body/div/main/div/section[2]"
related=[
 R(SC+"/div[1]/div[2]/div/div/ul[2]", "Read More", 3, "inline", note="list under the in-text 'Read More' h4 (sibling heading, no common container) before the Conclusion: 3 post links plus a 'Best Articles about Web Design' category link"),
 R(SC+"/div[3]", "More on Web Design", 3, "after", note="'More on Web Design' band under the article: 3 post cards (title, date, reading time)"),
]
ctas=[
 C("contact", "Contact", "outside", "/html/body/div/header/div[2]/nav/ul/li[7]", amb=True, note="header 'Contact' link styled as a button (Header_ContactLink), last item of the nav list"),
 C("contact", "Contact", "outside", "/html/body/div/header/div[2]/div", amb=True, note="mobile header copy of the 'Contact' button beside the burger (Header_MobileNav, hidden on desktop)"),
 C("other", "About Clay Clay is a UI/UX design & branding agency in San Francisco. We team up with startups and leading brands", "outside|after", SC+"/div[1]/div[3]/div[1]", amb=True, note="right-column 'About Clay' agency box with 'Learn more' link (site's own promo; a reader could call it an author/publisher bio)"),
 C("share", "Share this article", "outside|after", SC+"/div[1]/div[3]/div[2]", note="right-column 'Share this article' icons (copy link, Facebook, Twitter, LinkedIn), desktop copy"),
 C("other", "About Clay Clay is a UI/UX design & branding agency in San Francisco. We team up with startups and leading brands", "after", SC+"/div[2]/div[1]", amb=True, note="mobile copy (ArticleShareMobile) of the 'About Clay' box under the text"),
 C("share", "Share this article", "after", SC+"/div[2]/div[2]", amb=True, note="mobile copy (ArticleShareMobile) of the 'Share this article' icons under the text"),
 C("contact", "Let’s Talk hey@clay.global +1 415 796 6262", "outside", "/html/body/div/footer/div/div[1]/div", amb=True, note="footer 'Let's Talk' heading with e-mail and phone links, no button or form"),
 C("follow", "", "outside", "/html/body/div/footer/div/div[3]/div[1]", note="footer social icons (Dribbble, Behance, Instagram, LinkedIn, Twitter, Facebook)"),
 C("follow", "", "outside", "/html/body/div/div[6]/div/div/div/div[2]/div[2]", amb=True, note="social icons in the hidden off-canvas menu"),
]
ads=[]
