from _dsl import *
FILE="wcxb/html/4666.html.gz"
# Spotify for Creators (Webflow resources hub, scripts stripped) guide 'The ultimate podcast equipment guide for creators':
# no header in the HTML (body starts at <main>); intro section (mobile-only and desktop breadcrumbs Resources / GROW, h1,
# date, summary, hero image); body section ('Expand for key takeaways:' drop-down of four points, italic intro paragraph,
# an empty w-condition-invisible image carousel 'No items found.', the guide text: sections 'The basics', 'Investment
# pieces', 'Leveling up', 'Start small and grow', with product links to makers' sites inside the experts' quotes, in-sentence
# links to other Spotify guides, an empty 'w-embed w-iframe' box, and two italic h3 pointer lines 'Discover three
# creators' go-to gear and video podcast setups.' and 'Editing a video podcast? Check out the top tips from a Spotify
# producer.'); 'Feeling inspired?' marquee band with a 'Start a podcast' button; black closing section 'SIMILAR CONTENT'
# card carousel whose collection list holds 38 GROW articles (title, date, 'Text Link') and a Lorem-ipsum card template a
# script fills; two w-condition-invisible table-of-contents navs with placeholder text; an empty 'scroll-cta
# js-scroll-cta' div; an empty <footer class="spotify-footer">. No ads and no ad configuration (no scripts at all).
# Not labelled: breadcrumbs, the key-takeaways drop-down (accordion in the text, 7), the empty image carousel and the empty
# w-embed box (body media shells), in-sentence links (makers' product pages in quotes, 'the microphone', 'to edit it',
# 'podcast guests', 'Video is an increasingly popular format', 'have been filming on their phones from day one': terms in
# ordinary sentences), the hidden table-of-contents navs (TOC, placeholder text), the empty footer (an empty shell).
BD="/html/body/main/section[2]/div[4]/section"
related=[
 R(BD+"/h3[5]", None, 1, "inline", note="italic h3 line 'Discover three creators’ go-to gear and video podcast setups.' set apart after the Cameras pro tip, its middle words linking the video-podcast-setups guide (11.4: whole line in emphasis)"),
 R(BD+"/h3[9]", None, 1, "inline", note="italic h3 line 'Editing a video podcast? Check out the top tips from a Spotify producer.' closing the Editing software section, before 'Investment pieces' (lead-in ending in '?' + link, 11.4)"),
 R("/html/body/main/section[4]/div", "SIMILAR CONTENT", 38, "after|outside", note="black closing section 'SIMILAR CONTENT' card carousel (arrows): collection list of 38 GROW articles with titles and dates plus a Lorem-ipsum card template the carousel script fills; band between the article and the (empty) footer"),
]
ctas=[
 C("other", "Feeling inspired? Start a podcast", "after|outside", "/html/body/main/section[3]", note="'Feeling inspired?' marquee band with 'Start a podcast' button (creator.spoti.fi sign-up link) right after the guide text"),
 C("other", "", "outside", "/html/body/main/div", amb=True, note="empty div.scroll-cta.js-scroll-cta at the end of <main>: a script-filled scroll CTA mount (10.9)"),
]
ads=[]
