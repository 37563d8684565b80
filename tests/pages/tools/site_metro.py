"""Metro Wire's template (div soup with generated class names)."""
from site_common import *
from common import Page, esc


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
