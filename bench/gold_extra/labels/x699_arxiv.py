from _dsl import *
FILE="wcxb/html/0380.html.gz"
# arXiv abstract page '[2512.16245] AlignMerge - Alignment-Preserving Large Language Model Merging…': header (skip link,
# Cornell logo, 'We gratefully acknowledge support from the Simons Foundation, member institutions, and all contributors.'
# with a 'Donate' button; breadcrumbs, search form; mobile header with search and 'quick links' menu); left column
# (subject h1, dateline, title, authors, mobile 'View PDF' / 'HTML' links, abstract, metadata table, submission history);
# right column 'extra-services' (Access Paper download buttons and license; 'Current browse context' with '< prev | next >'
# and new/recent/month list links; 'References & Citations' links to NASA ADS / Google Scholar / Semantic Scholar; 'export
# BibTeX citation' button with its hidden modal; 'Bookmark' BibSonomy / Reddit icons); arXivLabs tabs under both columns
# (radio tabs: 'Bibliographic Tools' shown, 'Code, Data, Media', 'Demos', 'Related Papers' (CORE recommender / Influence
# Flower toggles over empty outputs) and 'About arXivLabs' hidden); endorsers / MathJax line; footer (About, Help;
# envelope-icon 'Contact' and paper-plane-icon 'Subscribe' (arXiv mailings) links; Copyright, Privacy, accessibility,
# status). No ads.
# Not labelled: breadcrumbs, search forms, mobile quick-links menu, author search links, the abstract's download links and
# 'Access Paper' buttons (the paper itself), license link, 'new | recent | 2025-12' list links and 'Change to browse by'
# (listing navigation), 'References & Citations' (citation databases for this paper, not other stories), the
# 'Bibliographic Tools' / 'Code, Data, Media' / 'Demos' tool toggles (features, not content or asks), endorsers/MathJax
# line, footer About/Help/legal links.
ES="/html/body/div/main/div/div/div[2]"
LT="/html/body/div/main/div/div/div[3]/div"
FT="/html/body/div/footer/div/div[1]/div/div[2]/ul"
related=[
 R(ES+"/div[2]/div[2]", None, 2, "outside", amb=True, note="'< prev | next >' links to the neighbouring papers of the cs.AI listing in the right column's 'Current browse context' box (previous/next links, but untitled and part of a listing-navigation box)"),
 R(LT+"/div[4]", "Recommenders and Search Tools", 0, "after", amb=True, note="'Related Papers' tab (hidden, radio not checked): CORE Recommender and Influence Flower toggles over empty script-filled outputs (10.9)"),
]
ctas=[
 C("donate", "We gratefully acknowledge support from the Simons Foundation, member institutions, and all contributors. Donate", "outside", "/html/body/div/header/div[1]/div[2]", note="header support acknowledgement with 'Donate' button (desktop header bar)"),
 C("other", "export BibTeX citation Loading...", "outside", ES+"/div[4]", amb=True, note="'export BibTeX citation' button in the right column (opens the hidden BibTeX modal, div[5]): a citation utility more than an ask"),
 C("share", "Bookmark", "outside", ES+"/div[6]", note="'Bookmark' box: BibSonomy and Reddit submit icon links for this paper"),
 C("other", "arXivLabs: experimental projects with community collaborators arXivLabs is a framework that allows", "after", LT+"/div[5]", amb=True, note="hidden 'About arXivLabs' tab: pitch ending 'Have an idea for a project …? Learn more about arXivLabs.'"),
 C("contact", "Contact", "outside", FT+"/li[1]", amb=True, note="footer envelope-icon 'Contact' link (a footer menu link set apart only by its icon; paired with Subscribe in one column)"),
 C("newsletter", "Subscribe", "outside", FT+"/li[2]", amb=True, note="footer paper-plane-icon 'Subscribe' link to arXiv mailings (footer menu link with icon)"),
]
ads=[]
