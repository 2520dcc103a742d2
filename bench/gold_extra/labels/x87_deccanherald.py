from _dsl import *
FILE="scrapinghub/html/c90731f051d033e49e4cfcc920895051bbc3b54ef1a11519abcf22a115c3aa79.html.gz"
HD="/html/body/main/header/div[1]/div[2]"
ROW="/html/body/main/div[4]/div/div"
MC=ROW+"/div[3]/div"
SB=ROW+"/aside/div"
FT="/html/body/main/footer"
related=[
 R("/html/body/main/header/div[4]", "IN BRIEF:", 6, "outside", note="'In brief' headline ticker under the header"),
 R(MC+"/section[3]", "Related stories", 6, "after", note="related stories slider under the comments"),
 R("/html/body/main/div[5]/div/div[1]", None, 0, "after|outside", amb=True, note="empty infinite_articles container (next articles loaded by script)"),
 R(SB+"/div[3]", "DH Picks", 5, "outside", note="sidebar DH Picks"),
 R(SB+"/section", None, 1, "outside", amb=True, note="sidebar horoscope promo card 'What does your star sign say? Explore'"),
 R(FT+"/div[1]/div[1]/div/div[2]", None, 6, "outside", amb=True, note="footer specials row: live blogs, a story and tag pages (Maharashtra Government Formation 2019 Live, Chandrayaan-2...)"),
 R(FT+"/div[1]/div[2]/div/div[1]", "DH Picks", 5, "outside", note="footer DH Picks list"),
 R(FT+"/div[1]/div[2]/div/div[2]", "Latest stories", 5, "outside", note="footer latest stories list"),
 R(FT+"/div[1]/div[2]/div/div[3]", "Trending news", 5, "outside", note="footer trending news list"),
]
ctas=[
 C("newsletter", "Newsletter", "outside", HD+"/div[1]/div/div[3]", note="'Newsletter' button in the nav bar"),
 C("newsletter", "Get the best of news in your inbox everyday GET IT", "outside", HD+"/div[1]/div/div[4]", note="newsletter drop-down box of the nav bar"),
 C("follow", "", "outside", HD+"/div[3]/ul[2]/li[4]", note="social icons in the header sub-nav row"),
 C("share", "X Share via Share permalink", "before", ROW+"/div[1]/ul", note="share icons beside the headline"),
 C("newsletter", "DH Newsletter Privacy Policy Get top news in your inbox daily GET IT", "after", MC+"/div[3]", note="newsletter opt-in under the body"),
 C("other", "", "after", MC+"/div[8]", amb=True, note="empty vuukle-emote reactions widget"),
 C("comments", "0 Comments (+)", "after", MC+"/div[9]", note="Vuukle comments toggle and container"),
 C("follow", "social feed", "outside", SB+"/div[7]", amb=True, note="sidebar twitter 'social feed' block (tweet card filled by script)"),
 C("follow", "", "outside", FT+"/div[1]/div[3]/div/div[2]", note="footer social icons"),
 C("share", "X Share via Share permalink", "outside", FT+"/div[2]", note="fixed share bar (sticky copy of the share icons)"),
]
ads=[
 A(HD+"/div[2]", "before|outside", "header 728x90 hdr GPT banner"),
 A(HD+"/div[4]", "outside", "GPT div-gpt-ad-1562153419016-0 mobile, in the header"),
 A(HD+"/div[5]", "outside", "GPT div-gpt-ad-1571146770739-0, in the header"),
 A("/html/body/main/div[2]", "before|outside", "970x250 hdr GPT billboard desktop"),
 A("/html/body/main/div[3]", "before|outside", "GPT mobile billboard"),
 A(MC+"/div[2]", "after", "gpt-above-nl mobile slot right after the body"),
 A(MC+"/div[5]/div[1]", "after", "gpt text ad 700x20 desktop"),
 A(MC+"/div[5]/div[2]", "after", "gpt text ad2 700x20 desktop"),
 A(MC+"/div[6]/div[1]", "after", "gpt text ad 300x20 mobile"),
 A(MC+"/div[6]/div[2]", "after", "gpt text ad2 300x20 mobile"),
 A(MC+"/div[7]", "after", "div-gpt-vuukle slot above the reactions"),
 A(MC+"/section[1]", "after", "mobile outbrain container (mob-art-outbrain)"),
 A(MC+"/section[2]", "after", "empty Outbrain AR_3 desktop"),
 A(MC+"/div[10]", "after", "gpt-abovers mobile slot"),
 A(SB+"/div[1]", "outside", "sidebar 300x250 rhs1"),
 A(SB+"/div[2]", "outside", "sidebar gpt-pads slot"),
 A(SB+"/div[4]", "outside", "sidebar M 300x250 endofpage (mobile)"),
 A(SB+"/div[5]", "outside", "sidebar 300x600 rhs4"),
 A(SB+"/div[6]", "outside", "sidebar M 300x250 socialfeed (mobile)"),
 A(SB+"/div[8]", "outside", "sidebar 300x250 rhs2"),
 A(SB+"/div[9]", "outside", "sidebar 300x250 BTF"),
 A("/html/body/main/div[5]/div/div[2]/div[1]", "after|outside", "970x90 footer banner desktop"),
 A("/html/body/main/div[5]/div/div[2]/div[2]", "after|outside", "M 300x250 footer mobile"),
 A(FT+"/div[5]", "outside", "empty in-article2-1 mobile ad placeholder in the footer", amb=True),
 A(FT+"/div[6]", "outside", "empty in-article2-2 mobile ad placeholder in the footer", amb=True),
 A(FT+"/div[7]", "outside", "empty in-article2-3 mobile ad placeholder in the footer", amb=True),
 A(FT+"/div[8]", "outside", "empty in-article2-4 mobile ad placeholder in the footer", amb=True),
 A(FT+"/div[9]", "outside", "empty in-article2-5 mobile ad placeholder in the footer", amb=True),
 A(FT+"/div[10]", "outside", "empty abovers-1 mobile ad placeholder in the footer", amb=True),
 A(FT+"/div[11]", "outside", "empty abovers-2 mobile ad placeholder in the footer", amb=True),
 A(FT+"/div[12]", "outside", "empty abovers-3 mobile ad placeholder in the footer", amb=True),
 A(FT+"/div[13]", "outside", "empty abovers-4 mobile ad placeholder in the footer", amb=True),
 A(FT+"/div[14]", "outside", "empty abovers-5 mobile ad placeholder in the footer", amb=True),
]
