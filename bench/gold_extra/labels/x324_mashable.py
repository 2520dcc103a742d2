from _dsl import *
FILE="wcxb/html/0477.html.gz"
# Mashable sponsored deal post 'Put a powerful MacBook Pro under the tree for less than $450' (StackCommerce): top nav and
# hidden side menu (incl. 'SHOP THE BEST' and 'Newsletters' links); article ('• SPONSORED •' label, breadcrumbs, title,
# dek, 'Sponsored by StackCommerce' byline, Facebook/Twitter/Flipboard share icons, affiliate disclosure, image caption,
# price-change alert, text with TL;DR, a product card with price and 'Get Deal' button, 'Mashable Deals' SMS sign-up box,
# 'Mashable Deals' e-mail + SMS sign-up box, Topics tag, empty Pressboard sponsorship-message div, 'keep scrolling' image);
# content rail (empty sticky-video container + empty pogo sidebar slot); empty pogo 'nativespotlight' slot; 'Recommended
# For You', 'More in Tech' and 'Trending on Mashable' lists of 5 with their own empty pogo sidebar rail; footer 'Top
# Stories' newsletter sign-up; footer (topic link lists, about links incl. Contact Us / Newsletters, social icons, Ziff Davis
# brand logos, legal links).
# Not labelled: navs and side menu, breadcrumbs, sponsored label and affiliate disclosure, Topics tag, the 'keep scrolling'
# image, footer link lists and Ziff Davis brand logos.
AR="/html/body/main/section/article"
R3="/html/body/div[2]/section/section"
related=[
 R(R3+"/section[1]", "Recommended For You", 5, "after", note="'Recommended For You' list of 5 deal posts under the article"),
 R(R3+"/section[2]", "More in Tech", 5, "after", note="'More in Tech' list of 5"),
 R(R3+"/section[3]", "Trending on Mashable", 5, "after", note="'Trending on Mashable' list of 5 (chartbeat recirculation)"),
]
ctas=[
 C("share", "Share on Facebook Share on Twitter Share on Flipboard", "before", AR+"/div[1]/header/div[4]/div[2]", note="share icons beside the byline"),
 C("other", "Apple Macbook Pro (2020) i5 2GHz Touchbar 16GB RAM 512GB SSD Silver (Refurbished) $429.99 $1,799 Save $1,369.01 Get Deal", "inline", AR+"/section/div", amb=True, note="commerce product card with price and 'Get Deal' button after the TL;DR"),
 C("newsletter", "Mashable Deals Be the first to know! Get editor selected deals texted right to your phone!", "inline", AR+"/section/section[1]", note="in-text 'Mashable Deals' SMS deal-alert sign-up box"),
 C("newsletter", "Mashable Deals Awesome products and offers, hand-picked for you. Sign up now for the Mashable Deals newsletter.", "inline", AR+"/section/section[2]", note="in-text 'Mashable Deals' e-mail newsletter box with an SMS sign-up variant"),
 C("newsletter", "The biggest stories of the day delivered to your inbox.", "after|outside", "/html/body/div[3]", note="'Top Stories' newsletter sign-up above the footer"),
 C("follow", "", "outside", "/html/body/footer/div/div[2]/ul[3]", note="footer social icons (Facebook, Twitter, Instagram, YouTube, Pinterest, TikTok ...)"),
]
ads=[
 A(AR+"/div[4]", "after", "empty #pressboard-ad-sponsorship-msg container under the text (sponsored-content message)", amb=True),
 A("/html/body/main/section/aside/div/div[1]", "outside", "empty #stickyVideoContainer in the content rail (sticky video player/ad)", amb=True),
 A("/html/body/main/section/aside/div/div[2]", "outside", "empty pogo 'sidebar' slot in the article's content rail"),
 A("/html/body/div[1]", "after|outside", "wrapper with the empty pogo 'nativespotlight' slot between article and recirculation"),
 A("/html/body/div[2]/aside", "outside", "content rail beside the recirculation lists with an empty pogo 'sidebar' slot"),
]
