from _dsl import *
FILE="wcxb/html/0449.html.gz"
# Kyle Howells Blog (personal static blog; no script, no footer, no sidebar) post 'Porting an HTML5 Parser to Swift':
# header (site name 'Kyle Howells', nav About / Portfolio / Blog); article header (h1, subtitle, eight tag links, posted /
# modified dates, author, reading time); body (h1 repeat, intro with in-sentence links to justhtml, the html5lib tests,
# Emil's and Simon's posts; sections The Agentic Feedback Loop, Racing to 100%, Performance Reality Check, The Fuzzer
# Finds a Bug, The Performance Hunt, Merging and Polish, The Final Result, How Do Other Swift Libraries Compare?, What I
# Learned, code blocks and tables; closing one-line paragraph 'Which is basically the same conclusion Emil reached.'
# linking to Emil's post; a closing 'Links' h2 over a list of six links: two GitHub repos of the author's port and of
# the Python original, the port's DocC documentation, the JavaScript port, Emil's and Simon's blog posts).
# No CTA and no ad slot on the page (no share, follow, comment, newsletter or ad markup; nothing in scripts).
# Not labelled: nav, tag links (tag list), dates/author line, in-sentence citation links of the text (p[1], p[2], p[4],
# p[6], p[8], the blockquote's spec link), tables and code blocks.
B="/html/body/main/article/div"
related=[
 R(B+"/p[75]", None, 1, "inline", amb=True, note="'Which is basically the same conclusion Emil reached.' alone in its paragraph before 'Links', linking to Emil's blog post: an ordinary sentence of the text (11.4: amb), a citation more than a pointer"),
 R(B+"/ul[5]", "Links", 6, "after", amb=True, note="closing 'Links' section (h2 'Links' + list, 9.1: the list titled by the heading): GitHub swift-justhtml, DocC documentation, GitHub original justhtml (Python), GitHub justjshtml (JavaScript), Emil's blog post on building justhtml, Simon's blog post on porting to JavaScript; the author's own resource list at the end of the text (wcxb keeps it as text), only two items are articles"),
]
ctas=[]
ads=[]
