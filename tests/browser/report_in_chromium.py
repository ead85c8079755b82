#!/usr/bin/env python3
"""Renders aspectdiff's HTML report in headless Chromium and checks it from the DOM.

The browser is driven over the DevTools protocol on a pipe (--remote-debugging-pipe), so the
check needs nothing but Python's standard library and Debian's chromium. It checks that:
  * every comparison has one panel per aspect that ran, each with a chart, a list or a table;
  * the page logged no console errors, threw nothing, and made no network request;
  * a real mouse click on a difference highlights exactly its evidence sentences in both texts;
  * the ranking table opens the other comparison and sorts;
  * text from a hostile document (<script>, quotes, right-to-left and combining characters)
    appears as text and runs nothing;
  * at a phone's width nothing overflows sideways.
It saves a screenshot of the first comparison (--screenshot).

Exit codes: 0 passed, 1 failed, 77 skipped (no Chromium on this machine).
"""
import argparse
import base64
import fcntl
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                  "--disable-background-networking", "--hide-scrollbars", "--mute-audio",
                  "--disable-extensions", "--disable-sync", "--remote-debugging-pipe"]
SKIP = 77


class Failure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)
    print("ok   " + message)


class Browser:
    """One headless Chromium and one page, spoken to over the DevTools pipe."""

    def __init__(self, executable, profile):
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()
        # The browser reads commands on fd 3 and writes replies on fd 4. Its ends of the pipes
        # move to fds 5 and up first, so that the shell's redirections cannot overwrite one with
        # the other (and stay single digits, all that a POSIX shell's redirections accept).
        to_browser_r = self._move_high(to_browser_r)
        from_browser_w = self._move_high(from_browser_w)
        command = ["/bin/sh", "-c", 'exec "$0" "$@" 3<&%d 4>&%d' % (to_browser_r, from_browser_w),
                   executable, "--user-data-dir=" + profile] + CHROMIUM_FLAGS
        self._process = subprocess.Popen(command, pass_fds=(to_browser_r, from_browser_w),
                                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._buffer = b""
        self._next_id = 0
        self.events = []
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        self._session = self.send("Target.attachToTarget",
                                  {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.send(domain + ".enable", session=True)

    @staticmethod
    def _move_high(fd):
        high = fcntl.fcntl(fd, fcntl.F_DUPFD, 5)
        os.close(fd)
        if high > 9:
            raise Failure("no free file descriptor below 10 for the DevTools pipe")
        return high

    def close(self):
        try:
            self.send("Browser.close")
        except Exception:  # the browser may already be gone
            pass
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
        os.close(self._to_browser)
        os.close(self._from_browser)

    def _read_message(self, deadline):
        while b"\0" not in self._buffer:
            if time.monotonic() > deadline:
                raise Failure("Chromium did not answer in time")
            chunk = os.read(self._from_browser, 1 << 16)
            if not chunk:
                raise Failure("Chromium closed the DevTools pipe")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def send(self, method, params=None, session=False, timeout=30):
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = self._session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            reply = self._read_message(deadline)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise Failure("%s failed: %s" % (method, reply["error"]))
                return reply.get("result", {})
            if "method" in reply:
                self.events.append(reply)

    def wait_for(self, method, timeout=30):
        deadline = time.monotonic() + timeout
        for i, event in enumerate(self.events):
            if event["method"] == method:
                return self.events.pop(i)
        while True:
            event = self._read_message(deadline)
            if event.get("method") == method:
                return event
            if "method" in event:
                self.events.append(event)

    def open(self, url, width=1400, height=1800, mobile=False):
        self.send("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile},
                  session=True)
        self.events.clear()
        self.send("Page.navigate", {"url": url}, session=True)
        self.wait_for("Page.loadEventFired")

    def evaluate(self, expression):
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                                "awaitPromise": True}, session=True)
        if "exceptionDetails" in result:
            raise Failure("script failed: %s" % result["exceptionDetails"].get("text"))
        return result["result"].get("value")

    def wait_until(self, expression, timeout=5.0):
        """Polls a script until it returns true: a click's effects may land a task later."""
        deadline = time.monotonic() + timeout
        while not self.evaluate(expression):
            if time.monotonic() > deadline:
                return False
            time.sleep(0.05)
        return True

    def click(self, selector):
        """A real mouse click at the middle of the element, after scrolling it into view."""
        box = self.evaluate("""(() => { const e = document.querySelector(%s);
            if (!e) return null; e.scrollIntoView({block: 'center'});
            const r = e.getBoundingClientRect();
            return [r.left + Math.min(r.width / 2, 40), r.top + r.height / 2]; })()""" %
                            json.dumps(selector))
        if box is None:
            raise Failure("nothing to click at " + selector)
        for kind in ("mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", {"type": kind, "x": box[0], "y": box[1],
                                                   "button": "left", "clickCount": 1},
                      session=True)

    def screenshot(self, path):
        self.evaluate("window.scrollTo(0, 0)")
        data = self.send("Page.captureScreenshot", {"format": "png"}, session=True)["data"]
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))

    def problems(self, page_url):
        """Console errors, uncaught exceptions, dialogs and requests other than the page."""
        found = []
        for event in self.events:
            method, params = event["method"], event.get("params", {})
            if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                found.append("console error: %s" % params.get("args"))
            elif method == "Runtime.exceptionThrown":
                found.append("exception: %s" % params["exceptionDetails"].get("text"))
            elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
                found.append("log error: %s" % params["entry"].get("text"))
            elif method == "Page.javascriptDialogOpening":
                found.append("dialog opened: %s" % params.get("message"))
            elif method == "Network.requestWillBeSent":
                url = params["request"]["url"]
                if url != page_url:
                    found.append("network request: " + url)
        return found


def run_compare(host, plugin_dir, source, reference, documents, report):
    command = [host, "compare", "--no-cache", "--quiet", "--report", report, reference] + documents
    if plugin_dir:
        command[2:2] = ["--plugin-dir", plugin_dir]
    done = subprocess.run(command, cwd=source, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True)
    if done.returncode != 0 or not os.path.exists(report):
        raise Failure("aspectdiff compare failed (%d): %s" % (done.returncode, done.stderr))


def aspects_that_ran(host, plugin_dir, source, document):
    command = [host, "extract", "--no-cache", "--quiet", "--format", "json", document]
    if plugin_dir:
        command[2:2] = ["--plugin-dir", plugin_dir]
    done = subprocess.run(command, cwd=source, capture_output=True, text=True, check=True)
    aspects = json.loads(done.stdout)["documents"][0]["aspects"]
    return sorted(name for name, result in aspects.items() if result["status"] == "ok")


def check_report(browser, url, expected_aspects, expect_extra):
    browser.open(url)
    pairs = browser.evaluate("""Array.from(document.querySelectorAll('section.pair')).map(p => ({
        id: p.id, hidden: p.hidden,
        panels: Array.from(p.querySelectorAll('section.panel')).map(s => ({
            aspect: s.dataset.aspect,
            drawn: s.querySelectorAll('svg, table, ul').length}))}))""")
    check(len(pairs) == 2, "two comparisons rendered (found %d)" % len(pairs))
    check([p["hidden"] for p in pairs] == [False, True], "the first comparison is shown alone")
    for pair in pairs:
        aspects = sorted(p["aspect"] for p in pair["panels"])
        check(aspects == expected_aspects,
              "%s has a panel for every aspect: %s" % (pair["id"], ", ".join(aspects)))
        check(all(p["drawn"] > 0 for p in pair["panels"]),
              "%s: every panel drew a chart, a list or a table" % pair["id"])
    for aspect in expect_extra:
        check(aspect in expected_aspects, "the third-party aspect '%s' has its own panel" % aspect)

    sentences = browser.evaluate("""[document.querySelectorAll('#pair-1 [data-side=a] .s').length,
                                     document.querySelectorAll('#pair-1 [data-side=b] .s').length]""")
    check(min(sentences) > 0, "both texts are shown with their sentences (%d and %d)" % tuple(sentences))
    numbers = browser.evaluate("""(() => {
        const loose = Array.from(document.querySelectorAll('#pair-1 section.panel td'))
            .filter(td => !td.closest('.ev') && /\\d/.test(td.textContent));
        return [document.querySelectorAll('#pair-1 .ev').length, loose.length]; })()""")
    check(numbers[0] > 20 and numbers[1] == 0,
          "every figure in the panels is clickable evidence (%d clickable, %d not)" % tuple(numbers))

    # A real click on the first headline difference that has evidence on both sides.
    target = browser.evaluate("""(() => {
        const items = Array.from(document.querySelectorAll('#pair-1 .ev[data-a][data-b]'));
        const e = items[0]; if (!e) return null;
        e.id = 'clicked-difference';
        return [e.dataset.a.split(' ').length, e.dataset.b.split(' ').length]; })()""")
    check(target is not None, "a difference with evidence in both texts exists")
    browser.click("#clicked-difference")
    browser.wait_until("document.querySelectorAll('#pair-1 .s.hl').length > 0")
    lit = browser.evaluate("""[document.querySelectorAll('#pair-1 [data-side=a] .s.hl').length,
                               document.querySelectorAll('#pair-1 [data-side=b] .s.hl').length,
                               document.getElementById('status').textContent]""")
    check(lit[0] == target[0] and lit[1] == target[1],
          "clicking a difference highlights its %d + %d evidence sentences (lit %d + %d)" %
          (target[0], target[1], lit[0], lit[1]))
    check(lit[2].startswith("Evidence highlighted"), "the status line says what is highlighted")

    # A bar inside a chart is evidence too.
    browser.evaluate("document.querySelector('#pair-1 svg g.ev').id = 'clicked-bar'")
    browser.click("#clicked-bar")
    bar = browser.evaluate("""[document.getElementById('clicked-bar').classList.contains('active'),
                               document.querySelectorAll('#pair-1 .s.hl').length +
                               document.querySelectorAll('#pair-1 .doc.whole').length]""")
    check(bar[0] and bar[1] > 0, "clicking a bar highlights its evidence")

    # The ranking opens the other comparison (the row of a pair not shown yet), then sorts.
    other = browser.evaluate("""(() => {
        const rows = Array.from(document.querySelectorAll('table.ranking tbody tr'));
        const row = rows.find(r => r.dataset.pair !== 'pair-1'); if (!row) return null;
        row.querySelector('a').id = 'other-row'; return row.dataset.pair; })()""")
    if other is not None:
        browser.click("#other-row")
        browser.wait_until("document.getElementById('pair-1').hidden")
    shown = browser.evaluate("""Array.from(document.querySelectorAll('section.pair'))
                                .filter(p => !p.hidden).map(p => p.id)""")
    check(len(shown) == 1 and shown[0] == other or len(pairs) == 1,
          "the ranking's row for %s opens its comparison (%s)" % (other, shown))
    order = browser.evaluate("""Array.from(document.querySelectorAll('table.ranking tbody tr'))
                                .map(r => r.dataset.pair).join(',')""")
    # The ranking runs from the least different up; the first click sorts largest first.
    browser.click("table.ranking thead th:nth-child(3) button")
    resorted = browser.evaluate("""Array.from(document.querySelectorAll('table.ranking tbody tr'))
                                   .map(r => r.dataset.pair).join(',')""")
    check(resorted == ",".join(reversed(order.split(","))),
          "sorting the ranking by difference turns it over (%s -> %s)" % (order, resorted))
    return pairs


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", required=True, help="the aspectdiff executable")
    parser.add_argument("--source", required=True, help="the source tree (for samples/)")
    parser.add_argument("--plugin-dir", help="an extra plugin directory (a third-party plugin)")
    parser.add_argument("--extra-aspect", action="append", default=[],
                        help="an aspect from --plugin-dir that must get a panel")
    parser.add_argument("--screenshot", help="where to save a screenshot of the report")
    parser.add_argument("--keep", help="directory to keep the reports in")
    args = parser.parse_args()
    args.host = os.path.abspath(args.host)
    args.source = os.path.abspath(args.source)
    if args.plugin_dir:
        args.plugin_dir = os.path.abspath(args.plugin_dir)

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("skipped: Chromium is not installed (Debian package 'chromium')")
        return SKIP

    # Paths relative to the source tree, as a reader would type them, name the documents.
    reference = os.path.join("samples", "essay.txt")
    documents = [os.path.join("samples", "commentary", name)
                 for name in ("hawkish-oped.txt", "energy-and-trade.txt")]
    work = args.keep or tempfile.mkdtemp(prefix="aspectdiff-browser-")
    os.makedirs(work, exist_ok=True)
    profile = tempfile.mkdtemp(prefix="aspectdiff-chromium-")
    browser = None
    try:
        report = os.path.join(work, "report.html")
        run_compare(args.host, args.plugin_dir, args.source, reference, documents, report)
        size = os.path.getsize(report)
        check(size < 1_000_000, "the report is small enough to mail (%d bytes)" % size)
        with open(report, encoding="utf-8") as f:
            page = f.read()
        check("http://" not in page and "https://" not in page and " src=" not in page,
              "the page refers to nothing outside itself")
        expected = aspects_that_ran(args.host, args.plugin_dir, args.source, reference)

        browser = Browser(chromium, profile)
        url = "file://" + os.path.abspath(report)
        check_report(browser, url, expected, args.extra_aspect)
        if args.screenshot:
            # The first comparison with its main difference clicked, evidence highlighted.
            browser.open(url)
            browser.click("#pair-1 ol.headline li.ev")
            browser.wait_until("document.querySelectorAll('#pair-1 .s.hl').length > 0")
            browser.screenshot(args.screenshot)
            print("saved " + args.screenshot)
        problems = browser.problems(url)
        check(not problems, "no console errors, exceptions or network requests%s" %
              ("" if not problems else ": " + "; ".join(problems)))

        # A hostile document: markup, quotes, right-to-left and combining characters.
        hostile = os.path.join(work, "hostile.txt")
        with open(hostile, "w", encoding="utf-8") as f:
            f.write("Putin met Xi in Moscow. <script>alert('owned')</script> said \"Xi\" & 'Putin'.\n\n"
                    "\u0628\u0648\u062a\u064a\u0646 \u0648\u0634\u064a \u202eevil\u202c "
                    "cafe\u0301 <img src=x onerror=alert(1)> ends here.\n")
        hostile_report = os.path.join(work, "hostile.html")
        run_compare(args.host, args.plugin_dir, args.source, reference, [hostile, documents[0]],
                    hostile_report)
        hostile_url = "file://" + os.path.abspath(hostile_report)
        browser.open(hostile_url)
        text = browser.evaluate("document.querySelector('#pair-1 [data-side=b] .text').textContent")
        check("<script>alert('owned')</script>" in text and "<img src=x" in text,
              "markup in a document is shown as text")
        check("caf\u0065\u0301" in text and "\u202eevil\u202c" in text,
              "combining and bidirectional characters pass through unharmed")
        check(browser.evaluate("document.querySelectorAll('script').length") == 1 and
              browser.evaluate("document.querySelectorAll('img').length") == 0,
              "no element came from the document's text")
        problems = browser.problems(hostile_url)
        check(not problems, "the hostile document ran nothing%s" %
              ("" if not problems else ": " + "; ".join(problems)))

        # A phone's width: the layout stacks and nothing overflows sideways.
        browser.open(url, width=390, height=844, mobile=True)
        overflow = browser.evaluate("document.documentElement.scrollWidth")
        check(overflow <= 392, "at 390 px wide nothing overflows (page is %d px wide)" % overflow)
    except Failure as failure:
        print("FAIL " + str(failure))
        return 1
    finally:
        if browser is not None:
            browser.close()
        shutil.rmtree(profile, ignore_errors=True)
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print("passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
