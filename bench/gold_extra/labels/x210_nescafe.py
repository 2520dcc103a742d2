from _dsl import *
FILE="wcxb/html/4040.html.gz"
# NESCAFÉ India (Drupal) article 'The rich history of coffee'. Top: hidden search overlay with 'Trending' suggestions,
# mega-menu (Our coffees / Recipes / Sustainability with product and banner cards), burger menu (Login, Register,
# location selector, About us, Contact us cards), breadcrumbs, signed-out toaster, 'Trying to save your favourites?'
# log-in tooltip. Hero: eyebrow, title, read time, intro, 'Add to Favourites'. Body: alternating editorial sections, a
# pull quote, closing paragraph. Below: 'Today's community favourites' (2 cards + 'Explore more sustainability
# articles'), 'Explore more articles on … Back to Coffee Culture'. Footer: back to top, cookie button, country selector,
# 'Follow NESCAFÉ® on social media', footer links (Contact Us …). No ads.
# Not labelled: menus and their banner cards, login/register links, breadcrumbs, toaster, 'Explore more articles on …
# Back to Coffee Culture' (a section link), back to top, footer links.
D="/html/body/div"
related=[
 R(D+"/section[1]/div[2]/div[2]", "Trending", 3, "outside", amb=True, note="'Trending' article suggestions in the hidden search overlay"),
 R(D+"/section[18]", "Today’s community favourites", 2, "after", note="'Today's community favourites' 2 article cards and an 'Explore more sustainability articles' button"),
]
ctas=[
 C("other", "Trying to save your favourites? Log in, or create an account.", "outside", D+"/div[1]", amb=True, note="hidden log-in/register tooltip dialog"),
 C("other", "Add to Favourites", "before|inline", D+"/section[6]/div[2]/div[1]/div/div/div[2]/div", amb=True, note="'Add to Favourites' button under the intro paragraph in the hero (the intro is the first body block)"),
 C("follow", "Follow NESCAFÉ® on social media for even more tasty content", "outside", D+"/footer/div[2]/section/div[2]", note="footer social links"),
]
ads=[]
