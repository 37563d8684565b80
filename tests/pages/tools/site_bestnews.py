"""Best News Daily's template (WordPress-like markup)."""
from site_common import *
from common import Page, esc


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
