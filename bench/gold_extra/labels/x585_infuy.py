from _dsl import *
FILE="wcxb/html/0330.html.gz"
# Infuy (blockchain development company, WordPress) blog post 'Top Strategies to Optimize Blockchain Performance and Security':
# header (logo, main menu incl. Contact Us); hero (h1, date, author); entry content: intro, Easy TOC box, 'Key Takeaways', h2/h3
# sections, an inline 'See also Web3.js vs Ethers.js: ...' card, FAQ, 'Related Posts:' (Contextual Related Posts) list of 3,
# category and tag links, author box 'By infuy' with LinkedIn / Twitter / Instagram icons; 'Get in touch with us' e-mail +
# description form band; 'Recent Posts' (3) and 'Categories' widgets; an empty recent-posts section; footer (copyright,
# Services, Navigation, Expertise, References, Industries, Resources link columns); HubSpot leadin script (no box). No ad markup.
# Not labelled: menus, table of contents, ordinary in-text links, category and tag links, author description, 'Categories'
# widget, empty recent-posts section, footer link columns, HubSpot form script (no box, 10.11).
S="/html/body/main/section[2]/div[1]/div/div/article/section"
related=[
 R(S+"/div[2]", None, 1, "inline", note="inline 'See also' card: 'Web3.js vs Ethers.js: Picking the Right Ethereum Library ...' (inline related-post plugin box)"),
 R(S+"/div[3]", "Related Posts:", 5, "after", note="'Related Posts:' (crp_related) list of 5 posts (3 before the reading of T: the HTML hides none) at the end of the entry content"),
 R("/html/body/main/section[2]/div[2]/article/div/section[1]", "Recent Posts", 8, "after|outside", note="'Recent Posts' widget (8 posts; 3 before the reading of T: the HTML hides none) in the band under the contact form"),
]
ctas=[
 C("follow", "", "after", S+"/div[4]/div/div[1]/div", amb=True, note="LinkedIn / Twitter / Instagram icons of the company under the avatar in the 'By infuy' author box (author-bio social links; the author is the site)"),
 C("contact", "Get in touch with us", "after|outside", "/html/body/main/section[2]/section", note="'Get in touch with us' band with e-mail and description fields and 'send' button"),
]
ads=[]
