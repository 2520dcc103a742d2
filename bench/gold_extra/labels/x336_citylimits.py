from _dsl import *
FILE="trafilatura-eval/html/citylimits.org-Nycha.html.gz"
# City Limits (NYC nonprofit news, Elementor/JetEngine WordPress) video story 'VIDEO: Voting on NYCHA's Future': header in
# device variants (desktop row: menu + 'Sign up to Newsletters' + 'Donate'; tablet/mobile row: menu + search + the same
# two; topic sub-nav; row with social icons + 'Donate' + search; mobile-only 'Sign up to Newsletters' + 'Support');
# article (category, title, byline/date, share icons, text p1 / YouTube iframe / p2 / OptinMonster inline holder / p3,
# in-text DFP slot after the last paragraph, inner section with a second OptinMonster holder beside 'Latest articles');
# right column 'more stories:' with a hidden '300x600 Add Unit' placeholder; hidden 'Add Unit' placeholder band;
# 'Leave a Reply' comment form; footer (about text, link lists incl. Contact Us/Send A Tip/Support, 'Sign up to
# Newsletters', social icons); Elementor popup menu (search, topics, 'Featured' = this same story, About links,
# 'Support City Limits / Donate Now' in desktop and mobile copies).
# Not labelled: menus and link lists (incl. popup 'Featured' entry, which is this article), searches, GTM noscript iframe.
H="/html/body/div[1]"
M="/html/body/div[2]/section[2]/div"
L=M+"/div[1]/div"
related=[
 R(L+"/section/div/div[2]", "Latest articles", 5, "after", note="'Latest articles' listing of 5 stories under the text"),
 R(M+"/div[2]/div", "more stories:", 3, "outside", note="right column 'more stories:' listing of 3 stories (the hidden '300x600 Add Unit' placeholder inside is labelled as an ad)"),
]
ctas=[
 C("newsletter", "Sign up to Newsletters", "outside", H+"/section[1]/div/div[3]/div/div[1]", note="desktop header 'Sign up to Newsletters' link"),
 C("donate", "Donate", "outside", H+"/section[1]/div/div[3]/div/div[2]", note="desktop header 'Donate' button"),
 C("newsletter", "Sign up to Newsletters", "outside", H+"/section[2]/div/div[4]/div/div[1]", note="tablet/mobile header 'Sign up to Newsletters' link"),
 C("donate", "Donate", "outside", H+"/section[2]/div/div[4]/div/div[2]", note="tablet/mobile header 'Donate' button"),
 C("follow", "Youtube Twitter Facebook", "outside", H+"/section[4]/div/div[3]/div/div[1]", note="header social icons"),
 C("donate", "Donate", "outside", H+"/section[4]/div/div[3]/div/div[2]", note="'Donate' button beside the header social icons"),
 C("newsletter", "Sign up to Newsletters", "outside", H+"/section[5]/div/div/div/div[1]", note="mobile-only bar 'Sign up to Newsletters' link"),
 C("donate", "Support", "outside", H+"/section[5]/div/div/div/div[2]", note="mobile-only bar 'Support' button"),
 C("share", "", "before", L+"/div[2]", note="share icons (Facebook, Twitter, LinkedIn, e-mail, print) above the text"),
 C("newsletter", "", "inline", L+"/div[3]/div/div", amb=True, note="empty OptinMonster inline campaign holder between p2 and p3 (kind guessed; 'converting visitors into subscribers')"),
 C("newsletter", "", "after", L+"/section/div/div[1]", amb=True, note="second empty OptinMonster holder beside 'Latest articles' (kind guessed)"),
 C("comments", "Leave a Reply Cancel reply Your email address will not be published.", "after", "/html/body/div[2]/section[4]", note="'Leave a Reply' comment form"),
 C("newsletter", "Sign up to Newsletters", "outside", "/html/body/div[3]/section[1]/div/div[4]/div/section/div/div[3]", note="footer 'Sign up to Newsletters' link column"),
 C("follow", "Youtube Twitter Facebook", "outside", "/html/body/div[3]/section[2]/div/div[2]", note="footer social icons"),
 C("donate", "Support City Limits Support local, investigative journalism that has informed and empowered New Yorkers", "outside", "/html/body/div[5]/section[4]/div/div[1]", amb=True, note="'Support City Limits' + 'Donate Now' in the hidden popup menu (desktop)"),
 C("donate", "Support City Limits Support local, investigative journalism that has informed and empowered New Yorkers", "outside", "/html/body/div[5]/section[5]", amb=True, note="'Support City Limits' + 'Donate Now' in the hidden popup menu (mobile copy)"),
]
ads=[
 A(L+"/div[3]/div/aside", "after", note="DFP unit Homepage_Ad_Slot1_300x250 (doubleclick widget) after the last paragraph"),
 A(M+"/div[2]/div/section[2]", "outside", amb=True, note="'300x600 Add Unit' placeholder in the right column, hidden on all devices"),
 A("/html/body/div[2]/section[3]", "after", amb=True, note="'Add Unit' placeholder band under the article, hidden on all devices"),
]
