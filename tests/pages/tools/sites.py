import re
from common import Page, esc

WELCOME = [
    "Welcome to your ultimate source for breaking news, trending updates, and in-depth stories from around the world. Whether it's politics, technology, entertainment, sports, or lifestyle, we bring you real-time updates that keep you informed and ahead of the curve.",
    "Our team works tirelessly to ensure you never miss a moment. From the latest developments in global events to the most talked-about topics on social media, our news platform is designed to deliver accurate and timely information, all in one place.",
    "Stay in the know and join thousands of readers who trust us for reliable, up-to-date content. Explore our expertly curated articles and dive deeper into the stories that matter to you. Visit Best Website now and be part of the conversation. Don't miss out on the headlines that shape our world!",
]


def thanks(title):
    return [
        "Thank you for visiting our website, your trusted source for the latest updates and in-depth coverage on %s. We're committed to keeping you informed with timely and accurate information to meet your curiosity and needs." % title,
        "If you have any questions, suggestions, or feedback, we'd love to hear from you. Your insights are valuable to us and help us improve to serve you better. Feel free to reach out through our contact page.",
        "Don't forget to bookmark our website and check back regularly for the latest headlines and trending topics. See you next time, and thank you for being part of our growing community!",
    ]


def slug(t):
    return re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")


SVG = ("data:image/svg+xml;charset=utf-8,%3Csvg xmlns='http://www.w3.org/2000/svg' width='1200' height='630'%3E"
       "%3Crect width='1200' height='630' fill='%23{c}'/%3E%3C/svg%3E")


def img(alt, c="8a9bb0", cls=""):
    return '<img%s src="%s" width="1200" height="630" alt="%s">' % (
        ' class="%s"' % cls if cls else "", SVG.replace("{c}", c), esc(alt).replace('"', "&quot;"))


def bold_label(t):
    m = re.match(r"^([^:]{3,45}): (.*)$", t)
    if m:
        return "<strong>%s:</strong> %s" % (esc(m.group(1)), esc(m.group(2)))
    return esc(t)


def render_body(p, items, st):
    """st: dict of tag templates per site: h2, p, ul(open, close), li(open, close)."""
    for it in items:
        k = it[0]
        if k == "h2":
            p.add("content", None, st["h2"] % esc(it[1]))
        elif k == "h3":
            p.add("content", None, st["h3"] % esc(it[1]))
        elif k == "p":
            p.add("content", None, st["p"] % esc(it[1]))
        elif k == "p_html":
            p.add("content", None, st["p"] % it[1])
        elif k == "ul":
            p.raw(st["ul"][0])
            for li in it[1]:
                p.add("content", None, st["li"] % bold_label(li))
            p.raw(st["ul"][1])
        elif k == "table":
            p.raw(st["table"][0])
            for i, row in enumerate(it[1]):
                cell = "th" if i == 0 else "td"
                p.add("content", None, "<tr>" + "".join("<%s>%s</%s>" % (cell, esc(c), cell) for c in row) + "</tr>\n")
            p.raw(st["table"][1])
        elif k == "chrome":
            p.add(it[1], it[2], it[3])
        elif k == "raw":
            p.raw(it[1])
        else:
            raise ValueError(k)


# ---------------------------------------------------------------- Best News Daily
BN_CSS = """
img{max-width:100%;height:auto}
body{margin:0;font:16px/1.6 Georgia,serif;color:#222;background:#f4f4f4}
.site{max-width:1180px;margin:0 auto;background:#fff}
.site-header{background:#c0392b;color:#fff;padding:12px 24px}
.site-title a{color:#fff;font:bold 28px Arial,sans-serif;text-decoration:none}
.site-description{margin:0;font-size:13px;opacity:.85}
.main-navigation ul{list-style:none;margin:8px 0 0;padding:0;display:flex;gap:18px}
.main-navigation a{color:#fff;text-decoration:none;font:bold 14px Arial,sans-serif;text-transform:uppercase}
.site-content{display:flex;gap:32px;padding:24px}
.site-main{flex:1 1 720px;min-width:0}
.widget-area{flex:0 0 300px;font-family:Arial,sans-serif;font-size:14px}
.widget-title{border-bottom:3px solid #c0392b;font-size:16px;text-transform:uppercase}
.widget ul{list-style:none;padding:0}
.widget li{margin-bottom:12px}
.post-date{display:block;color:#888;font-size:12px}
.entry-title{font:bold 34px/1.2 Arial,sans-serif}
.entry-meta,.breadcrumbs{color:#777;font:13px Arial,sans-serif}
.entry-content img{max-width:100%;height:auto}
.ez-toc-container{border:1px solid #ddd;background:#fafafa;padding:8px 14px;display:inline-block}
.ez-toc-title{font-weight:bold;margin:0}
.ad-slot{background:#eee;color:#999;text-align:center;font:11px Arial,sans-serif;padding:50px 0;margin:20px 0}
.sharedaddy ul{list-style:none;display:flex;gap:10px;padding:0}
.sharedaddy a{display:inline-block;padding:4px 10px;background:#333;color:#fff;border-radius:3px;text-decoration:none}
.cookie-notice{position:fixed;bottom:0;left:0;right:0;background:#222;color:#eee;padding:14px 24px;font:14px Arial,sans-serif;z-index:99}
.cookie-notice button{margin-left:10px}
.site-footer{background:#222;color:#aaa;padding:24px;font:13px Arial,sans-serif}
.site-footer a{color:#ddd}
.footer-navigation ul{list-style:none;display:flex;gap:16px;padding:0}
.screen-reader-text{position:absolute;left:-9999px}
.post-list article{border-bottom:1px solid #eee;padding:14px 0}
.post-list .entry-title{font-size:22px;margin:0}
"""

BN_NAV = ["Home", "World", "Politics", "Technology", "Entertainment", "Sports", "Lifestyle", "Contact"]


def bn_head(p, meta, canonical=True):
    p.raw('<!DOCTYPE html>\n<html lang="en-US">\n<head>\n<meta charset="utf-8">\n'
          '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
          '<title>%s</title>\n' % ("Best News Daily &ndash; Breaking news, trending updates and in-depth stories" if meta["page_type"] == "listing" else esc(meta["title"]) + " &ndash; Best News Daily"))
    if canonical:
        p.raw('<link rel="canonical" href="%s">\n' % meta["url"])
    p.raw('<meta name="description" content="%s">\n<meta property="og:type" content="%s">\n'
          '<meta property="og:title" content="%s">\n<meta name="generator" content="WordPress 6.5.3">\n'
          '<style id="theme-inline-css">%s</style>\n'
          '<script>window.dataLayer = window.dataLayer || [];\nfunction gtag(){dataLayer.push(arguments);}\n'
          'gtag("consent", "default", {"ad_storage": "denied", "analytics_storage": "denied"});</script>\n'
          '</head>\n' % (esc(meta.get("description", meta["title"])).replace('"', "&quot;"),
                         "article" if meta["page_type"] == "article" else "website",
                         esc(meta["title"]).replace('"', "&quot;"), BN_CSS))


def bn_top(p, body_class):
    p.raw('<body class="%s">\n<div id="page" class="site">\n' % body_class)
    p.add("boilerplate", "navigation", '<a class="skip-link screen-reader-text" href="#primary">Skip to content</a>\n')
    p.raw('<header id="masthead" class="site-header">\n<div class="site-branding">\n')
    p.add("boilerplate", "navigation", '<p class="site-title"><a href="/" rel="home">Best News Daily</a></p>\n')
    p.add("boilerplate", "blurb", '<p class="site-description">Breaking news, trending updates and in-depth stories</p>\n')
    p.raw('</div>\n<nav id="site-navigation" class="main-navigation" aria-label="Primary">\n<ul id="primary-menu" class="menu">\n')
    for n in BN_NAV:
        p.add("boilerplate", "navigation", '<li class="menu-item"><a href="%s">%s</a></li>\n' % ("/" if n == "Home" else "/" + slug(n) + "/", n))
    p.raw('</ul>\n</nav>\n</header>\n')
    p.raw('<div id="cookie-notice" class="cookie-notice" role="dialog" aria-label="Cookie consent">\n')
    p.add("boilerplate", "cookie", '<p>We use cookies to personalise content and ads, to provide social media features and to analyse our traffic. By clicking &ldquo;Accept&rdquo; you consent to the use of all cookies. <a href="/privacy-policy/">Read more</a></p>\n')
    p.add("boilerplate", "cookie", '<button type="button" id="cn-accept">Accept</button>\n')
    p.add("boilerplate", "cookie", '<button type="button" id="cn-settings">Cookie settings</button>\n')
    p.raw('</div>\n<div id="content" class="site-content">\n')


def bn_sidebar(p, lists):
    p.raw('<aside id="secondary" class="widget-area" aria-label="Sidebar">\n')
    for head, items in lists:
        p.raw('<section class="widget widget_recent_entries">\n')
        p.add("boilerplate", "related", '<h2 class="widget-title">%s</h2>\n' % head)
        p.raw("<ul>\n")
        for t, d in items:
            p.add("boilerplate", "related", '<li><a href="/%s/">%s</a> <span class="post-date">%s</span></li>\n' % (slug(t), esc(t), d))
        p.raw("</ul>\n</section>\n")
    p.raw('<section class="widget widget_newsletter">\n')
    p.add("boilerplate", "subscribe", '<h2 class="widget-title">Newsletter</h2>\n')
    p.add("boilerplate", "subscribe", "<p>Get the day's top stories delivered to your inbox every morning. No spam, ever.</p>\n")
    p.raw('<form action="/subscribe/" method="post"><input type="email" name="email" placeholder="Your email address">\n')
    p.add("boilerplate", "subscribe", '<button type="submit">Subscribe</button>\n')
    p.raw("</form>\n</section>\n")
    p.raw('<section class="widget widget_text">\n')
    p.add("boilerplate", "blurb", '<h2 class="widget-title">About Us</h2>\n')
    p.add("boilerplate", "blurb", "<p>Best News Daily brings you the stories everyone is talking about, updated around the clock by our dedicated team of writers.</p>\n")
    p.raw("</section>\n</aside>\n")


def bn_bottom(p):
    p.raw('</div><!-- #content -->\n<footer id="colophon" class="site-footer">\n<nav class="footer-navigation" aria-label="Footer">\n<ul>\n')
    for n in ["About Us", "Contact Us", "Privacy Policy", "Terms of Use", "DMCA", "Sitemap"]:
        p.add("boilerplate", "legal", '<li><a href="/%s/">%s</a></li>\n' % (slug(n), n))
    p.raw("</ul>\n</nav>\n")
    p.add("boilerplate", "legal", '<div class="site-info">&copy; 2025 Best News Daily. All rights reserved. Content on this site is for information only.</div>\n')
    p.raw("</footer>\n</div><!-- #page -->\n")
    p.add("hidden", None, '<div id="adblock-notice" style="display:none">It looks like you are using an ad blocker. Please support our journalism by whitelisting Best News Daily.</div>\n')
    p.add("hidden", None, '<a href="#page" id="back-to-top" class="back-to-top" hidden>Back to top</a>\n')
    p.raw('<script>\n(function () {\n  var n = document.getElementById("cookie-notice");\n'
          '  if (document.cookie.indexOf("cn_accepted=1") !== -1) { n.style.display = "none"; }\n'
          '  document.getElementById("cn-accept").addEventListener("click", function () {\n'
          '    document.cookie = "cn_accepted=1; path=/; max-age=31536000"; n.style.display = "none";\n  });\n})();\n'
          "</script>\n</body>\n</html>\n")


BN_ST = {"h2": '<h2 class="wp-block-heading">%s</h2>\n', "h3": '<h3 class="wp-block-heading">%s</h3>\n',
         "p": "<p>%s</p>\n", "ul": ('<ul class="wp-block-list">\n', "</ul>\n"), "li": "<li>%s</li>\n",
         "table": ('<figure class="wp-block-table"><table>\n', "</table></figure>\n")}


def bestnews_article(meta, items, lists, in_body_headline):
    p = Page()
    bn_head(p, meta)
    bn_top(p, "post-template-default single single-post postid-%d single-format-standard" % meta["postid"])
    p.raw('<main id="primary" class="site-main">\n<article id="post-%d" class="post-%d post type-post status-publish format-standard has-post-thumbnail hentry category-%s">\n'
          % (meta["postid"], meta["postid"], slug(meta["category"])))
    p.raw('<header class="entry-header">\n')
    p.add("boilerplate", "navigation", '<nav class="breadcrumbs" aria-label="Breadcrumbs"><span><a href="/">Home</a></span> &raquo; <span><a href="/%s/">%s</a></span></nav>\n'
          % (slug(meta["category"]), meta["category"]))
    p.add("unscored", None, '<h1 class="entry-title">%s</h1>\n' % esc(meta["title"]))
    p.add("boilerplate", "byline", '<div class="entry-meta"><span class="posted-on">Posted on <time class="entry-date published" datetime="%s">%s</time></span> <span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/newsdesk/">Newsdesk</a></span></span></div>\n'
          % (meta["datetime"], meta["date"]))
    p.raw('</header>\n<div class="post-thumbnail">%s</div>\n<div class="entry-content">\n' % img(meta["title"]))
    for w in WELCOME:
        p.add("boilerplate", "blurb", '<p class="bnd-intro">%s</p>\n' % esc(w))
    p.raw('<div id="ez-toc-container" class="ez-toc-container">\n')
    p.add("boilerplate", "navigation", '<p class="ez-toc-title">Table of Contents</p>\n')
    p.raw('<span class="ez-toc-toggle" aria-label="Toggle Table of Content"></span>\n</div>\n')
    p.add("unscored", None, '<h2 class="wp-block-heading">%s</h2>\n' % esc(in_body_headline))
    render_body(p, items, BN_ST)
    for w in thanks(meta["title"]):
        p.add("boilerplate", "blurb", '<p class="bnd-outro">%s</p>\n' % esc(w))
    p.raw("</div><!-- .entry-content -->\n<footer class=\"entry-footer\">\n")
    p.add("boilerplate", "navigation", '<div class="cat-links">Posted in <a href="/%s/" rel="category tag">%s</a></div>\n' % (slug(meta["category"]), meta["category"]))
    p.add("boilerplate", "navigation", '<div class="tags-links">Tagged %s</div>\n'
          % ", ".join('<a href="/tag/%s/" rel="tag">%s</a>' % (slug(t), t) for t in meta["tags"]))
    p.raw('</footer>\n<div class="sharedaddy sd-sharing-enabled">\n')
    p.add("boilerplate", "share", '<h3 class="sd-title">Share this:</h3>\n')
    p.raw("<ul>\n")
    for s in ["Facebook", "X", "WhatsApp", "Email"]:
        p.add("boilerplate", "share", '<li><a href="#share-%s" class="share-%s">%s</a></li>\n' % (slug(s), slug(s), s))
    p.raw("</ul>\n</div>\n</article>\n")
    p.raw('<nav class="navigation post-navigation" aria-label="Posts">\n')
    p.add("boilerplate", "related", '<div class="nav-previous"><a href="/%s/" rel="prev"><span class="meta-nav">Previous post:</span> %s</a></div>\n' % (slug(meta["prev"]), esc(meta["prev"])))
    p.add("boilerplate", "related", '<div class="nav-next"><a href="/%s/" rel="next"><span class="meta-nav">Next post:</span> %s</a></div>\n' % (slug(meta["next"]), esc(meta["next"])))
    p.raw("</nav>\n</main>\n")
    bn_sidebar(p, lists)
    bn_bottom(p)
    return p


def bestnews_listing(meta, entries, lists):
    p = Page()
    bn_head(p, meta)
    bn_top(p, "home blog")
    p.raw('<main id="primary" class="site-main">\n')
    p.raw('<section class="home-intro">\n')
    for w in WELCOME:
        p.add("boilerplate", "blurb", "<p>%s</p>\n" % esc(w))
    p.raw('</section>\n')
    p.add("boilerplate", "navigation", '<h1 class="page-title screen-reader-text">Latest Posts</h1>\n')
    p.add("boilerplate", "navigation", '<h2 class="section-title">Latest Posts</h2>\n')
    p.raw('<div class="post-list">\n')
    for i, (t, d, teaser) in enumerate(entries):
        p.raw('<article class="post type-post status-publish format-standard hentry">\n')
        p.add("listing", None, '<h2 class="entry-title"><a href="/%s/" rel="bookmark">%s</a></h2>\n' % (slug(t), esc(t)))
        p.add("listing", None, '<div class="entry-meta"><time class="entry-date published">%s</time></div>\n' % d)
        p.add("listing", None, '<div class="entry-summary"><p>%s</p></div>\n' % esc(teaser))
        p.add("listing", None, '<a class="more-link" href="/%s/">Read More &raquo;</a>\n' % slug(t))
        p.raw("</article>\n")
        if i == 3:
            p.add("boilerplate", "advertising", '<div class="ad-slot" data-ad-slot="home-infeed-1"><span>Advertisement</span></div>\n')
    p.raw("</div>\n")
    p.raw('<nav class="navigation pagination" aria-label="Posts pagination">\n')
    p.add("boilerplate", "navigation", '<div class="nav-links"><span aria-current="page" class="page-numbers current">1</span> <a class="page-numbers" href="/page/2/">2</a> <a class="page-numbers" href="/page/3/">3</a> <a class="next page-numbers" href="/page/2/">Next &raquo;</a></div>\n')
    p.raw("</nav>\n</main>\n")
    bn_sidebar(p, lists)
    bn_bottom(p)
    return p


# ---------------------------------------------------------------- Metro Wire (div soup)
MW_CSS = """
img{max-width:100%;height:auto}
*{box-sizing:border-box}body{margin:0;font-family:Helvetica,Arial,sans-serif;color:#111}
.css-1x9k2{max-width:1100px;margin:0 auto}
.css-q7f3a{display:flex;align-items:center;justify-content:space-between;padding:10px 16px;background:#0b1f3a}
.css-2kd9x{color:#ffd400;font-weight:900;font-size:26px;letter-spacing:2px;text-decoration:none}
.css-7hd0q a{color:#fff;margin-left:14px;text-decoration:none;font-size:14px}
.css-0b1nq{display:grid;grid-template-columns:1fr 300px;gap:28px;padding:20px 16px}
.css-t4k2x{font-size:32px;font-weight:800;line-height:1.15;margin:6px 0 10px}
.css-m3l0p{color:#666;font-size:13px}
.css-c7yq1 img{width:100%;height:auto}
.css-k2n8v{font-size:12px;color:#777}
.css-1r8e0{margin:14px 0;color:#333;font-size:15px;line-height:1.55}
.css-p9w1e{margin:14px 0;font-size:17px;line-height:1.65;font-family:Georgia,serif}
.css-h2x0q{font-size:22px;font-weight:700;margin:26px 0 8px}
.css-li3k{margin:6px 0 6px 22px;font-size:17px;line-height:1.6;font-family:Georgia,serif}
.css-li3k::before{content:"\\2022";margin-left:-16px;margin-right:8px}
.css-z0t9c{display:inline-block;background:#eef1f6;padding:2px 8px;font-size:12px;border-radius:3px}
.css-9aa1m{font-weight:700;margin:8px 0}
.css-r4n7d a{display:block;color:#0b1f3a;font-weight:700;text-decoration:none;margin:10px 0}
.css-r4n7d span{display:block;color:#888;font-size:12px;font-weight:400}
.css-w8e2t{position:fixed;bottom:16px;right:16px;width:320px;background:#fff;border:1px solid #ccc;box-shadow:0 4px 20px rgba(0,0,0,.2);padding:14px;font-size:14px}
.css-x1c0s{position:absolute;top:6px;right:10px;cursor:pointer;color:#999}
.css-f00t3{background:#0b1f3a;color:#c9d3e3;padding:20px 16px;font-size:12px}
.css-f00t3 a{color:#fff;margin-right:12px}
.css-a7d1q{background:#f2f2f2;color:#aaa;text-align:center;font-size:10px;padding:100px 0;margin:12px 0}
.css-g5h6j{display:flex;gap:8px;margin:12px 0}
.css-g5h6j div{background:#0b1f3a;color:#fff;padding:4px 10px;border-radius:14px;font-size:12px}
.css-card{border-bottom:1px solid #e5e5e5;padding:12px 0}
"""

MW_NAV = ["News", "UK", "World", "Money", "Tech", "Sport", "Life", "Video"]


def mw_head(p, meta):
    p.raw('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
          '<meta name="viewport" content="width=device-width,initial-scale=1">\n'
          '<title>%s</title>\n<meta name="description" content="%s">\n'
          '<meta property="og:site_name" content="Metro Wire">\n<style data-emotion="css">%s</style>\n'
          '<script>self.__next_f=self.__next_f||[];self.__next_f.push([0,"mw"]);</script>\n</head>\n'
          % ("Metro Wire: news, money, tech and sport" if meta["page_type"] == "listing" else esc(meta["title"]) + " | Metro Wire",
             esc(meta.get("description", meta["title"])).replace('"', "&quot;"), MW_CSS))


def mw_top(p):
    p.raw('<body>\n<div id="__next"><div class="css-1x9k2">\n<div class="css-q7f3a">\n')
    p.add("boilerplate", "navigation", '<div class="css-8fj2k"><a href="/" class="css-2kd9x">METRO WIRE</a></div>\n')
    p.add("boilerplate", "navigation", '<div class="css-7hd0q">\n%s\n</div>\n' % "\n".join('<a href="/%s">%s</a>' % (n.lower(), n) for n in MW_NAV))
    p.raw("</div>\n")
    p.add("boilerplate", "advertising", '<div class="css-a7d1q" data-slot="leaderboard"><span>ADVERTISEMENT</span></div>\n')


def mw_rail(p, trending):
    p.raw('<div class="css-r4n7d">\n')
    p.add("boilerplate", "related", '<div class="css-9aa1m">Trending now</div>\n')
    for t, d in trending:
        p.add("boilerplate", "related", '<div class="css-5t1rq"><a href="/news/%s">%s <span>%s</span></a></div>\n' % (slug(t), esc(t), d))
    p.raw("</div>\n")
    p.add("boilerplate", "advertising", '<div class="css-a7d1q" data-slot="mpu-1"><span>ADVERTISEMENT</span></div>\n')


def mw_bottom(p, popup=True):
    p.raw('<div class="css-f00t3">\n')
    p.add("boilerplate", "legal", '<div class="css-6y2bd">%s</div>\n' % " ".join(
        '<a href="/%s">%s</a>' % (slug(n), n) for n in ["About", "Contact", "Privacy", "Cookie Policy", "Terms", "Advertise"]))
    p.add("boilerplate", "legal", '<div class="css-3k1wp">&copy; 2025 Metro Wire Media Ltd. All rights reserved. Reproduction without permission is prohibited.</div>\n')
    p.raw("</div>\n</div></div>\n")
    if popup:
        p.raw('<div class="css-w8e2t" id="mw-popup">\n')
        p.add("boilerplate", "other", '<div class="css-x1c0s" role="button" onclick="this.parentNode.remove()">close</div>\n')
        p.add("boilerplate", "subscribe", "<div class=\"css-9aa1m\">Never miss a story</div>\n")
        p.add("boilerplate", "subscribe", '<div class="css-1r8e0">Turn on notifications and get breaking news from Metro Wire the moment it happens.</div>\n')
        p.add("boilerplate", "subscribe", '<div class="css-z0t9c" role="button">Allow notifications</div>\n')
        p.raw("</div>\n")
    p.add("hidden", None, '<div class="css-h1d3n" style="display:none" aria-hidden="true">We noticed you are using an ad blocker. Metro Wire is free because of ads.</div>\n')
    p.raw('<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"section":"news"}},"page":"/[...slug]","buildId":"mw-7f3c1"}</script>\n'
          "</body>\n</html>\n")


MW_ST = {"h2": '<div class="css-h2x0q">%s</div>\n', "h3": '<div class="css-h2x0q">%s</div>\n',
         "p": '<div class="css-p9w1e">%s</div>\n', "ul": ('<div class="css-ul3">\n', "</div>\n"),
         "li": '<div class="css-li3k">%s</div>\n', "table": ("<div><table>\n", "</table></div>\n")}


def metro_article(meta, items, trending, title_repeats=True, farm=True):
    p = Page()
    mw_head(p, meta)
    mw_top(p)
    p.raw('<div class="css-0b1nq">\n<div class="css-b2v8n">\n')
    p.add("boilerplate", "navigation", '<div class="css-z0t9c"><a href="/%s">%s</a></div>\n' % (slug(meta["category"]), meta["category"]))
    p.add("unscored", None, '<div class="css-t4k2x">%s</div>\n' % esc(meta["title"]))
    p.add("boilerplate", "byline", '<div class="css-m3l0p"><span>%s</span> <span>Post on %s</span></div>\n' % (meta["readtime"], meta["date"]))
    p.raw('<div class="css-c7yq1">%s\n' % img(meta["title"], "3a4f6b"))
    if title_repeats:
        p.add("unscored", None, '<div class="css-k2n8v">%s</div>\n' % esc(meta["title"]))
    p.raw("</div>\n")
    if title_repeats:
        p.add("unscored", None, '<div class="css-k2n8v">%s</div>\n' % esc(meta["title"]))
    if farm:
        for w in WELCOME:
            p.add("boilerplate", "blurb", '<div class="css-1r8e0">%s</div>\n' % esc(w))
        p.add("boilerplate", "other", '<div class="css-z0t9c">Article with TOC</div>\n')
        p.add("boilerplate", "navigation", '<div class="css-9aa1m">Table of Contents</div>\n')
    if meta.get("in_body_headline"):
        p.add("unscored", None, '<div class="css-h2x0q">%s</div>\n' % esc(meta["in_body_headline"]))
    render_body(p, items, MW_ST)
    if title_repeats:
        p.add("unscored", None, '<div class="css-9aa1m"><a href="#">%s</a></div>\n' % esc(meta["title"]))
        p.add("unscored", None, '<div class="css-k2n8v">%s</div>\n' % esc(meta["title"]))
    if farm:
        for w in thanks(meta["title"]):
            p.add("boilerplate", "blurb", '<div class="css-1r8e0">%s</div>\n' % esc(w))
    p.add("boilerplate", "share", '<div class="css-g5h6j"><div>Share</div><div>Facebook</div><div>X</div><div>Copy link</div></div>\n')
    p.raw("</div>\n")
    mw_rail(p, trending)
    p.raw("</div>\n")
    mw_bottom(p)
    return p


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
