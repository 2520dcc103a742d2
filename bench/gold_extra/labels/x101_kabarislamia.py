from _dsl import *
FILE="scrapinghub/html/7837c9d66c815b9a21dd669a3dc21677c3f084b1b7dd603d56e87867d8970dd3.html.gz"
# WordPress.com blog (kabarislamia.com, theme with a left 'obar' widget column, the post, a right sidebar).
PG="/html/body/div[1]/div[3]/div[1]"
L=PG+"/div[1]/ul"
TW=L+"/li[1]/div"
E=PG+"/div[2]/div[1]/div/div/div[1]/div[2]"
R_=PG+"/div[3]/ul"
related=[
 R(PG+"/div[2]/div[1]/div/div/div[2]", None, 2, "after", note="div.browse previous/next post links under the post"),
 R(E+"/div[3]/div[3]", "Terkait", 0, "after", amb=True, note="Jetpack related posts, heading only, filled by script"),
 R(TW+"/ul", None, 6, "outside", amb=True, note="left column text widget: unheaded list of 6 cupping (bekam) posts on the owner's sister blog"),
 R(TW+"/p[2]", None, 1, "outside", amb=True, note="left text widget: lone link to a post on the author's own blog (agusnizami.com)"),
 R(L+"/li[2]", "Media Islam", 3, "outside", note="left column RSS widget: latest posts of sister site media-islam.or.id"),
 R(L+"/li[3]", "INFO ZAMAN", 5, "outside", note="left column RSS widget: posts of a sister blog"),
 R(L+"/li[4]", "All About LIfe", 5, "outside", note="left column RSS widget: posts of an English sister blog"),
 R(L+"/li[8]", "Syiar Islam", 0, "outside", amb=True, note="RSS widget showing only a feed error message"),
 R(R_+"/li[2]", "Top Posts & Halaman", 10, "outside", note="right sidebar top posts"),
 R(R_+"/li[4]", "Media Islam Raya", 10, "outside", note="right sidebar RSS widget: posts of a sister blog"),
 R(R_+"/li[5]", "Tulisan Terkini", 5, "outside", note="right sidebar recent posts"),
]
ctas=[
 C("share", "Share this:", "after", E+"/div[3]/div[1]", note="Jetpack sharing buttons (Facebook, Twitter, print, e-mail, more)"),
 C("other", "Sukai ini: Suka Memuat...", "after", E+"/div[3]/div[2]", amb=True, note="Jetpack likes widget"),
 C("comments", "Tinggalkan Balasan Batalkan balasan", "after", PG+"/div[2]/div[2]/div/div/div/div[1]", note="WordPress.com comment form under the post"),
 C("donate", "Ayo Infaq Dakwah", "outside", TW+"/p[3]", note="left text widget: 'Ayo Infaq Dakwah' donation appeal; the bank account number is the next p"),
 C("other", "", "outside", TW+"/div[1]", amb=True, note="left text widget: empty Polldaddy poll container (script-filled)"),
 C("follow", "Diskusi Islam", "outside", TW+"/h3", amb=True, note="left text widget: link to the blog's Yahoo discussion group"),
 C("other", "Petisi Turunkan Tarif Listrik PLN yang Amat Mahal", "outside", TW+"/p[10]", amb=True, note="left text widget: link to a change.org petition"),
 C("other", "Buku \u201cMembangun IMAN Di Zaman Modern\u201d oleh Agus Nizami", "outside", TW+"/p[9]", amb=True, note="left text widget: promo link for the author's book"),
 C("follow", "Buat yang ingin gabung ke grup Islam silahkan klik", "outside", L+"/li[6]/div/strong", note="left text widget: invitation to join the Facebook group"),
 C("follow", "Kabar Islam", "outside", L+"/li[7]", note="left column Facebook page box (script-filled)"),
 C("follow", "Entries RSS | Comments RSS", "outside", "/html/body/div[1]/div[2]/div[2]/div[4]", amb=True, note="header RSS feed links"),
 C("follow", "RSS Feed RSS - Pos RSS - Komentar", "outside", L+"/li[12]", amb=True, note="left column RSS feed links"),
 C("other", "Polling Capres Take Our Poll", "outside", R_+"/li[3]", amb=True, note="right sidebar poll widget (Polldaddy, script-filled)"),
 C("follow", "Media Islam", "outside", R_+"/li[7]", note="right sidebar Facebook page box (script-filled)"),
 C("share", "Kirim ke Alamat Surat Elektronik", "outside", "/html/body/div[3]", amb=True, note="hidden Jetpack share-by-email form"),
]
ads=[
 A("/html/body/div[1]/div[1]", "before|outside", "WordAds top slot 'Iklan' (atatags) above the header"),
 A(L+"/div[1]", "outside", "WordAds 160x600 wide skyscraper 'Iklan' at the top of the left column"),
 A(L+"/div[2]", "outside", "WordAds 160x600 wide skyscraper 'Iklan' at the bottom of the left column"),
 A(E+"/div[1]", "after", "WordAds 'Iklan' slot after the last paragraph"),
 A(E+"/div[2]", "after", "WordAds inread video slot (atatags initVideoSlot)"),
 A(L+"/li[5]", "outside", "image banner linking to a shop (grosirsolomukena.com)", amb=True),
 A(TW+"/p[1]", "outside", "text-link ad 'Jual Beli Sepeda Motor EVA 085920594986'", amb=True),
 A(TW+"/p[5]", "outside", "text link to a Hajj tour agency (munatour) article", amb=True),
 A(TW+"/p[6]", "outside", "text link to a Hajj tour agency (munatour) article", amb=True),
 A(TW+"/p[7]", "outside", "text link 'Biro Haji dan Umrah Munatour'", amb=True),
 A(TW+"/p[8]", "outside", "text-link ad 'Jual Nasi Kebuli Jakarta'", amb=True),
]
