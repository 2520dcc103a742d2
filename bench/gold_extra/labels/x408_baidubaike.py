from _dsl import *
FILE="trafilatura-eval/html/baike.baidu.com.tanya.html.gz"
# Baidu Baike entry '蔡健雅' (Tanya Chua, 2020 star layout): top bar (Baidu home, product tabs); header (search forms,
# '声明' statement); navbar (home, categories, 秒懂百科 …); body: '相关视频' related-videos player with an empty list;
# poster (album link, '送花' flower-sending button with a '绑定百度钱包 即可领取 500 朵鲜花' card, h1 with 编辑/锁定/讨论
# buttons, key facts, summary, empty configModuleBanner and promotion lead button, 代表作品 / 明星关系 info blocks);
# main column (TOC, 基本信息 infobox, sections with paragraphs, picture-album table, music module from Taihe, concert and
# award tables, '本人词条编辑服务' correction prompt, empty 词条图册 album list, two empty lazy 'rs' related-lemma
# containers, 参考资料 references, 词条标签 tags); right column (empty 港台东南亚女明星人气榜 ranking, 数据洞悉世界 fan
# data, 'V百科 往期回顾' empty promotion carousel, empty rightPreciseAd, empty sideRecommend / zhixin box with a hidden
# error form, empty promotion slide, empty rightBigAd, 词条统计 / 突出贡献榜, side TOC, empty fengchao and unionAd
# boxes); '搜索发现' band with an empty list; footer (help / question / complaint link columns, copyright); sticky search
# header (search, 编辑/讨论/收藏/赞 tool buttons, 登录); side share bar; WeChat QR share pop-up.
# Not labelled: top bar / navbar / footer menus, search forms, statement, edit/lock/discuss buttons beside the h1, infobox
# and 代表作品 / 明星关系 blocks (entry data), TOCs, picture-album table and empty 词条图册 album list, music module,
# references, tags, 数据洞悉世界 fan-data widget, 词条统计 / 突出贡献榜, login link.
BW="/html/body/div[3]"
PO=BW+"/div[2]/div/dl"
MC=BW+"/div[3]/div/div[1]/div"
SD=BW+"/div[3]/div/div[2]"
related=[
 R(BW+"/div[1]", "相关视频", 0, "before", note="'相关视频' related-videos player above the entry title, list filled by script"),
 R(MC+"/div[53]", None, 0, "after", amb=True, note="empty rs-container-top: lazy related-lemma table container (lemmars.tableAction) after the album list"),
 R(MC+"/div[54]", None, 0, "after", amb=True, note="empty rs-container-foot: four lazy related-lemma containers (topic + tables) before the references"),
 R(SD+"/div[1]", "港台东南亚女明星人气榜", 0, "outside", amb=True, note="right-column star popularity ranking (本周/上周 tabs), lists filled by script"),
 R(SD+"/div[3]", "V百科 往期回顾", 0, "outside", amb=True, note="right-column 'V百科 往期回顾' promotion carousel of past V百科 features, empty viewport"),
 R(SD+"/div[5]", None, 0, "outside", amb=True, note="right-column lemmaWgt-sideRecommend: empty zhixin recommendation box (plus hidden error-report form)"),
 R(BW+"/div[4]", "搜索发现", 0, "after|outside", note="'搜索发现' (search discoveries) band under the entry and the side column, empty list filled by script"),
]
ctas=[
 C("other", "0 送花 今天的鲜花送完了？ 绑定百度钱包 即可领取 500 朵鲜花", "before", PO+"/dd[1]", amb=True, note="'送花' flower-sending (fan vote) button with the card asking to bind Baidu Wallet for 500 flowers"),
 C("other", "", "before", PO+"/dd[3]/div[2]", amb=True, note="empty lemmaWgt-promotion-leadPVBtn under the summary (promotion button filled by script)"),
 C("contact", "百度百科内容由网友共同编辑，如您发现自己的词条内容不准确或不完善，欢迎使用本人词条编辑服务（免费）参与修正。立即前往>>", "after", MC+"/div[50]", note="go-auth-box after the last section: invites the person to correct the entry with the free self-editing service"),
 C("other", "编辑 讨论 收藏 赞", "outside", "/html/body/div[5]/div/div[2]", amb=True, note="tool buttons (edit, discuss, collect, like) in the sticky search header shown on scroll"),
 C("share", "分享", "outside", "/html/body/div[6]", note="side share bar '分享' (Qzone, Weibo, WeChat, QQ)"),
 C("share", "分享到微信朋友圈 打开微信“扫一扫”即可将网页分享至朋友圈", "outside", "/html/body/div[7]", amb=True, note="WeChat QR-code share pop-up (hidden until the WeChat button is clicked)"),
]
ads=[
 A(PO+"/dd[3]/div[1]", "before", "empty configModuleBanner under the summary (operations banner slot)", amb=True),
 A(SD+"/div[4]", "outside", "empty lemmaWgt-promotion-rightPreciseAd (targeted ad slot, data-lemmaid)"),
 A(SD+"/div[6]", "outside", "empty lemmaWgt-promotion-slide carousel in the right column (promotion slides)", amb=True),
 A(SD+"/div[7]", "outside", "empty lemmaWgt-promotion-rightBigAd"),
 A(SD+"/div[9]", "outside", "empty #side_box_fengchao (Baidu Fengchao ad box)"),
 A(SD+"/div[10]", "outside", "empty #side_box_unionAd (Baidu Union ad box)"),
]
