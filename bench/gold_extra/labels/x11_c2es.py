from _dsl import *
FILE="wcxb/html/4519.html.gz"
SB="/html/body/div[2]/div/div/div[2]/aside"
FT="/html/body/footer/div"
related=[
 R("/html/body/div[3]", "Related Content", 4, "after|outside", note="full-width band of 4 publication cards between the article and the footer"),
]
ctas=[
 C("read_more", "Download pdf", "before|outside", SB+"/a", amb=True, note="sidebar button to the full report PDF (the page is its summary)"),
 C("share", "Copy Link to Clipboard", "before|outside", SB+"/div[5]", note="copy-link share control in the metadata sidebar beside the text"),
 C("donate", "Donate", "outside", "/html/body/header/div/nav[2]/div/ul/li[7]", amb=True, note="orange donate-link item of the 7-link secondary header nav"),
 C("follow", "Follow:", "outside", FT+"/div[1]/div[3]", note="footer social icons (Twitter, LinkedIn, Facebook, YouTube)"),
 C("newsletter", "Join our mailing list", "outside", FT+"/div[2]/div[1]", note="footer mailing-list button"),
 C("donate", "Donate Today", "outside", FT+"/div[2]/div[2]", note="footer donate button"),
]
ads=[]
