from _dsl import *
FILE="trafilatura-eval/html/kulinariaathome.com.mandelplätzchen.html.gz"
# kulinaria@home (WordPress.com blog, The Skeptical theme) recipe post 'Mandelplätzchen'. Header: title + one-link nav.
# Post: meta column (date, categories, 'Hinterlasse einen Kommentar'), title, image, recipe text, WordPress.com ad
# ('About these ads'), Jetpack 'Gefällt mir' like button; previous/next post links; comment form. Sidebar: search,
# categories, archive, Creative Commons note, disclaimer. Footer credits.
# Not labelled: nav, categories/archive lists, licence and disclaimer widgets, footer credits, the hidden likes
# master iframe and the 'Bloggern gefällt das' avatar popover (part of the like widget machinery).
M="/html/body/div[1]/div[2]/div[1]"
related=[
 R(M+"/div[2]", None, 2, "after", note="'« Vorheriger Beitrag / Nächster Beitrag »' post navigation"),
]
ctas=[
 C("comments", "Hinterlasse einen Kommentar", "before", M+"/div[1]/div[1]/ul/li[2]", amb=True, note="'Hinterlasse einen Kommentar' link in the post meta column (comment-count slot)"),
 C("share", "Gefällt mir: Gefällt mir Lade...", "after", M+"/div[1]/div[2]/div/div[2]", note="Jetpack 'Gefällt mir' like button below the recipe"),
 C("comments", "Kommentar verfassen", "after", M+"/div[3]", note="'Kommentar verfassen' comment form (with e-mail follow-up checkboxes)"),
]
ads=[
 A(M+"/div[1]/div[2]/div/div[1]", "after", "WordPress.com ad slot 'About these ads' after the last recipe paragraph"),
]
