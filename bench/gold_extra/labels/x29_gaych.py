from _dsl import *
FILE="trafilatura-eval/html/gay.ch-papst.html.gz"
ART="/html/body/div/div[3]/main/div[2]/div/div/article"
related=[
 R(ART+"/div[3]/div/div[2]", "Weitere Artikel zum Thema:", 6, "after", note="related-items tile with six story cards under the tags, before the byline"),
]
ctas=[
 C("share", "", "before", ART+"/div[1]/div[1]/div[1]", note="social-like tile above the headline: AddThis sharing toolbox (script-filled) + Facebook recommend button"),
 C("other", "Brauchst Du Hilfe und möchtest Du mit jemandem sprechen? Die Schweizer LGBT+ Helpline", "after", ART+"/div[2]/div[1]/div[2]/div/p[6]", amb=True, note="bold boilerplate line closing the text: LGBT+ helpline number and link; could be read as part of the article"),
]
ads=[
 A("/html/body/div/header/div/div[1]", "before|outside", "header adspace GPT detail-above (div-gpt-ad-1466606439152-8)"),
 A("/html/body/div/div[2]/div[1]", "before|outside", "section_above_content adspace GPT (div-gpt-ad-1551453252565-0) under the nav"),
 A(ART+"/div[4]", "after", "adSpaceBelowRow GPT detail-bottom (div-gpt-ad-1614596469092-0) under the article"),
 A("/html/body/div/div[3]/main/div[2]/footer/div/div/div", "after", "viewlet-below-content detail_bottom_adspace (div-gpt-ad-1454157623042-1)"),
]
