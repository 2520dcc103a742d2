from _dsl import *
FILE="wcxb/html/4558.html.gz"
# UC Davis Health 'Cultivating Health' blog post '10 ways meditation can improve your health': global nav (mobile
# search/menu bar, 'Main Menu' modal of site sections, search forms); blog header (skip link, 'Cultivating Health' title,
# UC Davis wordmark); blog primary navigation (category links, 'All Articles', 'Subscribe' link with a bell icon); empty
# hero; article (category, dates, h1, body: lead image, sections, two numbered lists, three button-styled in-text links
# 'Learn about the symptoms of anxiety…' (own post), 'Learn more about how to meditate' (mindful.org), an h2 'Meditation
# resources' over two button-styled external article links, closing 'Sign up for our Health Highlights e-newsletter'
# button link; 'Explore related topics' category chip); empty Disqus mount; 'More Stories' band of three cards;
# 'Subscribe to Cultivating Health' e-mail sign-up band (name, e-mail, captcha, hidden success/failure toasts); 'Connect
# with us' band of three social icons (Facebook, Twitter, Instagram); footer (disclaimer paragraph naming Patient
# Relations and the appointment phone numbers in its sentences, legal links). No ad slots, no ad configuration.
# Not labelled: global nav and its modal, search forms, blog category menu, 'Explore related topics' (a topic chip),
# empty hero / placeholder components, the footer disclaimer (phone numbers written into sentences, no button or box),
# legal links.
AR="/html/body/div/div[3]/div/div/div/article/div/div/div"
BD=AR+"/div[1]"
related=[
 R(BD+"/p[4]", None, 1, "inline", note="button-styled in-text link 'Learn about the symptoms of anxiety and how to know when you need help' (own blog post) on its own line after the benefits list (convention 10.10)"),
 R(BD+"/p[8]", None, 1, "inline|after", note="button-styled link 'Learn more about how to meditate' (mindful.org article) on its own line closing the 'How to meditate' section; only pointers and the newsletter link follow it"),
 R(BD+"/p[9]", "Meditation resources", 2, "after", note="h2 'Meditation resources' over two button-styled external article links in sibling paragraphs with no container of their own (convention 9.1: the first item's paragraph)"),
 R(BD+"/p[10]", "Meditation resources", 1, "after", amb=True, note="second link of the 'Meditation resources' run ('Six common misconceptions about meditation'), its own paragraph (9.1: other item's box amb)"),
 R("/html/body/div/div[5]", "More Stories", 3, "after|outside", note="'More Stories' band of three blog cards (head and neck cancer, hip replacement, heart health) under the article"),
]
ctas=[
 C("newsletter", "Sign up for our Health Highlights e-newsletter", "after", BD+"/p[11]", note="button-styled newsletter sign-up link closing the article body, on its own line"),
 C("comments", "", "after", "/html/body/div/div[3]/div/div/div/div[2]", amb=True, note="comment-block with an empty disqus_thread div under the article (no Disqus script in the HTML: unrendered mount, 10.9)"),
 C("newsletter", "Subscribe to Cultivating Health Subscribe to our blog and receive notifications of new stories by email.", "after|outside", "/html/body/div/div[6]", note="'Subscribe to Cultivating Health' band: name / e-mail / captcha form and 'Subscribe' button (hidden success/failure toasts inside)"),
 C("follow", "Connect with us", "after|outside", "/html/body/div/div[7]", note="'Connect with us' band with Facebook, Twitter, Instagram icon links above the footer"),
 C("newsletter", "notifications Subscribe", "outside", "/html/body/div/div[2]/div/div/div/div/div/nav/ul/li[7]/a", amb=True, note="'Subscribe' link with bell icon at the end of the blog's category menu (a menu link set apart only by its icon and class)"),
]
ads=[]
