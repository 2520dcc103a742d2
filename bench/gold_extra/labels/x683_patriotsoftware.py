from _dsl import *
FILE="wcxb/html/4462.html.gz"
# Patriot Software small-business blog post '6 Startup Lessons Learned the Hard Way': header (mobile-only 'Call Us
# (877) 968-7147 Login' line; logo, mega-menu Products / Pricing / About / Reviews / Accountants; right cell with 'Call
# Us' phone link and Login, 'See a Demo' and 'Create Account' buttons); left aside ('Blog Categories' menu, 'Check out
# our:' list of the four software products, 'See a Demo' button); article (lead image, h1, author and date, 'Summarize
# this article with: chatGPT Perplexity Claude Grok Google AI' buttons, h2 and an ordered list of six lessons, category
# links); 'Get the latest small business news delivered straight to your inbox!' box with an empty ActiveCampaign form
# mount; 'You may also be interested in:' (3 links); back-to-top; footer (product / about / accountants menus, social
# icons, legal links, consent preferences).
# No ad slot. Not labelled: menus, 'Blog Categories' side menu, 'Check out our:' product list (service pages, 10.4),
# author and categories, in-text links of the lessons, back-to-top, footer menus (incl. Contact Info, Affiliate Program)
# and legal links.
H="/html/body/div/header"
M="/html/body/div/main"
related=[
 R(M+"/div[3]", "You may also be interested in:", 3, "after", note="'You may also be interested in:' band under the article: 3 linked posts (Small Business Saturday, average age to start a business, incubators)"),
]
ctas=[
 C("contact", "Call Us (877) 968-7147 Login", "outside", H+"/p", amb=True, note="mobile-only header line (show-mbl-sm) with a tel: link and Login (9.3, 10.5)"),
 C("contact", "Call Us (877) 968-7147 Login", "outside", H+"/div/div/div[2]/p", amb=True, note="header 'Call Us' tel: link beside Login, no button style (10.5)"),
 C("other", "See a Demo", "outside", H+"/div/div/div[2]/a[1]", note="header 'See a Demo' button (11.7: a demo button is a plain other CTA)"),
 C("other", "Create Account", "outside", H+"/div/div/div[2]/a[2]", amb=True, note="header 'Create Account' sign-up button beside Login (11.7)"),
 C("other", "See a Demo", "outside", M+"/div[1]/div/aside/a", note="left-aside 'See a Demo' button under the 'Check out our:' product list"),
 C("other", "Summarize this article with: chatGPT Perplexity Claude Grok Google AI", "before", M+"/div[1]/div/article/div[2]/div", note="'Summarize this article with:' row of five buttons sending the page to AI assistants, above the text (a share-like tool)"),
 C("newsletter", "Get the latest small business news delivered straight to your inbox!", "after", M+"/div[2]", note="newsletter box under the article; its ActiveCampaign form (_form_5) is empty in the HTML"),
 C("follow", "", "outside", "/html/body/div/footer/div/div[2]/div[2]/div/div", note="footer icon-only social links (LinkedIn, Facebook, X, Instagram, YouTube, TikTok, Pinterest)"),
]
ads=[]
