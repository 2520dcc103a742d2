from _dsl import *
FILE="wcxb/html/0146.html.gz"
# Empower 'The Currency' blog (Drupal layout builder) article 'Tax 101: Understanding the basics': skip link; hidden
# audience-chooser modal (Personal investors / Workplace retirement / Employers / Financial professionals); header (blogs
# menu, logos, search, date, Money/Life/Work/Play categories, Glossary, mobile nav copy); breadcrumb; h1; two-column layout:
# left column (title + subtitle, empty AddToAny share kit, byline, date, body with 'Key takeaways', h2/h3 sections and four
# 'Read more:' story lines, 'Get financially happy ... Start here' global CTA block, footnotes, 'Taxes' tag), right column
# ('Be current.' e-mail newsletter sign-up, 'Recent Articles' with 3 stories); author bio; legal disclaimer; Qualtrics
# pop-up survey block (script only); footer (menu, Empower logo + social icons, advertising disclaimer, legal menu).
# No ad slots, no ad configuration (the footer text about an 'advertising campaign' is a disclaimer).
# Not labelled: skip link, audience-chooser modal, menus, search, breadcrumb, byline, footnotes, tag, author bio,
# disclaimers, footer menus.
AR="/html/body/div[3]/div/main/div/div/div[3]/div/article/div/div[1]"
TX=AR+"/div[1]/div[6]/div/div/div/div/div/div"
related=[
 R(TX+"/p[15]", None, 1, "inline", note="'Read more: 2025 & 2026 tax brackets and federal income tax rates' story line in the text"),
 R(TX+"/p[20]", None, 1, "inline", note="'Read more: Progressive tax: Definition and examples' story line"),
 R(TX+"/p[52]", None, 1, "inline", note="'Read more: Taxes on inheritance & how to avoid them' story line"),
 R(TX+"/p[63]", None, 1, "inline", note="'Read more: How to reduce taxable income' story line before the final section"),
 R(AR+"/div[2]/div[2]", "Recent Articles", 3, "outside", note="right-column 'Recent Articles' with 3 story cards (category, title, excerpt)"),
]
ctas=[
 C("share", "", "before", AR+"/div[1]/div[2]", amb=True, note="AddToAny share kit under the title, empty (filled by script)"),
 C("other", "Get financially happy Put your money to work for life and play Start here", "after", AR+"/div[1]/div[7]", note="'the-currency---global-cta' block after the text: 'Get financially happy' with 'Start here' button (Empower sign-up funnel)"),
 C("newsletter", "Be current. Get insights and intel on your money.", "outside", AR+"/div[2]/div[1]", note="right-column 'Be current.' e-mail newsletter sign-up form (block-newsletter-signup)"),
 C("other", "", "outside", "/html/body/div[3]/div/main/div/div/div[4]", amb=True, note="Qualtrics pop-up survey block (block-qualtricspopupsurvey), script only"),
 C("follow", "Facebook X (fka Twitter) Snapchat LinkedIn Instagram YouTube TikTok", "outside", "/html/body/div[3]/div/div/footer/div/div[1]/div[2]/div/div/ul", note="footer social icons"),
]
ads=[]
