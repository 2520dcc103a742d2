from _dsl import *
FILE="wcxb/html/4704.html.gz"
# HOUSE PLANT HOUSE (WordPress.com block theme, Jetpack) guide post 'A HPH guide to... Low light tolerant houseplants':
# header (logo, site title, Home / About / Contact nav, category nav, search); post header (date, author, categories, h1);
# featured image column; entry content (intro, notes, 15 numbered plants and group mentions with Jetpack tiled galleries,
# an Instagram post embed, in-sentence pointers to four of the blog's own posts, two in-sentence Amazon affiliate links,
# 'Conclusion', a closing paragraph asking readers to share and pointing to Instagram and 'some pins to save/share too:'
# over two Jetpack Pinterest pin embeds, affiliate disclosure, hidden wordads-inline-marker span, Jetpack post flair with
# 'Share this:' X / Facebook / Pinterest buttons and the Like widget placeholder); 'Posted by' author box; Previous Post /
# Next Post links; comments ('2 responses to ...': one comment with a reply, comment Like links, 'Leave a Reply' Verbum
# form); footer ('About:' blurb with 'Follow:' Instagram / Pinterest icons, 'Subscribe:' Jetpack e-mail form, 'Designed
# with WordPress.com'); hidden gravatar maps; hidden Jetpack carousel overlay (photo viewer with a comment form); hidden
# WordPress.com action bar (Comment / Reblog / Subscribe with 'Join 534 other subscribers' form / more menu); hidden likes
# dialog.
# No ad slot: WordAds appears only as the hidden, empty wordads-inline-marker span (no slot, no ad script; as x243).
# Not labelled: navs, search, post meta, galleries, the Instagram post embed (the post's own media), in-sentence Amazon
# affiliate links ('hygrometer', 'here's the one I use'), affiliate disclosure, wordads marker, 'Posted by' author box,
# comment list Like/Reply links (part of the comments), 'About:' blurb, 'Designed with WordPress.com', gravatar maps,
# likes dialog.
E="/html/body/div[1]/main/div[1]/div[2]/div[2]/div[1]"
C2="/html/body/div[1]/main/div[1]/div[2]/div[2]"
FT="/html/body/div[1]/footer/div/div[1]"
related=[
 R(E+"/p[6]/a", None, 1, "inline", amb=True, note="'here's a post I wrote a few months ago.' closing an ordinary sentence of the intro (link to 'A mindful approach to keeping houseplants'; 10.10: a pointer written into a sentence is amb)"),
 R(E+"/p[7]/a", None, 1, "inline", amb=True, note="'(3 part guide here on the process)' inside a sentence of 'Switching locations...' (links to the blog's search for 'moving'; 10.10: amb)"),
 R(E+"/p[12]/a", None, 1, "inline", amb=True, note="'Side note: ... there's a blogpost here if you want to see the significance of the Aglaonema in this context' (the link closes an ordinary sentence after the emphasized 'Side note:'; 11.4 keeps it amb)"),
 R(E+"/p[33]/a", None, 1, "inline", amb=True, note="'I've put a whole post together about this if you want to have a read (here!).' (grow-lights / starter-kit post; a pointer in an ordinary sentence, 10.10)"),
 R(C2+"/div[3]", None, 2, "after", note="'Previous Post' / 'Next Post' links under the author box"),
]
ctas=[
 C("share", "I’ve been working on this post for a while as it’s a longer read + it took some time to collate my photos", "after", E+"/p[37]", amb=True, note="closing paragraph asking readers to share the post, pointing to the blogger's Instagram and to 'some pins to save/share too:' (10.1: an ask in the closing sentence of the text)"),
 C("share", "", "after", E+"/div[25]", amb=True, note="first Jetpack Pinterest pin embed under the closing 'pins to save/share' line (empty link, filled by Pinterest's script)"),
 C("share", "", "after", E+"/div[26]", amb=True, note="second Jetpack Pinterest pin embed under the closing line"),
 C("share", "Share this: Share on X (Opens in new window) X Share on Facebook (Opens in new window) Facebook", "after", E+"/div[27]/div[1]", note="sharedaddy 'Share this:' buttons (X, Facebook, Pinterest) in the Jetpack post flair"),
 C("share", "Like Loading…", "after", E+"/div[27]/div[2]", amb=True, note="Jetpack Like widget placeholder in the post flair (like for the page, 11.6; script-filled)"),
 C("comments", "2 responses to “A HPH guide to… Low light tolerant houseplants”", "after", "/html/body/div[1]/main/div[2]/div/div[2]/div/div", note="comments block: '2 responses to ...' (a comment and the author's reply) and the 'Leave a Reply' form (as x243)"),
 C("follow", "Instagram Pinterest", "outside", FT+"/div[1]/div/div/ul", note="footer 'Follow:' icons (Instagram, Pinterest) under the 'About:' blurb"),
 C("newsletter", "Subscribe: Enter your email address to follow this blog and receive notifications of new posts by email.", "outside", FT+"/div[2]", note="footer 'Subscribe:' column with the Jetpack e-mail form"),
 C("comments", "Loading Comments... Write a Comment... Email (Required) Name (Required) Website", "outside", "/html/body/div[4]", amb=True, note="hidden Jetpack carousel overlay (photo viewer) whose info panel holds a 'Write a Comment...' form (9.5: one CTA on the hidden root, kind from its form)"),
 C("newsletter", "Comment Reblog Subscribe Subscribed HOUSE PLANT HOUSE Join 534 other subscribers Sign me up", "outside", "/html/body/div[5]", amb=True, note="hidden WordPress.com action bar (display:none; Comment, Reblog, Subscribe with a 'Join 534 other subscribers / Sign me up' e-mail form, more menu); main ask the e-mail subscription (9.5)"),
]
ads=[]
