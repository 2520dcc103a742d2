from _dsl import *
FILE="wcxb/html/4251.html.gz"
# LessAccounting (WordPress, Elementor/ElementsKit, NitroPack) page '5 Best Accounting Software For Freelancers in 2026':
# skip link; header (logo, menu How It Works / FAQs / Blog / About Us / Pricing, 'Schedule a Call' button); title bar
# (h1 'Accounting Software for Freelancers Made Easy', breadcrumb); text without paragraph tags (intro, a 'LessAccounting Is
# The Best Choice for Freelancers. Here's Why:' product box with image, feature list and FREE TRIAL button, h2/h3 sections
# on five tools with screenshots and in-text links, a bold 'Start Your FREE 30 Days Trial!' sign-up link closing the
# LessAccounting section, 'Wrapping Up!'); footer (tagline, Facebook/X/Instagram icons, Bookkeeping / Who we work with /
# Resources link columns, copyright, legal links); back-to-top button. No related block, no ads, no ad configuration.
# Not labelled: skip link, header menu, title bar and breadcrumb, in-text links to other pages of the site and to outside
# sites (body), the 'LessAccounting offers a 30-day free trial.' sentence link (body text), footer link columns (incl.
# 'Contact us' and 'App Sign In'), legal links, back-to-top button.
TX="/html/body/div[1]/div/div/div/main/article/div"
related=[]
ctas=[
 C("contact", "Schedule a Call", "outside", "/html/body/div[1]/header/div/div/div/div/div/div/div/div[3]", note="header 'Schedule a Call' button (books a bookkeeping call)"),
 C("other", "LessAccounting Is The Best Choice for Freelancers. Here’s Why:", "inline", TX+"/div", amb=True, note="product box after the intro (cg-box, affiliate-link markup): the site's own product with feature list, 'FREE TRIAL Credit Card Not Required' and sign-up button; a reader could call it body"),
 C("other", "Start Your FREE 30 Days Trial!", "inline", TX+"/a[6]", amb=True, note="bold sign-up link 'Start Your FREE 30 Days Trial!' ending the LessAccounting section (left out of the wcxb ground truth), inside the text flow"),
 C("follow", "", "outside", "/html/body/div[1]/footer/div/div/div[1]/div/div/div/div[1]/div[3]", note="footer social icons (Facebook, X, Instagram)"),
]
ads=[]
