"""The Thamesbury Gazette's template (plain semantic markup)."""
from site_common import *
from common import Page, esc


# ---------------------------------------------------------------- The Thamesbury Gazette
GZ_CSS = """
img{max-width:100%;height:auto;display:block}
body{margin:0;font:17px/1.6 "Times New Roman",serif;color:#1a1a1a}
header.site{border-bottom:4px double #1a1a1a;text-align:center;padding:14px 0 0}
.masthead{font:bold 44px/1 "Times New Roman",serif;color:#1a1a1a;text-decoration:none}
.tagline{font:italic 14px Georgia,serif;margin:4px 0 8px}
nav.primary ul{list-style:none;margin:0;padding:8px 0;display:flex;justify-content:center;gap:22px;border-top:1px solid #ccc;font:bold 14px Arial,sans-serif}
nav.primary a{color:#1a1a1a;text-decoration:none}
.wrap{max-width:1040px;margin:0 auto;display:grid;grid-template-columns:minmax(0,1fr) 300px;gap:36px;padding:20px}
.crumbs ol{list-style:none;display:flex;gap:8px;padding:0;font:13px Arial,sans-serif;color:#666}
.crumbs li+li::before{content:"/";margin-right:8px}
h1{font-size:38px;line-height:1.15;margin:8px 0}
.standfirst{font-size:21px;color:#444}
.byline{font:13px Arial,sans-serif;color:#555;border-top:1px solid #ddd;border-bottom:1px solid #ddd;padding:6px 0}
.share{display:flex;gap:8px;font:13px Arial,sans-serif;margin:10px 0}
.share a{border:1px solid #999;border-radius:16px;padding:2px 10px;color:#333;text-decoration:none}
.newsletter-inline{background:#f3efe6;border-left:4px solid #8b0000;padding:12px 18px;margin:22px 0;font-family:Arial,sans-serif;font-size:15px}
.newsletter-inline .small{font-size:11px;color:#666}
.read-more{font-family:Arial,sans-serif;font-weight:bold}
.comments{border-top:3px solid #1a1a1a;margin-top:30px;font-family:Arial,sans-serif;font-size:15px}
.comment{border-bottom:1px solid #eee;padding:8px 0}
.comment-author{font-weight:bold;margin:0}.comment-time{color:#888;font-size:12px;margin:0}
aside.related h2,aside.most-read h2{font:bold 16px Arial,sans-serif;text-transform:uppercase;border-bottom:2px solid #8b0000}
aside.related ul,aside.most-read ol{padding-left:18px;font:15px Arial,sans-serif}
aside time{display:block;color:#888;font-size:12px}
.ad-mpu{background:#f4f4f4;color:#aaa;font:11px Arial,sans-serif;text-align:center;padding:110px 0}
.cookie-banner{position:fixed;inset:auto 0 0 0;background:#fff;border-top:2px solid #1a1a1a;padding:16px 24px;font:14px Arial,sans-serif;box-shadow:0 -4px 18px rgba(0,0,0,.15)}
footer.site{background:#1a1a1a;color:#bbb;font:13px Arial,sans-serif;padding:24px}
footer.site a{color:#eee}
footer.site ul{list-style:none;display:flex;flex-wrap:wrap;gap:16px;padding:0}
.tags a{font:12px Arial,sans-serif;background:#eee;padding:2px 8px;margin-right:6px;color:#333}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:6px 10px;text-align:left}
.teaser{border-bottom:1px solid #ddd;padding:12px 0}.teaser h3{margin:0;font-size:22px}
"""

GZ_NAV = ["News", "Sport", "What's On", "Business", "Opinion", "Property", "Jobs", "Announcements"]


def gz_head(p, meta, canonical=True):
    p.raw('<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
          '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
          '<title>%s</title>\n' % ("The Thamesbury Gazette: news, sport and what&rsquo;s on in Thamesbury" if meta["page_type"] == "listing" else esc(meta["title"]) + " | The Thamesbury Gazette"))
    if canonical:
        p.raw('<link rel="canonical" href="%s">\n' % meta["url"])
    p.raw('<meta name="description" content="%s">\n<meta property="og:title" content="%s">\n'
          '<meta property="og:url" content="%s">\n<meta name="robots" content="max-image-preview:large">\n'
          % (esc(meta.get("description", meta["title"])).replace('"', "&quot;"), esc(meta["title"]).replace('"', "&quot;"), meta["url"]))
    if meta["page_type"] == "article":
        p.raw('<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":%s,"datePublished":"%s","author":{"@type":"Person","name":"%s"},"publisher":{"@type":"Organization","name":"The Thamesbury Gazette"}}</script>\n'
              % (__import__("json").dumps(meta["title"]), meta["datetime"], meta["author"]))
    p.raw("<style>%s</style>\n</head>\n" % GZ_CSS)


def gz_top(p):
    p.raw('<body class="%s">\n' % "gazette")
    p.raw('<div class="cookie-banner" id="consent" role="dialog" aria-modal="false" aria-labelledby="consent-title">\n')
    p.add("boilerplate", "cookie", '<p id="consent-title"><strong>We value your privacy</strong></p>\n')
    p.add("boilerplate", "cookie", '<p>We and our partners use cookies and similar technologies to store and access information on your device, to show you relevant advertising and to measure how our site is used. You can change your choices at any time by visiting Cookie settings at the bottom of any page.</p>\n')
    p.add("boilerplate", "cookie", '<button type="button" data-consent="all">Accept all</button>\n')
    p.add("boilerplate", "cookie", '<button type="button" data-consent="none">Reject all</button>\n')
    p.add("boilerplate", "cookie", '<button type="button" data-consent="manage">Manage preferences</button>\n')
    p.raw('</div>\n<header class="site">\n')
    p.add("boilerplate", "navigation", '<a class="masthead" href="/">The Thamesbury Gazette</a>\n')
    p.add("boilerplate", "blurb", '<p class="tagline">Serving Thamesbury and the Wenn Valley since 1868</p>\n')
    p.raw('<nav class="primary" aria-label="Sections"><ul>\n')
    for n in GZ_NAV:
        p.add("boilerplate", "navigation", '<li><a href="/%s/">%s</a></li>\n' % (slug(n), esc(n)))
    p.raw("</ul></nav>\n</header>\n")


def gz_side(p, most_read):
    p.raw("<div class=\"side\">\n")
    p.add("boilerplate", "advertising", '<div class="ad-mpu" id="div-gpt-ad-mpu1">Advertisement</div>\n')
    p.raw('<aside class="most-read">\n')
    p.add("boilerplate", "related", "<h2>Most Read</h2>\n")
    p.raw("<ol>\n")
    for t in most_read:
        p.add("boilerplate", "related", '<li><a href="/news/%s/">%s</a></li>\n' % (slug(t), esc(t)))
    p.raw("</ol>\n</aside>\n</div>\n")


def gz_bottom(p):
    p.raw('<footer class="site">\n<nav aria-label="Footer"><ul>\n')
    for n in ["Contact us", "Advertise with us", "Terms and conditions", "Privacy notice", "Cookie settings", "Complaints", "Archive"]:
        p.add("boilerplate", "legal", '<li><a href="/%s/">%s</a></li>\n' % (slug(n), n))
    p.raw("</ul></nav>\n")
    p.add("boilerplate", "legal", "<p>&copy; 2025 Thamesbury Gazette Ltd. Registered in England and Wales No. 00314159. Registered office: 12 Bridge Street, Thamesbury TB1 4AA.</p>\n")
    p.add("boilerplate", "legal", "<p>This newspaper is regulated by the Independent Press Standards Organisation. If you have a complaint about our content, please see our complaints page.</p>\n")
    p.raw("</footer>\n")
    p.raw('<script>\ndocument.querySelectorAll("#consent button").forEach(function (b) {\n'
          '  b.addEventListener("click", function () {\n    localStorage.setItem("tg-consent", b.dataset.consent);\n'
          '    document.getElementById("consent").remove();\n  });\n});\n'
          'if (localStorage.getItem("tg-consent")) { document.getElementById("consent").remove(); }\n</script>\n'
          "</body>\n</html>\n")


GZ_ST = {"h2": "<h2>%s</h2>\n", "h3": "<h3>%s</h3>\n", "p": "<p>%s</p>\n", "ul": ("<ul>\n", "</ul>\n"),
         "li": "<li>%s</li>\n", "table": ("<table>\n", "</table>\n")}


def gz_newsletter():
    return ("chrome", "boilerplate", "subscribe",
            '<aside class="newsletter-inline" aria-label="Newsletter sign-up">\n<h3>Get the Gazette Daily Briefing</h3>\n'
            "<p>Sign up for free and get the day's top Thamesbury stories in your inbox every morning.</p>\n"
            '<form action="/newsletters/" method="post"><input type="email" name="email" placeholder="Email address"> <button type="submit">Sign up</button></form>\n'
            '<p class="small">By signing up you agree to our privacy notice. You can unsubscribe at any time.</p>\n</aside>\n')


def gz_readmore(t, sect="news"):
    return ("chrome", "boilerplate", "related",
            '<p class="read-more">Read more: <a href="/%s/%s/">%s</a></p>\n' % (sect, slug(t), esc(t)))


def gazette_article(meta, items, related, most_read, comments, canonical=True):
    p = Page()
    gz_head(p, meta, canonical)
    gz_top(p)
    p.raw('<div class="wrap">\n<main id="main">\n<article class="story">\n<nav class="crumbs" aria-label="Breadcrumb"><ol>\n')
    for c in ["Home"] + meta["crumbs"]:
        p.add("boilerplate", "navigation", '<li><a href="/%s">%s</a></li>\n' % ("" if c == "Home" else slug(c) + "/", esc(c)))
    p.raw("</ol></nav>\n")
    p.add("unscored", None, "<h1>%s</h1>\n" % esc(meta["title"]))
    if meta.get("standfirst"):
        p.add("content", None, '<p class="standfirst">%s</p>\n' % esc(meta["standfirst"]))
    p.add("boilerplate", "byline", '<div class="byline">By <a rel="author" href="/author/%s/">%s</a>, %s &middot; <time datetime="%s">%s</time></div>\n'
          % (slug(meta["author"]), meta["author"], meta["role"], meta["datetime"], meta["date"]))
    share = '<div class="share"><span>Share</span> <a href="#fb">Facebook</a> <a href="#x">X</a> <a href="#wa">WhatsApp</a> <a href="#mail">Email</a></div>\n'
    p.add("boilerplate", "share", share)
    p.raw("<figure>%s</figure>\n" % img(meta.get("alt", meta["title"]), "5b6b4a"))
    p.raw('<div class="article-body">\n')
    render_body(p, items, GZ_ST)
    p.raw("</div>\n")
    if meta.get("tags"):
        p.add("boilerplate", "navigation", '<div class="tags">Topics: %s</div>\n' % " ".join('<a href="/topic/%s/">%s</a>' % (slug(t), esc(t)) for t in meta["tags"]))
    p.add("boilerplate", "share", share.replace('class="share"', 'class="share share-bottom"'))
    p.raw('<section class="comments" id="comments">\n')
    p.add("boilerplate", "comment", "<h2>Comments (%d)</h2>\n" % len(comments))
    for who, when, text in comments:
        p.raw('<div class="comment">\n')
        p.add("boilerplate", "comment", '<p class="comment-author">%s</p>\n' % esc(who))
        p.add("boilerplate", "comment", '<p class="comment-time">%s</p>\n' % when)
        p.add("boilerplate", "comment", "<p>%s</p>\n" % esc(text))
        p.raw("</div>\n")
    p.add("boilerplate", "comment", '<p class="comment-note">Comments are moderated. Please read our community guidelines before posting. <a href="/login/">Log in</a> to join the conversation.</p>\n')
    p.raw("</section>\n")
    p.raw('<aside class="related">\n')
    p.add("boilerplate", "related", "<h2>Related</h2>\n")
    p.raw("<ul>\n")
    for t, d in related:
        p.add("boilerplate", "related", '<li><a href="/news/%s/">%s</a> <time>%s</time></li>\n' % (slug(t), esc(t), d))
    p.raw("</ul>\n</aside>\n</article>\n</main>\n")
    gz_side(p, most_read)
    p.raw("</div>\n")
    gz_bottom(p)
    return p
