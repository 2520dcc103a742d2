from _dsl import *
FILE="wcxb/html/4036.html.gz"
# The Enterprisers Project (enterprisersproject.com, Red Hat's Drupal site for CIOs) article 'Remote work: 5 tips to maximize
# productivity': header (top bar: burger toggle, Red Hat 'supported by' logo link, search toggle, account menu 'Log in' / 'RSS';
# branding with logo, Red Hat logo and slogan); main navigation (Articles / CIO Research / What is an Enterpriser? / About This
# Project with sub-menus) and a search form; article (h1, subhead, byline and date; a utility row with a print button and a
# Drupal rate widget 'thumbs up' (disabled for anonymous readers) '1 reader likes this.'; body: intro, five numbered sections,
# a bracketed line '[ Also read Remote work: 3 cultural benefits – and potential risks. ]', in-sentence links (an opensource.com
# download page, an HBR study, the site's OKR explainer), a right-floated 'More on remote and hybrid work' resource list of five
# links (three site articles, two Red Hat e-books), closing bracketed line '[ Want more advice on leading hybrid work? Read
# <a> and <a>. ]'; a hidden 'What to read next' listicle-title heading with nothing under it; 'Topics' tags; author block with
# 'More about me'; 'Related content' view of three articles; an empty comments section); footer ('About This Site' text whose
# last line links 'proposals for contributed articles', 'Connect' block with one 'RSS Feed' link, copyright and legal menu with
# an empty TrustArc consent span; an empty #consent_blackbar); two cpx-reporter tracking elements.
# No ads and no ad markup (the Red Hat logo links are the publisher's 'supported by' branding, not marked as advertising).
# Not labelled: header bar, account menu ('Log in', 'RSS' among two menu links), Red Hat logo links, main navigation, search,
# byline, the hidden 'What to read next' heading (no items), in-sentence keyword links ('Productivity tools' to an
# opensource.com download page, the HBR study, 'OKR (objectives and key results)' to the site's OKR explainer: no pointer wording), 'Topics' tags, author block and 'More about me', footer about text itself,
# legal menu, consent span and #consent_blackbar (empty shells), cpx-reporter tracking elements.
AC="/html/body/div/div/main/div/div/div[2]/article/div[2]"
RG=AC+"/div[2]/div"
TX=RG+"/div[2]/div"
related=[
 R(TX+"/p[5]", "Also read", 1, "inline", note="bold bracketed line '[ Also read Remote work: 3 cultural benefits – and potential risks. ]' in section 1 (a line set apart in brackets, 11.4)"),
 R(TX+"/div", "More on remote and hybrid work", 5, "inline", note="right-floated 'More on remote and hybrid work' resource list in section 5: three site articles (Remote work exhaustion: 13 tips to reduce fatigue; What is a hybrid work model?; Hybrid work model: 5 advantages) and two Red Hat e-books (Workbook: Transformation takes practice; Ebook: The automated enterprise)"),
 R(TX+"/p[31]", "Want more advice on leading hybrid work?", 2, "after", note="closing bold bracketed line '[ Want more advice on leading hybrid work? Read What is a hybrid work model? and Hybrid work model: 5 advantages. ]' (last paragraph of the text, set apart in brackets, 11.4)"),
 R(RG+"/div[6]", "Related content", 3, "after", note="'Related content' view under the author block: Reimagining employee retention: 4 tips; 5 Harvard Business Review articles that will resonate with CIOs right now; Remote work: 3 pros and 3 cons"),
]
ctas=[
 C("share", "1 reader likes this.", "before", AC+"/div[1]/div", amb=True, note="utility row above the text: print button and thumbs-up rate widget '1 reader likes this.' (10.13: one item on the row; amb because both its buttons are doubtful: a print button and a like disabled for anonymous readers)"),
 C("share", "", "before", AC+"/div[1]/div/a", amb=True, note="print button (printer icon, 'Print Article') of the utility row (a print button is an `amb` `share`, x706 / x04)"),
 C("share", "1 reader likes this.", "before", AC+"/div[1]/div/div", amb=True, note="Drupal rate widget: thumbs-up like for the page with '1 reader likes this.' (11.6: a like for the page is `share`; its radio input is disabled, can-edit=false, for anonymous readers)"),
 C("comments", "", "after", RG+"/div[7]", amb=True, note="empty comments section (section.comment-wrapper, field_comments) under 'Related content': no form or comment for anonymous readers, purpose known only from the class"),
 C("other", "While The Enterprisers Project welcomes proposals for contributed articles from community members, it does not", "outside", "/html/body/div/div/footer/div[1]/div[1]/div/div/div", amb=True, note="last line of the footer 'About This Site' text linking 'proposals for contributed articles' (/how-contribute): a write-for-us ask inside an ordinary sentence of the about text"),
 C("follow", "Connect RSS Feed", "outside", "/html/body/div/div/footer/div[1]/div[2]/div", amb=True, note="footer 'Connect' block holding only an 'RSS Feed' link (an RSS link alone is an `amb` follow, as earlier labels)"),
]
ads=[]
