from _dsl import *
FILE="wcxb/html/0389.html.gz"
# Antoyo's Blog (blog.antoyo.xyz, Jekyll, no canonical or og:site_name; site name from the header title) post
# 'rustc_codegen_gcc: Progress Report #39': slide-out nav (#nav, opened by the #nav-menu toggle: 'Home', the Patreon
# 'Become a patron' image button, a GitHub 'Sponsor me' button, a 'Github' profile button, 'version 1.0.0'); header (blog
# title; right-hand 'nav links' bar of the same Patreon / 'Sponsor me' / 'Github' buttons); article (h2 title, date;
# AsciiDoc text: 'What is rustc_codegen_gcc?', 'GCC patches status' lists, 'State of rustc_codegen_gcc' with tables and CI
# links, 'How to contribute' (steps, 'If you find a bug, please open an issue.', good first issues), 'Thanks for your
# support!' with the lists of sponsors and former sponsors); footer (Patreon image button and 'Sponsor me' button,
# copyright). No ads, no ad markup, no related content (no other post is linked anywhere on the page).
# Not labelled: 'Home' link, the '#nav-menu' toggle, 'version 1.0.0', the recurring 'How to contribute' section and its
# in-sentence links (issues, build instructions; WCXB keeps it as body, and it is not the close of the text), the
# 'Thanks for your support!' section (sponsor name lists, no control), copyright.
HD="/html/body/div/header/div/span[2]"
FT="/html/body/div/footer/div"
related=[]
ctas=[
 C("donate", "Sponsor me Github", "outside", HD, note="header 'nav links' bar: Patreon 'Become a patron' image button, GitHub 'Sponsor me' button and 'Github' profile button (convention 4: one CTA on the bar; main ask sponsoring, two of its three buttons)"),
 C("donate", "", "outside", HD+"/a[1]", amb=True, note="Patreon 'Become a patron' image button of the header bar (9.2)"),
 C("donate", "Sponsor me", "outside", HD+"/a[2]", amb=True, note="GitHub 'Sponsor me' button of the header bar (9.2)"),
 C("follow", "Github", "outside", HD+"/a[3]", amb=True, note="'Github' button to the author's GitHub profile, in the header bar (9.2)"),
 C("donate", "Home Sponsor me Github", "outside", "/html/body/div/nav/div", amb=True, note="slide-out nav list (hidden until the #nav-menu toggle opens it): 'Home' and the same Patreon / 'Sponsor me' / 'Github' buttons (menu copy of the header bar, 9.3)"),
 C("donate", "Sponsor me", "outside", FT, note="footer Patreon 'Become a patron' image button and GitHub 'Sponsor me' button (one bar, 10.13)"),
 C("donate", "", "outside", FT+"/a[1]", amb=True, note="footer Patreon image button (10.13: a button of a same-ask bar)"),
 C("donate", "Sponsor me", "outside", FT+"/a[2]", amb=True, note="footer GitHub 'Sponsor me' button (10.13)"),
]
ads=[]
