from _dsl import *
FILE="wcxb/html/0473.html.gz"
# Building Design + Construction (bdcnetwork.com, Endeavor 'ebm' Nuxt site) blog post 'AI won’t steal your job—but it may
# save your CD set': header (logo, tagline, sub-menu; hidden mega-menu with search, section links incl. Contact /
# Subscribe / Advertise, affiliated brands, 'Follow us on' icons); fixed container of five empty ad targets; top grid row
# with a GAM slot; main column blocks (title block with section, h1, teaser, author, date, share icons; image credit;
# body text with two photos; 'About the Author' company box; 'Sign up for our eNewsletters' block; 'Related' BlueConic
# recommendations with 2 items); right column (GAM slot, empty Omeda injection block, sticky GAM slot, second sticky
# GAM slot builder with no target rendered); 'Load More Content' button; footer (tagline, 'Newsletters' Sign Up, 'Connect'
# social icons, affiliated brands, About / Advertise / policy links).
# Not labelled: menus and sub-menu, mega-menu section links, affiliated brand lists, 'About the Author' company bio,
# hidden comment count, image credits, footer links (incl. Advertise).
PG="/html/body/div[1]/div/div[2]/div/div/div"
P=PG+"/div[3]/div/div[1]/div/div/div/div/div/div"
B=P+"[2]/div/div[1]/div/div/div"
C2=P+"[2]/div/div[2]/div/div"
related=[
 R(B+"/div[6]", "Related", 2, "after", note="'Related' BlueConic recommendations block under the article: 2 items (SuperClear product story, Nudura ICF school story), redirect links"),
 R(PG+"/div[3]/div/div[2]", None, 0, "after", amb=True, note="'Load More Content' button loading further articles under this one (infinite-scroll loader, 10.9)"),
]
ctas=[
 C("follow", "Follow us on", "outside", PG+"/header/nav/div[2]/div[2]/div[4]", amb=True, note="'Follow us on' social icons inside the hidden mega-menu"),
 C("share", "", "before", B+"/div[1]/div/div/div/div/div[2]/div[2]", note="share icons under the byline (Facebook, LinkedIn, X, Pinterest, ...)"),
 C("newsletter", "Sign up for our eNewsletters Get the latest news and updates", "after", B+"/div[5]", note="'Sign up for our eNewsletters' block with Sign Up button under the author box"),
 C("newsletter", "", "outside", C2+"/div[1]/div[2]", amb=True, note="empty Omeda 'olytics_injection' block in the right column (audience/newsletter form injected by script)"),
 C("newsletter", "Newsletters Each day, BD+C's editors assemble the latest breaking industry news", "outside", PG+"/div[3]/div/div[3]/footer/div/div/div[1]/div/div[2]", note="footer 'Newsletters' column with Sign Up button"),
 C("follow", "Connect Follow us for the latest industry news and insights.", "outside", PG+"/div[3]/div/div[3]/footer/div/div/div[1]/div/div[3]", note="footer 'Connect' social icons"),
]
ads=[
 A(PG+"/div[2]/div[1]", "outside", "fixed-position container: empty ebm-ad-target (1 of 5; out-of-page / sticky targets)"),
 A(PG+"/div[2]/div[2]", "outside", "fixed-position container: empty ebm-ad-target (2 of 5)"),
 A(PG+"/div[2]/div[3]", "outside", "fixed-position container: empty ebm-ad-target (3 of 5)"),
 A(PG+"/div[2]/div[4]", "outside", "fixed-position container: empty ebm-ad-target (4 of 5)"),
 A(PG+"/div[2]/div[5]", "outside", "fixed-position container: empty ebm-ad-target (5 of 5)"),
 A(P+"[1]", "before|outside", "top grid row with a GAM slot builder (leaderboard above the article)"),
 A(C2+"/div[1]/div[1]", "outside", "right-column GAM slot builder with ad target"),
 A(C2+"/div[2]/div[1]", "outside", "right-column sticky GAM slot builder with ad target"),
 A(C2+"/div[2]/div[2]", "outside", amb=True, note="second sticky GAM slot builder, no ad target rendered in it"),
]
