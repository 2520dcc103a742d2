from _dsl import *
FILE="trafilatura-eval/html/foxyfolksy.com.buttercream.html.gz"
# Foxy Folksy (WordPress, Total theme, WP Recipe Maker) recipe post 'Chocolate Buttercream Frosting without Powdered
# Sugar (Ermine Icing)'. Top bar: eCookbook sign-up line and social icons; header menu; breadcrumbs. Article: title,
# meta line (date, author, category, '80 Comments', updated), WPRM jump row (Recipe, Print, Rate this recipe, share
# buttons), story paragraphs with images, recipe card (newsletter/follow line at its top, rating, ingredients,
# instructions, notes, nutrition, 'Tried this recipe?' prompt), closing paragraphs; related posts 'You may also want
# to check these out:', post widget area (empty Amazon associates ad, MailerLite 'Subscribe' form), author bio (empty
# social list), comments (80). Sidebar: MailerLite 'FREE RECIPE EBOOK' form, 'POPULAR POSTS'. Below main: prev/next
# post links; footer callout 'Never miss a post … Sign Me Up'; footer bottom. Floating left share bar; empty Amazon
# associates container at the end of body. AdThrive is configured only in scripts (no slot elements in the HTML).
# Not labelled: menus and mobile menu copy, search, breadcrumbs, category link, in-text recipe links (part of the
# story), WPRM print/rating/jump links, recipe rating stars, footer links (Home, CONTACT, PRIVACY POLICY), back-to-top.
AR="/html/body/div[3]/div/main/div[1]/div/div/article"
C1=AR+"/div[1]"
related=[
 R(AR+"/div[2]", "You may also want to check these out:", 6, "after", note="related posts grid with 6 image cards"),
 R("/html/body/div[3]/div/main/div[1]/aside/div/div[2]", "POPULAR POSTS", 5, "outside", note="sidebar top-shared posts widget"),
 R("/html/body/div[3]/div/main/div[2]", None, 2, "after|outside", note="previous/next post links below the content and sidebar"),
]
ctas=[
 C("newsletter", "Subscribe to receive a free eCookbook! Sign Up!", "outside", "/html/body/div[3]/div/div[1]/div/div[1]", note="top bar sign-up line with button"),
 C("follow", "Twitter Facebook Pinterest Instagram Youtube", "outside", "/html/body/div[3]/div/div[1]/div/div[2]", note="top bar social icons"),
 C("comments", "80 Comments", "before", AR+"/ul/li[4]", amb=True, note="comment-count link in the meta line"),
 C("share", "Share It! Pin It! Yum It! Send It!", "before", C1+"/div[1]/div/div", note="share buttons in the WPRM jump row above the text (row also has Recipe/Print/Rate this recipe links)"),
 C("newsletter", "WANT MORE RECIPES? Subscribe to our newsletter and follow us on Facebook, Pinterest and Instagram", "inline", C1+"/div[3]/div/p", note="newsletter/follow line at the top of the recipe card"),
 C("comments", "Tried this recipe? Tell us how it went. Tag us at @foxyfolksy or leave a comment and rating below.", "inline", C1+"/div[3]/div/div[3]/div[7]", note="call-to-action box at the end of the recipe card"),
 C("newsletter", "Subscribe Receive new posts directly delivered to your inbox", "after", AR+"/div[3]/div[2]", note="MailerLite subscribe form in the post widget area"),
 C("comments", "This Post Has 80 Comments Leave a Comment", "after", AR+"/section[2]", note="comments section with form and 80 comments"),
 C("newsletter", "FREE RECIPE EBOOK + PRINTABLE RECIPE CARDS Subscribe to our newsletter", "outside", "/html/body/div[3]/div/main/div[1]/aside/div/div[1]", note="sidebar MailerLite sign-up form"),
 C("newsletter", "Never miss a post. Get updates directly to your inbox Sign Me Up", "after|outside", "/html/body/div[3]/div/div[2]", note="footer callout band with sign-up button"),
 C("share", "Facebook Pinterest Yummly Email", "before|outside", "/html/body/div[10]", note="floating left share sidebar"),
]
ads=[
 A(AR+"/div[3]/div[1]", "after", "empty Amazon associates ad widget (amzn-assoc-ad container) under the related posts"),
 A("/html/body/div[8]", "outside", "empty Amazon associates ad container at the end of body"),
]
