from _dsl import *
FILE="wcxb/html/0227.html.gz"
# RenoFi (renovation-loan lender) learn post 'The 10 Best Home Improvement ROI Projects of 2023': navbar (logo, Loans / How
# It Works / Resources menus, "See today's rates" button, 'Tackle your renovation wishlist' mobile bottom button);
# breadcrumb, headline, author with bio drop-down, subheading; post body starting with a loan sign-up box ('The most
# money and lowest monthly payment for your renovation … WHAT IS YOUR PROJECT? … get started', sticky-soft-start-mobile),
# summary, sections, ROI table, closing question list; author summary; 'Find a Lender' button; sticky side column
# ('Discover Categories' list, loan calculator banner 'Finance your renovation for … See loan options'); 'Related
# articles' (4 posts); footer ('What our customers say' with empty EmbedSocial reviews widget, newsletter banner, 'As seen
# on' press logos, CONTACT / LEARN MORE / RESOURCES / PARTNERS columns, social icons, licensing); empty chat mount;
# cookie notice. No ads.
# Not labelled: menus, breadcrumb, author bio drop-down and author summary, in-text links, 'Discover Categories' list
# (site directory), reviews widget (testimonials, 'Read more reviews' link), press logos, LEARN MORE / RESOURCES /
# PARTNERS columns, licensing line, cookie notice.
NV="/html/body/div[1]/nav"
PB="/html/body/div[2]/div[1]/div[2]"
FT="/html/body/footer/div[1]"
related=[
 R("/html/body/div[2]/div[2]", "Related articles", 4, "after", note="'Related articles' band under the post: four post cards (image, title, excerpt; one of them is this post)"),
]
ctas=[
 C("other", "See today's rates", "outside", NV+"/div[2]", note="navbar 'See today's rates' button (loan qualification funnel)"),
 C("other", "Tackle your renovation wishlist", "outside", NV+"/div[3]", amb=True, note="mobile-bottom-button bar 'Tackle your renovation wishlist' (sticky bar shown by a mobile class: convention 9.8)"),
 C("other", "The most money and lowest monthly payment for your renovation Borrow up to 90% of your future home value with a RenoFi Renovation Loan", "before", PB+"/div[1]/div[1]/div[1]", amb=True, note="loan sign-up box at the top of the body (project drop-down + 'get started'); wrapper class sticky-soft-start-mobile suggests it shows only on mobile"),
 C("other", "Find a Lender", "after", PB+"/div[1]/p", note="'Find a Lender' button under the author summary"),
 C("other", "Finance your renovation for- /month Loan amount", "outside", PB+"/div[2]/div[2]", note="sticky side column loan calculator banner with 'See loan options' button"),
 C("newsletter", "Get the best renovation tips every week to your inbox Sign up for newsletter", "outside", FT+"/div[2]", note="footer newsletter banner with e-mail form"),
 C("contact", "CONTACT 855-736-6341 Contact Us Sign In", "outside", FT+"/div[4]/div[2]/div[1]", note="footer CONTACT column: tel link, 'Contact Us', 'Sign In' (most links serve the ask: convention 9.7)"),
 C("follow", "facebook twitter linkedin Youtube Instagram", "outside", FT+"/div[4]/div[2]/div[5]", note="footer social icons"),
 C("contact", "", "outside", "/html/body/footer/div[3]", amb=True, note="empty #renochat-wrapper (chat widget mount, script-filled)"),
]
ads=[]
