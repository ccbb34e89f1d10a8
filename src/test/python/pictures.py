"""The pictures in a display's HTML. JupyterLab's sanitizer drops inline <svg> from untrusted
notebooks, so Loomlab's HTML carries each SVG as an <img> with a data: URL; these helpers read
the SVGs back out, so a test can check both that the picture survives and what it shows."""
import base64
import re

DATA_URL = re.compile(r'<img\b[^>]*\bsrc="data:image/svg\+xml;base64,([^"]+)"')


def svg_images(html):
    """The SVGs drawn as images in html, decoded, in order."""
    return [base64.b64decode(b).decode("utf-8") for b in DATA_URL.findall(html)]


def assert_pictures_survive(test, html, count=None):
    """No inline SVG (the sanitizer would strip it), and count data: URL images; returns their SVGs."""
    test.assertNotIn("<svg", html, "inline SVG is stripped from untrusted notebooks")
    svgs = svg_images(html)
    if count is None:
        test.assertTrue(svgs, "the HTML shows a picture as an <img> with a data: URL")
    else:
        test.assertEqual(len(svgs), count)
    for svg in svgs:
        test.assertTrue(svg.startswith("<svg "), svg[:80])
    return svgs
