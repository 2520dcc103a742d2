from _dsl import *
FILE="wcxb/html/4581.html.gz"
# Eat Your Greens with Dr. Black (eatgreenswithdrblack.com, WordPress/Elementor) post 'Transitioning to a Plant-Based
# Diet: Practical Tips for Beginners': skip link; header (logo, site title, nav Home / Podcast Page / Health Topics /
# Contact / Resources with a hidden dropdown copy, search); single template (h1, featured image, post content: a 'Download
# & Print' button linking to the post's PDF above the intro, sections with images and lists, closing paragraphs with
# 'check out my free guide' (PDF link) and 'don't forget to subscribe for the latest podcast episodes'); post navigation
# (Previous 'The Sweet Truth About Chocolate…' / Next 'How to Increase Fiber Without Bloating…'); 'To Top' button; footer
# (medical disclaimer, copyright); empty gtranslate wrapper; Elementor popup location 'Subscribe to Eat Your Greens! Get
# notified about new episode releases' with an e-mail / name form.
# No ad slot on the page.
# Not labelled: skip link, nav menus and their hidden dropdown copy (incl. Contact), search, 'To Top' button, footer
# disclaimer and copyright, empty gtranslate wrapper.
C2="/html/body/div[1]/section[2]/div/div/div/div/div/div"
related=[
 R("/html/body/div[1]/section[3]/div/div/div/div/div/div", None, 2, "after", note="post navigation: Previous 'The Sweet Truth About Chocolate: Fun Facts & Health Benefits' / Next 'How to Increase Fiber Without Bloating: Simple Tips That Actually Work'"),
]
ctas=[
 C("share", "Download & Print", "before", C2+"/div[1]/div/div[1]", amb=True, note="'Download & Print' button (PDF of the post) above the intro paragraph: a print/save tool of the page"),
 C("other", "If you’re ready to dive deeper, check out my free guide for step-by-step tips to start your plant-based journey.", "after", C2+"/div[9]/div/div/div/p[2]", amb=True, note="closing paragraph asking to get the free guide (PDF link) and to subscribe for new podcast episodes (10.1: an ask closing the text; kept in the wcxb ground truth)"),
 C("newsletter", "Subscribe to Eat Your Greens! Get notified about new episode releases", "outside", "/html/body/div[3]", amb=True, note="Elementor popup location (hidden until triggered) 'Subscribe to Eat Your Greens!' with an e-mail / name 'subscribe' form (9.5 / 11.3)"),
]
ads=[]
