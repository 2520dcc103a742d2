from _dsl import *
FILE="wcxb/html/0285.html.gz"
# S&P Global Market Intelligence Marketo landing page '2025 Top P&C Insurance Company Performance Rankings': black top bar
# (S&P Global divisions drop-down, "Discover more about S&P Global's offerings"); many template sections hidden by the
# page's own CSS or inline display:none (hero banners, carousel, 'Register' form section, Lorem-ipsum typography, speaker
# cards, footer banner, editable blocks); visible text section (h3, red 'If you are a client, you can access the full
# article, rankings, and template on S&P Capital IQ Pro.' line, intro paragraph, Infogram rankings iframe); form section
# (left: 'Discover Unique Insights … S&P Capital IQ Pro.' pitch paragraph, kept as body by wcxb; right: 'Request a Demo'
# heading with Marketo demo-request form: name, company, phone, job, comments fields); black footer (legal links,
# copyright and address, social icons). No related content, no ads.
# Not labelled: divisions drop-down, the hidden template sections (placeholder Lorem ipsum, never shown), the Infogram
# embed (the rankings: body), the pitch paragraph beside the form (body in the wcxb ground truth), legal links.
FS="/html/body/div/main/div[11]/div/div/section/div/div"
related=[]
ctas=[
 C("read_more", "If you are a client, you can access the full article, rankings, and template on S&P Capital IQ Pro.", "before", "/html/body/div/main/div[6]/div/div/section/div/div/div/p[1]", amb=True, note="red line under the heading pointing clients to the full article, rankings and template on Capital IQ Pro ('full coverage at…' line; kept as body by wcxb)"),
 C("other", "Request a Demo", "outside|after", FS+"/div[2]", note="(kind other by convention 10.7, was contact) right column beside the last body paragraph: 'Request a Demo' heading and Marketo demo-request form (name, company, phone, job function, comments; the reader asks sales to contact them: convention 9.6, though 'demo' funnels are often `other`)"),
 C("follow", "", "outside", "/html/body/div/main/div[21]/div/div/section/div/div[2]/div[2]", note="footer social icons (Twitter, Facebook, Instagram, LinkedIn, YouTube)"),
]
ads=[]
