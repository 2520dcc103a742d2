from _dsl import *
FILE="wcxb/html/2684.html.gz"
# DigitalOcean Community (Next.js) conceptual article 'n8n: A Guide to Workflow Automation': empty notifications mount;
# top bar (Blog / Docs / Get Support / Contact Sales); header (logo, Products/Solutions/... mega menu, 'Log in' / 'Sign up'
# menu buttons); Community quick-links sub-nav; hidden 'Report this' dialog; left 'Table of contents' rail; article
# (breadcrumb, category, h1, date, share icons, tags, byline, hero image, mobile 'Table of contents' / 'Popular topics'
# buttons, text in ten collapsible sections ending with References, 'Thanks for learning with the DigitalOcean Community'
# note, 'About the author' with category/tags and a second share row, 'Still looking for an answer? Ask a question / Search
# for more help' and 'Was this helpful? Yes No', Comments(0) / Follow-up questions tabs with comment box and 'Sign in/up to
# comment', CC licence line); right rail ('Deploy on DigitalOcean' sign-up box, 'Popular Topics' tag list, 'Featured
# tutorials' (3), quick links); hidden 'Join the Tech Talk' registration dialog; hidden mobile copies of the contents and
# topics menus; pre-footer (three cards: Become a contributor / DigitalOcean Documentation / Resources for startups and
# SMBs; 'Get our newsletter' form); 'The developer cloud' / 'Get started for free' promo band; footer link columns (desktop
# and mobile copies), copyright, social icons. No ads, no ad configuration.
# Not labelled: top bar links (incl. Contact Sales), menus, Community sub-nav, breadcrumb, tags, tables of contents, mobile
# 'Popular topics' button and its hidden menu (copy of the right-rail sign-up box), References list (body), author bio, CC
# licence line, 'Popular Topics' tag list and quick links, hidden 'Report this' dialog (moderation form), footer link
# columns (incl. 'Newsletter Signup', 'Contact' column) and their mobile copy, sitemap link.
L="/html/body/div/div[2]"
AR=L+"/div[2]/div/div/div"
related=[
 R(L+"/div[2]/div/aside[2]/div/div/nav[2]", "Featured tutorials", 3, "outside", note="right-rail 'Featured tutorials' list of 3 tutorials"),
]
ctas=[
 C("other", "", "outside", L+"/div[1]/div/nav/div", amb=True, note="empty TopBarCTAs element at the start of the top bar (a mount the app fills with top-bar CTAs): amb, kind from its name (convention 10.9)"),
 C("other", "Log in Log in to: Community DigitalOcean Sign up Sign up for: Community DigitalOcean", "outside", L+"/div[1]/header/div/div[2]", amb=True, note="header 'Log in' and 'Sign up' menu buttons in one bar (main ask: sign up; amb by 11.7)"),
 C("share", "", "before", AR+"/div[1]/div[1]/div[2]/div/div", note="share icons beside the date (X, Facebook, LinkedIn, Hacker News, copy link)"),
 C("other", "Thanks for learning with the DigitalOcean Community. Check out our offerings for compute, storage, networking", "after", AR+"/div[4]", note="closing product note with 'Learn more about our products' link"),
 C("share", "", "after", AR+"/div[5]/div[2]/div[2]", note="second share row beside the category/tags under the author bio"),
 C("other", "Still looking for an answer? Ask a question Search for more help", "after", AR+"/div[6]/div[1]", note="'Still looking for an answer?' box with 'Ask a question' and 'Search for more help' buttons (community Q&A)"),
 C("other", "Was this helpful? Yes No", "after", AR+"/div[6]/div[2]", note="'Was this helpful? Yes / No' feedback buttons"),
 C("comments", "Comments(0) Follow-up questions(0)", "after", AR+"/div[7]", note="Comments / Follow-up questions tabs with comment box and 'Sign in/up to comment' button"),
 C("other", "Deploy on DigitalOcean Click below to sign up for DigitalOcean's virtual machines, Databases, and AIML products.", "outside", L+"/div[2]/div/aside[2]/div/div/div", note="right-rail 'Deploy on DigitalOcean' box with 'Sign up' button (referral sign-up)"),
 C("other", "Join the Tech Talk", "outside", L+"/dialog[2]", amb=True, note="hidden 'Join the Tech Talk' registration dialog with form (opened from elsewhere)"),
 C("other", "Become a contributor for community Get paid to write technical tutorials and select a tech-focused charity", "after|outside", L+"/div[4]/div/div/div/div[1]", note="pre-footer cards: 'Become a contributor' (Sign Up), 'DigitalOcean Documentation' (Learn more), 'Resources for startups and SMBs' (Learn more)"),
 C("newsletter", "Get our newsletter Stay up to date by signing up for DigitalOcean’s Infrastructure as a Newsletter.", "after|outside", L+"/div[4]/div/div/div/div[2]", note="pre-footer 'Get our newsletter' e-mail form"),
 C("other", "The developer cloud Scale up as you grow", "after|outside", L+"/div[5]", note="'start-building-today' band: 'The developer cloud / View all products' and 'Get started for free — $200 in credit / Get started' promos with offer footnote"),
 C("follow", "", "outside", L+"/div[6]/div/div/div/ul", note="footer social icons (X, Instagram, Facebook, Discord, YouTube, LinkedIn, GitHub, Glassdoor, Built In)"),
]
ads=[]
