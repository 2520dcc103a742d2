from _dsl import *
FILE="wcxb/html/0042.html.gz"
# Myles Katherine Photography (Squarespace blog) post 'Top 10 Most Desired Digital Cameras of 2025 Under $2500': mobile
# nav copy and menu link; header (logo, About/Portfolio/Blog/Services/PRINT SHOP/Contact menu); page-header row (social
# icons, search, awin affiliate banner code block); article (empty promoted block, h1, date, text with affiliate
# disclosure, ten camera sections each with image, text, 'WHERE TO BUY' retailer links (B&H, Amazon, KEH…) and a 468x60
# datafeedfile affiliate banner iframe; closing Patreon paragraph and 'contact me here, or leave a comment below…
# storefront' paragraph; category and tag links); newer/older post links; empty Squarespace comments container (2
# public comments, filled by script); sidebar of 22 blocks (newsletter form and 21 code blocks of affiliate banners
# — awin, ShareASale, B&H ezbanner scripts, a Viator banner — and AdSense units); footer (newsletter form, AdSense unit,
# 'INSTAGRAM' heading and Instagram gallery, affiliate disclosure, social icons); ShareASale 468x60 banner after the
# page wrapper.
# Not labelled: menus (incl. mobile copy), search, empty promoted block, in-text links (incl. own-post links inside
# sentences and the YouTube link), affiliate disclosures, categories and tags, 'INSTAGRAM' heading (sibling block of
# the gallery).
BODY="/html/body/div[1]/section/div/article/div[2]/div/div/div"
SB="/html/body/div[1]/section/aside/div/div/div"
FB="/html/body/div[1]/footer/div[1]/div/div"
related=[
 R("/html/body/div[1]/section/div/nav", None, 2, "after", note="pagination: previous post '← Review of the Richmond Ghosts…' and next post 'Contax Carl Zeiss 140mm f/2.8 Sonnar T* Lens Review…'"),
]
# 'WHERE TO BUY' retailer groups (h3 + B&H / Amazon / KEH link lines, no container but the camera section): one amb
# 'other' CTA per group at its first line (conventions 10.2 and 9.1); until 10.2 one item for the whole listing on BODY.
_buy = [(3, "1. Canon EOS R6 Mark III"), (6, "2. Sony A7 IV"), (8, "3. Nikon Z6 Mark III"), (11, "4. Panasonic Lumix S5 II"),
        (13, "5. Fujifilm X-H2S"), (16, "6. Sony A6700"), (18, "7. Canon EOS R8"), (21, "8. Fujifilm X-S20"),
        (24, "9. Canon EOS RP"), (26, "10. Leica SL2-S")]
ctas=[
 C("follow", "", "outside", "/html/body/div[1]/div[4]/div/div/div/div[1]/div[1]/div", note="page-header social account icons (Facebook, Instagram, Pinterest, Tumblr, SmugMug, Flickr, e-mail)"),
]+[
 C("other", "B&H Photo", "inline", BODY+f"/div[{k}]/div/div/p[3]", amb=True,
   note=f"'WHERE TO BUY' retailer links (B&H Photo, Amazon, KEH) of the camera section '{name}', under its h3 (convention 10.2: one per box in a product round-up)")
 for k, name in _buy
]+[
 C("donate", "If you found this post helpful or inspiring, I’d love it if you considered signing up for my Patreon !", "after", BODY+"/div[28]/div/div/p[1]", amb=True, note="closing paragraph asking readers to join the author's Patreon (tiers with perks; kept in the wcxb ground truth, a reader could call it body)"),
 C("contact", "If you have any questions, I’m always happy to help! You can contact me here , or leave a comment below!", "after", BODY+"/div[28]/div/div/p[2]", amb=True, note="closing paragraph: 'contact me here', 'leave a comment below', B&H and Amazon storefront links (mixed asks, kept in the wcxb ground truth)"),
 C("comments", "", "after", "/html/body/div[1]/section/div/section", amb=True, note="empty Squarespace comments container (data-public-comment-count=2), filled by script"),
 C("newsletter", "Subscribe Sign up with your email address to receive news and updates.", "outside", SB+"/div[3]", note="sidebar newsletter block"),
 C("newsletter", "Subscribe Sign up with your email address to receive news and updates.", "outside", FB+"/div[1]", note="footer newsletter block"),
 C("follow", "", "outside", FB+"/div[4]", amb=True, note="footer Instagram gallery of the author's posts (under an 'INSTAGRAM' heading block): a feed of own posts rather than a follow button"),
 C("follow", "", "outside", "/html/body/div[1]/footer/div[2]", note="footer social links (Facebook, Instagram, Pinterest, Tumblr, SmugMug, Flickr, e-mail)"),
]
_inline = ["div[4]", "div[7]/div[2]/div[1]", "div[9]", "div[12]/div[2]/div/div[1]/div[1]", "div[14]", "div[17]/div[2]/div[1]",
           "div[19]", "div[22]", "div[25]/div[2]/div[1]", "div[27]"]
_side = {1: "B&H ezbanner script container (ez_banner_container_348_13)", 2: "awin affiliate banner", 4: "ShareASale 120x600 Canon banner",
         5: "awin affiliate banner", 6: "B&H ezbanner script container (ez_banner_container_164_10)", 7: "awin affiliate banner",
         8: "AdSense unit (ins.adsbygoogle slot 6916382005)", 9: "awin affiliate banner", 10: "awin affiliate banner",
         11: "AdSense unit (slot 6916382005)", 12: "awin affiliate banner", 13: "AdSense unit (slot 1449145867)",
         14: "ShareASale Canon 800x800 banner", 15: "Viator 120x600 partner banner (data-id=viator-banner, script-filled)",
         16: "AdSense unit (slot 2372544400)", 17: "AdSense unit (slot 9057055024)", 18: "AdSense unit (slot 3461716051)",
         19: "AdSense unit (slot 3461716051, second copy)", 20: "awin affiliate banner", 21: "AdSense unit (slot 5089541119)",
         22: "awin affiliate banner"}
ads=[
 A("/html/body/div[1]/div[4]/div/div/div/div[2]", "before|outside", "page-header code block with an awin affiliate banner image link above the content"),
] + [
 A(BODY+"/"+x, "inline", f"468x60 datafeedfile affiliate banner iframe (aff_widget_prdt_generate) after camera section {i + 1}" if i < 9 else "468x60 datafeedfile affiliate banner iframe after the tenth camera section, before the closing paragraphs")
 for i, x in enumerate(_inline)
] + [
 A(SB+f"/div[{n}]", "outside", f"sidebar code block: {what}") for n, what in _side.items()
] + [
 A(FB+"/div[2]", "outside", "footer AdSense unit (ins.adsbygoogle slot 1837040555)"),
 A("/html/body/center", "after|outside", "ShareASale 468x60 banner link after the page wrapper, at the very bottom"),
]
