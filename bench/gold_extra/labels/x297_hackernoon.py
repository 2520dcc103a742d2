from _dsl import *
FILE="trafilatura-eval/html/hackernoon.com.scrape.html.gz"
# Hacker Noon (Vue templates left unrendered) story 'How To Scrape Google With Python': header (logo, search, Twitter/
# Facebook/YouTube icons loose in the nav, 'Subscribe' button to the newsletter form, profile / 'Get Started' login slots,
# dark-mode toggle); #top bar (mobile menu toggle, category subnav template, sponsor-ad template '{{ad.text}}'); story
# (author box with 'Message' button, title, date + 'Tweet This', text with code blocks and a RapidAPI product mention, tags,
# 'Comments' divider, empty comments container, 'Continue the Discussion' community link); newsletter sign-up form
# (#subscribe-embed, topics checkboxes); footer (links incl. 'Sponsor: Brand-as-Author / Sitewide Billboard', contact /
# privacy / terms, social icons). GTM noscript iframe only otherwise. No related block.
# Not labelled: search, dark-mode toggle, the logged-in profile slot, category subnav template, author name/bio, tags,
# the 'Comments' divider heading (sibling before the comments container), footer links (incl. sponsor/advertise links,
# 'Contact Us' mailto among the privacy links).
NV="/html/body/div[1]/header/nav/div"
ST="/html/body/div[1]/div[2]"
related=[]
ctas=[
 C("follow", "", "outside", NV+"/a[1]", note="header Twitter icon link (loose in the nav, no own container)"),
 C("follow", "", "outside", NV+"/a[2]", note="header Facebook icon link"),
 C("follow", "", "outside", NV+"/a[3]", note="header YouTube icon link"),
 C("newsletter", "Subscribe", "outside", NV+"/a[4]", note="header 'Subscribe' button jumping to the newsletter form"),
 C("other", "Get Started", "outside", NV+"/span[2]", amb=True, note="header 'Get Started' login/sign-up button (shown to logged-out users)"),
 C("contact", "Message", "before", ST+"/div[1]/div/div[2]", amb=True, note="'Message' (e-mail the author) button in the author box above the title"),
 C("share", "Tweet This", "before", ST+"/div[2]/div[2]", note="'Tweet This' share link beside the date"),
 C("comments", "", "after", ST+"/div[3]/div[23]", note="empty comments container (script-filled) under the 'Comments' divider heading"),
 C("comments", "Continue the Discussion", "after", ST+"/div[3]/div[24]", note="'Continue the Discussion' link to the community forum thread"),
 C("newsletter", "Hackernoon Newsletter curates great stories by real tech professionals", "after|outside", "/html/body/div[1]/div[3]", note="newsletter sign-up form (#subscribe-embed, Mailchimp, topics of interest) under the story"),
 C("follow", "", "outside", "/html/body/div[2]/div[2]", note="footer social icons (Twitter, Facebook, LinkedIn, YouTube)"),
]
ads=[
 A("/html/body/div[1]/div[1]/div[2]", "before|outside", "sponsor ad template in the top bar (a.sponsor, '{{ad.text}}', image + link filled by script)"),
]
