from _dsl import *
FILE="wcxb/html/4690.html.gz"
# WSET Global (Umbraco uBlogsy) blog post 'How many wine types and styles are there?': header (Menu, Login, main nav,
# secondary nav Search / Languages / Jobs / Shop / Newsletter sign up / Contact us), breadcrumb; post (image, title, date/author,
# body with two bold indented course-promo paragraphs for the Level 1 Award (the first after the intro, the second closing
# the text; both kept in the wcxb ground truth), photos that link to the course page with captions, 'Related content:' list
# of 3), post footer (author link, tags), 'All Articles' link; right column ('Related' 5 posts, ALL TAGS cloud, long
# Archive tree); footer (nav incl. Contact us / Global newsletter sign up, 'Connect with us for exclusive content' social
# links, logos, company info, legal links, copyright, 'Sign up to our e-newsletter' bar with a close button).
# No ads, no ad configuration.
# Not labelled: navs (incl. 'Newsletter sign up' / 'Shop' / 'Contact us' menu links), Login, breadcrumb, the three in-text
# photos linking to the course page (illustrations with captions), author link, tags, 'All Articles' link, tag cloud,
# archive, footer nav and legal links.
P="/html/body/div/div/div/div[2]/div/div"
B=P+"/section/div/article/section"
related=[
 R(B+"/ul[10]", "Related content:", 3, "after", note="'Related content:' line (p sibling before it, after an hr) with 3 post links at the end of the post body"),
 R(P+"/aside/div[1]", "Related", 5, "outside", note="right-column 'Related' list of 5 recent posts with dates"),
]
ctas=[
 C("other", "Looking to kickstart your wine education journey? Our Level 1 Award in Wine provides a hands-on introduction", "inline", B+"/p[2]", amb=True, note="bold indented course promo after the intro (kept as body by the wcxb ground truth)"),
 C("other", "Keen to discover more about the basics of wine characteristics? Our internationally recognised Level 1 Award", "after", B+"/p[34]", amb=True, note="bold indented course promo closing the text, 'Find out more here' (kept as body by the wcxb ground truth)"),
 C("follow", "Connect with us for exclusive content: Facebook Twitter LinkedIn Instagram TikTok YouTube Weibo Youku WeChat", "outside", "/html/body/div/div/footer/div[1]/div", note="footer social links"),
 C("newsletter", "Sign up to our e-newsletter", "outside", "/html/body/div/div/footer/div[4]", note="closable 'Sign up to our e-newsletter' bar at the end of the footer"),
]
ads=[]
