from _dsl import *
FILE="trafilatura-eval/html/banyuetan.org.1000200033136171577956287380194268_1.html.gz"
# Banyuetan (半月谈, Xinhua-run magazine site) article '益阳：“数字”是优长': top bar (logo, 'ad' image div, report-centre
# link, search), channel nav (with hidden extra items and an 'APP下载' item), left column (title, time/source, Baidu
# share bar, text, empty pager divs, editor line, '热门推荐' heading over an empty list filled by related.js), right
# column ('学习贯彻十九大精神' box with 2 video links, '要闻top10' list, '杂志图书订阅' magazine subscription tabs linking to
# the Tmall shop), footer (link row, licence/contact lines, 12377 report badge, App and WeChat QR codes).
# Not labelled: nav (incl. 'APP下载' link), report-centre link and badge, search, empty #listPage/.detail-page pager
# divs, editor line, footer link row and licence lines, the second empty div#content at the end of body (a stray
# duplicate id; related.js fills the first one).
L="/html/body/div[3]/div[1]"
RC="/html/body/div[3]/div[2]"
related=[
 R(L+"/div[2]", "热门推荐", 0, "after", amb=True, note="'热门推荐' (hot recommendations) heading over an empty #content list filled by related.js"),
 R(RC+"/div[1]", "学习贯彻十九大精神", 2, "outside", note="right-column '学习贯彻十九大精神' box: 1 image video teaser + 1 text link"),
 R(RC+"/div[2]", "要闻top10", 10, "outside", note="right-column '要闻top10' list of 10 top stories"),
]
ctas=[
 C("share", "分享到：", "before", L+"/div[1]/div[1]/div/div[3]", note="Baidu share bar '分享到：' (WeChat, Weibo, Qzone, more) in the title meta row"),
 C("subscribe", "杂志图书订阅更多 2018年半月谈 点击订阅", "outside", RC+"/div[3]", note="right-column '杂志图书订阅' magazine subscription box (4 titles with '点击订阅', Tmall shop links)"),
 C("app", "半月谈教育App", "outside", "/html/body/div[4]/div/div[2]/div[2]/div[1]", note="footer '半月谈教育App' download QR code"),
 C("follow", "官方微信", "outside", "/html/body/div[4]/div/div[2]/div[2]/div[2]", note="footer '官方微信' WeChat official-account QR code"),
]
ads=[
 A("/html/body/div[1]/div[2]", "outside", "div.ad in the top bar holding a static ad.png image", amb=True),
]
