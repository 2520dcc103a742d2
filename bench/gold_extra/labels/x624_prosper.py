from _dsl import *
FILE="wcxb/html/4095.html.gz"
# Prosper blog (Elementor / ElementsKit) post 'Do Millennials Have the Best Personal Finance Habits?': header (logo, global
# mega-menu with product panels and 'Get your rate' links, utility menu 'Log in' / 'Get started' funnel dropdown, hidden
# 'I have an offer code' button, empty html widget); breadcrumbs; h1; two columns: text (lead image, a 'Get the cash you
# need with a low-interest personal loan today / Apply now' promo box after the third paragraph and again before the last
# two, author box, Yoast 'Read more:' list of 5 posts, WebBank disclosure line) and a sidebar ('RELATED ARTICLES' 3 posts,
# 'JOIN OUR MAILING LIST' form); 'Back to top'; 'RELATED ARTICLES' band of 3 posts; 'Explore topics' list; 'JOIN OUR
# MAILING LIST' band; footer (brand, address, legal links, Products / Tools / Company / Support columns).
# No ads. Not labelled: mega-menu panels and their 'Get your rate' links, Log in, breadcrumbs, author box, WebBank
# disclosure, 'Back to top', 'Explore topics' topic list, footer columns (Support: Help Center / Contact Us / privacy,
# mostly not an ask) and legal links, empty footer section. Footer brand block also holds social icons (labelled).
H="/html/body/header/section/div/div/div"
W="/html/body/div/section[3]/div/div[1]/div/div/div/div/section/div/div/div/div/div"
SB="/html/body/div/section[3]/div/div[2]/div"
related=[
 R(W+"/ul", "Read more:", 5, "after", note="Yoast related-links list under the 'Read more:' h3 (sibling heading, 9.1) at the end of the text: 5 posts"),
 R(SB+"/section[1]", "RELATED ARTICLES", 3, "outside", note="sidebar 'RELATED ARTICLES' posts grid: renting vs buying, tax refund, stretch your budget"),
 R("/html/body/div/section[5]", "RELATED ARTICLES", 3, "after|outside", note="'RELATED ARTICLES' band under the post: medical expenses, renting vs buying, Prosper performance update"),
]
ctas=[
 C("other", "Get started", "outside", H+"/div[3]/div/ul/li[2]", amb=True, note="header 'Get started' funnel dropdown (Personal Loans, Card, Investing) beside Log in (11.7)"),
 C("other", "I have an offer code", "outside", H+"/div[4]", amb=True, note="header 'I have an offer code' button (class hidden-for-use, opens an offer modal)"),
 C("other", "Get the cash you need with a low-interest personal loan today Apply now", "inline", W+"/div[2]", note="own loan promo box 'Apply now' after the third paragraph"),
 C("other", "Get the cash you need with a low-interest personal loan today Apply now", "inline", W+"/div[3]", note="same loan promo box before the last two paragraphs"),
 C("newsletter", "JOIN OUR MAILING LIST Get the latest news & trends delivered to your inbox.", "outside", SB+"/section[2]", note="sidebar 'JOIN OUR MAILING LIST' e-mail form with 'Sign me up'"),
 C("newsletter", "JOIN OUR MAILING LIST Get the latest news & trends delivered to your inbox.", "after|outside", "/html/body/div/section[7]", note="'JOIN OUR MAILING LIST' band above the footer (#signupFormBlock)"),
 C("follow", "", "outside", "/html/body/footer/section/div/div/div/section[1]/div/div[2]/div/div[1]", note="footer social icons: Prosper on Facebook, X, LinkedIn, Instagram"),
]
ads=[]
