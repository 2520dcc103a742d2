from _dsl import *
FILE="wcxb/html/0298.html.gz"
# Morgan & Morgan (forthepeople.com, Drupal) law-firm blog post 'Gym Injury Lawsuits: We Can Do the Heavy Lifting':
# hidden announcement bar; header (nav, search pop-up with 'Popular Topics', call-now phone block); 'Injured? We can
# help.' banner; three-column layout (desktop share rail, hero with breadcrumbs/title/read time/reviewer, mobile share
# bar, image, second 'Injured?' box, body, disclaimer, 'Share this article', 'Learn more' previous/next pager);
# 'We've got your back' newsletter band; 'Injured? Not sure what to do next?' related-pages grid with 'Load more';
# footer (case-evaluation form, about text, 5-star line, link columns, Social icons, App Stores, sister-brand logos,
# offices, legal line); sticky mobile call bar; three empty messaging containers. No ads, no ad configuration.
# Not labelled: navs, the search pop-up 'Popular Topics' (search-query links), breadcrumbs, disclaimer, footer link
# columns ('Contact Us' among them), 5-star reviews line, sister-brand logo links, office list, the empty
# #messaging_abm/#messaging_gbm/#messaging_web divs (no content, purpose not shown).
N="/html/body/div[1]/main/div/div/div/div/div[2]/article/div"
C_=N+"/div[2]/div/div[2]"
FT="/html/body/div[1]/footer"
related=[
 R(C_+"/div[8]", "Learn more", 2, "after", note="'Learn more' previous/next post pager"),
 R(N+"/div[4]", "Injured? Not sure what to do next? We'll guide you through everything you need to know.", 20, "after", note="related-pages grid of 20 blog links with 'Load more' button"),
]
ctas=[
 C("contact", "Affected by the Tennessee explosion? Morgan & Morgan is here to help. Free case review 24/7.", "outside", "/html/body/div[1]/div[1]", amb=True, note="announcement bar (hidden class) with a case-review link"),
 C("contact", "(877) 667-4265 Call Now - Open 24/7 (877) 667-4265", "outside", "/html/body/div[1]/header/nav/div/div[3]/div", note="header call-now phone block"),
 C("contact", "Injured? We can help. See if you qualify for a case", "before", N+"/div[1]", note="'Injured? We can help.' banner button above the post (anchors to the footer form)"),
 C("share", "", "before|outside", N+"/div[2]/div/div[1]", note="desktop sticky share rail (Facebook, X, LinkedIn, e-mail) left of the text"),
 C("share", "", "before", C_+"/div[2]", note="mobile share bar under the hero"),
 C("contact", "Injured? We can help. See if you qualify for a case", "before", C_+"/div[4]", note="'Injured? We can help.' box between the image and the text"),
 C("share", "Share this article", "after", C_+"/div[7]", note="'Share this article' bar under the disclaimer"),
 C("newsletter", "We've got your back Get the latest safety tips, news and case updates delivered to your inbox.", "after", N+"/div[3]", note="'We've got your back' e-mail subscribe form"),
 C("contact", "The Fee is Free ® Only pay if we win. Contact us 24/7. It's Easy to Get Started", "outside", FT+"/div[1]", note="footer free case evaluation form"),
 C("follow", "Social", "outside", FT+"/div[2]/div/div/div[2]/div[2]/div[1]", note="footer 'Social' icons (X, Facebook, YouTube, Instagram, LinkedIn)"),
 C("app", "App Stores", "outside", FT+"/div[2]/div/div/div[2]/div[2]/div[2]", note="footer App Store / Google Play badges"),
 C("contact", "Call Us Today It's Free! 877-667-4265", "outside", "/html/body/div[1]/div[2]", note="sticky bottom call bar (mobile)"),
]
ads=[]
