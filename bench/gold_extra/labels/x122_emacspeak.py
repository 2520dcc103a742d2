from _dsl import *
FILE="trafilatura-eval/html/emacspeak.blogspot.com.meta.html.gz"
# Blogger 'Simple' template, single post page. Body = post-body (org-mode export, its own References list is body).
# Sidebars are empty; the widgets sit in the footer. Not labelled: Blog Archive (archive), 'About Me' profile
# widget (author profile link, no social), attribution line, the admin-only edit/quickedit icons.
CI="/html/body/div[3]/div[2]/div[2]/div[2]"
B1=CI+"/div[2]/div[2]/div[2]/div/div[4]/div[1]/div/div/div"
PO=B1+"/div[1]/div/div/div[1]"
PF=PO+"/div[1]/div[3]/div[1]"
FT=CI+"/footer/div/div[2]/div[2]/div[1]"
related=[
 R(B1+"/div[2]", None, 2, "after", note="blog-pager: Newer Post / Older Post / Home"),
]
ctas=[
 C("other", "", "outside", "/html/body/div[1]", amb=True, note="Blogger navbar (script-filled iframe: follow/share/next blog)"),
 C("share", "", "after", PF+"/span[5]/span[1]", amb=True, note="'Email This' post icon in the post footer"),
 C("share", "", "after", PF+"/div", amb=True, note="empty post-share-buttons container (script-filled)"),
 C("comments", "", "after", PO+"/div[2]", amb=True, note="empty #comments container under the post"),
 C("follow", "Followers", "outside", FT+"/div[2]", note="Blogger Followers widget (script-filled iframe)"),
]
ads=[
 A(B1+"/div[1]/div/div/div[2]", "after", "inline-ad adsbygoogle after the post"),
 A(FT+"/div[1]", "after|outside", "AdSense1 widget (adsbygoogle) at the top of the footer"),
]
