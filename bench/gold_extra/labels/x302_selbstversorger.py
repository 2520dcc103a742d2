from _dsl import *
FILE="trafilatura-eval/html/selbstversorger.de-Huhn.html.gz"
# Selbstversorger.de (WordPress Gridlove theme, Advanced Ads 'selbs-' placements, AdSense, GPT, Taboola, Brid video)
# article 'Ab wann und wie lange legen Hühner Eier?': header (logo, 3-item nav, search), responsive header copy,
# below-header ad container; article box (categories, title, reading time, AdSense unit, lead image, text with TOC,
# Brid video placement, two GPT placements, tip quotes, AdSense 'unten' unit and Taboola container after the last list,
# prev/next nav with only a 'next' link), 'Interessante Themen' grid of 6 posts; sidebar ('Selbstversorger-Themen'
# category counts, sticky: 300x600 AdSense, 'Frisch im Magazin' slider of 12 posts, GPT widget); copyright footer;
# off-canvas mobile menu; end-of-body GPT out-of-page slot. No CTAs (no share, newsletter or comment widgets).
# Not labelled: navs, search, categories, TOC, 'Selbstversorger-Themen' category list, footer legal links, mobile menu.
AR="/html/body/div[3]/div/div[1]"
EC=AR+"/article/div[3]/div"
SB="/html/body/div[3]/div/div[2]"
related=[
 R(AR+"/article/div[3]/nav", None, 1, "after", note="prev/next post nav under the text (only 'Artischocken: Erntezeit & Lagerung' as next)"),
 R(AR+"/div", "Interessante Themen", 6, "after", note="'Interessante Themen' grid of 6 post cards under the article box"),
 R(SB+"/div[2]/div[2]", "Frisch im Magazin", 12, "outside", note="sidebar 'Frisch im Magazin' slider: 3 pages of 4 recent posts"),
]
ctas=[]
ads=[
 A("/html/body/div[2]", "before|outside", "gridlove-ad-below-header container with an empty hashed-id div (filled by script) between header and content"),
 A(AR+"/article/div[1]/ins", "before", "responsive AdSense unit under the title and reading time, above the lead image"),
 A(EC+"/div[2]", "inline", "Advanced Ads placement 'sv_content_top_brid': Brid.tv video player after the first subheading (video ad/outstream player)", amb=True),
 A(EC+"/div[3]", "inline", "Advanced Ads placement 'quartermedia_contentad_1' with an empty GPT div between two sections"),
 A(EC+"/div[4]", "inline", "Advanced Ads placement 'quarter_media_outstream' with an empty GPT out-of-page div inside the 'Witterungsbedingungen' section"),
 A(EC+"/div[5]", "after", "Advanced Ads placement 'sv_unten_desktop': 250px AdSense unit after the last list"),
 A(EC+"/div[6]", "after", "Advanced Ads placement 'taboola': empty Taboola below-article-thumbnails container"),
 A(SB+"/div[2]/div[1]", "outside", "sidebar AdSense widget, 300x600 unit"),
 A(SB+"/div[2]/div[3]", "outside", "sidebar AdSense widget holding an empty GPT div (under the posts slider)"),
 A("/html/body/div[7]", "outside", "Advanced Ads 'ende-vor-body' placement: empty GPT out-of-page div + Taboola flush at the end of the body"),
]
