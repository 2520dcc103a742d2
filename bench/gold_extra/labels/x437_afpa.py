from _dsl import *
FILE="wcxb/html/4582.html.gz"
# AFPA (American Fitness Professionals & Associates, WordPress/WooCommerce) blog post '8 Best Practices for
# Transitioning to a Plant-Based Diet': skip link; header (logo, product search, Cart, Sign In; mega menu of
# certifications/resources/about with 'Find Your Program' and 'Speak to an Advisor' links; mobile menu button and hidden
# mobile menu copy); post hero (topic, h1, date); text with h2/h3 sections, two in-text 'Become a certified expert on
# plant-based nutrition' HubSpot form boxes (program guide cover, heading, empty form mount), Main Takeaways, References;
# star rating '0/5 (0 Reviews)'; 'Share this article' bar; floating vertical share bar; article categories; 'Related
# Articles' band (3 cards); pre-footer 'TURN YOUR DREAM CAREER INTO REALITY' box (phone, 'Choose Your Program' and
# 'Contact Us' buttons) and 'Stay Connected' sign-up section (form not in the HTML); footer (menus, social menu, legal);
# empty PhotoSwipe dialog. No ads (no ad markup at all).
# Not labelled: menus (incl. 'Speak to an Advisor', 'Find Your Program'), search, Cart / Sign In, references list,
# article categories, footer menus (incl. 'Contact Us', 'Become an Affiliate Partner'), PhotoSwipe dialog.
A="/html/body/div[1]/div[1]/div/div/main/div/article/div/div"
TX=A+"/div[2]/div"
related=[
 R(A+"/div[3]", "Related Articles", 3, "after", note="'Related Articles' band under the post: 3 resource cards with 'Read More'"),
]
ctas=[
 C("other", "Become a certified expert on plant-based nutrition and help others discover how this way of eating", "inline", TX+"/div[1]", note="in-text lead box: program guide cover, heading and empty HubSpot form mount (Plant-Based Nutrition certification), after the definitions section"),
 C("other", "Become a certified expert on plant-based nutrition and help others discover how this way of eating", "inline", TX+"/div[2]", note="second copy of the lead box, after Main Takeaways and before References"),
 C("other", "0/5 (0 Reviews)", "after", TX+"/div[4]", amb=True, note="star rating widget (rate this article) under the references"),
 C("share", "Share this article", "after", TX+"/div[6]", note="'Share this article' horizontal share bar"),
 C("share", "", "outside|before", TX+"/div[8]", note="floating vertical share bar (icons only)"),
 C("other", "TURN YOUR DREAM CAREER INTO REALITY In just six months or less, you can start working in the industry", "after|outside", "/html/body/div[1]/div[2]/div[1]", note="pre-footer certification promo with phone number, 'Choose Your Program' and 'Contact Us' buttons"),
 C("newsletter", "Stay Connected Get immediate access to AFPA’s most recent health and wellness insights", "after|outside", "/html/body/div[1]/div[2]/div[2]", note="pre-footer 'Stay Connected' sign-up section (the form itself is script-filled, not in the HTML)"),
 C("follow", "LinkedIn Facebook Instagram YouTube", "outside", "/html/body/div[1]/footer/div/div[1]/div[2]/nav", note="footer social menu"),
]
ads=[]
