from _dsl import *
FILE="trafilatura-eval/html/archive.org.steinzeitwissen.de.werkzeuge.html.gz"
# steinzeitwissen.de ('Steinzeit & Co', WordPress Ari theme, Wayback Machine capture without the archive toolbar) page
# 'Werkzeuge des Neandertalers und des Modernen Menschen': left sidebar with logo and the 'Inhaltsverzeichnis' page menu,
# content (title, text with h3 sections, captioned images, footnotes), empty #comments-content, right sidebar with
# search and a 'Themen' page menu (20 topic/article pages), one-line footer credits.
# Nothing to label: no ads or ad configuration, no share/follow/newsletter/comment widgets (comments closed, the
# container is empty with no script), no related-content block. Not labelled: both sidebar page menus (WordPress
# nav_menu widgets, incl. 'Kontakt + Impressum' and the 'Themen' list of topic pages), search, footnotes (body),
# footer credits.
related=[]
ctas=[]
ads=[]
