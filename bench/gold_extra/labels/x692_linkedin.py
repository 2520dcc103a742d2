from _dsl import *
FILE="wcxb/html/0003.html.gz"
# LinkedIn Pulse article (guest view) '5 Trends from Nutrition 2025' by Dylan Bailey: cookie-consent alert; guest upsells
# (Google One Tap form with a hidden 'Agree & Join LinkedIn' terms box; hidden 'Sign in to view more content' modal with
# sign-in form and 'Join now' link); header (logo, Top Content / People / Learning / Jobs / Games, 'Join now' / 'Sign in');
# main column (cover image, h1, 'Report this article' menu, author card with '+ Follow', text of five numbered trends
# with images; social bar Like / Comment / Share drop-down with 129 reactions and '15 Comments'; five comments and 'See
# more comments'; 'To view or add a comment, sign in' line; 'More articles by Dylan Bailey, MS, RD, FAND' with 2 cards);
# right rail 'Explore content categories'; empty pre-footer; footer (legal links, language drop-down); toast templates.
# No ads and no ad configuration.
# Not labelled: cookie-consent alert, header nav links and 'Sign in', 'Report this article' menu, in-sentence links of
# the text, the right rail 'Explore content categories' (a category directory, convention 6), footer legal links and
# language list, toast <template>s (empty notification shells).
MC="/html/body/main/section[1]/div"
related=[
 R(MC+"/section", "More articles by Dylan Bailey, MS, RD, FAND", 2, "after", note="'More articles by' the author: 2 article cards (Top 8 Takeaways from NUTRITION 2023; Food is Medicine communications) under the comments"),
]
ctas=[
 C("follow", "Dylan Bailey, MS, RD, FAND Dylan Bailey, MS, RD, FAND Published Jun 4, 2025 + Follow", "before", MC+"/article/header/section/div[2]/div", note="author card with '+ Follow' button under the headline (as x104)"),
 C("share", "Like Comment Copy LinkedIn Facebook X Share", "after", MC+"/div[1]", note="social bar under the text: Like (reaction template), Comment, Share drop-down (Copy, LinkedIn, Facebook, X), '129' reactions and '15 Comments' counts (as x104's social-ctas bar)"),
 C("comments", "Tyson Tripcony 2mo Report this comment", "after", MC+"/div[2]", note="comments container: five comments with Like/Reply controls and 'See more comments'"),
 C("comments", "To view or add a comment, sign in", "after", MC+"/p", note="'To view or add a comment, sign in' prompt line under the comments (feed-cta-banner)"),
 C("other", "Join now", "outside", "/html/body/header/nav/div/a[1]", amb=True, note="header 'Join now' sign-up button beside 'Sign in' (11.7: amb `other`)"),
 C("other", "Sign in to view more content Create your free account or sign in to continue your search", "outside", "/html/body/div[3]/div", amb=True, note="hidden contextual sign-in / join modal (9.5, 11.3)"),
 C("other", "Agree & Join LinkedIn", "outside", "/html/body/div[3]/form", amb=True, note="Google One Tap sign-in form with hidden 'Agree & Join LinkedIn' terms box (as x104)"),
]
ads=[]
