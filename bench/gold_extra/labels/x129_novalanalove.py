from _dsl import *
FILE="trafilatura-eval/html/novalanalove.com.ear-candy.html.gz"
S="/html/body/div/section/div"
# Fashion/beauty blog post (WordPress + Elementor): top bar with search, social icons and 'Zum Shop', main menu,
# title block (date, author, category, '0 COMMENTS' as plain text), Elementor body (headings, images, product credit
# lines 'Ohrringe: Lui Lu' linking to the shops, which belong to the post), an 'I recommend this' counter, 'Related
# Posts', the comment form, footer menu and social icons. No ad slots.
# Not labelled: main menu, footer menu (Contact, FAQ, Das Team...), the in-text product links, the bare '0 COMMENTS'
# in the meta line (plain text in the date/author paragraph), the designer credit.
related=[
 R(S+"/div[2]", "Related Posts", 3, "after", note="three post teasers with excerpt and 'Mehr Erfahren'"),
]
ctas=[
 C("follow", "instagram facebook farinaopoku spotify youtube", "outside", "/html/body/div/header/div[1]/div[1]/nav", note="top-bar social icons"),
 C("other", "Zum Shop", "outside", "/html/body/div/header/div[1]/div[1]/a", amb=True, note="top-bar link to the blogger's shop (farinaopoku.de)"),
 C("other", "3", "after", S+"/div[1]/a", amb=True, note="'I Recommend This' like counter under the post"),
 C("comments", "Comments Schreibe einen Kommentar", "after", S+"/div[3]", note="comments section with the reply form, no comments yet"),
 C("follow", "instagram facebook farinaopoku spotify youtube", "outside", "/html/body/div/footer/div[2]/div[2]/div[2]", note="footer social icons"),
]
ads=[]
