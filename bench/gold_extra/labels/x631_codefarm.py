from _dsl import *
FILE="wcxb/html/0443.html.gz"
# CODE FARM (blog.codefarm.me, Jekyll/Asciidoctor) post 'Raw HTTP Message Logging for .NET HttpClient': header (site title,
# nav Home / Category / Tag / Archive / About / Résumé, banner quote); article header (h1, date); text in seven numbered
# sections with code listings, ending with 'Project Resources' (GitHub, NuGet) and a comparison table; an utterances
# comment script at the end of the content (the comment iframe is inserted in its place); footer (licence line, a
# collapsed 'Extral Links' details: Jekyll, Liquid, Asciidoctor, GitHub, RSS).
# Not labelled: nav, banner quote, 'Project Resources' list (body: the library's own repository and package), licence
# line. No ad slot, no related block.
related=[]
ctas=[
 C("comments", "", "after", "/html/body/main/article/div/script", amb=True, note="utterances comment widget script (GitHub-issue comments, iframe inserted where the script stands); no box of its own"),
 C("follow", "Extral Links Jekyll . Liquid . Asciidoctor . GitHub . RSS", "outside", "/html/body/footer/details", amb=True, note="footer collapsed 'Extral Links': author's GitHub and RSS feed beside tool credits (half-menu, 9.7)"),
]
ads=[]
