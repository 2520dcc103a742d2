from _dsl import *
FILE="wcxb/html/0275.html.gz"
# Cornell Garden-Based Learning (gardening.cals.cornell.edu, Cornell CALS WordPress theme) guidance page 'Gardening in a
# Warming World': skip link; Cornell search box; identity band (seal, 'Search This Site', quick links and main menu, CALS
# logo band, site title); second copy of the main menu in the header band; 'Garden Guidance' image band; breadcrumbs; h1;
# text (floated logo figure with caption 'Also check out tools on Climate Smart Farming.', intro paragraphs, course
# materials PDF links, 'More from Cornell on climate change and gardening:' list of 4 resources, 'Additional select
# resources on climate change and gardening:' list of 6 outside resources); empty comments area; sidebar (logo image,
# 'Contact' widget, 'Affiliation' links, 'Social media' icons with Master Gardener 'Learn more', 'Search site'); footer
# (social links Facebook / Flickr / YouTube, copyright, privacy, accessibility); empty overlay; WordPress admin bar (Log In).
# Not labelled: menus (both copies), search boxes, image band, breadcrumbs, course-material PDF links, the 'Additional
# select resources' list (an external reference list, body; wcxb keeps it), sidebar logo and 'Affiliation' links
# (parent-organisation navigation), footer legal links, empty overlay, admin bar. No ad slot on the page.
A_="/html/body/div[4]/div[3]/div/div/div[2]/article/div"
SB="/html/body/div[4]/div[3]/div/div/div[3]/div/div/div/div"
related=[
 R(A_+"/figure/figcaption", None, 1, "before", amb=True, note="caption of the opening figure 'Also check out tools on Climate Smart Farming.' (a lead-in pointer, but to an outside tool site, not an article)"),
 R(A_+"/ul[1]", "More from Cornell on climate change and gardening:", 4, "after", amb=True, note="'More from Cornell on climate change and gardening:' list (book chapter, Youth Grow! curriculum, Botanic Gardens demonstration garden, a paper): a resource list of the page that wcxb keeps as body, a reader may take it as related links"),
]
ctas=[
 C("comments", "", "after", "/html/body/div[4]/div[3]/div/div/div[2]/div[2]", amb=True, note="empty div#comments comments-area under the article (no form rendered)"),
 C("contact", "Contact Have a question on specific gardening programs in your community? Find your local Cornell Cooperative Extension Office.", "outside", SB+"/aside[2]", note="sidebar 'Contact' widget: local office finder links and the program contact's e-mail"),
 C("follow", "Social media", "outside", SB+"/aside[4]", note="sidebar 'Social media' widget: YouTube, Facebook, Flickr icons, plus a Master Gardener network 'Learn more' line"),
 C("follow", "Facebook Flickr YouTube", "outside", "/html/body/div[5]/div/div/div/div/ul", note="footer social links: Facebook, Flickr, YouTube"),
]
ads=[]
