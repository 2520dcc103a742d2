from _dsl import *
FILE="wcxb/html/4433.html.gz"
TOP="/html/body/div/div/div/div[1]"
P="/html/body/div/div/div/div[2]/div[2]/div"
B=P+"/div[1]/article/div/div/section/div/div[2]/div/div"
BAR=B+"/div/div/div/div/div[2]"
FB=P+"/footer/div/div/div/div"
related=[
 R(B+"/p[44]", None, 1, "inline", amb=True, note="'You can check out that story here.' lone link paragraph to the author's earlier story (reads as part of the narrative)"),
]
ctas=[
 C("app", "Open in app", "outside", TOP+"/div[1]/a", note="top bar 'Open in app' (Play store link)"),
 C("app", "Get app", "outside", TOP+"/div[2]/div[2]", note="header 'Get the Medium app' button"),
 C("comments", "18", "before", BAR+"/div[1]", amb=True, note="clap + responses-count (18) buttons under the byline"),
 C("share", "Listen Share", "before", BAR+"/div[2]", note="save / Listen / Share Post buttons under the byline"),
 C("other", "I have some templates you can grab if you want to give it a shot.", "inline", B+"/p[58]", amb=True, note="in-text link to the author's Parsity 'learning in public' templates"),
 C("other", "If you’re serious about actually making a career pivot and not just thinking about it or watching more tutorials", "after", B+"/blockquote[5]", note="closing promo for the author's bootcamp: '…then join Parsity' (after 'Good luck…')"),
 C("comments", "18", "after", FB+"/div[1]", amb=True, note="bottom clap + responses-count (18) row"),
 C("share", "", "after", FB+"/div[2]", note="bottom save / Share Post icons"),
 C("follow", "Written by Brian Jenney 8.2K followers·117 following", "after", P+"/div[4]", amb=True, note="author card (followers link, script-filled follow button slot, Parsity.io link)"),
 C("comments", "Responses (18) See all responses", "after", P+"/div[5]", note="responses section with 'See all responses'"),
]
ads=[]
