from _dsl import *
FILE="wcxb/html/0020.html.gz"
# EducationData.org research page 'Average Cost of Online College' (WordPress). Header: logo, 'Research by Topic'
# dropdown of report links, top menu (Refinance, About, Donate, Twitter and YouTube icons), search. Article: title,
# byline (Last Updated, 'Cite this Webpage', author, Fact Checked), report highlights, tables, a 'Related reports
# include …' line of five report links (left out of the wcxb body), sections, sources. Sidebar: table of contents.
# Footer: mission text, link menus (About, Ways to Give, Privacy, Contact us, Media Coverage, Twitter). No ads (GTM only).
# Not labelled: 'Research by Topic' dropdown, Refinance/About menu links, search, 'Cite this Webpage' button, TOC,
# sources list, footer menus, scroll-to-top button.
TM="/html/body/div/header/div[1]/div/div/ul/ul"
related=[
 R("/html/body/div/main/div/section/article/div/p[3]", None, 5, "inline", note="'Related reports include Average Cost of Community College | Average Cost of Private School | …' (5 report links) after the first table"),
]
ctas=[
 C("donate", "Donate", "outside", TM+"/li[3]", amb=True, note="'Donate' link in the short top menu"),
 C("follow", "", "outside", TM+"/li[4]", amb=True, note="Twitter icon link in the top menu"),
 C("follow", "", "outside", TM+"/li[5]", amb=True, note="YouTube icon link in the top menu"),
]
ads=[]
