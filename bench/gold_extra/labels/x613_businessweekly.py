from _dsl import *
FILE="wcxb/html/0456.html.gz"
# Business Weekly (businessweekly.co.uk, SvelteKit) news post 'Human input crucial to maximise effectiveness of AI, says
# new research': empty top wrapper of the Adverts component above the header; header (burger, logos, LinkedIn / X /
# YouTube icons, 'Sign in' and 'Subscribe' buttons; section nav); article (h1, date, author, teaser, thumbnail, text
# with one figure; author box 'Newsdesk' with e-mail; 'Business Weekly Latest News' e-mail form; share buttons X /
# LinkedIn / Facebook / Email / multi); right column holding only the empty side wrapper of the Adverts component;
# footer (tagline with 'Subscribe' button, Sections nav, About nav Subscribe / Contact, social icons, legal).
# Comments are disabled (Comments.css loaded, comments_enabled 0 in the data): nothing rendered, not labelled.
# Not labelled: menus, footer Sections and About navs (Subscribe / Contact among menu links), author box with e-mail
# (byline), legal links, empty snackbars container. No related block on the page.
M="/html/body/div/div/main/div/div/div[4]/div[1]"
FT="/html/body/div/div/footer/div/div[1]"
related=[]
ctas=[
 C("follow", "", "outside", "/html/body/div/div/header/div[1]/div/div[2]/div", note="header social icons LinkedIn, X (Twitter), YouTube"),
 C("other", "Sign in Subscribe", "outside", "/html/body/div/div/header/div[1]/div/div[3]/div", amb=True, note="header 'Sign in' beside 'Subscribe' (/register) button (convention 11.7: sign-up beside log-in)"),
 C("newsletter", "Business Weekly Latest News Subscribe", "after", M+"/form", note="'Business Weekly Latest News' e-mail field with Subscribe button under the author box"),
 C("share", "", "after", M+"/div[3]", note="icon share buttons under the article: X, LinkedIn, Facebook, Email, multi-platform"),
 C("subscribe", "Subscribe", "outside", FT+"/div[1]/a", note="footer 'Subscribe' button (to /register) beside the tagline, set apart from the footer menus"),
 C("follow", "", "outside", FT+"/div[2]/div", note="footer social icons LinkedIn, X, YouTube"),
]
ads=[
 A("/html/body/div/div/div[1]/div", "before|outside", amb=True, note="empty 'wrapper top' of the Adverts component (svelte-33m3rv, Adverts.css loaded) above the header: leaderboard slot filled by script; ad purpose inferred from the component only"),
 A(M[:-6]+"div[2]/div", "outside", amb=True, note="empty 'wrapper side' of the same Adverts component in the right column (column-2) beside the text"),
]
