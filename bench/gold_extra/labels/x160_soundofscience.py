from _dsl import *
FILE="trafilatura-eval/html/soundofscience.fr.1927.html.gz"
# WordPress (ThemeGrill Freedom) science-policy blog post: intro + the collective's letter, image credit. Entry meta
# with a '0 Comment' link, an empty two-click share container at the top of the entry, previous-post link, comment
# form. Sidebar: 'S'abonner' feeds, 'Sur le même thème' related gallery, Spotify playlist image, two Twitter
# timelines (blog, author). No ad slots.
# Not labelled: header menu (À propos, privacy), category/tag links, in-text links (incl. '#lettre' anchor), the
# image-credit line, Akismet notice, footer credits.
A_="/html/body/div/div/div/div[1]/div"
AR=A_+"/article"
SB="/html/body/div/div/div/div[2]"
related=[
 R(A_+"/ul", None, 1, "after", note="previous-post link '← [Exclusif] Le montage du CNRS…' (next empty)"),
 R(SB+"/aside[2]", "Sur le même thème", 3, "outside", note="Related Posts by Taxonomy gallery in the sidebar"),
]
ctas=[
 C("comments", "0 Comment", "before", AR+"/div[1]/span[6]", amb=True, note="comment-count link in the entry meta"),
 C("share", "", "before", AR+"/div[2]/div[1]", amb=True, note="empty twoclick_social_bookmarks container (script-filled share buttons) at the top of the entry"),
 C("comments", "Laisser un commentaire Annuler la réponse", "after", A_+"/div", note="comment form"),
 C("follow", "S’abonner Flux RSS des billets Flux ATOM des billets", "outside", SB+"/aside[1]", amb=True, note="sidebar feed links"),
 C("follow", "The sound of The sound of science", "outside", SB+"/aside[3]", amb=True, note="sidebar image linking to the blog's Spotify playlist profile"),
 C("follow", "Twitter du blog The Sound of Science @SoundofScFr", "outside", SB+"/aside[4]", note="embedded Twitter timeline of the blog"),
 C("follow", "Twitter Perso Martin Clavey @mart1oeil", "outside", SB+"/aside[5]", note="embedded Twitter timeline of the author"),
]
ads=[]
