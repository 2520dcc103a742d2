from _dsl import *
FILE="wcxb/html/0138.html.gz"
# Partnership for Student Success (WordPress Divi, Johns Hopkins Everyone Graduates Center) resource page 'Learn
# More: Academic Tutoring': header mega menu with search; title section; text sections, two embedded videos, NSSA
# resource promo tiles and an 'Additional Resources' citation grid (all kept in the wcxb ground truth, so body);
# closing band of four blurbs (X, Instagram, LinkedIn follow links; 'NEWSLETTER Subscribe To Our Newsletter');
# disclaimer row; footer copyright; Pojo accessibility toolbar.
# No related block (the resource tiles/citations are the page's content), no ads, no ad configuration.
# Not labelled: menus, resource tiles and citation grid, disclaimer, accessibility toolbar.
R9="/html/body/div/div/div/article/div/div/div/div[3]/div[1]"
related=[]
ctas=[
 C("follow", "X @NPS_Success", "after|outside", R9+"/div[1]", note="closing band: X (Twitter) follow blurb"),
 C("follow", "Instagram @NPS_Success", "after|outside", R9+"/div[2]", note="closing band: Instagram follow blurb"),
 C("follow", "LinkedIn Add Us On LinkedIn", "after|outside", R9+"/div[3]", note="closing band: LinkedIn follow blurb"),
 C("newsletter", "NEWSLETTER Subscribe To Our Newsletter", "after|outside", R9+"/div[4]", note="closing band: newsletter sign-up link blurb"),
]
ads=[]
